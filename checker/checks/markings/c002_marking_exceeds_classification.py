from checker.checks.base import Rule
from checker.model import LEVEL_RANK


class MarkingExceedsClassification(Rule):
    """A portion marking is higher than the cable's classification.

    ## What it does
    Compares each paragraph's portion marking (and a cable-wide "ENTIRE TEXT" marking) with the
    classification in the banner, and reports markings above it: "(C)" in an UNCLASSIFIED cable,
    "(S)" in a CONFIDENTIAL one. "(SBU)" counts as unclassified. Cables without a readable banner
    are skipped.

    ## Why it matters
    A document is classified at the level of its highest portion. Either the banner is too low,
    and the cable was handled below its level, or the marking is wrong.

    ## Example
    ```
    UNCLAS GUATEMALA 000242
    ...
    ¶3. (C) The Minister said ...
    ```
    Reports "portion marked (C) CONFIDENTIAL in an UNCLASSIFIED cable" at "(C)".
    """

    code = "C002"
    name = "marking-exceeds-classification"
    severity = "error"

    def check(self, cable, ctx):
        level = cable.classification
        rank = LEVEL_RANK.get(level)
        if rank is None:
            return
        marks = [(p.number, p.marking) for p in cable.paragraphs if p.marking is not None]
        if cable.entire_text is not None:
            marks.append((None, cable.entire_text))
        for number, m in marks:
            r = LEVEL_RANK.get(m.level)
            if r is not None and r > rank:
                yield self.finding(
                    cable, m.span, f"portion marked ({m.text.strip()}) {m.level} in an {level} cable"
                    if level[0] in "AEIOU" else f"portion marked ({m.text.strip()}) {m.level} in a {level} cable",
                    paragraph=number, evidence={"marking": m.level, "banner": level},
                )
