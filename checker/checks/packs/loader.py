"""Turns rule-pack files into rule classes the registry lists next to the coded rules."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import regex as re

from checker.checks.packs.kinds import KINDS, PackRule
from checker.rulefiles import RuleFileError, data_root, load


def bundled_pack_files() -> list[Path]:
    d = data_root() / "packs"
    return sorted(d.glob("*.toml")) if d.is_dir() else []


def _check_patterns(entry: dict, path: Path, i: int) -> None:
    fields = [("patterns", p) for p in entry.get("patterns", [])]
    fields += [(k, entry[k]) for k in ("first", "second", "skip") if k in entry]
    for name, pat in fields:
        try:
            re.compile(pat)
        except re.error as e:
            raise RuleFileError(f"{path}: field rule[{i}].{name}: invalid regular expression {pat!r}: {e}") from None


@lru_cache(maxsize=None)
def pack_rules(paths: tuple[str, ...]) -> tuple[type[PackRule], ...]:
    out = []
    for path in map(Path, paths):
        data = load(path, "rulepack.schema.json")
        for i, entry in enumerate(data["rule"]):
            _check_patterns(entry, path, i)
            base = KINDS[entry["type"]]
            cls = type(
                "Pack_" + entry["code"],
                (base,),
                {
                    "code": entry["code"],
                    "name": entry["name"],
                    "severity": entry.get("severity", "warning"),
                    "default_enabled": entry.get("default", True),
                    "spec": entry,
                    "source": f"{data['name']} ({path.name})",
                    "family": "packs",
                    "__module__": __name__,
                    "__doc__": None,
                },
            )
            out.append(cls)
    return tuple(out)
