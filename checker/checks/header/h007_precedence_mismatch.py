from checker.checks.base import Rule
from checker.model import Span

# Precedence letters and the words that name them on TO lines, highest first.
_RANK = {"Z": 4, "Y": 5, "O": 3, "P": 2, "R": 1}
_WORDS = (("FLASH", "Z"), ("NIACT IMMEDIATE", "O"), ("IMMEDIATE", "O"), ("PRIORITY", "P"), ("ROUTINE", "R"))
_NAMES = {"Z": "FLASH", "Y": "EMERGENCY", "O": "IMMEDIATE", "P": "PRIORITY", "R": "ROUTINE"}


def _word(text: str) -> tuple[str, int] | None:
    """The precedence word of one addressee line and its offset ("RUEHC/SECSTATE WASHDC IMMEDIATE 4520")."""
    for w, letter in _WORDS:
        k = text.find(" " + w)
        if k >= 0 and (k + 1 + len(w) == len(text) or not text[k + 1 + len(w)].isalpha()):
            return letter, k + 1
    return None


class PrecedenceMismatch(Rule):
    """The routing line's or the TO addressees' precedence disagrees with the date-time group.

    ## What it does
    The precedence is written three times: the doubled letter of the routing line (``OO
    RUEHBC``), the first letter of the date-time group (``O 301339Z MAR 06``; with dual precedence
    ``O R 261637Z FEB 10`` the first letter is the action precedence, the second the info
    precedence) and the word after the action addressees (``TO RUEHC/SECSTATE WASHDC IMMEDIATE
    5793``). The rule reports a routing pair that is not the DTG's action letter doubled, and TO
    addressees whose highest precedence word (FLASH, IMMEDIATE, PRIORITY, ROUTINE) names another
    precedence than the DTG's action letter. TO lines without a word are not judged (routine
    traffic usually carries none).

    ## Why it matters
    Precedence decides how fast a message was handled; when the copies disagree, one of the
    header lines was mistyped or belongs to another message.

    ## Example
    ```
    PP RUEHWEB
    ...
    O 031651Z MAR 08
    ```
    Reported at ``PP``: "routing precedence PP does not match the DTG precedence O (IMMEDIATE)".
    """

    code = "H007"
    name = "precedence-mismatch"
    severity = "warning"

    def check(self, cable, ctx):
        h = cable.header
        if h is None:
            return
        dtg = h.get("DTG")
        if dtg is None or "prec" not in dtg.fields or dtg.problem is not None:
            return
        action = dtg.fields["prec"].value
        written = action + (" " + dtg.fields["prec2"].value if "prec2" in dtg.fields else "")
        routing = h.get("ROUTING")
        if routing is not None and "prec" in routing.fields and routing.problem is None:
            pair = routing.fields["prec"].value
            if pair != action * 2:
                yield self.finding(
                    cable, routing.fields["prec"].span,
                    f"routing precedence {pair} does not match the DTG precedence {written} ({_NAMES.get(action, action)})",
                    evidence={"routing": pair, "dtg": written})
        to = h.get("TO")
        if to is None:
            return
        best = None  # (rank, letter, line, offset)
        for line in [to.line] + to.continuation:
            w = _word(line.text)
            if w is not None and (best is None or _RANK[w[0]] > best[0]):
                best = (_RANK[w[0]], w[0], line, w[1])
        if best is None or best[1] == action:
            return
        _, letter, line, k = best
        word = _NAMES[letter] if letter != "O" or "NIACT" not in line.text else "NIACT IMMEDIATE"
        span = Span(line.start + k, line.start + k + len(word))
        yield self.finding(
            cable, span,
            f"TO addressee precedence {word} does not match the DTG precedence {written} "
            f"({_NAMES.get(action, action)})",
            evidence={"to": letter, "dtg": written})
