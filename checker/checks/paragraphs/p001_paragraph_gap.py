from checker.checks.base import Rule
from checker.checks.paragraphs.sequence import numbering
from checker.model import Span


class ParagraphGap(Rule):
    """Paragraph numbering skips one or more numbers.

    ## What it does
    Walks the numbered paragraphs in order and reports each place where a number is followed by
    a higher number that is not the next one (¶8 then ¶10). The finding points at the paragraph
    after the gap and names the missing numbers. When paragraphs in the gap lost their number
    (P004), the message says so: they are the likely missing ones, but the numbering is still broken.
    Numbers that do appear elsewhere in the cable (out of order, P003) are not called missing.

    ## Why it matters
    A gap means a paragraph was dropped, merged into its neighbour or mis-numbered in
    transcription; a released cable with a gap invites the question of what was withheld.

    ## Example
    ```
    ¶8. (SBU) Government officials acknowledged ...
    . (U) Alexander Colop, Chief of the Anti-TIP Unit ...
    ¶10. (SBU) Civil society leaders ...
    ```
    Reports "paragraph 9 is missing" at ¶10 (together with P004 on the unnumbered paragraph).
    """

    code = "P001"
    name = "paragraph-gap"
    severity = "error"

    def check(self, cable, ctx):
        seq = numbering(cable)
        present = seq.first
        in_order = {id(p) for p in seq.ordered}
        prev = None  # last in-order number seen
        lost: list = []  # paragraphs with a lost number since then
        for p in cable.paragraphs:
            if p.number is None:
                lost.append(p)
                continue
            if id(p) not in in_order:
                continue  # a repeat (P002) or out of order (P003)
            if prev is not None and p.number > prev + 1:
                missing = [n for n in range(prev + 1, p.number) if n not in present]
                if missing:
                    yield self._gap(cable, p, prev, missing, lost)
            prev = p.number
            lost = []

    def _gap(self, cable, p, prev, missing, lost):
        if len(missing) == 1:
            msg = f"paragraph {missing[0]} is missing"
        elif len(missing) <= 5:
            msg = "paragraphs " + ", ".join(map(str, missing)) + " are missing"
        else:
            msg = f"paragraphs {missing[0]}-{missing[-1]} are missing"
        if lost:
            where = ", ".join(str(q.start_line.number) for q in lost)
            msg += f" (unnumbered paragraph at line {where} may be it)"
        span = p.number_span or Span(p.span.start, p.span.start)
        return self.finding(cable, span, msg, paragraph=p.number,
                            evidence={"previous": prev, "missing": missing,
                                      "unnumbered_lines": [q.start_line.number for q in lost]})
