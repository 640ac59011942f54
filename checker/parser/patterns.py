"""Line grammars of the cable format.

Every pattern is anchored and uses bounded or possessive repetition so that matching stays
linear on hostile input (tests/parser/test_patterns.py feeds them long adversarial lines). Line
patterns open with a look-behind for a non-blank so that a search cannot restart at every blank
of a long run.
"""
from typing import Final

import regex as re

MONTHS: Final = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")

VZCZC: Final = re.compile(r"(?<!\s)\s*+VZCZC(\w*+)\s*+$")
# "RR RUEHWEB", "OO RUEHBC RUEHDE ...", "PP RUEHC", "ZZ ..."
ROUTING: Final = re.compile(r"(?<!\s)\s*+(?P<prec>[A-Z]{2})(?:\s++(?P<ri>R[A-Z]{3,6}+\w*+))++\s*+$")
ROUTING_LOOSE: Final = re.compile(r"(?<!\s)\s*+[A-Z]{2}\s++R[A-Z]{3}")
# One routing indicator; a long routing line goes on with lines of these only ("RUEHPB").
RI: Final = re.compile(r"R[A-Z]{3,6}+\w{0,4}+$")
DE: Final = re.compile(
    r"(?<!\s)\s*+DE\s++(?P<ri>[A-Z]{4,7}+)\s++#(?P<serial>\d{1,7}+)(?:/(?P<part>\d{1,3}+))?"
    r"\s++(?P<day>\d{3})(?P<time>\d{4})\s*+$"
)
DE_LOOSE: Final = re.compile(r"(?<!\s)\s*+DE\s++\S")
# "ZNY CCCCC ZZH", also with operating signals after it: "ZZH ZUI RUEWMCE1074 1581702", "ZZH (CCY ...)".
ZN: Final = re.compile(r"(?<!\s)\s*+(?P<kind>ZN[RY])\s++(?P<code>[A-Z]{5})(?:\s++(?P<rest>\S.{0,200}?))?\s*+$")
ZN_LOOSE: Final = re.compile(r"(?<!\s)\s*+ZN[RY]\b")
# "R 271956Z FEB 08"; dual precedence (action, info) "O R 261637Z FEB 10"; operating signals may
# follow ("ZDK" retransmission, "ZDS" corrected copy, "(CCY ...)" correction).
DTG: Final = re.compile(
    r"(?<!\s)\s*+(?P<prec>[A-Z])(?:\s++(?P<prec2>[A-Z]))?+\s++(?P<day>\d{2})(?P<hour>\d{2})(?P<minute>\d{2})Z"
    r"\s++(?P<month>[A-Z]{3})\s++(?P<year>\d{2})(?:\s++(?P<signals>\S.{0,200}?))?\s*+$"
)
# The date-time group alone ("171835Z Oct 05") heads partial extracts.
DTG_BARE: Final = re.compile(
    r"(?<!\s)\s*+(?P<day>\d{2})(?P<hour>\d{2})(?P<minute>\d{2})Z\s++(?P<month>[A-Za-z]{3})\s++(?P<year>\d{2})\s*+$"
)
DTG_LOOSE: Final = re.compile(r"(?<!\s)\s*+[A-Z](?:\s++[A-Z])?+\s++\d{4,6}+Z\b")
FM: Final = re.compile(r"(?<!\s)\s*+FM\s++(?P<station>\S.{0,120}?)\s*+$")
TO: Final = re.compile(r"(?<!\s)\s*+TO\s++(?P<rest>\S.{0,300}?)\s*+$")
INFO: Final = re.compile(r"(?<!\s)\s*+INFO\s++(?P<rest>\S.{0,300}?)\s*+$")
# Print page headers: "PAGE 02        STATE   050524  131535Z", "PAGE 01  CAPE T  00097  01 OF 03  182017Z".
PAGE_HEADER: Final = re.compile(r"(?<!\s)\s*+PAGE\s++\d{1,3}+\s++\S.{0,100}+$")
# Distribution lines of department copies: "ACTION AF-00", "INFO  LOG-00   EEB-00 ...".
LOG_LINE: Final = re.compile(r"(?<!\s)\s*+(?:INFO|ACTION)\s++[A-Z]{1,6}+-\d")
DIST_MARK: Final = re.compile(r"(?<![\s-])\s*+-{6,}+[0-9A-F]{4,8}+\s++\d{6}Z\s++/\d{1,3}+\s*+$")
# Mail exports ("Name  03/21/2007 05:47:09 PM  From  DB/Inbox:  Search Results", "Cable", "Text:").
MAIL_LINE: Final = re.compile(r"(?<!\s)\s*+(?:null|Cable|Text:|Results|Search\s++Results)\s*+$")
MAIL_FIELD: Final = re.compile(r"(?<!\s)\s*+(?:To|Action|From|Captions|Ref)\s*+:(?:\s.{0,300}+)?+$")
MAIL_TELEGRAM: Final = re.compile(r"(?<!\s)\s*+TELEGRAM\s++[A-Z][a-z]{2,8}+\s++\d{1,2},\s++\d{4}\s*+$")
# Drafting data of a post's own copy: "CXABU:", "ACTION: POL", "DRAFTED: POL:STWILLIAMS".
DRAFTING: Final = re.compile(
    r"(?<!\s)\s*+(?:CX[A-Z]{2,12}+:|(?:ACTION|INFO|DISSEMINATION|CHARGE|APPROVED|DRAFTED|CLEARED)\s*+:)"
)
# Export metadata ("ID: 190648", "ORIGIN: 09KUWAIT110", "CLASSIFICATION: SECRET//NOFORN").
EXPORT_FIELD: Final = re.compile(r"(?<!\s)\s*+(?:ID|ORIGIN|DATE|SOURCE|CLASSIFICATION|MISC|DESTINATION)\s*+:")

# Classification banner. Spaced forms ("C O N F I D E N T I A L") are common in Cablegate; some
# records are lower-cased throughout ("S e c r e t berlin 001068").
_CLASS: Final = (
    r"(?P<cls>UNCLAS(?:SIFIED)?+|LIMITED\s++OFFICIAL\s++USE|CONFIDENTIAL|SECRET|TOP\s++SECRET"
    r"|C\s++O\s++N\s++F\s++I\s++D\s++E\s++N\s++T\s++I\s++A\s++L"
    r"|S\s++E\s++C\s++R\s++E\s++T|T\s++O\s++P\s++S\s++E\s++C\s++R\s++E\s++T"
    r"|U\s++N\s++C\s++L\s++A\s++S(?:\s++S\s++I\s++F\s++I\s++E\s++D)?+)"
)
_BANNER_TAIL: Final = (
    r"(?:\s++(?P<dissem>E\s?+F\s?+T\s?+O|NOFORN|SENSITIVE|EXDIS|NODIS|LIMDIS))?+"
    r"(?:\s++SECTION\s++(?P<sec>\d{1,3})\s++OF\s++(?P<of>\d{1,3}))?+"
    r"(?:\s++(?P<station>[A-Z][A-Z .'-]{0,40}?))??\s++(?P<serial>\d{1,8}+)\s*+$"
)
# (?<!\s): a search never restarts inside a run of blanks, which keeps searching linear.
BANNER: Final = re.compile(r"(?<!\s)\s*+" + _CLASS + _BANNER_TAIL, re.IGNORECASE)
# What follows a misspelt classification word ("SS E C R E T SECTION 01 OF 02 PARIS 001699").
BANNER_TAIL: Final = re.compile(r"(?<!\s)" + _BANNER_TAIL, re.IGNORECASE)
# A banner without a readable station/serial ("UNCLASSIFIED", "SECRET SECTION 01 OF 02", "SECRET//NOFORN").
BANNER_BARE: Final = re.compile(
    r"(?<!\s)\s*+" + _CLASS + r"(?:\s*+//?+\s*+(?P<dissem>NOFORN|ORCON|REL\s[A-Z ,]{0,40}?[A-Z])|\s++(?P<dissem2>NOFORN))?+"
    r"(?:\s++SECTION\s++(?P<sec>\d{1,3})\s++OF\s++(?P<of>\d{1,3}))?+\s*+$",
    re.IGNORECASE,
)

CAVEAT: Final = re.compile(
    r"(?<!\s)\s*+(?P<kind>SIPDIS|SENSITIVE|NOFORN|NOFORN\s++SIPDIS|EXDIS|NODIS|LIMDIS|STADIS|ROGER\s++CHANNEL"
    r"|CXWHITEHOUSE|SENSITIVE\s++BUT\s++UNCLASSIFIED|SBU|FOR\s++OFFICIAL\s++USE\s++ONLY"
    r"|E\s?+F\s?+T\s?+O|SECSTATE\s++FOR\s++\S.{0,80})\s*+[.]?+\s*+$",
    re.IGNORECASE,
)
SBU_PROTECT: Final = re.compile(
    r"(?<!\s)\s*+(?:\(?+SBU\)?+\s*+)?+sensitive\s++but\s++unclassified[.,;:]?+\s++please\s++protect"
    r"\s++accordingly[.]?+\s*+$",
    re.IGNORECASE,
)

EO: Final = re.compile(r"(?<!\s)\s*+(?P<kw>E\s*+\.?+\s*+O\s*+\.?+)(?=\s|\d)\s*+(?P<rest>.{0,300}+)$", re.IGNORECASE)
EO_BODY: Final = re.compile(
    r"(?P<order>\d{4,5}+)(?:\s*+\((?P<amend1>AS\s++AMENDED)\))?+\s*+[:;,.]?+\s*+"
    r"(?:(?P<amend2>AS\s++AMENDED)\s*+[:;,]?+\s*+)?+(?P<rest>.*+)$",
    re.IGNORECASE,
)
DATE_NUM: Final = re.compile(r"(?P<a>\d{1,4})\s*+[/.-]\s*+(?P<b>\d{1,2})\s*+[/.-]\s*+(?P<c>\d{1,4}+)")

TAGS: Final = re.compile(r"\s*+(?P<kw>TAGS?+)(?P<colon>\s*+:)?+\s++(?P<rest>\S.*+)$", re.IGNORECASE)
TAGS_EMPTY: Final = re.compile(r"\s*+TAGS?+\s*+:?+\s*+$", re.IGNORECASE)
TAG_TOKEN: Final = re.compile(
    r"\[(?P<md>[^\]\[]{1,80}+)\]\([^)]{0,80}+\)"  # markdown link [ELAB](#)
    r"|(?P<word>[A-Za-z0-9][A-Za-z0-9/&.-]{0,30}+)(?:\s*+\((?P<person>[^()]{1,80}+)\))?+"
)
SUBJECT: Final = re.compile(r"(?<!\s)\s*+(?:SUBJECT|SUBJ)\s*+[:.]?+\s*+(?P<rest>.*+)$", re.IGNORECASE)
REF: Final = re.compile(r"(?<!\s)\s*+(?:REF|REFS|REFTEL|REFTELS)\s*+[:.]\s*+(?P<rest>.*+)$", re.IGNORECASE)
REF_NOCOLON: Final = re.compile(r"(?<!\s)\s*+(?:REF|REFS)\s++(?P<rest>[A-Z0-9].*+)$")
CLASSIFIED_BY: Final = re.compile(
    r"(?<!\s)\s*+(?:CLASSIFIED|CLASSIFED|DERIVED\s++CLASSIFICATION)\s++(?:BY|FROM)\s*+[:.]?+\s*+(?P<rest>.*+)$",
    re.IGNORECASE,
)
ADDRESSEE: Final = re.compile(
    r"(?<!\s)\s*+(?:(?:DEPT|DEPARTMENT|STATE|USDOC|TREASURY|PASS|NSC|USAID|EUCOM|CENTCOM|DOD|OSD|WHITE\s++HOUSE)"
    r"\b[\w/ ,.&-]{0,60}?\s)?(?:ALSO\s++)?+FOR\s++\S.{0,200}+$",
    re.IGNORECASE,
)
DATE_LINE: Final = re.compile(
    r"(?<!\s)\s*+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s++\d{1,2}\s++[A-Za-z]{3,9}"
    r"\s++\d{4},\s++\d{1,2}:\d{2}\s*+$"
)
PARTIAL_NOTE: Final = re.compile(r"(?<!\s)\s*+This record is a partial extract", re.IGNORECASE)

# Paragraph openers: "¶1. (U)", "1. (C)", "1.(C)", "¶ 12.", "PARA 3."; lost numbers ". (U)", "¶. (SBU)".
PARA: Final = re.compile(
    r"(?P<indent>\s{0,8}+)(?P<pil>¶\s*+|PARA(?:GRAPH)?+\s++)?+(?P<num>\d{1,3}+)(?P<dot>\s*+[.)])(?!\d)"
    r"[ \t]*+(?:(?P<mark>\((?P<mtext>[A-Za-z][A-Za-z/ &-]{0,30}+)\)))?+"
)
PARA_LOST: Final = re.compile(
    r"(?P<indent>\s{0,8}+)(?P<pil>¶)?+\s*+\.\s*+(?P<mark>\((?P<mtext>[A-Za-z][A-Za-z/ &-]{0,30}+)\))"
)
PARA_LOST_PIL: Final = re.compile(r"(?P<indent>\s{0,8}+)(?P<pil>¶)\s*+\.?+\s*+(?P<mark>\((?P<mtext>[A-Za-z/ &-]{1,30}+)\))?+")
SUBPARA: Final = re.compile(r"\s{0,12}+(?:--?+\s*+)?+(?P<label>[A-Za-z])[.)]\s++(?=\S)")
ENTIRE_TEXT: Final = re.compile(
    r"\(\s*+(?P<code>U|SBU|C|S|TS|LOU|CONFIDENTIAL|SECRET|UNCLASSIFIED)\s*+[-–—]?+\s*+ENTIRE\s++TEXT\s*+\)"
    r"|^\s*+ENTIRE\s++TEXT\s++(?P<code2>UNCLASSIFIED|CONFIDENTIAL|SECRET|SBU)",
    re.IGNORECASE,
)

# "ABUJA 00000320 002 OF 002": section 2 of 2; "PARIS 00002069 001.2 OF 002": page 2 of section 1.
PAGE_BREAK: Final = re.compile(
    r"(?<!\s)\s*+(?P<station>[A-Z][A-Z .'-]{0,40}?)\s++(?P<serial>\d{5,10}+)\s++(?P<page>\d{1,3})(?:\.(?P<sub>\d{1,2}))?+"
    r"\s++OF\s++(?P<of>\d{1,3})\s*+$"
)
DASHES: Final = re.compile(r"(?<!\s)\s*+[-=_*]{3,}+[-=_* ]*+$")
HEADING_UNDERLINED: Final = re.compile(r"(?P<title>\S.{0,100}?)\s++[-=_]{5,}+[-=_ ]*+$")


# What the regex module's \s matches (tests/parser/test_patterns.py checks it); str.lstrip()
# alone also strips \x1c-\x1f, which a pattern's \s*+ does not skip.
REGEX_SPACES: Final = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)


class Leads:
    """Which of some line patterns can match a line, judged by its first two non-blank characters.

    Most lines fail most patterns, and a failed match costs several times this look-up, so the
    parser asks first. The patterns themselves answer, by a partial match of those two characters
    (what a pattern sees after its leading blanks), which keeps their case folding ("ſ" is an S
    under IGNORECASE). The answer may let through a pattern that then fails, never the reverse.
    Answers are cached by the two characters; the cache is emptied when it grows large.
    """

    __slots__ = ("_cache", "patterns")

    def __init__(self, *patterns):
        self.patterns = patterns
        self._cache: dict[str, frozenset] = {}

    def __call__(self, t: str) -> frozenset:
        # (from the first 64 characters only: after longer blanks the head comes out short or empty,
        # which lets more patterns through, never fewer)
        head = t[:64].lstrip(REGEX_SPACES)[:2]
        got = self._cache.get(head)
        if got is None:
            if len(self._cache) >= 4096:
                self._cache.clear()
            got = self._cache[head] = frozenset(p for p in self.patterns if p.match(head, partial=True))
        return got


def ends_sentence(t: str) -> bool:
    """A line that ends a sentence of prose (routing and metadata lines do not)."""
    e = t.rstrip()
    return e[-1:] in (".", "?", "!") and len(e.split()) >= 6
