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
    options = {"args": args, "rules": checker.rule_classes, "summary": not getattr(args, "quiet", False),
               "color": fmt == "text" and not args.output and use_color(sys.stdout, getattr(args, "no_color", False))}
    progress = make_progress(args, settings)
    settings.anchors = False  # no baseline here: nothing fingerprints the findings (saves ~3% of a run)

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
    def write_to(fh):
        return write(items(), fh, options, on_error)

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

