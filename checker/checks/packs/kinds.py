"""The six declarative rule types. Each pack entry becomes a subclass of one of these.

User patterns may be hostile, so every match runs under the ``regex`` module's timeout; a
pattern that times out yields one warning finding instead of hanging the run.
"""
from __future__ import annotations

from typing import Any, ClassVar

import regex as re

from checker.checks.base import Rule
from checker.model import Span

TIMEOUT = 0.25  # seconds per pattern per text
# IGNORECASE also matches i with İ and I with ı, which casefold() keeps apart: both become i.
_DOTTED_I = str.maketrans({"\u0130": "i", "\u0131": "i"})


# What compile_words' boundaries ``(?<![\w-])`` / ``(?![\w-])`` refuse next to a word, ASCII only:
# a pre-check that counts fewer characters as word characters than the regex never misses a match.
_WORD_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")


def bounded(text: str, word: str) -> bool:
    """``word`` occurs in ``text`` with no ASCII letter, digit, ``_`` or ``-`` right around it."""
    n = len(word)
    i = text.find(word)
    while i >= 0:
        if (i == 0 or text[i - 1] not in _WORD_ASCII) and text[i + n:i + n + 1] not in _WORD_ASCII:
            return True
        i = text.find(word, i + 1)
    return False


def fold(s: str) -> str:
    """Case-folded so that whatever an IGNORECASE literal matches, folded, contains the folded literal."""
    if s.isascii():
        return s.lower()  # the same as casefold() on ASCII, and faster
    if "\u0130" in s or "\u0131" in s:
        s = s.translate(_DOTTED_I)  # str.translate is slow: only when needed
    return s.casefold()


def compile_words(tokens: list[str], ignorecase: bool) -> re.Pattern:
    """Literal tokens as one alternation on word boundaries (longest first)."""
    alts = "|".join(re.escape(t) for t in sorted(set(tokens), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE if ignorecase else 0)


def compile_patterns(spec: dict[str, Any]) -> re.Pattern | None:
    ic = spec.get("ignorecase", False)
    parts = []
    if spec.get("tokens"):
        parts.append(compile_words(spec["tokens"], ic).pattern)
    parts += [f"(?:{p})" for p in spec.get("patterns", [])]
    if not parts:
        return None
    return re.compile("|".join(parts), re.IGNORECASE if ic else 0)


class PackRule(Rule):
    spec: ClassVar[dict[str, Any]] = {}
    source: ClassVar[str] = ""
    kind: ClassVar[str] = ""
    describe: ClassVar[str] = ""

    @classmethod
    def summary(cls) -> str:
        return cls.spec["summary"]

    @classmethod
    def doc(cls) -> str:
        s = cls.spec
        what = cls.describe
        return (f"{s['summary']}\n\n## What it does\n{what} (declarative `{s['type']}` rule from "
                f"`{cls.source}`).\n\n## Why it matters\n{s['why']}\n\n## Example\n{s['example']}")

    def texts(self, cable):
        """(text, to_span) pairs for the rule's scope."""
        if self.spec.get("scope", "body") == "lines":
            kinds = set(self.spec.get("line-kinds", []))
            for ln in cable.lines:
                if not ln.blank and (not kinds or ln.kind in kinds):
                    yield ln.text, (lambda s, e, base=ln.start: Span(base + s, base + e))
        elif cable.body_end > cable.body_start:
            # The body as one text: one regex scan per cable; line breaks are plain white space.
            base = cable.body_start
            yield cable.text[base:cable.body_end], (lambda s, e: Span(base + s, base + e))

    _literals: ClassVar[tuple[str, ...] | None] = None

    @classmethod
    def literals(cls) -> tuple[str, ...]:
        """Literal words every match must contain; empty when the rule has free patterns."""
        if cls._literals is None:
            s = cls.spec
            if s.get("patterns") or s["type"] in ("occurrence", "repetition", "conditional"):
                words: list[str] = []
            else:
                words = list(s.get("tokens", [])) + list(s.get("swap", {})) + [w for g in s.get("either", []) for w in g]
            cls._literals = tuple(fold(w) for w in words)
        return cls._literals

    _fold: ClassVar[tuple[str, str]] = ("", "")  # (cable text, fold(text)), shared by the pack's rules

    @staticmethod
    def folded(cable) -> str:
        """The cable's text case-folded, worked out once per cable for all pack rules."""
        src, folded = PackRule._fold
        if src is not cable.text:
            folded = fold(cable.text)
            PackRule._fold = (cable.text, folded)
        return folded

    def absent(self, cable) -> bool:
        """Cheap pre-check: none of the rule's literal words occurs as a word anywhere in the cable.

        (A substring test alone passes most cables: NOFOR is in every NOFORN.)
        """
        lits = self.literals()
        if not lits:
            return False
        folded = self.folded(cable)
        return not any(bounded(folded, w) for w in lits)

    def matches(self, cable, pattern):
        """(match, span) for every match in scope; stops with a timeout marker on a runaway pattern."""
        if self.absent(cable):
            return
        if self.spec.get("scope", "body") == "lines" and self.literals():
            # Literal words on word boundaries: one scan of the whole cable finds every line's
            # matches (and more), so no match there means none on any line.
            try:
                if pattern.search(cable.text, timeout=TIMEOUT) is None:
                    return
            except TimeoutError:
                pass
        for text, to_span in self.texts(cable):
            try:
                for m in pattern.finditer(text, timeout=TIMEOUT):
                    if m.end() > m.start():
                        yield m, to_span(m.start(), m.end())
            except TimeoutError:
                yield None, to_span(0, 0)
                return

    def timed_out(self, cable, span):
        return self.finding(cable, span, f"pattern of {self.code} timed out on this cable; rule skipped",
                            severity="warning", text="", evidence={"timeout_seconds": TIMEOUT})

    _skip = None

    def allowed(self, word: str) -> bool:
        """Matches listed in ``exceptions`` or fully matching ``skip`` are never reported."""
        exc = self.spec.get("exceptions")
        if exc and fold(word) in {fold(e) for e in exc}:
            return True
        if "skip" in self.spec:
            if type(self)._skip is None:
                type(self)._skip = re.compile(self.spec["skip"])
            return type(self)._skip.fullmatch(word, timeout=TIMEOUT) is not None
        return False

    def say(self, **kw) -> str:
        try:
            return self.spec["message"].format(**kw)
        except (KeyError, IndexError, ValueError):
            return self.spec["message"]


class Existence(PackRule):
    describe = "Reports every occurrence of the listed words or patterns"

    def check(self, cable, ctx):
        pat = self.compiled()
        for m, span in self.matches(cable, pat):
            if m is None:
                yield self.timed_out(cable, span)
                return
            if not self.allowed(m.group(0)):
                yield self.finding(cable, span, self.say(match=m.group(0)), evidence={"pack": self.source})

    _pat = None

    @classmethod
    def compiled(cls):
        if cls._pat is None:
            cls._pat = compile_patterns(cls.spec)
        return cls._pat


class Substitution(PackRule):
    describe = "Reports a known wrong form and suggests its right form"

    _pat = None
    _map: ClassVar[dict[str, str]] = {}

    @classmethod
    def compiled(cls):
        if cls._pat is None:
            ic = cls.spec.get("ignorecase", False)
            cls._pat = compile_words(list(cls.spec["swap"]), ic)
            cls._map = {(fold(k) if ic else k): v for k, v in cls.spec["swap"].items()}
        return cls._pat

    def check(self, cable, ctx):
        pat = self.compiled()
        ic = self.spec.get("ignorecase", False)
        for m, span in self.matches(cable, pat):
            if m is None:
                yield self.timed_out(cable, span)
                return
            key = fold(m.group(0)) if ic else m.group(0)
            right = self._map.get(key, "")
            yield self.finding(cable, span, self.say(match=m.group(0), replacement=right),
                               evidence={"pack": self.source, "replacement": right})


class Occurrence(PackRule):
    describe = "Counts matches in scope and reports when the count is above `max` or below `min`"

    _pat = None

    @classmethod
    def compiled(cls):
        if cls._pat is None:
            cls._pat = compile_patterns(cls.spec) or re.compile(r"\S++")
        return cls._pat

    def check(self, cable, ctx):
        spans = []
        for m, span in self.matches(cable, self.compiled()):
            if m is None:
                yield self.timed_out(cable, span)
                return
            spans.append(span)
        hi, lo = self.spec.get("max"), self.spec.get("min")
        n = len(spans)
        if hi is not None and n > hi:
            yield self.finding(cable, Span(spans[hi].start, spans[-1].end), self.say(count=n, limit=hi),
                               evidence={"count": n, "max": hi})
        elif lo is not None and n < lo and any(True for _ in self.texts(cable)):
            first = next(iter(self.texts(cable)))
            span = first[1](0, 0)
            yield self.finding(cable, span, self.say(count=n, limit=lo), text="", evidence={"count": n, "min": lo})


class Repetition(PackRule):
    describe = "Reports a token repeated back to back (`the the`)"

    _pat = None

    @classmethod
    def compiled(cls):
        if cls._pat is None:
            unit = compile_patterns(cls.spec)
            unit_src = unit.pattern if unit is not None else r"\w++"
            flags = re.IGNORECASE if cls.spec.get("ignorecase", False) else 0
            # The backreference keeps the scan inside the regex engine: no Python loop per word.
            cls._pat = re.compile(rf"\b(?P<rep>{unit_src})\s++(?P=rep)\b", flags)
        return cls._pat

    def check(self, cable, ctx):
        for m, span in self.matches(cable, self.compiled()):
            if m is None:
                yield self.timed_out(cable, span)
                return
            word = m.group("rep")
            if not self.allowed(word):
                yield self.finding(cable, span, self.say(match=word), evidence={"pack": self.source})


class Consistency(PackRule):
    describe = "Reports spellings of the same term that are mixed within one cable (`either` groups)"

    _pat = None
    _where: ClassVar[dict[str, tuple[int, int]]] = {}  # folded spelling -> (group, variant)

    @classmethod
    def compiled(cls):
        if cls._pat is None:
            ic = cls.spec.get("ignorecase", False)
            where = {}
            for g, group in enumerate(cls.spec["either"]):
                for v, word in enumerate(group):
                    where.setdefault(fold(word) if ic else word, (g, v))
            cls._where = where
            cls._pat = compile_words([w for group in cls.spec["either"] for w in group], ic)
        return cls._pat

    def absent(self, cable) -> bool:
        """Only a group with two of its spellings in the cable can be reported (a substring test each)."""
        folded = self.folded(cable)
        return not any(sum(bounded(folded, w) for w in group) >= 2 for group in self.folded_groups())

    _groups: ClassVar[tuple[tuple[str, ...], ...] | None] = None

    @classmethod
    def folded_groups(cls) -> tuple[tuple[str, ...], ...]:
        if cls._groups is None:
            cls._groups = tuple(tuple(fold(w) for w in group) for group in cls.spec["either"])
        return cls._groups

    def check(self, cable, ctx):
        ic = self.spec.get("ignorecase", False)
        hits: dict[int, dict[int, list]] = {}
        for m, span in self.matches(cable, self.compiled()):
            if m is None:
                yield self.timed_out(cable, span)
                return
            word = m.group(0)
            g, v = self._where[fold(word) if ic else word]
            hits.setdefault(g, {}).setdefault(v, []).append((span, word))
        for g, variants in sorted(hits.items()):
            if len(variants) < 2:
                continue
            group = self.spec["either"][g]
            counts = {v: len(items) for v, items in variants.items()}
            major = max(counts, key=lambda v: (counts[v], -v))
            for v, items in sorted(variants.items()):
                if v == major:
                    continue
                for span, word in items:
                    yield self.finding(cable, span, self.say(match=word, other=group[major]),
                                       evidence={"pack": self.source, "preferred": group[major],
                                                 "counts": {group[k]: n for k, n in counts.items()}})


class Conditional(PackRule):
    describe = "Reports a match of `first` when `second` does not occur anywhere in scope"

    _pats: ClassVar[tuple] = ()

    @classmethod
    def compiled(cls):
        if not cls._pats:
            flags = re.IGNORECASE if cls.spec.get("ignorecase", False) else 0
            cls._pats = (re.compile(cls.spec["first"], flags), re.compile(cls.spec["second"], flags))
        return cls._pats

    def check(self, cable, ctx):
        first, second = self.compiled()
        firsts = []
        for m, span in self.matches(cable, first):
            if m is None:
                yield self.timed_out(cable, span)
                return
            firsts.append((m, span))
        if not firsts:
            return
        for m, span in self.matches(cable, second):
            if m is None:
                yield self.timed_out(cable, span)
            return  # second present (or timed out): nothing to report
        m, span = firsts[0]
        yield self.finding(cable, span, self.say(first=m.group(0)), evidence={"pack": self.source})


KINDS = {
    "existence": Existence,
    "substitution": Substitution,
    "occurrence": Occurrence,
    "repetition": Repetition,
    "consistency": Consistency,
    "conditional": Conditional,
}
