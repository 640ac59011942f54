"""scripts/score_names.py: the matching rules that the README's accuracy table rests on."""
import importlib.util
from pathlib import Path

from checker.checks.base import Rule
from checker.engine.runner import default_context
from checker.model import Span

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("score_names", ROOT / "scripts" / "score_names.py")
score_names = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_names)

CABLE = """UNCLAS GUATEMALA 000242

SUBJECT: MEETING

1. (U) Ambassador Derham met Barbara Fleck and Juan
Perez. Fleck said little. Perez said more.
2. (U) The Casa Alianza office is open.
"""


class FixedDetections(Rule):
    """Reports exactly the given strings (first occurrence after the previous one), like R002."""
    code = "R002"
    name = "fixed"
    severity = "review"
    texts: tuple[str, ...] = ()

    def check(self, cable, ctx):
        pos = 0
        for t in self.texts:
            start = cable.text.index(t.split()[0], pos)
            end = start + len(t) if cable.text[start:start + len(t)] == t else cable.text.index(t.split()[-1], start) + len(t.split()[-1])
            pos = end
            yield self.finding(cable, Span(start, end), t, text=" ".join(cable.text[start:end].split()), confidence=0.9)


def score(tmp_path, detections, gold, floor=0.0):
    p = tmp_path / "C.txt"
    p.write_text(CABLE, encoding="utf-8")
    rule = FixedDetections()
    rule.texts = tuple(detections)
    return score_names.score_file(p, gold, rule, default_context(), floor)


def test_found_missed_and_false_alarm(tmp_path):
    gold = [{"text": "Derham", "line": 5}, {"text": "Barbara Fleck", "line": 5}, {"text": "Juan Perez", "line": 5},
            {"text": "Fleck", "line": 6}, {"text": "Perez", "line": 6}]
    r = score(tmp_path, ["Barbara Fleck", "Juan\nPerez", "Fleck", "Casa Alianza"], gold)
    assert (r["gold"], r["found"], r["dets"], r["correct"]) == (5, 3, 4, 3)
    assert sorted(g[0] for g in r["misses"]) == ["derham", "perez"]
    assert [d[0] for d in r["wrong"]] == ["casa alianza"]


def test_a_detection_inside_a_gold_name_is_correct_but_does_not_find_it(tmp_path):
    r = score(tmp_path, ["Fleck"], [{"text": "Barbara Fleck", "line": 5}])
    assert (r["found"], r["correct"]) == (0, 1)


def test_each_gold_mention_needs_its_own_detection_on_its_line(tmp_path):
    gold = [{"text": "Fleck", "line": 5}, {"text": "Fleck", "line": 6}]
    r = score(tmp_path, ["Barbara Fleck"], gold)
    assert r["found"] == 1  # the line-6 mention is not found by the line-5 detection
    assert score(tmp_path, ["Barbara Fleck", "Fleck"], gold)["found"] == 2


def test_prf_totals():
    rows = [{"gold": 4, "found": 3, "dets": 5, "correct": 4}, {"gold": 0, "found": 0, "dets": 1, "correct": 0}]
    assert score_names.prf(rows).startswith("P 0.667  R 0.750  F1 0.706")


def test_a_detection_holding_two_names_finds_each_once(tmp_path):
    one = [{"text": "Barbara Fleck", "line": 5}, {"text": "Juan", "line": 5}]
    assert score(tmp_path, ["Barbara Fleck and Juan"], one)["found"] == 2
    # two mentions of "Juan" on the line need two detections holding it; one is not reused
    r = score(tmp_path, ["Barbara Fleck and Juan"], one + [{"text": "Juan", "line": 5}])
    assert r["found"] == 1
