"""Header, banner and metadata forms the parser reads (each one seen in real records)."""
import pytest

from checker.parser import parse

HEADER = """VZCZCXYZ0013
RR RUEHWEB

DE RUEHGT #0242/01 0581956
ZNR UUUUU ZZH
R 271956Z FEB 08
FM AMEMBASSY GUATEMALA
TO RUEHC/SECSTATE WASHDC 4858
INFO RUEHZA/WHA CENTRAL AMERICAN COLLECTIVE
RUEHME/AMEMBASSY MEXICO 4736
"""

META = """
E.O. 12958: N/A
TAGS: PGOV GT
SUBJECT: TEST SUBJECT

1. (U) One.
"""


def cable(banner="UNCLAS GUATEMALA 000242", header=HEADER, meta=META):
    return header + "\n" + banner + "\n" + meta


def kinds(c):
    return {ln.number: ln.kind for ln in c.lines if not ln.blank}


def test_seed_header_fields(seed_text):
    c = parse(seed_text)
    h = c.header
    assert [x.name for x in h.lines] == ["VZCZC", "ROUTING", "DE", "ZN", "DTG", "FM", "TO", "INFO"]
    assert all(x.problem is None for x in h.lines)
    de = h.get("DE").fields
    assert (de["ri"].value, de["serial"].value, de["part"].value, de["day"].value, de["time"].value) == \
        ("RUEHGT", "0242", "01", "058", "1956")
    assert h.get("ZN").fields["code"].value == "UUUUU"
    assert h.get("FM").fields["station"].value == "AMEMBASSY GUATEMALA"
    b = c.banner
    assert (b.classification, b.station.value, b.serial.value, b.problem) == ("UNCLASSIFIED", "GUATEMALA", "000242", None)
    assert len(h.get("INFO").continuation) == 2


def test_dual_precedence_dtg():
    c = parse(cable(header=HEADER.replace("R 271956Z FEB 08", "O R 261637Z FEB 10")))
    d = c.header.get("DTG")
    assert d.problem is None and d.fields["prec"].value == "O" and d.fields["prec2"].value == "R"
    assert d.fields["day"].value == "26" and d.fields["year"].value == "10"


@pytest.mark.parametrize("line,signals", [
    ("R 171512Z JAN 90 ZDK", "ZDK"),
    ("O R 041614Z FEB 10     (CCY ADX1C30B8 ICTOQ0621-623)", "(CCY ADX1C30B8 ICTOQ0621-623)"),
    ("R 111303Z FEB 09 ", None),
])
def test_dtg_with_operating_signals(line, signals):
    d = parse(cable(header=HEADER.replace("R 271956Z FEB 08", line))).header.get("DTG")
    assert d.problem is None
    assert (d.fields["signals"].value if "signals" in d.fields else None) == signals


@pytest.mark.parametrize("line,problem", [
    ("R 311956Z APR 08", "day 31 does not exist in APR 08"),
    ("R 291956Z FEB 09", "day 29 does not exist in FEB 09"),
    ("R 272556Z FEB 08", "time 2556Z is not a valid hour and minute"),
    ("R 271956Z FEX 08", "unknown month 'FEX'"),
    ("X 271956Z FEB 08", "unknown precedence 'X'"),
    ("R 2719Z FEB 08", "expected 'P DDHHMMZ MON YY'"),
])
def test_dtg_problems(line, problem):
    d = parse(cable(header=HEADER.replace("R 271956Z FEB 08", line))).header.get("DTG")
    assert d.problem.startswith(problem)


def test_leap_day_is_valid():
    d = parse(cable(header=HEADER.replace("R 271956Z FEB 08", "R 291956Z FEB 08"))).header.get("DTG")
    assert d.problem is None


@pytest.mark.parametrize("line", ["ZNY CCCCC ZZH ZUI RUEWMCE1074 1581702", "ZNY SSSSS ZZH (CCY AD40E4BD MSI7190-632)",
                                  "ZNY CCCCC ZZH(CCY AD6CB6C9 WSC6493 634)", "ZNY CCCCC ZZH (TAO)"])
def test_zn_with_operating_signals(line):
    zn = parse(cable(header=HEADER.replace("ZNR UUUUU ZZH", line))).header.get("ZN")
    assert zn.problem is None and zn.fields["code"].value == line.split()[1]


@pytest.mark.parametrize("line,problem", [("ZNR CCCCC ZZH", "ZNR with CCCCC"), ("ZNY XXYYZ ZZH", "unknown"),
                                          ("ZNY CCC", "expected 'ZNR UUUUU'")])
def test_zn_problems(line, problem):
    zn = parse(cable(header=HEADER.replace("ZNR UUUUU ZZH", line))).header.get("ZN")
    assert problem in zn.problem


def test_routing_line_continues_on_next_lines():
    header = HEADER.replace("RR RUEHWEB\n\n", "OO RUEHBC RUEHDE RUEHDT RUEHIHL RUEHKUK RUEHLMC\nRUEHPB RUEHTRO\n")
    c = parse(cable(header=header, banner="S E C R E T SECTION 01 OF 02 PARIS 002069"))
    r = c.header.get("ROUTING")
    assert r.problem is None and [ln.text for ln in r.continuation] == ["RUEHPB RUEHTRO"]
    assert c.header.get("DE") is not None and c.banner.station.value == "PARIS"


def test_routing_pair_must_be_doubled():
    c = parse(cable(header=HEADER.replace("RR RUEHWEB", "RP RUEHWEB")))
    assert "doubled precedence" in c.header.get("ROUTING").problem


@pytest.mark.parametrize("banner,cls,section,station,serial", [
    ("SS E C R E T SECTION 01 OF 02 PARIS 001699", "SECRET", (1, 2), "PARIS", "001699"),
    ("E C R E T SECTION 01 OF 03 BAGHDAD 000146", "SECRET", (1, 3), "BAGHDAD", "000146"),
    ("SE C R E T TUNIS 000193", "SECRET", None, "TUNIS", "000193"),
    ("CSE C R E T SECTION 01 OF 02 SHENYANG 000004", "SECRET", (1, 2), "SHENYANG", "000004"),
    ("O N F I D E N T I A L BAGHDAD 000290", "CONFIDENTIAL", None, "BAGHDAD", "000290"),
    ("CC O N F I D E N T I A L SECTION 01 OF 02 SAO PAULO 000104", "CONFIDENTIAL", (1, 2), "SAO PAULO", "000104"),
    ("CO N F I D E N T I A L SECTION 01 OF 06 PARIS 001501", "CONFIDENTIAL", (1, 6), "PARIS", "001501"),
    ("UUNCLAS MANAGUA 001002", "UNCLASSIFIED", None, "MANAGUA", "001002"),
])
def test_misspelt_banners_are_read_with_a_problem(banner, cls, section, station, serial):
    b = parse(cable(banner=banner)).banner
    assert (b.classification, b.section, b.station.value, b.serial.value) == (cls, section, station, serial)
    assert b.problem is not None and "classification word" in b.problem


@pytest.mark.parametrize("banner,station", [
    ("C O N F I D E N T I A L SECTION 01 OF 02 LA PAZ 000417", "LA PAZ"),
    ("SECRET TEL AVIV 002280", "TEL AVIV"),
    ("S E C R E T ABU DHABI 000862", "ABU DHABI"),
    ("CONFIDENTIAL SECTION 01 of 03 KUWAIT 000128", "KUWAIT"),
    ("UNCLASSIFIED BUENOS AIRES 2481", "BUENOS AIRES"),
])
def test_banner_stations_with_spaces(banner, station):
    b = parse(cable(banner=banner)).banner
    assert b.station.value == station and b.problem is None


def test_lower_case_banner():
    b = parse(cable(banner="S e c r e t section 01 of 02 nairobi 002497")).banner
    assert (b.classification, b.section, b.station.value) == ("SECRET", (1, 2), "nairobi")
    assert b.spaced and "not in capitals" in b.problem


@pytest.mark.parametrize("line", ["SECRETS 2009", "SECRETARY RICE 2009", "CONFIDENTIALITY IS KEY 12"])
def test_near_miss_lines_are_not_banners(line):
    c = parse(HEADER + "\n" + line + "\n" + META)
    assert c.banners == []


def test_stray_page_header_before_the_header():
    text = "UNCLASSIFIED   STATE   00100153 \n" + cable(banner="UNCLAS SECTION 01 OF 02 STATE 100153")
    c = parse(text)
    assert c.lines[0].kind == "note"
    assert c.header.get("DE") is not None and len(c.banners) == 1
    assert c.banner.serial.value == "100153" and c.banner.section == (1, 2)


def test_partial_extract_with_bare_dtg():
    text = ("This record is a partial extract of the original cable. The full text of the original cable is "
            "not available.\n\n171835Z Oct 05\n\nC O N F I D E N T I A L BRASILIA 002767\n" + META)
    c = parse(text)
    assert c.lines[0].kind == "note"
    d = c.header.get("DTG")
    assert d.problem is None and "prec" not in d.fields and d.fields["month"].value == "Oct"
    assert c.banner.station.value == "BRASILIA" and c.subject.text == "TEST SUBJECT"


MAIL = """null
Diana T Fritz  03/21/2007 05:47:09 PM  From  DB/Inbox:  Search Results

Cable 
Text:                                                                      
                                                                           
CONFIDENTIAL

SIPDIS
TELEGRAM                                            June 03, 2003


To:       No Action Addressee                                    

Action:   Unknown                                                

From:     AMEMBASSY ABU DHABI (ABU DHABI 2641 - UNKNOWN)         

TAGS:     PREL, EPET, EAID, PGOV                                 

Captions: None                                                   

Subject:  UAE TO SUPPORT JORDAN OIL NEEDS FOR THREE MORE MONTHS, 
          PROVIDED $40 MILLION TO RABAT AFTER TERROR ATTACKS     

Ref:      None                                                   
_________________________________________________________________
C O N F I D E N T I A L        ABU DHABI 02641

SIPDIS
CXABU:
    ACTION: POL 
    INFO:   AMB DCM P/M ECON RSO 

DISSEMINATION: POL
APPROVED: AMB:MMWAHBA
DRAFTED: POL:STWILLIAMS

VZCZCADI319
OO RUEHC RUEHAM RUEHRB
RUEAIIA RHEFDIA RUCJACC
DE RUEHAD #2641 1541250
ZNY CCCCC ZZH
O 031250Z JUN 03
FM AMEMBASSY ABU DHABI
TO RUEHC/SECSTATE WASHDC IMMEDIATE 0227
INFO RUEHAM/AMEMBASSY AMMAN 0446

C O N F I D E N T I A L ABU DHABI 002641 

SIPDIS 

NSC FOR THEROUX 

EO 12958 DECL: 06/03/08 

¶1. (C) MFA Minstate Hamdan bin Zayid contacted the Ambassador.
"""


def test_mail_export():
    c = parse(MAIL)
    wrapper = ("null", "Diana T Fritz", "Cable", "Text:", "TELEGRAM", "To:", "Action:", "From:", "Captions:",
               "Ref:", "____", "CXABU:", "ACTION: POL", "INFO:   AMB", "DISSEMINATION:", "APPROVED:", "DRAFTED:")
    assert all(ln.kind == "note" for ln in c.lines if ln.text.strip().startswith(wrapper))
    assert [(b.classification, b.station and b.station.value) for b in c.banners] == [
        ("CONFIDENTIAL", None), ("CONFIDENTIAL", "ABU DHABI"), ("CONFIDENTIAL", "ABU DHABI")]
    assert [t.code for t in c.tags.tags] == ["PREL", "EPET", "EAID", "PGOV"]
    assert c.subject.text == ("UAE TO SUPPORT JORDAN OIL NEEDS FOR THREE MORE MONTHS, PROVIDED $40 MILLION "
                              "TO RABAT AFTER TERROR ATTACKS")
    assert c.refs == []
    h = c.header
    assert h.get("DE").fields["serial"].value == "2641" and h.get("FM").fields["station"].value == "AMEMBASSY ABU DHABI"
    assert len(h.get("ROUTING").continuation) == 1
    assert c.eo.decl_date == (2008, 6, 3)
    assert c.paragraphs and c.paragraphs[0].number == 1


def test_export_debris_before_a_repeated_header():
    debris = ">\n7/29/2009 14:42\n09KHARTOUM881\nEmbassy Khartoum\nCONFIDENTIAL\n09KHARTOUM378\n"
    text = HEADER + "\n" + debris + HEADER + "TAGS: PGOV GT\nSUBJECT: WRAPPER\n\n" + \
        "C o n f i d e n t i a l guatemala 000242\n\ndept pls pass usaid for afr/sudan\n" + META
    c = parse(text)
    k = kinds(c)
    assert all(k[n] == "note" for n in range(12, 18))
    assert len(c.banners) == 1 and c.banner.station.value == "guatemala"
    assert c.subject.text == "TEST SUBJECT"  # the cable's own block replaces the wrapper's
    assert c.addressees and c.addressees[-1].text.startswith("dept pls pass")
    assert c.eo is not None and c.eo.na is not None


def test_department_copy_with_distribution_lines():
    text = """CONFIDENTIAL

PAGE 01        CAPE T  00097  01 OF 03  182017Z
ACTION AF-00

INFO  LOG-00   ADS-00   INR-05   EUR-00   SS-00    CIAE-00  DODE-00
      P-02     T-01     /037 W
                    ------------------352654  200910Z /23
R 171512Z JAN 90
FM AMCONSUL CAPE TOWN
TO SECSTATE WASHDC 5365
INFO AMEMBASSY PRETORIA

C O N F I D E N T I A L SECTION 01 OF 03 CAPE TOWN 00097 

E.O. 12356:  DECL:  OADR 
TAGS: PGOV PHUM SF
SUBJ:  ESSA MOOSA TALKS ABOUT MANDELA AND OTHER TOPICS 

1.  CONFIDENTIAL - ENTIRE TEXT.
"""
    c = parse(text)
    assert [b.station and b.station.value for b in c.banners] == [None, "CAPE TOWN"]
    assert [x.name for x in c.header.lines] == ["LOG", "LOG", "DTG", "FM", "TO", "INFO"]
    assert c.lines[2].kind == "note" and c.lines[8].kind in ("note", "header")
    assert c.eo.decl.value == "OADR" and c.subject is not None


def test_info_line_holding_a_page_header():
    header = "O P 131528Z MAY 08\nFM SECSTATE WASHDC\nTO AMEMBASSY BEIJING IMMEDIATE\n" \
             "INFO PAGE 02        STATE   050524  131535Z\nAMEMBASSY BAGHDAD PRIORITY\n"
    c = parse(cable(header=header, banner="S E C R E T STATE 050524"))
    info = c.header.get("INFO")
    assert "page" in info.fields and "rest" not in info.fields and len(info.continuation) == 1
    assert c.banner.serial.value == "050524"


def test_page_break_sub_pages():
    body = "\n1. (U) One.\n\nPARIS 00002069 001.2 OF 002\n\n2. (U) Two.\n\nPARIS 00002069 002 OF 002\n\n3. (U) Three.\n"
    c = parse(cable(banner="UNCLAS SECTION 01 OF 02 PARIS 002069", meta=META + body))
    assert [(p.page, p.sub, p.of) for p in c.page_breaks] == [(1, 2, 2), (2, 1, 2)]


def test_page_break_inside_the_metadata_block():
    meta = "\nE.O. 12958: DECL: 12/20/2017\nTAGS: PREL SP\nSUBJECT: GARZON\n\nREF: MADRID 2251\n" \
           "MADRID 00002282 001.2 OF 002\n\nClassified By: Ambassador Eduardo Aguirre Jr. for Reasons 1.4 (b)\n\n" \
           "1. (C) One.\n"
    c = parse(cable(banner="C O N F I D E N T I A L SECTION 01 OF 02 MADRID 002282", meta=meta))
    assert [(p.page, p.sub) for p in c.page_breaks] == [(1, 2)]
    assert c.classified_by is not None and c.paragraphs[0].number == 1


def test_wrapped_tags_line_without_comma():
    meta = "\nE.O. 12958: DECL: 12/1/2019\nTAGS: PREL PGOV MNUC PARM PINR RS KGIC KNNP KRAD ENRG\nLY\n" \
           "SUBJECT: LIBYAN MFA BRIEFED\n\n1. (C) One.\n"
    c = parse(cable(banner="SECRET TRIPOLI 000943", meta=meta))
    assert len(c.tags.lines) == 2 and c.subject.text == "LIBYAN MFA BRIEFED"


def test_classification_line_with_dissemination():
    c = parse(cable(banner="S E C R E T SECTION 01 OF 11 STATE 119085\n\nSECRET//NOFORN"))
    assert [b.classification for b in c.banners] == ["SECRET", "SECRET"]
    assert [cv.kind for cv in c.caveats] == ["NOFORN"]


@pytest.mark.parametrize("line,decl,date,problem", [
    ("E.O. 12958: DECL: 02/14/2018 TAGS: BR PREL MARR", "02/14/2018", (2018, 2, 14), None),
    ("E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006", "DECLASSIFIED JUNE 21, 2006", None, None),
    ("E.O. 12958: DECL: 011/2/2019", "011/2/2019", (2019, 11, 2), "is not MM/DD/YYYY"),
    ("E.o. 12958: decl: 2019/12/16", "2019/12/16", (2019, 12, 16), None),
    ("EO 12958 XXXXXXXXXXXXX", "XXXXXXXXXXXXX", None, None),
    ("E.O. 12958: 03/24/2019", "03/24/2019", (2019, 3, 24), "'DECL:' keyword missing"),
    ("E.O. 12958: DECL: 02/30/2019", "02/30/2019", None, "not a valid date"),
])
def test_eo_line_forms(line, decl, date, problem):
    c = parse(cable(meta=META.replace("E.O. 12958: N/A", line)))
    eo = c.eo
    assert eo.decl.value.endswith(decl) and eo.decl_date == date
    assert (eo.problem is None) if problem is None else (problem in eo.problem)


def test_parser_never_raises_on_header_fragments():
    for text in ["VZCZC", "DE", "DE #", "ZNY", "O", "O R", "R 9", "FM", "TO", "INFO", "SS E C R E T 1",
                 "S E C R E T", "PAGE 1 X", ">\nVZCZCX", "E.O.", "TAGS:\nPK", "null\nCable\nText:"]:
        parse(text)


def test_routing_lines_without_a_banner_are_addressees():
    # a copy that ran the banner into the last header line: the routing lines before E.O. still count
    text = ("FM AMEMBASSY HARARE\nTO SECSTATE WASHDC PRIORITY 9543\nINFO NSC WASHDC\n"
            "AMEMBASSY NAIROBIUNCLAS HARARE 002505\n\nSIPDIS\n\n"
            "DEPT FOR AF/S (DELISI, KRAFT), AF/PD (SANDERS,\nCOX), AF (BELLAMY)\n\n"
            "LONDON FOR GURNEY\n\nPARIS PASS TO BISA WILLIAMS\n\nE.O. 12958: N/A\nTAGS: PHUM ZI\n"
            "SUBJECT: TEST\n\n1. TEXT.\n")
    c = parse(text)
    assert [ln.text for ln in c.addressees] == [
        "DEPT FOR AF/S (DELISI, KRAFT), AF/PD (SANDERS,", "COX), AF (BELLAMY)", "LONDON FOR GURNEY",
        "PARIS PASS TO BISA WILLIAMS"]
    # decoy: without an E.O./TAGS/SUBJECT line ahead, capitals after the caveat are the body
    c = parse("FM AMEMBASSY HARARE\nTO SECSTATE WASHDC\n\nSIPDIS\n\nTHE MINISTER SPOKE FOR AN HOUR.\n")
    assert c.addressees == []


def test_routing_block_before_a_late_tags_line_is_read_as_metadata():
    # a sentence stops the metadata pass; the TAGS line found below it brings the routing lines
    # above it back as metadata, also those the patterns miss ("NAIROBI FOR ...", office lists)
    text = ("FM AMEMBASSY HARARE\nTO SECSTATE WASHDC\n\nSIPDIS\n\n"
            "NOTE: REPEATED TO ALL ADDRESSEES OF THE EARLIER MESSAGE OF TODAY.\n\n"
            "PAGE 02 HARARE 01108 231036Z\nDEPT FOR AF/EPS, AF/S,\nED/ESC/ENR\nUSDOC FOR 2037/ERIC HENDERSON\n"
            "NAIROBI FOR PFLAUMER\nGENEVA PASS TO IFRC, UNCHA\n\nE.O. 12958: N/A\nTAGS: PHUM ZI\nSUBJECT: TEST\n\n"
            "1. TEXT.\n")
    c = parse(text)
    assert [ln.text for ln in c.addressees] == ["DEPT FOR AF/EPS, AF/S,", "ED/ESC/ENR", "USDOC FOR 2037/ERIC HENDERSON",
                                                "NAIROBI FOR PFLAUMER", "GENEVA PASS TO IFRC, UNCHA"]
    assert c.tags is not None
