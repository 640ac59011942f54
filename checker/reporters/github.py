"""GitHub Actions workflow commands: one ``::error file=...,line=...::message`` line per finding.

error -> error, warning and review -> warning, info -> notice (see sarif.py for why review warns).
"""
from __future__ import annotations

from checker.reporters.common import relpath

COMMANDS = {"error": "error", "warning": "warning", "review": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def line(f, root: str | None = None) -> str:
    props = [
        ("file", relpath(f.path, root)),
        ("line", str(f.line)),
        ("col", str(f.column)),
        ("endLine", str(f.end_line)),
        ("endColumn", str(f.end_column)),
        ("title", f"{f.rule} {f.name}"),
    ]
    joined = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{COMMANDS.get(f.severity, 'warning')} {joined}::{escape_data(f.message)}"


def render(result, options=None) -> str:
    root = (options or {}).get("root")
    out = [line(f, root) for f in result.findings]
    out += [f"::error file={escape_property(relpath(e.path, root))},title=input error::{escape_data(e.message)}"
            for e in result.errors]
    return "".join(s + "\n" for s in out)
