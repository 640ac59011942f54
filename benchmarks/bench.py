"""Throughput and peak memory of cablecheck over a folder of cables (default ../shared/corpus/dev).

    python benchmarks/bench.py [FOLDER] [--select CODES] [--repeat N]
    python benchmarks/bench.py --corpus N [FOLDER] [--jobs 1,2] [--select CODES] [--keep FILE]

Folder mode runs in this process on one core: reads every *.txt once into memory (reading is not
timed), then parses and checks them all with the selected rules, and prints cables/s, MB/s and
the peak resident memory of the process.

Corpus mode builds a synthetic Cablegate ``cables.csv`` of N cables (cycling the folder's
cables; reference ids varied by their year digits, metadata columns taken from each cable's
header) in a temporary folder, then runs the real CLI on it once per ``--jobs`` value
(``python -m checker check --input-format csv --format json``, report to /dev/null; ``--report
statistics`` adds ``--statistics``, the quieter per-rule counts) and reports wall
time, cables/s and peak memory of the CLI and its workers together (the largest sum of their
resident sizes, sampled from /proc every 50 ms; PSS, which counts shared pages once, beside it).
"""
from __future__ import annotations

import argparse
import csv
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from checker import buildinfo
from checker.engine.parallel import settle
from checker.engine.session import Checker, Settings
from checker.readers import Source, decode

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default=str(DEFAULT))
    ap.add_argument("--select", default=None, help="comma-separated rule selectors (default: all rules)")
    ap.add_argument("--ignore", default="", help="comma-separated rule selectors to leave out")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes; the best is reported")
    ap.add_argument("--corpus", type=int, metavar="N", help="corpus mode: a synthetic cables.csv of N cables")
    ap.add_argument("--jobs", default="1,2", help="corpus mode: comma-separated --jobs values to run (default 1,2)")
    ap.add_argument("--keep", metavar="FILE", help="corpus mode: write the CSV here and keep it")
    ap.add_argument("--report", choices=("json", "statistics"), default="json",
                    help="corpus mode: the full JSON report (default) or the quieter --statistics counts")
    args = ap.parse_args(argv)
    if args.corpus:
        return corpus_mode(args)
    files = sorted(Path(args.folder).rglob("*.txt"))
    if not files:
        print(f"no cables under {args.folder}", file=sys.stderr)
        return 2
    sources = []
    for p in files:
        text, enc = decode(p.read_bytes())
        sources.append(Source(str(p), text, {"encoding": enc}))
    nbytes = sum(len(s.text.encode("utf-8")) for s in sources)
    # anchors=False: as `cablecheck check` without a baseline (nothing fingerprints the findings)
    settings = Settings(select=args.select.split(",") if args.select else None,
                        ignore=[x for x in args.ignore.split(",") if x], anchors=False)
    checker = Checker(settings)
    checker.check_source(sources[0])  # load vocabularies before timing
    settle()  # tune the garbage collector as a run does after its first cable
    best = None
    findings = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        findings = sum(len(checker.check_source(s).findings) for s in sources)
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"build: {buildinfo.describe()}")
    print(f"rules: {len(checker.rules)} ({','.join(r.code for r in checker.rules)})")
    print(f"cables: {len(sources)}  bytes: {nbytes / 1e6:.1f} MB  findings: {findings}")
    print(f"best of {args.repeat}: {best:.3f} s  ->  {len(sources) / best:.0f} cables/s, {nbytes / 1e6 / best:.1f} MB/s (one core)")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")
    return 0



# --- corpus mode -------------------------------------------------------------------------------

_ZN = {"UUUUU": "UNCLASSIFIED", "CCCCC": "CONFIDENTIAL", "SSSSS": "SECRET", "TTTTT": "TOP SECRET"}
_KIND = {"AMEMBASSY": "Embassy", "AMCONSUL": "Consulate", "AMCONGEN": "Consulate", "USMISSION": "Mission",
         "USINT": "US Interests Section", "USEU": "Mission", "RPO": "Office"}
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def cable_row(text: str, ref: str) -> tuple[str, str, str, str, str, str]:
    """(date, origin, classification, references, header, body) for one cable's text.

    The header is everything before the first blank line after the first non-blank line (when
    the text starts with a header); metadata comes from that header the way the release's did:
    date from the DTG, classification from the ZN line or the banner, origin from the FM line.
    """
    from checker.parser import parse

    cable = parse(text, ref)
    header_end = 0
    if cable.header is not None:
        last = max(h.line.number for h in cable.header.lines)
        k = text.find("\n\n", cable.lines[last - 1].start)
        header_end = k if k >= 0 else 0
    header, body = (text[:header_end], text[header_end + 1:]) if header_end else ("", text)
    date = "1/1/2000 0:00"
    origin = "Embassy " + "".join(c for c in ref[2:] if c.isalpha()).title()
    cls = cable.classification or "UNCLASSIFIED"
    if cable.header is not None:
        dtg = cable.header.get("DTG")
        if dtg is not None and "year" in dtg.fields and dtg.fields["month"].value in _MONTHS:
            f = {k: v.value for k, v in dtg.fields.items()}
            yy = int(f["year"])
            date = f"{_MONTHS.index(f['month']) + 1}/{int(f['day'])}/{1900 + yy if yy >= 50 else 2000 + yy} " \
                   f"{int(f['hour'])}:{f['minute']}"
        zn = cable.header.get("ZN")
        if zn is not None and zn.fields.get("code") is not None:
            cls = _ZN.get(zn.fields["code"].value, cls)
        fm = cable.header.get("FM")
        if fm is not None and "station" in fm.fields:
            words = fm.fields["station"].value.split()
            if words[0] == "SECSTATE":
                origin = "Secretary of State"
            elif words[0] in _KIND and len(words) > 1:
                origin = f"{_KIND[words[0]]} {' '.join(words[1:]).title()}"
    if any(c.kind == "NOFORN" for c in cable.caveats) and cls in ("CONFIDENTIAL", "SECRET"):
        cls += "//NOFORN"
    refs = "|".join(b.text.split()[0] for b in cable.refs if b.text)[:200]
    return date, origin, cls, refs, header, body


def build_corpus(folder: Path, n: int, out: Path) -> int:
    """Writes a headerless, fully quoted cables.csv of ``n`` cables; returns its size in bytes."""
    files = sorted(folder.rglob("*.txt"))
    rows = []
    for p in files:
        text, _ = decode(p.read_bytes())
        rows.append((p.stem, cable_row(text, p.stem)))
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\n", escapechar="\\", doublequote=False)
        for i in range(n):
            stem, (date, origin, cls, refs, header, body) = rows[i % len(rows)]
            k = i // len(rows)
            ref = f"{(int(stem[:2]) + k) % 100:02d}{stem[2:]}" if stem[:2].isdigit() else f"{stem}-{k}"
            w.writerow([i + 1, date, ref, origin, cls, refs, header, body])
    return out.stat().st_size


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo.extend(int(c) for c in fh.read().split())
        except OSError:
            pass
    return out


def _mem_kb(pids: list[int]) -> tuple[int, int]:
    """(sum of RSS, sum of PSS) in KB over ``pids``."""
    rss = pss = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            pass
    return rss, pss


def run_cli(csv_path: Path, jobs: int, select: str | None, ignore: str, report: str = "json") -> dict:
    cmd = [sys.executable, "-m", "checker", "check", "--isolated", "--input-format", "csv", "--jobs", str(jobs),
           "--format", "json", "--exit-zero", "--quiet", str(csv_path.resolve())]
    if report == "statistics":
        cmd.append("--statistics")
    if select:
        cmd += ["--select", select]
    if ignore:
        cmd += ["--ignore", ignore]
    with tempfile.TemporaryFile() as errfile:
        t0 = time.perf_counter()
        # Run from the CSV's folder: `-m checker` in a source checkout would take the source tree
        # over the installed (maybe compiled) package.
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errfile, cwd=csv_path.parent)
        peak_rss = peak_pss = 0
        while proc.poll() is None:
            rss, pss = _mem_kb(_tree(proc.pid))
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            time.sleep(0.05)
        dt = time.perf_counter() - t0
        errfile.seek(0)
        err = errfile.read().decode("utf-8", "replace")
    child_max = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    return {"jobs": jobs, "seconds": dt, "rc": proc.returncode, "rss_mb": peak_rss / 1024, "pss_mb": peak_pss / 1024,
            "max_single_mb": child_max, "stderr": err.strip()}


def corpus_mode(args) -> int:
    folder = Path(args.folder)
    if not any(folder.rglob("*.txt")):
        print(f"no cables under {folder}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="cablecheck-bench-") as tmp:
        out = Path(args.keep) if args.keep else Path(tmp) / "cables.csv"
        t0 = time.perf_counter()
        size = build_corpus(folder, args.corpus, out)
        print(f"built {out.name}: {args.corpus:,} cables, {size / 1e6:.0f} MB in {time.perf_counter() - t0:.0f} s")
        print(f"build: {buildinfo.describe()}")
        runs = []
        for jobs in [int(j) for j in args.jobs.split(",") if j.strip()]:
            r = run_cli(out, jobs, args.select, args.ignore, args.report)
            runs.append(r)
            print(f"--jobs {jobs}: {r['seconds']:.1f} s  ->  {args.corpus / r['seconds']:,.0f} cables/s, "
                  f"peak memory {r['rss_mb']:.0f} MB RSS / {r['pss_mb']:.0f} MB PSS (CLI + workers), exit {r['rc']}")
            if r["rc"] not in (0, 1):
                print(r["stderr"][-2000:], file=sys.stderr)
        if len(runs) >= 2:
            first = min(runs, key=lambda r: r["jobs"])  # speed-ups against the fewest jobs, whatever the order
            for r in runs:
                if r is not first:
                    print(f"speed-up --jobs {r['jobs']} vs --jobs {first['jobs']}: {first['seconds'] / r['seconds']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
