"""``path:line:col: CODE [severity] message``, one finding a line, then a summary line."""
from __future__ import annotations

from collections import Counter


def render(result, options=None) -> str:
    out = []
    for f in result.findings:
        out.append(f"{f.path}:{f.line}:{f.column}: {f.rule} [{f.severity}] {f.message}")
    by_sev = Counter(f.severity for f in result.findings)
    n = sum(by_sev.values())
    parts = [f"{by_sev[s]} {s}" for s in ("error", "warning", "review", "info") if by_sev[s]]
    summary = f"Found {n} finding{'s' if n != 1 else ''}"
    if parts:
        summary += " (" + ", ".join(parts) + ")"
    summary += f" in {len(result.cables)} cable{'s' if len(result.cables) != 1 else ''}."
    if result.errors:
        summary += f" {len(result.errors)} input error{'s' if len(result.errors) != 1 else ''}."
    out.append(summary)
    return "\n".join(out) + "\n"
