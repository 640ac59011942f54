"""``cablecheck names PATH...``: the people each cable names (rule R002 only), grouped per person."""
from __future__ import annotations

import json
import sys

from checker.cli.options import add_input_options, error, prepare, run_with_progress, write_output
from checker.names import summarise


def register(sub) -> None:
    p = sub.add_parser("names", help="list the personal names in each cable",
                       description="List the people each cable names (rule R002), one line per distinct "
                                   "person with the number of mentions and the highest confidence.")
    add_input_options(p)
    p.add_argument("--format", choices=["text", "json"], default="text", help="output format (default text)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (atomically) instead of stdout")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar on stderr")
    p.set_defaults(func=run)


def run(args) -> int:
    ready = prepare(args, only=["R002"])  # only the name rule, whatever the config selects
    if ready is None:
        return 2
    settings, _cfg, checker = ready
    result = run_with_progress(checker, args, settings)
    for e in result.errors:
        error(str(e))
    doc = []
    for c in result.cables:
        people = summarise(f for f in c.findings if f.rule == "R002")
        doc.append({"path": c.path, "cable_id": c.cable_id,
                    "names": [{"name": n, "mentions": k, "confidence": conf} for n, k, conf in people]})
    if args.format == "json":
        out = json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    else:
        lines = []
        for d in doc:
            n = len(d["names"])
            cid = d["cable_id"]
            head = d["path"] + (f" ({cid})" if cid and cid != d["path"] else "")
            lines.append(f"{head}: {n} {'name' if n == 1 else 'names'}")
            lines.extend(f"  {x['mentions']:>5}  {x['name']}  (confidence {x['confidence']:.2f})" for x in d["names"])
        out = "".join(line + "\n" for line in lines)
    if args.output:
        if not write_output(args.output, out):
            return 2
    else:
        sys.stdout.write(out)
    return 2 if result.errors else 0
