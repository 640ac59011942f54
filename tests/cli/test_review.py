import io
import json
import subprocess

import pytest

from checker.cli import main
from checker.rulefiles import validate
from tests.review.cables import REVIEW_CONFIG, cable


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def corpus(tmp_path, monkeypatch, capsys):
    """Two P001 gaps, made review findings by config, recorded in bl.json."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cablecheck.toml").write_text('baseline = "bl.json"\nselect = ["P001"]\n' + REVIEW_CONFIG,
                                             encoding="utf-8")
    (tmp_path / "cables").mkdir()
    (tmp_path / "cables" / "08A1.txt").write_text(cable(1, 3, 5), encoding="utf-8")
    assert main(["baseline", "cables"]) == 0
    capsys.readouterr()
    return tmp_path


def entries(corpus):
    data = json.loads((corpus / "bl.json").read_text())
    validate(data, "baseline.schema.json", "bl.json")
    return data["entries"]


def decisions(corpus):
    return sorted((e["line"], (e.get("decision") or {}).get("action")) for e in entries(corpus))


def stdin(monkeypatch, text):
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_list_prints_undecided_entries(corpus, capsys):
    code, out, _ = _run(capsys, "review", "--list")
    lines = out.splitlines()
    assert code == 0 and lines[-1] == "2 undecided review entries"
    assert lines[0].startswith("cables/08A1.txt:10:1: P001 [review] cable 08A1: paragraph 2 is missing '3' (undecided)")


def test_review_from_stdin_records_decisions_with_reviewer_time_and_note(corpus, capsys, monkeypatch):
    stdin(monkeypatch, "d  must go before release\nr\n")
    code, out, _ = _run(capsys, "review", "--reviewer", "Alice Reviewer")
    assert code == 0
    assert "[1/2] P001 [review] cable 08A1  cables/08A1.txt:10:1" in out
    assert "> 10 | 3. (U) Text of paragraph 3." in out and "   9 | " in out  # context from the cable
    assert "2 decided, 0 skipped; 0 still undecided" in out
    first, second = sorted(entries(corpus), key=lambda e: e["line"])
    assert first["decision"]["action"] == "redact" and first["decision"]["note"] == "must go before release"
    assert second["decision"]["action"] == "release" and "note" not in second["decision"]
    assert first["decision"]["reviewer"] == "Alice Reviewer" and first["decision"]["at"].endswith("Z")
    assert _run(capsys, "review", "--list")[1].splitlines()[-1] == "0 undecided review entries"
    # redact is a failure while the text is there; release is not.
    code, out, _ = _run(capsys, "check", "cables")
    assert code == 1 and out.count(" P001 ") == 1 and "redact by Alice Reviewer" in out


def test_skip_quit_and_end_of_input_leave_entries_undecided(corpus, capsys, monkeypatch):
    stdin(monkeypatch, "s\nq\n")
    assert _run(capsys, "review", "--reviewer", "a")[0] == 0
    assert decisions(corpus) == [(10, None), (12, None)]
    stdin(monkeypatch, "r\n")
    code, out, _ = _run(capsys, "review", "--reviewer", "a")
    assert "1 decided, 0 skipped, stopped; 1 still undecided" in out
    assert decisions(corpus) == [(10, "release"), (12, None)]


def test_each_decision_is_saved_at_once(corpus, capsys, monkeypatch):
    class Interrupted(io.StringIO):
        def readline(self, *a):
            line = super().readline(*a)
            if not line:
                raise KeyboardInterrupt
            return line

    monkeypatch.setattr("sys.stdin", Interrupted("d\n"))
    assert _run(capsys, "review", "--reviewer", "a")[0] == 130
    assert decisions(corpus) == [(10, "redact"), (12, None)]


def test_decisions_survive_regenerating_the_baseline_after_edits(corpus, capsys, monkeypatch):
    stdin(monkeypatch, "r ok\nd\n")
    _run(capsys, "review", "--reviewer", "a")
    # Lines inserted above both gaps, one gap fixed, a new one added.
    (corpus / "cables" / "08A1.txt").write_text(cable(1, 3, 4, 5, 7, extra="\nREF: A\n\nB\n"), encoding="utf-8")
    code, _, err = _run(capsys, "baseline", "cables")
    assert code == 0 and "1 decision kept, 1 of findings now gone kept under 'resolved'" in err
    doc = json.loads((corpus / "bl.json").read_text())
    assert [e["decision"]["action"] for e in doc["resolved"]] == ["redact"]
    validate(doc, "baseline.schema.json", "bl.json")
    got = {e["message"].split(" is")[0]: (e.get("decision") or {}).get("action") for e in entries(corpus)}
    assert got == {"paragraph 2": "release", "paragraph 6": None}
    assert next(e for e in entries(corpus) if e.get("decision"))["decision"]["note"] == "ok"
    assert _run(capsys, "check", "--fail-on-undecided", "cables")[0] == 1
    stdin(monkeypatch, "r\n")
    _run(capsys, "review", "--reviewer", "a")
    assert _run(capsys, "check", "--fail-on-undecided", "cables")[0] == 0


def test_entries_gone_from_the_cable_are_skipped(corpus, capsys, monkeypatch):
    (corpus / "cables" / "08A1.txt").write_text(cable(1, 2, 3, 5), encoding="utf-8")
    stdin(monkeypatch, "r\n")
    code, out, _ = _run(capsys, "review", "--reviewer", "a")
    assert "cables/08A1.txt: 1 entry no longer found in the cable" in out
    assert "[2/2]" in out and "paragraph 4 is missing" in out and "[1/2]" not in out
    last = _run(capsys, "review", "--list")[1].splitlines()[-1]
    assert last == "0 undecided review entries; 1 no longer found in their cables"


def test_missing_cable_shows_what_the_baseline_recorded(corpus, capsys, monkeypatch):
    (corpus / "cables" / "08A1.txt").unlink()
    stdin(monkeypatch, "s\ns\n")
    code, out, _ = _run(capsys, "review", "--reviewer", "a")
    assert code == 0 and "cable file not found" in out and "cables/08A1.txt:10" in out


@pytest.mark.parametrize("letter", ["d", "d!", "redact"])
def test_terminal_asks_for_a_note(corpus, capsys, monkeypatch, letter):
    answers = iter([letter, "named informant", "q"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    _run(capsys, "review", "--reviewer", "a")
    e = next(e for e in entries(corpus) if e.get("decision"))
    assert e["decision"] == {"action": "redact", "reviewer": "a", "at": e["decision"]["at"], "note": "named informant"}


def test_reviewer_defaults_to_git_user_name(corpus, capsys, monkeypatch):
    subprocess.run(["git", "init", "-q", str(corpus)], check=True)
    subprocess.run(["git", "-C", str(corpus), "config", "user.name", "Git Person"], check=True)
    stdin(monkeypatch, "r\nq\n")
    _run(capsys, "review")
    assert next(e for e in entries(corpus) if e.get("decision"))["decision"]["reviewer"] == "Git Person"


def test_review_errors(corpus, capsys):
    code, _, err = _run(capsys, "review", "missing.json")
    assert code == 2 and "missing.json: baseline file not found" in err
