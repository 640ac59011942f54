"""R001 sbu-paragraph and R003 contact-detail (R002 has its own tests)."""
import pytest

from checker.checks.review.contacts import scan
from tests.conftest import run

CABLE = """UNCLAS GUATEMALA 000242

SIPDIS

E.O. 12958: N/A
TAGS: PGOV GT
SUBJECT: TEST

{body}
"""


def body(*paras):
    return CABLE.format(body="\n\n".join(paras))


# --- R001 sbu-paragraph --------------------------------------------------------------------

def test_r001_one_finding_per_sbu_paragraph_all_forms():
    text = body("1. (U) Open.", "2. (SBU) Closed one.", "3. (SBU/NF) Closed two.", "4. (SBU//NF) Closed three.",
                "5. SENSITIVE BUT UNCLASSIFIED. The minister said.", "6. (C) Secret stuff.")
    f = run(text, "R001")
    assert [x.paragraph for x in f] == [2, 3, 4, 5]
    assert all(x.severity == "review" for x in f)
    assert f[1].message == "¶3 is marked SBU (NOFORN): review its handling before release"
    assert f[3].evidence["form"] == "written out"


def test_r001_parenthesised_words_and_sbu_dissem():
    f = run(body("1. (SENSITIVE BUT UNCLASSIFIED) The minister.", "2. (U//SBU) Two.", "3. (U) Three."), "R001")
    assert [(x.paragraph, x.evidence["form"]) for x in f] == [(1, "written out"), (2, "marking")]


def test_r001_span_covers_whole_paragraph():
    text = body("1. (SBU) First line\ncontinues here.", "2. (U) Next.")
    f = run(text, "R001")
    assert len(f) == 1 and f[0].text == "1. (SBU) First line\ncontinues here."


def test_r001_near_miss_unclassified_and_sbu_notice_line():
    text = CABLE.replace("SIPDIS\n", "SENSITIVE BUT UNCLASSIFIED\n").format(
        body="1. (U) Nothing sensitive here.\n\n2. (C) Classified, not SBU.")
    assert run(text, "R001") == []


def test_r001_seed(seed_text):
    assert [x.paragraph for x in run(seed_text, "R001")] == [3, 4, 8, 10]


# --- R003 contact-detail -------------------------------------------------------------------

@pytest.mark.parametrize("sentence, found, recognizer", [
    ("Contact Matthew Zartman (202) 647-7588, zartmanml@state.sgov.gov.", "(202) 647-7588", "phone"),
    ("Contact Matthew Zartman (202) 647-7588, zartmanml@state.sgov.gov.", "zartmanml@state.sgov.gov", "email"),
    ("The office can be reached at tel. +502 2326-4000 weekdays.", "+502 2326-4000", "phone"),
    ("The JOC Direct Line is 011-86-010-6532-6966 around the clock.", "011-86-010-6532-6966", "phone"),
    ("Her cell phone is 5555-1234 and she answers it.", "5555-1234", "phone"),
    ("Point of contact is Chris Herrington, ISN/CPI, 647-5035.", "647-5035", "phone"),
    ("He showed passport number A12345678 at the border.", "A12345678", "passport"),
    ("The suspect's DNI 12.345.678 was forged.", "12.345.678", "id"),
    ("Her cedula 1-234-567 was valid.", "1-234-567", "id"),
])
def test_r003_recognisers(sentence, found, recognizer):
    f = run(body(f"1. (U) {sentence}"), "R003")
    hits = {x.text: x for x in f}
    assert found in hits, [x.text for x in f]
    assert hits[found].evidence["recognizer"] == recognizer and 0 < hits[found].confidence <= 1


def test_r003_number_broken_across_lines_points_at_source():
    text = body("1. (U) For questions call Jane Doe,\n202-647-\n1234, or write.")
    f = run(text, "R003")
    assert len(f) == 1 and f[0].text == "202-647-\n1234" and f[0].paragraph == 1


def test_r003_context_word_in_evidence():
    f = run(body("1. (U) Embassy fax: 2326-4001."), "R003")
    assert f[0].evidence == {"recognizer": "phone", "context": "fax", "form": "local"}


def test_r003_metadata_line():
    text = CABLE.replace("SUBJECT: TEST", "SUBJECT: CALL 202-647-1234 ABOUT VISAS").format(body="1. (U) One.")
    f = run(text, "R003")
    assert [x.text for x in f] == ["202-647-1234"] and f[0].line == 7


@pytest.mark.parametrize("decoy", [
    "He served as minister from 1984-1993 and again in 2004-05.",
    "On 11.05.2008 the ministry issued REF STATE 162091 and IIR 6 902 9698 06.",
    "The budget of Q270 million (USD 36 million) covers 23,063 deportees; 1.5 percent.",
    "DNI Dennis Blair met the minister; the passports of 24 individuals were seized in 2003.",
    "Law 26.364 and Decree 1234-2005 apply; see pages 1741-1753 and ISBN 964-6931-80-4.",
    "The intercepted phone calls in 2007-2008 were played at trial.",
    "The DTG was 271956Z FEB 08 and the serial 000242.",
])
def test_r003_decoys(decoy):
    assert run(body(f"1. (U) {decoy}"), "R003") == []


def test_r003_page_break_line_is_not_a_number():
    text = body("1. (U) First part of the text\nGUATEMALA 00000242 001.2 OF 002\ngoes on here.")
    assert run(text, "R003") == []


def test_r003_seed_has_no_contact_details(seed_text):
    assert run(seed_text, "R003") == []


HOSTILE = ["1-" * 20000, "1 " * 20000, "@a." * 20000, "passport " * 5000 + "1", "(" * 40000,
           "tel " * 10000 + "2326-4000", "x 1234 " * 5000 + "a@b.cc", "A" * 40000 + "123456"]


@pytest.mark.parametrize("hostile", HOSTILE, ids=range(len(HOSTILE)))
def test_scan_is_linear_on_hostile_input(hostile):
    import time
    t = time.perf_counter()
    scan(hostile)
    assert time.perf_counter() - t < 2.0


def test_contact_patterns_are_linear():
    import time

    import regex

    from checker.checks.review import contacts
    for name, pat in vars(contacts).items():
        if isinstance(pat, regex.Pattern):
            for line in HOSTILE:
                t = time.perf_counter()
                pat.search(line, timeout=5)
                list(pat.finditer(line[:20000], timeout=5))
                assert time.perf_counter() - t < 1.0, name
