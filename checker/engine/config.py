"""Finds and validates configuration: ``cablecheck.toml`` or ``[tool.cablecheck]`` in ``pyproject.toml``."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from checker.rulefiles import RuleFileError, read_data, validate

CONFIG_NAMES = ("cablecheck.toml", ".cablecheck.toml", "pyproject.toml")


def find_config(start: str | Path | None = None) -> Path | None:
    """The nearest config file from ``start`` (default: the working directory) upwards."""
    d = Path(start or Path.cwd()).resolve()
    if d.is_file():
        d = d.parent
    for folder in (d, *d.parents):
        for name in CONFIG_NAMES:
            p = folder / name
            if p.is_file():
                if name != "pyproject.toml":
                    return p
                try:
                    data = read_data(p)
                except RuleFileError:
                    return p  # report the broken file rather than silently skipping it
                if "cablecheck" in data.get("tool", {}):
                    return p
    return None


def load_config(path: str | Path | None) -> tuple[dict[str, Any], Path | None]:
    """(settings, file) with settings validated by ``schemas/config.schema.json``."""
    if path is None:
        return {}, None
    p = Path(path)
    data = read_data(p)
    if p.name == "pyproject.toml":
        data = data.get("tool", {}).get("cablecheck", {})
        where = f"{p} [tool.cablecheck]"
    else:
        where = str(p)
    validate(data, "config.schema.json", where)
    base = p.resolve().parent
    for key in ("vocab-dirs", "rule-packs"):
        if key in data:
            data[key] = [str((base / x).resolve()) for x in data[key]]
    if "baseline" in data:
        data["baseline"] = str((base / data["baseline"]).resolve())
    return data, p
