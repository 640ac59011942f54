from tests.conftest import run

CABLE = """UNCLAS GUATEMALA 000242

E.O. 12958: N/A
TAGS: PGOV GT
SUBJECT: TEST

{body}
"""


def body(*paras):
    return CABLE.format(body="\n\n".join(paras))


def test_p001_fires_on_gap():
    f = run(body("1. (U) One.", "2. (U) Two.", "4. (U) Four."), "P001")
    assert [x.message for x in f] == ["paragraph 3 is missing"]
    assert f[0].text == "4" and f[0].paragraph == 4


def test_p001_near_miss_consecutive():
    assert run(body("1. (U) One.", "2. (U) Two.", "3. (U) Three."), "P001") == []


def test_p001_seed(seed_text):
    f = run(seed_text, "P001")
    assert len(f) == 1 and f[0].message.startswith("paragraph 9 is missing") and f[0].line == 63
