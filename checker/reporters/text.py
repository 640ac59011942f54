"""``path:line:col: CODE [severity] message``, one finding a line, then a summary line.

Coloured when ``options["color"]`` is true (the CLI decides: see ``checker.reporters.color``);
``options["summary"] = False`` leaves the summary line out (``-q``).
"""
from __future__ import annotations

from collections import Counter

from checker.reporters.color import paint


def summary_line(by_sev, n: int, cables: int, errors: int, on: bool) -> str:
    """"Found N findings (E error, ...) in C cables. K input errors." (used by the streamed writer too)."""
    parts = [paint(f"{by_sev[s]} {s}", s, on) for s in ("error", "warning", "review", "info") if by_sev[s]]
    summary = f"Found {n} finding{'s' if n != 1 else ''}"
    if parts:
        summary += " (" + ", ".join(parts) + ")"
    summary += f" in {cables} cable{'s' if cables != 1 else ''}."
    if errors:
        summary += f" {errors} input error{'s' if errors != 1 else ''}."
    return summary


def render(result, options=None) -> str:
    on = bool((options or {}).get("color"))
    out = []
    colon = paint(":", "punct", on)
    for f in result.findings:
        out.append(
            f"{paint(f.path, 'path', on)}{colon}{f.line}{colon}{f.column}{colon} "
            f"{paint(f.rule, 'code', on)} {paint(f'[{f.severity}]', f.severity, on)} {f.message}"
        )
    if (options or {}).get("summary", True):
        by_sev = Counter(f.severity for f in result.findings)
        out.append(summary_line(by_sev, sum(by_sev.values()), len(result.cables), len(result.errors), on))
    return "".join(line + "\n" for line in out)
