"""``cablecheck review [FILE]``: walk the undecided review findings of a baseline and record decisions.

Reads answers from the terminal, or one per line from standard input when it is not a terminal
(``r``, ``d``, ``s``, ``q``, optionally followed by a note). Saves after every decision.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from checker.cli.baseline import plural
from checker.cli.options import count, error
from checker.engine import registry
from checker.engine.config import find_config, load_config
from checker.engine.selection import SelectorError
from checker.engine.session import Checker, Settings
from checker.review import fingerprint
from checker.review.baseline import DEFAULT_NAME, Baseline, load, match
from checker.review.record import ACTIONS, current_reviewer
from checker.review.walk import PROMPT, Item, describe, parse_answer, pending, walk
from checker.rulefiles import RuleFileError


def register(sub) -> None:
    p = sub.add_parser(
        "review", help="record release/redact decisions for review findings in a baseline",
        description="Walk the review findings of a baseline that have no decision yet, show each in its "
                    "context and record release, redact or skip (q quits; decisions are saved at once). "
                    "When standard input is not a terminal, answers are read from it one per line.")
    p.add_argument("file", nargs="?", metavar="FILE",
                   help=f"the baseline (default: the config's baseline key, else {DEFAULT_NAME})")
    p.add_argument("--list", action="store_true", help="print the undecided entries and exit")
    p.add_argument("--all", action="store_true", help="include entries that already have a decision")
    p.add_argument("--reviewer", metavar="NAME", help="who decides (default: git user.name, else the OS user)")
    p.add_argument("--context", type=count, default=2, metavar="N", help="lines of context either side (default 2)")
    c = p.add_argument_group("configuration")
    c.add_argument("--config", metavar="FILE", help="config file (default: nearest cablecheck.toml or pyproject.toml)")
    c.add_argument("--isolated", action="store_true", help="ignore all config files")
    p.set_defaults(func=run)


def _config(args) -> dict | None:
    try:
        if args.isolated:
            return {}
        if args.config and not Path(args.config).exists():
            raise RuleFileError(f"{args.config}: config file not found")
        return load_config(args.config or find_config())[0]
    except RuleFileError as e:
        error(str(e))
        return None


def _read_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


class Locator:
    """Finds each entry's finding as the cable has it today (one checker, one cable at a time)."""

    def __init__(self, bl: Baseline, entries: list, cfg: dict):
        self.bl = bl
        settings = Settings.from_config(cfg)
        known = {r.code for r in registry.all_rules(tuple(getattr(settings, "rule_packs", ()) or ()))}
        codes = sorted({e.rule for e in entries} & known)
        settings.select, settings.ignore, settings.extend_select = codes, [], []
        self.checker = None
        if codes:
            try:
                self.checker = Checker(settings)
            except (SelectorError, RuleFileError) as err:
                error(str(err))

    def cable(self, group: list) -> tuple[list[Item], int]:
        """Items of one cable's entries in text order, and how many are gone from the cable."""
        path, file = group[0].path, self.bl.resolve(group[0])
        if self.checker is None or not file.is_file():
            return [Item(e) for e in sorted(group, key=lambda e: (e.line or 0, e.fingerprint))], 0
        found, lines = [], None
        for src in self.checker.sources([str(file)]):
            if hasattr(src, "text"):
                lines = _read_lines(src.text)
                found.extend((f, path) for f in fingerprint.assign(self.checker.check_source(src).findings))
        pairs = match(Baseline(self.bl.path, group), found)
        live = {}
        for f, _ in found:
            e = pairs.get(id(f))
            if e is not None:
                live[id(e)] = f
        items, gone = [], 0
        for e in group:
            if id(e) in live:
                items.append(Item(e, live[id(e)], lines))
            elif lines is None:
                items.append(Item(e))
            else:
                gone += 1  # fixed or already redacted: nothing left to decide
        items.sort(key=lambda it: ((it.live.line, it.live.column) if it.live else (it.entry.line or 0, 0),
                                   it.entry.fingerprint))
        return items, gone


def by_cable(entries: list) -> list[list]:
    groups = defaultdict(list)
    for e in entries:
        groups[e.path].append(e)
    return [groups[p] for p in sorted(groups)]


def short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _list(locator: Locator, todo: list, all_: bool) -> int:
    gone = 0
    for group in by_cable(todo):
        items, g = locator.cable(group)
        gone += g
        for it in items:
            e, f = it.entry, it.live
            line = f"{f.line}:{f.column}" if f else e.line
            state = e.decision.describe() if e.decision else "undecided"
            text = ""
            if f is not None and f.text and " ".join(f.text.split()) not in f.message:
                text = f" {short(f.text)!r}"
            print(f"{e.path}:{line or '?'}: {e.rule} [{e.severity}] cable {e.cable}: "
                  f"{f.message if f else e.message}{text} ({state})")
    what = "review entr" if all_ else "undecided review entr"
    tail = f"; {gone} no longer found in their cables" if gone else ""
    print(plural(len(todo) - gone, what + "y", what + "ies") + tail)
    return 0


def run(args) -> int:
    cfg = _config(args)
    if cfg is None:
        return 2
    target = args.file or cfg.get("baseline") or DEFAULT_NAME
    try:
        bl = load(target)
    except RuleFileError as e:
        error(str(e))
        return 2
    todo = pending(bl.entries, include_decided=args.all)
    locator = Locator(bl, todo, cfg)
    if args.list:
        return _list(locator, todo, args.all)
    if not todo:
        print("nothing to review")
        return 0
    reviewer = current_reviewer(args.reviewer, bl.folder)
    tty = sys.stdin.isatty()

    def ask(item: Item, n: int, total: int) -> str | None:
        print()
        print("\n".join(describe(item, n, total, max(0, args.context))))
        if tty:
            try:
                line = input(PROMPT)
                ans = parse_answer(line)
                if ans.action in ACTIONS and not ans.note:
                    line += " " + input("note (optional): ")
                return line
            except EOFError:
                return None
        print(PROMPT, end="", flush=True)
        line = sys.stdin.readline()
        if not line:
            print()
            return None
        print(line.rstrip("\n"))
        return line

    print(f"reviewing {plural(len(todo), 'entry', 'entries')} of {bl.shown} as {reviewer}")
    decided = skipped = done = 0
    stopped = False
    for group in by_cable(todo):
        items, gone = locator.cable(group)
        if gone:
            print(f"\n{group[0].path}: {plural(gone, 'entry', 'entries')} no longer found in the cable, skipped "
                  "(`cablecheck baseline` drops them)")
        res = walk(items, ask, bl.save, reviewer, say=print, first=done + gone + 1, total=len(todo))
        decided, skipped, done = decided + res.decided, skipped + res.skipped, done + gone + len(items)
        if res.quit:
            stopped = True
            break
    left = sum(1 for e in bl.entries if e.needs_review and e.decision is None)
    print(f"\n{decided} decided, {skipped} skipped{', stopped' if stopped else ''}; "
          f"{left} still undecided in {bl.shown}")
    return 0
