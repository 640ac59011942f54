"""Which build is running: the mypyc-compiled parser and name detector, or pure Python (see setup.py)."""
from __future__ import annotations

import importlib
from importlib.machinery import EXTENSION_SUFFIXES

_HOT = ("checker.names.detect", "checker.parser.body")  # two of the modules setup.py compiles


def compiled() -> bool:
    """True when the hot modules were loaded from compiled extension modules."""
    files = [getattr(importlib.import_module(m), "__file__", None) or "" for m in _HOT]
    return all(f.endswith(tuple(EXTENSION_SUFFIXES)) for f in files)


def describe() -> str:
    return "compiled with mypyc" if compiled() else "pure Python"
