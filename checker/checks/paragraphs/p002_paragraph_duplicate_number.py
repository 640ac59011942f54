from checker.checks.base import Rule
from checker.checks.paragraphs.sequence import numbering


class ParagraphDuplicateNumber(Rule):
    """Two paragraphs carry the same number.

    ## What it does
    Reports every numbered paragraph whose number an earlier paragraph already used, and names
    the line of the first one. Items of a numbered list inside a paragraph are not paragraphs
    (the parser tells them apart by their numbering restart and markings) and do not count.

    ## Why it matters
    A repeated number means a paragraph was duplicated (often a whole section repeated at a page
    break) or mis-numbered, so references such as "see paragraph 5" become ambiguous.

    ## Example
    ```
    ¶3. (C) Zaw Zaw is one of several mid-level cronies ...
    ¶3. (SBU) The Burmese government usually releases ...
    ```
    Reports "paragraph number 3 is used again (first at line 74)" at the second ¶3.
    """

    code = "P002"
    name = "paragraph-duplicate-number"
    severity = "error"

    def check(self, cable, ctx):
        seq = numbering(cable)
        for p in seq.repeats:
            first = seq.first[p.number]
            at = first.start_line.number
            yield self.finding(cable, p.number_span, f"paragraph number {p.number} is used again (first at line {at})",
                               paragraph=p.number, evidence={"number": p.number, "first_line": at})
