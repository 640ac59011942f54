"""One finding as an item of the JSON report's array: ``json.dumps(f.to_dict(), indent=2)``, faster.

A big run renders tens of findings per cable, so this is compiled with mypyc (setup.py) and the
common case is one f-string; tests/reporters/test_stream.py holds it to the json module's output.
"""
from __future__ import annotations

import dataclasses
import json
from json.encoder import encode_basestring
from typing import Any

from checker.findings import Finding

# Finding.to_dict(): every field in order but the offsets, None and {} left out.
_FIELDS = tuple(f.name for f in dataclasses.fields(Finding) if f.name not in ("start", "end", "anchor"))


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
    optional: tuple[tuple[str, Any], ...] = (
        (',\n' + i2 + '"text": ', f.text), (',\n' + i2 + '"paragraph": ', f.paragraph),
        (',\n' + i2 + '"cable_id": ', f.cable_id), (',\n' + i2 + '"confidence": ', f.confidence))
    for key, v in optional:
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
