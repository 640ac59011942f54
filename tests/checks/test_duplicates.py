from tests.conftest import run

CABLE = """UNCLAS GUATEMALA 000242

SIPDIS
{caveats}
E.O. 12958: N/A
TAGS: PGOV GT
SUBJECT: TEST

{body}
"""


def cable(*paras, caveats="SENSITIVE"):
    return CABLE.format(caveats=caveats, body="\n\n".join(paras))


# D001 duplicate-sentence

def test_d001_fires_on_repeated_sentence():
    text = cable("1. (U) Summary: the talks opened.", "2. (U) The unit has five police agents and one vehicle.",
                 "3. (U) Nothing else.", "4. (U) The unit has five police agents and one vehicle.")
    f = run(text, "D001")
    assert len(f) == 1 and f[0].message == "sentence repeats line 11" and f[0].line == 15


def test_d001_ignores_case_spacing_and_line_breaks():
    text = cable("1. (U) Lead.", "2. (U) The unit has five police\nagents and one vehicle.",
                 "3. (U) THE UNIT HAS FIVE  POLICE AGENTS AND ONE VEHICLE!")
    assert len(run(text, "D001")) == 1


def test_d001_near_miss_short_and_boilerplate():
    text = cable("1. (U) Lead.", "2. (U) He agreed. End Summary.", "3. (U) He agreed. End Summary.",
                 "4. (U) Comment: fine. End Comment.", "5. (U) Comment: fine. End Comment.")
    assert run(text, "D001") == []


def test_d001_a_repeated_passage_is_one_finding():
    passage = "The minister arrived late on Monday evening. He then met the press at the airport for an hour."
    f = run(cable("1. (U) Lead.", "2. (U) " + passage, "3. (U) " + passage), "D001")
    assert len(f) == 1 and f[0].message.startswith("2 sentences repeat")


def test_d001_seed(seed_text):
    assert run(seed_text, "D001") == []


# D002 repeated-phrase

def test_d002_seed(seed_text):
    f = run(seed_text, "D002")
    assert len(f) == 1 and f[0].line == 41 and f[0].paragraph == 4
    assert "lack of continuity in the National Civil" in f[0].message


def test_d002_fires_on_stutter():
    f = run(cable("1. (U) He said the government will raise the fuel tax the government will raise the fuel tax "
                  "next year."), "D002")
    assert len(f) == 1 and f[0].text == "the government will raise the fuel tax"


def test_d002_near_miss_parallel_wording():
    text = cable("1. (U) We support universal adherence to the NPT, universal adherence to the CTBT.",
                 "2. (U) Officials acknowledged the lack of prosecutions of TIP crimes, particularly the lack of "
                 "prosecutions of murders.")
    assert run(text, "D002") == []


# D003 duplicate-line

def test_d003_seed(seed_text):
    f = run(seed_text, "D003")
    assert len(f) == 1 and f[0].line == 20 and f[0].text == "SIPDIS" and f[0].severity == "info"


def test_d003_near_miss_distinct_caveats():
    assert run(cable("1. (U) One."), "D003") == []
    assert len(run(cable("1. (U) One.", caveats="SENSITIVE\nSENSITIVE"), "D003")) == 1
