"""The body parser: paragraph openers, lost numbers, lists, sub-paragraphs, headings, page breaks,
signature and the prose runs with their offset map; and the sentence splitter."""
import time

import pytest
import regex

from checker.parser import body as B
from checker.parser import parse
from tests.conftest import DEV_CORPUS

HEAD = "CONFIDENTIAL GUATEMALA 000242\n\nE.O. 12958: DECL: 01/01/2019\nTAGS: PGOV GT\nSUBJECT: TEST\n\n"


def cable(body: str, head: str = HEAD):
    return parse(head + body)


def numbers(c):
    return [(p.number, p.marking.code if p.marking else None) for p in c.paragraphs]


def assert_prose_maps_back(c):
    """Every segment is the source text (a newline inside a segment reads as a space), and the
    segments are joined by exactly one space."""
    for pr in c.prose:
        pos = 0
        for seg in pr.segments:
            assert seg.joined == pos and seg.length > 0
            assert pr.text[pos:pos + seg.length] == c.text[seg.source:seg.source + seg.length].replace("\n", " ")
            pos += seg.length + 1
        assert pos - 1 == len(pr.text) and pr.source_offset(len(pr.text) - 1) < len(c.text)


@pytest.mark.parametrize("opener", ["¶1. (C) ", "1. (C) ", "1.(C) ", "¶1.  (C) ", "¶ 1. (C) ", "PARA 1. (C) "])
def test_opener_forms(opener):
    c = cable(f"{opener}First.\n\n{opener.replace('1', '2')}Second.")
    assert numbers(c) == [(1, "C"), (2, "C")]
    assert c.text[c.paragraphs[0].text_span.start:].startswith("First.")


def test_all_caps_cable_and_wrapped_lines():
    c = cable("1. (C) THE MINISTER SAID THE GOVERNMENT\nWOULD ACT.\n\n2. (C) HE LEFT.\n")
    assert numbers(c) == [(1, "C"), (2, "C")]
    assert c.prose[0].text == "THE MINISTER SAID THE GOVERNMENT WOULD ACT."


def test_numbered_list_inside_pilcrow_paragraph_is_not_paragraphs():
    c = cable("¶1. (C) One.\n\n¶2. (C) Measures:\n¶1. Pensions.\n¶2. Energy.\n¶3. Taxes.\n\n¶3. (C) Three.")
    assert numbers(c) == [(1, "C"), (2, "C"), (3, "C")]
    assert "Energy." in c.prose[1].text


def test_marked_list_items_with_parenthesis_are_not_paragraphs():
    c = cable("¶1. (S/NF) Questions:\n\n1) (S/NF) WHO?\n\n2) (S/NF) WHY?\n\n¶2. (U) Cite this.")
    assert [p.number for p in c.paragraphs] == [1, 2]


def test_plain_numbered_list_in_unmarked_cable():
    c = cable("1. Intro.\n\n2. The items are:\n\n1. apples\n\n2. pears\n\n3. Three.\n\n4. Four.")
    assert [p.number for p in c.paragraphs] == [1, 2, 3, 4]


def test_date_wrapped_to_line_start_is_not_a_paragraph():
    c = cable("¶1. (C) He met the Minister on September\n¶15. Charge told him so.\n\n¶2. (C) Two.")
    assert [p.number for p in c.paragraphs] == [1, 2]


def test_lost_numbers():
    c = cable("¶1. (U) One.\n\n. (U) Lost.\n\n¶. (SBU) Lost too.\n\n¶4. (U) Four.")
    assert [(p.number, p.lost_number) for p in c.paragraphs] == [(1, False), (None, True), (None, True), (4, False)]
    assert c.paragraphs[2].marking.code == "SBU"


def test_lettered_subparagraphs_are_not_lost_numbers():
    c = cable("¶1. (U) Points:\n\n¶A. (U) First.\n\nB. Second.\n\n¶2. (U) Two.")
    assert [p.number for p in c.paragraphs] == [1, 2]
    assert [s.label for s in c.paragraphs[0].subparagraphs] == ["A", "B"]


def test_missing_dot_with_marking_still_opens():
    c = cable("14.(SBU) Fourteen.\n\n15 (SBU) Fifteen.\n\n16.(U) Sixteen.")
    assert [p.number for p in c.paragraphs] == [14, 15, 16]


@pytest.mark.parametrize("mark,code,dissem", [
    ("(S/REL FRANCE, BRITAIN, TURKEY, SAUDI ARABIA, JORDAN, AND QATAR)", "S", ("REL FRANCE, BRITAIN, TURKEY, SAUDI ARABIA, JORDAN, AND QATAR",)),
    ("( C )", "C", ()),
    ("(C NF)", "C", ("NF",)),
    ("(SECRET/REL FRANCE)", "S", ("REL FRANCE",)),
    ("(Secret/Rel Armenia)", "S", ("REL ARMENIA",)),
    ("(S//NF)", "S", ("NF",)),
    ("(c)", "C", ()),
])
def test_marking_forms(mark, code, dissem):
    p = cable(f"1. {mark} Text.\n\n2. (C) Two.").paragraphs[0]
    assert (p.marking.code, p.marking.dissem) == (code, dissem)


def test_not_markings():
    c = cable("1. (Comment: fine) Text.\n\n2. (a) Text.\n\n3. (1.4 B) Text.")
    assert [p.marking for p in c.paragraphs] == [None, None, None]


def test_entire_text_markings():
    assert cable("1. (C - ENTIRE TEXT) One.\n").entire_text.code == "C"
    assert cable("¶1.  CONFIDENTIAL - ENTIRE TEXT.\n\n¶2.  SUMMARY.\n").entire_text.level == "CONFIDENTIAL"
    assert cable("Sensitive but unclassified - entire text. Please protect\naccordingly.\n\n¶1. One.\n").entire_text.code == "SBU"


def test_no_header_cable():
    c = parse("1. (C) Text without any header.\n\n2. (C) More.\n")
    assert numbers(c) == [(1, "C"), (2, "C")]


def test_page_break_mid_paragraph_is_transparent():
    c = cable("1. (C) The minister said that the\n\nGUATEMALA 00000242 002 OF 003\n\ngovernment would act.\n\n"
              "Guatemala 00000242 003.2 of 003\n\n2. (C) Two.")
    assert len(c.page_breaks) == 2 and c.page_breaks[1].sub == 2
    assert c.prose[0].text == "The minister said that the government would act."
    assert c.paragraphs[0].end_line.text == "government would act."
    assert_prose_maps_back(c)


def test_sipdis_line_in_body_is_not_prose():
    c = cable("1. (C) The visit of the\nSIPDIS\nSecretary went well.\n")
    assert c.prose[0].text == "The visit of the Secretary went well."


def test_headings_and_signature():
    c = cable("Background\n\n1. (C) One.\n\nFinancing Issues\n2. (C) Two.\n\nWOOD\n")
    assert [h.text for h in c.headings] == ["Background", "Financing Issues"]
    assert c.signature.text == "WOOD"
    assert c.paragraphs[0].end_line.text == "1. (C) One."


def test_signature_before_a_release_database_stamp():
    c = cable("1. (U) ONE.\n\nBARNES\n\nNNNN\n            2004PARAMA00098 - Classification: UNCLASSIFIED \n\nv1.6.3 \n")
    assert c.signature.text.strip() == "BARNES"
    # (the decoy: a last line that only looks like a version is text)
    assert cable("1. (U) ONE.\n\nBARNES\n\nSEE v1.6.3 OF THE PLAN.\n").signature is None


def test_seed_paragraphs(seed_text):
    c = parse(seed_text)
    assert [p.number for p in c.paragraphs] == [1, 2, 3, 4, 5, 6, 7, 8, None, 10, 11]
    assert c.paragraphs[8].lost_number and c.paragraphs[8].start_line.number == 59
    assert [h.text for h in c.headings] == ["Anti-Trafficking Laws and Crime Prevention Efforts",
                                            "Victim Protection Efforts", "Challenges to Mounting an Effective Response",
                                            "Comment"]
    assert c.signature.text == "Derham"
    assert c.prose[3].text.startswith("Civil society leaders acknowledged") and "greater public awareness" in c.prose[3].text
    assert_prose_maps_back(c)


def test_sentences():
    c = cable("1. (U) Mr. Smith met Amb. E. Anthony Wayne in the U.S. on Monday. He left (for the U.S.). "
              "Then \"quotes.\" And ends!\n")
    assert [s.text for s in c.sentences] == [
        "Mr. Smith met Amb. E. Anthony Wayne in the U.S. on Monday.", "He left (for the U.S.).",
        "Then \"quotes.\"", "And ends!"]
    s = c.sentences[1]
    assert c.text[s.span.start:s.span.end] == "He left (for the U.S.)."


ADVERSARIAL = ["." * 100_000, "¶" * 100_000, "1. (" + "A" * 100_000, "(" * 100_000 + ")", "-" * 100_000 + "x",
               ". " * 50_000, "U.S. " * 20_000, "1. " * 30_000, "PAGE 1 " + "A " * 50_000,
               "v1" + ".1" * 50_000, "2004PARAMA00098 -" + " " * 100_000 + "x", "> " * 50_000 + "2004X"]


@pytest.mark.parametrize("name", sorted(k for k, v in vars(B).items() if isinstance(v, regex.Pattern)))
def test_body_patterns_are_linear(name):
    pat = getattr(B, name)
    for line in ADVERSARIAL:
        t0 = time.perf_counter()
        pat.match(line, timeout=5)
        assert time.perf_counter() - t0 < 1.0, (name, line[:20])


def test_parser_and_sentences_on_adversarial_body_are_fast():
    text = HEAD + "\n\n".join(ADVERSARIAL) + "\n" + "\n".join("1. (C) x" for _ in range(20_000))
    t0 = time.perf_counter()
    c = parse(text)
    c.sentences
    assert time.perf_counter() - t0 < 10


@pytest.mark.skipif(not DEV_CORPUS.is_dir(), reason="../shared/corpus/dev not present")
def test_dev_corpus_prose_maps_back_and_numbering_is_sane():
    files = sorted(DEV_CORPUS.glob("*.txt"))
    restarts = 0
    for f in files:
        c = parse(f.read_text(encoding="utf-8", errors="replace"), str(f))
        assert_prose_maps_back(c)
        nums = [p.number for p in c.paragraphs if p.number is not None]
        restarts += sum(1 for a, b in zip(nums, nums[1:]) if b < a)
        assert all(p.span.start <= p.text_span.start <= p.span.end for p in c.paragraphs)
    assert len(files) > 800 and restarts < 25  # real numbering errors only, lists are not paragraphs


def test_classified_by_line_below_a_page_header_is_no_prose():
    text = ("CONFIDENTIAL ROME 001196\n\nE.O. 12958: DECL: 03/05/2007\nTAGS: PHUM IT\nSUBJECT: TEST\n"
            "REF: A. STATE 40721\n\nPAGE 02 ROME 01196 01 OF 02 082030Z  B. ROME 1098  C. ROME 894 AND MORE "
            "REFERENCES THAT RUN THIS PAGE HEADER WELL PAST ONE HUNDRED CHARACTERS\n"
            "CLASSIFIED BY: POL MINCOUNS THOMAS COUNTRYMAN, REASONS 1.5 (B) AND (D).\n\n1. (C) TEXT.\n")
    c = parse(text)
    assert c.classified_by is not None and c.classified_by.text.startswith("POL MINCOUNS THOMAS COUNTRYMAN")
    assert not any("CLASSIFIED BY" in p.text for p in c.prose)
    # decoy: once a paragraph has begun, the words are the paragraph's
    c = parse(text.replace("CLASSIFIED BY: POL", "\n1. (C) TEXT.\nCLASSIFIED BY: POL"))
    assert c.classified_by is None
