from checker.checks.base import Rule

_SBU_CAVEATS = frozenset(("SENSITIVE", "SBU"))


class SbuWithoutCaveat(Rule):
    """An unclassified cable has (SBU) paragraphs but no SENSITIVE caveat.

    ## What it does
    In an UNCLASSIFIED cable with paragraphs marked "(SBU)", looks for the handling caveat that
    must go with them: a SENSITIVE or "Sensitive but unclassified" line in the metadata block,
    "SENSITIVE" in the banner, or a sensitivity notice before the first paragraph ("DEA SENSITIVE",
    "SENSITIVE BUT UNCLASSIFIED -- HANDLE ACCORDINGLY"). Reports once, at the first (SBU) marking,
    when there is none. Classified cables protect their SBU portions by their classification and
    are not checked.

    ## Why it matters
    The caveat is what tells handlers and distribution systems that an unclassified cable is not
    for public release; without it the SBU portions travel as plain unclassified text.

    ## Example
    ```
    UNCLAS MADRID 001952
    SIPDIS
    ...
    ¶1. (SBU) On October 9, Foreign Ministry ...
    ```
    Reports "2 paragraphs are marked (SBU) but the cable has no SENSITIVE caveat".
    """

    code = "C003"
    name = "sbu-without-caveat"
    severity = "warning"

    def check(self, cable, ctx):
        if cable.classification != "UNCLASSIFIED" or cable.entire_text is not None and cable.entire_text.code == "SBU":
            return
        sbu = [p for p in cable.paragraphs if p.marking is not None and p.marking.code == "SBU"]
        if not sbu or any(c.kind in _SBU_CAVEATS for c in cable.caveats):
            return
        if any("SENSITIVE" in b.line.text.upper() for b in cable.banners):
            return
        first = cable.paragraphs[0].start_line.number if cable.paragraphs else 0
        if any("SENSITIVE" in ln.text.upper() for ln in cable.lines[:first] if len(ln.text) < 500):
            return  # a notice in a form the metadata parser does not know
        n = len(sbu)
        what = "1 paragraph is" if n == 1 else f"{n} paragraphs are"
        yield self.finding(cable, sbu[0].marking.span, f"{what} marked (SBU) but the cable has no SENSITIVE caveat",
                           paragraph=sbu[0].number, evidence={"paragraphs": [p.number for p in sbu]})
