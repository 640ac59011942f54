# Maps the top-level rules/ and schemas/ folders into the package so that a plain
# `pip install .` ships them; everything else lives in pyproject.toml.
from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["checker", "checker.*"]) + ["checker._rules", "checker._schemas"],
    package_dir={"checker._rules": "rules", "checker._schemas": "schemas"},
    package_data={"checker._rules": ["**/*.toml", "**/*.txt", "**/*.json"], "checker._schemas": ["*.json"]},
)
