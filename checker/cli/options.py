"""Options shared by the commands that check cables (check, report, baseline, names)."""
from __future__ import annotations

import argparse
import fnmatch
import math
import os
import sys
from pathlib import Path

from checker.atomicfile import write_text
from checker.engine.config import find_config, load_config
from checker.engine.parallel import default_jobs
from checker.engine.selection import SelectorError
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
    g.add_argument("--include", action=_Extend, metavar="GLOBS",
                   help="file globs to check inside folders, matched in any letter case (default *.txt)")
    g.add_argument("--exclude", action=_Extend, metavar="GLOBS", help="file or folder globs to skip inside folders")
    g.add_argument("--force-exclude", action=argparse.BooleanOptionalAction, default=None,
                   help="apply the excludes to paths named on the command line too, as pre-commit passes them "
                        "(config: force-exclude)")
    g.add_argument("--min-confidence", type=_fraction, metavar="X", help="drop findings with a confidence below X (0-1)")
    c = p.add_argument_group("configuration")
    c.add_argument("--config", metavar="FILE", help="config file (default: nearest cablecheck.toml or pyproject.toml)")
    c.add_argument("--isolated", action="store_true", help="ignore all config files")
    c.add_argument("--max-size", type=_positive, metavar="MB",
                   help="skip files (CSV: cables) larger than this (default 64); a CSV file is streamed whatever its size")
    c.add_argument("--input-format", choices=FORMATS, metavar="FORMAT",
                   help="read every input as txt, html (cable-viewer page) or csv (Cablegate dump); "
                        "default: by content. Sets the folder glob too when --include is not given")
    c.add_argument("-j", "--jobs", type=_jobs, metavar="N",
                   help="worker processes (default: number of cores; 1 checks in this process)")


def add_fail_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--fail-on", choices=SEVERITIES, help="lowest severity that makes the exit code 1 (default error)")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when findings are reported")


def _whole(value: str, least: int, what: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected {what}, got {value!r}") from None
    if n < least:
        raise argparse.ArgumentTypeError(f"must be {least} or more, got {value!r}")
    return n


def _jobs(value: str) -> int:
    return _whole(value, 1, "a number of processes")


def count(value: str) -> int:
    """A whole number, 0 or more (e.g. lines of context)."""
    return _whole(value, 0, "a whole number")


def _number(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {value!r}") from None
    if not math.isfinite(x):
        raise argparse.ArgumentTypeError(f"expected a finite number, got {value!r}")
    return x


def _positive(value: str) -> float:
    x = _number(value)
    if x <= 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, got {value!r}")
    return x


def _fraction(value: str) -> float:
    x = _number(value)
    if not 0 <= x <= 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {value!r}")
    return x


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
    s.tune_gc = True  # this process is the run's (engine.parallel.settle)
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
    """Paths given, output writable, config merged with the options, rules loaded: what every
    checking command needs first. ``only`` pins the rule selection whatever the config says.
    None after a one-line error (exit 2)."""
    if not args.paths:
        error("no paths given (use - to read a cable from standard input)")
        return None
    if getattr(args, "output", None) and not writable(args.output):
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
    force = args.force_exclude if args.force_exclude is not None else cfg.get("force-exclude", False)
    args.paths = input_paths(args.paths, settings.exclude, force)
    return settings, cfg, checker


def input_paths(paths: list[str], exclude: list[str], force_exclude: bool) -> list[str]:
    """The command line's paths as the readers should get them.

    ``force_exclude``: paths named explicitly that match an exclude glob are dropped (ruff's
    --force-exclude), so pre-commit, which names each staged file, honours the config's excludes.
    """
    if not force_exclude:
        return list(paths)
    return [p for p in paths if p == "-" or not os.path.exists(p) or not _excluded(p, exclude)]


def _excluded(path: str, exclude: list[str]) -> bool:
    """The path (relative to the working directory when inside it), any folder above it or any of
    their names matches an exclude glob, as the folder walk would have skipped it."""
    rel = os.path.relpath(path)
    outside = rel == os.pardir or rel.startswith(os.pardir + os.sep)
    parts = Path(path if outside else rel).parts
    for i in range(1, len(parts) + 1):
        sub = os.path.join(*parts[:i])
        if any(fnmatch.fnmatch(sub, g) or fnmatch.fnmatch(parts[i - 1], g) for g in exclude):
            return True
    return False


def writable(path: str) -> bool:
    """Checked before the run, so a long run does not end in a write error; False after a one-line error."""
    p = Path(path)
    folder = p.parent
    if p.is_dir():
        why = "is a folder"
    elif not folder.exists():
        why = f"folder {folder} does not exist"
    elif not folder.is_dir():
        why = f"{folder} is not a folder"
    elif not os.access(folder, os.W_OK | os.X_OK) and (p.is_file() or not p.exists()):
        why = f"folder {folder} is not writable"  # the temp file goes there (a device is written through)
    else:
        return True
    error(f"{path}: cannot write: {why}")
    return False


def write_output(path: str, text: str) -> bool:
    """``write_text`` (atomic); False after a one-line error naming the file."""
    try:
        write_text(path, text)
    except OSError as e:
        error(f"{path}: cannot write: {e.strerror or e}")
        return False
    return True


def run_with_progress(checker: Checker, args, settings: Settings):
    """``checker.run`` over the paths with the progress bar on stderr."""
    progress = make_progress(args, settings)
    try:
        return checker.run(args.paths, on_item=progress)
    finally:
        progress.close()
