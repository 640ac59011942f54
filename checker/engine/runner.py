"""Runs the selected rules over parsed cables and collects findings in a stable order."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from checker.checks.base import Context, Rule
from checker.findings import SORT_KEY, Finding
from checker.model import Cable
from checker.parser import parse


class RuleCrash(Exception):
    pass


def check_cable(cable: Cable, rules: Sequence[Rule], ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    for rule in rules:
        try:
            out.extend(rule.check(cable, ctx))
        except Exception as e:  # a bug in one rule must not lose the other rules' findings
            out.append(Finding(
                rule="E900", name="rule-crashed", severity="error",
                message=f"internal error in {rule.code} {rule.name}: {type(e).__name__}: {e}",
                path=cable.path, line=1, column=1, end_line=1, end_column=1, cable_id=cable.cable_id,
            ))
    out.sort(key=SORT_KEY)
    return out


def check_text(text: str, rules: Iterable[Rule], ctx: Context | None = None, path: str = "<string>",
               meta: dict | None = None) -> list[Finding]:
    """Parse one cable's text and run ``rules`` on it (the API the tests and readers use)."""
    return check_cable(parse(text, path, meta), list(rules), ctx or default_context())


def default_context() -> Context:
    from checker.vocab import Vocabularies

    return Context(vocab=Vocabularies())
