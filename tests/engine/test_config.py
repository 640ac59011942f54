import pytest

from checker.engine.config import find_config, load_config
from checker.engine.session import Settings
from checker.rulefiles import RuleFileError


def test_pyproject_table_is_found_from_subfolder(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.cablecheck]\nselect = ["P"]\nfail-on = "warning"\n')
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    path = find_config(sub)
    cfg, _ = load_config(path)
    s = Settings.from_config(cfg)
    assert s.select == ["P"] and s.fail_on == "warning"


def test_pyproject_without_table_is_skipped(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text('[tool.other]\nx = 1\n')
    assert find_config(tmp_path / "sub") is None


def test_cablecheck_toml_wins_and_resolves_paths(tmp_path):
    (tmp_path / "cablecheck.toml").write_text('vocab-dirs = ["myvocab"]\nbaseline = "b.json"\n')
    (tmp_path / "myvocab").mkdir()  # must exist; the baseline need not (yet)
    cfg, _ = load_config(find_config(tmp_path))
    assert cfg["vocab-dirs"] == [str((tmp_path / "myvocab").resolve())]
    assert cfg["baseline"] == str((tmp_path / "b.json").resolve())


@pytest.mark.parametrize(
    "body, field",
    [
        ('fail-on = "sometimes"\n', "fail-on"),
        ('select = "P001"\n', "select"),
        ('[severity]\nP001 = "fatal"\n', "severity.P001"),
        ('unknown-key = 1\n', "(top level)"),
    ],
)
def test_invalid_config_names_file_and_field(tmp_path, body, field):
    p = tmp_path / "cablecheck.toml"
    p.write_text(body)
    with pytest.raises(RuleFileError) as e:
        load_config(p)
    msg = str(e.value)
    assert str(p) in msg and field in msg and "\n" not in msg


def test_toml_syntax_error_is_one_line(tmp_path):
    p = tmp_path / "cablecheck.toml"
    p.write_text("select = [\n")
    with pytest.raises(RuleFileError) as e:
        load_config(p)
    assert str(p) in str(e.value) and "\n" not in str(e.value)


# --- per-rule options, rule codes and paths are checked against the catalog (review items 1, 4) ---

def _error(tmp_path, body: str, name: str = "cablecheck.toml") -> str:
    p = tmp_path / name
    p.write_text(body)
    with pytest.raises(RuleFileError) as e:
        load_config(p)
    msg = str(e.value)
    assert str(p) in msg and "\n" not in msg
    return msg


@pytest.mark.parametrize("value", ['"high"', "2", "-0.5", "true"])
def test_rule_option_with_a_wrong_value_says_what_is_expected(tmp_path, value):
    msg = _error(tmp_path, f"[tool.cablecheck.rules.R002]\nmin_confidence = {value}\n", "pyproject.toml")
    assert "[tool.cablecheck]: field rules.R002.min_confidence: expected a number between 0 and 1" in msg


def test_misspelt_rule_option_is_named(tmp_path):
    msg = _error(tmp_path, "[rules.R002]\nmin_confidenc = 0.7\n")
    assert "field rules.R002: unknown option 'min_confidenc' (R002 takes min_confidence)" in msg


def test_option_for_a_rule_that_takes_none(tmp_path):
    msg = _error(tmp_path, "[rules.D003]\nwindow = 3\nsize = 2\n")
    assert "field rules.D003: unknown options 'size', 'window' (D003 takes no options)" in msg


def test_valid_rule_options_load(tmp_path):
    p = tmp_path / "cablecheck.toml"
    p.write_text("[rules.R002]\nmin_confidence = 1\n[rules.D003]\n")
    assert load_config(p)[0]["rules"] == {"R002": {"min_confidence": 1}, "D003": {}}


@pytest.mark.parametrize(
    "body, expected",
    [
        ('ignore = ["P001", "ZZZ9"]\n', "field ignore[1]: unknown rule selector 'ZZZ9'"),
        ('select = ["nonsense-slug"]\n', "field select[0]: unknown rule selector"),
        ('extend-select = ["Q"]\n', "field extend-select[0]: unknown rule selector 'Q'"),
        ('[severity]\nQ123 = "error"\n', "field severity.Q123: unknown rule code 'Q123'"),
        ('[rules.Q123]\nx = 1\n', "field rules.Q123: unknown rule code 'Q123'"),
    ],
)
def test_unknown_rules_name_the_config_and_key(tmp_path, body, expected):
    assert expected in _error(tmp_path, body)


def test_rule_pack_codes_are_known_to_the_config(tmp_path):
    (tmp_path / "mine.toml").write_text(
        'kind = "rule-pack"\nname = "mine"\n[[rule]]\ncode = "X901"\nname = "draft-marker"\ntype = "existence"\n'
        'severity = "warning"\nsummary = "s"\nwhy = "w"\nexample = "e"\nmessage = "draft {match}"\ntokens = ["DRAFT"]\n')
    p = tmp_path / "cablecheck.toml"
    p.write_text('rule-packs = ["mine.toml"]\nselect = ["X901"]\n[severity]\nX901 = "error"\n')
    assert load_config(p)[0]["severity"] == {"X901": "error"}


@pytest.mark.parametrize("key, kind", [("vocab-dirs", "folder"), ("rule-packs", "file")])
def test_missing_vocab_dir_or_pack_is_an_error(tmp_path, key, kind):
    (tmp_path / "there").mkdir()
    (tmp_path / "there.toml").write_text("")
    there = "there" if kind == "folder" else "there.toml"
    msg = _error(tmp_path, f'{key} = ["{there}", "missing"]\n')
    assert f"field {key}[1]: {kind} 'missing' not found ({tmp_path / 'missing'})" in msg
