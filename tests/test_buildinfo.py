import sys
import types

import pytest

from checker import buildinfo
from checker.cli import main


def _fake(monkeypatch, suffix: str) -> None:
    for name in buildinfo._HOT:
        monkeypatch.setitem(sys.modules, name, types.SimpleNamespace(__file__=f"/site/{name.replace('.', '/')}{suffix}"))


def test_extension_modules_read_as_compiled(monkeypatch):
    from importlib.machinery import EXTENSION_SUFFIXES

    _fake(monkeypatch, EXTENSION_SUFFIXES[0])
    assert buildinfo.compiled()
    assert buildinfo.describe() == "compiled with mypyc"


def test_source_modules_read_as_pure_python(monkeypatch):
    _fake(monkeypatch, ".py")
    assert not buildinfo.compiled()
    assert buildinfo.describe() == "pure Python"


def test_sourceless_bytecode_is_not_compiled(monkeypatch):
    _fake(monkeypatch, ".pyc")
    assert not buildinfo.compiled()


def test_version_names_the_build(capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    assert f"({buildinfo.describe()})" in capsys.readouterr().out
