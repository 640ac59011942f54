"""``check --baseline``: which findings to report and which of them must fail the run.

Each finding is new (not in the baseline), known (in it, nothing to decide), released (a reviewer
approved it), undecided (a review finding nobody has decided yet) or redact (a reviewer said the
text must go, and it is still there). Reported: new, redact, and undecided when the run asks to
fail on undecided findings. Blocking regardless of ``--fail-on``: redact, and with
``--fail-on-undecided`` every review finding without a decision, new ones included.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from checker.review import fingerprint
from checker.review.baseline import Baseline, match

STATUSES = ("new", "known", "released", "undecided", "redact")


@dataclass
class Outcome:
    report_undecided: bool = False
    counts: Counter = field(default_factory=Counter)
    blocking: int = 0  # findings that fail the run whatever --fail-on says
    resolved: int = 0  # entries of checked cables no longer found (fixed, or the text was removed)

    @property
    def hidden(self) -> int:
        c = self.counts
        return c["known"] + c["released"] + (0 if self.report_undecided else c["undecided"])

    def summary(self, baseline: Baseline) -> dict:
        d = {"file": baseline.shown, "entries": len(baseline.entries)}
        d.update({s: self.counts[s] for s in STATUSES})
        d.update(hidden=self.hidden, resolved=self.resolved, blocking=self.blocking)
        return d

    def describe(self, baseline: Baseline) -> str:
        c = self.counts
        parts = [f"{self.hidden} known finding{'s' if self.hidden != 1 else ''} hidden"]
        if c["released"]:
            parts[0] += f" ({c['released']} approved for release)"
        parts.append(f"{c['new']} new")
        if c["undecided"]:
            parts.append(f"{c['undecided']} awaiting a review decision")
        if c["redact"]:
            parts.append(f"{c['redact']} marked redact but still present")
        if self.resolved:
            parts.append(f"{self.resolved} baseline entr{'ies' if self.resolved != 1 else 'y'} no longer found")
        return f"baseline {baseline.shown}: " + ", ".join(parts)


def _status(f, entry) -> str:
    if entry is None:
        return "new"
    if entry.decision is not None:
        return "redact" if entry.decision.action == "redact" else "released"
    return "undecided" if f.severity == "review" else "known"


def apply(baseline: Baseline, cables: list, fail_on_undecided: bool = False, rules: set[str] | None = None) -> Outcome:
    """Filters each ``cable.findings`` down to what must be reported and marks those findings.

    ``cables`` are the engine's CableResult objects (path, cable_id, findings); ``rules`` are the
    codes that ran, so entries of other rules are not counted as resolved.
    """
    out = Outcome(report_undecided=fail_on_undecided)
    checked_paths = set()
    pairs_all = []
    for c in cables:
        path = baseline.rel(c.path)
        checked_paths.add(path)
        pairs_all.extend((f, path) for f in fingerprint.assign(c.findings))
    pairs = match(baseline, pairs_all)
    for c in cables:
        kept = []
        for f in c.findings:
            entry = pairs.get(id(f))
            status = _status(f, entry)
            out.counts[status] += 1
            if status == "new":
                if fail_on_undecided and f.severity == "review":
                    out.blocking += 1
                kept.append(replace(f, baseline="new"))
            elif status == "redact":
                out.blocking += 1
                kept.append(replace(f, baseline="redact", message=(
                    f"{f.message} [baseline: {entry.decision.describe()}; the text is still present]")))
            elif status == "undecided" and fail_on_undecided:
                out.blocking += 1
                kept.append(replace(f, baseline="undecided",
                                    message=f"{f.message} [baseline: no review decision yet; run cablecheck review]"))
        c.findings = kept
    used = {id(e) for e in pairs.values()}
    out.resolved = sum(1 for e in baseline.entries if id(e) not in used and e.path in checked_paths
                       and (rules is None or e.rule in rules))
    return out
