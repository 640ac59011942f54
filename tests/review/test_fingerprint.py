from checker.findings import Finding
from checker.review.fingerprint import assign, cable_key_of, normalise, subject
from tests.conftest import run
from tests.review.cables import cable


def finding(text, message="m", line=1, start=0, rule="R002", cable_id="08X1"):
    return Finding(rule=rule, name="x", severity="review", message=message, path="a/08X1.txt", line=line,
                   column=1, end_line=line, end_column=2, text=text, cable_id=cable_id, start=start, end=start + 1)


def test_normalise_collapses_space_and_case():
    assert normalise("  John\n  SMITH\t") == normalise("john smith") == "john smith"


def test_same_text_differently_spaced_gets_same_fingerprint():
    a, = assign([finding("John  Smith", line=3, start=40)])
    b, = assign([finding("JOHN\nSMITH", line=90, start=4000)])
    assert a.fingerprint == b.fingerprint
    assert ":3:" not in a.fingerprint and a.fingerprint.endswith(":0")


def test_different_text_or_rule_or_cable_differs():
    base, = assign([finding("John Smith")])
    assert assign([finding("Jane Smith")])[0].fingerprint != base.fingerprint
    assert assign([finding("John Smith", rule="R003")])[0].fingerprint != base.fingerprint
    assert assign([finding("John Smith", cable_id="09Y2")])[0].fingerprint != base.fingerprint


def test_occurrence_index_counts_in_text_order():
    later, earlier, other = finding("Smith", start=500), finding("Smith", start=10), finding("Jones", start=20)
    assign([later, earlier, other])
    assert earlier.fingerprint.endswith(":0") and later.fingerprint.endswith(":1")
    assert other.fingerprint.endswith(":0")
    assert earlier.fingerprint.rsplit(":", 1)[0] == later.fingerprint.rsplit(":", 1)[0]


def test_empty_text_uses_message_without_line_numbers():
    a = finding("", message="unnumbered paragraph at line 12 may be it")
    b = finding(None, message="unnumbered paragraph at line 40 may be it")
    c = finding("", message="something else entirely")
    assign([a]), assign([b]), assign([c])
    assert subject(a) == "unnumbered paragraph at line # may be it"
    assert a.fingerprint == b.fingerprint != c.fingerprint


def test_cable_key_is_safe_and_bounded():
    assert cable_key_of(None, "dir/09 ROME:12.txt") == "09_ROME_12"
    assert len(cable_key_of("X" * 500, "")) <= 120


def test_real_rule_fingerprint_survives_lines_inserted_above():
    before = run(cable(1, 2, 4), "P001")
    after = run(cable(1, 2, 4, extra="\n\nREF: A\n\nB\nC\n"), "P001")
    assert before[0].line != after[0].line
    assert assign(before)[0].fingerprint == assign(after)[0].fingerprint
