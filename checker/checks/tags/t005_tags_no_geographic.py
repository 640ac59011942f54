from checker.checks.base import Rule
from checker.checks.tags.lexicon import GEO, UNKNOWN, read_tags
from checker.model import Span


class TagsNoGeographic(Rule):
    """The TAGS line has no country or region code.

    ## What it does
    Reports a TAGS line none of whose tags is a country or region code (rules/vocab/
    country-codes.toml: FIPS 10-4 style country codes such as GT, RS, UK, IZ, the region codes
    XA, XF, ... and EU). Lines the parser could not read tags from are left to T001.

    ## Why it matters
    The geographic tag is the half of TAGS ("Traffic Analysis by Geography and Subject") that
    files a cable under a country; without one, a search by country misses it. Department-wide
    messages on a global subject may rightly carry none, so this is information, not an error.

    ## Example
    ```
    TAGS: PARM PREL MNUC
    ```
    Reports "no country or region tag".
    """

    code = "T005"
    name = "tags-no-geographic"
    severity = "info"

    def check(self, cable, ctx):
        readings = read_tags(cable, ctx)
        if not readings or any(r.kind == GEO for r in readings):
            return
        if any(r.kind == UNKNOWN and len(r.tag.code) == 2 for r in readings):
            return  # a misspelt country code ("YE"): T003 reports it
        tl = cable.tags
        yield self.finding(cable, Span(tl.keyword_span.start, tl.span.end), "no country or region tag on the TAGS line",
                           evidence={"tags": [r.tag.code for r in readings]})
