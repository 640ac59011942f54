"""Every compiled pattern stays linear on long adversarial lines (no catastrophic backtracking)."""
import time

import pytest
import regex

from checker.parser import parse
from checker.parser import patterns as P

PATTERNS = {name: obj for name, obj in vars(P).items() if isinstance(obj, regex.Pattern)}
N = 200_000
ADVERSARIAL = [
    "a" * N,
    " " * N + "x",
    "1" * N,
    "(" * N,
    "¶" * N,
    "E.O. " + "1" * N,
    "TAGS: " + "[A](" * (N // 4),
    "SUBJECT: " + "A " * (N // 2),
    "DE " + "R" * N + " #",
    "S E C R E T " * (N // 12),
    "UNCLAS " + "A " * (N // 2) + "x",
    "A" * N + " 0000000 001 OF",
    "-" * N + "x",
    "1. (" + "A" * N,
    "x. " * (N // 3),
    "Mr. " * (N // 4),
]


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_linear(name):
    pat = PATTERNS[name]
    for line in ADVERSARIAL:
        t0 = time.perf_counter()
        pat.match(line, timeout=5)
        pat.search(line[:20_000], timeout=5)
        assert time.perf_counter() - t0 < 1.0, (name, line[:20])


def test_parser_on_adversarial_lines_is_fast():
    text = "\n".join(ADVERSARIAL)
    t0 = time.perf_counter()
    parse(text)
    assert time.perf_counter() - t0 < 10
