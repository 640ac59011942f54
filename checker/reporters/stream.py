"""Text and JSON reports written while the run goes on, so memory stays flat on 250,000 cables.

The output is byte for byte what ``text.render`` / ``json.render`` make from the collected run
(tests/reporters/test_stream.py holds them to that). Each cable's findings are rendered where it
was checked (``prerender`` runs in the worker process, so formatting scales with ``--jobs`` and
only a string comes back); the writer appends the strings in input order and keeps counters and
the input errors only. The JSON document puts the findings before the errors and the summary, so
they go straight to the output: no temporary copy of a report that runs to gigabytes.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from checker.findings import SEVERITY_RANK, Finding
from checker.reporters.color import paint
from checker.reporters.json_item import finding_json
from checker.reporters.text import summary_line



@dataclass(slots=True)
class Rendered:
    """One cable's findings already written out, and what the summary needs from them."""

    path: str
    text: str  # the findings' lines (text) or array items (json)
    # (rule, severity, name, number of findings), in order of first finding: counted in the worker
    counts: list[tuple[str, str, str, int]] = field(default_factory=list)
    consumed: int = 0  # for the progress bar


def finding_line(f: Finding, on: bool) -> str:
    colon = paint(":", "punct", on)
    return (f"{paint(f.path, 'path', on)}{colon}{f.line}{colon}{f.column}{colon} "
            f"{paint(f.rule, 'code', on)} {paint(f'[{f.severity}]', f.severity, on)} {f.message}\n")


def prerender(result, fmt: str, color: bool = False) -> Rendered:
    """A CableResult to its part of the report (runs in the worker); anything else unchanged."""
    findings = getattr(result, "findings", None)
    if findings is None:
        return result
    if fmt == "json":
        text = ",\n".join(finding_json(f) for f in findings)
    elif fmt == "text":
        text = "".join(finding_line(f, color) for f in findings)
    else:  # statistics: counts only
        text = ""
    counts = Counter([(f.rule, f.severity, f.name) for f in findings])
    return Rendered(result.path, text, [(r, s, n, c) for (r, s, n), c in counts.items()],
                    getattr(result, "consumed", 0))


class Tally:
    """What the exit code and the summary need: counts, the input errors, the worst severity."""

    def __init__(self):
        self.cables = 0
        self.findings = 0
        self.by_severity: Counter = Counter()
        self.by_rule: Counter = Counter()
        self.by_rule_name: Counter = Counter()
        self.errors: list = []
        self.worst = -1

    def add(self, counts) -> None:
        for rule, severity, name, n in counts:
            self.findings += n
            self.by_severity[severity] += n
            self.by_rule[rule] += n
            self.by_rule_name[rule, name] += n
            self.worst = max(self.worst, SEVERITY_RANK.get(severity, -1))


class _Counted:
    """Stands in for RunResult where only ``len(result.cables)`` and the errors are read."""

    def __init__(self, tally: Tally):
        self.cables = range(tally.cables)
        self.findings: list = []
        self.errors = tally.errors


def _rendered(items: Iterable, tally: Tally, fmt: str, color: bool, on_error):
    for item in items:
        if not isinstance(item, Rendered):
            if getattr(item, "findings", None) is None:  # an input error
                tally.errors.append(item)
                if on_error is not None:
                    on_error(item)
                continue
            item = prerender(item, fmt, color)
        tally.cables += 1
        tally.add(item.counts)
        yield item


def write_text(items: Iterable, out, options: dict | None = None, on_error=None) -> Tally:
    """``items``: CableResult, Rendered (from ``prerender(..., "text", color)``) or InputError."""
    on = bool((options or {}).get("color"))
    tally = Tally()
    for r in _rendered(items, tally, "text", on, on_error):
        if r.text:
            out.write(r.text)
    if (options or {}).get("summary", True):
        out.write(summary_line(tally.by_severity, tally.findings, tally.cables, len(tally.errors), on) + "\n")
    return tally


def write_json(items: Iterable, out, options: dict | None = None, on_error=None) -> Tally:
    """``items``: CableResult, Rendered (from ``prerender(..., "json")``) or InputError."""
    from checker.reporters import json as json_reporter

    tally = Tally()
    marker = '\n  "findings": [],\n'  # the findings key, one level in, right after "tool"

    def rendered_doc() -> str:
        doc = json_reporter.document(_Counted(tally))
        doc["summary"].update(findings=tally.findings, by_severity=dict(sorted(tally.by_severity.items())),
                              by_rule=dict(sorted(tally.by_rule.items())))
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"

    head = rendered_doc()
    cut = head.index(marker) + len('\n  "findings": [')
    out.write(head[:cut])  # what comes before the findings does not depend on the run
    first = True
    for r in _rendered(items, tally, "json", False, on_error):
        if r.text:
            out.write("\n" if first else ",\n")
            out.write(r.text)
            first = False
    if not first:
        out.write("\n  ")
    text = rendered_doc()
    out.write(text[text.index(marker) + len('\n  "findings": ['):])
    return tally


class _Named:
    __slots__ = ("rule", "name")

    def __init__(self, rule: str, name: str):
        self.rule, self.name = rule, name


class _Counts:
    """Stands in for RunResult in ``statistics.render``: one stand-in finding per count."""

    def __init__(self, tally: Tally):
        self.tally = tally

    @property
    def findings(self):
        for (rule, name), n in self.tally.by_rule_name.items():
            one = _Named(rule, name)
            for _ in range(n):
                yield one


def write_statistics(items: Iterable, out, options: dict | None = None, on_error=None, as_json: bool = False) -> Tally:
    """``check --statistics``: per-rule counts, as ``statistics.render`` / ``render_json`` print them."""
    from checker.reporters import statistics

    tally = Tally()
    for _ in _rendered(items, tally, "statistics", False, on_error):
        pass
    out.write((statistics.render_json if as_json else statistics.render)(_Counts(tally), options))
    return tally


WRITERS = {"text": write_text, "json": write_json}
