"""Sentence boundaries inside the joined prose runs (computed on first use)."""
from __future__ import annotations

import regex as re

from checker.model import Cable, Sentence

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace.
_BOUNDARY = re.compile(r"[.!?]++[\"'”’)\]]*+\s++")
# Words after which a period does not end a sentence.
_ABBREV = frozenset(
    "MR MRS MS DR AMB GEN COL LT CAPT MAJ SGT ADM REP SEN GOV PROF ST NO VS ETC INC CO CORP JR SR "
    "JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC U.S U.N U.K E.G I.E REF PARA PARAS FIG APPROX "
    "DEPT MIN AMBS POLOFF ECONOFF MT FT GOVT".split()
)


def _ends_sentence(text: str, dot: int) -> bool:
    """False when the period at ``dot`` closes an abbreviation or an initial."""
    if text[dot] != ".":
        return True
    k = dot
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] == "."):
        k -= 1
    word = text[k:dot]
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "E. Anthony Wayne"
    return word.upper() not in _ABBREV


def split_sentences(cable: Cable) -> list[Sentence]:
    out: list[Sentence] = []
    for prose in cable.prose:
        text = prose.text
        start = 0
        for m in _BOUNDARY.finditer(text):
            end = m.end()
            if end >= len(text):
                break
            nxt = text[end]
            if not (nxt.isupper() or nxt.isdigit() or nxt in "\"'“(-¶"):
                continue
            dot = m.start()
            while dot + 1 < m.end() and text[dot + 1] in ".!?":
                dot += 1
            if not _ends_sentence(text, m.start()):
                continue
            stop = len(m.group(0).rstrip()) + m.start()
            if stop > start:
                out.append(Sentence(prose, start, stop))
            start = end
        stop = len(text.rstrip())
        if stop > start:
            out.append(Sentence(prose, start, stop))
    return out
