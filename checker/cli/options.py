"""Options shared by the commands that check cables (check, report, baseline, names)."""
from __future__ import annotations

import argparse
import os
import sys

from checker.engine.config import find_config, load_config
from checker.engine.selection import SelectorError
from checker.engine.parallel import default_jobs
from checker.engine.session import Checker, Settings
from checker.findings import SEVERITIES
from checker.readers.formats import DEFAULT_GLOBS, FORMATS
from checker.rulefiles import RuleFileError


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


class _Extend(argparse.Action):
    """Comma-separated values, option repeatable: --select P,C --select D001."""

    def __call__(self, parser, namespace, values, option_string=None):
        cur = getattr(namespace, self.dest) or []
        setattr(namespace, self.dest, cur + _csv(values))


def add_input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH", help="files, folders (recursively) or - for stdin")
    g = p.add_argument_group("selection")
    g.add_argument("--select", action=_Extend, metavar="CODES", help="rules to enable: codes, prefixes, slugs or ALL")
    g.add_argument("--ignore", action=_Extend, metavar="CODES", help="rules to disable")
    g.add_argument("--extend-select", action=_Extend, metavar="CODES", help="rules to enable on top of --select/config")
    g.add_argument("--include", action=_Extend, metavar="GLOBS", help="file globs to check inside folders (default *.txt)")
    g.add_argument("--exclude", action=_Extend, metavar="GLOBS", help="file or folder globs to skip")
    g.add_argument("--min-confidence", type=float, metavar="X", help="drop findings with a confidence below X (0-1)")
    c = p.add_argument_group("configuration")
    c.add_argument("--config", metavar="FILE", help="config file (default: nearest cablecheck.toml or pyproject.toml)")
    c.add_argument("--isolated", action="store_true", help="ignore all config files")
    c.add_argument("--max-size", type=float, metavar="MB",
                   help="skip files (CSV: cables) larger than this (default 64); a CSV file is streamed whatever its size")
    c.add_argument("--input-format", choices=FORMATS, metavar="FORMAT",
                   help="read every input as txt, html (cable-viewer page) or csv (Cablegate dump); "
                        "default: by content. Sets the folder glob too when --include is not given")
    c.add_argument("-j", "--jobs", type=_jobs, metavar="N",
                   help="worker processes (default: number of cores; 1 checks in this process)")


def add_fail_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--fail-on", choices=SEVERITIES, help="lowest severity that makes the exit code 1 (default error)")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when findings are reported")


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of processes, got {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return n


def error(msg: str) -> None:
    print(f"cablecheck: error: {msg}", file=sys.stderr)


def settings_from_args(args) -> tuple[Settings, dict] | None:
    """Config file merged with command-line options; None (after a one-line error) when invalid."""
    try:
        path = None if args.isolated else (args.config or find_config())
        if args.config and not os.path.exists(args.config):
            raise RuleFileError(f"{args.config}: config file not found")
        cfg, _ = load_config(path)
    except RuleFileError as e:
        error(str(e))
        return None
    s = Settings.from_config(cfg)
    if args.select:
        s.select = args.select
    s.ignore += args.ignore or []
    s.extend_select += args.extend_select or []
    if args.include:
        s.include = args.include
    s.exclude += args.exclude or []
    if args.min_confidence is not None:
        s.min_confidence = args.min_confidence
    if args.max_size is not None:
        s.max_bytes = int(args.max_size * 1024 * 1024)
    s.jobs = args.jobs or (int(cfg["jobs"]) if "jobs" in cfg else default_jobs())
    if args.input_format:
        s.input_format = args.input_format
        if not args.include and "include" not in cfg:
            s.include = list(DEFAULT_GLOBS[args.input_format])
    if getattr(args, "fail_on", None):
        s.fail_on = args.fail_on
    return s, cfg


def make_checker(s: Settings) -> Checker | None:
    try:
        return Checker(s)
    except (SelectorError, RuleFileError) as e:
        error(str(e))
        return None


def make_progress(args, settings: Settings):
    """A progress bar on stderr (a no-op unless stderr is a terminal and --quiet is off)."""
    from checker.progress import Progress, total_bytes

    if getattr(args, "quiet", False) or not sys.stderr.isatty():
        return Progress(enabled=False)
    return Progress(total_bytes(args.paths, settings.include, settings.exclude))


def prepare(args, only: list[str] | None = None) -> tuple[Settings, dict, Checker] | None:
    """Paths given, config merged with the options, rules loaded: what every checking command
    needs first. ``only`` pins the rule selection whatever the config says. None after a
    one-line error (exit 2)."""
    if not args.paths:
        error("no paths given (use - to read a cable from standard input)")
        return None
    got = settings_from_args(args)
    if got is None:
        return None
    settings, cfg = got
    if only is not None:
        settings.select, settings.ignore, settings.extend_select = list(only), [], []
    checker = make_checker(settings)
    if checker is None:
        return None
    return settings, cfg, checker


def run_with_progress(checker: Checker, args, settings: Settings):
    """``checker.run`` over the paths with the progress bar on stderr."""
    progress = make_progress(args, settings)
    try:
        return checker.run(args.paths, on_item=progress)
    finally:
        progress.close()
