"""Streamed text and JSON reports are byte for byte the rendered ones (big runs use them)."""
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.engine.session import Checker, Settings
from checker.reporters import json as json_reporter
from checker.reporters import stream
from checker.reporters import text as text_reporter


@pytest.fixture(scope="module")
def items(tmp_path_factory, request):
    seed = (request.config.rootpath / "examples" / "08GUATEMALA242.txt").read_text(encoding="utf-8")
    d = tmp_path_factory.mktemp("stream")
    (d / "a.txt").write_text(seed, encoding="utf-8")
    (d / "b.txt").write_text(seed.replace("¶4.", "¶40.") + "\nquote \" and ünïcode\n", encoding="utf-8")
    (d / "c.txt").write_text("UNCLAS MADRID 000001\n\n1. (U) Clean.\n", encoding="utf-8")
    paths = [str(d / "a.txt"), str(d / "missing.txt"), str(d / "b.txt"), str(d / "c.txt")]
    return list(Checker(Settings(jobs=1)).results(paths))


def collected(items):
    from checker.engine.session import RunResult
    from checker.readers import InputError

    r = RunResult()
    for i in items:
        (r.errors if isinstance(i, InputError) else r.cables).append(i)
    return r


@pytest.mark.parametrize("color", [False, True])
def test_text_stream_equals_render(items, color):
    out = io.StringIO()
    tally = stream.write_text(iter(items), out, {"color": color})
    assert out.getvalue() == text_reporter.render(collected(items), {"color": color})
    assert tally.cables == 3 and len(tally.errors) == 1 and tally.findings > 2


def test_json_stream_equals_render(items):
    seen = []
    out = io.StringIO()
    tally = stream.write_json(iter(items), out, {}, on_error=seen.append)
    assert out.getvalue() == json_reporter.render(collected(items))
    assert json.loads(out.getvalue())["summary"]["findings"] == tally.findings > 2
    assert [e.path for e in seen] == [e.path for e in tally.errors] and len(seen) == 1


def test_empty_runs(items):
    from dataclasses import replace

    clean = [replace(i, findings=[]) for i in items if hasattr(i, "findings")]
    for writer, reporter in ((stream.write_json, json_reporter), (stream.write_text, text_reporter)):
        out = io.StringIO()
        writer(iter(clean), out, {})
        assert out.getvalue() == reporter.render(collected(clean), {})


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_prerendered_items_give_the_same_report(items, fmt):
    # What the CLI does: each result rendered where it was checked, then written in order.
    reporter = {"text": text_reporter, "json": json_reporter}[fmt]
    pre = [stream.prerender(i, fmt, False) for i in items]
    assert any(isinstance(p, stream.Rendered) for p in pre)
    out = io.StringIO()
    stream.WRITERS[fmt](iter(pre), out, {})
    assert out.getvalue() == reporter.render(collected(items), {})


def test_finding_json_matches_json_dumps_of_to_dict(items):
    from checker.findings import Finding

    fs = [f for i in items for f in getattr(i, "findings", [])]
    fs.append(Finding("X001", "x", "info", 'a "quoted"\nmessage ü', "p", 1, 1, 1, 2, text="t\u2028", confidence=0.5,
                      evidence={"list": [1, "a", None], "nested": {"k": (1, 2)}, "empty": {}, "flag": True}))
    from collections import OrderedDict

    fs.append(Finding("X002", "y", "info", "m", "p", 2, 1, 2, 3, paragraph=0, evidence=OrderedDict()))
    for f in fs:
        want = "\n".join("    " + line for line in json.dumps(f.to_dict(), indent=2, ensure_ascii=False).split("\n"))
        assert stream.finding_json(f) == want


def test_finding_json_unusual_evidence_falls_back_to_the_json_module():
    from dataclasses import dataclass

    from checker.findings import Finding

    @dataclass
    class Point:
        x: int

    for ev in ({1: "int key", 2.5: "float key"}, {"p": Point(3)}, {"nan": float("nan"), "big": 1e300}):
        f = Finding("X001", "x", "info", "m", "p", 1, 1, 1, 2, evidence=ev)
        want = "\n".join("    " + line for line in json.dumps(f.to_dict(), indent=2, ensure_ascii=False).split("\n"))
        assert stream.finding_json(f) == want


@pytest.mark.parametrize("as_json", [False, True])
def test_statistics_stream_equals_render(items, as_json):
    from checker.reporters import statistics

    pre = [stream.prerender(i, "statistics") for i in items]
    out = io.StringIO()
    tally = stream.write_statistics(iter(pre), out, {}, as_json=as_json)
    want = (statistics.render_json if as_json else statistics.render)(collected(items), {})
    assert out.getvalue() == want and tally.findings > 2


_json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=8))
_json_tree = st.recursive(_json_leaf, lambda kids: st.one_of(st.lists(kids, max_size=3), st.tuples(kids),
                                                            st.dictionaries(st.text(max_size=4), kids, max_size=3)),
                          max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.none(), st.text(max_size=10), st.integers()),
       paragraph=st.one_of(st.none(), st.integers(), st.booleans()),
       confidence=st.one_of(st.none(), st.floats(), st.integers()),
       evidence=st.one_of(st.dictionaries(st.one_of(st.text(max_size=6), st.integers()), _json_tree, max_size=4),
                          _json_tree, st.just([]), st.just(()), st.just(0), st.just(""), st.just(False)),
       rule=st.one_of(st.just("R002"), st.integers(), st.none()),
       line=st.one_of(st.integers(min_value=1), st.booleans()),
       baseline=st.one_of(st.none(), st.text(max_size=5)))
def test_finding_json_fast_path_matches_json_dumps(text, paragraph, confidence, evidence, rule, line, baseline):
    from checker.findings import Finding

    f = Finding(rule, "personal-name", "review", "m \"q\" \u2028", "p.csv:ID", line, 3, 4, 5, text=text,
                paragraph=paragraph, cable_id="ID", confidence=confidence, evidence=evidence, baseline=baseline)
    want = "\n".join("    " + x for x in json.dumps(f.to_dict(), indent=2, ensure_ascii=False).split("\n"))
    assert stream.finding_json(f) == want
