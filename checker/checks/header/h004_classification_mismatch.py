from checker.checks.base import Rule
from checker.checks.header.common import main_banner

# What each ZN code allows in the banner. EEEEE marks unclassified traffic sent encrypted
# (EFTO, limited official use); UUUUU plain unclassified traffic.
ZN_LEVELS = {
    "UUUUU": ("UNCLASSIFIED", "LIMITED OFFICIAL USE"),
    "EEEEE": ("UNCLASSIFIED", "LIMITED OFFICIAL USE"),
    "CCCCC": ("CONFIDENTIAL",),
    "SSSSS": ("SECRET",),
    "TTTTT": ("TOP SECRET",),
}


class ClassificationMismatch(Rule):
    """The header's ZNR/ZNY classification code disagrees with the banner.

    ## What it does
    The fourth header line states the classification the message was transmitted at:
    ``ZNR UUUUU`` unclassified, ``ZNY CCCCC`` confidential, ``ZNY SSSSS`` secret, ``ZNY TTTTT``
    top secret; ``ZNY EEEEE`` is unclassified traffic sent encrypted (EFTO, limited official
    use). The rule compares that code with the classification of the banner
    (``C O N F I D E N T I A L PARIS 001995``) and reports a disagreement at the code.

    ## Why it matters
    A classification mismatch means either the banner or the header was altered or mistyped;
    a cable carried as SECRET but bannered CONFIDENTIAL (or the reverse) is handled, released and
    redacted at the wrong level.

    ## Example
    ```
    ZNY CCCCC ZZH
    ...
    S E C R E T SECTION 01 OF 02 PARIS 002725
    ```
    Reported: "ZN code CCCCC means CONFIDENTIAL but the banner says SECRET".
    """

    code = "H004"
    name = "classification-mismatch"
    severity = "error"

    def check(self, cable, ctx):
        if cable.header is None:
            return
        zn = cable.header.get("ZN")
        if zn is None or "code" not in zn.fields:
            return
        code = zn.fields["code"].value
        allowed = ZN_LEVELS.get(code)
        b = main_banner(cable)
        if allowed is None or b is None or not b.classification:
            return
        if b.classification in allowed:
            return
        yield self.finding(
            cable, zn.fields["code"].span,
            f"ZN code {code} means {' or '.join(allowed)} but the banner says {b.classification}",
            evidence={"zn": code, "banner": b.classification, "banner_line": b.line.number},
        )
