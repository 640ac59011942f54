from checker.checks.base import Rule
from checker.model import Span


class BannerMissing(Rule):
    """The cable has no classification banner.

    ## What it does
    Reports a cable in which the parser found no classification banner: no line such as
    ``UNCLAS GUATEMALA 000242``, ``C O N F I D E N T I A L SECTION 01 OF 02 PARIS 001995`` or a
    bare ``SECRET`` before the E.O./TAGS/SUBJECT block. Spaced, lower-cased and misspelt banners
    (``SS E C R E T``, ``S e c r e t berlin 001068``) count as present. The finding points at
    the line where the banner belongs: the first line after the header.

    ## Why it matters
    The banner states the classification and the station/serial that identify the cable; a
    record without it cannot be checked against its portion markings or its release status, and
    readers cannot tell at a glance how it must be handled.

    ## Example
    ```
    INFO RHEHNSC/NSC WASHINGTON DC IMMEDIATE

    SIPDIS
    E.O. 12958: DECL: 06/10/2019
    ```
    Reported at ``SIPDIS``: "no classification banner (expected e.g. 'SECRET SAN SALVADOR 000789'
    after the header)".
    """

    code = "M001"
    name = "banner-missing"
    severity = "error"

    def check(self, cable, ctx):
        if cable.banners or not cable.text.strip():
            return
        at = next((ln for ln in cable.lines if not ln.blank and ln.kind not in ("header", "note")), None)
        if at is None:
            return
        yield self.finding(cable, Span(at.start, at.start + len(at.text.rstrip())),
                           "no classification banner (expected e.g. 'CONFIDENTIAL PARIS 001995' after the header)")
