"""Tabulated reports (``cablecheck report``): finding counts grouped by rule, file, origin, year or
classification with a totals row, or one row per finding (``--details``). Any tabulate format."""
from __future__ import annotations

from collections import Counter, defaultdict

from tabulate import tabulate

from checker.model import LEVEL_RANK

SEVERITY_COLUMNS = ("error", "warning", "review", "info")
GROUPINGS = ("rule", "file", "origin", "year", "classification")
UNKNOWN = "(unknown)"


def _cable_key(cable, by: str):
    """(sort key, label) of the group a cable belongs to."""
    if by == "file":
        return (cable.path,), cable.path
    value = cable.meta.get(by)
    if value in (None, ""):
        return (1,), UNKNOWN  # unknown sorts last
    if by == "year":
        return (0, int(value)), str(value)
    if by == "classification":
        return (0, LEVEL_RANK.get(str(value), len(LEVEL_RANK)), str(value)), str(value)
    # origin: "TEL AVIV" and "TELAVIV" (from a reference id) are one station
    return (0, "".join(str(value).split()).upper()), str(value)


def summary(result, by: str = "rule", sort: str = "key") -> tuple[list[str], list[list]]:
    """Headers and rows (the last row is the totals row)."""
    sev_counts: dict = defaultdict(Counter)
    flagged: dict = defaultdict(set)
    labels: dict = defaultdict(Counter)
    cables: Counter = Counter()
    for i, cable in enumerate(result.cables):
        if by == "rule":
            for f in cable.findings:
                key = (f.rule,)
                labels[key][(f.rule, f.name)] += 1
                sev_counts[key][f.severity] += 1
                flagged[key].add(i)
            continue
        key, label = _cable_key(cable, by)
        labels[key][label] += 1
        cables[key] += 1
        for f in cable.findings:
            sev_counts[key][f.severity] += 1
            flagged[key].add(i)
    keys = sorted(labels)
    if sort == "count":
        keys.sort(key=lambda k: -sum(sev_counts[k].values()))  # stable: ties stay in key order
    rows = []
    for k in keys:
        # the most frequent spelling names the group; on a tie the spaced one ("TEL AVIV")
        label = max(labels[k].items(), key=lambda kv: (kv[1], len(kv[0]), str(kv[0])))[0]
        counts = [sev_counts[k][s] for s in SEVERITY_COLUMNS]
        head = list(label) if by == "rule" else [label, cables[k]]
        rows.append(head + [len(flagged[k])] + counts + [sum(sev_counts[k].values())])
    total_sev = Counter(f.severity for f in result.findings)
    any_flagged = sum(1 for c in result.cables if c.findings)
    totals = [total_sev[s] for s in SEVERITY_COLUMNS]
    head = ["total", ""] if by == "rule" else ["total", len(result.cables)]
    rows.append(head + [any_flagged] + totals + [sum(total_sev.values())])
    headers = (["code", "name"] if by == "rule" else [by, "cables"]) + ["flagged", *SEVERITY_COLUMNS, "total"]
    return headers, rows


DETAIL_HEADERS = ["path", "line", "col", "code", "name", "severity", "message"]


def details(result) -> tuple[list[str], list[list]]:
    rows = [[f.path, f.line, f.column, f.rule, f.name, f.severity, f.message] for f in result.findings]
    return DETAIL_HEADERS, rows


def render(result, options=None) -> str:
    o = options or {}
    fmt = o.get("table_format") or "simple"
    if o.get("details"):
        headers, rows = details(result)
        text_columns = [0, 3, 4, 5, 6]
    else:
        by = o.get("by") or "rule"
        headers, rows = summary(result, by, o.get("sort") or "key")
        text_columns = [0, 1] if by == "rule" else [0]
    # Labels and messages stay text ("0242" is not a number); counts align as numbers.
    return tabulate(rows, headers=headers, tablefmt=fmt, disable_numparse=text_columns) + "\n"
