"""M006-M009: reader metadata (CSV columns, cable-viewer table) against the cable text."""
import pytest

from checker.checks.crosscheck.stations import agree, fm_key, origin_key, parse_ref
from tests.conftest import run

CABLE = """VZCZCXYZ0013
RR RUEHWEB

DE RUEHGT #0242/01 0581956
ZNR UUUUU ZZH
R 271956Z FEB 08
FM {fm}
TO RUEHC/SECSTATE WASHDC 4858

{banner}

E.O. 12958: N/A
TAGS: PGOV GT
SUBJECT: TEST

1. (U) One.
"""

META = {"format": "csv", "reference_id": "08GUATEMALA242", "date": "2008-02-27 19:56",
        "origin": "Embassy Guatemala", "classification": "UNCLASSIFIED"}


def cable(fm="AMEMBASSY GUATEMALA", banner="UNCLAS GUATEMALA 000242", dtg=None):
    text = CABLE.format(fm=fm, banner=banner)
    return text.replace("R 271956Z FEB 08", dtg) if dtg else text


def check(code, text=None, **meta):
    return run(text or cable(), code, meta={**META, **meta})


def test_consistent_row_is_silent_for_every_rule():
    assert run(cable(), "M006", "M007", "M008", "M009", meta=META) == []


def test_plain_txt_without_metadata_is_silent():
    assert run(cable(banner="SECRET MADRID 000001"), "M006", "M007", "M008", "M009") == []


# M006 classification column vs banner

def test_m006_fires_when_column_is_below_the_banner():
    (f,) = check("M006", cable(banner="C O N F I D E N T I A L GUATEMALA 000242"))
    assert f.message == "classification column says UNCLASSIFIED but the banner is CONFIDENTIAL"
    assert f.severity == "error" and f.line == 10 and f.text.startswith("C O N F")


def test_m006_column_above_the_banner_is_a_warning():
    (f,) = check("M006", classification="SECRET//NOFORN")
    assert f.severity == "warning" and "SECRET//NOFORN" in f.message


@pytest.mark.parametrize("column,banner", [
    ("CONFIDENTIAL//NOFORN", "CONFIDENTIAL GUATEMALA 000242"),
    ("UNCLASSIFIED//FOR OFFICIAL USE ONLY", "UNCLAS GUATEMALA 000242"),
    ("UNCLASSIFIED//FOR OFFICIAL USE ONLY", "LIMITED OFFICIAL USE GUATEMALA 000242"),
    ("secret", "S E C R E T GUATEMALA 000242"),
])
def test_m006_near_misses(column, banner):
    assert check("M006", cable(banner=banner), classification=column) == []


# M007 origin column vs FM line and banner station

def test_m007_fires_when_origin_matches_neither():
    (f,) = check("M007", origin="Embassy Madrid")
    assert f.message == "origin column says Embassy Madrid but the cable is from AMEMBASSY GUATEMALA"
    assert f.line == 7 and f.text == "AMEMBASSY GUATEMALA"


def test_m007_fires_at_the_banner_when_there_is_no_fm_line():
    text = cable().replace("FM AMEMBASSY GUATEMALA\n", "")
    (f,) = check("M007", text, origin="Consulate Sao Paulo")
    assert f.text == "GUATEMALA" and "Consulate Sao Paulo" in f.message


@pytest.mark.parametrize("origin,fm,banner", [
    ("Secretary of State", "SECSTATE WASHDC", "UNCLAS STATE 012345"),
    ("Mission USUN New York", "USMISSION USUN NEW YORK", "UNCLAS USUN NEW YORK 000242"),
    ("Consulate Sao Paulo", "AMCONSUL SAO PAULO", "UNCLAS SAO PAULO 000242"),
    ("Embassy Holy See", "AMEMBASSY VATICAN", "UNCLAS VATICAN 000242"),
    ("US Interests Section Havana", "USINT HAVANA", "UNCLAS HAVANA 000242"),
    ("American Institute Taiwan, Taipei", "AIT TAIPEI", "UNCLAS TAIPEI 000242"),
    ("Mission USNATO", "USMISSION USNATO", "UNCLAS USNATO 000242"),
    ("USEU Brussels", "USEU BRUSSELS", "UNCLAS USEU BRUSSELS 000242"),
    ("Embassy Guatemala", "AMEMBASSY MADRID", "UNCLAS GUATEMALA 000242"),  # the banner agrees
    ("Embassy Guatemala", "AMEMBASSY GUATEMALA", "UNCLAS SECTION 01 OF 02 XXXXXXXXXXXX 000242"),
])
def test_m007_near_misses(origin, fm, banner):
    assert check("M007", cable(fm=fm, banner=banner), origin=origin) == []


# M008 date column vs DTG

def test_m008_fires_on_a_different_month():
    (f,) = check("M008", date="2008-03-27 19:56")
    assert f.message == "date column says 2008-03-27 but the DTG is 2008-02-27 (29 days apart)"
    assert f.line == 6 and f.text == "271956Z FEB 08"


def test_m008_fires_on_a_different_century_of_a_two_digit_year():
    (f,) = check("M008", cable(dtg="P 281848Z DEC 66"), date="2066-12-28 18:48")
    assert "1966-12-28" in f.message


@pytest.mark.parametrize("column,dtg", [
    ("2008-02-27 19:56", "R 271956Z FEB 08"),
    ("2008-02-28 00:10", "R 272350Z FEB 08"),  # across midnight
    ("1966-12-28 18:59", "P 281848Z DEC 66"),
    ("2008-02-27 19:56", "R 271956Z FOO 08"),  # unreadable DTG: H rules report it
])
def test_m008_near_misses(column, dtg):
    assert check("M008", cable(dtg=dtg), date=column) == []


def test_m008_silent_without_a_readable_date_column():
    assert check("M008", date=None) == []


# M009 reference id vs banner serial and station

def test_m009_fires_on_serial_and_station():
    fs = check("M009", cable(banner="S E C R E T SECTION 01 OF 04 ISLAMABAD 000416"))
    assert [f.message for f in fs] == ["reference id 08GUATEMALA242 but the banner's station is ISLAMABAD",
                                       "reference id 08GUATEMALA242 but the banner's serial is 416"]
    assert fs[0].text == "ISLAMABAD" and fs[1].text == "000416"


def test_m009_uses_the_de_serial_when_the_banner_has_none():
    (f,) = check("M009", cable(banner="UNCLASSIFIED"), reference_id="08GUATEMALA243")
    assert f.message == "reference id 08GUATEMALA243 but the DE line's serial is 242"


@pytest.mark.parametrize("ref,banner", [
    ("08GUATEMALA242", "UNCLAS GUATEMALA 000242"),
    ("66BUENOSAIRES2481", "UNCLASSIFIED BUENOS AIRES 2481"),
    ("09STATE119085", "UNCLAS STATE 00119085"),
    ("09USUNNEWYORK306", "UNCLAS USUN NEW YORK 000306"),
    ("10SHENYANG4", "SECRET SECTION 01 OF 02 XXXXXXXXXXXX 000004"),  # redacted station
    ("not-an-id", "UNCLAS MADRID 000001"),
])
def test_m009_near_misses(ref, banner):
    assert check("M009", cable(banner=banner), reference_id=ref) == []


def test_m009_de_serial_compares_last_digits():
    text = cable(banner="UNCLASSIFIED").replace("#0242/01", "#9085")
    assert check("M009", text, reference_id="09STATE119085") == []


def test_station_keys():
    assert origin_key("Embassy Buenos Aires") == fm_key("AMEMBASSY BUENOS AIRES") == "BUENOSAIRES"
    assert origin_key("Secretary of State") == fm_key("SECSTATE WASHDC") == "STATE"
    assert parse_ref("66BUENOSAIRES2481") == (66, "BUENOSAIRES", 2481)
    assert agree("UNESCO", "UNESCOPARISFR") and not agree("MADRID", "PARIS")
