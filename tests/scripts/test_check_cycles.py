"""scripts/check_cycles.py: checking cables leaves no reference cycles (they cost the collector time)."""
import importlib.util
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
    (tmp_path / "caps.txt").write_text(CAPS)
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
    found = check_cycles.cyclic_garbage([str(ROOT / "examples")])
    assert found["Node"] == 2
    assert check_cycles.main([str(ROOT / "examples")]) == 1
    assert capsys.readouterr().out.startswith("2 objects in reference cycles: Node 2")


def test_clean_run_exits_zero(capsys):
    assert check_cycles.main([str(ROOT / "examples")]) == 0
    assert capsys.readouterr().out == "0 objects in reference cycles\n"
