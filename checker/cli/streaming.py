"""``check`` with a text or JSON report: findings written as the run goes (flat memory).

Used when nothing needs the whole run at once (no baseline, no --statistics, format text or
json); the output is the same as rendering the collected run. Input errors go to stderr as
they are met; with ``-o FILE`` the report is written to a temp file beside FILE and renamed over
it at the end, as ``checker.atomicfile`` does.
"""
from __future__ import annotations

import functools
import sys

from checker.atomicfile import open_atomic
from checker.cli.options import error, make_progress
from checker.findings import SEVERITY_RANK
from checker.reporters import stream
from checker.reporters.color import use_color


def can_stream(args, fmt: str, gate) -> bool:
    return fmt in stream.WRITERS and getattr(gate, "baseline", None) is None


def run_streaming(args, checker, settings, fmt: str) -> int:
    options = {"args": args, "rules": checker.rule_classes,
               "color": fmt == "text" and not args.output and use_color(sys.stdout, getattr(args, "no_color", False))}
    progress = make_progress(args, settings)

    stats = getattr(args, "statistics", False)

    def items():
        render = functools.partial(stream.prerender, fmt="statistics" if stats else fmt, color=options["color"])
        for item in checker.results(args.paths, transform=render):
            progress(item)
            yield item

    def on_error(e) -> None:
        progress.clear()
        error(str(e))

    write = stream.WRITERS[fmt]
    if stats:
        write = functools.partial(stream.write_statistics, as_json=fmt == "json")
    quiet_text = fmt == "text" and not stats and getattr(args, "quiet", False)

    def write_to(fh):
        return write(items(), _WithoutLastLine(fh) if quiet_text else fh, options, on_error)

    try:
        if args.output:
            tally = _to_file(args.output, write_to)
        else:
            tally = write_to(sys.stdout)
    except OSError as e:
        if not args.output:  # stdout: a closed pipe is handled by main()
            raise
        error(f"{args.output}: cannot write: {e.strerror or e}")
        return 2
    finally:
        progress.close()
    if tally.errors:
        return 2
    if args.exit_zero:
        return 0
    return 1 if tally.worst >= SEVERITY_RANK[settings.fail_on] else 0


def _to_file(path: str, write):
    with open_atomic(path) as fh:
        return write(fh)


class _WithoutLastLine:
    """Passes text on but the last line, the "Found N findings" summary that -q hides: one line is
    held back until the next arrives, so memory stays flat."""

    def __init__(self, out):
        self.out = out
        self.held = ""

    def write(self, text: str) -> None:
        self.held += text
        last = self.held.rfind("\n", 0, len(self.held) - 1)
        if last >= 0:
            self.out.write(self.held[:last + 1])
            self.held = self.held[last + 1:]
