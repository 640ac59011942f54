"""Packaging hook (the rest is in pyproject.toml).

Maps the top-level rules/ and schemas/ folders into the package so that a plain `pip install .`
ships them, and compiles the hot modules (the parser and the name detector) with mypyc, which
makes a check about 1.4 times faster. The compiled build reports exactly what the Python source
reports (`.ci/run` compares them on the development corpus). It is skipped, leaving pure Python:
- for editable and in-place builds (`pip install -e .`, `setup.py develop`, `build_ext --inplace`):
  a compiled module next to its .py file would hide later edits (CABLECHECK_COMPILE=1 compiles
  anyway);
- with CABLECHECK_PURE=1;
- when mypyc fails, or the C compiler fails on any of the modules: the build says so and installs
  every module as Python (never a half-compiled package).
"""
import os
import sys

from setuptools import find_packages, setup
from setuptools.command.build_ext import build_ext

# Every module here must type-check with mypy (config in pyproject.toml).
COMPILED = [
    "checker/parser/__init__.py", "checker/parser/body.py", "checker/parser/header.py",
    "checker/parser/patterns.py", "checker/parser/sentences.py", "checker/parser/tags.py",
    "checker/names/detect.py", "checker/names/lexicon.py", "checker/names/runs.py", "checker/names/tokens.py",
    "checker/reporters/json_item.py",
]
_BUILD_COMMANDS = ("bdist_wheel", "build", "build_ext", "install")  # not egg_info / dist_info / sdist
_IN_PLACE = ("editable_wheel", "develop", "--inplace", "-i")


def _flag(name: str) -> bool:
    return os.environ.get(name, "") not in ("", "0")


def _say(message: str) -> None:
    print(f"cablecheck: {message}", file=sys.stderr)


def _ext_modules() -> list:
    if _flag("CABLECHECK_PURE") or not any(c in sys.argv for c in _BUILD_COMMANDS + _IN_PLACE):
        return []
    if any(a in sys.argv for a in _IN_PLACE) and not _flag("CABLECHECK_COMPILE"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _say("mypyc not found, installing the pure Python build")
        return []
    try:
        return mypycify(COMPILED, opt_level="3", group_name="cablecheck_native")
    except (Exception, SystemExit) as e:  # mypyc exits on a type error
        _say(f"mypyc failed ({e}), installing the pure Python build")
        return []


class AllOrNothingBuildExt(build_ext):
    """Builds every compiled module or none: a module's stub without the shared library cannot import."""

    def run(self):
        try:
            super().run()
        except Exception as e:  # CompileError, LinkError, a missing compiler ...
            for ext in self.extensions:
                path = self.get_ext_fullpath(ext.name)
                if os.path.exists(path):
                    os.remove(path)
            self.extensions = []
            self.distribution.ext_modules = []
            _say(f"compiling failed ({e}), installing the pure Python build")


setup(
    packages=find_packages(include=["checker", "checker.*"]) + ["checker._rules", "checker._schemas"],
    package_dir={"checker._rules": "rules", "checker._schemas": "schemas"},
    package_data={"checker._rules": ["**/*.toml", "**/*.txt", "**/*.json"], "checker._schemas": ["*.json"]},
    ext_modules=_ext_modules(),
    cmdclass={"build_ext": AllOrNothingBuildExt},
)
