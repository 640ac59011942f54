"""Finds and validates configuration: ``cablecheck.toml`` or ``[tool.cablecheck]`` in ``pyproject.toml``.

Every error is a ``RuleFileError`` naming the config file and the field. Besides the schema, the
rule codes, selectors and per-rule options are checked against the rule catalog here, so that a
mistake is reported as the config's and not as a command-line option's or a rule's crash.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema

from checker.rulefiles import RuleFileError, read_data, schema, validate

CONFIG_NAMES = ("cablecheck.toml", ".cablecheck.toml", "pyproject.toml")
SELECTOR_KEYS = ("select", "extend-select", "ignore")


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
    """(settings, file) with settings validated by ``schemas/config.schema.json`` and the rule catalog."""
    if path is None:
        return {}, None
    p = Path(path)
    data = read_data(p)
    if p.name == "pyproject.toml":
        data = data.get("tool", {}).get("cablecheck", {})
        where = f"{p} [tool.cablecheck]"
    else:
        where = str(p)
    _check_rule_options(data.get("rules"), where, declared_only=True)  # before the schema: says what is expected
    validate(data, "config.schema.json", where)
    base = p.resolve().parent
    for key, kind in (("vocab-dirs", "folder"), ("rule-packs", "file")):
        resolved = [base / x for x in data.get(key, [])]
        for i, (given, full) in enumerate(zip(data.get(key, []), resolved)):
            if not (full.is_dir() if kind == "folder" else full.is_file()):
                raise RuleFileError(f"{where}: field {key}[{i}]: {kind} {given!r} not found ({full})")
        if key in data:
            data[key] = [str(x.resolve()) for x in resolved]
    if "baseline" in data:  # may not exist yet: `cablecheck baseline` makes it
        data["baseline"] = str((base / data["baseline"]).resolve())
    _check_rule_codes(data, where)
    return data, p


def rule_options(code: str) -> dict[str, dict[str, Any]]:
    """The options a rule reads (name -> JSON schema), as declared in the config schema's ``rules``."""
    declared = schema("config.schema.json")["properties"]["rules"].get("properties", {})
    return declared.get(code, {}).get("properties", {})


def _check_rule_options(rules: Any, where: str, declared_only: bool = False) -> None:
    """Each rule's options are ones it declares, with values its declaration accepts."""
    if not isinstance(rules, dict):
        return  # the schema reports it
    for code, opts in rules.items():
        declared = rule_options(code)
        if not isinstance(opts, dict) or (declared_only and not declared):
            continue
        unknown = sorted(set(opts) - set(declared))
        if unknown:
            takes = f"{code} takes {', '.join(declared)}" if declared else f"{code} takes no options"
            raise RuleFileError(f"{where}: field rules.{code}: unknown option{'s' if len(unknown) > 1 else ''} "
                                f"{', '.join(map(repr, unknown))} ({takes})")
        for key, value in opts.items():
            if not jsonschema.Draft202012Validator(declared[key]).is_valid(value):
                raise RuleFileError(f"{where}: field rules.{code}.{key}: expected {_expected(declared[key])}, "
                                    f"got {value!r}")


def _expected(sub: dict[str, Any]) -> str:
    kind = {"number": "a number", "integer": "a whole number", "boolean": "true or false",
            "string": "a string"}.get(sub.get("type"), "a value matching the schema")
    if "minimum" in sub and "maximum" in sub:
        return f"{kind} between {sub['minimum']} and {sub['maximum']}"
    return kind


def _check_rule_codes(data: dict[str, Any], where: str) -> None:
    """Selectors, severity and rules keys name rules that exist (rule packs of this config included)."""
    if not any(k in data for k in (*SELECTOR_KEYS, "severity", "rules")):
        return
    # Imported here: the catalog imports every rule, which a config without rule keys never needs.
    from checker.engine import registry, selection

    every = registry.all_rules(tuple(data.get("rule-packs", ())))
    codes = {r.code for r in every}
    for key in SELECTOR_KEYS:
        for i, s in enumerate(data.get(key, [])):
            try:
                selection.validate_selectors([s], every, f"{where}: field {key}[{i}]")
            except selection.SelectorError as e:
                raise RuleFileError(str(e)) from None
    for key in ("severity", "rules"):
        for code in data.get(key, {}):
            if code not in codes:
                raise RuleFileError(f"{where}: field {key}.{code}: unknown rule code {code!r} "
                                    "(see `cablecheck rules`)")
    _check_rule_options(data.get("rules"), where)
