from checker.checks.base import Rule
from checker.model import Span


class ParagraphNumberLost(Rule):
    """A paragraph opener whose number is gone.

    ## What it does
    Reports paragraphs that open like a numbered paragraph but without the number: `. (U) Text`,
    `¶. (SBU) Text`, `¶ (C) Text`. When the numbers around it leave exactly one free number, the
    message names it ("probably 9").

    ## Why it matters
    The number was lost in transcription; the gap it leaves (P001) makes the cable look redacted,
    and references to the paragraph by number no longer resolve.

    ## Example
    ```
    ¶8. (SBU) Government officials acknowledged ...
    . (U) Alexander Colop, Chief of the Anti-TIP Unit ...
    ¶10. (SBU) Civil society leaders ...
    ```
    Reports "paragraph number lost (probably 9)" at the `. (U)` line.
    """

    code = "P004"
    name = "paragraph-number-lost"
    severity = "error"

    def check(self, cable, ctx):
        paras = cable.paragraphs
        for i, p in enumerate(paras):
            if not p.lost_number:
                continue
            before = next((q.number for q in reversed(paras[:i]) if q.number is not None), None)
            after = next((q.number for q in paras[i + 1:] if q.number is not None), None)
            guess = None
            if before is not None and after == before + 2:
                guess = before + 1
            elif before is None and after == 2:
                guess = 1
            msg = "paragraph number lost" + (f" (probably {guess})" if guess is not None else "")
            end = p.marking.span.end if p.marking is not None else p.text_span.start
            yield self.finding(cable, Span(p.span.start, max(end, p.span.start + 1)), msg, paragraph=guess,
                               evidence={"previous": before, "next": after, "probable": guess})
