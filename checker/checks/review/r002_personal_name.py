from checker.checks.base import Rule
from checker.names import detect


class PersonalName(Rule):
    """A personal name: check that it may be released.

    ## What it does
    Reports every mention of a person's name: in the body, SUBJECT, `Classified By:`, E.O. and
    addressee/`FOR` lines, OVIP tags and the closing signature, in mixed-case and in ALL CAPS
    cables. The finding's text is the name as written (a name broken over a line break is joined
    with one space; titles and a possessive `'s` / `,S` are left out). Each finding carries the cues
    that fired (title word, given-name list, family-name list, propagation from an earlier full
    name, signature, ...) and a confidence from 0 to 1. Option `min_confidence` (rule option or
    setting) drops findings below it. Words that only look like names in a context that makes them a
    thing, group or place (`the Alizai`, `Spanish daily El Pais`, `Houthi rebels`) are not reported
    unless a full name elsewhere in the cable vouches for them. `cablecheck names PATH...` lists the
    distinct people per cable.

    ## Why it matters
    A released cable must not name people it should protect (sources, private persons, junior
    staff). A reviewer can only judge what is pointed out: a missed name is a name published by
    mistake.

    ## Example
    ```
    ¶5. (U) Casa Alianza National Director Claudia Rivera called for changes ...
    ... Casa Alianza's Rivera observed that adult victims ...
    ```
    Reports `Claudia Rivera` (title word "Director", given-name list) and later `Rivera`
    (propagation), but not `Casa Alianza`.
    """

    code = "R002"
    name = "personal-name"
    severity = "review"

    def check(self, cable, ctx):
        opt = ctx.options(self.code).get("min_confidence")
        if opt is None:
            opt = ctx.settings.get("min_confidence")
        floor = float(opt) if opt is not None else 0.0
        cable_id = cable.cable_id  # once per cable (dozens of findings each)
        for m in detect(cable, ctx.vocab):
            if m.confidence < floor:
                continue
            yield self.finding(
                cable, m.span, f"personal name '{m.text}'", text=m.text, confidence=m.confidence,
                evidence={"cues": list(m.cues), "region": m.region}, paragraph=m.paragraph, cable_id=cable_id,
            )
