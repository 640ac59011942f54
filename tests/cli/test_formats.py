"""``cablecheck check --format ...``, ``--statistics`` and colour, through the real command line."""
import json
import os
import pty
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from checker.cli import main
from checker.cli.check import FORMATS
from tests.conftest import EXAMPLE, ROOT
from tests.reporters.helpers import cable

ESC = "\033["


@pytest.fixture(autouse=True)
def plain_env(monkeypatch):
    for var in ("NO_COLOR", "FORCE_COLOR", "GITHUB_ACTIONS"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def cables(tmp_path):
    (tmp_path / "08PARIS1234.txt").write_text(cable(), encoding="utf-8")
    (tmp_path / "09ROME55.txt").write_text(cable(paras=(1, 3, 5), fm="AMEMBASSY ROME", banner="SECRET ROME 000055"),
                                           encoding="utf-8")
    (tmp_path / "10OSLO7.txt").write_text(cable(paras=(1, 2, 3)), encoding="utf-8")
    return tmp_path


def run_cli(capsys, *args):
    code = main(["check", "--isolated", "--select", "P001", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_every_format_parses(capsys, cables, monkeypatch):
    monkeypatch.chdir(cables)
    parsers = {"text": lambda s: s.splitlines(), "json": json.loads, "sarif": json.loads,
               "github": lambda s: s.splitlines(), "junit": ET.fromstring, "gitlab": json.loads}
    assert set(parsers) == set(FORMATS)
    for fmt, parse in parsers.items():
        code, out, _ = run_cli(capsys, "--format", fmt, ".")
        assert code == 1, fmt
        parsed = parse(out)
        n = {"text": lambda p: len(p) - 1, "json": lambda p: len(p["findings"]),
             "sarif": lambda p: len(p["runs"][0]["results"]), "github": len,
             "junit": lambda p: len(list(p.iter("failure"))), "gitlab": len}[fmt](parsed)
        assert n == 3, fmt


def test_sarif_paths_are_relative_to_the_working_folder(capsys, cables, monkeypatch):
    monkeypatch.chdir(cables.parent)
    _, out, _ = run_cli(capsys, "--format", "sarif", cables.name)
    results = json.loads(out)["runs"][0]["results"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert uris == {f"{cables.name}/08PARIS1234.txt", f"{cables.name}/09ROME55.txt"}


def test_output_file_gets_the_same_report(capsys, cables, tmp_path):
    target = tmp_path / "report.sarif"
    code, out, _ = run_cli(capsys, "--format", "gitlab", "--output", target, cables)
    assert code == 1 and out == ""
    assert len(json.loads(target.read_text("utf-8"))) == 3


def test_statistics_counts_rules_by_frequency(capsys, cables):
    code, out, _ = run_cli(capsys, "--select", "F002", "--statistics", cables, EXAMPLE)
    assert code == 1
    rows = [line.split() for line in out.splitlines()]
    assert rows == [["4", "P001", "paragraph-gap"]]  # 1 + 2 in the small cables, 1 in the example
    (cables / "empty.txt").write_text("\n", encoding="utf-8")
    _, out, _ = run_cli(capsys, "--select", "F002", "--statistics", cables)
    rows = [line.split() for line in out.splitlines()]
    assert rows == [["3", "P001", "paragraph-gap"], ["1", "F002", "file-empty"]]
    lines = out.splitlines()
    assert lines[0].index("P001") == lines[1].index("F002")  # aligned columns


def test_statistics_json_and_other_formats(capsys, cables):
    _, out, _ = run_cli(capsys, "--statistics", "--format", "json", cables)
    assert json.loads(out) == [{"code": "P001", "name": "paragraph-gap", "count": 3}]
    code, out, err = run_cli(capsys, "--statistics", "--format", "sarif", cables)
    assert code == 2 and out == "" and "--statistics" in err


def test_statistics_total_matches_findings_on_the_example(capsys):
    _, out, _ = run_cli(capsys, "--select", "P,T", "--statistics", "--format", "json", EXAMPLE)
    _, full, _ = run_cli(capsys, "--select", "P,T", "--format", "json", EXAMPLE)
    stats = json.loads(out)
    assert sum(s["count"] for s in stats) == json.loads(full)["summary"]["findings"]
    assert [s["count"] for s in stats] == sorted((s["count"] for s in stats), reverse=True)


# Colour: only on a terminal; --no-color and NO_COLOR turn it off, FORCE_COLOR turns it on.

def test_no_colour_when_not_a_terminal(capsys, cables):
    _, out, _ = run_cli(capsys, cables)
    assert ESC not in out and "P001 [error]" in out


def test_force_color_and_its_overrides(capsys, cables, monkeypatch, tmp_path):
    monkeypatch.setenv("FORCE_COLOR", "1")
    _, out, _ = run_cli(capsys, cables)
    assert ESC in out and "\033[1;31mP001\033[0m" in out
    _, out, _ = run_cli(capsys, "--no-color", cables)
    assert ESC not in out
    _, out, _ = run_cli(capsys, "--format", "json", cables)
    assert ESC not in out  # colour is for the text format only
    run_cli(capsys, "--output", tmp_path / "out.txt", cables)
    assert ESC not in (tmp_path / "out.txt").read_text("utf-8")
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = run_cli(capsys, cables)
    assert ESC not in out


def _on_a_terminal(args, env_extra):
    """Run the command with stdout on a pseudo-terminal; returns what it printed."""
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env.update(env_extra, TERM="xterm")
    proc = subprocess.run([sys.executable, "-m", "checker", "check", "--isolated", "--select", "P001", *args],
                          stdout=slave, stderr=subprocess.PIPE, cwd=ROOT, env=env, timeout=60)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO once the terminal is drained
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr, proc.stderr.decode("utf-8", "replace")
    return b"".join(chunks).decode("utf-8")


def test_colour_on_a_real_terminal_and_how_to_turn_it_off():
    example = str(EXAMPLE)
    assert ESC in _on_a_terminal([example], {})
    assert ESC not in _on_a_terminal([example], {"NO_COLOR": "1"})
    assert ESC not in _on_a_terminal(["--no-color", example], {})
