"""A finding's identity in a baseline, stable under edits elsewhere in the cable.

``RULE:CABLE:HASH:N``: the rule code, the cable id, a hash of the normalised offending text
together with the words around it (``Finding.anchor``), and the index of this (rule, cable, hash)
among its occurrences in the cable. No line numbers or times, so inserting lines above a finding
does not change it; the surrounding words, not the order of occurrence, tell two mentions of the
same name apart, so redacting one mention leaves the other's identity (and decision) alone. An
edit right next to a finding makes it a new one, to be looked at again.
"""
from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Iterable

import regex

from checker.findings import Finding

# Line numbers in a message must not leak into the identity of a finding without text.
_LINE_REF = regex.compile(r"\b(lines?) \d{1,9}+(?:(?:, | and |-)\d{1,9}+){0,50}+")
_UNSAFE = regex.compile(r"[\s:]")
MAX_CABLE_KEY = 120


def normalise(text: str) -> str:
    """Whitespace collapsed, case folded, NFC: the same words hash the same."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def subject(f: Finding) -> str:
    """What the hash covers: the offending text, or the message (line refs masked) when empty."""
    if f.text and f.text.strip():
        return f.text
    return _LINE_REF.sub(r"\1 #", f.message)


def text_hash(f: Finding) -> str:
    return hashlib.sha256((normalise(subject(f)) + "\n" + f.anchor).encode("utf-8")).hexdigest()[:16]


def cable_key(f: Finding) -> str:
    return cable_key_of(f.cable_id, f.path)


def cable_key_of(cable_id: str | None, path: str) -> str:
    """The cable id, or the file name without extension; safe to embed in a fingerprint."""
    key = cable_id or path.replace("\\", "/").rsplit("/", 1)[-1].rsplit(".", 1)[0] or "cable"
    key = _UNSAFE.sub("_", key)
    if len(key) > MAX_CABLE_KEY:
        key = key[:100] + "~" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]
    return key


def assign(findings: Iterable[Finding]) -> list[Finding]:
    """Sets ``fingerprint`` on each finding of one cable (or file), in text order; returns them."""
    ordered = sorted(findings, key=lambda f: (f.start, f.end, f.line, f.column, f.rule))
    seen: Counter = Counter()
    for f in ordered:
        base = f"{f.rule}:{cable_key(f)}:{text_hash(f)}"
        f.fingerprint = f"{base}:{seen[base]}"
        seen[base] += 1
    return ordered
