from checker.checks.base import Rule
from checker.checks.tags.lexicon import UNKNOWN, lexicon, read_tags
from checker.model import Span


class TagUnknown(Rule):
    """A tag on the TAGS line is in none of the TAGS vocabularies.

    ## What it does
    Looks each tag up in the subject tags, program K-tags, country and region codes (FIPS 10-4
    style: GT Guatemala, RS Russia, SF South Africa, XA ...), organisation tags and person tags
    (rules/vocab/*.toml). A tag found in none is reported with the closest known tag: a known
    misspelling (RU -> RS, POGOV -> PGOV), tags run together (KDEMAF -> KDEM AF), or a tag one
    letter away (MOPPS -> MOPS). Consecutive free-text words ("POLITICAL PARTIES") make one
    finding. Tags of the 1970s-80s (PINT, PFOR ...) are accepted in cables of that time.
    Any K+3-letter tag counts as a program tag (offices create them as needed) unless it is a
    known misspelling (KNPP -> KNNP).

    ## Why it matters
    An unknown code files the cable under nothing: readers searching by subject or country never
    find it, and a misspelt country code can file it under the wrong country.

    ## Example
    ```
    TAGS POGOV, PREL, MARR, MOPS, MCAP, KNNP, PARM, UK
    ```
    Reports "unknown tag POGOV (did you mean PGOV?)".
    """

    code = "T003"
    name = "tag-unknown"
    severity = "warning"

    def check(self, cable, ctx):
        readings = read_tags(cable, ctx)
        if not readings:
            return
        lex = lexicon(ctx)
        sugg = {r.tag.code: lex.suggest(r.tag.code) for r in readings if r.kind == UNKNOWN}
        i = 0
        while i < len(readings):
            r = readings[i]
            if r.kind != UNKNOWN:
                i += 1
                continue
            j = i + 1
            if _wordy(r.tag.code, sugg):
                while j < len(readings) and readings[j].kind == UNKNOWN and _wordy(readings[j].tag.code, sugg):
                    j += 1
            group = readings[i:j]
            span = Span(group[0].tag.span.start, group[-1].tag.span.end)
            codes = [g.tag.code for g in group]
            if len(group) > 1 or " " in codes[0]:
                text = " ".join(codes)
                yield self.finding(cable, span, f"free text on the TAGS line: {text!r} is not a tag",
                                   confidence=0.8, evidence={"tags": codes, "suggestion": [], "why": "free text"})
            else:
                code = codes[0]
                found, why = sugg[code]
                if code in lex.legacy:
                    msg = f"tag {code} is a retired 1970s-80s tag"
                    why = why or "retired"
                else:
                    msg = f"unknown tag {code}"
                if found:
                    msg += f" (did you mean {' or '.join(found)}?)"
                yield self.finding(cable, span, msg, confidence=0.9 if found else 0.7,
                                   evidence={"tags": codes, "suggestion": found, "why": why})
            i = j


def _wordy(code: str, sugg) -> bool:
    """Free text rather than a mistyped code: a phrase, or a long word close to no tag."""
    return " " in code or (len(code) >= 5 and code.isalpha() and not sugg[code][0])
