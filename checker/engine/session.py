"""One checking session: settings -> rules + context -> findings for every input."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from checker.checks.base import Context, Rule
from checker.engine import registry, selection
from checker.engine.cable_facts import cable_facts
from checker.engine.runner import check_cable
from checker.findings import Finding, anchor
from checker.parser import parse
from checker.readers import MAX_BYTES, InputError, Source, iter_sources
from checker.vocab import Vocabularies


@dataclass
class Settings:
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    include: list[str] = field(default_factory=lambda: ["*.txt"])
    exclude: list[str] = field(default_factory=list)
    fail_on: str = "error"
    min_confidence: float = 0.0
    severity: dict[str, str] = field(default_factory=dict)
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    vocab_dirs: list[str] = field(default_factory=list)
    extra_vocab: dict[str, list[str]] = field(default_factory=dict)
    rule_packs: list[str] = field(default_factory=list)
    max_bytes: int = MAX_BYTES
    jobs: int = 1  # worker processes; the CLI defaults to the number of cores
    input_format: str | None = None  # txt, html or csv for every input; None: sniff each
    anchors: bool = True  # work out Finding.anchor (baseline identity); off when nothing fingerprints
    # Tune Python's garbage collector for a long run once a process's first cable is checked
    # (engine.parallel.settle). The CLI sets it: it owns its process; a library caller's heap is its own.
    tune_gc: bool = False

    @classmethod
    def from_config(cls, cfg: dict[str, Any]) -> "Settings":
        s = cls()
        s.select = cfg.get("select")
        s.ignore = list(cfg.get("ignore", []))
        s.extend_select = list(cfg.get("extend-select", []))
        s.include = list(cfg.get("include", s.include))
        s.exclude = list(cfg.get("exclude", []))
        s.fail_on = cfg.get("fail-on", s.fail_on)
        s.min_confidence = float(cfg.get("min-confidence", 0.0))
        s.severity = dict(cfg.get("severity", {}))
        s.rule_options = dict(cfg.get("rules", {}))
        s.vocab_dirs = list(cfg.get("vocab-dirs", []))
        s.extra_vocab = dict(cfg.get("extra-vocab", {}))
        s.rule_packs = list(cfg.get("rule-packs", []))
        if "max-size-mb" in cfg:
            s.max_bytes = int(cfg["max-size-mb"] * 1024 * 1024)
        if "jobs" in cfg:
            s.jobs = int(cfg["jobs"])
        return s


@dataclass
class CableResult:
    path: str
    cable_id: str
    findings: list[Finding]
    meta: dict[str, Any] = field(default_factory=dict)
    consumed: int = 0  # Source.consumed: bytes of the inputs read up to this cable (progress)


@dataclass
class RunResult:
    cables: list[CableResult] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return [f for c in self.cables for f in c.findings]


class Checker:
    """Holds the selected rules and context; checks sources one by one."""

    def __init__(self, settings: Settings):
        self.settings = settings
        packs = tuple(settings.rule_packs)
        every = registry.all_rules(packs)
        for where, sels in (("--select", settings.select or []), ("--ignore", settings.ignore),
                            ("--extend-select", settings.extend_select)):
            selection.validate_selectors(sels, every, where)
        for code in list(settings.severity) + list(settings.rule_options):
            if code not in registry.by_code(packs):
                raise selection.SelectorError(f"config: unknown rule code {code!r}")
        self.rule_classes = selection.select(every, settings.select, settings.ignore, settings.extend_select)
        self.rules: list[Rule] = [r() for r in self.rule_classes]
        self.ctx = Context(
            options=settings.rule_options,
            vocab=Vocabularies(settings.vocab_dirs, settings.extra_vocab),
            settings={"min_confidence": settings.min_confidence},
        )

    def check_source(self, source: Source) -> CableResult:
        cable = parse(source.text, source.path, source.meta)
        findings = check_cable(cable, self.rules, self.ctx)
        if self.settings.anchors:
            text = cable.text
            for f in findings:
                f.anchor = anchor(text, f.start, f.end)
        sev = self.settings.severity
        mc = self.settings.min_confidence
        if sev or mc:
            kept = []
            for f in findings:
                if mc and f.confidence is not None and f.confidence < mc:
                    continue
                if f.rule in sev:
                    f.severity = sev[f.rule]
                kept.append(f)
            findings = kept
        return CableResult(source.path, cable.cable_id, findings, {**source.meta, **cable_facts(cable)},
                           source.consumed)

    def sources(self, paths: Iterable[str], chunked: bool = False) -> Iterator:
        """Sources and InputErrors; with ``chunked``, large CSV files partly as CsvChunk items."""
        s = self.settings
        return iter_sources(paths, s.include, s.exclude, s.max_bytes, s.input_format, chunked)

    def results(self, paths: Iterable[str], transform: Callable | None = None) -> Iterator[CableResult | InputError]:
        """A CableResult or InputError per input cable, in input order, read and checked lazily.

        With ``settings.jobs`` > 1 the cables are checked in worker processes
        (``checker.engine.parallel``); the order and the findings are the same as with one job.
        ``transform`` (picklable) maps each CableResult where it was made, e.g. to rendered text.
        """
        from checker.engine.parallel import check_parallel

        jobs = self.settings.jobs
        return check_parallel(self, self.sources(paths, chunked=jobs > 1), jobs, transform=transform)

    def run(self, paths: Iterable[str], on_item: Callable[[CableResult | InputError], None] | None = None) -> RunResult:
        """Every result collected; ``on_item`` (e.g. a progress bar) sees each as it arrives."""
        result = RunResult()
        for item in self.results(paths):
            if on_item is not None:
                on_item(item)
            if isinstance(item, InputError):
                result.errors.append(item)
            else:
                result.cables.append(item)
        return result
