from tests.conftest import run

CABLE = """UNCLAS GUATEMALA 000242

E.O. 12958: N/A
TAGS: PGOV GT
SUBJECT: TEST

{body}
"""


def body(*paras):
    return CABLE.format(body="\n\n".join(paras))


# P001 paragraph-gap

def test_p001_fires_on_gap():
    f = run(body("1. (U) One.", "2. (U) Two.", "4. (U) Four."), "P001")
    assert [x.message for x in f] == ["paragraph 3 is missing"]
    assert f[0].text == "4" and f[0].paragraph == 4


def test_p001_near_miss_consecutive():
    assert run(body("1. (U) One.", "2. (U) Two.", "3. (U) Three."), "P001") == []


def test_p001_a_swapped_number_is_not_missing():
    # 6 comes before 5: out of order (P003), but nothing is missing
    assert run(body("4. (U) Four.", "6. (U) Six.", "5. (U) Five.", "7. (U) Seven."), "P001") == []


def test_p001_seed(seed_text):
    f = run(seed_text, "P001")
    assert len(f) == 1 and f[0].message.startswith("paragraph 9 is missing") and f[0].line == 63


# P002 paragraph-duplicate-number

def test_p002_fires_on_repeated_number():
    f = run(body("1. (U) One.", "2. (U) Two.", "2. (U) Also two.", "3. (U) Three."), "P002")
    assert len(f) == 1 and f[0].paragraph == 2 and f[0].text == "2"
    assert "first at line 9" in f[0].message and f[0].line == 11


def test_p002_near_miss_numbered_list_inside_a_paragraph():
    text = body("¶1. (U) One.", "¶2. (U) The plan has three parts:\n¶1. Pensions.\n¶2. Energy.\n¶3. Taxes.",
                "¶3. (U) Three.", "¶4. (U) Four.")
    assert run(text, "P002", "P003", "P001") == []


def test_p002_near_miss_list_in_plain_numbered_cable():
    text = body("1. Intro.", "2. The items are:", "1. apples", "2. pears", "3. plums", "3. Three.", "4. Four.")
    assert run(text, "P002", "P003") == []


# P003 paragraph-out-of-order

def test_p003_fires_on_swapped_paragraphs():
    f = run(body("1. (U) One.", "2. (U) Two.", "4. (U) Four.", "3. (U) Three.", "5. (U) Five."), "P003")
    assert len(f) == 1 and f[0].paragraph in (3, 4) and "out of order" in f[0].message


def test_p003_a_stray_number_is_the_one_reported():
    f = run(body("1. (U) One.", "2. (U) Two.", "9. (U) Nine?", "3. (U) Three.", "4. (U) Four."), "P003")
    assert [x.paragraph for x in f] == [9] and "(after 2, before 3)" in f[0].message


def test_p003_near_miss_date_number_at_line_start():
    # Cablegate writes a wrapped "September 15." as "¶15.": not a paragraph
    text = body("¶1. (C) The Ambassador met the Minister on September\n¶15. Charge told him the US was grateful.",
                "¶2. (C) Two.")
    assert run(text, "P003", "P001", "P002") == []


# P004 paragraph-number-lost

def test_p004_seed(seed_text):
    f = run(seed_text, "P004")
    assert len(f) == 1 and f[0].line == 59 and f[0].text == ". (U)" and "probably 9" in f[0].message


def test_p004_fires_on_pilcrow_without_number():
    f = run(body("¶1. (U) One.", "¶. (SBU) Lost.", "¶3. (U) Three."), "P004")
    assert len(f) == 1 and f[0].text == "¶. (SBU)" and f[0].paragraph == 2


def test_p004_near_miss_lettered_subparagraph():
    # "¶A." is a sub-paragraph label, not a paragraph that lost its number
    assert run(body("¶1. (U) One:", "¶A. (U) First point.", "¶B. (U) Second point.", "¶2. (U) Two."), "P004") == []


# P005 paragraph-split

def test_p005_seed(seed_text):
    f = run(seed_text, "P005")
    assert [x.line for x in f] == [40, 56]
    assert "'greater' / 'public'" in f[0].message and "'train' / 'judges'" in f[1].message


def test_p005_fires_in_all_caps_on_a_dangling_word():
    f = run(body("1. (C) THE MINISTER SAID THAT THE\n\nGOVERNMENT WOULD ACT SOON.", "2. (C) TWO."), "P005")
    assert len(f) == 1 and "'THE' / 'GOVERNMENT'" in f[0].message


def test_p005_near_miss_page_break_and_finished_sentence():
    text = body("1. (U) The minister said that the\n\nGUATEMALA 00000242 002 OF 003\n\ngovernment would act.",
                "2. (U) He left.\n\nlater paragraphs may start in lower case after a full stop.")
    assert run(text, "P005") == []
