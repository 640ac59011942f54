"""R002 personal-name: a firing case and a decoy for each hard case of the name detector."""
from checker.checks.base import Context
from checker.engine.registry import by_code
from checker.engine.runner import check_text
from tests.conftest import ctx, run

HEAD = """UNCLAS GUATEMALA 000242

E.O. 12958: N/A
TAGS: PGOV GT
SUBJECT: {subject}

{body}
"""
CAPS = """C O N F I D E N T I A L MADRID 005480

E.O. 12356: DECL: OADR
TAGS: PTER PINR PREL SP LY
SUBJECT: {subject}

{body}
"""


def names(text: str) -> list[str]:
    return [f.text for f in run(text, "R002")]


def mixed(body: str, subject: str = "MEETING") -> str:
    return HEAD.format(subject=subject, body=body)


def caps(body: str, subject: str = "MEETING") -> str:
    return CAPS.format(subject=subject, body=body)


def test_mixed_title_and_given_name():
    t = mixed("1. (U) Casa Alianza National Director Claudia Rivera called for changes. "
              "Casa Alianza's Rivera observed that adult victims are detained.")
    assert names(t) == ["Claudia Rivera", "Rivera"]


def test_mixed_decoys_organisations_places_headings():
    t = mixed("Victim Protection Efforts\n\n1. (U) The Public Ministry and Casa Alianza met in "
              "Guatemala City in February with UNICEF and the Human Rights Ombudsman's Office.")
    assert names(t) == []


def test_all_caps_title_cue():
    t = caps("1. (C) FOREIGN MINISTER ORDONEZ PLAYED TO THE SECOND LINE THIS WEEKEND.")
    assert names(t) == ["ORDONEZ"]


def test_all_caps_decoy_without_cue():
    t = caps("1. (C) THE FOREIGN MINISTRY OFFICIALS PLAYED TO THE SECOND LINE THIS WEEKEND "
             "IN TRIPOLI AND MADRID IN MAY.")
    assert names(t) == []


def test_name_split_over_line_break():
    t = caps("1. (C) POLICE DETAINED TWO OFFICERS OUTSIDE THE HOME OF DEPUTY PRIME MINISTER BULENT\n"
             "ARINC, WHERE THEY WERE ENGAGED IN SURVEILLANCE.")
    f = [x for x in run(t, "R002") if x.text == "BULENT ARINC"]
    assert len(f) == 1 and f[0].end_line == f[0].line + 1
    assert t[f[0].start:f[0].end] == "BULENT\nARINC"


def test_place_split_over_line_break_is_no_name():
    t = caps("1. (C) THE MINISTER TRAVELLED TO EL\nSALVADOR AND HONDURAS LAST WEEK.")
    assert names(t) == []


def test_possessives():
    t = mixed("1. (C) President Vladimir Putin's advisers met. Putin’s office declined.")
    assert names(t) == ["Vladimir Putin", "Putin"]
    t = caps("1. (C) PRESIDENT UMARU YAR,ADUA ARRIVED. YAR,ADUA,S HEALTH IS POOR.")
    assert names(t) == ["UMARU YAR,ADUA", "YAR,ADUA"]


def test_possessive_decoy():
    assert names(caps("1. (C) FROM POLAND,S PERSPECTIVE NATO,S CONCEPT MATTERS.")) == []


def test_particles_and_compound_surnames():
    t = mixed("1. (U) Chief Prosecutor Alma de Migoya met Judge Pedro de la Vega and President "
              "Cristina Fernandez de Kirchner. Libya freed Abdelbaset al-Megrahi. Crown Prince "
              "Mohammed bin Zayed and Minister Karl-Theodor zu Guttenberg spoke to Ambassador "
              "Joost van der Berg and Chancellor Klaus von Dohnanyi.")
    got = names(t)
    for want in ("Alma de Migoya", "Pedro de la Vega", "Cristina Fernandez de Kirchner",
                 "Abdelbaset al-Megrahi", "Mohammed bin Zayed", "Karl-Theodor zu Guttenberg",
                 "Joost van der Berg", "Klaus von Dohnanyi"):
        assert want in got, (want, got)


def test_particle_decoy():
    assert names(mixed("1. (U) The Casa de la Cultura in San Salvador opened.")) == []


def test_initials():
    t = mixed("1. (U) Ambassador E. Anthony Wayne met Dr. J. R. Okafor in Lagos.")
    assert names(t) == ["E. Anthony Wayne", "J. R. Okafor"]


def test_initial_decoy():
    assert names(mixed("1. (U) See para 3. A. The U.S. position is unchanged.")) == []


def test_family_name_first():
    t = mixed("1. (C) President Hu Jintao and Premier Wen Jiabao received MFA Counselor Yang Jian.")
    assert names(t) == ["Hu Jintao", "Wen Jiabao", "Yang Jian"]


def test_inverted_eo_and_ovip():
    t = ("C O N F I D E N T I A L BANGKOK 001234\n\n"
         "E.O. 12958: DECL: 10/10/2017 (TOMSETH, VICTOR L.)\n"
         "TAGS: PREL OVIP (RICE, CONDOLEEZZA) TH\nSUBJECT: VISIT\n\n1. (C) TEXT.\n")
    got = names(t)
    assert "TOMSETH, VICTOR L." in got and "RICE, CONDOLEEZZA" in got


def test_tags_without_person_decoy():
    t = caps("1. (C) TEXT ABOUT PTER AND PREL ISSUES.")
    assert names(t) == []


def test_classified_by():
    t = mixed("1. (C) Text.").replace(
        "SUBJECT: MEETING\n", "SUBJECT: MEETING\n\nClassified By: Political Counselor Dan Sainz, reason 1.4 (b, d)\n")
    f = run(t, "R002")
    assert [x.text for x in f] == ["Dan Sainz"] and "classified-by" in f[0].evidence["cues"]


def test_classified_by_decoy():
    t = mixed("1. (C) Text.").replace(
        "SUBJECT: MEETING\n", "SUBJECT: MEETING\n\nClassified By: DCM for reasons 1.4 (b) and (d)\n")
    assert names(t) == []


def test_for_lines():
    t = ("C O N F I D E N T I A L WARSAW 000110\n\nSIPDIS\n\nNSC FOR BADER, MEDEIROS\n"
         "USAREUR FOR GENERAL HAM\nDEPT FOR WHA/PPC, G, AND INL/G-TIP\n\n"
         "E.O. 12958: DECL: 02/22/2020\nTAGS: PREL PL\nSUBJECT: TEST\n\n1. (C) TEXT.\n")
    assert names(t) == ["BADER", "MEDEIROS", "HAM"]


def test_signature():
    assert names(mixed("1. (U) Text of the cable.\n\nDerham")) == ["Derham"]
    assert names(caps("1. (C) TEXT OF THE CABLE.\n\n\nSANDERS")) == ["SANDERS"]


def test_signature_decoy():
    assert names(caps("1. (C) TEXT OF THE CABLE.\n\nEND SUMMARY")) == []


def test_propagation():
    t = mixed("1. (C) The peace commissioner, Frank Pearl, met the press. Later Pearl said "
              "talks would go on.")
    f = run(t, "R002")
    assert [x.text for x in f] == ["Frank Pearl", "Pearl"]
    assert "propagation" in f[1].evidence["cues"]


def test_propagation_decoy():
    # A word that is also a family name, with no full name in the cable: not a name.
    assert names(caps("1. (C) THE PEARL OF THE GULF IS A HOTEL ON THE ISLAND.")) == []


def test_redaction_mark_and_acronyms_are_no_names():
    t = mixed("1. (S/NF) XXXXXXXXXXXX told PolCouns that the GOG, PNC and NATO agree. "
              "RUEHC and SECSTATE WASHDC were informed in January.")
    assert names(t) == []


def test_evidence_and_confidence_and_min_confidence():
    t = mixed("1. (C) Minister Klich met Ambassador Ashe. Zbrowski was there.")
    f = run(t, "R002")
    assert all(0.0 <= x.confidence <= 1.0 and x.evidence["cues"] for x in f)
    assert f[0].text == "Klich" and f[0].evidence["cues"][0].startswith("title:")
    low = min(x.confidence for x in f)
    rule = by_code()["R002"]()
    trimmed = check_text(t, [rule], Context(options={"R002": {"min_confidence": low + 0.01}}, vocab=ctx().vocab))
    assert len(trimmed) < len(f) and all(x.confidence > low for x in trimmed)
    via_settings = check_text(t, [rule], Context(vocab=ctx().vocab, settings={"min_confidence": low + 0.01}))
    assert len(via_settings) == len(trimmed)


def test_severity_and_text_is_name(seed_text):
    f = run(seed_text, "R002")
    got = [x.text for x in f]
    assert all(x.severity == "review" and x.rule == "R002" for x in f)
    assert "Barbara Fleck" in got and "Alma de Migoya" in got and "Derham" in got
    assert not any("Alianza" in g or "Ministry" in g for g in got)


def test_lone_word_after_article_or_before_group_noun_is_no_person():
    t = mixed("1. (C) Spenzada said the Alizai dominate the area. A Houthi statement followed, and "
              "the Ishakzai tribes stayed away while Houthi rebels fought in Seville.")
    assert names(t) == ["Spenzada"]
    # A person-attribute noun keeps the name ("the Aznar government"); a full name lifts the rest.
    t = mixed("1. (C) Under the Aznar government, troops went. Later Mariano Rajoy spoke; the Rajoy camp "
              "and the Rajoy voters agreed.")
    assert names(t) == ["Aznar", "Mariano Rajoy", "Rajoy", "Rajoy"]


def test_lone_word_after_compass_adjective_is_a_place():
    t = caps("1. (C) FIGHTING IN WESTERN SLAVONIA AND NORTHERN MITROVICA WENT ON, KADIJEVIC SAID.")
    assert names(t) == ["KADIJEVIC"]
    t = mixed("1. (C) Fighting in western Slavonia went on, Kadijevic said.")
    assert names(t) == ["Kadijevic"]
    # (the decoy: a person after the adjective is found by another cue)
    assert names(caps("1. (C) THE CENTRAL FIGURE, PRESIDENT TUDJMAN, SAID NO.")) == ["TUDJMAN"]


def test_caps_word_used_as_a_thing_is_a_thing_throughout_the_cable():
    # "THE MOULINAKA" makes the word a thing; its other bare mentions are the same thing.
    t = caps("1. (C) THE MOULINAKA WILL JOIN THE TALKS. THE SOC AND MOULINAKA MET. IN THE MOULINAKA, FEW "
             "AGREE. MOULINAKA LEFT EARLY.")
    assert names(t) == []
    # One "THE X" (or "X FIGHTERS") is not enough: "THE GORBACHEV REFORMS" may be the man's.
    t = caps("1. (C) THE GORBACHEV REFORMS STALLED. GORBACHEV ADDRESSED THE PLENUM.")
    assert names(t) == ["GORBACHEV"]
    # A sign of a person anywhere keeps the bare mentions: a possessive, a longer name.
    t = caps("1. (C) THE MUSEVENI OF 1986 IS GONE. MUSEVENI'S ARMY ADVANCED AND MUSEVENI WON.")
    assert names(t) == ["MUSEVENI", "MUSEVENI"]
    t = caps("1. (C) YOWERI MUSEVENI SPOKE. THE MUSEVENI OF 1986 IS GONE. LATER MUSEVENI WON.")
    assert names(t) == ["YOWERI MUSEVENI", "MUSEVENI"]
    # Without the thing use, a bare unlisted word stays a candidate name.
    assert names(caps("1. (C) THE SOC AND MOULINAKA MET. MOULINAKA LEFT EARLY.")) == ["MOULINAKA", "MOULINAKA"]
    # Listed names too, but not after A / AN ("A CHAVEZ TIRADE"), and a possessive or the person's
    # rule keeps them ("CHAVEZ' VIEWS", "THE CHAVEZ ADMINISTRATION").
    t = caps("1. (C) THE ROTA BASE GREW. IN ROTA, SHIPS WAIT. ROTA IS NEAR CADIZ.")
    assert names(t) == []
    t = caps("1. (C) THE KING INTERRUPTED A CHAVEZ TIRADE. COMPANIES FEAR CHAVEZ WILL MOVE.")
    assert names(t) == ["CHAVEZ"]
    t = caps("1. (C) THE CHAVEZ OF 1999 IS GONE. REGARDLESS OF CHAVEZ' VIEWS, CHAVEZ WILL MOVE.")
    assert names(t) == ["CHAVEZ", "CHAVEZ"]
    t = caps("1. (C) THE RAFFARIN OF 2004 IS GONE. HE SERVED IN THE RAFFARIN GOVERNMENT. RAFFARIN LEFT.")
    assert names(t) == ["RAFFARIN", "RAFFARIN"]
    t = caps("1. (C) THE LITVINENKO OF 2006 IS GONE. THE MURDER OF LITVINENKO WAS PLANNED. LATER LITVINENKO DIED.")
    assert names(t) == ["LITVINENKO", "LITVINENKO"]


def test_name_after_a_kind_noun_with_quote_or_apposition_is_no_person():
    t = caps('1. (C) THE SEMI OFFICIAL ARABIC DAILY, AKHBAR AL-KHALIJ, REPORTED IT. THE DAILY "GARA" '
             'AGREED, AS DID THE NEWS AGENCY, WAFA, TOO.')
    assert names(t) == []
    # not a quotation that opens with a name, an apposition about a person, or a bare agency noun
    assert names(caps('1. (C) HE TOLD THE AGENCY "MUSHARRAF WILL RESIGN SOON."')) == ["MUSHARRAF"]
    assert names(caps("1. (C) IN AN INTERVIEW WITH THE NEWS AGENCY, MUSEVENI, WHO WAS IN KAMPALA, SAID NO.")) \
        == ["MUSEVENI"]
    assert names(caps("1. (C) AT THE POLICE STATION ZUBEIDI WAS BEATEN.")) == ["ZUBEIDI"]
    t = mixed('1. (C) The Basque daily "Gara" and the Kuwaiti newspaper, Al-Qabas, reported it; Otegi said so.')
    assert names(t) == ["Otegi"]
    # A comma after the kind noun alone is no apposition: the person speaks.
    assert names(caps("1. (C) IN AN INTERVIEW WITH THE NEWSPAPER, MUSEVENI SAID NO.")) == ["MUSEVENI"]


def test_caps_words_quoted_as_a_whole_are_a_title_or_term():
    assert names(caps('1. (C) IN A JANUARY 4 INTERVIEW IN "NARODNA OBRODA" HE SAID NO.')) == []
    assert names(caps('1. (C) IN AN INTERVIEW CONDUCTED BY "NARODNA OBRODA," (JANUARY 4), HE SAID NO.')) == []
    # An alias after KNOWN AS, or words after a title, stay a name; so does a listed name.
    assert names(caps('1. (C) THE COMMANDER, KNOWN AS "ZORBO BLAXU", LEFT.')) == ["ZORBO BLAXU"]
    assert names(caps('1. (C) THE COMMANDER, KNOWN AS "ZORBLAX", LEFT.')) == ["ZORBLAX"]
    assert names(caps('1. (C) HE CITED "JOHN ZORBLAX" AS A SOURCE.')) == ["JOHN ZORBLAX"]
    assert names(caps('1. (C) A MAN CALLED "ZORBO BLAXU" CAME.')) == ["ZORBO BLAXU"]


def test_place_named_after_a_person_even_after_a_title_is_no_mention():
    t = caps("1. (C) KING SAUD SPOKE. HE STUDIED AT KING SAUD UNIVERSITY AND IMAM MOHAMMAD BIN SAUD "
             "UNIVERSITY, THEN PRAYED AT KING KHALID MOSQUE.")
    assert names(t) == ["SAUD"]
    assert names(mixed("1. (C) He built the King Abdullah University; King Abdullah said so.")) == ["Abdullah"]
    assert names(caps("1. (C) THEY MET AT THE MARSHALL TITO BARRACKS.")) == []
    # a person's fate after the name keeps it after THE ("THE JENCO KIDNAPPING")
    assert names(caps("1. (C) THE JENCO KIDNAPPING WAS DISCUSSED.")) == ["JENCO"]
    assert names(caps("1. (C) KING HUSSEIN MEMORIAL SERVICES WERE HELD.")) == ["HUSSEIN"]
    # (the decoy: an institution noun that is not right after the name)
    assert names(caps("1. (C) KING ABDULLAH, WHOSE UNIVERSITY OPENED, SPOKE.")) == ["ABDULLAH"]


def test_known_family_name_joined_by_hyphens_to_names_or_words():
    t = caps("1. (C) PRESIDENT DUHALDE SPOKE. THE DUHALDE-APPOINTED JUDGE AND THE KIRCHNER-BUSH TALKS, "
             "SAID PRESIDENT KIRCHNER AND PRESIDENT BUSH.")
    assert names(t) == ["DUHALDE", "DUHALDE", "KIRCHNER", "KIRCHNER", "BUSH"]
    f = [x for x in run(mixed("1. (C) Mr. Gómez met the Gómez-backed group."), "R002")]
    assert [x.text for x in f] == ["Gómez", "Gómez"] and f[1].evidence["cues"] == ["propagation", "hyphenated"]
    # a prefix before the name is no name ("ANTI-FUJIMORI FRONT", "pro-Moussavi crowds")
    t = caps("1. (C) PRESIDENT FUJIMORI SPOKE. THE ANTI-FUJIMORI FRONT MET.")
    assert names(t) == ["FUJIMORI", "FUJIMORI"]
    # decoys: a name after a common word names a company or party ("Lockheed-Martin"); a common
    # word starting a sentence is the word ("Brown-field sites")
    assert names(mixed("1. (C) Prime Minister Gordon Brown spoke. Brown-field sites were sold.")) == ["Gordon Brown"]
    assert names(mixed("1. (C) Mr. Martin spoke about Lockheed-Martin.")) == ["Martin"]


def test_caps_given_name_of_a_full_name_alone_after_a_title_or_with_a_verb():
    t = caps("1. (C) RETIRED SOMALI GENERAL JAMA ISSA MOHAMUD DISCUSSED IT. GENERAL JAMA COMMANDED FORCES. "
             "THE JAMA ARTICLE WAS READ.")
    assert names(t) == ["JAMA ISSA MOHAMUD", "JAMA"]
    t = caps("1. (C) PRESIDENT SIAD BARRE SPOKE. THIS WAS NOT NEW IN SIAD'S POLICY.")
    assert names(t) == ["SIAD BARRE", "SIAD"]
    # decoys: no full name, no lending; nor from a given name before a common word
    assert names(caps("1. (C) GENERAL JAMA COMMANDED FORCES.")) == []
    assert "ONA" not in names(caps("1. (C) SOMED, AN ONA AFFILIATE, GREW. DESPITE ONA'S PROTESTS, IT SOLD."))


def test_caps_given_name_then_a_foreign_word_is_a_name():
    assert names(caps("1. (C) HIS SUCCESSOR, MICHAEL SABIA, WHO WAS PRESIDENT OF BELL, LEFT.")) == ["MICHAEL SABIA"]
    # decoy: foreign words after a word that is also a common or foreign word stay out
    assert names(caps("1. (C) THE POLO DEMOCRATICO ALTERNATIVO WON.")) == []


def test_initials_before_a_family_name_found_again():
    t = caps("1. (C) PRESIDENT RAWLINGS SPOKE. HE SPENT A WEEK WITH J. J. RAWLINGS, AND LEFT.")
    assert names(t) == ["RAWLINGS", "J. J. RAWLINGS"]
    # three initials run together stand inside a name; dotted abbreviations do not
    assert names(caps("1. (C) CAPTAIN YAHYA A.J.J. JAMMEH SPOKE.")) == ["YAHYA A.J.J. JAMMEH"]
    assert names(caps("1. (C) ADMIRAL FALLON BOARDED THE U.S.S. ASHLAND.")) == ["FALLON"]
    # decoys: abbreviations before the name are no initials, nor three letters starting a group
    assert names(caps("1. (C) PRESIDENT RAWLINGS SPOKE. AT 9 A.M. RAWLINGS THEN LEFT.")) == ["RAWLINGS", "RAWLINGS"]
    assert names(caps("1. (C) THE D.C.M. JOHNSON SPOKE.")) == ["JOHNSON"]
    # decoy: a letter without a dot is no initial ("ANNEX B RAWLINGS")
    assert names(caps("1. (C) PRESIDENT RAWLINGS SPOKE. SEE ANNEX B RAWLINGS LETTER.")) == ["RAWLINGS", "RAWLINGS"]


def test_place_head_words_open_a_place():
    t = caps("1. (C) FIGHTING IN KOMPONG THOM AND PHNOM KULEN WENT ON, SAID HUN SEN. THE WADI HALFA CAMP "
             "AND JEBEL MARRA ARE QUIET.")
    assert names(t) == ["HUN SEN"]
    assert names(mixed("1. (C) The rebels held Jebel al-Dukhan, said Saleh.")) == ["Saleh"]
    # decoy: after a title the word is a name ("MINISTER WADI" is not in a place)
    assert names(caps("1. (C) MINISTER WADI HADDAD SPOKE.")) == ["WADI HADDAD"]


def test_words_put_before_a_found_family_name_stop_at_a_page_break():
    from checker.names import detect
    from checker.parser import parse
    from tests.conftest import ctx

    head = "C O N F I D E N T I A L ACCRA 004941\n\nE.O. 12958: DECL: 01/01/2019\nTAGS: PGOV GH\nSUBJECT: TEST\n\n"
    for body in ("1. (C) PRESIDENT RAWLINGS SPOKE. HE MET J. J.\n\nPAGE 02 ACCRA 04941 121212Z\nRAWLINGS, AND LEFT.\n\n2. (C) END.\n",
                 "1. (C) JOEL DE LOS SANTOS SPOKE. HE MET DE LOS\n\nPAGE 02 ACCRA 04941 121212Z\nSANTOS, AND LEFT.\n\n2. (C) END.\n"):
        t = head + body
        found = detect(parse(t), ctx().vocab)
        assert len(found) == 2
        assert all(m.text == t[m.span.start:m.span.end] for m in found)


def test_acronym_plural_is_no_name():
    assert names(mixed("1. (C) Karzai said PRTs were weakening the VIPs.")) == ["Karzai"]


def test_initials_alias_of_a_full_name():
    t = mixed("1. (C) Karzai wants Sher Mohammad Akhunzada (SMA) back. Nobody replaced Mangal with SMA.")
    assert names(t) == ["Karzai", "Sher Mohammad Akhunzada", "SMA", "Mangal", "SMA"]
    # Initials that do not match the name are an organisation's acronym.
    t = mixed("1. (C) He met Sher Mohammad Akhunzada (NDS) and the NDS chief.")
    assert names(t) == ["Sher Mohammad Akhunzada"]


def test_title_word_as_family_name_after_a_given_name():
    t = caps("1. (C) THANKS TO POLITICAL OFFICER DALE PRINCE, WHOSE INSIGHTS HELPED.")
    assert names(t) == ["DALE PRINCE"]
    t = mixed("1. (C) The PP's Jaime Mayor Oreja spoke.")
    assert names(t) == ["Jaime Mayor Oreja"]
    # A pronoun or common word before a title is no given name: "HIS BROTHER," stays out.
    t = caps("1. (C) AS A JUNIOR OFFICER, HE MET HIS BROTHER, AND AS PRESIDENT, HE SPOKE.")
    assert names(t) == []


def test_kinship_word_and_for_line_items():
    t = caps("1. (C) CHAVEZ'S BROTHER, ADAN, PLAYED A KEY ROLE.")
    assert names(t) == ["CHAVEZ", "ADAN"]
    assert names(caps("1. (C) HIS BROTHER, ALSO A SOLDIER, PLAYED A KEY ROLE.")) == []


def test_for_line_title_and_given_name_items():
    t = ("C O N F I D E N T I A L MADRID 000208\n\nSIPDIS\n\nFROM THE AMBASSADOR FOR SECRETARY GATES\n"
         "DEPT FOR A/S DAN FRIED; NSC FOR JUDY ANSLEY\nUSEU FOR BOB BLACKSTONE\nCUSTOMS FOR LA OPS, INTELLIGENCE\n\n"
         "E.O. 12958: DECL: 01/25/2017\nTAGS: PREL SP\nSUBJECT: VISIT\n\n1. (C) THE VISIT WENT WELL.\n")
    assert names(t) == ["GATES", "DAN FRIED", "JUDY ANSLEY", "BOB BLACKSTONE"]


def test_given_name_then_near_word_family_name_in_caps():
    t = caps("1. (C) OTHERS, SUCH AS LYUDMILA PUTINA, WERE MORE RECLUSIVE. FIVE DISTRICTS ARE UNDR TALIBAN CONTROL.")
    found = names(t)
    assert found[0] == "LYUDMILA PUTINA" and not any(n.startswith("ARE") for n in found)


def test_kind_noun_before_a_name_marks_a_thing():
    t = mixed("1. (C) Spanish daily El Pais said the oil firm Rosneft left the village of Al-Jabri. "
              "Karzai agreed.")
    assert names(t) == ["Karzai"]
    # A full name keeps its cue: "head of the group Peter Ramsauer".
    assert names(mixed("1. (C) He met the head of the CSU group Peter Ramsauer.")) == ["Peter Ramsauer"]


def test_caps_given_name_family_name_and_speech_verb():
    t = caps("1. (C) HIGH COMMISSIONER FOR PEACE FRANK PEARL TOLD POLCOUNS OF THE TALKS. LATER PEARL SAID MORE.")
    assert names(t) == ["FRANK PEARL", "PEARL"]
    # A common word that is no given name stays out: "THE PEARL SAID" is a lone listed word.
    assert not any(" " in n for n in names(caps("1. (C) THE DIVER FOUND A PEARL, HE SAID.")))


def test_hyphenated_adjective_is_no_name_but_korean_given_names_are():
    t = mixed("1. (C) Houthi-sourced reports and AKP-backed groups worried Kim Jong-il.")
    assert names(t) == ["Kim Jong-il"]


# -- cues added after measuring on a fresh hand-labelled set (tune-3) -----------------------------

def test_pronoun_is_no_name_alone():
    # "HE" is also a family name ("He Yafei"), but not on its own.
    assert names(mixed("1. (C) He said the talks would resume. Vice Minister He Yafei agreed.")) == ["He Yafei"]


def test_common_word_after_arabic_or_dutch_particle():
    t = mixed("1. (C) He had seen Osama bin Laden lecturing, and later met Vincent van Gogh scholars.")
    assert names(t)[:1] == ["Osama bin Laden"]


def test_romance_particle_does_not_pull_in_an_organisation():
    t = mixed("1. (U) The Coordinadora Nacional de Medio Ambiente held a march.")
    assert "Medio" not in " ".join(names(t))


def test_acronym_in_mixed_prose_is_no_name_in_the_subject():
    body = "1. (C) Two former TALSA detainees were released. TALSA remains a topic."
    assert names(mixed(body, subject="EX-TALSA DETAINEES RELEASED")) == []
    # near miss: the same word written as a name in the prose stays a name in the subject
    body = "1. (C) Ambassador Rosenblatt met Talsa officials. Mr. Talsa said little."
    assert "TALSA" in names(mixed(body, subject="MEETING WITH TALSA"))


def test_acronym_spelt_out_is_no_name_in_all_caps():
    body = "1. (C) THE NATIONAL RIVER BASIN AUTHORITY (NRBA) MET. NRBA WILL REPORT."
    assert names(caps(body)) == []
    # near miss: initials given to a person are a name
    body = "1. (C) SHER MOHAMMAD AKHUNDZADA (SMA) MET THE GOVERNOR. SMA SAID LITTLE."
    assert "SMA" in names(caps(body))


def test_compound_title_with_hyphen():
    t = mixed("1. (C) The delegation met Minister-Counselor Josiah Rosenblatt on Monday.")
    assert names(t) == ["Josiah Rosenblatt"]


def test_unlisted_given_name_after_title_joins_listed_surname():
    t = caps("1. (C) SUMMARY: PRESIDENT EVO MORALES KEEPS SEVERAL CLOSE ADVISERS.")
    assert names(t) == ["EVO MORALES"]


def test_frequent_word_as_surname_only_after_title():
    assert names(caps("1. (C) ACCORDING TO UK DCM CHRIS WOOD, THE TALKS FAILED.")) == ["CHRIS WOOD"]
    # near miss: without a title a frequent word after a given name is not pulled in
    assert "CHRIS WOOD" not in names(caps("1. (C) THE CHRIS WOOD COMPANY SELLS FURNITURE."))


def test_given_names_that_dictionaries_list_as_words():
    # "kim", "dan" are in web2 as rare words; in cables they are names.
    t = caps("1. (C) NSA KIM TOLD A/S CAMPBELL THAT THE NORTH WOULD WAIT.")
    assert "KIM" in names(t)


def test_adverb_of_a_derived_word_is_no_name_in_all_caps():
    assert names(caps("1. (C) THE DCM REPEATEDLY STRESSED THAT THE BANK HAD UNDOUBTEDLY ERRED.")) == []


def test_company_names_built_from_words_are_no_names():
    t = mixed("1. (C) Oil firms Rosneft, Gazpromneft and Surgutneftegaz sold crude to traders.")
    assert names(t) == []
    # near miss: an unlisted family name after a title is still a name
    assert names(mixed("1. (C) Minister Oilevsky met the traders.")) == ["Oilevsky"]


# -- cues added after measuring on tune-4 (third session) -------------------------------------------

def test_continued_for_and_pass_to_lists():
    t = ("C O N F I D E N T I A L MADRID 001003\n\nSIPDIS\n\n"
         "FOR ALEX MCKNIGHT AND STACIE ZERDECKI OF EUR/WE\nALESSANDRO NARDI OF EUR/ERA\n"
         "JOHN REGAS OF NIC\n\nPASS TO TOM OTT AND BRUCE OHR OF DOJ'S CRIMINAL DIVISION\n"
         "STATE PASS TO USAID FOR E. LOKEN AND L. DOBBINS\n"
         "E.O. 12958: DECL: 10/15/2019\nTAGS: PREL SP\nSUBJECT: MEETING\n\n1. (C) Text.\n")
    got = names(t)
    for n in ("ALEX MCKNIGHT", "STACIE ZERDECKI", "ALESSANDRO NARDI", "JOHN REGAS", "TOM OTT", "BRUCE OHR",
              "E. LOKEN"):
        assert n in got
    assert "NIC" not in got and "EUR" not in got


def test_pass_to_posts_and_offices_are_no_names():
    t = ("C O N F I D E N T I A L BELGRADE 000765\n\nSIPDIS\n\n"
         "AMEMBASSY ASTANA PASS TO USOFFICE ALMATY\nAMEMBASSY OTTAWA PASS TO AMCONSUL QUEBEC\n"
         "STATE PASS TO CNC LINEAR WASHINGTON DC\nDOD FOR OSD/OFFICE OF DETAINEE AFFAIRS\n"
         "OSD FOR MCGRAW\nCG CJTF-101, POLAD, JICCENT\n"
         "E.O. 12958: DECL: 10/15/2019\nTAGS: PREL SR\nSUBJECT: MEETING\n\n1. (C) Text.\n")
    assert names(t) == ["MCGRAW"]


def test_chinese_family_name_alone_after_the_full_name():
    t = mixed("1. (C) Director General Cheng Jingye told Staffdel Januzzi March 24 that cooperation "
              "is remarkable. On North Korea, Cheng urged the United States to act.")
    assert names(t).count("Cheng") == 1


def test_western_given_name_from_that_list_is_not_propagated_alone():
    t = mixed("1. (C) Chancellor Merkel met Ho Chi Minh City officials. He said the visit went well.")
    assert "He" not in names(t)


def test_near_word_needs_a_second_cue_in_mixed_case():
    got = names(mixed("1. (C) According to Suran, Levitte said that Boeing would bid."))
    assert "Levitte" in got and "Boeing" not in got


def test_all_caps_word_surnames_after_a_title():
    got = names(caps("1. (C) SECRETARY RICE SAID THAT VP BIDEN AND PRIME MINISTER TUSK WOULD MEET "
                     "DCM WOOD. UNDER THE AZNAR GOVERNMENT IT WAS DIFFERENT."))
    assert got == ["RICE", "BIDEN", "TUSK", "WOOD", "AZNAR"]


def test_all_caps_ordinary_words_after_a_title_are_no_names():
    got = names(caps("1. (C) THE PRESIDENT WILL MEET THE MINISTER, WHO REITERATED THAT A POLITICAL ANALYST "
                     "SYMPATHETIC TO THE GENERAL AMNESTY AND THE NATIONAL GOVERNMENT SAID SO."))
    assert got == []


def test_all_caps_listed_word_surnames_need_a_title_or_a_full_name():
    got = names(caps("1. (C) PRESIDENT BUSH SAID THAT PRESIDENT GEORGE W. BUSH AND SECDEF ROBERT M. GATES AGREED."))
    assert got == ["BUSH", "GEORGE W. BUSH", "ROBERT M. GATES"]
    assert names(caps("1. (C) THE EMBASSY GATES WERE CLOSED AND RICE AND BUSH GROW HERE.")) == []


def test_all_caps_plain_word_after_a_title_needs_a_personal_title_right_before():
    assert names(caps("1. (C) MANY PIOUS MPS OPPOSE BOTH. CLOSEST ADVISORS SPAR PRIVATELY.")) == []
    assert names(caps("1. (C) THEY LET THE PRESIDENT RESIGN WITH DIGNITY.")) == []
    assert names(caps("1. (C) PRESIDENTS BUSH AND LULA MET SECRETARY OF DEFENSE GATES.")) == ["BUSH", "LULA", "GATES"]


def test_lower_case_particles_after_a_title_and_capitalised_particle_pairs():
    got = names(mixed("1. (C) PACE President van der Linden met Defense Minister zu Guttenberg. "
                      "Van der Linden said so."))
    assert got == ["van der Linden", "zu Guttenberg", "Van der Linden"]
    assert names(mixed("1. (C) He went to the Banco de la Nacion and the De La Rue offices.")) == []


def test_rule_noun_after_a_listed_name_and_places_named_after_people():
    got = names(mixed("1. (C) He criticized the Brown government. They flew to Charles de Gaulle airport."))
    assert got == ["Brown"]
    assert names(mixed("1. (C) He criticized the Labour government.")) == []


def test_all_caps_word_after_bin_is_a_family_name():
    got = names(caps("1. (C) HE SAW OSAMA BIN LADEN LECTURING AND LATER LISTENED TO BIN LADEN AGAIN."))
    assert got == ["OSAMA BIN LADEN", "BIN LADEN"]
    assert names(caps("1. (C) THE BIN WAS FULL OF TRASH.")) == []


def test_son_of_particles_stay_linear_and_hyphenated_forms_stay_names():
    assert names(caps("1. (C) " + "BIN " * 20000 + "END.")) == []
    assert names(caps("1. (C) WE KNOW BIN-LADEN SAID IT.")) == ["BIN-LADEN"]


def test_all_caps_unlisted_four_letter_word_alone_is_an_acronym():
    # An unlisted four-letter word alone is mostly an acronym; a cue or a particle still makes it a name.
    assert names(caps("1. (C) THE FAR-LEFT WASG WON. KFOR WAS IN CHARGE. THE SARG,S TERMS.")) == []
    assert names(caps("1. (C) NOVILLO VISITED KFOR TODAY. MINISTER WASG RESIGNED.")) == ["NOVILLO", "WASG"]
    assert names(caps("1. (C) WASG SAID SO. THEY CAN SPLIT AL DURI,S FACTION.")) == ["WASG", "AL DURI"]


def test_rare_dictionary_words_and_currencies_are_no_names_in_all_caps():
    t = caps("1. (C) THEY COULD EXCULPATE THE GENERAL. BAGASSE AND 40,000 DIRHAMS OR 1.6 BILLION REAIS. "
             "CHINA HAD NOT DEMARCHED GERMANY. THEY BROUGHT KNIVES. A CONFRONTATIONAL APPROACH.")
    assert names(t) == []
    assert names(caps("1. (C) PRESIDENT TAIANA SAID THAT ARGUEDAS AGREED.")) == ["TAIANA", "ARGUEDAS"]


def test_lone_given_name_does_not_propagate_into_a_thing_context():
    # "Gunvor" alone is a listed given name, but the firm context is not overridden by the other mention.
    got = names(mixed("1. (C) Gunvor has risen quickly. The oil trading firm Gunvor denied it."))
    assert got == ["Gunvor"]
    got = names(mixed("1. (C) Ricardo Gomez has risen quickly. The envoy Gomez denied it."))
    assert got == ["Ricardo Gomez", "Gomez"]


def test_company_kind_nouns_before_a_name():
    assert names(mixed("1. (C) The oil conglomerate Gunvor and the exporting cooperatives Copersucar grew.")) == []
    assert names(caps("1. (C) THE OIL CONGLOMERATE GUNVOR GREW.")) == []
    # Nouns that may stand for a person do not veto: recall first.
    assert names(mixed("1. (C) Trader Gunvor Hansen said so. The television producer Mendoza agreed.")) \
        == ["Gunvor Hansen", "Mendoza"]
    assert names(caps("1. (C) THE CONTRACTOR HERNANDEZ SAID THE SUPPLIER GONZALEZ WAS LATE.")) \
        == ["HERNANDEZ", "GONZALEZ"]


def test_place_phrase_after_a_given_name_group_and_place_words_do_not_propagate():
    # "Preto" (a given name) ended a group; the unjoined "Sao Paulo" after it stays a place.
    t = mixed("1. (C) The line near Tijuco Preto powerline, which supplies Sao Paulo and Rio, failed. "
              "Paulo Coelho said so. Flights to Sao Paulo resumed.")
    got = names(t)
    assert "Sao Paulo" not in got and got.count("Paulo") == 0
    assert "Paulo Coelho" in got


def test_party_abbreviations_blocs_languages_and_demonyms_are_no_names():
    t = mixed("1. (C) The Lib Dems and one Lib Dem MP met Mercosul and ALCA officials. "
              "The Tamil and Sinhala press and Kazakhstani media agreed.")
    assert names(t) == []
    assert names(mixed("1. (C) Tamil Selvan said the Kazakh talks failed.")) == ["Tamil Selvan"]


def test_acronym_of_a_name_with_a_particle():
    t = mixed("1. (C) Prince Mohammed bin Naif (MBN) agreed. Later MBN said the MB and NB lines are fine.")
    assert names(t) == ["Mohammed bin Naif", "MBN", "MBN"]
    assert names(mixed("1. (C) The Muslim Brotherhood North (MBN) agreed. MBN said so.")) == []


def test_mixed_case_english_word_after_a_given_name_is_a_family_name():
    t = mixed("1. (C) Deputy leader Vince Cable has become a voice on the economy, and Cable said so. "
              "Front bencher Norman Lamb agreed with Richard Nephew (ISN/RA).")
    assert names(t) == ["Vince Cable", "Cable", "Norman Lamb", "Richard Nephew"]
    # A title-case heading, a verb, a lower-case word or a sentence's first word are no family names.
    t = mixed("1. (C) Benedict Visit Set For May\n\nErdogan Calls on TGS. The cable was sent to Vince "
              "yesterday. A cable from Brazil.")
    got = names(t)
    assert all(w not in " ".join(got) for w in ("Visit", "Calls", "cable", "Cable"))


def test_nationality_before_a_title_and_comma_stays_a_title():
    assert names(mixed("1. (C) The Russian President, however, has asked for more.")) == []
    assert names(mixed("1. (C) Officer Dale Prince, the head, spoke.")) == ["Dale Prince"]


def test_abbreviated_given_name_and_hyphenated_name_pairs():
    got = names(mixed("1. (C) The delegation was led by DOE DAS Wm. Bryan. He criticized the Merkel-Sarkozy "
                      "meetings."))
    assert got == ["Wm. Bryan", "Merkel-Sarkozy"]
    assert names(mixed("1. (C) He backed the Israel-Gaza truce and the US-Russia talks.")) == []


def test_capitalised_particle_mid_sentence_and_particle_place_phrases_still_propagate():
    got = names(mixed("1. (C) Elders are critical of the De Juana decision. Le Monde reported it."))
    assert got == ["De Juana"]
    # "la Vega" is a place phrase too, but after a particle the family name still propagates,
    # and its particles with it.
    got = names(mixed("1. (C) Vice President Maria Teresa Fernandez de la Vega spoke. Later, de la Vega "
                      "agreed."))
    assert got[-1] == "de la Vega"


def test_all_caps_near_word_name_with_a_speech_cue():
    # Near a common word ("RICHER"), but a speech verb vouches for it; twice makes it a name everywhere.
    got = names(caps("1. (C) RICHIER SAID THE TALKS WENT WELL. ACCORDING TO RICHIER, THEY DID. "
                     "BOTH RICHIER AND DUREL AGREED."))
    assert got.count("RICHIER") == 3
    # One cue is no proof for the word elsewhere; a typo'd plural or past tense stays a word.
    got = names(caps("1. (C) LEVITTE BELIEVES IT WILL WIN. THE LEVITTE OFFER IS LOW. OFFICALS SAID SO. "
                     "THE MINISTER DEMURRED."))
    assert got == ["LEVITTE"]


def test_all_caps_given_name_before_a_frequent_word_family_name():
    assert names(caps("1. (C) THE PARTY LED BY GORDON BROWN IS SEEN AS WEAK.")) == ["GORDON BROWN"]
    got = names(caps("1. (C) STUDENTS LEARN MARTIAL ARTS. HAMID WILL COME. THE HARSH LINE HELD."))
    assert got == ["HAMID"]  # (a given name alone), not "HAMID WILL", "MARTIAL ARTS", "HARSH LINE"


def test_coordinated_names_are_names():
    got = names(caps("1. (C) PRIME MINISTER GORDON BROWN SPOKE. HE ATTACKED THE POLICIES OF THATCHER, "
                     "BLAIR, AND BROWN. SARKOZY MET PRESIDENT CHIRAC. IT WOULD BE NEITHER BLAIR NOR CHIRAC."))
    assert got.count("BLAIR") == 2 and "BROWN" in got
    got = names(mixed("1. (C) Voters chose either Nicolas Sarkozy or Royal, or cast null ballots."))
    assert got == ["Nicolas Sarkozy", "Royal"]
    # A list of places with a listed name, an acronym, an apposition: no lift.
    got = names(mixed("1. (C) He met Jose Silva, ONS's Director, and fighting goes on in Bajaur and Swat. "
                      "Mohmand and PDDNI Smith spoke."))
    assert "ONS" not in got and "Swat" not in got and "PDDNI" not in got


def test_all_caps_title_particles_and_hyphenated_pairs():
    got = names(caps("1. (C) PACE PRESIDENT VAN DER LINDEN SPOKE ABOUT THE MERKEL-SARKOZY MEETING."))
    assert got == ["VAN DER LINDEN", "MERKEL-SARKOZY"]
    assert names(caps("1. (C) HE BACKED THE ISRAEL-GAZA TRUCE AND THE US-RUSSIA TALKS.")) == []


def test_near_word_does_not_extend_a_family_name_in_all_caps():
    assert names(caps("1. (C) PRESIDENT ZAPATERO BECUASE OF THIS DID NOT COME.")) == ["ZAPATERO"]
