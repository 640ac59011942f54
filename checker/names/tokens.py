"""One tokenisation pass over a run of text, keeping only the words that could be part of a name.

Speed matters (the detector runs on every cable): only "interesting" pieces (space-separated) are
looked at and become ``Token`` objects: capitalised words and name particles in mixed-case text,
found by one scan without splitting the run into every word; words outside the never-a-name lists
in ALL CAPS text. The other words stay available as context through ``Tokens.word_before`` /
``word_after``, which read them off the run's text around a token's piece.
"""
from __future__ import annotations

import re as std_re
from itertools import accumulate, compress, count, repeat
from operator import is_
from typing import Final

import regex as re

from checker.names.lexicon import CACHE_MAX, GIVEN, NAME_ABBREV, PLACE, SUR, TOP, WORD, Lexicon, key

INITIAL, UPPER, CAPITAL, LOWER = "I", "U", "C", "L"
MIXED, CAPS, EVERY = 0, 1, 2  # how a run is read: mixed case, ALL CAPS, every word (slots)
PUNCT: Final = "\"'“”‘’()[]{}<>,.;:!?*_=+|~`^•·-–—/\\#@&%$"
# Inner characters a single word may hold ("al-Megrahi", "U.S", "O'Donohue", "A/S").
_INNER: Final = str.maketrans("", "", "'’-./")
# Fallback for pieces with commas or other marks inside ("BADER,MEDEIROS", "YAR,ADUA,S").
_WORD: Final = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-./](?=[^\W\d_]))*+")
_POSS: Final = ("'S", "’S")
_POSS_TAILS: Final = frozenset(("'s", "’s", "'S", "’S"))
_PREFIXES: Final = frozenset(("PRO", "ANTI", "EX", "NON", "POST", "PRE", "NEO"))
_ENDS: Final = frozenset(".!?:;")
# Particles after which a common word is a family name ("Osama bin Laden", "van Gogh"); Romance
# particles start organisation names too ("Coordinadora Nacional de Medio Ambiente").
PARTICLES_BEFORE_WORD: Final = frozenset("BIN IBN BINT BEN ABU AL EL VAN VON DER DEN TER TEN ZU ZUR VOM".split())
# "son of" particles: in ALL CAPS text too, the word after them is a family name ("BIN LADEN").
SON_OF: Final = frozenset(("BIN", "IBN", "BINT"))
# "servant of": the word after them belongs to the given name, even an English word or a place
# ("ABDUL SALAAM", "Abdul Haq").
SERVANT_OF: Final = frozenset(("ABDUL", "ABDEL", "ABDOL", "ABDOUL"))
LOWER_PARTICLES: Final = frozenset(("de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "du",
                             "van", "von", "der", "den", "ter", "ten", "zu", "bin", "ibn", "bint",
                             "al", "el", "ul", "y", "e", "le", "vom", "zur", "abu", "san"))


class Token:
    __slots__ = ("start", "end", "text", "key", "flags", "shape", "poss", "dot", "sep", "sent",
                 "index", "ps", "lead", "join")

    def __init__(self, start: int, end: int, text: str, k: str, flags: int, shape: str, ps: int, lead: str,
                 poss: bool = False, dot: bool = False):
        self.start = start
        self.end = end  # without a possessive
        self.text = text
        self.key = k
        self.flags = flags
        self.shape = shape
        self.ps = ps  # start of its space-separated piece in the run
        self.lead = lead  # punctuation before the word in its piece
        self.poss = poss  # followed by 's / ’s / ,S
        self.dot = dot  # followed by "."
        self.sep = ""  # text between the previous token (or its possessive) and this one
        self.sent = False  # first word of a sentence or of the run
        self.index = 0
        self.join = False  # directly continues the token before it in ``Tokens.toks`` (see ``joinable``)

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<{self.text} {self.shape} {self.flags}>"


def shape(t: str) -> str:
    if len(t) == 1 or (len(t) <= 5 and "." in t and all(len(p) == 1 for p in t.split("."))):
        return INITIAL if t[0].isupper() else LOWER
    if not t[0].isupper():
        h = t.find("-")
        if 0 < h <= 3 and t[h + 1:h + 2].isupper():
            return CAPITAL  # "al-Megrahi"
        return LOWER
    if t.isupper():
        return UPPER
    return CAPITAL


def _particles_pattern() -> str:
    """LOWER_PARTICLES as an alternation grouped by first letter (each group is skipped at once)."""
    by_first: dict[str, list[str]] = {}
    for w in sorted(LOWER_PARTICLES, key=lambda x: (-len(x), x)):
        by_first.setdefault(w[0], []).append(std_re.escape(w[1:]))
    return "|".join(c + "(?:" + "|".join(rest) + ")" for c, rest in sorted(by_first.items()))


# The pieces of a mixed-case run that may yield something (a superset: ``piece_entry`` decides):
# a first character that is no lower-case ASCII letter or digit, a lower-case name particle, or
# "al-Megrahi"/"pro-Moussavi" shapes. Matched after a space (the run is scanned with one space
# prepended), so the match starts at the piece's offset in the run. The standard library engine
# runs this simple scan about twice as fast as ``regex``.
_CANDIDATE: Final = std_re.compile(
    r" ([^a-z0-9 ][^ ]*|[pae][^ \-]{0,4}-[^a-z0-9 ][^ ]*|(?:" + _particles_pattern() + r")(?![^ ]))")
_PIECE: Final = std_re.compile(r"[^ ]+")


# Titles that are also family names, after a given name ("HUN SEN", "MOHAMMED ZAHIR SHAH").
TITLE_NAMES: Final = frozenset(("SEN", "SHAH"))


class Tokens:
    """The interesting words of one run, plus look-ups of the run's other pieces for context.

    A piece is known by its start offset in the run (``Token.ps``); ``t2`` is the run with tabs,
    no-break spaces and line breaks made plain spaces, so its pieces are ``t2.split(" ")``.
    """

    __slots__ = ("text", "t2", "toks", "lex", "title_at")

    def __init__(self, text: str, lex: Lexicon, caps: bool, every: bool = False):
        self.text = text
        self.lex = lex
        t2 = text
        if "\t" in t2 or "\xa0" in t2 or "\n" in t2:
            t2 = t2.replace("\t", " ").replace("\xa0", " ").replace("\n", " ")
        self.t2 = t2
        toks: list[Token] = []
        titles = []
        mode = EVERY if every else CAPS if caps else MIXED
        cache = lex.piece_cache[mode]
        if len(cache) > CACHE_MAX:
            cache.clear()  # bounded memory on huge corpora
        for ps, p, (c, temps, inline) in _entries(t2, lex, mode, cache):
            if c != 2:
                if toks and ps and toks[-1].ps == t2.rfind(" ", 0, ps - 1) + 1 \
                        and self._title_in_name(toks[-1], ps, p, caps):
                    self._add(ps, toks)  # "Jaime Mayor Oreja", "OFFICER DALE PRINCE,": a family name
                    if toks and toks[-1].ps == ps:
                        toks[-1].flags = SUR
                        toks[-1].sent = False
                    continue
                titles.append((ps, p, c))
                continue
            for o, eo, w, k, f, sh, lead, poss, dot in temps:
                if caps and poss and k in TITLE_NAMES and toks and toks[-1].flags & GIVEN and toks[-1].end == ps + o - 1:
                    f = SUR  # "HUN SEN'S": a title abbreviation with a possessive after a given name
                tok = Token(ps + o, ps + eo, w, k, f, sh, ps, lead, poss, dot)
                if not caps:
                    if inline:
                        # The last character of the piece before (a space: none or an empty piece).
                        q = t2[ps - 2] if ps >= 2 else " "
                        tok.sent = q == " " or (q in _ENDS and self._sentence_start(tok))
                    else:
                        tok.sent = self._sentence_start(tok)
                toks.append(tok)
            if toks and toks[-1].ps == ps and ((not caps and toks[-1].shape == LOWER
                                                and toks[-1].key in PARTICLES_BEFORE_WORD)
                                               or (caps and toks[-1].key in SON_OF)
                                               or toks[-1].key in SERVANT_OF):
                e = t2.find(" ", ps)
                nxt = self._piece(e + 1) if e >= 0 else ""
                if nxt[:1].isupper() and _entry(nxt, lex, mode, cache) == 0:
                    # "bin Laden": a common word after a particle is kept (a possible family name)
                    n0 = len(toks)
                    self._add(e + 1, toks)
                    for tok in toks[n0:]:
                        tok.sent = False
        # Titles point at the word they introduce: "Minister Tusk", "CHIEF OF DEFENSE ILKER BASBUG".
        at_piece: dict[int, Token] = {}
        if titles:
            for t in toks:
                at_piece.setdefault(t.ps, t)
        targets: list[tuple[int, int, str]] = []
        for ti, raw, c in titles:
            core = raw.strip(PUNCT)
            if raw[-1:] != core[-1:] and not (raw[-1] == "." and raw[:-1].endswith(core) and len(core) <= 5):
                continue
            j = self._next_piece(ti)
            if j is None:
                continue
            if c == 1 and self._piece(j).strip(PUNCT).upper() == "OF":
                j = self._after_of(j, caps)
                if j is None:
                    continue
            found = at_piece.get(j)
            if found is None:
                p = self._piece(j)
                if not (p[0].isupper() if not caps else p[0].isalpha()):
                    continue
                tmp: list[Token] = []
                add_piece(p, j, lex, tmp)
                if not tmp:
                    continue
                tok = tmp[0]
                if not caps:
                    tok.sent = self._sentence_start(tok)
                at_piece[j] = tok
                toks.append(tok)
            else:
                tok = found
            if not tok.lead:
                targets.append((tok.start, 2 if c == 1 else 1, core))
        if len(toks) > 1 and targets:
            toks.sort(key=lambda t: t.start)
        prev_end = 0
        prev = None
        for n, tok in enumerate(toks):
            tok.index = n
            # At most one piece between the two tokens' pieces: the text in between is the separator.
            if prev is None or t2.count(" ", prev.ps, tok.ps) <= 2:
                sep = tok.sep = text[prev_end:tok.start]
                if prev is not None and sep:
                    tok.join = joinable(prev, tok)  # worked out once: the detector asks for most pairs
            else:
                tok.sep = "\x00"  # other words in between
            prev_end = tok.end + (2 if tok.poss else 0)
            prev = tok
        self.toks = toks
        self.title_at: dict[int, tuple[int, str]] = {}
        if targets:
            by_start = {t.start: t.index for t in toks}
            for start, kind, word in targets:
                self.title_at.setdefault(by_start[start], (kind, word))

    def _title_in_name(self, prev: Token, ps: int, p: str, caps: bool) -> bool:
        """A title word right after a given name is a family name when no name follows it.

        ``p`` is the title piece at ``ps``; ``prev`` is a token of the piece right before it.
        """
        t2 = self.t2
        if not prev.flags & GIVEN or prev.flags & PLACE or prev.shape == LOWER or not t2[prev.ps:ps - 1].isalpha():
            return False  # (a nationality is no given name here: "the Russian President, however")
        core = p.rstrip(",;.")
        if not core.isalpha() or (not caps and not core[0].isupper()) or (caps and not core.isupper()):
            return False
        if prev.flags & TOP:
            return False  # "HIS BROTHER,", "AS PRESIDENT,"
        if caps and core in TITLE_NAMES and p[len(core):len(core) + 1] in ("", ",", ";", ".") \
                and not (p[len(core):] == "." and self._next_is_name(ps)):
            return True  # "HUN SEN": a title abbreviation that is also a name part, after a given name
        if len(core) < len(p):  # "OFFICER DALE PRINCE,"; in ALL CAPS only after a title
            if not caps:
                return True
            if not prev.ps:
                return False  # no piece before the given name
            before = t2[t2.rfind(" ", 0, prev.ps - 1) + 1:prev.ps - 1]
            return self.lex.piece_class.get(before.strip(PUNCT), 2) in (1, 3)
        e = t2.find(" ", ps)
        if caps or prev.flags & (TOP | WORD) or e < 0:
            return False
        nxt = self._piece(e + 1).rstrip(",;.'’s")
        return nxt.isalpha() and nxt[0].isupper() and not nxt.isupper() \
            and self.lex.piece_class.get(nxt, 2) == 2  # "Jaime Mayor Oreja"

    def _next_is_name(self, ps: int) -> bool:
        """The piece after the one at ``ps`` may be a name (no common or frequent word): "SEN. KERRY"."""
        j = self._next_piece(ps)
        if j is None:
            return False
        w = self._piece(j).strip(PUNCT)
        return bool(w) and self.lex.piece_class.get(w, 2) == 2 and not self.lex.flags(key(w)) & TOP

    def _piece(self, ps: int) -> str:
        """The piece that starts at ``ps``."""
        e = self.t2.find(" ", ps)
        return self.t2[ps:] if e < 0 else self.t2[ps:e]

    def _next_piece(self, ps: int) -> int | None:
        """Start of the first non-empty piece after the piece at ``ps`` (None: none)."""
        t2 = self.t2
        i = t2.find(" ", ps)
        if i < 0:
            return None
        n = len(t2)
        i += 1
        while i < n and t2[i] == " ":
            i += 1
        return i if i < n else None

    def _after_of(self, at: int, caps: bool) -> int | None:
        """After "Minister of (the) Foreign Affairs": the piece that follows the phrase."""
        get = self.lex.piece_class.get
        skipped = 0
        j = at
        for _ in range(4):
            nj = self._next_piece(j)
            if nj is None:
                return None
            j = nj
            p = self._piece(j)
            core = p.strip(PUNCT)
            if core.upper() == "THE":
                continue
            if get(core, 2) == 0 and p == core and (caps or core[:1].isupper()):
                skipped += 1
                continue
            return j if skipped else None  # "Director of Comando ...": an organisation follows
        return None

    def _add(self, ps: int, out: list[Token]) -> None:
        add_piece(self._piece(ps), ps, self.lex, out)

    def _sentence_start(self, tok: Token) -> bool:
        if tok.lead:
            if tok.lead[-1] in "\"“(-*•[":
                return True
        elif tok.ps >= 2 and self.t2[tok.ps - 2] != " ":  # the piece before is not empty
            if self.t2[tok.ps - 2] not in _ENDS:
                return False
        prev = self.word_before(tok)
        if prev is None:
            return True
        if prev[-1:] in _ENDS:
            core = prev.strip(PUNCT)
            if prev[-1] == "." and (len(core) <= 1 or core.upper() in self.lex.abbrev):
                return False
            return True
        return False

    def word_before(self, tok: Token, k: int = 1, past_lead: bool = False) -> str | None:
        """The raw k-th non-empty piece before the token's piece (None at the start of the run);
        the token's leading punctuation counts as the first unless ``past_lead``."""
        if tok.lead and not past_lead:
            if k == 1:
                return tok.lead
        t2 = self.t2
        e = tok.ps - 1  # the space that ends the piece before
        while e > 0:
            s = t2.rfind(" ", 0, e) + 1
            if s < e:
                k -= 1
                if k == 0:
                    return t2[s:e]
            e = s - 1
        return None

    def word_after(self, tok: Token) -> str | None:
        j = self._next_piece(tok.ps)
        return None if j is None else self._piece(j)

    def pieces(self):
        """(start, piece) of every non-empty piece of the run."""
        for m in _PIECE.finditer(self.t2):
            yield m.start(), m.group()

    def piece_token(self, ps: int) -> Token | None:
        """A token for a piece that was not kept (for extensions such as "HERMA MARKSMAN")."""
        tmp: list[Token] = []
        self._add(ps, tmp)
        return tmp[0] if len(tmp) == 1 else None

    def piece_token_after(self, tok: Token) -> Token | None:
        """``piece_token`` of the piece right after the token's (None when that piece is empty)."""
        e = self.t2.find(" ", tok.ps)
        if e < 0 or self.t2[e + 1:e + 2] in ("", " "):
            return None
        return self.piece_token(e + 1)


def _entry(p: str, lex: Lexicon, mode: int, cache: dict):
    e = cache.get(p)
    if e is None:
        e = cache[p] = piece_entry(p, lex, mode)
    return e


def _entries(t2: str, lex: Lexicon, mode: int, cache: dict) -> list:
    """(piece start, piece, entry) of the pieces of ``t2`` that yield something, in text order.

    What a piece yields depends on the piece alone, so it is worked out once per distinct piece
    (``cache``) and looked up afterwards (most pieces are common words).
    """
    if mode == MIXED:
        out = []
        get = cache.get
        for m in _CANDIDATE.finditer(" " + t2):
            p = m[1]
            e = get(p)
            if e is None:
                e = cache[p] = piece_entry(p, lex, mode)
            if e:
                out.append((m.start(), p, e))
        return out
    # ALL CAPS and every-word runs: any piece may be a token, so every piece is looked up.
    pieces = t2.split(" ")
    vals = list(map(cache.get, pieces))
    for i in compress(count(), map(is_, vals, repeat(None))):
        vals[i] = _entry(pieces[i], lex, mode, cache)
    offs = list(accumulate(map(len, pieces), initial=0))
    return [(offs[i] + i, pieces[i], vals[i]) for i in compress(count(), vals)]


def piece_entry(p: str, lex: Lexicon, mode: int):
    """What piece ``p`` yields, worked out from the piece alone (``Tokens`` caches it per piece).

    0 when the piece is skipped; else ``(class, templates, inline)``: class 1 or 3 for a title
    word, 2 for a word, the templates of its tokens (offsets relative to the piece) and whether a
    mixed-case sentence start is decided by the simple test (plain words) or the full one.
    """
    get = lex.piece_class.get
    if mode == EVERY:
        c = 2 if p else 0
    elif mode == CAPS:
        cc = get(p)
        c = cc if cc is not None else get(p.strip(PUNCT), 2) if p else 0
    else:
        c = 0
        if p and (p[0].isupper() or p in LOWER_PARTICLES
                  or (not p[0].isalnum() and p.lstrip(PUNCT)[:1].isupper())
                  or (p[0] in "pae" and "-" in p[:6] and p.partition("-")[2][:1].isupper())):
            c = get(p.strip(PUNCT), 2)
    if not c:
        return 0
    if c == 2 and mode != EVERY and "-" in p:
        parts = p.strip(PUNCT).split("-")
        kinds = [get(x) for x in parts]
        if len(parts) >= 2 and all(k in (1, 3) for k in kinds):
            c = 1 if 1 in kinds else 3  # "MINISTER-COUNSELOR", "Deputy-Director": a compound title
    if c != 2:
        return (c, (), False)
    w = p if p.isalpha() else p.rstrip(",.;:)\"”'’!?")
    if len(w) > 1 and w.isalpha() and w.isascii():  # the common case
        dot = poss = False
        if len(w) < len(p):
            trail = p[len(w):]
            if trail[0] == ".":
                dot = True
            elif trail[:2] in (",S", ",s") and trail[2:3] in ("", ".", ",", ")", ";", ":"):
                poss = True
        k = w.upper()
        sh = UPPER if w.isupper() else CAPITAL if w[0].isupper() else LOWER
        return (2, ((0, len(w), w, k, lex.flags(k), sh, "", poss, dot),), True)
    if w[-2:] in _POSS_TAILS and len(w) > 3 and (b := w[:-2]).isalpha() and b.isascii():
        k = b.upper()  # "Klich's"
        sh = UPPER if b.isupper() else CAPITAL if b[0].isupper() else LOWER
        return (2, ((0, len(b), b, k, lex.flags(k), sh, "", True, False),), False)
    out: list[Token] = []
    add_piece(p, 0, lex, out)
    if not out:
        return 0
    return (2, tuple((t.start, t.end, t.text, t.key, t.flags, t.shape, t.lead, t.poss, t.dot) for t in out), False)


def add_piece(p: str, base: int, lex: Lexicon, out: list[Token]) -> None:
    """Appends the tokens of piece ``p`` (starting at ``base`` in the run) to ``out``."""
    if p.isalpha():
        _word(p, base, base, "", "", lex, out)
        return
    n = len(p)
    i = 0
    while i < n and not p[i].isalnum():
        i += 1
    j = n
    while j > i and not p[j - 1].isalnum():
        j -= 1
    if i >= j:
        return
    core = p[i:j]
    if core.isalpha() or (core.translate(_INNER).isalpha() and ".." not in core):
        _word(core, base + i, base, p[:i], p[j:], lex, out)  # ("MULDOON...BEATING": two words)
        return
    if any(c.isdigit() for c in core):
        return
    # Commas or other marks inside the piece: split it with the fallback pattern.
    for m in _WORD.finditer(core):
        s, e = m.start(), m.end()
        w = m.group(0)
        if out and out[-1].ps == base and s == out[-1].end - base - i + 1 and core[s - 1] == ",":
            prev = out[-1]
            if w in ("S", "s") and (e >= len(core) or not core[e].isalnum()):
                prev.poss = True  # "POLAND,S"
                continue
            if len(prev.text) <= 3 and len(w) >= 2 and prev.shape != LOWER:
                prev.text = p[prev.start - base:i + e]  # "YAR,ADUA": comma for apostrophe
                prev.end = base + i + e
                prev.key = key(prev.text.replace(",", "'"))
                prev.flags = lex.flags(prev.key)
                prev.shape = shape(prev.text.replace(",", ""))
                continue
        lead = core[:s] if not out or out[-1].ps != base else core[s - 1:s]
        trail = core[e:e + 1] if e < len(core) else p[j:]
        _word(w, base + i + s, base, lead if s else p[:i], trail, lex, out)


def _word(w: str, start: int, ps: int, lead: str, trail: str, lex: Lexicon, out: list[Token]) -> None:
    h = w.find("-")
    if 2 <= h <= 5 and w[:h].upper() in _PREFIXES and w[h + 1:h + 2].isupper():
        start += h + 1  # "pro-Moussavi": the name is after the hyphen
        w = w[h + 1:]
    poss = False
    if len(w) > 2 and w[-2] in "'’" and w[-1] in "sS":
        w = w[:-2]
        poss = True
    elif trail[:2] in (",S", ",s") and trail[2:3] in ("", ".", ",", ")", ";", ":"):
        poss = True
    k = key(w)
    tok = Token(start, start + len(w), w, k, lex.flags(k), shape(w), ps, lead)
    tok.poss = poss
    tok.dot = trail[:1] == "." and not poss
    out.append(tok)


def joinable(a: Token, b: Token) -> bool:
    """True when b directly continues a (white space only, or the dot of an initial)."""
    if a.poss:
        return False
    sep = b.sep
    if not sep or sep == "\x00":
        return False
    s = sep.strip()
    if s == "":
        return True
    return s == "." and (a.shape == INITIAL or a.key in NAME_ABBREV)  # "J. Smith", "Wm. Burns"


def strip_punct(p: str) -> str:
    return p.strip(PUNCT)
