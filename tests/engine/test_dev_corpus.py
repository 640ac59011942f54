"""The whole development corpus (../shared/corpus/dev, 880 real cables) when it is present."""
import pytest

from checker.engine.session import Checker, Settings
from tests.conftest import DEV_CORPUS

pytestmark = pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="../shared/corpus/dev not present")


@pytest.fixture(scope="module")
def result():
    return Checker(Settings()).run([str(DEV_CORPUS)])


def test_every_cable_checked_without_crash(result):
    assert len(result.cables) >= 880 and not result.errors
    crashed = [f"{f.path}: {f.message}" for f in result.findings if f.rule == "E900"]
    assert crashed == []


def test_findings_point_inside_their_files(result):
    for c in result.cables:
        if not c.findings:
            continue
        with open(c.path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read().replace("\r\n", "\n").split("\n")
        for f in c.findings:
            assert 1 <= f.line <= len(lines), (f.rule, c.path)
            assert 1 <= f.column <= len(lines[f.line - 1]) + 1, (f.rule, c.path, f.line)


def test_no_rule_fires_on_every_cable(result):
    # A rule that fires on (almost) every real cable is broken or mis-tuned, not informative.
    from collections import Counter

    per_rule = Counter()
    for c in result.cables:
        for code in {f.rule for f in c.findings}:
            per_rule[code] += 1
    noisy = {code: n for code, n in per_rule.items() if n > 0.6 * len(result.cables)
             and not code.startswith("R")}
    assert noisy == {}
