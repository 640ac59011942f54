from checker.checks.base import Rule
from checker.checks.header.common import trimmed

# Executive orders on national-security classification a cable may cite.
CLASSIFICATION_ORDERS = frozenset(("10501", "10964", "11652", "12065", "12356", "12958", "13292", "13526"))


class EoLineMalformed(Rule):
    """The E.O. line does not follow 'E.O. NNNNN: DECL: MM/DD/YYYY' or 'E.O. NNNNN: N/A'.

    ## What it does
    Reads the classification-authority line (``E.O. 12958: DECL: 02/27/2018``, ``EO 12958 DECL:
    2019/12/16``, ``E.O. 12958: N/A``, ``E.O. 12356: DECL: OADR``) and reports:

    - no executive order number, or a number that is not a classification order (12958 typed
      as 12598 or 19528; known: 10501, 10964, 11652, 12065, 12356, 12958, 13292, 13526);
    - nothing after the order, or a declassification instruction that is neither ``N/A`` nor
      ``DECL:`` with a date, event or exemption;
    - a date without its ``DECL:`` keyword (``E.O. 12958: 03/24/2019``);
    - a date that does not exist (``DECL: 02/30/2019``) or is not written MM/DD/YYYY or
      YYYY/MM/DD (``DECL: 011/2/2019``).

    Event and exemption instructions (``TEN YEARS AFTER KOREAN UNIFICATION``, ``OADR``, ``GDS``,
    ``25X1``) and redacted values are accepted.

    ## Why it matters
    The E.O. line says under which authority the cable is classified and when it is to be
    declassified; a damaged line leaves the declassification date unknown.

    ## Example
    ```
    E.O. 12598: DECL: 02/27/2018
    ```
    Reported at ``12598``: "E.O. 12598 is not a classification order (12958 and 13526 are the
    usual ones)".
    """

    code = "M002"
    name = "eo-line-malformed"
    severity = "warning"

    def check(self, cable, ctx):
        eo = cable.eo
        if eo is None:
            return
        if eo.problem:
            yield self.finding(cable, trimmed(eo.line), f"E.O. line: {eo.problem}")
        if eo.order is not None and eo.order.value not in CLASSIFICATION_ORDERS:
            yield self.finding(cable, eo.order.span,
                               f"E.O. {eo.order.value} is not a classification order "
                               f"(12958 and 13526 are the usual ones)",
                               evidence={"order": eo.order.value})
