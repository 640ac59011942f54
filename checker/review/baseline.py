"""The baseline file: known findings by fingerprint, with their review decisions.

Validated by ``schemas/baseline.schema.json``. Paths are stored relative to the baseline's
folder (``/`` separated) so the file works from any working directory; line and message are
for people reading the file and play no part in matching.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache

import regex
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.atomicfile import write_text
from checker.findings import Finding
from checker.review.fingerprint import cable_key
from checker.review.record import Decision
from checker.rulefiles import RuleFileError, schema, validate

VERSION = 1
DEFAULT_NAME = "cablecheck-baseline.json"


@dataclass
class Entry:
    fingerprint: str
    rule: str
    severity: str
    cable: str
    path: str
    line: int | None = None
    message: str = ""
    decision: Decision | None = None

    @property
    def needs_review(self) -> bool:
        return self.severity == "review"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"fingerprint": self.fingerprint, "rule": self.rule, "severity": self.severity,
                             "cable": self.cable, "path": self.path}
        if self.line is not None:
            d["line"] = self.line
        if self.message:
            d["message"] = self.message
        if self.decision is not None:
            d["decision"] = self.decision.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Entry":
        dec = d.get("decision")
        return cls(d["fingerprint"], d["rule"], d["severity"], d["cable"], d["path"], d.get("line"),
                   d.get("message", ""), Decision.from_dict(dec) if dec else None)


@dataclass
class Baseline:
    path: Path
    entries: list[Entry] = field(default_factory=list)
    # Decided entries whose finding is gone (the name was redacted, the gap fixed): kept as the
    # record of what was decided and done; never matched against findings again.
    resolved: list[Entry] = field(default_factory=list)

    @property
    def shown(self) -> str:
        """The file's path for messages: relative to the working directory when inside it."""
        return shown_path(self.path)

    @property
    def folder(self) -> Path:
        return self.path.resolve().parent

    def rel(self, path: str) -> str:
        """A finding's path as stored: relative to the baseline's folder, ``/`` separated."""
        if path.startswith("<"):  # <stdin>
            return path
        try:
            return os.path.relpath(os.path.abspath(path), self.folder).replace(os.sep, "/")
        except ValueError:  # another drive on Windows
            return os.path.abspath(path).replace(os.sep, "/")

    def resolve(self, entry: Entry) -> Path:
        return self.folder / entry.path

    def sort(self) -> None:
        self.entries.sort(key=lambda e: (e.path, e.fingerprint))
        self.resolved.sort(key=lambda e: (e.path, e.fingerprint, e.decision.at if e.decision else ""))

    def to_json(self) -> str:
        doc: dict[str, Any] = {"version": VERSION, "entries": [e.to_dict() for e in self.entries]}
        if self.resolved:
            doc["resolved"] = [e.to_dict() for e in self.resolved]
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"

    def save(self) -> None:
        self.sort()
        write_text(self.path, self.to_json())


def shown_path(path: str | Path) -> str:
    try:
        rel = os.path.relpath(os.path.abspath(path))
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


def load(path: str | Path) -> Baseline:
    """Reads and validates a baseline; ``RuleFileError`` (one line naming file and field) if unusable."""
    p = Path(path)
    if not p.is_file():
        raise RuleFileError(f"{shown_path(p)}: baseline file not found "
                            f"(create it with `cablecheck baseline PATH... -o {shown_path(p)}`)")
    try:
        text = p.read_bytes().decode("utf-8")
    except OSError as e:
        raise RuleFileError(f"{p}: cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise RuleFileError(f"{p}: not UTF-8 text (byte {e.start})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise RuleFileError(f"{p}: invalid JSON: {e}") from None
    if not quick_valid(data):  # jsonschema is the authority, and names the field
        validate(data, "baseline.schema.json", p)
    seen: dict[tuple[str, str], int] = {}
    for i, d in enumerate(data["entries"]):
        key = (d["fingerprint"], d["path"])
        if key in seen:
            raise RuleFileError(f"{p}: field entries[{i}].fingerprint: duplicate of entries[{seen[key]}]")
        seen[key] = i
    return Baseline(p, [Entry.from_dict(d) for d in data["entries"]],
                    [Entry.from_dict(d) for d in data.get("resolved", [])])


@lru_cache(maxsize=1)
def _rules() -> tuple:
    """The schema's own patterns, enums and keys, so the quick check cannot drift from it."""
    s = schema("baseline.schema.json")
    entry, dec = s["$defs"]["entry"], s["$defs"]["decision"]
    ep, dp = entry["properties"], dec["properties"]
    return (set(ep), set(entry["required"]), regex.compile(ep["fingerprint"]["pattern"]),
            ep["fingerprint"]["maxLength"], regex.compile(ep["rule"]["pattern"]), tuple(ep["severity"]["enum"]),
            ep["cable"]["maxLength"], set(dp), set(dec["required"]), tuple(dp["action"]["enum"]),
            regex.compile(dp["at"]["pattern"]))


def quick_valid(data: Any) -> bool:
    """True only for documents the schema accepts (checked in plain Python: jsonschema takes
    seconds on a baseline of tens of thousands of entries). False means "ask jsonschema"."""
    keys, required, fp, fp_max, rule, sevs, cable_max, dkeys, drequired, actions, at = _rules()
    if type(data) is not dict or not {"version", "entries"} <= data.keys() <= {"version", "entries", "resolved"}:
        return False
    if type(data["version"]) is not int or data["version"] != VERSION or type(data["entries"]) is not list:
        return False
    resolved = data.get("resolved", [])
    if type(resolved) is not list or any(type(e) is not dict or "decision" not in e for e in resolved):
        return False
    for e in data["entries"] + resolved:
        if type(e) is not dict or not required <= e.keys() or not e.keys() <= keys:
            return False
        f, c = e["fingerprint"], e["cable"]
        if type(f) is not str or len(f) > fp_max or not fp.search(f):
            return False
        if type(e["rule"]) is not str or not rule.search(e["rule"]) or e["severity"] not in sevs:
            return False
        if type(c) is not str or not 1 <= len(c) <= cable_max or type(e["path"]) is not str or not e["path"]:
            return False
        if "line" in e and (type(e["line"]) is not int or e["line"] < 1):
            return False
        if "message" in e and type(e["message"]) is not str:
            return False
        d = e.get("decision")
        if d is not None or "decision" in e:
            if type(d) is not dict or not drequired <= d.keys() or not d.keys() <= dkeys:
                return False
            if d["action"] not in actions or type(d["reviewer"]) is not str or not d["reviewer"]:
                return False
            if type(d["at"]) is not str or not at.search(d["at"]) or type(d.get("note", "")) is not str:
                return False
    return True


def entry_for(f: Finding, path: str) -> Entry:
    assert f.fingerprint, "fingerprint.assign() first"
    return Entry(f.fingerprint, f.rule, f.severity, cable_key(f), path, f.line, f.message)


def match(baseline: Baseline, findings: Iterable[tuple[Finding, str]]) -> dict[int, Entry]:
    """Pairs findings (with their stored-form path) to entries by fingerprint, each entry used once.

    An entry with the finding's own path wins; otherwise one whose file no longer exists (the
    cable was moved or renamed). A copy of a cable in a new file is new. Returns {id(finding): entry}.
    """
    entries = baseline.entries
    todo = list(findings)
    by_fp: dict[str, list[Entry]] = defaultdict(list)
    for e in entries:
        by_fp[e.fingerprint].append(e)
    used: set[int] = set()
    out: dict[int, Entry] = {}
    rest = []
    for f, path in todo:  # same path first, so a moved duplicate cannot take another file's entry
        cands = by_fp.get(f.fingerprint or "", ())
        e = next((c for c in cands if c.path == path and id(c) not in used), None)
        if e is None:
            rest.append(f)
        else:
            used.add(id(e))
            out[id(f)] = e
    gone: dict[int, bool] = {}
    for f in rest:
        e = None
        for c in by_fp.get(f.fingerprint or "", ()):
            if id(c) in used:
                continue
            if id(c) not in gone:
                gone[id(c)] = not baseline.resolve(c).exists()
            if gone[id(c)]:
                e = c
                break
        if e is not None:
            used.add(id(e))
            out[id(f)] = e
    return out


@dataclass
class Coverage:
    """What one run looked at: entries outside it are neither confirmed nor resolved by it."""

    paths: set[str]  # stored-form paths of the cables checked
    cables: set[str]  # their cable keys
    rules: set[str]  # codes of the rules that ran

    def covers(self, baseline: Baseline, e: Entry) -> bool:
        if e.rule not in self.rules:
            return False
        if e.path in self.paths:
            return True
        # A cable moved or renamed: its old file is gone but the cable was checked under a new path.
        return e.cable in self.cables and not baseline.resolve(e).exists()


@dataclass
class MergeStats:
    added: int = 0
    removed: int = 0
    kept: int = 0
    decisions_kept: int = 0
    decisions_resolved: int = 0  # decided entries whose finding is gone: moved to ``resolved``
    outside: int = 0  # entries of cables or rules this run did not check, kept as they were


def merge(old: Baseline, findings: list[tuple[Finding, str]], coverage: Coverage) -> tuple[Baseline, MergeStats]:
    """A new baseline of the current findings; decisions of matched entries carry over."""
    stats = MergeStats()
    pairs = match(old, findings)
    matched = {id(e) for e in pairs.values()}
    new = Baseline(old.path, resolved=list(old.resolved))
    for f, path in findings:
        e = entry_for(f, path)
        prev = pairs.get(id(f))
        if prev is None:
            stats.added += 1
        else:
            stats.kept += 1
            if prev.decision is not None:
                e.decision = prev.decision
                stats.decisions_kept += 1
        new.entries.append(e)
    for e in old.entries:
        if id(e) in matched:
            continue
        if coverage.covers(old, e):
            stats.removed += 1
            if e.decision is not None:
                stats.decisions_resolved += 1
                new.resolved.append(e)
        else:
            stats.outside += 1
            new.entries.append(e)
    new.sort()
    return new, stats
