"""Checker.check_source: anchors (the baseline identity) are worked out only when asked for."""
from checker.engine.session import Checker, Settings
from checker.readers import Source

CABLE = "UNCLAS MADRID 000001\n\nSUBJECT: TEST\n\n1. (U) Ambassador John Smith met Minister Ana Lopez.\n"


def test_anchors_on_by_default_and_off_on_request():
    src = Source("c.txt", CABLE)
    with_anchor = Checker(Settings(select=["R002"])).check_source(src).findings
    without = Checker(Settings(select=["R002"], anchors=False)).check_source(src).findings
    assert with_anchor and all(" | " in f.anchor for f in with_anchor)
    assert [f.text for f in without] == [f.text for f in with_anchor]
    assert all(f.anchor == "" for f in without)
