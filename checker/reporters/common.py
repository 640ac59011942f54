"""Helpers the CI reporters share: relative paths, rule lookup, stable fingerprints."""
from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Iterator

from checker.findings import Finding
from checker.review.fingerprint import cable_key, text_hash

STDIN = "<stdin>"


def relpath(path: str, root: str | None = None) -> str:
    """``path`` relative to ``root`` (the working folder) with ``/`` separators when inside it."""
    if path == STDIN:
        return path
    root = os.path.abspath(root or os.getcwd())
    full = os.path.abspath(path)
    try:
        rel = os.path.relpath(full, root)
    except ValueError:  # another drive on Windows
        return full.replace("\\", "/")
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return full.replace("\\", "/")
    return rel.replace("\\", "/")


def rule_table(options: dict | None) -> dict:
    """code -> rule class: the session's rules when the CLI passes them, else the registry."""
    rules = (options or {}).get("rules")
    if rules:
        return {r.code: r for r in rules}
    from checker.engine import registry

    return registry.by_code()


def fingerprinted(result) -> Iterator[tuple[Finding, str]]:
    """Every finding with a fingerprint that survives edits elsewhere in its cable.

    The baseline's fingerprint when one was set (checker.review), else the same recipe computed
    here without touching the finding: rule, cable, hash of the offending text, occurrence index.
    """
    for cable in result.cables:
        seen: Counter = Counter()
        for f in sorted(cable.findings, key=lambda f: (f.start, f.end, f.line, f.column, f.rule)):
            fp = getattr(f, "fingerprint", None)
            if not fp:
                base = f"{f.rule}:{cable_key(f)}:{text_hash(f)}"
                fp = f"{base}:{seen[base]}"
                seen[base] += 1
            yield f, fp


def digest(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()
