from checker.checks.base import Rule
from checker.checks.paragraphs.sequence import numbering


class ParagraphOutOfOrder(Rule):
    """A paragraph number breaks the ascending order.

    ## What it does
    Finds the longest run of paragraph numbers that goes up, and reports each paragraph outside
    it: the one that sits in the wrong place (¶6 between ¶4 and ¶5), with its neighbours' numbers.
    Repeated numbers are P002's, not this rule's.

    ## Why it matters
    Paragraphs out of order mean the text was re-assembled wrongly (pages swapped, a paragraph
    pasted in the wrong place) or a number was mistyped; either way the cable does not read as sent.

    ## Example
    ```
    ¶4. Salvador's mayoral race marks ...
    ¶6. Cosan SA Industria e Comercio ...
    ¶5. At the Annual Symposium ...
    ```
    Reports "paragraph 6 is out of order (after 4, before 5)" (or ¶5, when that makes the
    longer ascending run).
    """

    code = "P003"
    name = "paragraph-out-of-order"
    severity = "error"

    def check(self, cable, ctx):
        seq = numbering(cable)
        if not seq.misplaced:
            return
        numbered = [p for p in cable.paragraphs if p.number is not None]
        where = {id(p): i for i, p in enumerate(numbered)}
        for p in seq.misplaced:
            i = where[id(p)]
            before = numbered[i - 1].number if i > 0 else None
            after = numbered[i + 1].number if i + 1 < len(numbered) else None
            ctx_txt = ", ".join(x for x in (f"after {before}" if before is not None else "",
                                            f"before {after}" if after is not None else "") if x)
            yield self.finding(
                cable, p.number_span, f"paragraph {p.number} is out of order ({ctx_txt})",
                paragraph=p.number, evidence={"number": p.number, "previous": before, "next": after},
            )
