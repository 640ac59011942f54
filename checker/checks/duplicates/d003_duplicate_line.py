from checker.checks.base import Rule
from checker.model import Span

# Lines whose repetition is a defect; page breaks, banners of later sections and body text are not.
_KINDS = frozenset(("caveat", "header", "eo", "tags", "subject", "classified_by", "addressee"))


class DuplicateLine(Rule):
    """A caveat or header line is written twice.

    ## What it does
    Reports a line of the transmission header or the metadata block (a caveat such as SIPDIS or
    NOFORN, a routing or addressee line, the E.O., TAGS or SUBJECT line) that repeats an earlier
    line of the same kind word for word, ignoring case and spacing. A repeated run of lines (a
    whole header block pasted twice) is reported once. Lines without letters (rules of dashes)
    and one-word fragments of wrapped lines ("AFFAIRS") are left alone; caveats always count.

    ## Why it matters
    A doubled caveat or addressee is harmless to a reader but shows the record was assembled
    twice from parts; tools that count caveats or routing lines count it twice.

    ## Example
    ```
    SIPDIS

    SENSITIVE
    SIPDIS
    ```
    Reports "SIPDIS repeats line 17" at the second SIPDIS.
    """

    code = "D003"
    name = "duplicate-line"
    severity = "info"

    def check(self, cable, ctx):
        seen: dict[tuple[str, str], int] = {}
        block: list = []  # consecutive repeats: [(line, first line number), ...]
        for ln in cable.lines[:cable.line_at(cable.body_start).number]:
            if ln.blank:
                continue
            first = None
            if ln.kind in _KINDS:
                key = " ".join(ln.text.split()).upper()
                if ln.kind == "caveat" or (" " in key and any(map(str.isalpha, key))):
                    first = seen.setdefault((ln.kind, key), ln.number)
                    if first == ln.number:
                        first = None
            if first is not None and block and first > block[-1][1]:
                block.append((ln, first))  # a repeated block goes on
                continue
            if block:
                yield self._report(cable, block)
            block = [(ln, first)] if first is not None else []
        if block:
            yield self._report(cable, block)

    def _report(self, cable, block):
        ln, first = block[0]
        last = block[-1][0]
        start = ln.start + len(ln.text) - len(ln.text.lstrip())
        end = last.start + len(last.text.rstrip())
        if len(block) == 1:
            msg = f"{' '.join(ln.text.split())[:60]} repeats line {first}"
        else:
            msg = f"{len(block)} header lines repeat lines {first}-{block[-1][1]}"
        return self.finding(cable, Span(start, end), msg,
                            evidence={"first_line": first, "lines": [b[0].number for b in block]})
