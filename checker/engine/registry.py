"""Finds every rule class under ``checker.checks`` (no hand-kept list)."""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

import checker.checks as checks_pkg
from checker.checks.base import Rule


@lru_cache(maxsize=1)
def all_rules() -> tuple[type[Rule], ...]:
    found: dict[str, type[Rule]] = {}
    for info in pkgutil.walk_packages(checks_pkg.__path__, checks_pkg.__name__ + "."):
        module = importlib.import_module(info.name)
        family = info.name.split(".")[2] if info.name.count(".") >= 2 else ""
        for obj in vars(module).values():
            if isinstance(obj, type) and issubclass(obj, Rule) and obj is not Rule and obj.code:
                if obj.__module__ != module.__name__:
                    continue
                if obj.code in found and found[obj.code] is not obj:
                    raise RuntimeError(f"duplicate rule code {obj.code}: {found[obj.code].__module__} and {obj.__module__}")
                obj.family = family
                found[obj.code] = obj
    return tuple(sorted(found.values(), key=lambda r: r.code))


def by_code() -> dict[str, type[Rule]]:
    return {r.code: r for r in all_rules()}


def by_name() -> dict[str, type[Rule]]:
    return {r.name: r for r in all_rules()}
