"""Sentence boundaries inside the joined prose runs (computed on first use).

A boundary is terminal punctuation, optional closing quotes or brackets, white space, and then a
character that can open a sentence; a period after an abbreviation or an initial is not one.
The scan uses ``str.find`` rather than a regular expression: a match object per candidate costs
more than the whole test, and every step moves forward, so the scan is linear on any input.
"""
from __future__ import annotations

from typing import Final

from checker.model import Cable, Sentence

_TERMINALS: Final = str.maketrans("!?", "..")  # one character to find
_CLOSERS: Final = frozenset("\"'”’)]")
_OPENERS: Final = frozenset("\"'“(¶-")  # may start a sentence besides capitals and digits
# Words after which a period does not end a sentence.
_ABBREV: Final = frozenset(
    "MR MRS MS DR AMB GEN COL LT CAPT MAJ SGT ADM REP SEN GOV PROF ST NO VS ETC INC CO CORP JR SR "
    "JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC U.S U.N U.K E.G I.E REF PARA PARAS FIG APPROX "
    "DEPT MIN AMBS POLOFF ECONOFF MT FT GOVT".split()
)
_WORD_LEAD: Final = "(\"'“‘[-¶"


def _ends_sentence(text: str, dot: int) -> bool:
    """False when the period at ``dot`` closes an abbreviation or an initial."""
    word = text[text.rfind(" ", 0, dot) + 1:dot]
    if word[:1] in _WORD_LEAD:
        word = word.lstrip(_WORD_LEAD)
    if len(word) == 1:
        return not word.isalpha()  # an initial: "E. Anthony Wayne"
    return word.upper() not in _ABBREV


def split_sentences(cable: Cable) -> list[Sentence]:
    out: list[Sentence] = []
    append = out.append
    for prose in cable.prose:
        text = prose.text
        flat = text.translate(_TERMINALS) if ("!" in text or "?" in text) else text
        n = len(text)
        start = 0
        i = flat.find(".")
        while i >= 0:
            j = i + 1
            while j < n and flat[j] == ".":
                j += 1
            while j < n and text[j] in _CLOSERS:
                j += 1
            if j < n and flat[j] == ".":
                i = j  # "U.S.).": the run that counts starts at the later period
                continue
            if j < n and text[j].isspace():
                k = j + 1
                while k < n and text[k].isspace():
                    k += 1
                if k < n:
                    c = text[k]
                    if (c.isupper() or c.isdigit() or c in _OPENERS) and (text[i] != "." or _ends_sentence(text, i)):
                        if j > start:
                            append(Sentence(prose, start, j))
                        start = k
            i = flat.find(".", j)
        stop = len(text.rstrip())
        if stop > start:
            append(Sentence(prose, start, stop))
    return out
