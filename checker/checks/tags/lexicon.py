"""What each tag on a TAGS line is (subject, program, place, organisation, person, ...), read from
the vocabularies once per cable, and the closest known tag for one that is not known."""
from __future__ import annotations

from dataclasses import dataclass

from checker.model import Cable, Tag

GEO, SUBJECT, PROGRAM, ORG, LEGACY, NAME_WORD, UNKNOWN = (
    "geo", "subject", "program", "organization", "legacy", "name-word", "unknown")
_LEGACY_UNTIL = 1995  # retired tags are fine in cables older than this


def _alnum(s: str) -> str:
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


class Lexicon:
    """The tag vocabularies as plain sets (built once per vocabulary set)."""

    def __init__(self, vocab) -> None:
        def entries(name: str) -> frozenset[str]:
            return vocab[name].entries

        self.geo = entries("country-codes")
        self.subject = entries("subject-tags")
        self.program = entries("program-tags")
        self.org = entries("organization-tags")
        self.person_codes = entries("person-tag-codes")
        self.legacy = entries("legacy-tags")
        self.fixes = vocab["tag-misspellings"].mapping
        self.persons = {_alnum(p): p for p in vocab["person-tags"].ordered}
        self.kind_of: dict[str, str] = {}
        for kind, words in ((ORG, self.org), (GEO, self.geo), (PROGRAM, self.program), (SUBJECT, self.subject)):
            for w in words:
                self.kind_of[w] = kind  # later kinds win: "EU" is a place, "UN" an organisation
        # Known codes a typo can be one edit away from (long organisation names are not typed as codes).
        self._short = frozenset(self.subject | self.program | self.geo | self.legacy
                                | {w for w in self.org if len(w) <= 8 and w.isalnum()})

    def kind(self, code: str, year: int | None) -> str:
        k = self.kind_of.get(code)
        if k is not None:
            return k
        if code in self.legacy:
            return LEGACY if year is None or year < _LEGACY_UNTIL else UNKNOWN
        if len(code) == 4 and code[0] == "K" and code.isalpha() and code not in self.fixes:
            return PROGRAM  # offices create program tags as needed: any K+3 letters but a known typo
        return UNKNOWN

    def suggest(self, code: str) -> tuple[list[str], str]:
        """Closest known tag(s) for an unknown code, and how they were found."""
        fix = self.fixes.get(code)
        if fix:
            return [fix], "known misspelling"
        split = self.split(code)
        if split:
            return [" ".join(split)], "tags run together"
        if len(code) < 3:
            return [], ""  # two-letter codes are all one letter from dozens of others
        close = sorted(w for w in _one_edit(code) if len(w) >= 3 and w in self._short)
        rank = {SUBJECT: 0, PROGRAM: 1, LEGACY: 2, GEO: 3}
        codes = sorted((w for w in close if self.kind_of.get(w) != ORG),
                       key=lambda w: (rank.get(self.kind_of.get(w, LEGACY), 2), w))
        if codes:
            return codes[:3], "one letter away"
        if close and len(code) > 4:  # short acronyms have too many near misses to suggest one
            return sorted(close)[:3], "one letter away"
        return [], ""

    def split(self, code: str) -> list[str] | None:
        """"KDEMAF" -> ["KDEM", "AF"]: a run of 4-letter subject/program tags and 2-letter places."""
        if len(code) < 6 or len(code) > 40 or not code.isalpha():
            return None
        n = len(code)
        best: list[list[str] | None] = [None] * (n + 1)
        best[0] = []
        for i in range(n):
            if best[i] is None:
                continue
            for size, ok in ((4, self._four), (2, self.geo.__contains__)):
                part = code[i:i + size]
                if len(part) == size and ok(part) and best[i + size] is None:
                    best[i + size] = best[i] + [part]
        parts = best[n]
        return parts if parts and len(parts) > 1 and any(len(p) == 4 for p in parts) else None

    def _four(self, w: str) -> bool:
        return w in self.subject or w in self.program

    def person_name(self, words: list[str]) -> str | None:
        """A known person written without parentheses ("CLINTON HILLARY", "STEINBERG JAMES")."""
        key = " ".join(words)
        found = self.persons.get(key)
        if found is None and len(words) > 1:
            longer = [v for k, v in self.persons.items() if k.startswith(key + " ")]
            found = longer[0] if len(longer) == 1 else None
        return found


_LEX: tuple[object, Lexicon] | None = None


def lexicon(ctx) -> Lexicon:
    global _LEX
    if _LEX is None or _LEX[0] is not ctx.vocab:
        _LEX = (ctx.vocab, Lexicon(ctx.vocab))
    return _LEX[1]


_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def _one_edit(w: str) -> set[str]:
    """Every string one deletion, swap of neighbours, substitution or insertion away from ``w``."""
    splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    out |= {a + c + b for a, b in splits for c in _ALPHABET}
    out.discard(w)
    return out


def cable_year(cable: Cable) -> int | None:
    """The year the cable was sent: its reference id (08GUATEMALA242), else the header DTG."""
    cid = cable.cable_id
    yy = cid[:2]
    if yy.isdigit() and len(cid) > 2 and cid[2].isalpha():
        y = int(yy)
        return 1900 + y if y >= 50 else 2000 + y
    if cable.header is not None and (dtg := cable.header.get("DTG")) is not None and "year" in dtg.fields:
        y = int(dtg.fields["year"].value)
        return 1900 + y if y >= 50 else 2000 + y
    return None


@dataclass(slots=True)
class Reading:
    """One tag with what it was found to be."""

    tag: Tag
    kind: str
    person: str | None = None  # the name, for a person tag written without parentheses


_READ: tuple[object, object, list[Reading]] | None = None


def read_tags(cable: Cable, ctx) -> list[Reading]:
    """Each tag of the cable's TAGS line with its kind (computed once per cable and vocabulary)."""
    global _READ
    tl = cable.tags
    if tl is None:
        return []
    if _READ is not None and _READ[0] is tl and _READ[1] is ctx.vocab:
        return _READ[2]
    lex = lexicon(ctx)
    year = cable_year(cable)
    out = [Reading(t, lex.kind(t.code, year)) for t in tl.tags]
    _mark_bare_names(out, lex)
    _READ = (tl, ctx.vocab, out)
    return out


def _mark_bare_names(out: list[Reading], lex: Lexicon) -> None:
    """"OVIP CLINTON HILLARY": the words after a person tag are the person's name."""
    i = 0
    while i < len(out):
        r = out[i]
        if r.kind != UNKNOWN or not r.tag.code.isalpha():
            i += 1
            continue
        j = i
        while j < len(out) and j - i < 4 and out[j].kind == UNKNOWN and out[j].tag.code.isalpha() and " " not in out[j].tag.code:
            j += 1
        words = [x.tag.code for x in out[i:j]]
        known = lex.person_name(words)
        after_code = i > 0 and out[i - 1].tag.code in lex.person_codes and out[i - 1].tag.person is None
        if (known or after_code) and len(words) >= (1 if known else 2):
            name = known or f"{words[0]}, {' '.join(words[1:])}"
            for x in out[i:j]:
                x.kind, x.person = NAME_WORD, name
        i = max(j, i + 1)
