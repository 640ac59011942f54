import regex as re

from checker.checks.base import Rule
from checker.model import Span

# "-- (S) Saudi King Abdullah ...": a paragraph made of items that carry their own markings.
_ITEM_MARK = re.compile(
    r"[ \t]{0,8}+(?:-{1,2}+|\*|[A-Za-z0-9][.)])?+[ \t]*+\((?:U|SBU|C|S|TS|LOU)(?:/{1,2}+[A-Z][A-Z ,]{0,60}+)?+\)"
)


class MarkingMissing(Rule):
    """A numbered paragraph has no portion marking where the others have one.

    ## What it does
    In a cable whose numbered paragraphs mostly carry a portion marking ("(C)", "(SBU)"), reports
    each numbered paragraph without one. A cable-wide marking ("(C - ENTIRE TEXT)") covers every
    paragraph, and cables that do not use portion markings are left alone. Not reported: a paragraph that
    is only the classification authority ("¶1. Classified by ..."), a numbered section title
    ("¶5. Money Laundering Issues" over a rule), a paragraph whose own lines carry the markings
    ("¶1. KEY POINTS" followed by "-- (S) ..."), and a paragraph whose text starts with a
    redaction (the marking may be inside it).

    ## Why it matters
    Every portion of a classified document must show its classification; an unmarked paragraph
    in a marked cable cannot be released or withheld on its own terms.

    ## Example
    ```
    ¶4. (C) The Minister said ...
    ¶5. The delegation then turned to ...
    ```
    Reports "paragraph 5 has no portion marking" at ¶5.
    """

    code = "C001"
    name = "marking-missing"
    severity = "error"

    def check(self, cable, ctx):
        if cable.entire_text is not None or not cable.uses_markings:
            return
        text = cable.text
        for p in cable.paragraphs:
            if p.number is None or p.marking is not None:
                continue
            head = text[p.text_span.start:p.text_span.start + 13].upper()
            if head.startswith(("CLASSIFIED BY", "XXXX")) or _is_title(cable, p) or _marked_items(cable, p):
                continue
            start = p.number_span.start if p.number_span else p.span.start
            yield self.finding(cable, Span(start, max(start, p.text_span.start)),
                               f"paragraph {p.number} has no portion marking", paragraph=p.number)


def _is_title(cable, p) -> bool:
    """A numbered section title ("5. WMD Proliferation Financing Issues" over a rule), not a portion."""
    first = cable.text[p.text_span.start:p.start_line.end].strip()
    if not first or len(first) > 60 or first[-1] in ".,;:!?":
        return False
    lines = cable.lines
    j = p.start_line.number  # index of the next line
    if j < len(lines) and lines[j].kind == "rule":
        return True
    while j < len(lines) and lines[j].blank:
        j += 1
    # a title stands alone: what follows after the blank starts afresh
    return j > p.start_line.number and (j >= len(lines) or not lines[j].text.lstrip()[:1].islower())


def _marked_items(cable, p) -> bool:
    lines = cable.lines
    for ln in lines[p.start_line.number:min(p.end_line.number, p.start_line.number + 4)]:
        if not ln.blank and _ITEM_MARK.match(ln.text):
            return True
    return False
