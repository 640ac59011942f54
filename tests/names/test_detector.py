"""The name detector itself: properties on generated text, summarise(), vocabularies, speed guard."""
import pytest
import regex as re
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.names import detect, summarise
from checker.names.lexicon import NAME, PLACE, lexicon_for
from checker.parser import parse
from checker.rulefiles import RuleFileError, load
from checker.vocab import Vocabularies
from tests.conftest import ctx

WORDS = ["Minister", "Ambassador", "Klich", "Bogdan", "said", "the", "XXXXXXXXXXXX", "de", "la",
         "Vega", "Putin's", "YAR,ADUA,S", "E.", "Anthony", "Wayne", "GENERAL", "HAM", "met", "in",
         "Warsaw", "Casa", "Alianza", "O'Donohue", "al-Megrahi", "MR.", "SADRI", "(TOMSETH,",
         "VICTOR", "L.)", "told", "and", "ZAEEF", "Frank", "Pearl", ",", ".", "-"]


def _cable(body: str) -> str:
    return f"C O N F I D E N T I A L WARSAW 000110\n\nE.O. 12958: N/A\nTAGS: PREL PL\nSUBJECT: TEST\n\n{body}\n"


@st.composite
def bodies(draw):
    lines = draw(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12), min_size=1, max_size=8))
    return "1. (C) " + "\n".join(" ".join(ws) for ws in lines)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bodies())
def test_text_is_the_joined_slice_and_never_spans_a_redaction(body):
    text = _cable(body)
    cable = parse(text)
    for m in detect(cable, ctx().vocab):
        raw = text[m.span.start:m.span.end]
        assert "XXXXXXXXXXXX" not in raw
        assert re.sub(r"[ \t]*+\n[ \t]*+", " ", raw) == m.text, (raw, m.text)
        assert 0.0 <= m.confidence <= 1.0 and m.cues


def test_summarise_groups_surnames_under_full_names():
    text = _cable("1. (C) Defense Minister Bogdan Klich met Ambassador Victor Ashe. Klich said the\n"
                  "Ambassador agreed. Later Klich and Ashe left.")
    ms = detect(parse(text), ctx().vocab)
    rows = summarise(ms)
    assert rows[0][0] == "Bogdan Klich" and rows[0][1] == 3
    assert ("Victor Ashe", 2) == rows[1][:2]
    assert all(0.0 < r[2] <= 1.0 for r in rows)


def test_summarise_keeps_a_shared_surname_apart():
    rows = summarise([type("M", (), {"text": t, "confidence": 0.9}) for t in
                      ("Raisa Gorbacheva", "Mikhail Gorbachev", "Dmitriy Medvedev", "Svetlana Medvedeva", "Medvedev")])
    assert {r[0] for r in rows} == {"Raisa Gorbacheva", "Mikhail Gorbachev", "Dmitriy Medvedev", "Svetlana Medvedeva"}
    assert dict((r[0], r[1]) for r in rows)["Dmitriy Medvedev"] == 2


def test_summarise_inverted_form_joins_natural_form():
    rows = summarise([type("M", (), {"text": t, "confidence": 0.8})() for t in ("TOMSETH, VICTOR L.", "TOMSETH")])
    assert rows == [("TOMSETH, VICTOR L.", 2, 0.8)]


def test_vocabularies_validate_and_classify():
    from pathlib import Path

    import checker.names.lexicon as L

    root = Path(__file__).resolve().parents[2] / "rules" / "vocab"
    for name in L.VOCABS:
        data = load(root / f"{name}.toml", "vocabulary.schema.json")
        assert data["name"] == name and (data.get("entries") or data.get("lines")) and data.get("source")
        assert Vocabularies().get(name).entries
    lex = lexicon_for(Vocabularies())
    assert lex.flags("MEDVEDEVA") & NAME and lex.flags("GUATEMALA") & PLACE
    assert not lex.flags("SUMMARY") & NAME
    assert lex.flags("UTTERANCES") & L.WORD  # derived from a listed word
    assert lex.flags("BECUASE") & L.TYPO
    # an inflected word with a letter dropped (8 letters or more) ...
    assert lex.flags("JORNEYED") & L.TYPO and lex.flags("SHORTAGED".replace("T", "", 1)) & L.TYPO
    # ... not through a plural ending: unlisted family names end so ("MORANTES", "DORANTES")
    assert not lex.flags("MORANTES") & L.TYPO
    # ... but not a shorter name one letter and a doubled consonant away from one ("SHEAFFER")
    assert not lex.flags("SHEFFER") & L.TYPO
    # words derived from listed ones joined by a hyphen are a word, names so joined are not
    assert lex.flags("SPIRITUALLY-INFLUENCED") & L.WORD and not lex.flags("GARCIA-LUNA") & L.WORD
    # a French article before a word is a word ("TOUR D'HORIZON"); before a name it stays a name
    assert lex.flags("USCINCSO") & L.JARGON and lex.flags("USDOLS") & L.JARGON
    assert lex.flags("D'HORIZON") & L.WORD and lex.flags(L.key("D’ETAT")) & L.WORD and not lex.flags("D'ALEMA") & L.WORD


def test_lexicon_is_loaded_once_per_vocabulary_set():
    v = ctx().vocab
    assert lexicon_for(v) is lexicon_for(v)


def test_compact_vocabulary_lines_load_like_entries(tmp_path):
    (tmp_path / "names-particles.toml").write_text(
        'kind = "vocabulary"\nname = "names-particles"\nlines = \'\'\'\nvan\nDE LA\n\n\'\'\'\n', encoding="utf-8")
    v = Vocabularies([tmp_path]).get("names-particles")
    assert v.entries == frozenset({"VAN", "DE LA"})
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "names-particles.toml").write_text('kind = "vocabulary"\nname = "names-particles"\n', encoding="utf-8")
    with pytest.raises(RuleFileError):
        Vocabularies([bad]).get("names-particles")


def test_signature_split_at_a_redaction_mark():
    text = _cable("1. (C) Minister\nZAEEF XXXXXXXXXXXX Klich")
    found = [m.text for m in detect(parse(text), ctx().vocab)]
    assert found and not any("XXXX" in t for t in found) and "Klich" in found


def test_word_and_piece_caches_are_bounded(monkeypatch):
    """On corpora with millions of distinct words the caches are forgotten at once, not grown."""
    from checker.names import lexicon as L

    lex = lexicon_for(ctx().vocab)
    monkeypatch.setattr(L, "CACHE_MAX", 50)
    import checker.names.tokens as T
    monkeypatch.setattr(T, "CACHE_MAX", 50)
    words = " ".join(f"Qzx{chr(97 + i % 26)}{chr(97 + i // 26 % 26)}" for i in range(400))
    detect(parse(_cable(f"1. (C) {words} met Minister Bogdan Klich.")), ctx().vocab)
    assert len(lex._cache) <= 50 and all(len(c) <= 51 + 400 for c in lex.piece_cache)
    detect(parse(_cable(f"1. (C) {words} again.")), ctx().vocab)
    assert all(len(c) <= 51 + 400 for c in lex.piece_cache)
    assert len(lex._cache) <= 50
