"""``cablecheck check PATH...``: run the rules, print findings, exit 0/1/2."""
from __future__ import annotations

import sys

from checker.cli.baseline import Gate, add_check_options
from checker.cli.options import add_fail_options, add_input_options, error, prepare, run_with_progress, write_output
from checker.cli.streaming import can_stream, run_streaming
from checker.findings import SEVERITY_RANK
from checker.reporters import github, gitlab, junit, sarif, statistics
from checker.reporters import json as json_reporter
from checker.reporters import text as text_reporter
from checker.reporters.color import use_color

FORMATS = {"text": text_reporter, "json": json_reporter, "sarif": sarif, "github": github,
           "junit": junit, "gitlab": gitlab}


def register(sub) -> None:
    p = sub.add_parser("check", help="check cables and report findings",
                       description="Check cables (files, folders, - for stdin) and report findings.")
    add_input_options(p)
    add_fail_options(p)
    add_check_options(p)
    p.add_argument("--format", choices=sorted(FORMATS), help="output format (default text)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE (atomically) instead of stdout")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="only the findings and errors: no summary line (text), progress bar or baseline note")
    p.add_argument("--statistics", action="store_true",
                   help="print per-rule counts (count, code, name) instead of the findings (text or json)")
    p.add_argument("--no-color", action="store_true", help="no colour in text output (also: NO_COLOR=1)")
    p.set_defaults(func=run)


def exit_code(result, fail_on: str, exit_zero: bool) -> int:
    if result.errors:
        return 2
    if exit_zero:
        return 0
    threshold = SEVERITY_RANK[fail_on]
    return 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in result.findings) else 0


def run(args) -> int:
    ready = prepare(args)
    if ready is None:
        return 2
    settings, cfg, checker = ready
    gate = Gate.from_args(args, cfg)
    if gate is None:
        return 2
    if can_stream(args, args.format or cfg.get("format") or "text", gate):  # flat memory on big corpora
        return run_streaming(args, checker, settings, args.format or cfg.get("format") or "text")
    result = run_with_progress(checker, args, settings)
    gate.apply(result, checker, args.quiet)
    for e in result.errors:
        error(str(e))
    fmt = args.format or cfg.get("format") or "text"
    if fmt not in FORMATS:
        error(f"unknown format {fmt!r} (choose from {', '.join(sorted(FORMATS))})")
        return 2
    options = {"args": args, "rules": checker.rule_classes, "summary": not args.quiet,
               "color": fmt == "text" and not args.output and use_color(sys.stdout, args.no_color)}
    if args.statistics:
        if fmt not in ("text", "json"):
            error(f"--statistics prints text or json, not {fmt}")
            return 2
        out = (statistics.render if fmt == "text" else statistics.render_json)(result, options)
    else:
        out = FORMATS[fmt].render(result, options)
    if args.output:
        if not write_output(args.output, out):
            return 2
    else:
        sys.stdout.write(out)
    return gate.exit_code(exit_code(result, settings.fail_on, args.exit_zero), args.exit_zero)

