"""Paragraph numbering read as a sequence: repeats, and the numbers that break the order.

P001, P002 and P003 share this so that one misplaced or repeated number is reported once, by the
rule it belongs to, and not again as a gap.
"""
from __future__ import annotations

from bisect import bisect_left

from checker.model import Cable, Paragraph


class Numbering:
    def __init__(self, cable: Cable):
        numbered = [p for p in cable.paragraphs if p.number is not None]
        self.first: dict[int, Paragraph] = {}
        self.repeats: list[Paragraph] = []  # a number already used by an earlier paragraph
        unique: list[Paragraph] = []
        for p in numbered:
            if p.number in self.first:
                self.repeats.append(p)
            else:
                self.first[p.number] = p
                unique.append(p)
        keep = _increasing(unique)
        self.ordered = [p for i, p in enumerate(unique) if i in keep]  # the longest increasing run
        self.misplaced = [p for i, p in enumerate(unique) if i not in keep]


def _increasing(ps: list[Paragraph]) -> set[int]:
    """Indexes of a longest strictly increasing subsequence of the numbers (O(n log n))."""
    tails: list[int] = []  # smallest tail number of an increasing run of each length
    tail_at: list[int] = []
    back: list[int] = []
    for i, p in enumerate(ps):
        k = bisect_left(tails, p.number)
        if k == len(tails):
            tails.append(p.number)
            tail_at.append(i)
        else:
            tails[k] = p.number
            tail_at[k] = i
        back.append(tail_at[k - 1] if k > 0 else -1)
    keep: set[int] = set()
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        keep.add(i)
        i = back[i]
    return keep


_last: tuple[Cable | None, Numbering | None] = (None, None)


def numbering(cable: Cable) -> Numbering:
    """Computed once per cable and shared by the paragraph rules (they run one after another)."""
    global _last
    if _last[0] is not cable:
        _last = (cable, Numbering(cable))
    return _last[1]
