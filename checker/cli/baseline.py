"""``cablecheck baseline PATH... -o FILE`` and the ``--baseline`` options of ``check``."""
from __future__ import annotations

import sys
from pathlib import Path

from checker.cli.options import add_input_options, error, prepare, writable, write_output
from checker.review import fingerprint, gate
from checker.review.baseline import DEFAULT_NAME, Baseline, Coverage, load, merge, shown_path
from checker.rulefiles import RuleFileError


def register(sub) -> None:
    p = sub.add_parser(
        "baseline", help="record current findings so that checks report only new ones",
        description="Record the current findings in a baseline file (default: the config's baseline, "
                    f"else {DEFAULT_NAME}). Regenerating keeps review decisions of findings still present, "
                    "drops entries of checked cables that are gone and keeps entries of cables not checked.")
    add_input_options(p)
    p.add_argument("-o", "--output", metavar="FILE", help="the baseline file to write or update (atomically)")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    p.set_defaults(func=run)


def run(args) -> int:
    ready = prepare(args)
    if ready is None:
        return 2
    settings, cfg, checker = ready
    target = Path(args.output or cfg.get("baseline") or DEFAULT_NAME)
    if not writable(str(target)):
        return 2
    try:
        old = load(target) if target.exists() else Baseline(target)
    except RuleFileError as e:
        error(f"{e} (not overwritten)")
        return 2
    result = checker.run(args.paths)
    for e in result.errors:
        error(str(e))
    found, cov = [], Coverage(set(), set(), {r.code for r in checker.rule_classes})
    for c in result.cables:
        path = old.rel(c.path)
        cov.paths.add(path)
        found.extend((f, path) for f in fingerprint.assign(c.findings))
        cov.cables.add(fingerprint.cable_key_of(c.cable_id, c.path))
    new, st = merge(old, found, cov)
    text = new.to_json()
    same = target.is_file() and target.read_text(encoding="utf-8") == text
    if not same and not write_output(str(target), text):  # an unchanged baseline keeps its timestamp
        return 2
    if not args.quiet:
        undecided = sum(1 for e in new.entries if e.needs_review and e.decision is None)
        msg = (f"{'unchanged' if same else 'wrote'} {shown_path(target)}: "
               f"{plural(len(new.entries), 'entry', 'entries')} "
               f"({st.added} added, {st.kept} unchanged, {st.removed} removed")
        if st.outside:
            msg += f", {st.outside} kept for cables or rules not checked"
        msg += ")"
        if st.decisions_kept or st.decisions_resolved:
            msg += f"; {plural(st.decisions_kept, 'decision')} kept"
        if st.decisions_resolved:
            msg += f", {st.decisions_resolved} of findings now gone kept under 'resolved'"
        if undecided:
            msg += (f"; {plural(undecided, 'review finding')} awaiting a decision "
                    f"(cablecheck review {shown_path(target)})")
        print(msg, file=sys.stderr)
    return 2 if result.errors else 0


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else (words or word + 's')}"


# --- check --baseline -------------------------------------------------------------------------

def add_check_options(p) -> None:
    g = p.add_argument_group("baseline")
    g.add_argument("--baseline", metavar="FILE",
                   help="report only findings not in this baseline (default: the config's baseline key)")
    g.add_argument("--fail-on-undecided", action="store_true",
                   help="exit 1 while any review finding has no release/redact decision in the baseline")


class Gate:
    """What ``check`` does with a baseline: load it first, filter the run, adjust the exit code."""

    def __init__(self, baseline: Baseline | None, fail_on_undecided: bool):
        self.baseline = baseline
        self.fail_on_undecided = fail_on_undecided
        self.outcome: gate.Outcome | None = None

    @classmethod
    def from_args(cls, args, cfg) -> "Gate | None":
        """None (after a one-line error) when the baseline cannot be used."""
        path = getattr(args, "baseline", None)
        undecided = getattr(args, "fail_on_undecided", False)
        if path is None and cfg.get("baseline"):
            path = cfg["baseline"]
            if not Path(path).exists():  # not made yet: every finding is new, every review undecided
                if not getattr(args, "quiet", False):
                    print(f"cablecheck: baseline {shown_path(path)} (from the config) does not exist yet; "
                          "every finding counts as new", file=sys.stderr)
                return cls(Baseline(Path(path)), undecided)
        if path is None:
            if undecided:
                error("--fail-on-undecided needs a baseline (--baseline FILE or the config's baseline key)")
                return None
            return cls(None, False)
        try:
            return cls(load(path), undecided)
        except RuleFileError as e:
            error(str(e))
            return None

    def apply(self, result, checker, quiet: bool = False) -> None:
        if self.baseline is None:
            return
        rules = {r.code for r in checker.rule_classes}
        self.outcome = gate.apply(self.baseline, result.cables, self.fail_on_undecided, rules)
        result.baseline = self.outcome.summary(self.baseline)
        if not quiet:
            print(f"cablecheck: {self.outcome.describe(self.baseline)}", file=sys.stderr)

    def exit_code(self, code: int, exit_zero: bool) -> int:
        if code == 0 and not exit_zero and self.outcome is not None and self.outcome.blocking:
            return 1
        return code
