"""Packaging hook (the rest is in pyproject.toml).

Maps the top-level rules/ and schemas/ folders into the package so that a plain `pip install .`
ships them, and compiles the hot modules (the cable model, the parser and the name detector)
with mypyc, which makes a check about 1.4 times faster. The compiled build behaves exactly like
the Python source (`.ci/run` compares their reports on the development corpus). It is skipped,
leaving pure Python, for an editable install (`pip install -e .`: a compiled module would hide
later edits to its .py file; CABLECHECK_COMPILE=1 compiles anyway), with CABLECHECK_PURE=1, or
when mypyc or a C compiler is missing (the build says so and goes on).
"""
import os
import sys

from setuptools import find_packages, setup

# Every module here must type-check with mypy (config in pyproject.toml).
COMPILED = [
    "checker/model.py",
    "checker/parser/__init__.py", "checker/parser/body.py", "checker/parser/header.py",
    "checker/parser/patterns.py", "checker/parser/sentences.py", "checker/parser/tags.py",
    "checker/names/detect.py", "checker/names/lexicon.py", "checker/names/runs.py", "checker/names/tokens.py",
]


def _flag(name: str) -> bool:
    return os.environ.get(name, "") not in ("", "0")


def _ext_modules() -> list:
    if _flag("CABLECHECK_PURE"):
        return []
    if "editable_wheel" in sys.argv and not _flag("CABLECHECK_COMPILE"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("cablecheck: mypyc not found, installing the pure Python build", file=sys.stderr)
        return []
    try:
        exts = mypycify(COMPILED, opt_level="3", group_name="cablecheck_native")
    except (Exception, SystemExit) as e:  # mypyc exits on a type error
        print(f"cablecheck: mypyc failed ({e}), installing the pure Python build", file=sys.stderr)
        return []
    for ext in exts:
        ext.optional = True  # no C compiler: build_ext warns and the .py files are used
    return exts


setup(
    packages=find_packages(include=["checker", "checker.*"]) + ["checker._rules", "checker._schemas"],
    package_dir={"checker._rules": "rules", "checker._schemas": "schemas"},
    package_data={"checker._rules": ["**/*.toml", "**/*.txt", "**/*.json"], "checker._schemas": ["*.json"]},
    ext_modules=_ext_modules(),
)
