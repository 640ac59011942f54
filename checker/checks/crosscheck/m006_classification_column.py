from checker.checks.base import Rule
from checker.checks.crosscheck.stations import level_of
from checker.model import LEVEL_RANK


class ClassificationColumnMismatch(Rule):
    """The metadata classification disagrees with the banner's level.

    ## What it does
    For cables read from the Cablegate CSV dump or a cable-viewer page, compares the level of
    the classification column (``SECRET//NOFORN`` -> SECRET; ``UNCLASSIFIED//FOR OFFICIAL USE
    ONLY`` -> UNCLASSIFIED) with the level of the first classification banner. A column below
    the banner is an error (the metadata under-states what the text says), above it a warning.
    ``FOR OFFICIAL USE ONLY`` metadata also agrees with a LIMITED OFFICIAL USE banner. Silent
    when either side is missing or unreadable.

    ## Why it matters
    Release tools filter, label and redact by the metadata, not by the banner: a SECRET cable
    listed as UNCLASSIFIED is published with the wrong handling, and a wrong column hides the
    cable from a reviewer working through one classification.

    ## Example
    Row ``"...","10PARIS123","Embassy Paris","UNCLASSIFIED",...`` whose text opens
    ``C O N F I D E N T I A L PARIS 000123``: reported at the banner as "classification column
    says UNCLASSIFIED but the banner is CONFIDENTIAL".
    """

    code = "M006"
    name = "classification-column-mismatch"
    severity = "error"

    def check(self, cable, ctx):
        raw = cable.meta.get("classification")
        b = cable.banner
        if not raw or b is None or not b.classification:
            return
        level, fouo = level_of(str(raw))
        if not level or level == b.classification:
            return
        if fouo and level == "UNCLASSIFIED" and b.classification == "LIMITED OFFICIAL USE":
            return
        lower = LEVEL_RANK[level] < LEVEL_RANK[b.classification]
        yield self.finding(
            cable, b.classification_span,
            f"classification column says {raw} but the banner is {b.classification}",
            severity=None if lower else "warning",
            evidence={"column": raw, "column_level": level, "banner": b.classification},
        )
