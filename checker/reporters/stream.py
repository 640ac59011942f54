"""Text and JSON reports written while the run goes on, so memory stays flat on 250,000 cables.

The output is byte for byte what ``text.render`` / ``json.render`` make from the collected run
(tests/reporters/test_stream.py holds them to that). Each cable's findings are rendered where it
was checked (``prerender`` runs in the worker process, so formatting scales with ``--jobs`` and
only a string comes back); the writer appends the strings in input order and keeps counters and
the input errors only. The JSON document puts the findings before the errors and the summary, so
they go straight to the output: no temporary copy of a report that runs to gigabytes.
"""
from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from json.encoder import encode_basestring

from checker.findings import SEVERITY_RANK, Finding
from checker.reporters.color import paint
from checker.reporters.text import summary_line

# Finding.to_dict(): every field in order but the offsets, None and {} left out.
_FIELDS = tuple(f.name for f in dataclasses.fields(Finding) if f.name not in ("start", "end", "anchor"))


@dataclass(slots=True)
class Rendered:
    """One cable's findings already written out, and what the summary needs from them."""

    path: str
    text: str  # the findings' lines (text) or array items (json)
    # (rule, severity, name, number of findings), in order of first finding: counted in the worker
    counts: list[tuple[str, str, str, int]] = field(default_factory=list)
    consumed: int = 0  # for the progress bar


def _json_value(v, depth: str) -> str:
    """json.dumps(v, indent=2, ensure_ascii=False) at ``depth``, for the types findings hold."""
    if isinstance(v, str):
        return encode_basestring(v)
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return int.__repr__(v)
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            return json.dumps(v)
        return float.__repr__(v)
    inner = depth + "  "
    if isinstance(v, dict):
        if not v:
            return "{}"
        if not all(isinstance(k, str) for k in v):
            raise TypeError("non-string key")
        return "{\n" + ",\n".join(f"{inner}{encode_basestring(k)}: {_json_value(x, inner)}" for k, x in v.items()) \
            + "\n" + depth + "}"
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        return "[\n" + ",\n".join(inner + _json_value(x, inner) for x in v) + "\n" + depth + "]"
    raise TypeError(f"{type(v).__name__} is not a JSON type")


def finding_json(f: Finding, indent: str = "    ") -> str:
    """``json.dumps(f.to_dict(), indent=2, ensure_ascii=False)`` indented by ``indent``, only faster.

    The fields every finding has are written by one f-string when they have their usual types
    (a report holds tens of findings per cable, so this is a fifth of a big run's time); anything
    else takes the general path.
    """
    rule, name, severity, message, path = f.rule, f.name, f.severity, f.message, f.path
    line, column, end_line, end_column = f.line, f.column, f.end_line, f.end_column
    if not (type(rule) is type(name) is type(severity) is type(message) is type(path) is str
            and type(line) is type(column) is type(end_line) is type(end_column) is int):
        return _finding_json_general(f, indent)
    i2 = indent + "  "
    out = (f'{indent}{{\n{i2}"rule": {encode_basestring(rule)},\n{i2}"name": {encode_basestring(name)},\n'
           f'{i2}"severity": {encode_basestring(severity)},\n{i2}"message": {encode_basestring(message)},\n'
           f'{i2}"path": {encode_basestring(path)},\n{i2}"line": {line},\n{i2}"column": {column},\n'
           f'{i2}"end_line": {end_line},\n{i2}"end_column": {end_column}')
    for key, v in ((',\n' + i2 + '"text": ', f.text), (',\n' + i2 + '"paragraph": ', f.paragraph),
                   (',\n' + i2 + '"cable_id": ', f.cable_id), (',\n' + i2 + '"confidence": ', f.confidence)):
        if v is None:
            continue
        t = type(v)
        if t is str:
            out += key + encode_basestring(v)
        elif t is int or (t is float and v - v == 0):  # (inf and nan are not JSON: the general path)
            out += key + repr(v)
        else:
            return _finding_json_general(f, indent)
    evidence = f.evidence
    if evidence is not None and type(evidence) is not dict:
        return _finding_json_general(f, indent)  # ([], 0, "" are reported: only None and {} are left out)
    if evidence:
        i3 = i2 + "  "
        items = []
        for k, v in evidence.items():
            if type(k) is not str:
                return _finding_json_general(f, indent)
            tv = type(v)
            try:
                if tv is str:
                    items.append(f"{i3}{encode_basestring(k)}: {encode_basestring(v)}")
                elif tv is list and v:
                    i4 = i3 + "  "
                    try:  # a list of strings ("cues"); encode_basestring refuses anything else
                        body = (",\n" + i4).join(map(encode_basestring, v))
                    except TypeError:
                        body = (",\n" + i4).join(_json_value(x, i4) for x in v)
                    items.append(f"{i3}{encode_basestring(k)}: [\n{i4}{body}\n{i3}]")
                else:
                    items.append(f"{i3}{encode_basestring(k)}: {_json_value(v, i3)}")
            except TypeError:
                return _finding_json_general(f, indent)
        out += f',\n{i2}"evidence": {{\n' + ",\n".join(items) + "\n" + i2 + "}"
    for key, v in ((',\n' + i2 + '"fingerprint": ', f.fingerprint), (',\n' + i2 + '"baseline": ', f.baseline)):
        if v is not None:
            if type(v) is not str:
                return _finding_json_general(f, indent)
            out += key + encode_basestring(v)
    return out + "\n" + indent + "}"


def _finding_json_general(f: Finding, indent: str) -> str:
    inner = indent + "  "
    parts = []
    for name in _FIELDS:
        v = getattr(f, name)
        if v is None or v == {}:  # what Finding.to_dict() leaves out
            continue
        try:
            text = _json_value(v, inner)
        except TypeError:  # anything unusual in the evidence: the reference encoder
            text = json.dumps(f.to_dict()[name], indent=2, ensure_ascii=False).replace("\n", "\n" + inner)
        parts.append(f'{inner}"{name}": {text}')
    return indent + "{\n" + ",\n".join(parts) + "\n" + indent + "}"


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
