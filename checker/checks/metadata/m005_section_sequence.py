from checker.checks.base import Rule
from checker.checks.header.common import main_banner
from checker.model import Span


def _mark(pb) -> str:
    return f"{pb.page:03d}" + (f".{pb.sub}" if pb.sub > 1 else "") + f" OF {pb.of:03d}"


def _mark_span(pb) -> Span:
    """The span of '002 OF 003' on a page-break line."""
    rest = pb.line.text[pb.serial.span.end - pb.line.start:]
    return Span(pb.serial.span.end + len(rest) - len(rest.lstrip()), pb.line.start + len(pb.line.text.rstrip()))


def _numbering_runs_on(cable, first: int, last: int) -> bool:
    """True when the paragraphs from line ``first`` to just past line ``last`` are numbered without a
    gap: only the page marks were lost, not the sections' text."""
    nums = []
    for p in cable.paragraphs:
        ln = p.start_line.number
        if ln < first or p.number is None:
            continue
        nums.append(p.number)
        if ln > last:
            break
    return len(nums) >= 2 and all(b == a + 1 for a, b in zip(nums, nums[1:]))


class SectionSequence(Rule):
    """SECTION n OF m banners and page-break lines are out of order, repeated, missing or inconsistent.

    ## What it does
    A cable sent in several sections has a banner ``SECTION 01 OF 03`` and page-break lines
    ``ABUJA 00000320 002 OF 003`` (section 2 of 3) or ``PARIS 00002069 001.2 OF 002`` (page 2 of
    section 1). The rule reports:

    - a banner section outside 1..m, or a record that starts with a section other than 1;
    - the same banner section twice, or banners with different totals;
    - page breaks whose total differs from the banner's (or from each other), or that number
      sections although the banner has no ``SECTION n OF m``;
    - a page break that repeats an earlier one or goes back to an earlier section or page;
    - a section skipped between two page breaks (``002 OF 004`` then ``004 OF 004``) when its mark
      appears nowhere in the text (marks joined into a text line are accepted).

    A record that simply ends before its last section is not reported: page marks are often
    lost when lines are joined.

    ## Why it matters
    Sections are separate telegrams joined into one record; a wrong sequence means a section was
    lost, duplicated or pasted in the wrong place, and the text read across it is not the cable.

    ## Example
    ```
    S E C R E T SECTION 01 OF 04 RIYADH 000651
    ...
    RIYADH 00000651 004 OF 004
    RIYADH 00000651 003 OF 004
    ```
    Reported at the second line: "page break 003 OF 004 goes back after 004 OF 004".
    """

    code = "M005"
    name = "section-sequence"
    severity = "warning"

    def check(self, cable, ctx):
        b = main_banner(cable)
        total = None
        seen = {}
        for x in cable.banners:
            if x.section is None:
                continue
            n, m = x.section
            if total is None:
                total = m
                if x is b and n != 1 and 1 <= n <= m:
                    yield self.finding(cable, x.section_span,
                                       f"the record starts with SECTION {n:02d} OF {m:02d}: "
                                       f"section{'s 1-' + str(n - 1) if n > 2 else ' 1'} missing")
            if not 1 <= n <= m:
                yield self.finding(cable, x.section_span, f"SECTION {n:02d} OF {m:02d} is out of range")
            elif m != total:
                yield self.finding(cable, x.section_span,
                                   f"SECTION {n:02d} OF {m:02d} contradicts the earlier total of {total:02d} sections")
            elif (n, m) in seen:
                yield self.finding(cable, x.section_span,
                                   f"SECTION {n:02d} OF {m:02d} repeats the banner at line {seen[(n, m)]}")
            seen.setdefault((n, m), x.line.number)
        pbs = cable.page_breaks
        if not pbs:
            return
        prev = (1, 1)  # the banner opens section 1, page 1
        prev_pb = None
        told_total = False
        serial = pbs[0].serial.value
        for pb in pbs:
            if not told_total and (pb.of != (total if total is not None else pb.of) or pb.of != pbs[0].of):
                told_total = True
                if total is not None:
                    msg = f"page break {_mark(pb)} says {pb.of} sections, the banner SECTION n OF {total:02d}"
                else:
                    msg = f"page break {_mark(pb)} says {pb.of} sections, the first page break {pbs[0].of}"
                yield self.finding(cable, _mark_span(pb), msg, evidence={"page_break": _mark(pb), "banner_total": total})
            elif not told_total and total is None and pb.of > 1 and b is not None and b.serial is not None:
                told_total = True
                yield self.finding(cable, _mark_span(pb),
                                   f"page break {_mark(pb)} numbers sections but the banner has no SECTION n OF m")
            if not 1 <= pb.page <= pb.of:
                yield self.finding(cable, _mark_span(pb), f"page break {_mark(pb)} is out of range")
                continue
            cur = (pb.page, pb.sub)
            if cur == prev and prev_pb is not None:
                yield self.finding(cable, _mark_span(pb), f"page break {_mark(pb)} repeats line {prev_pb.line.number}")
            elif cur < prev:
                after = _mark(prev_pb) if prev_pb is not None else "the banner's section 1"
                yield self.finding(cable, _mark_span(pb), f"page break {_mark(pb)} goes back after {after}")
            elif pb.page > prev[0] + 1:
                lost = [k for k in range(prev[0] + 1, pb.page) if f"{serial} {k:03d}" not in cable.text
                        and f"{serial}  {k:03d}" not in cable.text]
                start = prev_pb.line.number if prev_pb is not None else (b.line.number if b is not None else 0)
                if lost and not _numbering_runs_on(cable, start, pb.line.number):
                    what = f"section {lost[0]:03d}" if len(lost) == 1 else "sections " + ", ".join(f"{k:03d}" for k in lost)
                    yield self.finding(cable, _mark_span(pb),
                                       f"page break {_mark(pb)} follows "
                                       f"{_mark(prev_pb) if prev_pb is not None else 'section 1'}: no page mark of {what}",
                                       evidence={"missing": lost})
            if cur > prev:
                prev, prev_pb = cur, pb
