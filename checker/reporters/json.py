"""The JSON report described by ``schemas/report.schema.json``."""
from __future__ import annotations

import json
from collections import Counter

from checker import __version__


def document(result) -> dict:
    findings = [f.to_dict() for f in result.findings]
    # The summary comes last: a streamed report (checker.reporters.stream) writes the findings
    # as they come and the counts once they are known.
    doc = {
        "tool": {"name": "cablecheck", "version": __version__},
        "findings": findings,
        "errors": [{"path": e.path, "message": e.message} for e in result.errors],
        "summary": {
            "cables": len(result.cables),
            "findings": len(findings),
            "by_severity": dict(sorted(Counter(f["severity"] for f in findings).items())),
            "by_rule": dict(sorted(Counter(f["rule"] for f in findings).items())),
            "errors": len(result.errors),
        },
    }
    if getattr(result, "baseline", None):  # set by check --baseline (checker.cli.baseline)
        doc["summary"]["baseline"] = result.baseline
    return doc


def render(result, options=None) -> str:
    return json.dumps(document(result), indent=2, ensure_ascii=False) + "\n"
