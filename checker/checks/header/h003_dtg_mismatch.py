from datetime import datetime, timedelta

from checker.checks.base import Rule
from checker.checks.header.common import dtg_parts, dtg_text, is_leap
from checker.model import Span

# The DE time stamp is when the message went on the wire; it follows the DTG (release time) by
# minutes (0-24 min over the dev corpus) and rarely by hours. Earlier than the DTG by more than
# clock skew, or a day or more later, is a transcription error.
EARLY_MINUTES = 5
LATE_MINUTES = 24 * 60
# Retransmissions and corrected copies are stamped when re-sent: days later is normal for them.
RESENT_SIGNALS = ("ZDK", "ZDS", "ZFD", "CCY", "ZUI")
RESENT_LATE_MINUTES = 60 * 24 * 60


def _year_minutes(year: int) -> int:
    return (366 if is_leap(year) else 365) * 1440


class DtgMismatch(Rule):
    """The DE line's Julian day and time do not match the date-time group.

    ## What it does
    The ``DE`` line ends in the day of the year and the time the message was transmitted
    (``DE RUEHGT #0242/01 0581956``: day 058, 19:56Z); the date-time group gives the date
    (``R 271956Z FEB 08``: 27 February 2008, 19:56Z). The rule computes the day of the year of the
    DTG date (leap years included; across New Year the DE day may belong to the next year) and
    reports when the DE stamp is more than 5 minutes earlier than the DTG, or a day or more
    later. A few minutes to some hours later is normal (transmission queues). When the header
    marks the message as re-sent (``ZDK``, ``ZDS``, ``ZFD``, ``CCY``, ``ZUI``), a later stamp (up
    to 60 days) is expected and only an earlier one is reported.

    ## Why it matters
    The two stamps are written by different systems; disagreement means one of them was mistyped,
    and with it the cable's date may be wrong wherever it is catalogued or cited.

    ## Example
    ```
    DE RUEHGT #0242/01 0591956
    R 271956Z FEB 08
    ```
    Day 059 of 2008 is 28 February: reported "DE stamp 0591956 is 28 FEB 2008 19:56Z, one day
    after the DTG R 271956Z FEB 08 (day 058)".
    """

    code = "H003"
    name = "dtg-mismatch"
    severity = "warning"

    def check(self, cable, ctx):
        h = cable.header
        if h is None:
            return
        de = h.get("DE")
        if de is None or "day" not in de.fields:
            return
        dtg = h.get("DTG")
        if dtg is None or "prec" not in dtg.fields:
            return
        parts = dtg_parts(dtg)
        if parts is None:
            return
        year, doy, minute = parts
        day = int(de.fields["day"].value)
        hhmm = de.fields["time"].value
        stamp_minute = int(hhmm[:2]) * 60 + int(hhmm[2:])
        if day == doy and stamp_minute == minute:
            return  # the usual case
        stamp = de.fields["day"].value + hhmm
        span = Span(de.fields["day"].span.start, de.fields["time"].span.end)
        written = dtg_text(dtg)
        days_in = 366 if is_leap(year) else 365
        if not (1 <= day <= 366 and int(hhmm[:2]) <= 23 and int(hhmm[2:]) <= 59):
            yield self.finding(cable, span, f"DE stamp {stamp} is not a valid Julian day and time "
                                            f"(the DTG {written} is day {doy:03d})",
                               evidence={"de": stamp, "dtg_day": doy})
            return
        # minutes from the DTG to the stamp, with the stamp's day read in this, the next or last year
        base = (day - doy) * 1440 + stamp_minute - minute
        options = [base, base + days_in * 1440, base - _year_minutes(year - 1)]
        if day == 366 and days_in == 365:
            options = options[1:]
        minutes = min(options, key=abs)
        signals = dtg.fields["signals"].value if "signals" in dtg.fields else ""
        zn = h.get("ZN")
        if zn is not None and "rest" in zn.fields:
            signals += " " + zn.fields["rest"].value
        late = RESENT_LATE_MINUTES if any(s in signals for s in RESENT_SIGNALS) else LATE_MINUTES
        if -EARLY_MINUTES <= minutes < late:
            return
        when = datetime(year, 1, 1) + timedelta(days=doy - 1, minutes=minute)
        at = (when + timedelta(minutes=minutes)).strftime("%d %b %Y %H:%MZ").upper()
        rel = _amount(-minutes) + " before" if minutes < 0 else _amount(minutes) + " after"
        yield self.finding(
            cable, span,
            f"DE stamp {stamp} is {at}, {rel} the DTG {written} (day {doy:03d})",
            evidence={"de": stamp, "dtg_day": doy, "minutes": minutes},
        )


def _amount(minutes: int) -> str:
    if minutes % 1440 == 0:
        d = minutes // 1440
        return "one day" if d == 1 else f"{d} days"
    if minutes >= 1440:
        return f"{minutes / 1440:.1f} days"
    if minutes >= 60:
        return f"{minutes // 60} h {minutes % 60:02d} min"
    return f"{minutes} min"
