"""The name detector's new slots and patterns stay linear on long hostile lines."""
import time

import pytest
import regex

from checker.names import runs
from checker.names.detect import _CLASSIFIED_IN
from checker.parser import parse
from tests.conftest import ctx

HEAD = "C O N F I D E N T I A L LONDON 002768\n\nSIPDIS\n\n"
HOSTILE = [
    "1. (U) " + "CLASSIFIED BY " * 20000,
    HEAD + "NSC FOR " * 20000 + "\nE.O. 12958: N/A\nTAGS: PREL\n",
    "1. (C) " + "REPRE- " * 30000,
    "1. (C) " + "PAGE 02 VATICA " * 15000,
    "1. (C) " + "SHI'ITE O'X '" * 15000,
    "1. (C) " + "MULDOON..." * 20000,
    "1. (C) " + "HUN SEN. " * 20000,
    HEAD + "\n".join(f"LONDON FOR X{i}" for i in range(5000)) + "\nTAGS: PREL\n",
    # ninth session: bracketed and quoted lone words, place lists, particles, saints, place phrases
    "1. (C) " + "(ZORBLAX) " * 20000,
    "1. (C) " + "(ZORBLAX)" * 20000,
    "1. (C) " + '"ZORB" ' * 25000,
    "1. (C) " + "PARIS, " * 30000,
    "1. (C) " + "DE " * 60000 + "SANTOS",
    "1. (C) " + "SAN " * 50000,
    "1. (C) " + "PORT HARCOURT " * 15000,
    "1. (C) " + "JOEL DE LOS SANTOS " * 10000,
    # tenth session: a word used as a thing, then bare many times; compass adjectives
    "1. (C) THE ZORBLAX MET. " + "ZORBLAX " * 40000,
    "1. (C) " + "IN WESTERN ZORB " * 20000,
    "1. (C) " + 'KNOWN AS "ZORB BLAX" ' * 15000,
    "1. (C) " + 'DAILY, ZORB BLAX, ' * 15000,
    "1. (C) PRESIDENT ZORB SAID. " + "ZORB-LED ZORB-ZORB-ZORB-ZORB-ZORB " * 8000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_detector_is_linear_on_hostile_cables(text):
    from checker.names import detect

    t = time.perf_counter()
    detect(parse(text), ctx().vocab)
    assert time.perf_counter() - t < 10.0  # about 1 s here; a quadratic path takes minutes


def test_new_patterns_are_linear():
    lines = ["CLASSIFIED " * 20000, "(" * 50000, "FOR " * 30000 + "X", "A" * 100000 + ",", " " * 100000]
    for pat in (_CLASSIFIED_IN, runs._SPLIT_NAME_END, runs._SPLIT_NAME_START):
        assert isinstance(pat, regex.Pattern)
        for line in lines:
            t = time.perf_counter()
            pat.match(line, timeout=5)
            pat.search(line, timeout=5)
            assert time.perf_counter() - t < 1.0, pat.pattern
