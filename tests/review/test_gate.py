from types import SimpleNamespace

from checker.findings import Finding
from checker.review import gate
from checker.review.baseline import Baseline, Entry
from checker.review.fingerprint import assign
from checker.review.record import decide


def f(text, start, severity="review", rule="R002"):
    return Finding(rule=rule, name="x", severity=severity, message=f"name {text}", path="08X1.txt", line=1, column=1,
                   end_line=1, end_column=2, text=text, cable_id="08X1", start=start, end=start + 1)


def setup(tmp_path):
    recorded = [f("Undecided", 1), f("Released", 2), f("Redacted", 3), f("gap", 4, "error", "P001"), f("Fixed", 5)]
    assign(recorded)
    bl = Baseline(tmp_path / "b.json", [Entry(x.fingerprint, x.rule, x.severity, "08X1", "08X1.txt") for x in recorded])
    bl.entries[1].decision = decide("release", "a")
    bl.entries[2].decision = decide("redact", "a", "private")
    now = [f("Undecided", 11), f("Released", 12), f("Redacted", 13), f("gap", 14, "error", "P001"), f("New", 15)]
    return bl, [SimpleNamespace(path=str(tmp_path / "08X1.txt"), cable_id="08X1", findings=now)]


def test_statuses_and_what_is_reported(tmp_path):
    bl, cables = setup(tmp_path)
    out = gate.apply(bl, cables)
    counts = {k: out.counts[k] for k in gate.STATUSES}
    assert counts == {"new": 1, "known": 1, "released": 1, "undecided": 1, "redact": 1}
    shown = {x.text: x.baseline for x in cables[0].findings}
    assert shown == {"Redacted": "redact", "New": "new"}
    red = next(x for x in cables[0].findings if x.text == "Redacted")
    assert "still present" in red.message and red.fingerprint
    assert out.blocking == 1 and out.resolved == 1 and out.hidden == 3


def test_fail_on_undecided_reports_and_blocks_every_undecided_review_finding(tmp_path):
    bl, cables = setup(tmp_path)
    out = gate.apply(bl, cables, fail_on_undecided=True)
    shown = {x.text: x.baseline for x in cables[0].findings}
    assert shown == {"Undecided": "undecided", "Redacted": "redact", "New": "new"}
    assert out.blocking == 3  # undecided, redact, and the new review finding (it has no decision either)
    assert out.hidden == 2


def test_entries_of_rules_not_run_are_not_resolved(tmp_path):
    bl, cables = setup(tmp_path)
    assert gate.apply(bl, cables, rules={"P001"}).resolved == 0
