"""Fails when checking cables leaves reference cycles behind.

    python scripts/check_cycles.py PATH... [--select CODES]

A cable's objects (lines, prose, tokens, findings) should be freed by reference counting the
moment the cable is done. A reference cycle (in compiled code, a nested function is enough: its
environment and the function point at each other) keeps them alive until the cyclic collector
walks the heap, which cost 5% of a big run's time. This runs the installed ``checker`` serially
over PATH (files or folders, any input format: reading, parsing, the rules, text and JSON
rendering) and prints the number of objects only the cyclic collector could free; exit 1 when
there are any. ``.ci/run`` runs it against the pure and the compiled build.
"""
from __future__ import annotations

import argparse
import gc
import sys
from collections import Counter


def _render(result):
    """Both streamed report formats, as a run renders each cable (module level: picklable)."""
    from checker.reporters.stream import prerender

    prerender(result, "text")
    return prerender(result, "json")


def cyclic_garbage(paths: list[str], select: list[str] | None = None) -> Counter:
    """Objects left in cycles by a serial run over ``paths``, counted by type name.

    Covers what a serial ``check`` does per cable, measured on a second pass: reading (any input
    format), parsing, every selected rule, the text and JSON rendering. Not the worker
    processes' plumbing.
    """
    from checker.engine.session import Checker, Settings

    checker = Checker(Settings(select=select))
    for _ in checker.results(paths, transform=_render):
        pass  # a first pass does the one-time work (lazy imports, the name lexicon, caches)
    gc.collect()
    flags = gc.get_debug()
    gc.set_debug(gc.DEBUG_SAVEALL)  # the collector keeps what it finds in gc.garbage
    try:
        for _ in checker.results(paths, transform=_render):
            pass
        gc.collect()
        found = Counter(type(o).__name__ for o in gc.garbage)
    finally:
        gc.set_debug(flags)
        gc.garbage.clear()
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--select", help="comma-separated rule selectors (default: the default rules)")
    args = ap.parse_args(argv)
    found = cyclic_garbage(args.paths, args.select.split(",") if args.select else None)
    total = sum(found.values())
    detail = ", ".join(f"{name} {n}" for name, n in found.most_common(8))
    print(f"{total} objects in reference cycles" + (f": {detail}" if total else ""))
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
