"""The plain-Python baseline check must never accept what the JSON schema rejects."""
import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.review.baseline import quick_valid
from checker.rulefiles import _validator

VALID = {"version": 1, "entries": [
    {"fingerprint": "R002:08X1:0123456789abcdef:3", "rule": "R002", "severity": "review", "cable": "08X1",
     "path": "c/08X1.txt", "line": 4, "message": "m",
     "decision": {"action": "redact", "reviewer": "Al", "at": "2024-05-01T09:30:00Z", "note": "n"}},
    {"fingerprint": "P001:08X1:0123456789abcdef:0", "rule": "P001", "severity": "error", "cable": "08X1",
     "path": "c/08X1.txt"}]}
ODD = st.one_of(
    st.none(), st.booleans(), st.integers(-2, 3), st.floats(allow_nan=False), st.text(max_size=4),
    st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=2), st.integers(), max_size=1),
    st.sampled_from(["P001:08X1:0123456789abcdef:0\n", "p001:x:0123456789abcdef:0", "P001:a b:0123456789abcdef:0",
                     "P001:" + "x" * 131 + ":0123456789abcdef:0", "R002:a:0123456789abcdef:12", "P01", "",
                     "y" * 131, "release", "skip", "fatal", "2024-05-01 09:30:00Z", "2024-05-01T09:30:00.5Z",
                     "2024-05-01T09:30:00+00:00", "2024-05-01T09:30:00Z\n", 1.0, 0]))
DELETE = object()
KEYS = ["version", "entries", "fingerprint", "rule", "severity", "cable", "path", "line", "message", "decision",
        "action", "reviewer", "at", "note", "extra"]


@st.composite
def documents(draw):
    """A valid baseline with zero to three fields replaced, removed or added."""
    doc = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(0, 3))):
        where = draw(st.sampled_from(["doc", "entry0", "entry1", "decision"]))
        target = {"doc": doc, "decision": doc["entries"][0].get("decision") if isinstance(doc.get("entries"), list)
                  and doc["entries"] and isinstance(doc["entries"][0], dict) else None}.get(where)
        if where.startswith("entry") and isinstance(doc.get("entries"), list) and len(doc["entries"]) > int(where[-1]):
            target = doc["entries"][int(where[-1])]
        if not isinstance(target, dict):
            continue
        key, value = draw(st.sampled_from(KEYS)), draw(st.one_of(ODD, st.just(DELETE)))
        if value is DELETE:
            target.pop(key, None)
        else:
            target[key] = value
    return doc


@settings(max_examples=600, deadline=None)
@given(documents())
def test_quick_check_accepts_only_schema_valid_documents(doc):
    if quick_valid(doc):
        assert _validator("baseline.schema.json").is_valid(doc), doc


def test_quick_check_accepts_ordinary_baselines():
    assert quick_valid(VALID) and _validator("baseline.schema.json").is_valid(VALID)
