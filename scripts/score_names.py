"""Score the personal-name detector (R002) against hand-labelled gold files.

    python scripts/score_names.py tests/data/names/tune.json [MORE.json ...]
        [--corpus ../shared/corpus/dev] [--min-confidence 0.5] [--errors] [--upper]

Gold: {"FILE.txt": {"persons": [{"text": "William J. Burns", "line": 23}, ...]}} (one entry per
mention, `line` = the line the name starts on). Matching, per cable:
- a gold name is found when a detection contains it on word boundaries, case-insensitively
  (white space and line breaks count as one space);
- a detection is correct when it contains a gold name or lies inside one;
- both must be on the same line. A name broken over a line break is labelled on the line it starts
  on while a detection may start there or (if it found only the second part) one line later, so a
  detection on line L may match gold on L or L-1, and a detection spanning lines L..M may match
  gold on any of them;
- each gold mention is matched by its own detection (three "SADRI" on one line need three).
Cables count as ALL CAPS when their body has almost no lower-case letters (checker.names.runs).
Prints precision, recall and F1 per gold file and for ALL CAPS / mixed-case cables; --errors also
lists misses and false alarms (use it on tuning data only, never on a holdout set).
--upper scores synthetic ALL CAPS versions: the cable text and the gold texts are upper-cased
(line numbers stay), a cheap way to measure and tune ALL CAPS behaviour on the tuning cables.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import regex as re

from checker.engine.registry import by_code
from checker.engine.runner import check_text, default_context
from checker.names.runs import is_caps
from checker.parser import parse

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
# Real cables from the Cablegate release that are not in the dev corpus, shipped with their gold
# (tests/data/names/cables/SOURCES.md): looked up here when --corpus does not hold a file.
SHIPPED = ROOT / "tests" / "data" / "names" / "cables"


def norm(s: str) -> str:
    return " ".join(s.replace("’", "'").casefold().split())


def contains(big: str, small: str) -> bool:
    if not small:
        return False
    return re.search(r"(?<![\w])" + re.escape(small) + r"(?![\w])", big) is not None


def score_file(path: Path, gold: list[dict], rule, ctx, floor: float, upper: bool = False):
    text = path.read_text(encoding="utf-8", errors="replace")
    if upper:
        text = text.upper()
    findings = [f for f in check_text(text, [rule], ctx, path=str(path))
                if f.rule == "R002" and (f.confidence or 0) >= floor]
    dets = [(norm(f.text or ""), f.line, f.end_line, f) for f in findings]
    golds = [(norm(g["text"]), int(g["line"])) for g in gold]

    def near(d, g) -> bool:
        _, line, end_line, _ = d
        return line - 1 <= g[1] <= end_line

    used: dict[int, list[str]] = {}  # detection -> the gold texts it found
    found = 0
    misses = []
    for g in golds:
        hit = None
        for i, d in enumerate(dets):
            if i not in used and near(d, g) and contains(d[0], g[0]):
                hit = i
                break
        if hit is None:  # a detection may hold several different names ("BADER, MEDEIROS") ...
            for i, d in enumerate(dets):
                if near(d, g) and contains(d[0], g[0]) and not any(contains(u, g[0]) for u in used.get(i, ())):
                    hit = i  # ... but not the same words twice ("Juan Perez" is not also a later "Perez")
                    break
            if hit is not None and sum(1 for x in golds if x == g) > sum(1 for d in dets if near(d, g) and contains(d[0], g[0])):
                hit = None
        if hit is not None:
            used.setdefault(hit, []).append(g[0])
            found += 1
        else:
            misses.append(g)
    correct = 0
    wrong = []
    for d in dets:
        if any(near(d, g) and (contains(d[0], g[0]) or contains(g[0], d[0])) for g in golds):
            correct += 1
        else:
            wrong.append(d)
    body = parse(text).prose
    caps = is_caps(" ".join(p.text for p in body)) if body else is_caps(text)
    return {"gold": len(golds), "found": found, "dets": len(dets), "correct": correct, "detections": dets,
            "misses": misses, "wrong": wrong, "caps": caps}


def prf(rows) -> str:
    g = sum(r["gold"] for r in rows)
    f = sum(r["found"] for r in rows)
    d = sum(r["dets"] for r in rows)
    c = sum(r["correct"] for r in rows)
    p = c / d if d else 1.0
    r = f / g if g else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  (cables {len(rows)}, gold {g}, found {f}, detections {d}, correct {c})"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--corpus", default=str(DEFAULT_CORPUS))
    ap.add_argument("--min-confidence", type=float, default=0.0)
    ap.add_argument("--errors", action="store_true", help="list misses and false alarms (tuning data only)")
    ap.add_argument("--upper", action="store_true", help="score synthetic ALL CAPS versions (text and gold upper-cased)")
    args = ap.parse_args(argv)
    rule = by_code()["R002"]()
    ctx = default_context()
    everything = []
    for gpath in args.gold:
        data = json.loads(Path(gpath).read_text(encoding="utf-8"))
        rows = []
        for name, entry in data.items():
            p = Path(args.corpus) / name
            if not p.is_file():
                p = SHIPPED / name
            if not p.is_file():
                print(f"{gpath}: {name}: not in {args.corpus} or {SHIPPED}", file=sys.stderr)
                continue
            r = score_file(p, entry.get("persons", []), rule, ctx, args.min_confidence, args.upper)
            r["name"] = name
            rows.append(r)
            if args.errors:
                for g in r["misses"]:
                    print(f"  MISS {name}:{g[1]}: {g[0]}")
                for d in r["wrong"]:
                    f = d[3]
                    print(f"  FA   {name}:{f.line}: {f.text!r} {f.confidence} {f.evidence.get('cues')}")
        everything.extend(rows)
        print(f"{gpath}: {prf(rows)}")
    caps = [r for r in everything if r["caps"]]
    mixed = [r for r in everything if not r["caps"]]
    print(f"ALL CAPS:   {prf(caps)}")
    print(f"mixed case: {prf(mixed)}")
    print(f"overall:    {prf(everything)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
