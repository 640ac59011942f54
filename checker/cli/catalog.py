"""``cablecheck rules`` (the catalog) and ``cablecheck explain CODE`` (a rule's documentation)."""
from __future__ import annotations

import json
import sys

from tabulate import tabulate

from checker.engine import registry
from checker.engine.config import rule_options


def register(sub) -> None:
    p = sub.add_parser("rules", help="list every rule", description="List every rule with its code, slug and severity.")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=run_rules)
    e = sub.add_parser("explain", help="show a rule's documentation",
                       description="Show a rule's documentation (a code or slug), list a family (a prefix such as P), "
                                   "or show every rule's documentation (ALL).")
    e.add_argument("rule", metavar="CODE")
    e.set_defaults(func=run_explain)


def run_rules(args) -> int:
    rules = registry.all_rules()
    if args.format == "json":
        doc = [{"code": r.code, "name": r.name, "severity": r.severity, "family": r.family,
                "default_enabled": r.default_enabled, "summary": r.summary(), "doc": r.doc()} for r in rules]
        sys.stdout.write(json.dumps(doc, indent=2) + "\n")
    else:
        rows = [(r.code, r.name, r.severity, "" if r.default_enabled else "opt-in", r.summary()) for r in rules]
        sys.stdout.write(tabulate(rows, headers=["code", "name", "severity", "default", "summary"], tablefmt="simple") + "\n")
    return 0


def run_explain(args) -> int:
    key = args.rule.strip()
    if key.upper() == "ALL":  # as --select ALL: every rule, in full
        sys.stdout.write("\n\n".join(_explained(r) for r in registry.all_rules()))
        return 0
    exact = registry.by_code().get(key.upper()) or registry.by_name().get(key)
    if exact is not None:
        sys.stdout.write(_explained(exact))
        return 0
    family = [r for r in registry.all_rules() if r.code.startswith(key.upper())] if key[:1].isalpha() else []
    if family:
        rows = [(r.code, r.name, r.severity, r.summary()) for r in family]
        sys.stdout.write(tabulate(rows, headers=["code", "name", "severity", "summary"], tablefmt="simple") + "\n")
        return 0
    print(f"cablecheck: error: no rule matches {key!r} (see `cablecheck rules`)", file=sys.stderr)
    return 2


def _explained(rule) -> str:
    text = f"{rule.code} {rule.name} [{rule.severity}]\n\n{rule.doc()}\n"
    opts = rule_options(rule.code)
    if opts:
        text += f"\n## Options ([rules.{rule.code}] in the config)\n"
        text += "".join(f"- `{k}`: {v.get('description', '')}\n" for k, v in opts.items())
    return text
