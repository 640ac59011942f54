"""H001-H007: the transmission header and its agreement with the banner."""
from datetime import date

import pytest

from checker.parser import parse
from tests.conftest import run

CODES = ("H001", "H002", "H003", "H004", "H005", "H006", "H007")

CABLE = """VZCZCXYZ0013
RR RUEHWEB

DE RUEHGT #0242/01 0581956
ZNR UUUUU ZZH
R 271956Z FEB 08
FM AMEMBASSY GUATEMALA
TO RUEHC/SECSTATE WASHDC 4858
INFO RUEHZA/WHA CENTRAL AMERICAN COLLECTIVE

UNCLAS GUATEMALA 000242

E.O. 12958: N/A
TAGS: PGOV GT
SUBJECT: TEST

1. (U) One.

GUATEMALA 00000242 002 OF 002

2. (U) Two.
"""


def cable(**swap):
    text = CABLE
    for old, new in swap.items():
        text = text.replace(old.replace("_", " "), new)
    return text


def test_seed_cable_fires_no_header_rule(seed_text):
    assert run(seed_text, *CODES) == []


def test_seed_de_day_is_the_dtg_day(seed_text):
    # DE RUEHGT #0242/01 0581956 vs R 271956Z FEB 08: day 058 of 2008 is 27 February.
    assert date(2008, 2, 27).timetuple().tm_yday == 58
    h = parse(seed_text).header
    assert h.get("DE").fields["day"].value == "058" and h.get("DTG").fields["day"].value == "27"


def test_template_is_silent():
    assert run(CABLE, *CODES) == []


# H001 header-missing

def test_h001_fires_without_header():
    text = CABLE[CABLE.index("UNCLAS GUATEMALA"):]
    (f,) = run(text, "H001")
    assert f.line == 1 and f.text == "UNCLAS GUATEMALA 000242" and f.severity == "warning"


def test_h001_partial_extract_is_not_reported():
    text = ("This record is a partial extract of the original cable. The full text of the original cable is "
            "not available.\n\n" + CABLE[CABLE.index("UNCLAS GUATEMALA"):])
    assert run(text, "H001") == []


def test_h001_header_of_dtg_fm_to_only_counts():
    text = CABLE[CABLE.index("R 271956Z"):]
    assert run(text, "H001") == []


# H002 header-line-malformed

@pytest.mark.parametrize("old,new,words", [
    ("R 271956Z FEB 08", "R 311956Z APR 08", "DTG line: day 31 does not exist in APR 08"),
    ("R 271956Z FEB 08", "R 2719Z FEB 08", "DTG line: expected 'P DDHHMMZ MON YY'"),
    ("DE RUEHGT #0242/01 0581956", "DE RUEHGT #0242/01 058", "DE line: expected 'DE RIXXXX #NNNN[/NN] DDDHHMM'"),
    ("ZNR UUUUU ZZH", "ZNR SSSSS ZZH", "ZN line: ZNR with SSSSS: SSSSS goes with ZNY"),
    ("RR RUEHWEB", "RO RUEHWEB", "routing line: precedence 'RO': expected a doubled precedence letter"),
    ("VZCZCXYZ0013", "VZCZCXYZ0013 EXTRA", "VZCZC line: expected 'VZCZC' and the channel id alone"),
    ("FM AMEMBASSY GUATEMALA", "FM", "FM line: FM without a sender"),
])
def test_h002_fires(old, new, words):
    (f,) = run(CABLE.replace(old, new), "H002")
    assert f.message.startswith(words) and f.text == new


def test_h002_near_miss_leap_day_and_signals():
    text = CABLE.replace("R 271956Z FEB 08", "O R 291956Z FEB 08 ZDK").replace("0581956", "0601956")
    assert run(text, "H002") == []


# H003 dtg-mismatch

def test_h003_fires_on_day_off_by_one():
    (f,) = run(CABLE.replace("0581956", "0591956"), "H003")
    assert f.text == "0591956"
    assert f.message == ("DE stamp 0591956 is 28 FEB 2008 19:56Z, one day after the DTG R 271956Z FEB 08 "
                         "(day 058)")


def test_h003_fires_when_de_precedes_dtg():
    (f,) = run(CABLE.replace("0581956", "0581900"), "H003")
    assert "56 min before" in f.message and f.evidence["minutes"] == -56


def test_h003_leap_year_counts():
    # 1 March is day 061 in 2008 (leap year) but day 060 in 2009.
    text = CABLE.replace("R 271956Z FEB 08", "R 011956Z MAR 08").replace("0581956", "0611956")
    assert run(text, "H003") == []
    text = CABLE.replace("R 271956Z FEB 08", "R 011956Z MAR 09").replace("0581956", "0611956")
    assert len(run(text, "H003")) == 1


def test_h003_year_boundary():
    text = CABLE.replace("R 271956Z FEB 08", "R 312350Z DEC 08").replace("0581956", "0010005")
    assert run(text, "H003") == []  # 15 minutes later, in the next year


@pytest.mark.parametrize("stamp", ["0581956", "0582010", "0581953", "0590900"])
def test_h003_near_miss_tolerance(stamp):
    # transmission lag of minutes to hours, and a 3-minute clock skew, are normal
    assert run(CABLE.replace("0581956", stamp), "H003") == []


def test_h003_retransmission_may_be_days_later():
    text = CABLE.replace("R 271956Z FEB 08", "R 271956Z FEB 08 ZDK").replace("0581956", "0621956")
    assert run(text, "H003") == []
    assert len(run(CABLE.replace("0581956", "0621956"), "H003")) == 1


# H004 classification-mismatch

def test_h004_fires():
    (f,) = run(CABLE.replace("ZNR UUUUU", "ZNY CCCCC"), "H004")
    assert f.message == "ZN code CCCCC means CONFIDENTIAL but the banner says UNCLASSIFIED"
    assert f.text == "CCCCC" and f.severity == "error"


@pytest.mark.parametrize("zn,banner", [
    ("ZNY CCCCC", "C O N F I D E N T I A L GUATEMALA 000242"),
    ("ZNY SSSSS", "SS E C R E T GUATEMALA 000242"),
    ("ZNY EEEEE", "LIMITED OFFICIAL USE GUATEMALA 000242"),
    ("ZNR UUUUU", "UNCLAS E F T O GUATEMALA 000242"),
])
def test_h004_near_miss(zn, banner):
    assert run(CABLE.replace("ZNR UUUUU", zn).replace("UNCLAS GUATEMALA 000242", banner), "H004") == []


# H005 serial-mismatch

def test_h005_fires_on_de_serial():
    (f,) = run(CABLE.replace("#0242/01", "#0243/01"), "H005")
    assert f.text == "0243" and f.message == "DE serial #0243 does not match the banner serial 000242"


def test_h005_fires_on_page_break_serial():
    (f,) = run(CABLE.replace("GUATEMALA 00000242 002", "GUATEMALA 00000224 002"), "H005")
    assert f.text == "00000224" and "page-break serial 00000224" in f.message


def test_h005_near_miss_state_serial_last_four_digits():
    text = CABLE.replace("#0242/01", "#7438").replace("GUATEMALA 000242", "STATE 107438") \
        .replace("GUATEMALA 00000242", "STATE 00107438").replace("FM AMEMBASSY GUATEMALA", "FM SECSTATE WASHDC")
    assert run(text, "H005") == []


# H006 origin-mismatch

def test_h006_fires():
    (f,) = run(CABLE.replace("UNCLAS GUATEMALA", "UNCLAS ISLAMABAD"), "H006")
    assert f.text == "ISLAMABAD"
    assert f.message == "banner station ISLAMABAD does not match the sender AMEMBASSY GUATEMALA on the FM line"


@pytest.mark.parametrize("fm,station", [
    ("SECSTATE WASHDC", "STATE"), ("USMISSION USUN NEW YORK", "USUN NEW YORK"), ("AMCONSUL SAO PAULO", "SAO PAULO"),
    ("USEU BRUSSELS", "BRUSSELS"), ("IRAN RPO DUBAI", "RPO DUBAI"), ("AMEMBASSY GUATEMALA", "guatemala"),
    ("AMCONSUL SHENYANG", "XXXXXXXXXXXX"), ("USMISSION UNVIE VIENNA", "UNVIE VIENNA"),
])
def test_h006_near_miss_normal_pairs(fm, station):
    text = CABLE.replace("FM AMEMBASSY GUATEMALA", "FM " + fm).replace("UNCLAS GUATEMALA", "UNCLAS " + station)
    assert run(text, "H006") == []


# H007 precedence-mismatch

def test_h007_fires_on_routing_pair():
    (f,) = run(CABLE.replace("RR RUEHWEB", "PP RUEHWEB"), "H007")
    assert f.text == "PP" and f.message == "routing precedence PP does not match the DTG precedence R (ROUTINE)"


def test_h007_fires_on_to_precedence_word():
    (f,) = run(CABLE.replace("WASHDC 4858", "WASHDC IMMEDIATE 4858"), "H007")
    assert f.text == "IMMEDIATE" and "TO addressee precedence IMMEDIATE" in f.message


def test_h007_near_miss_dual_precedence():
    text = CABLE.replace("RR RUEHWEB", "OO RUEHWEB").replace("R 271956Z FEB 08", "O R 271956Z FEB 08") \
        .replace("WASHDC 4858", "WASHDC IMMEDIATE 4858")
    assert run(text, "H007") == []
