"""Named vocabularies from ``rules/vocab/*.toml`` (and any extra folders the config names).

Loaded lazily, validated against ``schemas/vocabulary.schema.json`` on first use.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from checker.rulefiles import RuleFileError, data_root, load, read_data, validate


@dataclass(frozen=True)
class Vocabulary:
    name: str
    path: str
    entries: frozenset[str]
    ordered: tuple[str, ...]
    case: str = "upper"  # upper: entries and look-ups are upper-cased; sensitive; insensitive
    mapping: dict[str, str] = field(default_factory=dict)  # substitution pairs (wrong -> right)
    description: str = ""

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        return self._key(word) in self.entries

    def _key(self, word: str) -> str:
        if self.case == "upper":
            return word.upper()
        if self.case == "insensitive":
            return word.casefold()
        return word


class Vocabularies:
    def __init__(self, extra_dirs: list[str | Path] | None = None, extra_entries: dict[str, list[str]] | None = None):
        self.dirs = [Path(d) for d in (extra_dirs or [])] + [data_root() / "vocab"]
        self.extra = extra_entries or {}
        self._cache: dict[str, Vocabulary] = {}

    def names(self) -> list[str]:
        seen = []
        for d in self.dirs:
            if d.is_dir():
                for p in sorted(d.glob("*.toml")):
                    if p.stem not in seen:
                        seen.append(p.stem)
        return seen

    def get(self, name: str) -> Vocabulary:
        v = self._cache.get(name)
        if v is None:
            v = self._cache[name] = self._load(name)
        return v

    __getitem__ = get

    def _load(self, name: str) -> Vocabulary:
        for d in self.dirs:
            p = d / f"{name}.toml"
            if p.is_file():
                data = _load_vocab(p)
                case = data.get("case", "upper")
                raw = list(data.get("entries", [])) + list(self.extra.get(name, []))
                mapping = dict(data.get("map", {}))
                norm = (lambda s: s.upper()) if case == "upper" else (lambda s: s.casefold()) if case == "insensitive" else (lambda s: s)
                return Vocabulary(
                    name=name,
                    path=str(p),
                    entries=frozenset(norm(e) for e in raw),
                    ordered=tuple(raw),
                    case=case,
                    mapping={norm(k): v for k, v in mapping.items()},
                    description=data.get("description", ""),
                )
        raise RuleFileError(f"vocabulary {name!r}: no file {name}.toml in {', '.join(map(str, self.dirs))}")


def _load_vocab(p: Path):
    """Load and validate a vocabulary; long entry lists are checked here, not item by item by
    jsonschema (same rule: non-empty strings), which keeps 100k-entry name lists fast to load."""
    data = read_data(p)
    if isinstance(data, dict) and isinstance(data.get("lines"), str):  # compact form: one entry a line
        validate({**data, "lines": ""}, "vocabulary.schema.json", p)
        lines = [e for e in map(str.strip, data["lines"].split("\n")) if e]
        return {**data, "entries": list(data.get("entries", [])) + lines}
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list) or len(entries) < 1000:
        return load(p, "vocabulary.schema.json")
    validate({**data, "entries": entries[:1]}, "vocabulary.schema.json", p)
    for i, e in enumerate(entries):
        if not isinstance(e, str) or not e:
            raise RuleFileError(f"{p}: field entries[{i}]: {e!r} is not a non-empty string")
    return data
