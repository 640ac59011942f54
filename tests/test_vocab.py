"""The TAGS vocabularies: valid, built by the scripts in scripts/, and holding what the rules need."""
import subprocess
import sys

import pytest

from checker.rulefiles import RuleFileError, load
from checker.vocab import Vocabularies
from tests.conftest import ROOT

TAG_VOCABS = ("subject-tags", "organization-tags", "program-tags", "person-tag-codes", "person-tags",
              "legacy-tags", "tag-misspellings", "country-codes")
SHARED = ROOT.parent / "shared" / "vocab"


@pytest.fixture(scope="module")
def vocab():
    return Vocabularies()


@pytest.mark.parametrize("name", TAG_VOCABS)
def test_vocabulary_files_validate_and_name_a_source(name):
    data = load(ROOT / "rules" / "vocab" / f"{name}.toml", "vocabulary.schema.json")
    assert data["name"] == name and data["entries"] and data["source"].strip()


def test_country_codes_are_fips_not_iso(vocab):
    cc = vocab["country-codes"]
    for code in ("GT", "RS", "NI", "SF", "UK", "IZ", "AF", "PK", "AE", "IR", "GM", "SP", "KV"):
        assert code in cc
    for iso_only in ("RU", "DE", "IQ", "YE", "VN", "DZ", "KP", "MM", "ZW"):  # ISO 3166 codes unused in FIPS 10-4
        assert iso_only not in cc
    assert {"XA", "XF", "ZK", "EU", "SR", "UR"} <= cc.entries


def test_program_and_subject_tags(vocab):
    assert {"KCRM", "KFRD", "KWMN", "KTIP", "KNNP", "KPAO", "KDEM", "KJUS", "KISL", "KPAL", "KSUM"} <= vocab["program-tags"].entries
    assert {"PGOV", "PHUM", "ELAB", "ECIN", "OVIP"} <= vocab["subject-tags"].entries
    assert "OVIP" in vocab["person-tag-codes"] and "EUN" in vocab["organization-tags"]


def test_misspellings_point_at_known_tags(vocab):
    known = set()
    for name in ("subject-tags", "program-tags", "country-codes", "organization-tags"):
        known |= vocab[name].entries
    fixes = vocab["tag-misspellings"].mapping
    assert fixes["POGOV"] == "PGOV" and fixes["RU"] == "RS"
    for wrong, right in fixes.items():
        assert wrong not in known, wrong
        for part in right.split():  # program tags not on the list are known by shape (K + 3 letters)
            assert part in known or (len(part) == 4 and part[0] == "K"), (wrong, right)


def test_tags_script_reproduces_the_files(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_vocab_tags.py"), "--shared", str(SHARED),
                    "--out", str(tmp_path)], check=True)
    built = sorted(p.name for p in tmp_path.glob("*.toml"))
    assert built == sorted(f"{n}.toml" for n in TAG_VOCABS if n != "country-codes")
    for name in built:
        assert (tmp_path / name).read_text(encoding="utf-8") == (ROOT / "rules" / "vocab" / name).read_text(encoding="utf-8")


def test_broken_vocabulary_is_reported_with_file_and_field(tmp_path):
    bad = tmp_path / "subject-tags.toml"
    bad.write_text('kind = "vocabulary"\nname = "subject-tags"\nentries = [""]\n', encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"subject-tags.toml: field entries\[0\]"):
        Vocabularies([tmp_path])["subject-tags"]
