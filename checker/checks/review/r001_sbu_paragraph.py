from checker.checks.base import Rule


class SbuParagraph(Rule):
    """A paragraph is marked Sensitive But Unclassified and needs a handling review.

    ## What it does
    Reports every paragraph whose portion marking is SBU in any of its written forms ("(SBU)",
    "(SBU/NF)", "(SBU//NF)", "(SENSITIVE BUT UNCLASSIFIED)"), every paragraph that opens with the
    words "SENSITIVE BUT UNCLASSIFIED", and, when the cable is marked "(SBU - ENTIRE TEXT)",
    each paragraph that carries no marking of its own. One finding per paragraph, spanning it.

    ## Why it matters
    SBU is not a classification, so declassification review does not look at it, yet SBU text
    was withheld from the public for a reason (personal data, law-enforcement detail, sources).
    Each SBU paragraph needs a person to decide whether it can be released as it stands.

    ## Example
    ```
    ¶3. (SBU) Congressional Human Rights Committee President Carlos Bautista (FRG) stressed ...
    ```
    Reports "¶3 is marked SBU: review its handling before release".
    """

    code = "R001"
    name = "sbu-paragraph"
    severity = "review"

    def check(self, cable, ctx):
        whole = cable.entire_text
        whole_sbu = whole is not None and _sbu_code(whole.code)
        text = cable.text
        for p in cable.paragraphs:
            m = p.marking
            if m is not None:
                if not (_sbu_code(m.code) or "SBU" in m.dissem):
                    continue
                form, written = "marking", f"({m.text.strip()})"
            elif text.startswith(_WRITTEN, p.text_span.start + (text[p.text_span.start:p.text_span.start + 1] == "(")):
                form, written = "written out", "SENSITIVE BUT UNCLASSIFIED"
            elif whole_sbu:
                form, written = "entire text", whole.text
            else:
                continue
            where = f"¶{p.number}" if p.number is not None else f"the unnumbered paragraph at line {p.start_line.number}"
            nf = " (NOFORN)" if m is not None and any(d in ("NF", "NOFORN") for d in m.dissem) else ""
            how = "is in an SBU (entire text) cable" if form == "entire text" else f"is marked SBU{nf}"
            yield self.finding(cable, p.span, f"{where} {how}: review its handling before release",
                               paragraph=p.number,
                               evidence={"number": p.number, "marking": written, "form": form})


_WRITTEN = ("SENSITIVE BUT UNCLASSIFIED", "Sensitive But Unclassified", "Sensitive but unclassified")


def _sbu_code(code: str) -> bool:
    return code.startswith(("SBU", "SENSITIVEBUTUNCLASSIFIED"))  # codes are upper case, spaces removed
