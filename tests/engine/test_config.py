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
