"""Loading data files (vocabularies, rule packs, config) and validating them against schemas/.

A broken file raises ``RuleFileError`` whose message is one line naming the file and the field.
"""
from __future__ import annotations

import json
import sys
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class RuleFileError(Exception):
    """A data file that cannot be used; ``str()`` is a one-line message naming file and field."""


def data_root() -> Path:
    return Path(str(files("checker._rules")))


@lru_cache(maxsize=None)
def schema(name: str) -> dict[str, Any]:
    return json.loads(files("checker._schemas").joinpath(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _validator(name: str):
    s = schema(name)
    cls = jsonschema.validators.validator_for(s)
    return cls(s, format_checker=cls.FORMAT_CHECKER)


def _field_path(err: jsonschema.ValidationError) -> str:
    parts = []
    for p in err.absolute_path:
        parts.append(f"[{p}]" if isinstance(p, int) else (("." if parts else "") + str(p)))
    return "".join(parts) or "(top level)"


def validate(data: Any, schema_name: str, path: str | Path) -> None:
    errors = sorted(_validator(schema_name).iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        err = errors[0]
        raise RuleFileError(f"{path}: field {_field_path(err)}: {err.message}")


def read_data(path: str | Path) -> Any:
    """Parse a TOML or JSON file; errors name the file (and line where the parser says)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise RuleFileError(f"{p}: cannot read: {e.strerror or e}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise RuleFileError(f"{p}: not UTF-8 text (byte {e.start})") from None
    try:
        if p.suffix == ".json":
            return json.loads(text)
        return tomllib.loads(text)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as e:
        raise RuleFileError(f"{p}: invalid {'JSON' if p.suffix == '.json' else 'TOML'}: {e}") from None


def load(path: str | Path, schema_name: str) -> Any:
    data = read_data(path)
    validate(data, schema_name, path)
    return data
