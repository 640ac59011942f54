from tests.conftest import run

CABLE = """{banner}

SIPDIS
{caveat}
E.O. 12958: DECL: 01/01/2019
TAGS: PGOV GT
SUBJECT: TEST

{body}
"""


def cable(*paras, banner="CONFIDENTIAL GUATEMALA 000242", caveat=""):
    return CABLE.format(banner=banner, caveat=caveat, body="\n\n".join(paras))


# C001 marking-missing

def test_c001_fires_on_unmarked_paragraph():
    f = run(cable("1. (C) One.", "2. (C) Two.", "3. Three.", "4. (U) Four."), "C001")
    assert len(f) == 1 and f[0].paragraph == 3 and f[0].message == "paragraph 3 has no portion marking"


def test_c001_near_miss_entire_text_marking():
    text = cable("1. (C - ENTIRE TEXT) One.", "2. Two.", "3. Three.", "4. (C) Four.")
    assert run(text, "C001") == []


def test_c001_near_miss_unmarked_cable_and_marked_items():
    assert run(cable("1. One.", "2. Two.", "3. Three."), "C001") == []
    items = cable("1. (C) One.", "2. KEY POINTS\n-- (C) The first point.\n-- (C) The second point.", "3. (C) Three.")
    assert run(items, "C001") == []


def test_c001_marking_after_summary_label_counts():
    assert run(cable("1. Summary: (C) One.", "2. (C) Two."), "C001") == []


# C002 marking-exceeds-classification

def test_c002_fires_on_secret_portion_in_confidential_cable():
    f = run(cable("1. (C) One.", "2. (S/NF) Two."), "C002")
    assert len(f) == 1 and f[0].text == "(S/NF)" and "SECRET in a CONFIDENTIAL cable" in f[0].message


def test_c002_fires_on_confidential_in_unclas():
    f = run(cable("1. (U) One.", "2. (C) Two.", banner="UNCLAS GUATEMALA 000242"), "C002")
    assert len(f) == 1 and "in an UNCLASSIFIED cable" in f[0].message


def test_c002_near_miss_sbu_in_unclas_and_lower_portions():
    assert run(cable("1. (SBU) One.", "2. (U) Two.", banner="UNCLAS GUATEMALA 000242"), "C002") == []
    assert run(cable("1. (U) One.", "2. (C) Two.", banner="SECRET GUATEMALA 000242"), "C002") == []


# C003 sbu-without-caveat

def test_c003_fires_without_sensitive_caveat():
    f = run(cable("1. (SBU) One.", "2. (SBU) Two.", banner="UNCLAS GUATEMALA 000242"), "C003")
    assert len(f) == 1 and f[0].text == "(SBU)" and f[0].message.startswith("2 paragraphs are marked (SBU)")


def test_c003_near_miss_with_caveat_or_classified():
    assert run(cable("1. (SBU) One.", banner="UNCLAS GUATEMALA 000242", caveat="SENSITIVE\n"), "C003") == []
    assert run(cable("1. (SBU) One.", "2. (C) Two."), "C003") == []


def test_c003_seed_has_caveat(seed_text):
    assert run(seed_text, "C001", "C002", "C003", "C004") == []


# C004 marking-unknown

def test_c004_fires_on_garbled_marking():
    f = run(cable("1. (C) One.", "2. (SNF) Two.", "3. (N/SF) Three."), "C004")
    assert [x.text for x in f] == ["(SNF)", "(N/SF)"]
    assert f[0].message == "unknown portion marking (SNF) (probably (S/NF))"


def test_c004_near_miss_known_markings():
    text = cable("1. (C) One.", "2. (S//NF) Two.", "3. (S/REL NATO) Three.", "4. (C NF) Four.", "5. (c) Five.",
                 "6. (Secret/Rel Armenia) Six.", banner="SECRET GUATEMALA 000242")
    assert run(text, "C004") == []
