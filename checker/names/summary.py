"""Distinct people per cable: mentions grouped, surname-alone mentions under the full name."""
from __future__ import annotations

from collections.abc import Iterable

from checker.names.lexicon import key


def _words(name: str) -> list[str]:
    """Upper-case words of a name in natural order ("TOMSETH, VICTOR L." -> VICTOR L TOMSETH)."""
    if "," in name:
        last, _, first = name.partition(",")
        name = f"{first} {last}"
    return [w for w in key(name).replace(".", " ").replace("'S", "").split() if w]


def summarise(items: Iterable) -> list[tuple[str, int, float]]:
    """Group name mentions (``Mention`` objects or R002 findings) by person.

    Returns ``[(name, count, confidence), ...]``, most mentioned first: ``name`` is the longest form
    seen, ``count`` the number of mentions, ``confidence`` the highest confidence of any mention.
    A mention whose words are all part of a longer name in the same list (``Klich`` and
    ``Bogdan Klich``, ``MEDVEDEVA`` and ``Svetlana Medvedeva``) counts for that longer name; a
    surname shared by two different full names stays on its own.
    """
    forms: list[tuple[str, float]] = []
    for it in items:
        text = getattr(it, "text", None)
        if not text:
            continue
        conf = getattr(it, "confidence", None)
        forms.append((" ".join(text.split()), 1.0 if conf is None else float(conf)))
    # Longest forms first: each becomes a person unless it fits inside exactly one person already.
    people: dict[tuple[str, ...], list] = {}
    order = sorted(range(len(forms)), key=lambda i: -len(_words(forms[i][0])))
    assign: dict[int, tuple[str, ...]] = {}
    for i in order:
        text, conf = forms[i]
        words = tuple(_words(text))
        if not words:
            continue
        if words in people:
            assign[i] = words
            continue
        hosts = [p for p in people if set(words) <= set(p) and words[-1] in p]
        if len(hosts) == 1:
            assign[i] = hosts[0]
        else:
            people[words] = [text, 0, 0.0]
            assign[i] = words
    for i, p in assign.items():
        rec = people[p]
        rec[1] += 1
        rec[2] = max(rec[2], forms[i][1])
        if len(forms[i][0]) > len(rec[0]) and tuple(_words(forms[i][0])) == p:
            rec[0] = forms[i][0]
    out = [(name, count, round(conf, 2)) for name, count, conf in people.values()]
    out.sort(key=lambda r: (-r[1], r[0].upper()))
    return out
