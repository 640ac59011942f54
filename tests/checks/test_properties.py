"""Properties every rule must keep on any input: never raise, positions inside the input,
``text`` equal to the slice it points at, and the same output on every run."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.engine.registry import all_rules
from checker.engine.runner import check_cable
from checker.parser import parse
from tests.conftest import EXAMPLE, ctx

SEED_LINES = EXAMPLE.read_text(encoding="utf-8").split("\n")
EXTRA_LINES = [
    "", "¶", ". (U)", "¶. (SBU) x", "1.(C)", "SECTION 01 OF 02", "GUATEMALA 00000242 002 OF 002",
    "TAGS:", "TAGS: OVIP (RICE, CONDOLEEZZA) PGOV", "E.O. 12958: DECL: 13/45/2099", "O R 261637Z FEB 10",
    "DE RUEHGT #0242/01 0581956", "ZNY CCCCC ZZH", "C O N F I D E N T I A L GUATEMALA 000242",
    "XXXXXXXXXXXX", "Classified By: Ambassador X, reasons 1.4 (b) and (d).", "SUBJECT:", "END SUMMARY.",
    "A. sub", "-----", "Derham", "the the the the", "(C - ENTIRE TEXT)", "Tel: +502 2326-4000",
]
RULES = [r() for r in all_rules()]

cable_like = st.lists(
    st.one_of(st.sampled_from(SEED_LINES + EXTRA_LINES), st.text(max_size=80)), max_size=60
).map("\n".join)
any_text = st.one_of(st.text(max_size=2000), cable_like)


def _check(text: str):
    cable = parse(text, "h.txt")
    return cable, check_cable(cable, RULES, ctx())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_rules_never_raise_and_positions_lie_inside(text):
    cable, findings = _check(text)
    crashed = [f.message for f in findings if f.rule == "E900"]
    assert not crashed
    lines = cable.text.split("\n")
    for f in findings:
        assert 1 <= f.line <= len(lines) and 1 <= f.end_line <= len(lines)
        assert 1 <= f.column <= len(lines[f.line - 1]) + 1
        assert 1 <= f.end_column <= len(lines[f.end_line - 1]) + 1
        assert (f.line, f.column) <= (f.end_line, f.end_column)
        assert 0 <= f.start <= f.end <= len(cable.text)
        if f.text and f.rule != "R002":  # R002's text joins line breaks; tested in its own suite
            assert f.text == cable.text[f.start:f.end], f.rule


@settings(max_examples=40, deadline=None)
@given(cable_like)
def test_output_is_deterministic(text):
    a = [(f.sort_key(), f.to_dict()) for f in _check(text)[1]]
    b = [(f.sort_key(), f.to_dict()) for f in _check(text)[1]]
    assert a == b


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=3000))
def test_parser_never_raises(text):
    cable = parse(text)
    assert cable.lines[-1].end == len(cable.text)
    for p in cable.paragraphs:
        assert 0 <= p.span.start <= p.span.end <= len(cable.text)
    for prose in cable.prose:
        for i in range(0, len(prose.text), 7):
            assert 0 <= prose.source_offset(i) <= len(cable.text)
