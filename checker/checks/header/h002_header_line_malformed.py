from checker.checks.base import Rule
from checker.checks.header.common import trimmed


class HeaderLineMalformed(Rule):
    """A transmission-header line is recognised by its keyword but breaks its grammar.

    ## What it does
    Checks every header line the parser recognised by its keyword against the line's grammar
    and reports what is expected:

    - ``VZCZC`` and the channel id alone (``VZCZCXRO1234``);
    - the routing line: a doubled precedence letter and routing indicators (``RR RUEHWEB``);
    - ``DE RIXXXX #NNNN[/NN] DDDHHMM``: routing indicator, serial, Julian day and time;
    - ``ZNR UUUUU`` for unclassified traffic, ``ZNY`` with ``CCCCC``/``SSSSS``/``TTTTT``/``EEEEE``
      for the rest;
    - the date-time group ``P[ P] DDHHMMZ MON YY`` with precedence letters Z, O, P or R, a real
      calendar day (no 31 APR, 29 FEB only in leap years) and a valid hour and minute.

    ## Why it matters
    Header lines are machine-generated; a broken one was damaged in transcription, and the
    values the other header checks compare (day, time, serial, classification) may be wrong.

    ## Example
    ```
    R 311956Z APR 08
    ```
    Reported: "DTG line: day 31 does not exist in APR 08".
    """

    code = "H002"
    name = "header-line-malformed"
    severity = "warning"

    def check(self, cable, ctx):
        if cable.header is None:
            return
        for hl in cable.header.lines:
            if hl.problem:
                name = "routing" if hl.name == "ROUTING" else hl.name
                yield self.finding(cable, trimmed(hl.line), f"{name} line: {hl.problem}",
                                   evidence={"line": hl.name})
