"""Finds every rule class under ``checker.checks`` (no hand-kept list)."""
from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

import checker.checks as checks_pkg
from checker.checks.base import Rule
from checker.checks.packs.kinds import PackRule
from checker.checks.packs.loader import bundled_pack_files, pack_rules
from checker.rulefiles import RuleFileError


@lru_cache(maxsize=None)
def all_rules(extra_packs: tuple[str, ...] = ()) -> tuple[type[Rule], ...]:
    """Coded rules, then the bundled rule packs, then any extra pack files (config rule-packs)."""
    found = dict(_coded_rules())
    packs = tuple(str(p) for p in bundled_pack_files()) + tuple(extra_packs)
    for cls in pack_rules(packs):
        if cls.code in found:
            raise RuleFileError(f"{cls.source}: field rule code {cls.code}: already used by {found[cls.code].__module__}")
        found[cls.code] = cls
    return tuple(sorted(found.values(), key=lambda r: r.code))


@lru_cache(maxsize=1)
def _coded_rules() -> dict[str, type[Rule]]:
    found: dict[str, type[Rule]] = {}
    for info in pkgutil.walk_packages(checks_pkg.__path__, checks_pkg.__name__ + "."):
        module = importlib.import_module(info.name)
        family = info.name.split(".")[2] if info.name.count(".") >= 2 else ""
        for obj in vars(module).values():
            if isinstance(obj, type) and issubclass(obj, Rule) and obj.code and not issubclass(obj, PackRule):
                if obj.__module__ != module.__name__:
                    continue
                if obj.code in found and found[obj.code] is not obj:
                    raise RuntimeError(f"duplicate rule code {obj.code}: {found[obj.code].__module__} and {obj.__module__}")
                obj.family = family
                found[obj.code] = obj
    return found


def by_code(extra_packs: tuple[str, ...] = ()) -> dict[str, type[Rule]]:
    return {r.code: r for r in all_rules(extra_packs)}


def by_name(extra_packs: tuple[str, ...] = ()) -> dict[str, type[Rule]]:
    return {r.name: r for r in all_rules(extra_packs)}
