import pytest

from checker.engine.registry import all_rules
from checker.engine.selection import SelectorError, select, validate_selectors


def codes(rules):
    return {r.code for r in rules}


def test_default_is_every_rule_not_opt_in():
    assert codes(select(all_rules(), None)) == {r.code for r in all_rules() if r.default_enabled}


def test_prefix_and_slug():
    got = codes(select(all_rules(), ["P"]))
    assert got and all(c.startswith("P") for c in got)
    assert codes(select(all_rules(), ["paragraph-gap"])) == {"P001"}


def test_longest_prefix_wins():
    # ignore the family, select one rule back: the more specific selector wins
    got = codes(select(all_rules(), ["ALL", "X001"], ignore=["X"]))
    assert "X001" in got and not any(c.startswith("X") and c != "X001" for c in got)
    # and the other way round
    got = codes(select(all_rules(), ["X"], ignore=["X001"]))
    assert "X001" not in got and "X002" in got


def test_ignore_wins_at_equal_specificity():
    assert "P001" not in codes(select(all_rules(), ["P001"], ignore=["P001"]))


def test_extend_select_adds():
    got = codes(select(all_rules(), ["F"], extend_select=["P001"]))
    assert "P001" in got and "F001" in got


def test_unknown_selector_is_an_error():
    with pytest.raises(SelectorError, match="'Q9'"):
        validate_selectors(["Q9"], all_rules(), "--select")


def test_opt_in_rules_need_their_own_selector():
    assert "X004" not in codes(select(all_rules(), None))
    assert "X004" in codes(select(all_rules(), ["X"]))
    assert "X004" in codes(select(all_rules(), None, extend_select=["X004"]))
    assert "X004" in codes(select(all_rules(), ["ALL"]))
