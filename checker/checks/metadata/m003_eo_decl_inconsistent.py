from datetime import date

from checker.checks.base import Rule
from checker.checks.header.common import cable_date, main_banner

_CLASSIFIED = ("CONFIDENTIAL", "SECRET", "TOP SECRET")
# When each classification order was signed: a cable cannot cite an order issued after it.
ORDER_SIGNED = {"10501": date(1953, 11, 5), "10964": date(1961, 9, 20), "11652": date(1972, 3, 8),
                "12065": date(1978, 6, 28), "12356": date(1982, 4, 2), "12958": date(1995, 4, 17),
                "13292": date(2003, 3, 25), "13526": date(2009, 12, 29)}


class EoDeclInconsistent(Rule):
    """The E.O. line's declassification instruction contradicts the banner or the cable's date.

    ## What it does
    Compares the E.O. line with the banner's classification and the cable's date (from the
    date-time group, else the reader's ``date`` metadata) and reports:

    - ``N/A`` on a CONFIDENTIAL, SECRET or TOP SECRET cable (classified information needs a
      declassification instruction);
    - a ``DECL:`` date on an UNCLASSIFIED or LIMITED OFFICIAL USE cable (there is nothing to
      declassify; a release note such as ``DECLASSIFIED BY NARA 09/02/2009`` is not reported);
    - a declassification date earlier than the cable's own date;
    - an executive order signed after the cable's date (E.O. 12958 on a 1988 cable).

    ## Why it matters
    The instruction and the banner are set together by the drafter; when they disagree, either
    the classification or the E.O. line was changed or mistyped, and release reviews rely on
    both.

    ## Example
    ```
    R 271956Z FEB 08
    ...
    CONFIDENTIAL GUATEMALA 000242
    E.O. 12958: N/A
    ```
    Reported at ``N/A``: "E.O. line says N/A but the banner classifies the cable CONFIDENTIAL".
    """

    code = "M003"
    name = "eo-decl-inconsistent"
    severity = "warning"

    def check(self, cable, ctx):
        eo = cable.eo
        if eo is None:
            return
        b = main_banner(cable)
        level = b.classification if b is not None else ""
        if eo.na is not None and level in _CLASSIFIED:
            yield self.finding(cable, eo.na.span,
                               f"E.O. line says N/A but the banner classifies the cable {level}",
                               evidence={"banner": level})
        release_note = eo.decl is not None and ("DECLASSIF" in eo.decl.value.upper() or "DECONTROL" in eo.decl.value.upper())
        if eo.decl_date is not None and level in ("UNCLASSIFIED", "LIMITED OFFICIAL USE") and not release_note:
            yield self.finding(cable, eo.decl.span,
                               f"declassification date {eo.decl.value} on a cable the banner marks {level}",
                               evidence={"banner": level})
        when = cable_date(cable)
        if when is None:
            return
        if eo.decl_date is not None and not release_note and eo.decl_date < (when.year, when.month, when.day):
            y, m, d = eo.decl_date
            yield self.finding(cable, eo.decl.span,
                               f"declassification date {y:04d}-{m:02d}-{d:02d} is before the cable's date {when.isoformat()}",
                               evidence={"decl": [y, m, d], "cable_date": when.isoformat()})
        signed = ORDER_SIGNED.get(eo.order.value) if eo.order is not None else None
        if signed is not None and when < signed and not release_note:
            yield self.finding(cable, eo.order.span,
                               f"E.O. {eo.order.value} was signed {signed.isoformat()}, after the cable's date "
                               f"{when.isoformat()}",
                               evidence={"order": eo.order.value, "cable_date": when.isoformat()})
