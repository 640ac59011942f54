import os
from pathlib import Path

import pytest

from checker.engine.registry import by_code
from checker.engine.runner import check_text, default_context

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "08GUATEMALA242.txt"
DEV_CORPUS = Path(os.environ.get("CABLECHECK_DEV_CORPUS", ROOT.parent / "shared" / "corpus" / "dev"))

_CTX = None


def ctx():
    global _CTX
    if _CTX is None:
        _CTX = default_context()
    return _CTX


def run(text: str, *codes: str, path: str = "test.txt", meta=None):
    """Findings of the given rule codes on ``text``."""
    rules = [by_code()[c]() for c in codes]
    return check_text(text, rules, ctx(), path=path, meta=meta)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")
