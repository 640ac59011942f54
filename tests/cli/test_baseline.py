import json

import jsonschema
import pytest

from checker.cli import main
from checker.rulefiles import schema, validate
from tests.review.cables import REVIEW_CONFIG, cable


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cables").mkdir()
    (tmp_path / "cables" / "08A1.txt").write_text(cable(1, 2, 4, 5), encoding="utf-8")
    (tmp_path / "cables" / "08B2.txt").write_text(cable(1, 2, 3), encoding="utf-8")
    return tmp_path


def test_baseline_writes_a_valid_sorted_file_without_lines_in_identity(corpus, capsys):
    code, _, err = _run(capsys, "baseline", "--isolated", "--select", "P001", "cables", "-o", "bl.json")
    assert code == 0 and "1 entry (1 added" in err
    data = json.loads((corpus / "bl.json").read_text())
    validate(data, "baseline.schema.json", "bl.json")
    (e,) = data["entries"]
    assert e["path"] == "cables/08A1.txt" and e["rule"] == "P001" and e["cable"] == "08A1"
    assert e["line"] == 12 and ":12" not in e["fingerprint"] and "decision" not in e


def test_edit_elsewhere_keeps_old_finding_hidden_and_reports_only_the_new_one(corpus, capsys):
    _run(capsys, "baseline", "--isolated", "--select", "P001", "cables", "-o", "bl.json")
    recorded_line = json.loads((corpus / "bl.json").read_text())["entries"][0]["line"]
    # Lines inserted above the old gap, and a new gap (7 after 5) introduced further down.
    (corpus / "cables" / "08A1.txt").write_text(cable(1, 2, 4, 5, 7, extra="\nREF: A\n\nB\n\nC\n"), encoding="utf-8")
    code, out, _ = _run(capsys, "check", "--isolated", "--select", "P001", "cables")
    old_now = next(ln for ln in out.splitlines() if "paragraph 3 is missing" in ln)
    assert f":{recorded_line}:" not in old_now  # the old finding really moved
    code, out, err = _run(capsys, "check", "--isolated", "--select", "P001", "--baseline", "bl.json", "cables")
    assert code == 1
    lines = [ln for ln in out.splitlines() if " P001 " in ln]
    assert len(lines) == 1 and "paragraph 6 is missing" in lines[0]
    assert "1 known finding hidden, 1 new" in err


def test_json_report_marks_new_findings_and_summarises_the_baseline(corpus, capsys):
    _run(capsys, "baseline", "--isolated", "--select", "P001", "cables", "-o", "bl.json")
    (corpus / "cables" / "08B2.txt").write_text(cable(1, 3), encoding="utf-8")
    code, out, _ = _run(capsys, "check", "--isolated", "--select", "P001", "--baseline", "bl.json",
                        "--format", "json", "-q", "cables")
    doc = json.loads(out)
    jsonschema.validate(doc, schema("report.schema.json"))
    (f,) = doc["findings"]
    assert f["path"].endswith("08B2.txt") and f["baseline"] == "new" and f["fingerprint"].startswith("P001:08B2:")
    s = doc["summary"]["baseline"]
    assert (s["entries"], s["new"], s["known"], s["hidden"], s["blocking"]) == (1, 1, 1, 1, 0)
    assert code == 1


def test_only_new_findings_count_for_fail_on_and_exit_zero(corpus, capsys):
    _run(capsys, "baseline", "--isolated", "--select", "P001", "cables", "-o", "bl.json")
    assert _run(capsys, "check", "--isolated", "--select", "P001", "cables")[0] == 1
    assert _run(capsys, "check", "--isolated", "--select", "P001", "--baseline", "bl.json", "cables")[0] == 0
    (corpus / "cables" / "08B2.txt").write_text(cable(1, 3), encoding="utf-8")
    assert _run(capsys, "check", "--isolated", "--select", "P001", "--baseline", "bl.json", "cables")[0] == 1
    assert _run(capsys, "check", "--isolated", "--select", "P001", "--baseline", "bl.json", "--exit-zero",
                "cables")[0] == 0


def test_regenerating_updates_only_what_was_checked(corpus, capsys):
    (corpus / "cables" / "08B2.txt").write_text(cable(1, 3), encoding="utf-8")
    _run(capsys, "baseline", "--isolated", "--select", "P001", "cables", "-o", "bl.json")
    assert len(json.loads((corpus / "bl.json").read_text())["entries"]) == 2
    (corpus / "cables" / "08A1.txt").write_text(cable(1, 2, 3, 4, 5), encoding="utf-8")  # gap fixed
    code, _, err = _run(capsys, "baseline", "--isolated", "--select", "P001", "cables/08A1.txt", "-o", "bl.json")
    assert code == 0 and "1 removed" in err and "1 kept for cables or rules not checked" in err
    assert [e["path"] for e in json.loads((corpus / "bl.json").read_text())["entries"]] == ["cables/08B2.txt"]


def test_config_baseline_key_is_used_relative_to_the_config(corpus, capsys):
    (corpus / "cablecheck.toml").write_text('baseline = "qa/bl.json"\nselect = ["P001"]\n', encoding="utf-8")
    (corpus / "qa").mkdir()
    code, _, _ = _run(capsys, "baseline", "cables")
    assert code == 0 and (corpus / "qa" / "bl.json").is_file()
    assert json.loads((corpus / "qa" / "bl.json").read_text())["entries"][0]["path"] == "../cables/08A1.txt"
    (corpus / "sub").mkdir()
    import os
    os.chdir(corpus / "sub")
    code, out, err = _run(capsys, "check", "../cables")
    assert code == 0 and "1 known finding hidden" in err


def test_bad_or_missing_baseline_is_a_one_line_error(corpus, capsys):
    code, _, err = _run(capsys, "check", "--isolated", "--baseline", "nope.json", "cables")
    assert code == 2 and "nope.json: baseline file not found" in err
    (corpus / "bl.json").write_text('{"version": 1, "entries": [{"fingerprint": "x"}]}', encoding="utf-8")
    code, _, err = _run(capsys, "check", "--isolated", "--baseline", "bl.json", "cables")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "bl.json: field entries[0]" in err
    code, _, err = _run(capsys, "baseline", "--isolated", "cables", "-o", "bl.json")
    assert code == 2 and "not overwritten" in err
    assert json.loads((corpus / "bl.json").read_text())["entries"] == [{"fingerprint": "x"}]


def test_fail_on_undecided_needs_a_baseline(corpus, capsys):
    code, _, err = _run(capsys, "check", "--isolated", "--fail-on-undecided", "cables")
    assert code == 2 and "needs a baseline" in err


def test_undecided_release_and_redact_gate(corpus, capsys):
    (corpus / "cablecheck.toml").write_text('baseline = "bl.json"\n' + REVIEW_CONFIG, encoding="utf-8")
    args = ("--select", "P001", "cables")
    _run(capsys, "baseline", *args)
    # A review finding is not an error: only --fail-on-undecided makes its missing decision fail.
    assert _run(capsys, "check", *args)[0] == 0
    code, out, _ = _run(capsys, "check", "--fail-on-undecided", *args)
    assert code == 1 and "no review decision yet" in out
    bl = json.loads((corpus / "bl.json").read_text())
    bl["entries"][0]["decision"] = {"action": "release", "reviewer": "a", "at": "2024-05-01T09:30:00Z"}
    (corpus / "bl.json").write_text(json.dumps(bl), encoding="utf-8")
    assert _run(capsys, "check", "--fail-on-undecided", *args)[0] == 0
    bl["entries"][0]["decision"]["action"] = "redact"
    (corpus / "bl.json").write_text(json.dumps(bl), encoding="utf-8")
    code, out, err = _run(capsys, "check", *args)
    assert code == 1 and "redact by a" in out and "still present" in out and "1 marked redact" in err
    assert _run(capsys, "check", "--exit-zero", *args)[0] == 0
    # A new review finding has no decision either.
    (corpus / "cables" / "08A1.txt").write_text(cable(1, 2, 3, 4, 5), encoding="utf-8")
    (corpus / "cables" / "08B2.txt").write_text(cable(1, 3), encoding="utf-8")
    code, out, err = _run(capsys, "check", "--fail-on-undecided", *args)
    assert code == 1 and "08B2.txt" in out and "1 baseline entry no longer found" in err
    assert _run(capsys, "check", *args)[0] == 0


def test_config_baseline_not_made_yet_counts_everything_as_new(corpus, capsys):
    (corpus / "cablecheck.toml").write_text('baseline = "bl.json"\nselect = ["P001"]\n', encoding="utf-8")
    code, out, err = _run(capsys, "check", "cables")
    assert code == 1 and "does not exist yet" in err and "paragraph 3 is missing" in out
    code, out, err = _run(capsys, "check", "--baseline", "bl.json", "cables")
    assert code == 2 and "bl.json: baseline file not found" in err


def test_regenerating_an_unchanged_baseline_leaves_the_file_alone(corpus, capsys):
    _run(capsys, "baseline", "--isolated", "--select", "P001", "cables", "-o", "bl.json")
    before = (corpus / "bl.json").stat().st_mtime_ns, (corpus / "bl.json").read_bytes()
    code, _, err = _run(capsys, "baseline", "--isolated", "--select", "P001", "cables", "-o", "bl.json")
    assert code == 0 and err.startswith("unchanged bl.json: 1 entry (0 added, 1 unchanged")
    assert ((corpus / "bl.json").stat().st_mtime_ns, (corpus / "bl.json").read_bytes()) == before


NAMES = """UNCLAS GUATEMALA 000242

E.O. 12958: N/A
TAGS: PGOV GT
SUBJECT: TEST

1. (U) Director Carlos Bautista met the press on Monday.

2. (U) Despite thin civil society, Bautista remained hopeful about the reform.

3. (U) Later that week Bautista visited the northern provinces alone.
"""


def _decide(path, decisions):
    """Writes release/redact decisions on the R002 entries, keyed by their line."""
    from checker.review.record import decide

    data = json.loads(path.read_text())
    for e in data["entries"]:
        if e["line"] in decisions:
            e["decision"] = decide(decisions[e["line"]], "archivist", "test").to_dict()
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize("redacted_line,blocked", [(9, True), (11, False)])
def test_a_decision_stays_with_its_own_mention_when_another_is_redacted(tmp_path, monkeypatch, capsys,
                                                                        redacted_line, blocked):
    """Two later mentions of one name: one approved, one to redact. Redacting a different mention
    must not hand the redact decision over to it (nor the approval to the one still present)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "c.txt").write_text(NAMES, encoding="utf-8")
    _run(capsys, "baseline", "--isolated", "--select", "R002", "c.txt", "-o", "bl.json")
    _decide(tmp_path / "bl.json", {9: "release", 11: "redact"})
    lines = NAMES.split("\n")
    lines[redacted_line - 1] = lines[redacted_line - 1].replace("Bautista", "XXXXXXXXXXXX")
    (tmp_path / "c.txt").write_text("\n".join(lines), encoding="utf-8")
    code, out, err = _run(capsys, "check", "--isolated", "--select", "R002", "--baseline", "bl.json", "c.txt")
    if blocked:  # the approved mention was removed; the one to redact is still there
        assert code == 1 and "c.txt:11:" in out and "still present" in out
    else:  # exactly the mention to redact was removed; the approved one stays approved
        assert code == 0 and "still present" not in out
