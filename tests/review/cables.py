"""Small synthetic cables for the baseline and review tests."""
from __future__ import annotations

HEAD = """UNCLAS GUATEMALA 000242

E.O. 12958: N/A
TAGS: PGOV GT
SUBJECT: TEST
{extra}
"""


def cable(*numbers: int, extra: str = "", words: str = "Text") -> str:
    """A cable whose numbered paragraphs are ``numbers`` (a jump is a P001 gap)."""
    paras = "\n\n".join(f"{n}. (U) {words} of paragraph {n}." for n in numbers)
    return HEAD.format(extra=extra) + "\n" + paras + "\n"


REVIEW_CONFIG = '[severity]\nP001 = "review"\n'
