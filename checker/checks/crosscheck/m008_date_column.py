from datetime import date

from checker.checks.base import Rule
from checker.checks.crosscheck.stations import full_year
from checker.model import Span

_MONTHS = {m: i for i, m in enumerate(("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), 1)}
TOLERANCE_DAYS = 1  # the column is the DTG in UTC give or take minutes; a day covers midnight


class DateColumnMismatch(Rule):
    """The metadata date is more than a day away from the cable's date-time group.

    ## What it does
    For cables with a creation date in their metadata (CSV column 2 ``12/28/1966 18:48``, the
    viewer's Created cell), reads the DTG line of the transmission header (``R 281848Z DEC 66``)
    and reports when the two dates are more than one day apart (a wrong day, month or year).
    Silent when either side is missing or the DTG does not follow its grammar (H-family rules
    report that).

    ## Why it matters
    Corpora are sorted, filtered and cited by the metadata date; a row dated 2008 whose cable was
    sent in 2009 is lost to anyone searching the right year, and often means the text and the
    metadata of two cables were mixed up.

    ## Example
    Date column ``2/27/2008 19:56`` with ``R 271956Z MAR 08``: reported at the DTG as "date
    column says 2008-02-27 but the DTG is 2008-03-27 (29 days apart)".
    """

    code = "M008"
    name = "date-column-mismatch"
    severity = "warning"

    def check(self, cable, ctx):
        raw = cable.meta.get("date")
        if not raw or cable.header is None:
            return
        dtg = cable.header.get("DTG")
        if dtg is None or dtg.problem or "year" not in dtg.fields:
            return
        try:
            column = date.fromisoformat(str(raw)[:10])
            f = dtg.fields
            text = date(full_year(int(f["year"].value)), _MONTHS[f["month"].value], int(f["day"].value))
        except (ValueError, KeyError):
            return
        days = abs((text - column).days)
        if days <= TOLERANCE_DAYS:
            return
        span = Span(f["day"].span.start, f["year"].span.end)
        yield self.finding(
            cable, span,
            f"date column says {column.isoformat()} but the DTG is {text.isoformat()} ({days} days apart)",
            evidence={"column": raw, "dtg": text.isoformat(), "days": days},
        )
