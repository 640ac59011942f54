from checker.checks.base import Rule
from checker.checks.header.common import HEADER_NAMES, is_partial_extract
from checker.model import Span


class HeaderMissing(Rule):
    """The cable has no transmission header at all.

    ## What it does
    Reports a cable that has none of the transmission-header lines (``VZCZC``, routing, ``DE``,
    ``ZNR``/``ZNY``, the ``P DDHHMMZ MON YY`` date-time group with its precedence, ``FM``,
    ``TO``, ``INFO``) before its banner. A record that declares itself a partial extract ("This
    record is a partial extract of the original cable") is not reported: its header was left out
    on purpose and the note says so.

    ## Why it matters
    The header carries the sender, the addressees, the precedence and the date-time group that
    identify the telegram; without it the cable cannot be dated or attributed from its own text,
    and the header checks (H003-H007) cannot run.

    ## Example
    ```
    SECRET STATE 050524

    E.O. 12958: DECL: 05/05/2018
    ```
    Reported at line 1: "no transmission header (no DE, DTG, FM or TO line) before the banner".
    """

    code = "H001"
    name = "header-missing"
    severity = "warning"

    def check(self, cable, ctx):
        h = cable.header
        if h is not None and any(x.name in HEADER_NAMES or "prec" in x.fields for x in h.lines):
            return
        if not cable.text.strip() or is_partial_extract(cable):
            return
        first = next((ln for ln in cable.lines if not ln.blank), cable.lines[0])
        yield self.finding(cable, Span(first.start, first.end),
                           "no transmission header (no DE, DTG, FM or TO line) before the banner")
