"""Line grammars of the cable format.

Every pattern is anchored and uses bounded or possessive repetition so that matching stays
linear on hostile input (tests/parser/test_patterns.py feeds them long adversarial lines).
"""
import regex as re

MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")

VZCZC = re.compile(r"\s*+VZCZC(\w*+)\s*+$")
# "RR RUEHWEB", "OO RUEHBC RUEHDE ...", "PP RUEHC", "ZZ ..."
ROUTING = re.compile(r"\s*+(?P<prec>[A-Z]{2})(?:\s++(?P<ri>R[A-Z]{3,6}+\w*+))++\s*+$")
ROUTING_LOOSE = re.compile(r"\s*+[A-Z]{2}\s++R[A-Z]{3}")
DE = re.compile(
    r"\s*+DE\s++(?P<ri>[A-Z]{4,7}+)\s++#(?P<serial>\d{1,7}+)(?:/(?P<part>\d{1,3}+))?"
    r"\s++(?P<day>\d{3})(?P<time>\d{4})\s*+$"
)
DE_LOOSE = re.compile(r"\s*+DE\s++\S")
ZN = re.compile(r"\s*+(?P<kind>ZN[RY])\s++(?P<code>[A-Z]{5})(?:\s++(?P<rest>[A-Z ]{1,20}+))?\s*+$")
ZN_LOOSE = re.compile(r"\s*+ZN[RY]\b")
DTG = re.compile(
    r"\s*+(?P<prec>[A-Z])\s++(?P<day>\d{2})(?P<hour>\d{2})(?P<minute>\d{2})Z\s++"
    r"(?P<month>[A-Z]{3})\s++(?P<year>\d{2})\s*+$"
)
DTG_LOOSE = re.compile(r"\s*+[A-Z]\s++\d{4,6}+Z\b")
FM = re.compile(r"\s*+FM\s++(?P<station>\S.{0,120}?)\s*+$")
TO = re.compile(r"\s*+TO\s++(?P<rest>\S.{0,300}?)\s*+$")
INFO = re.compile(r"\s*+INFO\s++(?P<rest>\S.{0,300}?)\s*+$")

# Classification banner. Spaced forms ("C O N F I D E N T I A L") are common in Cablegate.
_CLASS = (
    r"(?P<cls>UNCLAS(?:SIFIED)?+|LIMITED\s++OFFICIAL\s++USE|CONFIDENTIAL|SECRET|TOP\s++SECRET"
    r"|C\s++O\s++N\s++F\s++I\s++D\s++E\s++N\s++T\s++I\s++A\s++L"
    r"|S\s++E\s++C\s++R\s++E\s++T|T\s++O\s++P\s++S\s++E\s++C\s++R\s++E\s++T"
    r"|U\s++N\s++C\s++L\s++A\s++S(?:\s++S\s++I\s++F\s++I\s++E\s++D)?+)"
)
BANNER = re.compile(
    r"\s*+" + _CLASS + r"(?:\s++(?P<dissem>E\s?+F\s?+T\s?+O|NOFORN|SENSITIVE|EXDIS|NODIS|LIMDIS))?+"
    r"(?:\s++SECTION\s++(?P<sec>\d{1,3})\s++OF\s++(?P<of>\d{1,3}))?+"
    r"(?:\s++(?P<station>[A-Z][A-Z .'-]{0,40}?))??\s++(?P<serial>\d{1,7}+)\s*+$"
)
# A banner without a readable station/serial ("UNCLASSIFIED", "SECRET SECTION 01 OF 02").
BANNER_BARE = re.compile(
    r"\s*+" + _CLASS + r"(?:\s++SECTION\s++(?P<sec>\d{1,3})\s++OF\s++(?P<of>\d{1,3}))?+\s*+$"
)

CAVEAT = re.compile(
    r"\s*+(?P<kind>SIPDIS|SENSITIVE|NOFORN|NOFORN\s++SIPDIS|EXDIS|NODIS|LIMDIS|STADIS|ROGER\s++CHANNEL"
    r"|CXWHITEHOUSE|SENSITIVE\s++BUT\s++UNCLASSIFIED|SBU|FOR\s++OFFICIAL\s++USE\s++ONLY"
    r"|E\s?+F\s?+T\s?+O|SECSTATE\s++FOR\s++\S.{0,80})\s*+[.]?+\s*+$",
    re.IGNORECASE,
)
SBU_PROTECT = re.compile(
    r"\s*+(?:\(?+SBU\)?+\s*+)?+sensitive\s++but\s++unclassified[.,;:]?+\s++please\s++protect"
    r"\s++accordingly[.]?+\s*+$",
    re.IGNORECASE,
)

EO = re.compile(r"\s*+(?P<kw>E\s*+\.?+\s*+O\s*+\.?+)(?=\s|\d)\s*+(?P<rest>.{0,300}+)$")
EO_BODY = re.compile(
    r"(?P<order>\d{4,5}+)(?:\s*+\((?P<amend1>AS\s++AMENDED)\))?+\s*+[:;,.]?+\s*+"
    r"(?:(?P<amend2>AS\s++AMENDED)\s*+[:;,]?+\s*+)?+(?P<rest>.*+)$",
    re.IGNORECASE,
)
DATE_NUM = re.compile(r"(?P<a>\d{1,4})\s*+[/.-]\s*+(?P<b>\d{1,2})\s*+[/.-]\s*+(?P<c>\d{2,4}+)")

TAGS = re.compile(r"\s*+(?P<kw>TAGS?+)(?P<colon>\s*+:)?+\s++(?P<rest>\S.*+)$", re.IGNORECASE)
TAGS_EMPTY = re.compile(r"\s*+TAGS?+\s*+:?+\s*+$", re.IGNORECASE)
TAG_TOKEN = re.compile(
    r"\[(?P<md>[^\]\[]{1,80}+)\]\([^)]{0,80}+\)"  # markdown link [ELAB](#)
    r"|(?P<word>[A-Za-z0-9][A-Za-z0-9/&.-]{0,30}+)(?:\s*+\((?P<person>[^()]{1,80}+)\))?+"
)
SUBJECT = re.compile(r"\s*+(?:SUBJECT|SUBJ)\s*+[:.]?+\s*+(?P<rest>.*+)$", re.IGNORECASE)
REF = re.compile(r"\s*+(?:REF|REFS|REFTEL|REFTELS)\s*+[:.]\s*+(?P<rest>.*+)$", re.IGNORECASE)
REF_NOCOLON = re.compile(r"\s*+(?:REF|REFS)\s++(?P<rest>[A-Z0-9].*+)$")
CLASSIFIED_BY = re.compile(
    r"\s*+(?:CLASSIFIED|CLASSIFED|DERIVED\s++CLASSIFICATION)\s++(?:BY|FROM)\s*+[:.]?+\s*+(?P<rest>.*+)$",
    re.IGNORECASE,
)
ADDRESSEE = re.compile(
    r"\s*+(?:(?:DEPT|DEPARTMENT|STATE|USDOC|TREASURY|PASS|NSC|USAID|EUCOM|CENTCOM|DOD|OSD|WHITE\s++HOUSE)"
    r"\b[\w/ ,.&-]{0,60}?\s)?+(?:ALSO\s++)?+FOR\s++\S.{0,200}+$",
    re.IGNORECASE,
)
DATE_LINE = re.compile(
    r"\s*+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s++\d{1,2}\s++[A-Za-z]{3,9}"
    r"\s++\d{4},\s++\d{1,2}:\d{2}\s*+$"
)
PARTIAL_NOTE = re.compile(r"\s*+This record is a partial extract", re.IGNORECASE)
LOG_LINE = re.compile(r"\s*+INFO\s++LOG-\d")

# Paragraph openers: "¶1. (U)", "1. (C)", "1.(C)", "¶ 12.", "PARA 3."; lost numbers ". (U)", "¶. (SBU)".
PARA = re.compile(
    r"(?P<indent>\s{0,8}+)(?P<pil>¶\s*+|PARA(?:GRAPH)?+\s++)?+(?P<num>\d{1,3}+)(?P<dot>\s*+[.)])(?!\d)"
    r"[ \t]*+(?:(?P<mark>\((?P<mtext>[A-Za-z][A-Za-z/ &-]{0,30}+)\)))?+"
)
PARA_LOST = re.compile(
    r"(?P<indent>\s{0,8}+)(?P<pil>¶)?+\s*+\.\s*+(?P<mark>\((?P<mtext>[A-Za-z][A-Za-z/ &-]{0,30}+)\))"
)
PARA_LOST_PIL = re.compile(r"(?P<indent>\s{0,8}+)(?P<pil>¶)\s*+\.?+\s*+(?P<mark>\((?P<mtext>[A-Za-z/ &-]{1,30}+)\))?+")
SUBPARA = re.compile(r"\s{0,12}+(?:--?+\s*+)?+(?P<label>[A-Za-z])[.)]\s++(?=\S)")
ENTIRE_TEXT = re.compile(
    r"\(\s*+(?P<code>U|SBU|C|S|TS|LOU|CONFIDENTIAL|SECRET|UNCLASSIFIED)\s*+[-–—]?+\s*+ENTIRE\s++TEXT\s*+\)"
    r"|^\s*+ENTIRE\s++TEXT\s++(?P<code2>UNCLASSIFIED|CONFIDENTIAL|SECRET|SBU)",
    re.IGNORECASE,
)

PAGE_BREAK = re.compile(
    r"\s*+(?P<station>[A-Z][A-Z .'-]{0,40}?)\s++(?P<serial>\d{5,10}+)\s++(?P<page>\d{1,3})\s++OF\s++(?P<of>\d{1,3})\s*+$"
)
DASHES = re.compile(r"\s*+[-=_*]{3,}+[-=_* ]*+$")
HEADING_UNDERLINED = re.compile(r"(?P<title>\S.{0,100}?)\s++[-=_]{5,}+[-=_ ]*+$")
