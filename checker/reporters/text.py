"""``path:line:col: CODE [severity] message``, one finding a line, then a summary line.

Coloured when ``options["color"]`` is true (the CLI decides: see ``checker.reporters.color``).
"""
from __future__ import annotations

from collections import Counter

from checker.reporters.color import paint


def render(result, options=None) -> str:
    on = bool((options or {}).get("color"))
    out = []
    colon = paint(":", "punct", on)
    for f in result.findings:
        out.append(
            f"{paint(f.path, 'path', on)}{colon}{f.line}{colon}{f.column}{colon} "
            f"{paint(f.rule, 'code', on)} {paint(f'[{f.severity}]', f.severity, on)} {f.message}"
        )
    by_sev = Counter(f.severity for f in result.findings)
    n = sum(by_sev.values())
    parts = [paint(f"{by_sev[s]} {s}", s, on) for s in ("error", "warning", "review", "info") if by_sev[s]]
    summary = f"Found {n} finding{'s' if n != 1 else ''}"
    if parts:
        summary += " (" + ", ".join(parts) + ")"
    summary += f" in {len(result.cables)} cable{'s' if len(result.cables) != 1 else ''}."
    if result.errors:
        summary += f" {len(result.errors)} input error{'s' if len(result.errors) != 1 else ''}."
    out.append(summary)
    return "\n".join(out) + "\n"
