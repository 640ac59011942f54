"""Throughput and peak memory of cablecheck over a folder of cables (default ../shared/corpus/dev).

    python benchmarks/bench.py [FOLDER] [--select CODES] [--repeat N]

Runs in this process on one core: reads every *.txt once into memory (reading is not timed),
then parses and checks them all with the selected rules, and prints cables/s, MB/s and the
peak resident memory of the process.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

from checker.engine.session import Checker, Settings
from checker.readers import Source, decode

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default=str(DEFAULT))
    ap.add_argument("--select", default=None, help="comma-separated rule selectors (default: all rules)")
    ap.add_argument("--ignore", default="", help="comma-separated rule selectors to leave out")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best is reported")
    args = ap.parse_args(argv)
    files = sorted(Path(args.folder).rglob("*.txt"))
    if not files:
        print(f"no cables under {args.folder}", file=sys.stderr)
        return 2
    sources = []
    for p in files:
        text, enc = decode(p.read_bytes())
        sources.append(Source(str(p), text, {"encoding": enc}))
    nbytes = sum(len(s.text.encode("utf-8")) for s in sources)
    settings = Settings(select=args.select.split(",") if args.select else None,
                        ignore=[x for x in args.ignore.split(",") if x])
    checker = Checker(settings)
    checker.check_source(sources[0])  # load vocabularies before timing
    best = None
    findings = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        findings = sum(len(checker.check_source(s).findings) for s in sources)
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"rules: {len(checker.rules)} ({','.join(r.code for r in checker.rules)})")
    print(f"cables: {len(sources)}  bytes: {nbytes / 1e6:.1f} MB  findings: {findings}")
    print(f"best of {args.repeat}: {best:.3f} s  ->  {len(sources) / best:.0f} cables/s, {nbytes / 1e6 / best:.1f} MB/s (one core)")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
