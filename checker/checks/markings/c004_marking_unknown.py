from checker.checks.base import Rule


class MarkingUnknown(Rule):
    """A portion marking that is not a known marking.

    ## What it does
    Checks each paragraph's portion marking against the vocabulary `markings`
    (rules/vocab/markings.toml): the code before the first slash must be a classification code
    (U, SBU, C, S, TS, LOU) and what follows each slash a known dissemination control (NF, REL
    ..., FGI, ORCON, ...). Reports markings that fail, with the intended form when the vocabulary
    knows the garbled one ("(SNF)" is "(S/NF)").

    ## Why it matters
    A garbled marking ("(N/SF)", "(SNF)") leaves the portion's real classification to guesswork,
    and tools that sort portions by marking pass it over.

    ## Example
    ```
    ¶4. (N/SF) The delegation ...
    ```
    Reports "unknown portion marking (N/SF) (probably (S/NF))" at "(N/SF)".
    """

    code = "C004"
    name = "marking-unknown"
    severity = "warning"

    def check(self, cable, ctx):
        vocab = None
        for p in cable.paragraphs:
            m = p.marking
            if m is None or m.entire_text:
                continue
            if vocab is None:
                vocab = ctx.vocab["markings"]
                known = vocab.entries
            if m.code in known and all(("/" + d) in known or ("/" + d.split()[0]) in known for d in m.dissem):
                continue
            written = " ".join(m.text.split())
            fix = vocab.mapping.get(written.upper().replace(" ", ""))
            msg = f"unknown portion marking ({written})" + (f" (probably ({fix}))" if fix else "")
            yield self.finding(cable, m.span, msg, paragraph=p.number,
                               evidence={"code": m.code, "dissem": list(m.dissem), "suggestion": fix})
