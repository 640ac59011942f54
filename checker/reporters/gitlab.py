"""GitLab Code Quality report (a JSON array of Code Climate style issues).

Severity: error -> critical, warning -> major, review -> minor, info -> info (blocker is unused).
The fingerprint hashes the file path with the finding's cable-level fingerprint, so it stays the
same when lines are added elsewhere and differs between two copies of one cable.
"""
from __future__ import annotations

import json

from checker.reporters.common import digest, fingerprinted, relpath

SEVERITIES = {"error": "critical", "warning": "major", "review": "minor", "info": "info"}


def document(result, options=None) -> list[dict]:
    root = (options or {}).get("root")
    issues = []
    for f, fp in sorted(fingerprinted(result), key=lambda p: p[0].sort_key()):
        path = relpath(f.path, root)
        issues.append({
            "type": "issue",
            "check_name": f"{f.rule} {f.name}",
            "description": f"{f.rule} {f.message}",
            "categories": ["Style" if f.severity == "info" else "Bug Risk"],
            "fingerprint": digest(path, fp)[:32],
            "severity": SEVERITIES.get(f.severity, "major"),
            "location": {"path": path, "lines": {"begin": f.line, "end": f.end_line}},
        })
    return issues


def render(result, options=None) -> str:
    return json.dumps(document(result, options), indent=2, ensure_ascii=False) + "\n"
