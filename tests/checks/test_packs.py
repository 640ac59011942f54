"""The declarative rule types (rules/packs/*.toml) and their loader."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.checks.packs import kinds
from checker.checks.packs.loader import pack_rules
from checker.engine.registry import all_rules, by_code
from checker.parser import parse
from checker.rulefiles import RuleFileError
from tests.conftest import run

HEAD = "UNCLAS GUATEMALA 000242\n\nE.O. 12958: N/A\nTAGS: PGOV GT\nSUBJECT: {subject}\n\n"


def cable(body: str, subject: str = "TEST") -> str:
    return HEAD.format(subject=subject) + body + "\n"


def test_existence_fires_and_near_miss():
    f = run(cable("1. (U) We met [NAME] on [DATE] in the capital."), "X001")
    assert [x.text for x in f] == ["[NAME]", "[DATE]"]
    assert run(cable("1. (U) We met the NAME committee on a DATE to be set."), "X001") == []


def test_substitution_suggests_right_form():
    f = run("UNCLAS GUATEMALA 000242\n\nNOFRON\n\nE.O. 12958: N/A\n", "X002")
    assert len(f) == 1 and f[0].text == "NOFRON" and "use NOFORN instead of NOFRON" in f[0].message
    assert run("UNCLAS GUATEMALA 000242\n\nNOFORN\n\nE.O. 12958: N/A\n", "X002") == []


def test_occurrence_max():
    long_subject = " ".join(["WORD"] * 35)
    f = run(cable("1. (U) Text.", subject=long_subject), "X003")
    assert len(f) == 1 and "35 words" in f[0].message
    assert run(cable("1. (U) Text.", subject=" ".join(["WORD"] * 30)), "X003") == []


def test_repetition_across_line_break():
    f = run(cable("1. (U) We met with the\nthe Minister yesterday."), "X004")
    assert len(f) == 1 and f[0].text == "the\nthe"
    # names repeat legitimately; "had had" is grammar
    assert run(cable("1. (U) Zaw Zaw said that he had had enough."), "X004") == []


def test_consistency_reports_minority_spelling():
    f = run(cable("1. (U) Qadhafi spoke. Qadhafi left. Later Gaddafi returned."), "X005")
    assert [x.text for x in f] == ["Gaddafi"]
    assert run(cable("1. (U) Qadhafi spoke. Qadhafi left."), "X005") == []


def test_consistency_pre_check_needs_two_spellings_of_one_group():
    # One spelling each of two groups: nothing to report, and the regex scan is skipped.
    text = cable("1. (U) Qadhafi met Hezbollah. Qadhafi left.")
    rule = by_code()["X005"]()
    assert rule.absent(parse(text)) and run(text, "X005") == []
    # Case differences still count as two spellings present (the rule ignores case).
    mixed = cable("1. (U) QADHAFI spoke. QADHAFI left. Later gaddafi returned.")
    assert not rule.absent(parse(mixed))
    assert [x.text for x in run(mixed, "X005")] == ["gaddafi"]


def test_pack_rules_fold_each_cable_afresh():
    # The case-folded text is shared by the pack's rules per cable; a new cable must not see the old one.
    both = cable("1. (U) Qadhafi spoke. Qadhafi left. Later Gaddafi returned.")
    one = cable("1. (U) Qadhafi spoke. Qadhafi left.")
    assert [len(run(t, "X005")) for t in (both, one, both, one)] == [1, 0, 1, 0]


def test_conditional():
    f = run(cable("1. (U) BEGIN SUMMARY: things happened.\n\n2. (U) More."), "X006")
    assert len(f) == 1
    assert run(cable("1. (U) BEGIN SUMMARY: things happened. END SUMMARY.\n\n2. (U) More."), "X006") == []


def _write_pack(tmp_path, body: str):
    p = tmp_path / "mine.toml"
    p.write_text('kind = "rule-pack"\nname = "mine"\n' + body, encoding="utf-8")
    return str(p)


RULE = '''
[[rule]]
code = "X901"
name = "slow-pattern"
type = "existence"
summary = "s"
why = "w"
example = "e"
message = "m {match}"
patterns = ['{pattern}']
'''


def test_hostile_user_pattern_times_out_instead_of_hanging(tmp_path, monkeypatch):
    monkeypatch.setattr(kinds, "TIMEOUT", 0.05)
    path = _write_pack(tmp_path, RULE.replace("{pattern}", "(x+x+)+y"))
    (rule_cls,) = pack_rules((path,))
    from checker.engine.runner import check_text
    from tests.conftest import ctx

    f = check_text(cable("1. (U) " + "x" * 5000), [rule_cls()], ctx())
    assert len(f) == 1 and "timed out" in f[0].message


def test_broken_pack_names_file_and_field(tmp_path):
    path = _write_pack(tmp_path, RULE.replace("{pattern}", "ok").replace('type = "existence"', 'type = "exist"'))
    with pytest.raises(RuleFileError) as e:
        pack_rules((path,))
    assert "mine.toml" in str(e.value) and "rule[0].type" in str(e.value)
    assert "\n" not in str(e.value)


def test_invalid_regex_in_pack(tmp_path):
    path = _write_pack(tmp_path, RULE.replace("{pattern}", "(unclosed"))
    with pytest.raises(RuleFileError, match=r"rule\[0\]\.patterns: invalid regular expression"):
        pack_rules((path,))


def test_pack_rules_are_in_the_catalog_with_docs():
    codes = by_code()
    for code in ("X001", "X002", "X003", "X004", "X005", "X006"):
        doc = codes[code].doc()
        assert "## What it does" in doc and "## Why it matters" in doc and "## Example" in doc


def test_extra_pack_duplicate_code_rejected(tmp_path):
    path = _write_pack(tmp_path, RULE.replace("X901", "X001").replace("{pattern}", "ok"))
    with pytest.raises(RuleFileError, match="X001"):
        all_rules((path,))


def test_turkish_dotted_capital_i_is_matched_and_not_skipped(tmp_path):
    # IGNORECASE matches "İ" with "i"; the literal pre-checks and the spelling look-up must agree.
    text = cable("1. (U) HİZBALLAH said that Hezbollah and Hezbollah met.")
    f = run(text, "X005")
    assert [x.text for x in f] == ["HİZBALLAH"] and all(x.rule == "X005" for x in f)
    assert kinds.fold("İSTANBUL ıI") == "istanbul ii"


def test_literal_pre_check_needs_the_word_on_its_own():
    # NOFOR is inside every NOFORN: the pre-check must not send every classified cable to the regex.
    assert not kinds.bounded("caveat noforn here", "nofor")
    assert kinds.bounded("caveat nofor here", "nofor")
    assert kinds.bounded("(nofor)", "nofor") and kinds.bounded("nofor", "nofor")
    assert not kinds.bounded("x-nofor", "nofor") and not kinds.bounded("nofor_1", "nofor")
    assert kinds.bounded("ünofor nofor", "nofor")  # a later occurrence counts


@settings(max_examples=400, deadline=None)
@given(before=st.text(max_size=4), after=st.text(max_size=4),
       word=st.sampled_from(["NOFOR", "al Qaida", "Gaddafi", "sipids", "İSTANBUL"]), ic=st.booleans())
def test_literal_pre_check_never_hides_a_match(before, after, word, ic):
    text = before + word + after
    pat = kinds.compile_words([word], ic)
    if pat.search(text):
        assert kinds.bounded(kinds.fold(text), kinds.fold(word))
