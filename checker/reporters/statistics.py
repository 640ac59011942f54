"""``check --statistics``: one line per rule, ``count  code  name``, most frequent first."""
from __future__ import annotations

import json
from collections import Counter


def counts(result) -> list[tuple[int, str, str]]:
    """(count, code, name) for every rule with findings: by count, then code."""
    n = Counter((f.rule, f.name) for f in result.findings)
    return sorted(((c, code, name) for (code, name), c in n.items()), key=lambda t: (-t[0], t[1]))


def render(result, options=None) -> str:
    rows = counts(result)
    if not rows:
        return ""
    w_count = max(len(str(c)) for c, _, _ in rows)
    w_code = max(len(code) for _, code, _ in rows)
    return "".join(f"{c:>{w_count}}  {code:<{w_code}}  {name}\n" for c, code, name in rows)


def render_json(result, options=None) -> str:
    doc = [{"code": code, "name": name, "count": c} for c, code, name in counts(result)]
    return json.dumps(doc, indent=2) + "\n"
