import json

import pytest

from checker.findings import Finding
from checker.review.baseline import Baseline, Coverage, Entry, load, match, merge
from checker.review.fingerprint import assign
from checker.review.record import decide
from checker.rulefiles import RuleFileError, validate


def found(text, path="c/08X1.txt", start=0, rule="R002"):
    f = Finding(rule=rule, name="x", severity="review", message=f"name {text}", path=path, line=start + 1,
                column=1, end_line=1, end_column=2, text=text, cable_id="08X1", start=start, end=start + 1)
    assign([f])
    return f


def write(tmp_path, data, name="b.json"):
    p = tmp_path / name
    p.write_text(json.dumps(data), encoding="utf-8")
    return p


def test_save_validates_and_round_trips(tmp_path):
    bl = Baseline(tmp_path / "b.json")
    f = found("John Smith")
    e = Entry(f.fingerprint, "R002", "review", "08X1", "c/08X1.txt", 3, "name")
    e.decision = decide("redact", "alice", "private person", at="2024-05-01T09:30:00Z")
    bl.entries.append(e)
    bl.save()
    data = json.loads(bl.path.read_text())
    validate(data, "baseline.schema.json", bl.path)
    again = load(bl.path)
    assert again.entries[0].decision.action == "redact" and again.entries[0].decision.note == "private person"
    assert again.to_json() == bl.path.read_text()


@pytest.mark.parametrize("mutate, field", [
    (lambda d: d["entries"][0].update(fingerprint="P001:x:zz:0"), "entries[0].fingerprint"),
    (lambda d: d["entries"][0].update(decision={"action": "maybe", "reviewer": "a", "at": "2024-05-01T09:30:00Z"}),
     "entries[0].decision.action"),
    (lambda d: d["entries"][0].update(decision={"action": "release", "reviewer": "a", "at": "yesterday"}),
     "entries[0].decision.at"),
    (lambda d: d["entries"][0].pop("cable"), "entries[0]"),
    (lambda d: d.update(version=2), "version"),
])
def test_malformed_baseline_names_file_and_field(tmp_path, mutate, field):
    data = {"version": 1, "entries": [{"fingerprint": "P001:08X1:0123456789abcdef:0", "rule": "P001",
                                       "severity": "error", "cable": "08X1", "path": "08X1.txt"}]}
    mutate(data)
    p = write(tmp_path, data)
    with pytest.raises(RuleFileError) as err:
        load(p)
    msg = str(err.value)
    assert "\n" not in msg and str(p) in msg and f"field {field}" in msg


def test_duplicate_entries_and_bad_json_are_errors(tmp_path):
    e = {"fingerprint": "P001:08X1:0123456789abcdef:0", "rule": "P001", "severity": "error", "cable": "08X1",
         "path": "08X1.txt"}
    with pytest.raises(RuleFileError, match=r"entries\[1\]\.fingerprint: duplicate of entries\[0\]"):
        load(write(tmp_path, {"version": 1, "entries": [e, dict(e)]}))
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(RuleFileError, match="invalid JSON"):
        load(tmp_path / "bad.json")
    with pytest.raises(RuleFileError, match="baseline file not found"):
        load(tmp_path / "missing.json")


def test_match_prefers_same_path_and_moves_only_from_missing_files(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "08X1.txt").write_text("x")
    f = found("John Smith")
    bl = Baseline(tmp_path / "b.json", [Entry(f.fingerprint, "R002", "review", "08X1", "a/08X1.txt"),
                                        Entry(f.fingerprint, "R002", "review", "08X1", "old/08X1.txt")])
    # The same cable copied to b/: a/ still exists, so only the entry of the vanished old/ file may move.
    pairs = match(bl, [(f, "b/08X1.txt")])
    assert pairs[id(f)].path == "old/08X1.txt"
    g = found("John Smith")
    pairs = match(bl, [(g, "a/08X1.txt"), (f, "b/08X1.txt")])
    assert pairs[id(g)].path == "a/08X1.txt" and pairs[id(f)].path == "old/08X1.txt"
    h = found("John Smith")
    assert id(h) not in match(bl, [(g, "a/08X1.txt"), (f, "b/08X1.txt"), (h, "c/08X1.txt")])


def test_merge_keeps_decisions_moves_gone_decided_to_resolved_keeps_outside(tmp_path):
    kept, gone = found("John Smith", start=5), found("Jane Doe", start=50)
    other = Entry("R002:09Y2:0123456789abcdef:0", "R002", "review", "09Y2", "d/09Y2.txt")
    old = Baseline(tmp_path / "b.json", [
        Entry(kept.fingerprint, "R002", "review", "08X1", "c/08X1.txt", 6, decision=decide("release", "bo")),
        Entry(gone.fingerprint, "R002", "review", "08X1", "c/08X1.txt", 51, decision=decide("redact", "bo")),
        other,
    ])
    new_one = found("Ann Lee", start=90)
    cov = Coverage({"c/08X1.txt"}, {"08X1"}, {"R002"})
    new, st = merge(old, [(kept, "c/08X1.txt"), (new_one, "c/08X1.txt")], cov)
    by_fp = {e.fingerprint: e for e in new.entries}
    assert by_fp[kept.fingerprint].decision.action == "release"
    assert by_fp[new_one.fingerprint].decision is None
    assert gone.fingerprint not in by_fp and other.fingerprint in by_fp
    # the decision on the gone finding is the record of a redaction done: kept, never matched again
    (res,) = new.resolved
    assert res.fingerprint == gone.fingerprint and res.decision.action == "redact"
    assert (st.added, st.kept, st.removed, st.outside, st.decisions_kept, st.decisions_resolved) == (1, 1, 1, 1, 1, 1)
    assert [e.path for e in new.entries] == sorted(e.path for e in new.entries)


def test_rel_paths_are_relative_to_the_baseline_folder(tmp_path, monkeypatch):
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    bl = Baseline(tmp_path / "b.json")
    assert bl.rel("x.txt") == "sub/x.txt"
    assert bl.rel(str(tmp_path / "y" / "z.txt")) == "y/z.txt"
    assert bl.rel("<stdin>") == "<stdin>"
