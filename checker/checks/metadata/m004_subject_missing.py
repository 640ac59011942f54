from checker.checks.base import Rule
from checker.checks.header.common import main_banner
from checker.model import Span


class SubjectMissing(Rule):
    """The cable has no SUBJECT line, or an empty one.

    ## What it does
    Reports a cable whose metadata block has no ``SUBJECT:`` (or ``SUBJ:``) entry, and a
    ``SUBJECT:`` keyword with nothing after it. The finding points at the line after the TAGS
    (or E.O., or banner) line, where the subject belongs.

    ## Why it matters
    The subject is the cable's title in every index and citation; without it the record cannot
    be found or told apart from others from the same post.

    ## Example
    ```
    E.O. 12958: DECL: 07/31/2019
    TAGS: PREL MASS BR US
    Classified By: Ambassador Clifford Sobel. Reasons: 1.4 (B and D).
    ```
    Reported at the ``Classified By`` line: "no SUBJECT line in the metadata block".
    """

    code = "M004"
    name = "subject-missing"
    severity = "warning"

    def check(self, cable, ctx):
        s = cable.subject
        if s is not None:
            if not s.text.strip(" .:-"):
                line = s.lines[0]
                yield self.finding(cable, Span(line.start, line.start + len(line.text.rstrip())),
                                   "SUBJECT line is empty")
            return
        if not cable.text.strip():
            return
        anchor = None
        if cable.tags is not None:
            anchor = cable.tags.lines[-1]
        elif cable.eo is not None:
            anchor = cable.eo.line
        elif (b := main_banner(cable)) is not None:
            anchor = b.line
        if anchor is None:
            at = cable.line_at(cable.body_start) if cable.body_start < len(cable.text) else cable.lines[-1]
        else:
            at = next((ln for ln in cable.lines[anchor.number:] if not ln.blank), anchor)
        yield self.finding(cable, Span(at.start, at.start + len(at.text.rstrip())),
                           "no SUBJECT line in the metadata block")
