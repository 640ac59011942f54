"""Rule selection with ruff's precedence: the most specific matching selector wins.

Selectors are ``ALL``, a code prefix (``P``, ``P00``, ``P001``) or a rule slug
(``paragraph-gap``, as specific as its full code). At equal specificity, ignore wins.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from checker.checks.base import Rule


class SelectorError(ValueError):
    pass


def _specificity(selector: str, rule: type[Rule]) -> int | None:
    s = selector.strip()
    if s.upper() == "ALL":
        return 0
    if s == rule.name:
        return len(rule.code)
    if rule.code.startswith(s.upper()) and s[:1].isalpha() and s.upper() == s.upper().strip():
        return len(s)
    return None


def validate_selectors(selectors: Iterable[str], rules: Sequence[type[Rule]], where: str) -> None:
    for s in selectors:
        if not any(_specificity(s, r) is not None for r in rules):
            raise SelectorError(f"{where}: unknown rule selector {s!r} (not a code, prefix or slug)")


def select(rules: Sequence[type[Rule]], select: Sequence[str] | None, ignore: Sequence[str] = (),
           extend_select: Sequence[str] = ()) -> list[type[Rule]]:
    chosen = list(select) if select else ["ALL"]
    chosen += list(extend_select)
    out = []
    for r in rules:
        sel = max((x for x in (_specificity(s, r) for s in chosen) if x is not None), default=None)
        if sel is None:
            continue
        ign = max((x for x in (_specificity(s, r) for s in ignore) if x is not None), default=None)
        if ign is None or sel > ign:
            out.append(r)
    return out
