"""What a check reports: one ``Finding`` per problem, with its position and evidence."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from operator import attrgetter
from typing import Any

# Ordered lowest to highest: "--fail-on review" fails on review, warning and error findings.
SEVERITIES = ("info", "review", "warning", "error")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}
# Report order (``Finding.sort_key``); the C-level getter sorts a cable's findings without a Python call each.
SORT_KEY = attrgetter("path", "line", "column", "rule", "end_line", "end_column", "message")


@dataclass(slots=True)
class Finding:
    rule: str  # stable code, e.g. "P001"
    name: str  # stable slug, e.g. "paragraph-gap"
    severity: str
    message: str
    path: str
    line: int  # 1-based
    column: int  # 1-based
    end_line: int
    end_column: int  # 1-based, just past the last character
    text: str | None = None  # the exact span in the (line-end normalised) text
    paragraph: int | None = None
    cable_id: str | None = None
    confidence: float | None = None
    evidence: dict[str, Any] = field(default_factory=dict)
    start: int = 0  # offsets into the cable text; not reported, used for ordering
    end: int = 0
    fingerprint: str | None = None  # set when checking against a baseline (checker.review)
    baseline: str | None = None  # baseline status: new, undecided or redact
    anchor: str = ""  # the words around the span (part of the baseline identity); not reported

    def sort_key(self) -> tuple:
        return SORT_KEY(self)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        del d["start"], d["end"], d["anchor"]
        return {k: v for k, v in d.items() if v is not None and v != {}}


ANCHOR_WORDS = 4
_ANCHOR_REACH = 80  # characters looked at on each side (enough for four words of cable text)


def anchor(text: str, start: int, end: int) -> str:
    """The few words before and after ``text[start:end]``, case-folded, white space collapsed.

    Part of a finding's baseline identity, so that two mentions of the same name are told apart
    by where they stand (not by their order) and a decision stays with its own mention when
    another one is redacted or removed.
    """
    # Only the words kept are split off (maxsplit). Of more than ANCHOR_WORDS words before, the first
    # (maybe a cut word) is never among the last ANCHOR_WORDS; of fewer, all are kept.
    before = text[max(0, start - _ANCHOR_REACH):start].rsplit(None, ANCHOR_WORDS)
    after = text[end:end + _ANCHOR_REACH].split(None, ANCHOR_WORDS)
    return " ".join(before[-ANCHOR_WORDS:]).casefold() + " | " + " ".join(after[:ANCHOR_WORDS]).casefold()
