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


def test_regex_spaces_are_what_the_regex_module_calls_blank():
    blank = regex.compile(r"\s")
    assert P.REGEX_SPACES == "".join(c for c in map(chr, range(0x110000)) if blank.match(c))


LEAD_LINES = [
    "SUBJECT: VISIT", "ſubject: visit", "SUBJ. VISIT", "REF: A. STATE 1234", "REFTEL. B", "REF STATE 1",
    "TAGS PREL, PGOV", "Tag: prel", "TAGS:", "E.O. 12958: DECL: 02/14/2018", "e. o. 12958 n/a", "EO 12958",
    "CLASSIFIED BY: AMB", "Classifed by DCM", "DERIVED CLASSIFICATION FROM DSCG", "1. (C) Text.", "¶2. (U) Text",
    "PARA 3. (S/NF) Text", "15 (SBU) Text", "¶. (C) Text", ". (U) Text", "SECRET SECTION 01 OF 02 PARIS 001699",
    "C O N F I D E N T I A L", "Unclas Berlin 001068", "TOP SECRET//NOFORN", "LIMITED OFFICIAL USE",
    "SIPDIS", "NOFORN SIPDIS", "E F T O", "SECSTATE FOR EUR",
    "(SBU) Sensitive but unclassified, please protect accordingly.", "SENSITIVE BUT UNCLASSIFIED", "DEPT FOR EUR/WE", "PASS TO USTR", "ALSO FOR DAS", "FOR THE AMB",
    "CARACAS 00001333 001.2 OF 003", "------------", "=== *** ===", "CXABU:", "ACTION: POL", "DRAFTED: POL:ST",
    "ID: 190648", "ORIGIN: 09KUWAIT110", "This record is a partial extract of the original cable.",
    "Monday, 12 May 2008, 10:00", "-------------12A4B5  271956Z /38", "PAGE 01 STATE 050524 131535Z",
    "", "x", "AMEMBASSY PARIS", "RUEHFR/AMEMBASSY PARIS 1234",
]


def test_leads_never_rule_out_a_pattern_that_matches():
    from checker.parser import header

    groups = [v for v in vars(header).values() if isinstance(v, P.Leads)]
    assert groups
    lines = []
    for t in LEAD_LINES:
        for v in (t, t.lower(), t.upper(), t.swapcase()):
            lines += [v, "  " + v, "\t\u2003" + v, "\x1c" + v, " " * 70 + v, "\u00a0" + v + "  "]
    for leads in groups:
        for t in lines:
            allowed = leads(t)
            for pat in leads.patterns:
                if pat.match(t):
                    assert pat in allowed, (pat.pattern[:40], t)
