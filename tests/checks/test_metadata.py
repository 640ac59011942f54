"""M001-M005, M010: banner, E.O. line, subject, the section/page sequence and damaged banners."""
import pytest

from tests.conftest import run

CODES = ("M001", "M002", "M003", "M004", "M005", "M010")

CABLE = """VZCZCXYZ0013
RR RUEHWEB

DE RUEHGT #0242/01 0581956
ZNY CCCCC ZZH
R 271956Z FEB 08
FM AMEMBASSY GUATEMALA
TO RUEHC/SECSTATE WASHDC 4858

C O N F I D E N T I A L SECTION 01 OF 03 GUATEMALA 000242

E.O. 12958: DECL: 02/27/2018
TAGS: PGOV GT
SUBJECT: TEST

1. (C) One.

GUATEMALA 00000242 002 OF 003

2. (C) Two.

GUATEMALA 00000242 003 OF 003

3. (C) Three.
"""


def test_seed_cable_fires_no_metadata_rule(seed_text):
    assert run(seed_text, *CODES) == []


def test_template_is_silent():
    assert run(CABLE, *CODES) == []


# M001 banner-missing

def test_m001_fires_where_the_banner_belongs():
    (f,) = run(CABLE.replace("C O N F I D E N T I A L SECTION 01 OF 03 GUATEMALA 000242\n", "SIPDIS\n"), "M001")
    assert f.line == 10 and f.text == "SIPDIS" and f.severity == "error"


@pytest.mark.parametrize("banner", ["SS E C R E T SECTION 01 OF 03 GUATEMALA 000242", "S e c r e t guatemala 000242",
                                    "CONFIDENTIAL", "UUNCLAS GUATEMALA 000242"])
def test_m001_near_miss_damaged_banners_count(banner):
    assert run(CABLE.replace("C O N F I D E N T I A L SECTION 01 OF 03 GUATEMALA 000242", banner), "M001") == []


# M002 eo-line-malformed

@pytest.mark.parametrize("line,text,words", [
    ("E.O. 12598: DECL: 02/27/2018", "12598", "E.O. 12598 is not a classification order"),
    ("E.O. 12958: 02/27/2018", "E.O. 12958: 02/27/2018", "E.O. line: 'DECL:' keyword missing"),
    ("E.O. 12958: DECL: 02/30/2018", "E.O. 12958: DECL: 02/30/2018", "E.O. line: declassification date '02/30/2018' is not a valid date"),
    ("E.O. 12958: DECL: 011/2/2018", "E.O. 12958: DECL: 011/2/2018", "E.O. line: declassification date '011/2/2018' is not MM/DD/YYYY"),
    ("E.O. 12958:", "E.O. 12958:", "E.O. line: nothing after the order number"),
])
def test_m002_fires(line, text, words):
    (f,) = run(CABLE.replace("E.O. 12958: DECL: 02/27/2018", line), "M002")
    assert f.message.startswith(words) and f.text == text


@pytest.mark.parametrize("line", ["EO 12958 DECL: 2018/02/27", "E.O. 13526: DECL: 02/27/2018",
                                  "E.O. 12958: DECL: TEN YEARS AFTER KOREAN UNIFICATION", "E.O. 12356: DECL: OADR",
                                  "EO 12958 XXXXXXXXXXXXX", "E.o. 12958: decl: 2/27/2018"])
def test_m002_near_miss(line):
    assert run(CABLE.replace("E.O. 12958: DECL: 02/27/2018", line), "M002") == []


# M003 eo-decl-inconsistent

def test_m003_na_on_classified_cable():
    (f,) = run(CABLE.replace("DECL: 02/27/2018", "N/A"), "M003")
    assert f.text == "N/A" and f.message == "E.O. line says N/A but the banner classifies the cable CONFIDENTIAL"


def test_m003_decl_on_unclassified_cable():
    text = CABLE.replace("C O N F I D E N T I A L SECTION", "UNCLAS SECTION").replace("ZNY CCCCC", "ZNR UUUUU")
    (f,) = run(text, "M003")
    assert f.text == "02/27/2018" and "marks UNCLASSIFIED" in f.message


def test_m003_decl_before_the_cable_date():
    (f,) = run(CABLE.replace("DECL: 02/27/2018", "DECL: 02/26/2008"), "M003")
    assert f.message == "declassification date 2008-02-26 is before the cable's date 2008-02-27"


def test_m003_uses_reader_date_without_dtg():
    text = CABLE.replace("R 271956Z FEB 08\n", "").replace("DECL: 02/27/2018", "DECL: 02/26/2008")
    assert run(text, "M003") == []
    (f,) = run(text, "M003", meta={"date": "2008-02-27 19:56"})
    assert "before the cable's date 2008-02-27" in f.message


def test_m003_order_signed_after_the_cable():
    (f,) = run(CABLE.replace("FEB 08", "FEB 88"), "M003")
    assert f.text == "12958" and "signed 1995-04-17, after the cable's date 1988-02-27" in f.message


@pytest.mark.parametrize("swap", [
    ("DECL: 02/27/2018", "DECL: 02/27/2008"),  # same day is fine
    ("E.O. 12958: DECL: 02/27/2018", "E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006"),  # release note
])
def test_m003_near_miss(swap):
    assert run(CABLE.replace(*swap), "M003") == []


def test_m003_near_miss_unclassified_na():
    text = CABLE.replace("C O N F I D E N T I A L SECTION", "UNCLAS SECTION").replace("DECL: 02/27/2018", "N/A")
    assert run(text, "M003") == []


# M004 subject-missing

def test_m004_fires():
    (f,) = run(CABLE.replace("SUBJECT: TEST\n", ""), "M004")
    assert f.message == "no SUBJECT line in the metadata block" and f.text == "1. (C) One."


def test_m004_fires_on_empty_subject():
    (f,) = run(CABLE.replace("SUBJECT: TEST", "SUBJECT:"), "M004")
    assert f.message == "SUBJECT line is empty"


def test_m004_near_miss_subj_abbreviation():
    assert run(CABLE.replace("SUBJECT: TEST", "SUBJ:  TEST"), "M004") == []


# M005 section-sequence

def test_m005_page_breaks_out_of_order():
    text = CABLE.replace("00000242 002 OF 003", "00000242 00X").replace("00000242 003 OF 003", "00000242 002 OF 003") \
        .replace("00000242 00X", "00000242 003 OF 003")
    (f,) = run(text, "M005")
    assert f.message == "page break 002 OF 003 goes back after 003 OF 003"


def test_m005_repeated_page_break():
    (f,) = run(CABLE.replace("00000242 003 OF 003", "00000242 002 OF 003"), "M005")
    assert f.message.startswith("page break 002 OF 003 repeats line")


def test_m005_total_disagrees_with_banner():
    (f,) = run(CABLE.replace("SECTION 01 OF 03", "SECTION 01 OF 02"), "M005")
    assert f.message == "page break 002 OF 003 says 3 sections, the banner SECTION n OF 02"


def test_m005_record_starts_with_a_later_section():
    (f,) = run(CABLE.replace("SECTION 01 OF 03", "SECTION 02 OF 03"), "M005")
    assert "starts with SECTION 02 OF 03: section 1 missing" in f.message


def test_m005_missing_section_with_numbering_gap():
    text = CABLE.replace("GUATEMALA 00000242 002 OF 003\n\n2. (C) Two.\n\n", "")
    (f,) = run(text, "M005")
    assert f.message == "page break 003 OF 003 follows section 1: no page mark of section 002"


def test_m005_near_miss_lost_mark_with_continuous_numbering():
    # the page mark was lost but paragraphs 1-3 run on: nothing is missing from the text
    assert run(CABLE.replace("GUATEMALA 00000242 002 OF 003\n", ""), "M005") == []


def test_m005_near_miss_sub_pages():
    text = CABLE.replace("00000242 002 OF 003", "00000242 001.2 OF 003\n\n1a.\n\nGUATEMALA 00000242 002 OF 003")
    assert run(text, "M005") == []


def test_m005_near_miss_record_ending_early():
    # marks are often lost when lines are joined: a record without its last section is not judged
    assert run(CABLE.replace("GUATEMALA 00000242 003 OF 003\n\n3. (C) Three.\n", ""), "M005") == []


# M010 banner-malformed

@pytest.mark.parametrize("banner,text,expected", [
    ("SS E C R E T SECTION 01 OF 03 GUATEMALA 000242", "SS E C R E T", "'S E C R E T SECTION 01 OF 03 GUATEMALA 000242'"),
    ("S e c r e t guatemala 000242", "S e c r e t", "not in capitals (expected 'S E C R E T GUATEMALA 000242')"),
    ("UUNCLAS GUATEMALA 000242", "UUNCLAS", "misspelt (expected 'UNCLAS GUATEMALA 000242')"),
    ("CO N F I D E N T I A L GUATEMALA 000242", "CO N F I D E N T I A L", "spaced irregularly"),
])
def test_m010_fires_on_the_classification_word(banner, text, expected):
    (f,) = run(CABLE.replace("C O N F I D E N T I A L SECTION 01 OF 03 GUATEMALA 000242", banner), "M010")
    assert f.line == 10 and f.column == 1 and f.text == text and expected in f.message and f.severity == "warning"


@pytest.mark.parametrize("banner", ["SECRET SECTION 01 OF 03 GUATEMALA 000242", "UNCLAS GUATEMALA 000242",
                                    "C O N F I D E N T I A L GUATEMALA 000242", "CONFIDENTIAL"])
def test_m010_near_miss_well_formed_banners(banner):
    assert run(CABLE.replace("C O N F I D E N T I A L SECTION 01 OF 03 GUATEMALA 000242", banner), "M010") == []
