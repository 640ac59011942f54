"""The README's configuration and pre-commit examples work as written (review item 8)."""
import re
from pathlib import Path

import pytest

from checker.engine.config import load_config

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
TOML_BLOCKS = re.findall(r"```toml\n(.*?)```", README, re.DOTALL)


def _block(marker: str) -> str:
    (found,) = [b for b in TOML_BLOCKS if marker in b]
    return found


@pytest.mark.parametrize("name, marker", [("pyproject.toml", "[tool.cablecheck]\n"),
                                          ("cablecheck.toml", "[rules.R002]")])
def test_config_examples_load(tmp_path, name, marker):
    body = _block(marker)
    for folder in re.findall(r'vocab-dirs = \["([^"]+)"\]', body):
        (tmp_path / folder).mkdir()
    for pack in re.findall(r'rule-packs = \["([^"]+)"\]', body):
        (tmp_path / pack).parent.mkdir(parents=True)
        (tmp_path / pack).write_text(_block('kind = "rule-pack"'))
    (tmp_path / name).write_text(body)
    cfg, _ = load_config(tmp_path / name)
    assert cfg["rules"] == {"R002": {"min_confidence": 0.7}} and cfg["severity"] == {"T005": "warning"}


def test_pre_commit_example_does_not_name_a_missing_tag():
    block = README[README.index("# .pre-commit-config.yaml"):]
    rev = re.search(r"rev: (.+)", block).group(1)
    assert "v0.1.0" not in rev and "<tag or commit SHA>" in rev
    assert "@v0.1.0" not in README
