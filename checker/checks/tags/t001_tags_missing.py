from checker.checks.base import Rule
from checker.model import Span


class TagsMissing(Rule):
    """The cable has no TAGS line, or a TAGS line with no tags on it.

    ## What it does
    Reports a cable that has a cable's structure (transmission header, classification banner,
    E.O. line or SUBJECT) but no TAGS line anywhere in its metadata block, or whose TAGS line is
    empty. TAGS run into the E.O. line ("E.O. 12958: N/A TAGS: PGOV GT") count as present.
    The finding points where the line is expected: the E.O. line, else SUBJECT, else the banner.

    ## Why it matters
    Every cable carries at least one TAGS code (TAGS/Terms Handbook, 5 FAH-3): the codes route it
    and make it retrievable. A released cable without them cannot be indexed by subject or country,
    and a missing line often means the metadata block was truncated in transcription.

    ## Example
    ```
    E.O. 12958: N/A
    SUBJECT: G-TIP DISCUSSES HUMAN TRAFFICKING IN GUATEMALA
    ```
    Reports "no TAGS line" at the E.O. line.
    """

    code = "T001"
    name = "tags-missing"
    severity = "warning"

    def check(self, cable, ctx):
        tl = cable.tags
        if tl is not None:
            if not tl.tags:
                line = tl.lines[0]
                yield self.finding(cable, line.span, "TAGS line lists no tags", evidence={"empty": True})
            return
        anchor = None
        if cable.eo is not None:
            anchor = cable.eo.line.span
        elif cable.subject is not None:
            anchor = cable.subject.lines[0].span
        elif cable.banners:
            anchor = cable.banners[0].line.span
        elif cable.header is not None and cable.header.lines:
            anchor = Span(cable.body_start, cable.body_start)
        if anchor is None:
            return  # free text, not a cable: nothing to expect
        yield self.finding(cable, anchor, "no TAGS line (every cable needs at least one tag)",
                           evidence={"empty": False})
