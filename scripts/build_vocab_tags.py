"""Builds the TAGS vocabularies in rules/vocab/ (all but country-codes, see build_vocab_countries.py).

    python scripts/build_vocab_tags.py [--shared PATH_TO_shared/vocab]

subject-tags        the shared subject-tag list (cablemap's subject-tags.txt, from the TAGS/Terms
                    Handbook 5 FAH-3 H-011.1) plus the handbook entries it lacks
organization-tags   the shared organisation-tag list (cablemap's organization-tags.txt)
program-tags        K-tags ("Program TAGS ... four letters beginning with K", 5 FAH-3 / cabledrum)
person-tag-codes    tags that carry a person's name: "OVIP (RICE, CONDOLEEZZA)"
person-tags         person names seen as TAGS in released cables
legacy-tags         subject tags of 1970s-80s telegrams no longer in the handbook
tag-misspellings    known wrong forms and their right form
"""
from __future__ import annotations

import argparse
from pathlib import Path

from vocab_toml import VOCAB_DIR, write_vocab

ROOT = Path(__file__).resolve().parent.parent
ME = "scripts/build_vocab_tags.py"

# In 5 FAH-3 H-011.1 (CT:TAGS-91, 02-17-2022) but not in the shared list.
HANDBOOK_EXTRA_SUBJECT = ["ALEO", "ASUP", "ATRN", "ECIN"]

# Program tags: the ones the handbook section names as examples and those used in the released
# cables of the dev corpus at least twice (single uses are checked by shape, not by this list).
PROGRAM = [
    "KACT", "KAWC", "KAWK", "KBIO", "KCFE", "KCIP", "KCOR", "KCRM", "KDEM", "KDRG", "KFRD", "KGHG",
    "KGIC", "KHIV", "KHLS", "KIPR", "KIRF", "KISL", "KJUS", "KLIG", "KMCA", "KMDR", "KNNP", "KOLY",
    "KPAL", "KPAO", "KPKO", "KRAD", "KSCA", "KSPR", "KSUM", "KTFN", "KTIP", "KUNR", "KWBG", "KWMN",
]

# 1974STATE150591 (TAGS manual distribution): "OCON, OEXC, OREP, OTRA AND OVIP. EACH OF THESE TAGS
# MUST BE USED WITH THE NAME OF THE SUBJECT INDIVIDUAL ENTERED ON THE TAGS LINE."
PERSON_CODES = ["OCON", "OEXC", "OREP", "OTRA", "OVIP"]

# cablemap reader._TAG_FIXES (names written without parentheses) and 1976STATE187673.
PERSONS = ["CLINTON, HILLARY", "STEINBERG, JAMES B.", "BIDEN, JOSEPH", "ZOELLICK, ROBERT",
           "RICE, CONDOLEEZZA", "KISSINGER, HENRY A."]

# Retired subject tags of 1970s-80s telegrams: PINT (75TEHRAN2069), TGEN (1975MOSCOW15133),
# ACOM (1976STATE187673), OCON (1974STATE150591); PFOR, PORG, SHUM, SOPN, EGEN, MILI from the
# 1973-79 Central Foreign Policy telegrams (NARA AAD).
LEGACY = ["PINT", "TGEN", "ACOM", "OCON", "PFOR", "PORG", "SHUM", "SOPN", "EGEN", "MILI"]

# Wrong form -> right form(s). First block: cablemap reader._TAG_FIXES; second: found reviewing the
# unknown tags of the dev corpus (each case read in its cable).
MISSPELLINGS = {
    "POGOV": "PGOV", "MOPPS": "MOPS", "RU": "RS", "SYR": "SY", "UNDESCO": "UNESCO",
    "VTPREL": "VT PREL", "VEPREL": "VE PREL", "PHUMBA": "PHUM BA", "KPAOPREL": "KPAO PREL",
    "KNNPMNUC": "KNNP MNUC", "AMEDCASCKFLO": "AMED CASC KFLO", "ETRDEINVECINPGOVCS": "ETRD EINV ECIN PGOV CS",
    "VZ": "VE", "YE": "YM", "IQ": "IZ", "UE": "EU", "ENVR": "SENV", "TIP": "KTIP", "KNPP": "KNNP",
    "KIFR": "KIRF", "KWAC": "KAWC", "PECON": "ECON", "ECUN": "ECON", "FINR": "PINR", "PGOF": "PGOV",
    "MASC": "MASS", "MPOS": "MOPS", "NAR": "SNAR", "MAR": "MARR", "KDEMAF": "KDEM AF",
    "EINDETRD": "EIND ETRD", "SHUM": "PHUM", "PINT": "PGOV",
}


def _lines(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "vocab",
                    help="folder with subject-tags.txt and organization-tags.txt")
    ap.add_argument("--out", type=Path, default=VOCAB_DIR, help="where to write (default rules/vocab)")
    args = ap.parse_args(argv)
    out = args.out
    subject = _lines(args.shared / "subject-tags.txt")
    write_vocab("subject-tags", "TAGS subject tags (four letters, first letter the category).",
                "shared/vocab/subject-tags.txt (cablemap subject-tags.txt, TAGS/Terms Handbook 5 FAH-3 "
                "H-011.1) plus ALEO ASUP ATRN ECIN from 5 FAH-3 H-011.1 (CT:TAGS-91)",
                subject + HANDBOOK_EXTRA_SUBJECT, header=ME, out=out)
    write_vocab("organization-tags", "TAGS organisation tags (acronyms and names of organisations).",
                "shared/vocab/organization-tags.txt (cablemap organization-tags.txt)",
                _lines(args.shared / "organization-tags.txt"), header=ME, out=out)
    write_vocab("program-tags", "TAGS program tags (K-tags) known by name; other K+3-letter tags are "
                "accepted by shape unless one letter away from these.",
                "5 FAH-3 TAGS/Terms Handbook (program TAGS: four letters beginning with K); names from "
                "the task brief and from released cables (dev corpus, used at least twice)", PROGRAM, header=ME, out=out)
    write_vocab("person-tag-codes", "Tags written with a person's name in parentheses: OVIP (RICE, CONDOLEEZZA).",
                "1974STATE150591 (TAGS manual distribution telegram)", PERSON_CODES, header=ME, out=out)
    write_vocab("person-tags", "Person names used as TAGS (written with or without the parentheses).",
                "cablemap reader._TAG_FIXES; 1976STATE187673", PERSONS, header=ME, out=out)
    write_vocab("legacy-tags", "Subject tags of 1970s-80s telegrams that the current handbook no longer lists.",
                "75TEHRAN2069, 1975MOSCOW15133, 1976STATE187673, 1974STATE150591; NARA AAD 1973-79 telegrams",
                LEGACY, header=ME, out=out)
    write_vocab("tag-misspellings", "Wrong TAGS codes and their right form (space-separated when a run-together "
                "line splits into several tags).",
                "cablemap reader._TAG_FIXES; review of the unknown tags in the dev corpus",
                list(MISSPELLINGS), MISSPELLINGS, header=ME, out=out)


if __name__ == "__main__":
    main()
