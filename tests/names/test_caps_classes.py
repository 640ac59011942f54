"""ALL CAPS (and some mixed-case) behaviours of the name detector: a case that fires and a decoy each."""
from checker.names import detect
from checker.names.lexicon import ANYWORD, JARGON, PLACE, TITLE, TOWN, TYPO, WORDSHAPE, lexicon_for
from checker.parser import parse
from tests.conftest import ctx


def _cable(body: str, head: str = "") -> str:
    return (f"C O N F I D E N T I A L LONDON 002768\n\n{head}\nE.O. 12958: N/A\nTAGS: PREL UK\n"
            f"SUBJECT: TEST\n\n{body}\n")


def names(body: str, head: str = "") -> list[str]:
    return [m.text for m in detect(parse(_cable(body, head)), ctx().vocab)]


def test_short_listed_family_name_after_a_clear_given_name():
    assert names("1. (C) THE AMBASSADOR MET LIAM FOX ON MONDAY.") == ["LIAM FOX"]
    # decoy: a frequent word after a given name that is no family name here
    assert names("1. (C) KARIM CAN HELP. THE WOLF AND THE FOX MET.") == ["KARIM"]


def test_propagated_frequent_word_as_the_subject_of_a_clause():
    found = names("1. (C) THE AMBASSADOR MET LIAM FOX ON MONDAY. TURNING TO INDIA, FOX CRITICIZED THE "
                  "GOVERNMENT. FOX, WHO VISITED KABUL, AGREED.")
    assert found == ["LIAM FOX", "FOX", "FOX"]
    # decoys: no subject position ("THE FOX ESCAPED"), no full name to lend the word ("RICE EXPORTED")
    assert names("1. (C) THE AMBASSADOR MET LIAM FOX ON MONDAY. THE FOX ESCAPED.") == ["LIAM FOX"]
    assert names("1. (C) TURNING TO PRICES, RICE EXPORTED WAS LOW.") == []


def test_mixed_case_propagated_frequent_word_first_in_a_sentence():
    found = names("1. (C) The Ambassador met Liam Fox. Fox, who visited Kabul, agreed.")
    assert found == ["Liam Fox", "Fox"]
    assert names("1. (C) The Ambassador met Liam Fox. Fox hunting is banned here.") == ["Liam Fox"]


def test_frequent_family_name_alone_after_for_in_an_addressee_line():
    assert names("1. (C) TEXT.", "SIPDIS\n\nSTATE PASS TO NSC FOR WOOD OSD FOR FLOURNOY\n") == ["WOOD", "FLOURNOY"]
    # decoy: a frequent word that starts an office's name
    assert names("1. (C) TEXT.", "SIPDIS\n\nNSC FOR WHITE HOUSE SITUATION ROOM\n") == []


def test_all_caps_word_after_a_given_name_that_is_a_word():
    assert names("1. (C) ASSET FORFEITURE AND A WIDER SWATH OF LAND.") == []
    assert names("1. (C) HERMA MARKSMAN SPOKE.") == ["HERMA MARKSMAN"]  # (a given name that is no word)
    assert "NDI INTERFERENCE" not in names("1. (C) THEY CITED NDI INTERFERENCE IN THE VOTE.")  # an abstract noun


def test_mixed_case_english_word_after_a_title():
    assert names("1. (C) We met Charge Brush and Ambassador Cowper-Coles.") == ["Brush", "Cowper-Coles"]
    # decoys: the post goes on, a heading's verb
    assert names("1. (C) He met the Assistant Secretary-equivalent and the Minister Trade delegation. "
                 "The Minister Reconciliation office opened.") == []
    assert names("VP Warns of Risks\n\n1. (C) Text.") == []


def test_servant_of_given_names():
    found = names("1. (C) MULLAH ABDUL SALAAM ROCKETI SPOKE. LATER ROCKETI LEFT.")
    assert found == ["ABDUL SALAAM ROCKETI", "ROCKETI"]
    assert names("1. (C) Parliamentary Deputy Mullah Abdul Salaam Rocketi spoke.") == ["Abdul Salaam Rocketi"]
    # decoy: a speech verb after ABDUL is no part of the name
    assert names("1. (C) ABDUL SAID HE WOULD GO.") == ["ABDUL"]


def test_vocabulary_classes():
    lex = lexicon_for(ctx().vocab)
    # an acronym's plural is jargon; a family name in -S stays a name
    assert lex.flags("UNSCRS") & JARGON and not lex.flags("MORALES") & JARGON
    assert names("1. (C) THE UNSCRS ARE CLEAR.") == []
    # inflections of words the word list leaves to derivation ("DEEDS": "DEED" is derived from "DEE")
    assert lex.flags("DEEDS") & ANYWORD and lex.flags("PENDING") & ANYWORD
    assert not lex.flags("KISSINGER") & ANYWORD  # (decoy: an inflection-shaped family name)
    # ISO 3166 short country names; title spellings
    assert lex.flags("CONGO") & PLACE and lex.flags("PALESTINE") & PLACE
    assert lex.flags("MAULAVI") & TITLE
    assert names("1. (C) THE PRESIDENT OF CONGO SPOKE.") == []


def test_print_page_header_run_into_the_text_names_a_station():
    # OCR'd copies run "PAGE 02 VATICA 03507 ..." (station cut to six letters) into the text
    assert names("1. (C) THE HOLY SEE IS OLD. PAGE 02 VATICA 03507 01 OF 04 031719Z POLICY ON DEBT "
                 "RELIEF CONTINUES.") == []
    # decoy: the number before a name is no page number ("IN 2001 MUGABE ...")
    assert names("1. (C) IN 2001 MUGABE SPOKE.") == ["MUGABE"]


def test_verb_after_a_title_is_no_given_name():
    assert names("1. (C) THE AMBASSADOR URGED SCAJOLA TO READ IT.") == ["SCAJOLA"]
    # decoy: an unlisted given name right after a title still starts the name
    assert names("1. (C) PRESIDENT EVO MORALES SPOKE.") == ["EVO MORALES"]


def test_acronym_before_a_common_word_is_no_name():
    assert names("1. (C) SOME WITHIN MB RANKS DOUBT IT. THE MB ADVOCATE REFORM.") == []
    # decoy: a written abbreviation of a given name has no vowel either
    assert names("1. (C) WM BURNS MET HIM.") == ["WM BURNS"]


def test_misread_letters_and_run_together_tags():
    lex = lexicon_for(ctx().vocab)
    # OCR look-alikes of common words: L for I, V for Y, O for G
    for w in ("PRLCE", "DAILV", "OVERNIOHT", "CONTRAVENLNG", "QLDER"):
        assert lex.flags(w) & TYPO and names(f"1. (C) {w} ROSE.") == [], w
    # decoy: a final O is no misread G ("ROSINO" is no "ROSING")
    assert names("1. (C) ROSINO DIAZ, PRESIDENT OF THE FEDERATION, SPOKE.") == ["ROSINO DIAZ"]
    # a country code run into a subject tag in a repeated TAGS line
    assert lex.flags("VTPREL") & JARGON and lex.flags("ITPHUM") & JARGON
    assert not lex.flags("VTPRELX") & JARGON and not lex.flags("MORALES") & JARGON


def test_province_named_with_a_qualifier_alone_is_a_place():
    lex = lexicon_for(ctx().vocab)
    assert lex.flags("MASHONALAND") & PLACE and lex.flags("MATABELELAND") & PLACE
    assert names("1. (C) MASHONALAND AND MATABELELAND WERE HIT BY DROUGHT.") == []


def test_addressee_lines_given_name_before_a_found_name_and_a_surname_in_parentheses():
    head = "SIPDIS\n\nPARIS FOR BISA WILLIAMS\nDEPT FOR EUR/WE (MENUTTI); DRL/IRF (FARR)\n"
    assert names("1. (C) TEXT.", head) == ["BISA WILLIAMS", "MENUTTI", "FARR"]
    # decoys: an office acronym before the name, an acronym in parentheses
    assert names("1. (C) TEXT.", "SIPDIS\n\nOSD FOR USDP EDELMAN\nSTATE FOR EUR/WE (ISAF)\n") == ["EDELMAN"]


def test_name_broken_over_two_addressee_lines():
    head = ("SIPDIS\n\nDEPT. FOR EUR/WE, WHITE HOUSE FOR JOSEPH\nHAGIN, BRADLEY BLAKEMAN AND MARY HAINES, "
            "PLEASE PASS TO\nNSC FOR AMB. FREID\n")
    assert names("1. (C) TEXT.", head) == ["JOSEPH HAGIN", "BRADLEY BLAKEMAN", "MARY HAINES", "FREID"]
    # decoy: the next line is a list of posts with its own FOR
    assert "LONDON" not in names("1. (C) TEXT.", "SIPDIS\n\nCJTF-HOA FOR POLAD\nLONDON, PARIS, ROME FOR "
                                                "AFRICA-WATCHER\n")


def test_addressee_list_going_on_after_and_on_the_next_line():
    head = "SIPDIS\n\nDEPT FOR DRL, INL; NSC FOR TEPPER; DOJ FOR PEEBLES\nAND HUDGISON; USAID FOR EE/ECA AND EE/DGSR\n"
    assert names("1. (C) TEXT.", head) == ["TEPPER", "PEEBLES", "HUDGISON"]
    # decoy: offices before the next FOR stay offices
    assert names("1. (C) TEXT.", "SIPDIS\n\nDOJ FOR PEEBLES\nAND EUR/SCE; USAID FOR EE/ECA\n") == ["PEEBLES"]


def test_signature_with_a_trailing_hash():
    assert names("1. (C) TEXT.\n\nMCDONALD#\n") == ["MCDONALD"]
    assert names("1. (C) TEXT.\n\n#\n") == []


def test_lake_and_county_make_an_unlisted_word_a_place():
    assert names("1. (C) LAKE KARIBA'S WATER LEVEL ROSE. THE MALVERN COUNTY COUNCIL MET.") == []
    # decoy: a title, not a place word, before the same kind of word
    assert names("1. (C) MINISTER KARIBAWE SPOKE.") == ["KARIBAWE"]


def test_words_joined_by_an_ellipsis_are_two_words():
    found = names("1. (C) THE ONLY WORTHY OPPONENT SINCE MULDOON...BEATING HER IS HARD. THE SPANISH "
                  "INQUISITION...THE SILENT MENACE.")
    assert found == ["MULDOON"]
    assert names("1. (C) The only worthy opponent since Muldoon...beating her is hard.") == ["Muldoon"]


def test_place_word_that_starts_the_classifiers_name():
    assert names("1. (C) TEXT.", "CLASSIFIED BY DCM RENO HARNISH FOR REASONS 1.5 (B) AND (D).\n") == ["RENO HARNISH"]
    assert names("1. (C) TEXT.", "CLASSIFIED BY COM RENO HARNISH; REASON 1.5 B/D.\n") == ["RENO HARNISH"]  # chief of mission
    assert names("1. (C) TEXT.", "CLASSIFIED BY: EMBASSY BAGHDAD ROBERT FORD, REASON 1.4 (B)\n") == ["ROBERT FORD"]
    # decoy: the post after the name stays a place
    assert names("1. (C) TEXT.", "CLASSIFIED BY: ACTING DCM JOHN SMITH, AMEMBASSY LIMA, REASON 1.4 (B)\n") \
        == ["JOHN SMITH"]


def test_name_word_before_a_known_family_name_joins_it():
    found = names("1. (C) PM JENNY SHIPLEY SPOKE. MARRIED TO SHIPLEY FOR 24 YEARS, BURTON SHIPLEY IS AN "
                  "ADVISOR.")
    assert found == ["JENNY SHIPLEY", "SHIPLEY", "BURTON SHIPLEY"]
    # decoy: a title before the known name is no given name
    assert names("1. (C) PM JENNY SHIPLEY SPOKE. LATER PRIME MINISTER SHIPLEY LEFT.")[-1] == "SHIPLEY"


def test_ideology_and_language_bloc_words_are_no_names():
    assert names("1. (C) THE NAZI ERA ARCHIVES OPEN. ONLY ONE ANGLOPHONE AND TWO FRANCOPHONES VOTED.") == []
    assert lex_flags("NAZI") & JARGON
    # decoy: a name that merely contains the letters
    assert names("1. (C) MINISTER NAZIRI SPOKE.") == ["NAZIRI"]


def test_place_compounds_and_apostrophe_for_t():
    lex = lexicon_for(ctx().vocab)
    for w in ("ISRAELI-SYRIAN", "ETHIO-LIBYAN", "SINO-INDIAN", "ARAB-ISRAELI"):
        assert lex.flags(w) & PLACE, w
    assert not lex.flags("MESBAH-YAZDI") & PLACE and not lex.flags("GARCIA-LUNA") & PLACE
    assert names("1. (C) MINISTER JUAN VALENCIA-CORDOBA SPOKE.") == ["JUAN VALENCIA-CORDOBA"]
    assert names("1. (C) The Arab-Israeli conflict and ISRAELI-SYRIAN TIES.") == []
    # a T sent as an apostrophe ("S'RUGGLE"), but "O'DONOHUE" is a name
    assert names("1. (C) THE S'RUGGLE WENT ON. AMBASSADOR O'DONOHUE SPOKE.") == ["O'DONOHUE"]


def test_hun_sen_usrep_and_demonyms():
    assert names("1. (C) HUN SEN WOULD NOT ACCEPT. THEY MET HUN SEN.  THE KING CAME.") == ["HUN SEN", "HUN SEN"]
    assert names("1. (C) HUN SEN'S PROPOSALS FAILED.") == ["HUN SEN"]
    # decoy: SEN. before a name stays a title
    assert names("1. (C) THE AMBASSADOR MET SEN. KERRY.") == ["KERRY"]
    assert names("1. (C) USREP BROWN RESPONDED. THE BANJULIANS AND CHADIANS CAME.") == ["BROWN"]
    assert names("1. (C) PROFESSOR MAJID TEHRANIAN SPOKE.") == ["MAJID TEHRANIAN"]  # no place + IAN
    # decoy: a role word before a common word
    assert names("1. (C) LAND IS THEIR CHIEF ASSET.") == []


def test_word_hyphenated_over_a_line_break_is_a_word():
    assert names("1. (C) THE PLO, THE ONLY LEGITIMATE REPRE-\nSENTATIVE OF THE PALESTINIANS, AND DELE-\n"
                 "GATIONS CAME TO VISIT CHINA ON MANY OCCASIONS IN THE PAST\nYEARS. INFO NOTAL.") == []
    # a first part that is no token alone (line ends are stripped before the lines are joined)
    assert names("1. (C) THERE ARE PRESENTLY REPRESENTA- \nTIVES OF ONLY THREE AMERICAN NEWS MEDIA HERE.") == []
    # decoy: a hyphen that joins a name and a word that are no word together
    assert names("1. (C) MINISTER MOUSSAVI-\nSUPPORTERS MARCHED IN THE STREETS OF THE CAPITAL ON\nFRIDAY.") \
        == ["MOUSSAVI"]


def test_town_alone_is_no_name_but_joins_a_name():
    assert names("1. (C) ROCKETS HIT SDEROT. THE CONVOY REACHED BARENTU.") == []
    assert names("1. (C) Rockets hit Sderot again.") == []
    # a town's name next to a given name stays part of the name
    assert names("1. (C) The minister met Marcelo Itagiba on Monday.") == ["Marcelo Itagiba"]


def test_town_that_a_name_list_ranks_low_is_a_town():
    # names-dataset ranks DUBROVNIK 4,591st among Croatian family names: a town first
    assert names("1. (C) SHELLS FELL ON DUBROVNIK AND VUKOVAR. THE APPEAL FOR DUBROVNIK WAS HEARD.") == []
    # decoys: a town in an English-speaking country is a family name too ("PEABODY"), and a town
    # whose name English text uses often is a famous person's ("OBAMA", a town in Japan)
    assert not lex_flags("PEABODY") & TOWN and not lex_flags("OBAMA") & TOWN
    assert names("1. (C) THE CONGRESSMAN MET PRESIDENT OBAMA. OBAMA SAID HE WOULD ACT.") == ["OBAMA", "OBAMA"]


def lex_flags(w: str) -> int:
    return lexicon_for(ctx().vocab).flags(w)


def test_classified_by_slot_opening_a_paragraph():
    found = names("1. (U) CLASSIFIED BY: JOSIAH H. BEEMAN, AMBASSADOR. REASONS: 1.5 (B) AND (D).\n\n"
                  "2. (C) BEEMAN SAID THE TEXT FOLLOWS HERE.")
    assert found[:1] == ["JOSIAH H. BEEMAN"]
    # decoy: classified by an institution
    assert names("1. (C) CLASSIFIED BY THE MINISTRY, THE REPORT LEAKED.") == []


def test_places_and_things_after_a_given_name_and_an_apostrophe_dropped():
    assert names("1. (C) CROWDS FILLED THE JABULANI AMPHITHEATER. THE UTA AIRLINER FELL.") == []
    assert names("1. (C) THE SHI'ITE COMMUNITY AND THE JAMAHIRIYA.") == []
    assert lex_flags("SHI'ITE") & PLACE and not lex_flags("DIDN'T") & (PLACE | TYPO)
    # decoy: an apostrophe that belongs to a name
    assert names("1. (C) AMBASSADOR O'BRIEN SPOKE.") == ["O'BRIEN"]


def test_particles_stand_with_a_propagated_family_name():
    found = names("1. (C) POLOFF MET PROFESSOR JOEL DE LOS SANTOS. DE LOS SANTOS SAID THAT HOUSE SPEAKER "
                  "JOSE DE VENECIA WAS AWAY. HE SAID DE VENECIA HAD TRAVELED.")
    assert found == ["JOEL DE LOS SANTOS", "DE LOS SANTOS", "JOSE DE VENECIA", "DE VENECIA"]
    assert names("1. (C) The minister met Thomas de Maiziere. De Maiziere said so.") \
        == ["Thomas de Maiziere", "De Maiziere"]
    # decoy: an article alone opens no family name; a place phrase after no given name stays a place
    assert names("1. (C) VOTERS IN LOS SANTOS PROVINCE REJECTED IT.") == []


def test_a_cable_that_reads_g_as_q():
    assert names("1. (C) FIQHTINQ IN NEIQHBORINQ SENEQAL AFFECTS THE PROQRAMME.") == []
    # decoy: a Q without a U in a name that no G makes a word
    assert names("1. (C) PRESIDENT QADHAFI SAID SO. TARIQ AZIZ AGREED.") == ["QADHAFI", "TARIQ AZIZ"]


def test_a_saints_name_opens_a_place():
    assert names("1. (C) BOMBS HIT THE EMBASSY IN SAN ISIDRO AND THE SUBURB OF SAN MARTIN DE PORRES.") == []
    assert names("1. (C) Talks were held in San Sebastian.") == []
    # decoys: a saint's name inside a family name, after a given name, stays the name's
    assert names("1. (C) The PP leader Maria San Gil resigned. The San Gil announcement surprised.") \
        == ["Maria San Gil", "San Gil"]
    assert names("1. (C) His father, Fulgencio Coll de San Simon, was a general.") \
        == ["Fulgencio Coll de San Simon"]


def test_an_institution_word_heading_a_romance_name():
    assert names("1. (C) A BOMB HIT BANCO WEISE AND A CAR BURNED IN THE PLAZA DE ITALIA.") == []
    # decoy: an English institution word ends its phrase; the name after it is a person's
    assert names("1. (C) WITHIN THE PALACE DAOUD HAD BEEN ASKED TO SURRENDER.") == ["DAOUD"]


def test_words_run_together_with_an_adverb_or_a_prefix():
    assert names("1. (C) THE CABINET SHAKEUP AND THE BIOSAFETY LAW WERE CONVEYEDIN PRESS.") == []
    assert lex_flags("SHAKEUP") & WORDSHAPE and lex_flags("BIOSAFETY") & ANYWORD
    # decoys: family names that read as a particle and a word
    assert not lex_flags("UPCHURCH") & (ANYWORD | WORDSHAPE) and not lex_flags("BYWATER") & (ANYWORD | WORDSHAPE)
    assert not lex_flags("BETHE") & (ANYWORD | WORDSHAPE)


def test_a_term_quoted_or_a_gloss_bracketed_alone():
    assert names('1. (C) MOST "BUMIPUTRA" BUSINESSMEN BACK THE ISLAMIC UNIFICATION MOVEMENT (TAWHIID).') == []
    assert names("1. (C) The Islamic Unification Movement (Tawhiid) met.") == []
    # decoys: an alias after a name, a quoted given name before a family name, an alias after "ONE"
    assert names("1. (C) Chief of Staff Muhammad bin Zayid Al-Nahyan (MbZ) hunts.") \
        == ["Muhammad bin Zayid Al-Nahyan", "MbZ"]
    found = names('1. (C) "KHALIT" YAMADAYEV WILL RUN. A GROUP HEADED BY ONE "FARZANDEH" MET.')
    assert "KHALIT" in found and "FARZANDEH" in found
    # a name bracketed or quoted after a title
    assert names("1. (C) THE FOREIGN MINISTER (NALBANDIAN) AND FARC COMMANDER \"TIMOCHENKO\" MET.") \
        == ["NALBANDIAN", "TIMOCHENKO"]
    # but a mixed-case acronym after a title is its gloss
    assert names("1. (C) He met the Acting President (AgP) on Monday.") == []


def test_a_lone_unlisted_word_after_a_quantifier_or_before_a_group_noun():
    assert names("1. (C) EVERY BUTUT COUNTS. KORA AND BALAFON PLAYERS SANG; OTHER JASRA OUTLETS CLOSED.") == []
    assert names("1. (C) THE VILLA IN THE SUBURB OF PSYCHIKO BURNED.") == []
    # decoy: a lone unlisted word that speaks is a name
    assert names("1. (C) TURABI SAID THE FRONT WOULD WIN.") == ["TURABI"]


def test_places_jargon_and_demonyms_added_to_the_lists():
    assert names("1. (C) PHILIPPINE TROOPS ENTERED MINDANAO. CLASSIFIED BY: TDY OFFICER.") == []


def test_a_title_that_is_a_family_name_after_given_names():
    assert names("1. (C) FORMER KING MOHAMMED ZAHIR SHAH, WHILE ABROAD, SPOKE. ZAHIR SHAH RETURNED.") \
        == ["MOHAMMED ZAHIR SHAH", "ZAHIR SHAH"]
    # decoy: the title alone names no one
    assert names("1. (C) THE SHAH LEFT AND THE SHAH'S ARMY FOLLOWED.") == []


def test_a_lone_word_in_a_list_of_places():
    assert names("1. (C) BOMBS WENT OFF IN BERN, ZURICH, BASEL, OLTEN, SOLOTHURN, AND BIBEREST.") == []
    assert names("1. (C) Offices in Madrid, Leblon, Paris and Bagram closed.") == []
    # decoys: a list of persons with no place in it; persons listed with countries; the subject
    # after a list of places
    assert names("1. (C) OFFICERS SABALLY, SINGHATEH, HAIDARA, AND TOURAY ARRIVED.")[-2:] == ["HAIDARA", "TOURAY"]
    assert names("1. (C) EGYPT, JORDAN, MUBARAK AND ABDULLAH AGREED.") == ["MUBARAK", "ABDULLAH"]
    assert names("1. (C) IN LONDON, PARIS, AND BERLIN, SARKOZY SAID NO.") == ["SARKOZY"]
    # a verb in -ize that a family-name list holds is no name
    assert names("1. (C) THE STATES AGREED TO HARMONIZE THEIR LAWS.") == []


def test_families_newspapers_and_telegram_addressees_are_no_persons():
    assert names("1. (C) THE SAUD FAMILY RECALLED THE SABAH FAMILY'S SUPPORT.") == []
    assert names("1. (C) FEW OUTSIDE THE AL SAUD FAMILY AGREE THAT HIZBOLLAH IS WEAK.") == []
    assert names('1. (C) "JORNAL DO BRASIL" REPORTED IT.') == []
    assert names("1. (C) FM AMEMBASSY VATICAN TO SECSTATE WASHDC IMMEDIATE 0000 WHITEHOUSE WASHDC IMMEDIATE") == []
    # decoys: a person named like the White House; a family member named
    assert names("1. (C) Senator Whitehouse raised Iran. Whitehouse cautioned Asad.") \
        == ["Whitehouse", "Whitehouse", "Asad"]
    assert names("1. (C) PRINCE SAUD AL-FAISAL MET THE FAMILY.") == ["SAUD AL-FAISAL"]


def test_an_alias_after_known_as():
    found = names("1. (C) ITS LEADER CLAUDE VORILHON, BETTER KNOWN AS RAEL, SPOKE. LATER RAEL LEFT.")
    assert found == ["CLAUDE VORILHON", "RAEL", "RAEL"]
    assert names("1. (C) A gang leader named Mica, also known as Chino, fled.")[-1] == "Chino"
    # decoy: a company's acronym after "also known as" in mixed case
    assert names("1. (C) Dalian Sunny Industries, also known as LIMMT, shipped it.") == []


def test_rare_demonyms_run_together_determiners_and_plural_ranks():
    assert names("1. (C) SOME NIGERIENS AND THE SURINAMESE PRESS WENT UPTHE HILL TOTHIS END.") == []
    assert names('1. (C) "RUDE PRAVO" AND "MLADA FRONTA" REPORTED IT.') == []
    # a plural rank before a list of names
    assert names("1. (C) MEMBERS OF THE PRC (LTS SABALLY, SINGHATEH, AND TOURAY) ARRIVED.") \
        == ["SABALLY", "SINGHATEH", "TOURAY"]
    # decoys: family names that read as two small words
    assert names("1. (C) AMBASSADOR FROMAN AND MR. ASHE MET.") == ["FROMAN", "ASHE"]


def test_followers_un_missions_and_vowelless_abbreviations():
    assert names("1. (C) THE LEADER, KNOWN AS RAEL, SPOKE. RAELIANS AGREED.") == ["RAEL"]
    assert names("1. (C) He met Sandinista deputies and two Kirchneristas.") == []
    assert names("1. (C) UNTAC AND UNSCOM STAFF LEFT. LIBYAN CW PROGRAMS GREW.") == []
    assert lex_flags("AL-JAMAAT") & JARGON  # a particle run into a not-a-name word
    # decoys: Armenian family names in -IAN; surnames starting UN; a town after "KNOWN AS"
    assert names("1. (C) SARKISIAN SAID SO AND ABRAHAMIAN AGREED. MR. UNWIN CONCURRED.") \
        == ["SARKISIAN", "ABRAHAMIAN", "UNWIN"]
    assert names("1. (C) THE TOWN KNOWN AS SDEROT WAS HIT. SDEROT RESIDENTS FLED.") == []
    assert names("1. (C) The al-Aqsa Martyrs Brigades and Caritas met on the Shatt al-Arab.") == []
    # decoys: a family-name-first name without a vowel; a name that is no follower word
    assert names("1. (C) VICE MINISTER NG SAID SO.") == ["NG"]
    assert names("1. (C) MINISTER UNGER SAID SO. AMBASSADOR ADRIAN JONES AGREED.") == ["UNGER", "ADRIAN JONES"]


def test_a_short_unlisted_word_ends_a_long_name_and_more_non_names():
    assert names("1. (C) OPPOSITION LEADER AUNG SAN SUU KYI SPOKE.") == ["AUNG SAN SUU KYI"]
    # decoy: a short unlisted word after a one-word name stays out (an acronym, mostly)
    assert names("1. (C) MINISTER MAUNG NLD SPOKE.") == ["MAUNG"]
    assert names("1. (C) YEKATERINBURGERS AND CINCUSNAVEUR SIXTWO MET.") == []
    # decoys: a consonant-and-vowel short word only ("ERDOGAN AKP" keeps the party out)
    assert names("1. (C) PRIME MINISTER RECEP TAYYIP ERDOGAN AKP SAID SO.") == ["RECEP TAYYIP ERDOGAN"]
    assert names("1. (C) THE TSARITSA ALEXANDRA PRAYED.") == ["ALEXANDRA"]


def test_post_words_in_a_classified_by_line_and_families_after_the():
    assert names("1.(U) CLASSIFIED BY ACTING POL SECTION CHIEF MARC NICHOLSON. REASON 1.5 (D).") \
        == ["MARC NICHOLSON"]
    assert names("1. (C) TEXT.", "Classified By: Ambassador Christopher Hill for reasons 1.5 b,d\n") \
        == ["Christopher Hill"]
    found = names("1. (C) MOHAMMAD ALI ALIREZA MET PRINCE SAUD. THE AL-SAUD DECIDED. ALIREZAS AGREED.")
    assert found == ["MOHAMMAD ALI ALIREZA", "SAUD"]
    # decoy: the name standing for the person after the article ("the al-Masri case")
    assert names("1. (C) The DCM raised the al-Masri case with the minister.") == ["al-Masri"]


def test_review_decoys_saints_titles_and_person_nouns():
    # a saint's family name after DE is lent to later mentions
    assert names("1. (C) GENERAL JOSE DE SAN MARTIN LED. LATER SAN MARTIN SAID NO.")[-1] == "SAN MARTIN"
    # a title that ends a name is not lent to the title alone
    assert names("1. (C) MOHAMMED ZAHIR SHAH SPOKE. THE SHAH LEFT.") == ["MOHAMMED ZAHIR SHAH"]
    # a name before a business word or after EVERY with a person noun stays a name
    assert names("1. (C) ZARDARI BUSINESS ASSOCIATES MET EVERY KARZAI SUPPORTER.") == ["ZARDARI", "KARZAI"]
    assert names("1. (C) Militants in Port Harcourt kidnapped him.") == []


def test_a_short_unlisted_word_starts_a_name_and_stations_before_for():
    assert names("1. (C) HOR NAMHONG SAID SO.") == ["HOR NAMHONG"]
    # decoys: a vowel-first or a listed short word stays out
    assert names("1. (C) THE UDF, NAMHONG SAID, WAS OLD. THEN UDF NAMHONG SPOKE AND OLD NAMHONG AGREED.") \
        == ["NAMHONG", "NAMHONG", "NAMHONG"]
    assert names("1. (C) TEXT.", "SIPDIS\n\nPARIS FOR MORAN; LONDON FOR YOUNG\n") == ["MORAN", "YOUNG"]


def test_particle_with_an_apostrophe_and_vowelless_words_after_a_title():
    assert names("1. (C) GENERAL SIAD IS WELL ACQUAINTED WITH AL'ITTIHAD. AL'ITTIHAD GREW.") == ["SIAD"]
    assert names("1. (C) THE COMMANDER CNG WITHDREW. CNG UNITS LEFT.") == []
    # decoy: a family name of two letters with a title
    assert names("1. (C) VICE MINISTER NG SAID SO.") == ["NG"]


def test_demonyms_of_places_ending_in_a_vowel_and_in_ite():
    assert names("1. (C) THE BRUNEIAN, DJIBOUTIAN AND MALIAN DELEGATES MET. HEBRONITES PROTESTED.") == []
    # decoys: family names built like demonyms from no place ("ADRIAN"), with -IAN ("SARKISIAN"), or
    # from a town ("AVADIAN": Avadi is a town, not a country)
    assert names("1. (C) MINISTER ADRIAN SPOKE. FOREIGN MINISTER SARKISIAN AGREED.") == ["ADRIAN", "SARKISIAN"]
    assert names("1. (C) OPPOSITION MP AVADIAN SPOKE.") == ["AVADIAN"]


_NAMHONG = ("2.  FORMER SOC FOREIGN MINISTER AND PRESENT RCG\nAMBASSADOR TO PARIS HOR NAMHONG EXCHANGED VIEWS WITH THE\n"
            "AMBASSADOR JANUARY 11 DURING A VISIT TO PHNOM PENH.\nALTHOUGH THEORETICALLY NEUTRAL POLITICALLY, HOR NAMHONG\n"
            "WITH HIS IMTIMATE INVOLVEMENT WITH THE MEMBERS OF THE\nFORMER REGIME HERE HAS CONSIDERABLE INFORMATION.\n\n"
            "3.  EARLY ELECTIONS.  HOR NAMHONG SAID HE HAS BEEN\nTOLD THAT THE ELECTIONS WILL BE HELD IN 1998.\n\n")


def test_unlisted_full_name_that_speaks_twice_is_found_whole_everywhere():
    # "HOR NAMHONG SAID" and "NAMHONG SAID": a name; its other mentions are found with the word
    # found before the family name ("HOR", unlisted) in the full name
    assert names(_NAMHONG + "4.  THE SITUATION.  NAMHONG SAID HE IS PLEASED.\n") \
        == ["HOR NAMHONG", "HOR NAMHONG", "HOR NAMHONG", "NAMHONG"]
    # decoy: once is not enough for unlisted words without a title
    assert names(_NAMHONG) == ["HOR NAMHONG"]


def test_cape_fort_and_camp_open_a_place_name():
    assert names("1. (C) THE TANKER DOCKED AT RAS TANURA ON MONDAY.") == []
    assert names("1. (C) HE TRAINED AT FORT MCCLELLAN. THE CAMP DAVID ACCORDS HELD.") == []
    assert names("1. (C) The Camp David accords held.") == []
    assert names("1. (C) MIGRANTS FROM CAPE VERDE ARRIVED. THE FLEET ENTERED THE GULF OF SIDRA.") == []
    # decoy: a listed family name after it makes a name ("RAS" is a given name too)
    assert names("1. (C) THE TANKER DOCKED. MINISTER RAS HADDAD SAID NO.") == ["RAS HADDAD"]


def test_letters_without_a_vowel_are_an_abbreviation_at_any_length():
    assert names("1. (C) CCTV REPORTED THE CLASH ON MONDAY.") == []  # (CCTV is in a surname list)
    assert names("1. (C) HE WAS DEMOTED TO SECRETARY OF THE TIMIS COUNTY RCP. IN 1974, HE LEFT.") == []
    # decoy: a listed short name without a vowel stays a name
    assert names("1. (C) MR. NG SAID NO.") == ["NG"]


def test_malay_honorific_is_a_title_and_islamic_terms_are_no_names():
    assert names("1. (C) MFA PERMSEC DATO ABDUL AZIZ SAID NO.") == ["ABDUL AZIZ"]
    assert names("1. (C) THE HUDUD LAWS WERE DEBATED. THE SULTAN SAID HUDUD WAS NOT IMMINENT.") == []


def test_offices_joined_by_a_hyphen_are_no_name():
    assert names("1. (C) Russia has not accepted initiatives to conduct a COM EUCOM-CHOD exchange.") == []
    # decoy: a family name joined to a given name stays a name
    assert names("1. (C) THE AMBASSADOR MET JUAN VALENCIA-CORDOBA ON MONDAY.") == ["JUAN VALENCIA-CORDOBA"]


def test_word_that_is_a_given_name_too_before_a_word_is_no_name():
    assert names("1. (C) WOMEN ACTIVISTS SEEM TO BE THE SOLE MOSLEM CONSTITUENCY BACKING THE PM.") == []
    # decoy: before a listed family name it is a given name
    assert names("1. (C) THE AMBASSADOR MET MARK LIPPERT ON MONDAY.") == ["MARK LIPPERT"]


def test_british_spellings_are_words():
    assert lex_flags("FAVOUR") & ANYWORD and lex_flags("COLOUR") & ANYWORD
    assert names("1. (C) THE WAR TURNED IN THE MUJAHIDIN'S FAVOUR. THE COLOUR OF MONEY.") == []


def _tagged(body: str, tags: str, station: str = "LONDON") -> list[str]:
    text = (f"C O N F I D E N T I A L {station} 002768\n\nE.O. 12958: N/A\nTAGS: PREL, {tags}\n"
            f"SUBJECT: TEST\n\n{body}\n")
    return [m.text for m in detect(parse(text), ctx().vocab)]


def test_burmese_and_khmer_name_syllables_in_cables_about_burma_and_cambodia():
    body = ("1. (C) THE ARMY LEADER SAW MAUNG MET NE WIN. LATER NE WIN TOLD U NU THAT IT TOOK MORE THAN AN HOUR,\n"
            "MORE THAN AN HOUR EACH DAY.")
    assert _tagged(body, "BM") == ["SAW MAUNG", "NE WIN", "NE WIN", "NU"]
    assert _tagged("1. (C) DEPUTY PRIME MINISTER TEA BANH SAID NO. HOR NAMHONG AGREED, HOR SAID.", "CB") \
        == ["TEA BANH", "HOR NAMHONG", "HOR"]
    # the station says it too
    assert _tagged("1. (C) THE ARMY LEADER SAW MAUNG MET THE PRESS.", "PREL", "RANGOON") == ["SAW MAUNG"]
    # decoy: elsewhere the syllables are words ("MAUNG", a listed family name, stays one)
    assert _tagged(body, "UK") == ["MAUNG"]
    # decoy: in mixed case, lower-case words are no syllables ("tea pot"); a candidate found inside a
    # syllable name gives way to it ("MAUNG" of "SAW MAUNG")
    assert _tagged("1. (C) The tea pot sets sold well. One tea pot was lost.", "CB") == []
    assert _tagged("1. (C) GENERAL SAW MAUNG SAID NO.", "BM") == ["SAW MAUNG"]


def test_us_joined_to_a_place_by_a_hyphen_is_a_word():
    assert names("1. (C) U.S.-LIBYAN TIES WORSENED. THE U.S.-BRUNEI TALKS WENT ON.") == []
    assert names("1. (C) The U.S.-French relationship is strong.") == []
    # decoy: a name after such a word stays a name
    assert names("1. (C) The U.S.-hater Miguel Escoto spoke.") == ["Miguel Escoto"]


def test_a_suffix_after_a_comma_belongs_to_the_name():
    assert names("1. (C) TEXT.", "Classified By: Ambassador Clark T. Randt, Jr. Reasons 1.4 (b/d).\n") \
        == ["Clark T. Randt, Jr."]
    assert names("1. (C) THE AMBASSADOR MET EDWARD G. ABINGTON, JR. ON MONDAY.") == ["EDWARD G. ABINGTON, JR."]
    assert names("1. (C) THE AMBASSADOR MET EDWARD G. ABINGTON,\nJR. ON MONDAY AND THEY TALKED AT LENGTH.\n\n"
                 "2. (C) MORE TEXT FOLLOWS.") == ["EDWARD G. ABINGTON, JR."]  # over a line break
    # decoy: the Spanish title after a comma belongs to the next name
    assert names("1. (C) The ambassador met Andres Manuel Lopez, Sr. Garcia agreed.") \
        == ["Andres Manuel Lopez", "Garcia"]
    assert names("1. (C) The ambassador met Eduardo Aguirre Jr. on Monday.") == ["Eduardo Aguirre Jr."]
    # decoy: a family name alone takes no suffix after a comma (a list may go on)
    assert names("1. (C) THE AMBASSADOR MET GONZALEZ, JR. ON MONDAY.") == ["GONZALEZ"]


def test_companies_currencies_and_acronyms_in_mixed_case_are_no_names():
    assert names("1. (C) ExxonMobil and Lukoil bid. The Euro rose. The GIRoA agreed. Tskhinvali was shelled.") == []
    # decoy: a name beside them stays a name
    assert names("1. (C) ExxonMobil chief Rex Tillerson spoke.") == ["Rex Tillerson"]


def test_a_word_derived_from_a_listed_one_after_a_hyphen_makes_a_word():
    assert names("1. (C) LIBYAN-SUPPLIED ARMS WERE FOUND. THE AKP-BACKED BILL PASSED.") == []
    # decoy: two family names joined by a hyphen stay a name
    assert names("1. (C) THE MINISTER MET ALI MESBAH-YAZDI ON MONDAY.") == ["ALI MESBAH-YAZDI"]


def test_a_final_ayn_belongs_to_the_name():
    assert names("1. (C) SAMIR JA'JA' SAID NO. JA'JA'S MILITIAMEN STAYED.") == ["SAMIR JA'JA'", "JA'JA'"]
    # decoys: an apostrophe after the first letter and a possessive stay out, and a closing quote
    assert names("1. (C) MR. O'NEILL SAID NO. O'NEILL'S VIEW PREVAILED.") == ["O'NEILL", "O'NEILL"]
    assert names("1. (C) HE WAS KNOWN AS 'ABU JA'FAR' AMONG HIS MEN.") == ["ABU JA'FAR"]


def test_frequent_word_alone_on_the_signature_line_is_the_signer():
    assert names("1. (C) THE MEETING WENT WELL.\n\nSWING\n") == ["SWING"]
    assert names("1. (C) THE MEETING WENT WELL.\n\nHILL\n") == ["HILL"]
    # decoys: closing words and a plural are no signer
    assert names("1. (C) THE MEETING WENT WELL.\n\nBEST\n") == []
    assert names("1. (C) THE MEETING WENT WELL.\n\nGOODBYE\n") == []
    assert names("1. (C) THE MEETING WENT WELL.\n\nINTERESTS\n") == []


def test_a_post_after_pass_to_and_mission_codes_are_no_names():
    assert names("1. (C) TEXT.", "SIPDIS\n\nDAKAR PASS TO PRAIA\nUSVIENNA FOR USDEL CSCE AND UNVIE\n") == []
    # decoy: a name after an office in a PASS TO line stays a name
    assert names("1. (C) TEXT.", "SIPDIS\n\nDEPT PASS TO USTDA-PAUL MARIN, EXIM-JRICHTER\n") == ["MARIN"]


def test_words_with_an_inner_capital_are_no_names_unless_a_name_prefix_explains_it():
    assert names("1. (C) AmCham and EcoPol met the BYuT. PolDir Gerard Araud spoke.") == ["Gerard Araud"]
    # decoys: name prefixes, and a name run into its initials in a distribution list
    assert names("1. (C) Senator McCain met Richard LeBaron and ElBaradei. Copy to MenkhoffN.") \
        == ["McCain", "Richard LeBaron", "ElBaradei", "MenkhoffN"]


def test_plain_words_webster_and_gcide_miss_are_words_but_no_typo_targets():
    assert lex_flags("PROUD") & ANYWORD and lex_flags("HEIST") & ANYWORD
    assert names("1. (C) PROUD OF THEIR ACCOMPLISHMENT, THE SOVIETS CELEBRATED. THE HEIST FAILED.") == []
    # decoy: a name one letter off such a word is no typo ("JACUZZI")
    assert not lex_flags("JANUZZI") & TYPO


def test_latin_phrases_and_intelligence_acronyms_are_no_names():
    assert names("1. (C) HE WAS DECLARED PERSONA NON GRATA, INTER ALIA FOR HUMINT WORK ON SIPRNET. HIS BONA FIDES "
                 "WERE QUESTIONED.") == []
    # decoy: a title before a name keeps it
    assert names("1. (C) COMISAF GENERAL MCCHRYSTAL SAID NO.") == ["MCCHRYSTAL"]


def test_word_found_before_a_family_name_in_a_full_name_joins_its_later_mentions():
    # "EVO" is no listed given name; "EVO MORALES" found once lends "EVO" to the heading's mention
    assert names("1. (C) PRESIDENT-ELECT EVO MORALES VISITED MADRID ON MONDAY. ZAPATERO MET HIM.\n\n"
                 "2. (C) //EVO MORALES VISIT//\n\n3. (C) THE VISIT WENT WELL.") == ["EVO MORALES", "ZAPATERO", "EVO MORALES"]
    # decoy: a word never found before it stays out
    assert names("1. (C) PRESIDENT-ELECT EVO MORALES VISITED MADRID ON MONDAY.\n\n2. (C) //ENTRE MORALES VISIT//\n\n"
                 "3. (C) THE VISIT WENT WELL.")[-1] == "MORALES"
