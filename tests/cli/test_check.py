import io
import json
import sys

import jsonschema

from checker.cli import main
from checker.rulefiles import schema
from tests.conftest import EXAMPLE


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_format_lines(capsys):
    code, out, _ = _run(capsys, "check", "--isolated", "--select", "P001", str(EXAMPLE))
    assert code == 1
    first = out.splitlines()[0]
    assert first.startswith(f"{EXAMPLE}:63:2: P001 [error] paragraph 9 is missing")


def test_json_report_validates_against_schema(capsys):
    code, out, _ = _run(capsys, "check", "--isolated", "--format", "json", str(EXAMPLE))
    doc = json.loads(out)
    jsonschema.validate(doc, schema("report.schema.json"))
    assert doc["summary"]["findings"] == len(doc["findings"]) > 0
    f = next(x for x in doc["findings"] if x["rule"] == "P001")
    assert {"rule", "name", "severity", "line", "column", "end_line", "end_column", "message", "text", "paragraph"} <= set(f)
    assert f["text"] == "10" and f["paragraph"] == 10


def test_fail_on_and_exit_zero(capsys):
    assert _run(capsys, "check", "--isolated", "--select", "X004", str(EXAMPLE))[0] == 0
    assert _run(capsys, "check", "--isolated", "--select", "P001", "--fail-on", "error", str(EXAMPLE))[0] == 1
    assert _run(capsys, "check", "--isolated", "--select", "P001", "--exit-zero", str(EXAMPLE))[0] == 0


def test_stdin(capsys, monkeypatch, seed_text):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(seed_text.encode())))
    code, out, _ = _run(capsys, "check", "--isolated", "--select", "P001", "-")
    assert code == 1 and out.startswith("<stdin>:63:2: P001")


def test_output_file_is_written(tmp_path, capsys):
    target = tmp_path / "report.json"
    _run(capsys, "check", "--isolated", "--format", "json", "-o", str(target), str(EXAMPLE))
    assert json.loads(target.read_text())["tool"]["name"] == "cablecheck"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temp file left behind


def test_config_error_exit_2(tmp_path, capsys, monkeypatch):
    (tmp_path / "cablecheck.toml").write_text('fail-on = "never"\n')
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(capsys, "check", str(EXAMPLE))
    assert code == 2 and "cablecheck.toml: field fail-on" in err and err.count("\n") == 1


def test_config_select_applies(tmp_path, capsys, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.cablecheck]\nselect = ["P001"]\n')
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run(capsys, "check", str(EXAMPLE))
    assert {line.split()[1] for line in out.splitlines()[:-1]} == {"P001"}


def test_unknown_selector_exit_2(capsys):
    code, _, err = _run(capsys, "check", "--isolated", "--select", "Q123", str(EXAMPLE))
    assert code == 2 and "Q123" in err


def test_no_paths_exit_2(capsys):
    assert _run(capsys, "check")[0] == 2


def test_rules_catalog(capsys):
    code, out, _ = _run(capsys, "rules", "--format", "json")
    rules = json.loads(out)
    assert code == 0 and {"P001", "F001", "X001"} <= {r["code"] for r in rules}
    for r in rules:
        assert r["summary"] and "## What it does" in r["doc"] and "## Why it matters" in r["doc"], r["code"]
        assert "## Example" in r["doc"], r["code"]


def test_explain_code_slug_and_family(capsys):
    code, out, _ = _run(capsys, "explain", "P001")
    assert code == 0 and out.startswith("P001 paragraph-gap [error]") and "## Example" in out
    assert _run(capsys, "explain", "paragraph-gap")[1] == out
    code, out, _ = _run(capsys, "explain", "X")
    assert code == 0 and "X001" in out and "X006" in out
    assert _run(capsys, "explain", "Z999")[0] == 2
