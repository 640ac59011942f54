"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Severity to SARIF level: error -> error, warning -> warning, review -> warning, info -> note.
A review finding (a human has to decide, e.g. a name that may need redacting) must stay visible
in code scanning, so it is a warning; SARIF's ``kind: review`` would force ``level: none``, which
viewers show least prominently. The cablecheck severity is kept in ``properties.severity``.
Columns count Unicode code points (``columnKind``), end columns are exclusive, as in SARIF.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

from checker import __version__
from checker.reporters.common import STDIN, fingerprinted, relpath, rule_table

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "review": "warning", "info": "note"}
BASE_ID = "%SRCROOT%"
MAX_SNIPPET = 200


def _descriptor(code: str, rule, fallback_name: str, severity: str) -> dict:
    if rule is None:  # e.g. E900 rule-crashed, made by the runner rather than a rule class
        return {"id": code, "name": fallback_name, "shortDescription": {"text": fallback_name},
                "defaultConfiguration": {"level": LEVELS.get(severity, "warning")}}
    doc = rule.doc()
    summary = rule.summary() or rule.name
    body = doc.split("\n", 1)[1].strip() if "\n" in doc else ""
    d = {
        "id": code,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": _section(body, "What it does") or summary},
        "help": {"text": doc or summary, "markdown": doc or summary},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning")},
        "properties": {"severity": rule.severity},
    }
    if rule.family:
        d["properties"]["tags"] = [rule.family]
    return d


def _section(doc: str, title: str) -> str:
    """The text under ``## title`` up to the next heading."""
    marker = f"## {title}"
    i = doc.find(marker)
    if i < 0:
        return ""
    rest = doc[i + len(marker):]
    j = rest.find("\n## ")
    return " ".join((rest if j < 0 else rest[:j]).split())


def _artifact(path: str, root: str) -> dict:
    if path == STDIN:
        return {"uri": quote("stdin")}
    rel = relpath(path, root)
    if rel.startswith("/") or (len(rel) > 1 and rel[1] == ":"):
        return {"uri": Path(rel).as_uri()}
    return {"uri": quote(rel), "uriBaseId": BASE_ID}


def document(result, options=None) -> dict:
    options = options or {}
    root = os.path.abspath(options.get("root") or os.getcwd())
    known = rule_table(options)
    pairs = sorted(fingerprinted(result), key=lambda p: p[0].sort_key())
    codes = sorted({f.rule for f, _ in pairs})
    index = {code: i for i, code in enumerate(codes)}
    first = {}
    for f, _ in pairs:
        first.setdefault(f.rule, f)
    rules = [_descriptor(c, known.get(c), first[c].name, first[c].severity) for c in codes]
    results = []
    for f, fp in pairs:
        region = {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column}
        if f.text and len(f.text) <= MAX_SNIPPET:  # whole paragraphs would only bloat the log
            region["snippet"] = {"text": f.text}
        props = {"severity": f.severity}
        for key in ("cable_id", "paragraph", "confidence"):
            value = getattr(f, key)
            if value is not None:
                props[key] = value
        status = getattr(f, "baseline", None)
        extra = {}
        if status:
            props["baseline"] = status
            extra["baselineState"] = "new" if status == "new" else "unchanged"
        results.append({
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": LEVELS.get(f.severity, "warning"),
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {"artifactLocation": _artifact(f.path, root), "region": region}}],
            "partialFingerprints": {"cablecheck/v1": fp},
            "properties": props,
            **extra,
        })
    notes = [{"level": "error", "message": {"text": e.message},
              "locations": [{"physicalLocation": {"artifactLocation": _artifact(e.path, root)}}]}
             for e in result.errors]
    invocation = {"executionSuccessful": not result.errors}
    if notes:
        invocation["toolExecutionNotifications"] = notes
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "cablecheck", "version": __version__, "semanticVersion": __version__,
                                "rules": rules}},
            "originalUriBaseIds": {BASE_ID: {"uri": Path(root).as_uri().rstrip("/") + "/"}},
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(result, options=None) -> str:
    return json.dumps(document(result, options), indent=2, ensure_ascii=False) + "\n"
