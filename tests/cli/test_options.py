"""Option and config errors are one line and exit 2; -q, --force-exclude, explain ALL (review items)."""
import json
import re
import shutil
from pathlib import Path

import pytest

from checker.cli import main
from tests.conftest import EXAMPLE

ROOT = Path(__file__).resolve().parents[2]


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _usage_error(capsys, *argv) -> str:
    with pytest.raises(SystemExit) as e:
        main(list(argv))
    err = capsys.readouterr().err
    assert e.value.code == 2 and err.count("\n") == 1, err
    return err


# --- 1. per-rule options are validated, not crashed on -----------------------------------------

def test_bad_rule_option_in_pyproject_stops_the_run(tmp_path, capsys, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.cablecheck.rules.R002]\nmin_confidence = "high"\n')
    monkeypatch.chdir(tmp_path)
    code, out, err = _run(capsys, "check", "-j1", "--select", "R002", str(EXAMPLE))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "pyproject.toml [tool.cablecheck]: field rules.R002.min_confidence: expected a number between 0 and 1" in err


def test_misspelt_rule_option_is_not_ignored(tmp_path, capsys, monkeypatch):
    (tmp_path / "cablecheck.toml").write_text("[rules.R002]\nmin_confidenc = 0.7\n")
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(capsys, "check", str(EXAMPLE))
    assert code == 2 and "cablecheck.toml: field rules.R002: unknown option 'min_confidenc'" in err


def test_rule_option_applies(tmp_path, capsys, monkeypatch):
    (tmp_path / "cablecheck.toml").write_text("[rules.R002]\nmin_confidence = 0.9\n")
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run(capsys, "check", "-j1", "--select", "R002", "--format", "json", str(EXAMPLE))
    found = json.loads(out)["findings"]
    assert code == 0 and found and all(f["confidence"] >= 0.9 for f in found)


# --- 4. config errors name the config file --------------------------------------------------------

@pytest.mark.parametrize(
    "body, expected",
    [
        ('[tool.cablecheck]\nignore = ["ZZZ9"]\n', "field ignore[0]: unknown rule selector 'ZZZ9'"),
        ('[tool.cablecheck.severity]\nQ123 = "error"\n', "field severity.Q123: unknown rule code 'Q123'"),
        ('[tool.cablecheck]\nvocab-dirs = ["vocab"]\n', "field vocab-dirs[0]: folder 'vocab' not found"),
    ],
)
def test_config_errors_name_the_file(tmp_path, capsys, monkeypatch, body, expected):
    (tmp_path / "pyproject.toml").write_text(body)
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(capsys, "check", str(EXAMPLE))
    assert code == 2 and err.count("\n") == 1
    assert f"{tmp_path / 'pyproject.toml'} [tool.cablecheck]: {expected}" in err


def test_command_line_selector_error_still_names_the_option(capsys):
    code, _, err = _run(capsys, "check", "--isolated", "--ignore", "ZZZ9", str(EXAMPLE))
    assert code == 2 and "--ignore: unknown rule selector 'ZZZ9'" in err


# --- 2. an -o file that cannot be written ----------------------------------------------------------

@pytest.mark.parametrize("command", [["check"], ["check", "--format", "sarif"], ["report"], ["names"], ["baseline"]])
def test_output_into_a_missing_folder(tmp_path, capsys, command):
    target = tmp_path / "nonexistent" / "x.json"
    code, out, err = _run(capsys, *command, "--isolated", "-j1", "--select", "P001", "-o", str(target), str(EXAMPLE))
    assert code == 2 and out == "" and err.count("\n") == 1, err
    assert f"{target}: cannot write: folder {target.parent} does not exist" in err
    assert list(tmp_path.iterdir()) == []


def test_output_onto_a_folder(tmp_path, capsys):
    code, _, err = _run(capsys, "check", "--isolated", "-o", str(tmp_path), str(EXAMPLE))
    assert code == 2 and err == f"cablecheck: error: {tmp_path}: cannot write: is a folder\n"


@pytest.mark.parametrize("fmt", ["text", "sarif"])  # streamed and collected reports
def test_write_failure_during_the_run_is_one_line(tmp_path, capsys, monkeypatch, fmt):
    import checker.atomicfile

    def full(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(checker.atomicfile.tempfile, "mkstemp", full)
    target = tmp_path / "r.txt"
    code, out, err = _run(capsys, "check", "--isolated", "-j1", "--select", "P001", "--format", fmt,
                          "-o", str(target), str(EXAMPLE))
    assert code == 2 and out == "" and err == f"cablecheck: error: {target}: cannot write: No space left on device\n"
    assert not target.exists()


# --- 3. numeric options are validated by the parser ---------------------------------------------------

@pytest.mark.parametrize(
    "option, value, expected",
    [
        ("--max-size", "-1", "must be more than 0"),
        ("--max-size", "0", "must be more than 0"),
        ("--max-size", "nan", "expected a finite number"),
        ("--max-size", "big", "expected a number"),
        ("--min-confidence", "2", "must be between 0 and 1"),
        ("--min-confidence", "-0.1", "must be between 0 and 1"),
        ("--jobs", "0", "must be 1 or more"),
        ("--jobs", "-3", "must be 1 or more"),
    ],
)
@pytest.mark.parametrize("command", ["check", "report", "names", "baseline"])
def test_numeric_options_are_validated(capsys, command, option, value, expected):
    err = _usage_error(capsys, command, "--isolated", f"{option}={value}", str(EXAMPLE))
    assert err.startswith(f"cablecheck {command}: error: argument ") and option in err and expected in err


def test_review_context_must_not_be_negative(capsys):
    assert "--context: must be 0 or more" in _usage_error(capsys, "review", "--context=-1", "x.json")


def test_usage_errors_are_one_line(capsys):
    err = _usage_error(capsys, "check", "--fail-on", "never", str(EXAMPLE))
    assert err.startswith("cablecheck check: error: argument --fail-on: invalid choice: 'never'")
    assert err.endswith(" (see `cablecheck check --help`)\n")
    assert _usage_error(capsys, "check", "--bogus", str(EXAMPLE)).startswith("cablecheck: error: unrecognized arguments")


# --- 5. -q hides the summary line ------------------------------------------------------------------

def _finding_lines(out: str) -> bool:
    return bool(out) and all(re.match(r".+:\d+:\d+: [A-Z]\d{3} \[", line) for line in out.splitlines())


def test_quiet_text_has_no_summary(tmp_path, capsys):
    code, out, err = _run(capsys, "check", "--isolated", "-j1", "-q", "--select", "P001,T002", str(EXAMPLE))
    assert code == 1 and err == "" and _finding_lines(out) and "Found" not in out
    code, out, _ = _run(capsys, "check", "--isolated", "-j1", "--select", "P001,T002", str(EXAMPLE))
    assert out.splitlines()[-1].startswith("Found 2 findings")  # without -q, as ruff: summary on stdout
    target = tmp_path / "r.txt"
    _run(capsys, "check", "--isolated", "-j1", "-q", "--select", "P001", "-o", str(target), str(EXAMPLE))
    assert _finding_lines(target.read_text())


def test_quiet_text_with_a_baseline_has_no_summary(tmp_path, capsys):
    bl = tmp_path / "bl.json"
    _run(capsys, "baseline", "--isolated", "-j1", "--select", "T002", "-o", str(bl), str(EXAMPLE))
    code, out, err = _run(capsys, "check", "--isolated", "-j1", "-q", "--select", "P001,T002", "--baseline", str(bl),
                          str(EXAMPLE))
    assert code == 1 and err == "" and _finding_lines(out) and len(out.splitlines()) == 1
    code, out, _ = _run(capsys, "check", "--isolated", "-j1", "-q", "--select", "T002", "--baseline", str(bl),
                        str(EXAMPLE))
    assert code == 0 and out == ""


@pytest.mark.parametrize("fmt", ["json", "sarif", "gitlab", "junit", "github"])
def test_machine_formats_write_only_the_report_to_stdout(capsys, fmt):
    _, out, _ = _run(capsys, "check", "--isolated", "-j1", "--select", "P001", "--format", fmt, str(EXAMPLE))
    assert "Found" not in out
    if fmt in ("json", "sarif", "gitlab"):
        json.loads(out)


def test_check_help_describes_quiet(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "no summary line" in help_text and "no progress or summary on stderr" not in help_text


# --- 6. explain ALL ------------------------------------------------------------------------------------

@pytest.mark.parametrize("key", ["ALL", "all"])
def test_explain_all_documents_every_rule(capsys, key):
    code, out, _ = _run(capsys, "explain", key)
    rules = json.loads(_run(capsys, "rules", "--format", "json")[1])
    assert code == 0 and out.count("## What it does") == len(rules) > 40
    for r in rules:
        assert f"{r['code']} {r['name']} [{r['severity']}]\n" in out


def test_explain_lists_a_rules_options(capsys):
    out = _run(capsys, "explain", "R002")[1]
    assert "## Options ([rules.R002] in the config)" in out and "`min_confidence`" in out
    assert "## Options" not in _run(capsys, "explain", "P001")[1]


# --- 7. --force-exclude, and include globs in any letter case -----------------------------------

@pytest.fixture
def tree(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("a.txt", "drafts/d.txt", "cables/C.TXT", "cables/b.Txt", "cables/notes.md"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        shutil.copy(EXAMPLE, tmp_path / name)
    return tmp_path


def _paths(out: str) -> list[str]:
    return sorted({line.split(":")[0] for line in out.splitlines() if not line.startswith("Found")})


@pytest.mark.parametrize("exclude", ["drafts/*", "drafts", "d.txt"])
def test_force_exclude_applies_excludes_to_named_files(tree, capsys, exclude):
    base = ["check", "--isolated", "-j1", "--select", "P001", "--exclude", exclude, "a.txt", "drafts/d.txt"]
    assert _paths(_run(capsys, *base)[1]) == ["a.txt", "drafts/d.txt"]  # named files are checked by default
    code, out, _ = _run(capsys, *base, "--force-exclude")
    assert code == 1 and _paths(out) == ["a.txt"]


def test_force_exclude_from_the_config(tree, capsys):
    (tree / "cablecheck.toml").write_text('exclude = ["drafts"]\nforce-exclude = true\n')
    code, out, _ = _run(capsys, "check", "-j1", "--select", "P001", "drafts/d.txt", str(tree / "drafts"))
    assert code == 0 and out == "Found 0 findings in 0 cables.\n"  # all excluded: nothing to do, no error
    code, out, _ = _run(capsys, "check", "-j1", "--select", "P001", "--no-force-exclude", "drafts/d.txt")
    assert code == 1 and _paths(out) == ["drafts/d.txt"]


def test_force_exclude_in_the_config_schema(tree, capsys):
    (tree / "cablecheck.toml").write_text('force-exclude = "yes"\n')
    code, _, err = _run(capsys, "check", "a.txt")
    assert code == 2 and "field force-exclude" in err


def test_pre_commit_hook_forces_excludes_and_takes_any_case():
    hook = (ROOT / ".pre-commit-hooks.yaml").read_text()
    entry = re.search(r"^\s*entry: (.+)$", hook, re.MULTILINE).group(1).split()
    files = re.search(r"^\s*files: (.+)$", hook, re.MULTILINE).group(1)
    assert entry[:2] == ["cablecheck", "check"] and "--force-exclude" in entry
    assert all(re.search(files, name) for name in ("a.txt", "C.TXT", "d/b.Txt"))
    assert not re.search(files, "notes.md")


def test_folder_globs_match_any_case(tree, capsys):
    code, out, err = _run(capsys, "check", "--isolated", "-j1", "--select", "P001", "cables")
    assert code == 1 and err == "" and _paths(out) == ["cables/C.TXT", "cables/b.Txt"]
    code, out, _ = _run(capsys, "check", "--isolated", "-j1", "--select", "P001", "--exclude", "C.*", "cables")
    assert _paths(out) == ["cables/b.Txt"]
    # Globs given by the user match file names in any letter case too.
    code, out, _ = _run(capsys, "check", "--isolated", "-j1", "--select", "P001", "--include", "c.*", "cables")
    assert _paths(out) == ["cables/C.TXT"]


def test_folder_without_cables_is_still_reported(tree, capsys):
    (tree / "empty").mkdir()
    code, _, err = _run(capsys, "check", "--isolated", "-j1", "empty")
    assert code == 2 and "empty: no files matching *.txt in this directory" in err


def test_a_cli_run_tunes_the_garbage_collector_in_its_own_process(monkeypatch, capsys):
    from checker.engine import parallel
    from checker.engine.session import Settings

    seen = []
    monkeypatch.setattr(parallel, "settle", lambda: seen.append("settled"))
    monkeypatch.setattr(parallel, "_settled_in", 0)
    assert Settings().tune_gc is False  # the library default leaves a caller's collector alone
    assert main(["check", "--isolated", "--jobs", "1", "--exit-zero", "--quiet", str(EXAMPLE)]) == 0
    assert seen == ["settled"]
