"""What the header and metadata rules share: the DTG as a date, the main banner, extract notes."""
from __future__ import annotations

from datetime import date, datetime

from checker.model import Banner, Cable, HeaderLine, Span

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
# Header lines that make a transmission header (a bare "171835Z Oct 05" date alone does not).
HEADER_NAMES = frozenset(("VZCZC", "ROUTING", "DE", "ZN", "FM", "TO", "INFO"))


def full_year(yy: int) -> int:
    """Two-digit cable years: the corpus runs from 1966 to 2010."""
    return 1900 + yy if yy >= 50 else 2000 + yy


_CUMDAYS = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_NO = {m: i for i, m in enumerate(MONTHS)}


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def dtg_parts(dtg: HeaderLine | None) -> tuple[int, int, int] | None:
    """(year, day of the year, minute of the day) of a readable DTG; cheap integer arithmetic."""
    if dtg is None or dtg.problem is not None:
        return None
    f = dtg.fields
    try:
        year = full_year(int(f["year"].value))
        month = _MONTH_NO[f["month"].value.upper()]
        doy = _CUMDAYS[month] + int(f["day"].value) + (1 if month > 1 and is_leap(year) else 0)
        return year, doy, int(f["hour"].value) * 60 + int(f["minute"].value)
    except (KeyError, ValueError):
        return None


def cable_date(cable: Cable) -> date | None:
    """The cable's date: its DTG, else a reader's ``date`` (``2008-02-27`` or ``2008-02-27 19:56``)."""
    dtg = cable.header.get("DTG") if cable.header is not None else None
    if dtg is not None and dtg.problem is None:
        f = dtg.fields
        try:
            return date(full_year(int(f["year"].value)), _MONTH_NO[f["month"].value.upper()] + 1, int(f["day"].value))
        except (KeyError, ValueError):
            pass
    raw = cable.meta.get("date")
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, str) and len(raw) >= 10 and raw[4:5] == "-" and raw[7:8] == "-":
        try:
            return date(int(raw[:4]), int(raw[5:7]), int(raw[8:10]))
        except ValueError:
            return None
    return None


def main_banner(cable: Cable) -> Banner | None:
    """The banner that names station and serial (a bare 'CONFIDENTIAL' print line may come first)."""
    for b in cable.banners:
        if b.station is not None and b.serial is not None:
            return b
    return cable.banner


def is_partial_extract(cable: Cable) -> bool:
    """The record says it holds only part of the cable ("This record is a partial extract ...")."""
    for line in cable.lines[:12]:
        if line.kind == "note" and "partial extract" in line.text.lower():
            return True
    return False


def redacted(value: str) -> bool:
    """'XXXXXXXXXXXX': a value removed by redaction, not a value to compare."""
    v = value.strip().upper()
    return len(v) >= 4 and set(v) <= {"X"}


def dtg_text(dtg: HeaderLine) -> str:
    """The DTG as written, without trailing operating signals: 'O R 261637Z FEB 10'."""
    f = dtg.fields
    prec = " ".join(f[k].value for k in ("prec", "prec2") if k in f)
    group = f"{f['day'].value}{f['hour'].value}{f['minute'].value}Z {f['month'].value} {f['year'].value}"
    return f"{prec} {group}" if prec else group


def trimmed(line) -> Span:
    """The line's span without its leading and trailing white space."""
    t = line.text
    lead = len(t) - len(t.lstrip())
    return Span(line.start + lead, line.start + max(lead, len(t.rstrip())))
