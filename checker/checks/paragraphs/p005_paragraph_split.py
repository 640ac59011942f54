from checker.checks.base import Rule
from checker.model import Span

# A line ending in one of these may end a sentence or introduce what follows.
_CLOSERS = frozenset('.!?:;"”’\')]}')
# A line ending in one of these words cannot end a sentence, whatever the case of the next line.
_CONNECTORS = frozenset("THE A AN AND OR NOR BUT OF TO IN ON AT BY FOR WITH FROM INTO ONTO THAT WHICH WHO "
                        "WHOSE ITS THEIR HIS HER OUR IS ARE WAS WERE BE BEEN HAS HAVE HAD WILL WOULD".split())
_TEXT_KINDS = frozenset(("paragraph", "body"))
_SKIPPED = frozenset(("page_break", "rule", "note", "caveat"))  # page furniture, a SIPDIS line


class ParagraphSplit(Rule):
    """A blank line breaks a sentence in two.

    ## What it does
    Reports a blank line (or several) inside the body where the text before it does not end:
    the line before ends without closing punctuation and the next text line goes on in lower case
    (`... greater` / blank / `public awareness of TIP`), or the line before ends on a word such as
    "the", "of" or "and" that no sentence ends with (which also catches ALL CAPS cables). A page
    break between the two lines is normal and not reported.

    ## Why it matters
    A stray blank line splits one paragraph into two blocks; readers and tools then take the
    second half for a new, unnumbered paragraph.

    ## Example
    ```
    ¶4. (SBU) ... agreed on the need for legislative reform and greater

    public awareness of TIP, a relatively new crime under Guatemalan law.
    ```
    Reports "blank line splits a sentence ('greater' / 'public')" at the blank line.
    """

    code = "P005"
    name = "paragraph-split"
    severity = "warning"

    def check(self, cable, ctx):
        lines = cable.lines
        first = cable.line_at(cable.body_start).number - 1
        last = cable.line_at(cable.body_end).number if cable.body_end > cable.body_start else first
        prev = None  # the last non-blank line
        gap = None  # the first blank line after it
        crossed = False  # page furniture between prev and here
        for ln in lines[first:last]:
            if ln.blank:
                if gap is None:
                    gap = ln
                continue
            if gap is not None:  # only the first line after blank lines needs a look
                if ln.kind in _SKIPPED:
                    crossed = True
                    continue
                if (not crossed and prev is not None and prev.text.rstrip()[-1:] not in _CLOSERS
                        and prev.kind in _TEXT_KINDS and ln.kind in _TEXT_KINDS
                        and (words := _split_at(prev.text, ln.text)) is not None):
                    msg = f"blank line splits a sentence ('{words[0]}' / '{words[1]}')"
                    yield self.finding(cable, Span(gap.start, gap.start), msg, text="",
                                       evidence={"before_line": prev.number, "after_line": ln.number})
                gap, crossed = None, False
            prev = ln


def _split_at(before: str, after: str) -> tuple[str, str] | None:
    """The two words either side of the break when the break is mid-sentence, else None."""
    b = before.rstrip()
    a = after.lstrip()
    if not b or not a or b[-1] in _CLOSERS:
        return None
    last = b.rsplit(None, 1)[-1]
    first = a.split(None, 1)[0]
    if not first[0].isalnum() or first.strip("xX.,") == "":
        return None  # "-- item", "(a)", "¶", a redaction
    if len(first) <= 4 and first[-1] in ".)" and first[:-1].isalnum():
        return None  # "a." "ii)" "3." list labels
    lower = first[0].islower()
    if lower or (last.upper() in _CONNECTORS and last.isalpha()):
        if first[0].isdigit() and not lower and last.upper() not in _CONNECTORS:
            return None
        return last, first
    return None
