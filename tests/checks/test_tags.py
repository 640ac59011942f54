from checker.parser import parse
from tests.conftest import run

CABLE = """UNCLAS GUATEMALA 000242

SIPDIS

E.O. 12958: N/A
{tags}
SUBJECT: TEST

1. (U) One.
"""


def cable(tags: str) -> str:
    return CABLE.format(tags=tags)


def codes(text: str) -> list[str]:
    return [t.code for t in parse(text).tags.tags]


# --- parsing the TAGS line -------------------------------------------------------------------

def test_parse_markdown_links():
    tl = parse(cable("TAGS: [ELAB](#) [PHUM](#) [GT](#)")).tags
    assert [t.code for t in tl.tags] == ["ELAB", "PHUM", "GT"] and tl.uses_markdown


def test_parse_commas_keep_person_and_phrases_whole():
    text = cable("TAGS OVIP (STEINBERG, JAMES B.), PREL, ECON KISL, Organized Crime, CH")
    tl = parse(text).tags
    assert [t.code for t in tl.tags] == ["OVIP", "PREL", "ECON", "KISL", "ORGANIZED CRIME", "CH"]
    assert tl.tags[0].person == "STEINBERG, JAMES B." and tl.uses_commas and not tl.has_colon
    phrase = tl.tags[4]
    assert text[phrase.span.start:phrase.span.end] == "Organized Crime"


def test_parse_continuation_line_after_trailing_comma():
    assert codes(cable("TAGS PGOV, PREL, UK, ECON,\nGG, PK")) == ["PGOV", "PREL", "UK", "ECON", "GG", "PK"]


def test_tags_run_into_eo_line_are_read():
    text = "UNCLAS BRASILIA 000236\n\nE.O. 12958: DECL: 02/14/2018 TAGS: BR PREL MARR\nSUBJECT: X\n\n1. (U) One.\n"
    c = parse(text)
    assert [t.code for t in c.tags.tags] == ["BR", "PREL", "MARR"] and c.subject.text == "X"


def test_tags_below_unreadable_banner_are_found():
    text = ("SS E C R E T SECTION 01 OF 02 PARIS 001699\n\nSIPDIS\n\nE.O. 12958: DECL: 03/13/2015\n"
            "TAGS: PGOV PREL FR\nSUBJECT: TWO DETAINEES\n\n1. (S) Summary.\n")
    c = parse(text)
    assert [t.code for t in c.tags.tags] == ["PGOV", "PREL", "FR"]
    assert c.subject.text == "TWO DETAINEES" and c.paragraphs[0].number == 1


def test_tag_like_body_line_is_not_taken_for_tags():
    text = "UNCLAS PARIS 000001\n\n1. (U) One.\n\nTags team matches were held.\n"
    assert parse(text).tags is None


# --- T001 tags-missing ---------------------------------------------------------------------

def test_t001_fires_without_tags_line():
    f = run("UNCLAS GUATEMALA 000242\n\nE.O. 12958: N/A\nSUBJECT: TEST\n\n1. (U) One.\n", "T001")
    assert len(f) == 1 and f[0].line == 3 and "no TAGS line" in f[0].message


def test_t001_fires_on_empty_tags_line():
    f = run(cable("TAGS:"), "T001")
    assert len(f) == 1 and "lists no tags" in f[0].message


def test_t001_near_miss_tags_present_and_free_text():
    assert run(cable("TAGS: PGOV GT"), "T001") == []
    assert run("Just a note, not a cable.\n", "T001") == []


# --- T002 tags-malformed -------------------------------------------------------------------

def test_t002_markdown_gives_normalised_line():
    f = run(cable("TAGS: [ELAB](#) [PHUM](#) [KCRM](#) [GT](#)"), "T002")
    assert len(f) == 1 and f[0].severity == "warning"
    assert f[0].evidence["normalised"] == "TAGS: ELAB PHUM KCRM GT"
    assert "markdown links" in f[0].message


def test_t002_lower_case_keyword_and_codes():
    f = run(cable("Tags: parm, prel, ir"), "T002")
    assert f[0].evidence["normalised"] == "TAGS: PARM PREL IR"
    assert {"keyword written 'Tags'", "lower-case tags", "tags separated by commas"} <= set(f[0].evidence["problems"])


def test_t002_commas_without_colon_are_info():
    f = run(cable("TAGS PREL, PGOV, SF"), "T002")
    assert len(f) == 1 and f[0].severity == "info" and f[0].evidence["normalised"] == "TAGS: PREL PGOV SF"


def test_t002_bare_person_name():
    f = run(cable("TAGS: OVIP CLINTON HILLARY PREL FR"), "T002")
    assert f[0].evidence["normalised"] == "TAGS: OVIP (CLINTON, HILLARY) PREL FR"


def test_t002_near_miss_well_formed():
    assert run(cable("TAGS: ELAB PHUM OVIP (RICE, CONDOLEEZZA) GT"), "T002") == []


# --- T003 tag-unknown ----------------------------------------------------------------------

def test_t003_suggests_known_misspelling():
    f = run(cable("TAGS: POGOV PREL UK"), "T003")
    assert [x.text for x in f] == ["POGOV"] and "did you mean PGOV?" in f[0].message


def test_t003_suggests_one_letter_away_and_split():
    f = run(cable("TAGS: PGOV PHUX KDEMAF"), "T003")
    sugg = {x.text: x.evidence["suggestion"] for x in f}
    assert sugg == {"PHUX": ["PHUM"], "KDEMAF": ["KDEM AF"]}


def test_t003_free_text_words_make_one_finding():
    f = run(cable("TAGS: PGOV TU POLITICAL PARTIES"), "T003")
    assert len(f) == 1 and f[0].text == "POLITICAL PARTIES"


def test_t003_retired_tag_only_in_old_cables():
    assert run(cable("TAGS: PINT IR"), "T003", path="75TEHRAN2069.txt") == []
    f = run(cable("TAGS: PINT IR"), "T003", path="05PARIS1306.txt")
    assert len(f) == 1 and "retired" in f[0].message


def test_t003_near_miss_all_kinds_known():
    text = cable("TAGS: PGOV KCRM KTIA GT XA EUN OVIP (RICE, CONDOLEEZZA) OVIP STEINBERG JAMES")
    assert run(text, "T003") == []


# --- T004 tag-duplicate --------------------------------------------------------------------

def test_t004_fires_on_repeat():
    f = run(cable("TAGS: KJUS FR KJUS PREL"), "T004")
    assert len(f) == 1 and f[0].text == "KJUS" and f[0].column == 15


def test_t004_near_miss_same_code_other_person():
    assert run(cable("TAGS: OVIP (RICE, CONDOLEEZZA) OVIP (BIDEN, JOSEPH) US"), "T004") == []


# --- T005 tags-no-geographic ---------------------------------------------------------------

def test_t005_fires_without_place():
    f = run(cable("TAGS: PARM PREL MNUC"), "T005")
    assert len(f) == 1 and f[0].severity == "info"


def test_t005_near_miss_region_and_misspelt_country():
    assert run(cable("TAGS: PTER PREL XF"), "T005") == []
    assert run(cable("TAGS: PTER PREL YE"), "T005") == []  # T003 reports YE -> YM


# --- the seed cable ------------------------------------------------------------------------

def test_seed_only_t002_fires(seed_text):
    f = run(seed_text, "T001", "T002", "T003", "T004", "T005")
    assert [x.rule for x in f] == ["T002"] and f[0].line == 26
    assert f[0].evidence["normalised"] == "TAGS: ELAB PHUM KCRM KFRD KWMN PREF SMIG PGOV GT"


def test_t003_two_typos_are_two_findings_not_free_text():
    f = run(cable("TAGS: MOPPS POGOV UK"), "T003")
    assert [x.evidence["suggestion"] for x in f] == [["MOPS"], ["PGOV"]]


def test_parse_tags_linear_on_hostile_line():
    import time
    t = time.perf_counter()
    parse(cable("TAGS: " + "(" * 1900))
    parse(cable("TAGS: " + "A," * 950))
    parse(cable("TAGS: " + "[ELAB](" * 270))
    assert time.perf_counter() - t < 1.0


def test_parse_space_separated_line_continued_with_commas():
    assert codes(cable("TAGS: OVIP CLINTON HILLARY PREL FR\nNATO, UK, CN")) == [
        "OVIP", "CLINTON", "HILLARY", "PREL", "FR", "NATO", "UK", "CN"]
