"""``cablecheck report PATH...``: finding counts as a table (by rule, file, origin, year or
classification, with totals), or one row per finding with ``--details``."""
from __future__ import annotations

import sys

from tabulate import tabulate_formats

from checker.cli.options import add_input_options, error, prepare, run_with_progress, write_output
from checker.reporters import table


def register(sub) -> None:
    p = sub.add_parser("report", help="tabulate findings (by rule, file, origin, year, classification)",
                       description="Check cables and print a summary table of the findings with a totals row: "
                                   "by rule and severity (default) or by file, origin station, year or "
                                   "classification; --details lists every finding instead.")
    add_input_options(p)
    p.add_argument("--by", choices=table.GROUPINGS, default="rule", help="what each row counts (default rule)")
    p.add_argument("--sort", choices=["key", "count"], default="key",
                   help="row order: by the grouping key (default) or by number of findings")
    p.add_argument("--details", action="store_true", help="one row per finding instead of the summary")
    p.add_argument("--table-format", default="simple", metavar="FMT",
                   help="any tabulate format: simple (default), github, pipe, grid, html, latex, tsv, ...")
    p.add_argument("-o", "--output", metavar="FILE", help="write the table to FILE (atomically) instead of stdout")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar on stderr")
    p.set_defaults(func=run)


def run(args) -> int:
    if args.table_format not in tabulate_formats:
        error(f"unknown table format {args.table_format!r} (choose from {', '.join(tabulate_formats)})")
        return 2
    ready = prepare(args)
    if ready is None:
        return 2
    settings, _cfg, checker = ready
    result = run_with_progress(checker, args, settings)
    for e in result.errors:
        error(str(e))
    out = table.render(result, {"by": args.by, "sort": args.sort, "details": args.details,
                                "table_format": args.table_format})
    if args.output:
        if not write_output(args.output, out):
            return 2
    else:
        sys.stdout.write(out)
    return 2 if result.errors else 0
