"""scripts/check_cycles.py: checking cables leaves no reference cycles (they cost the collector time).

These run the source; the cycles the script was written for came from compiled closures, which
`.ci/run` catches by running the script against the compiled build.
"""
import importlib.util
import re
from pathlib import Path

from checker.reporters import stream

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("check_cycles", ROOT / "scripts" / "check_cycles.py")
check_cycles = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_cycles)

CAPS = """UNCLAS SECTION 01 OF 02 STATE 012345

E.O. 12958: N/A
TAGS: PGOV PREL GT
SUBJECT: MEETING WITH MINISTER JUAN PEREZ

1. (U) AMBASSADOR DERHAM MET MINISTER JUAN PEREZ AND BARBARA FLECK ON MONDAY.
PEREZ SAID THE GOVERNMENT WOULD ACT. FLECK AGREED. THE SAME WORDS AGAIN THE SAME WORDS AGAIN.

2. (SBU) CONTACT: JPEREZ@EXAMPLE.ORG, TEL. +502 2222 3333.
RICE
"""


def test_checking_cables_leaves_no_cycles(tmp_path):
    import csv

    (tmp_path / "caps.txt").write_text(CAPS)
    with open(tmp_path / "cables.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(["1", "2/27/2008 19:56", "08STATE12345", "Secretary of State", "UNCLASSIFIED", "", "", CAPS])
        w.writerow(["2", "bad row"])
    found = check_cycles.cyclic_garbage([str(ROOT / "examples"), str(tmp_path)], ["ALL"])
    assert sum(found.values()) == 0, found


def test_a_cycle_is_found_and_fails_the_script(monkeypatch, capsys):
    real = stream.prerender

    class Node:
        pass

    def leaky(result, fmt, color=False):
        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle per cable
        return real(result, fmt, color)

    monkeypatch.setattr(stream, "prerender", leaky)
    cables = len(list((ROOT / "examples").glob("*.txt")))
    found = check_cycles.cyclic_garbage([str(ROOT / "examples")])
    assert found["Node"] == 2 * 2 * cables  # rendered twice (text and JSON) per cable
    assert check_cycles.main([str(ROOT / "examples")]) == 1
    out = capsys.readouterr().out
    assert re.match(r"\d+ objects in reference cycles: .*Node \d+", out)


def test_clean_run_exits_zero(capsys):
    assert check_cycles.main([str(ROOT / "examples")]) == 0
    assert capsys.readouterr().out == "0 objects in reference cycles\n"
