"""The ``Rule`` base class every check derives from.

A rule is one small class in one module under ``checker/checks/<family>/``: it sets ``code``,
``name`` and ``severity``, documents itself in its docstring (``## What it does``, ``## Why it
matters``, ``## Example``) and implements ``check``. The registry finds it; nothing lists it by hand.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from checker.findings import Finding
from checker.model import Cable, Span


class Context:
    """What a rule may know besides the cable: its options and the loaded vocabularies."""

    def __init__(self, options: dict[str, dict[str, Any]] | None = None, vocab=None, settings=None):
        self._options = options or {}
        self.vocab = vocab
        self.settings = dict(settings or {})

    def options(self, code: str) -> dict[str, Any]:
        return self._options.get(code, {})


class Rule:
    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    severity: ClassVar[str] = "error"
    family: ClassVar[str] = ""  # set by the registry from the module's package
    default_enabled: ClassVar[bool] = True  # False: opt-in, runs only when selected by name or prefix

    def check(self, cable: Cable, ctx: Context) -> Iterable[Finding]:
        raise NotImplementedError

    @classmethod
    def summary(cls) -> str:
        doc = (cls.__doc__ or "").strip()
        return doc.splitlines()[0].strip() if doc else ""

    @classmethod
    def doc(cls) -> str:
        import inspect

        return inspect.cleandoc(cls.__doc__ or "")

    def finding(
        self,
        cable: Cable,
        span: Span,
        message: str,
        *,
        text: str | None = None,
        paragraph: int | None = None,
        confidence: float | None = None,
        evidence: dict[str, Any] | None = None,
        severity: str | None = None,
        cable_id: str | None = None,
    ) -> Finding:
        """A finding at ``span``; ``cable_id`` saves working out ``cable.cable_id`` again per finding."""
        start, end = span.start, max(span.start, span.end)
        line, col = cable.position(start)
        end_line, end_col = cable.position(end)
        if paragraph is None:
            p = cable.paragraph_at(start)
            paragraph = p.number if p is not None else None
        return Finding(
            rule=self.code,
            name=self.name,
            severity=severity or self.severity,
            message=message,
            path=cable.path,
            line=line,
            column=col,
            end_line=end_line,
            end_column=end_col,
            text=cable.text[start:end] if text is None else text,
            paragraph=paragraph,
            cable_id=cable.cable_id if cable_id is None else cable_id,
            confidence=confidence,
            evidence=evidence or {},
            start=start,
            end=end,
        )
