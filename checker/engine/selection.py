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
    """Without ``select`` the default set is every rule except the opt-in ones (``default_enabled``
    False), which need a selector of their own, as in ruff; an explicit ``ALL`` takes everything."""
    out = []
    for r in rules:
        if select:
            sel = _best(select, r)
        else:
            sel = 0 if r.default_enabled else None
        ext = _best(extend_select, r)
        if ext is not None and (sel is None or ext > sel):
            sel = ext
        if sel is None:
            continue
        ign = _best(ignore, r)
        if ign is None or sel > ign:
            out.append(r)
    return out


def _best(selectors: Sequence[str], rule: type[Rule]) -> int | None:
    return max((x for x in (_specificity(s, rule) for s in selectors) if x is not None), default=None)
