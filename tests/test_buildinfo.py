import sys
import types

import pytest

from checker import buildinfo
from checker.cli import main


def _fake(monkeypatch, suffix: str) -> None:
    for name in buildinfo._HOT:
        monkeypatch.setitem(sys.modules, name, types.SimpleNamespace(__file__=f"/site/{name.replace('.', '/')}{suffix}"))


def test_extension_modules_read_as_compiled(monkeypatch):
    _fake(monkeypatch, ".cpython-311-x86_64-linux-gnu.so")
    assert buildinfo.compiled()
    assert buildinfo.describe() == "compiled with mypyc"


def test_source_modules_read_as_pure_python(monkeypatch):
    _fake(monkeypatch, ".py")
    assert not buildinfo.compiled()
    assert buildinfo.describe() == "pure Python"


def test_version_names_the_build(capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    assert f"({buildinfo.describe()})" in capsys.readouterr().out
