"""Find mentions of personal names in a parsed cable.

Cues are combined per candidate (a run of adjacent name-like words):
- structure: the closing signature, the ``Classified By:`` slot, ``FOR`` items and parenthesised
  names in addressee lines, OVIP person tags and inverted ``(SURNAME, GIVEN)`` forms;
- a title or role word right before (``Ambassador``, ``Minister``, ``Mr.``, ``GEN``, ``PolOff``,
  ``Chief of Defense``);
- the word lists: a given name followed by another name-like word, a listed family name, a word
  that no English or foreign word list, place list or jargon list knows;
- capitalisation, in mixed-case text only (ALL CAPS text is judged by the lists alone): there a
  capitalised word after a clear given name is the family name even when it is an English word
  ("Vince Cable");
- context: a speech verb after (``said``, ``told``), an appositive role after a comma;
- propagation: once a full name (or a name with a strong cue) is found, every other mention of its
  family name in the cable is a name too; initials given to a full name ("Sher Mohammad Akhunzada
  (SMA)") name the person wherever they are used.
Organisation words right after a candidate (``Foundation``, ``Ministry``) and place names veto it.
Contexts that make a phrase a thing, group or place cap its confidence below ``MIN_CONFIDENCE``
(propagation from a full name still lifts it): an article or place preposition before a lone word
("the Alizai", "in Seville"), a kind noun before ("daily El Pais", "firm Rosneft", "village of
Al-Jabri") and a group noun after ("Houthi rebels", "Kajaki district").
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Final

import regex as re

from checker.model import Cable, Span
from checker.names import lexicon as L
from checker.names.runs import (
    ADDRESSEE,
    CLASSIFIED_BY,
    EO,
    HEADING,
    PROSE,
    SIGNATURE,
    SUBJECT,
    Run,
    collect,
)
from checker.names.tokens import (
    CAPITAL,
    INITIAL,
    LOWER,
    PARTICLES_BEFORE_WORD,
    SERVANT_OF,
    SON_OF,
    TITLE_NAMES,
    UPPER,
    Token,
    Tokens,
    strip_punct,
)

MIN_CONFIDENCE: Final = 0.5  # below this a candidate is dropped
_SPEECH: Final = frozenset(
    "SAID SAYS SAY TOLD TELLS NOTED NOTES STATED ADDED ASKED EXPLAINED AGREED CLAIMED CLAIMS ARGUED "
    "STRESSED EMPHASIZED EMPHASISED ASSERTED REPLIED RESPONDED COMMENTED REMARKED CONFIRMED DENIED "
    "INSISTED WARNED URGED ACKNOWLEDGED OBSERVED SUGGESTED RECALLED ANNOUNCED DECLARED ESTIMATED "
    "COMPLAINED CONCLUDED PROMISED BELIEVES BELIEVED THINKS REPORTED INDICATED CONCEDED MAINTAINED "
    "EXPRESSED HIGHLIGHTED UNDERSCORED OPINED LAMENTED VOWED WROTE HIMSELF HERSELF".split()
)
_BEFORE: Final = frozenset("ACCORDING MET MEETING".split())
_PRONOUNS: Final = frozenset("I YOU HE SHE IT WE THEY ME HIM HER US THEM HIS HERS ITS OUR THEIR".split())
# Kinship words right before a word make it a person ("CHAVEZ'S BROTHER, ADAN").
_KIN: Final = frozenset("BROTHER SISTER WIFE HUSBAND SON DAUGHTER FATHER MOTHER UNCLE AUNT COUSIN NEPHEW NIECE "
                 "WIDOW WIDOWER GRANDSON GRANDDAUGHTER GRANDFATHER GRANDMOTHER SPOUSE".split())
# A lone name-like word after an article, a place preposition or a compass adjective is a thing,
# group or place ("the Alizai", "a Houthi statement", "in Seville", "WESTERN SLAVONIA") unless a
# person-attribute noun follows ("the Aznar government").
_THING_BEFORE: Final = frozenset(
    "THE A AN IN AT NEAR EVERY EACH OTHER MOST ALL SOME ANY MANY FEW SEVERAL ANOTHER NORTHERN SOUTHERN "
    "EASTERN WESTERN CENTRAL NORTHEASTERN NORTHWESTERN SOUTHEASTERN SOUTHWESTERN".split())
# A lone unlisted word alone in quotes or brackets: the characters that may close each opener.
_ALONE_OPEN: Final = "\"“("
_ALONE_CLOSE: Final = {"\"": "\"", "“": "”\"", "(": ")"}
# A person's fate: after the name ("THE JENCO KIDNAPPING") or before OF ("THE MURDER OF LITVINENKO").
_FATE: Final = frozenset("MURDER KILLING ASSASSINATION DEATH ARREST DETENTION RELEASE TRIAL FUNERAL KIDNAPPING "
                         "ABDUCTION POISONING EXECUTION".split())
_PERSON_HEAD: Final = _FATE | frozenset(
    "GOVERNMENT GOVERNMENTS ADMINISTRATION REGIME CAMP CAMPAIGN ERA YEARS PRESIDENCY DOCTRINE "
    "CABINET VISIT TEAM SUPPORTERS SUPPORTER LOYALISTS LOYALIST FACTION ALLIES ALLY WING STAFF "
    "CASE AFFAIR CANDIDACY NOMINATION RULE TENURE LEGACY PROPOSAL PLAN INTERVIEW SPEECH "
    "VISITS RESPONSE VICTORY ELECTION REELECTION RE-ELECTION INAUGURATION RESIGNATION".split())
# After a name, these make it the person's rule, not an organisation's name ("THE AZNAR GOVERNMENT").
_RULE_HEAD: Final = frozenset("GOVERNMENT GOVERNMENTS ADMINISTRATION REGIME CABINET CAMP CAMPAIGN ERA".split())
# Lower-case nouns after a full name that make it a place named after the person.
_NAMED_PLACE: Final = frozenset("AIRPORT STREET AVENUE SQUARE BRIDGE STADIUM HIGHWAY BOULEVARD HOSPITAL".split())
# Institutions and places named after a person, even after the person's title ("KING SAUD
# UNIVERSITY", "KING KHALID MOSQUE"); the name is then no mention of the person.
_INSTITUTION: Final = frozenset(
    "UNIVERSITY MOSQUE SCHOOL COLLEGE ACADEMY AIRPORT AIRBASE HOSPITAL STADIUM FOUNDATION INSTITUTE LIBRARY "
    "MUSEUM STREET AVENUE BOULEVARD HIGHWAY PRIZE MAUSOLEUM BARRACKS".split())
# (not PARK, a family name; BRIDGE, SQUARE, DAM, verbs; MEMORIAL: "KING HUSSEIN MEMORIAL SERVICES")
# Lower-case nouns naming a kind of thing right before a name-like phrase: its name is no person's
# ("Spanish daily El Pais", "oil firm Rosneft", "the village of Al-Jabri").
_KIND_BEFORE: Final = frozenset(
    "DAILY NEWSPAPER NEWSPAPERS WEEKLY MAGAZINE TABLOID PAPER FIRM COMPANY CHANNEL BRAND PARTY GROUP "
    "VILLAGE VILLAGES TOWN TOWNS CITY DISTRICT DISTRICTS PROVINCE PROVINCES REGION AREA VALLEY LAKE RIVER "
    "SUBURB SUBURBS CLUB UTILITY GULF BAY STRAIT STRAITS ISLAND ISLANDS PENINSULA "
    # (only nouns for organisations: "the producer Mendoza", "the contractor Hernandez" are people)
    "CONGLOMERATE SUBSIDIARY AIRLINE LENDER INSURER COOPERATIVE COOPERATIVES BROADCASTER AGENCY".split())
# Kind nouns that name the thing only with a quote or an apposition ("THE STATION, RADIO SAWA,"),
# not bare ("AT THE POLICE STATION MOHAMMED WAS BEATEN").
_KIND_QUOTED: Final = frozenset("ORGANIZATION ORGANISATION STATION".split())
_QUOTES: Final = frozenset("\"“'")
_QUOTED_END: Final = frozenset((',"', '."', ",'", ".'"))  # a comma or period inside the closing quote
_PLACE_OF: Final = frozenset("VILLAGE VILLAGES TOWN TOWNS CITY DISTRICT DISTRICTS PROVINCE PROVINCES REGION AREA "
                             "SUBURB SUBURBS GULF BAY STRAIT STRAITS ISLAND ISLANDS PENINSULA".split())
# Lower-case nouns that make a lone word before them a group, sect or place ("Houthi rebels",
# "Alizai tribe", "Kajaki district", "Wahabi conservatism").
_GROUP_HEAD: Final = frozenset(
    "TRIBE TRIBES TRIBAL CLAN CLANS REBELS REBELLION INSURGENTS INSURGENCY FIGHTERS GUERILLAS GUERRILLAS "
    "MILITANTS MILITIA MILITIAS POSITIONS OPERATIONS FIGHTING DEATHS CONSERVATISM SECT NEIGHBORHOOD "
    "NEIGHBOURHOOD AREA AREAS VILLAGE VILLAGES DISTRICT DISTRICTS PROVINCE REGION TOWN CITY COMPANY FIRM "
    "NEWSPAPER DAILY MAGAZINE BORDER MOVEMENT ELDERS TERRITORY STRONGHOLD EXTREMISTS ISLAMISTS "
    "BUSINESSMEN COMPANIES PLAYERS DANCERS SINGERS MUSIC CHURCH CHURCHES COMMUNITY "
    "COMMUNITIES FAMILY FAMILIES DYNASTY".split())  # (a family is no person: "the Saud family")
# Particles that stand with a family name, and the articles after them ("DE LOS SANTOS").
_SURNAME_PARTICLES: Final = frozenset("DE DEL DA DOS DI DELLA VAN VON DER DEN TER".split())  # (not DAS: a title)
_ARTICLES: Final = frozenset("LA LAS LOS EL LE LES".split())
# Words that head an institution's or a place's name in Romance languages, before the name (the
# English ones follow it: "the Palace" ends a phrase, "Banco Weise" starts one).
_HEAD_ORGS: Final = frozenset(
    "BANCO BANCA BANQUE PLAZA PRACA CALLE AVENIDA COLONIA BARRIO GUARDIA UNIVERSIDAD UNIVERSIDADE UNIVERSITE "
    "FUNDACION FUNDACAO INSTITUTO INSTITUT MINISTERIO COMISION COMISSAO PARTIDO COMPANHIA COMPANIA COMPAGNIE "
    "JORNAL FRENTE MOVIMIENTO ALIANZA FEDERACION CENTRO CASA ASOCIACION ASOCIACAO CAMARA CORPORACION EMPRESA "
    "DIRECCION SECRETARIA PROCURADURIA FISCALIA DEFENSORIA JUNTA MISION ORGANIZACION LIGA".split())
_HEAD_TAILS: Final = frozenset("CIVIL NACIONAL CENTRAL MAYOR".split())  # "GUARDIA CIVIL", "PLAZA MAYOR"
# Words for a village, mountain, valley, plain or cape that open a place name ("KOMPONG THOM",
# "PHNOM KULEN", "WADI HALFA", "JEBEL MARRA", "DASHT-E KAVIR", "RAS TANURA", "CAPE VERDE"), and a
# fort or camp named after a person ("FORT MCCLELLAN", "CAMP DAVID").
_PLACE_HEADS: Final = frozenset("KOMPONG KAMPONG KAMPUNG PHNOM WADI JEBEL JABAL DJEBEL DASHT RAS FORT CAMP CAPE".split())
_NAME_HEADS: Final = frozenset(("WADI", "JABAL", "RAS"))  # also names: "WADI HADDAD" (a listed family name after)
_SAINTS: Final = frozenset("SAN SANTA SANTO SAO".split())
_CHAIN: Final = _SURNAME_PARTICLES | _ARTICLES
_HEAD_LINKS: Final = _CHAIN | frozenset("DO DOS DAS DU DES".split())  # "JORNAL DO BRASIL"
# A paragraph that opens with the classifier's line.
_CLASSIFIED_IN: Final = re.compile(r"(?<![ ])[ ]*+(?:\([A-Z/]{1,8}+\)[ ]*+)?CLASSIFIED[ ]++BY\b:?+", re.IGNORECASE)
_STOP_SLOT: Final = frozenset("FOR REASON REASONS PER DUE UNDER BASED E.O EO ON".split())
_ROMAN: Final = frozenset("II III IV VI VII VIII".split())
_SLOT_SKIP: Final = frozenset("CLASSIFIED BY ACTING".split())
# Kinds of post in routing and PASS TO lines ("AMCONSUL QUEBEC", "USOFFICE ALMATY").
_STATION_WORDS: Final = ("AMEMB", "AMCONS", "AMCONG", "USOFFICE", "USMISSION", "USINT", "USLO", "USDEL", "USNATO")
_FOR_SKIP: Final = frozenset("AND ALSO PASS TO FOR CC ATTN ATTENTION OR".split())
_LIST_OPENERS: Final = ("FOR", "ATTN", "ATTN:")  # words after which an addressee line lists people
_STRONG_CUES: Final = ("title:", "role:", "signature", "classified-by", "for-line", "inverted-form", "tag:",
                "apposition:", "given-name", "initials", "particle", "context:")
# "(ISAF)", "(UNAMA)": an acronym introduced in parentheses.
_ACRONYM_DEF: Final = re.compile(r"\(([A-Z]{2,8}+)s?+\)")
_ACRONYM_SKIP: Final = frozenset("OF AND THE FOR ON IN TO DE DEL LA LAS LOS DU DES ET Y E DI".split())
# "(TOMSETH, VICTOR L.)" in E.O. lines and the like.
_INVERTED: Final = re.compile(
    r"\((?P<name>[A-Z][A-Za-z'’\-]{1,30}+,[ ]{0,2}+[A-Z][A-Za-z'’\-]{1,30}+(?:[ ]{1,2}+[A-Z][A-Za-z'’\-]{0,30}+\.?+){0,3}+)\)"
)


@dataclass(slots=True)
class Mention:
    text: str  # as written (line breaks joined), without titles and possessive
    span: Span  # in the cable text
    confidence: float
    cues: list[str] = field(default_factory=list)
    keys: tuple[str, ...] = ()  # upper-case keys of the name words
    region: str = "prose"
    paragraph: int | None = None  # number of the paragraph it is in, when known


class _Cand:
    __slots__ = ("toks", "cues", "conf", "names")

    def __init__(self, toks: list[Token], conf: float, cues: list[str], names: list[Token] | None = None):
        self.toks = toks
        self.conf = conf
        self.cues = cues
        self.names = _name_tokens(toks) if names is None else names  # callers may pass them, known


class _RunState:
    __slots__ = ("run", "tk", "toks", "taken", "weak")

    def __init__(self, run: Run, tk: Tokens):
        self.run = run
        self.tk = tk
        self.toks = tk.toks
        self.taken: set[int] = set()
        self.weak: set[int] = set()  # tokens of candidates below MIN_CONFIDENCE


# -- token scores ------------------------------------------------------------------------------

_ADJ_TAILS: Final = ("ed", "ing", "ers", "ist", "ists", "ent", "ant", "ive", "ies", "ized", "ised")


def _score(t: Token, caps: bool, text: str) -> float:
    """How much a word on its own looks like part of a personal name (0 = never)."""
    f = t.flags
    w = t.text
    if t.shape in (INITIAL, LOWER) or f & L.NEVER or "/" in t.text:
        return 0.0
    if f & L.PARTICLE and len(t.key) <= 3:
        return 0.0
    if "'" in t.key and not _name_apostrophe(t.key):
        return 0.0
    if t.lead and t.lead[-1] in ":/.@_=#\\":
        return 0.0  # URL and path pieces
    if "-" in t.key and any(len(p) == 1 for p in t.key.split("-")):
        return 0.0  # "G-TIP", "C-RE"
    if not caps and len(w) >= 4 and not w[1:].islower() and not w.isupper() and _camel_thing(w):
        return 0.0  # an inner capital after a lower-case letter, no name prefix: "EcoPol", "AmCham", "BYuT"
    if not caps and "-" in w:
        tail = w.rpartition("-")[2]
        if len(tail) >= 4 and tail.islower() and tail.endswith(_ADJ_TAILS):
            return 0.0  # "Houthi-sourced", "AKP-backed", "DAS-equivalent": an adjective ("Kim Jong-il" stays)
    if "." in w and all(len(x) >= 2 for x in w.split(".")):
        return 0.0  # two words run together over a full stop: "GROUPS.THE"
    if len(w) >= 3 and w[-1] == "s" and w[:-1].isupper():
        return 0.0  # an acronym's plural: "PRTs", "VIPs"
    name = f & L.NAME
    if f & L.PLACE:
        return 0.2 if name else 0.0
    if f & L.TOWN and not name:
        return 0.3  # a town's name: joins a name ("Li Zhaoxing") but is none alone ("Sderot")
    if not caps:
        if t.shape == UPPER:  # all caps inside mixed text: acronyms unless a listed name
            if len(t.key) < 4:
                return 0.0
            if name and not f & L.ANYWORD:
                return 0.6
            return 0.3 if len(t.key) >= 5 and not f & (L.ANYWORD | L.FOREIGN | L.WORDSHAPE | L.TYPO) else 0.0
        if name:
            if f & L.TOP:
                return 0.1 if t.sent else 0.35
            if f & L.WORD:
                return 0.3 if t.sent else 0.45
            return 0.8
        if f & L.TOP:
            return 0.0
        if f & L.WORD:
            return 0.0 if t.sent else 0.15
        if f & L.WORDSHAPE:
            return 0.15
        if f & L.FOREIGN:
            return 0.3
        if f & L.TYPO:  # near a common word ("Boeing"), but a cue such as "Levitte said" makes it a name
            return 0.3 if t.sent else 0.4
        return 0.5 if t.sent else 0.6
    # ALL CAPS: the lists decide.
    if _abbreviation(t):
        return 0.0  # "LIBYAN CW": letters without a vowel are an abbreviation ("CW" is a given name too)
    if name:
        if f & L.TOP:
            return 0.15
        if f & L.WORD:
            return 0.35
        if f & L.FOREIGN:
            return 0.45
        return 0.45 if len(t.key) <= 3 else 0.55 if len(t.key) == 4 else 0.7
    if f & (L.TOP | L.WORD):
        return 0.0
    if f & L.TYPO and not f & L.WORDSHAPE and len(t.key) >= 5 and t.key.isalpha() \
            and not t.key.endswith(_TYPO_WORD_ENDS):
        return 0.3  # near a common word ("RICHIER", "LEVITTE"): a name only with a cue ("LEVITTE SAID")
    if f & (L.WORDSHAPE | L.TYPO) or len(t.key) <= 3:
        return 0.1
    if f & L.FOREIGN:
        return 0.25
    if not _vowels(t.key):
        return 0.1
    if len(t.key) == 4:
        return 0.45  # "KFOR", "SARG", "WASG": an unlisted four-letter word is mostly an acronym
    return 0.55


# Endings of near-words that stay words in ALL CAPS text whatever the context ("OFFICALS SAID",
# "THE MINISTER DEMURRED").
_TYPO_WORD_ENDS: Final = ("S", "ED", "LY")


# Name prefixes before an inner capital: "McCain", "MacArthur", "LeBaron", "ElBaradei", "DiCaprio".
_CAMEL_PREFIXES: Final = frozenset("MC MAC DE DI DA DU DEL DELLA DELA LA LE LO EL AL ABU BIN BEN IBN VAN VON FITZ ST TER TEN "
                                   "DOS DAS".split())


def _camel_thing(w: str) -> bool:
    """A word with a capital after a lower-case letter that no name prefix explains."""
    for part in w.split("-"):
        for i in range(1, len(part)):
            if part[i].isupper() and part[i - 1].islower():
                if part[:i].upper() in _CAMEL_PREFIXES:
                    break
                # (a name run into its initials, as in e-mail style lists: "MenkhoffN", "RolleriMJ")
                return not (i >= 3 and len(part) - i <= 2 and part[i:].isupper() and part[0].isupper()
                            and part[1:i].islower())
    return False


def _vowels(k: str) -> int:
    return sum(1 for c in k if c in "AEIOUY")


def _abbreviation(t: Token) -> bool:
    """Letters without a vowel, no initial, no listed short name ("CW", "CNG", "CCTV"; not "NG",
    "WM")."""
    return (len(t.key) <= 3 or t.key.isalpha()) and not _vowels(t.key) and t.shape != INITIAL \
        and not (t.dot and len(t.key) <= 2) and not t.flags & L.FAMILY_FIRST and t.key not in L.NAME_ABBREV
    # (a full stop after three letters ends a sentence: "THE TIMIS COUNTY RCP."; after two, it may
    # mark an abbreviated name: "CH. DE GAULLE")


def _short_name_word(t: Token) -> bool:
    """An unlisted word of two or three letters, a consonant then a vowel: "HOR", "KYI" (not the
    acronyms "AKP", "UDF", "ECO")."""
    k = t.key
    return not t.flags and 2 <= len(k) <= 3 and k.isalpha() and k[1] in "AEIOUY" and k[0] not in "AEIOU" \
        and not t.poss


def _name_apostrophe(k: str) -> bool:
    head, _, tail = k.partition("'")
    return len(head) <= 3 and len(tail) >= 2 and tail not in ("LL", "VE", "RE", "ING", "ED", "T")


_NO_TITLE: Final = (0, "")  # no title before a token (``Tokens.title_at`` holds the others)


def _title_kind_key(lex: L.Lexicon, k: str) -> int:
    f = lex.flags(k)
    if not f & L.TITLE:
        return 0
    return 1 if f & L.WEAK_TITLE else 2


# Dotted letters that abbreviate words, not a person's initials.
_DOTTED_ABBREV: Final = frozenset("A.K.A U.S.S U.S.A H.M.S U.A.E P.O.W R.I.P U.S.G U.S.N U.S.C U.S A.M P.M".split())


# -- candidates --------------------------------------------------------------------------------

def _groups(tk: Tokens, scores: list[float], caps: bool) -> list[list[Token]]:
    """Maximal runs of name-like words (with particles and initials inside)."""
    toks = tk.toks
    out: list[list[Token]] = []
    cur: list[Token] = []
    n = len(toks)
    for i, t in enumerate(toks):
        s = scores[i]
        nxt = toks[i + 1] if i + 1 < n else None
        nxt_ok = nxt is not None and nxt.join and (
            scores[i + 1] >= 0.3 or bool(nxt.flags & L.NAME and nxt.flags & L.PLACE and _strong_given(cur)))
        if not nxt_ok and not caps and cur and t.shape == LOWER and t.key in PARTICLES_BEFORE_WORD and nxt is not None \
                and nxt.shape == CAPITAL and nxt.join and not nxt.flags & (L.NEVER | L.FOREIGN):
            nxt_ok = True  # "Osama bin Laden": a capitalised word after a lower-case particle
        elif not nxt_ok and caps and t.key in SON_OF and nxt is not None and _son_of_word(nxt):
            nxt_ok = True  # "OSAMA BIN LADEN": an English word after BIN is a family name
        elif not nxt_ok and t.key in SERVANT_OF and nxt is not None and nxt.join and _servant_word(nxt):
            nxt_ok = True  # "ABDUL SALAAM": the word after "servant of" belongs to the name
        ok = s >= 0.3
        # A near-word extends a given name ("JEAN LEVITTE"), not a listed family name ("ZAPATERO BECUASE").
        near_after_family = bool(caps and cur and t.flags & L.TYPO and cur[-1].flags & L.SUR
                                 and not cur[-1].flags & L.GIVEN)
        if ok:
            pass  # the rescue rules below are for words that do not pass on their score
        elif not caps and cur and cur[-1].shape == LOWER and (cur[-1].key in PARTICLES_BEFORE_WORD or (
                cur[0].flags & L.PARTICLE and tk.title_at.get(cur[0].index, (0,))[0] == 2)) \
                and t.shape == CAPITAL and t.join and not t.flags & (L.NEVER | L.FOREIGN):
            ok = True  # "bin Laden", "SYG de Hoop Sheffer": a capitalised word after a particle
        elif not caps and not cur and t.shape == LOWER and t.flags & L.PARTICLE and nxt is not None \
                and tk.title_at.get(t.index, (0,))[0] == 2 and nxt.join \
                and (nxt.flags & L.PARTICLE or nxt.shape == CAPITAL):
            ok = True  # "President van der Linden": a title before a lower-case particle
        elif (caps and cur and cur[-1].key in SON_OF and _son_of_word(t)
              or cur and cur[-1].key in SERVANT_OF and t.join and _servant_word(t)):
            ok = True  # "OSAMA BIN LADEN", "ABDUL SALAAM"
        elif not cur and nxt_ok and t.shape != LOWER and not t.flags & (L.NEVER | L.TOP | L.PLACE) \
                and tk.title_at.get(t.index, (0,))[0] == 2 \
                and not (t.flags & L.WORD and not t.flags & L.NAME and t.key.endswith(_NOT_NAME_ENDINGS)):
            ok = True  # "PRESIDENT EVO MORALES": an unlisted word after a title starts the name
            # (not a verb or adverb: "THE AMBASSADOR URGED SCAJOLA")
        elif t.shape == INITIAL and t.dot and nxt is not None and t.key not in _DOTTED_ABBREV \
                and (len(t.key.replace(".", "")) <= 2 or cur and len(t.key.replace(".", "")) == 3):
            # (three run together only inside a name: "YAHYA A.J.J. JAMMEH", not "THE D.C.M. JOHNSON")
            ok = bool(nxt.join and (scores[i + 1] >= 0.3 or nxt.shape == INITIAL or (
                cur and _strong_given(cur[-1:]) and _word_surname(nxt, cur[0].index in tk.title_at))))
        elif t.flags & L.PARTICLE and not nxt_ok and nxt is not None and nxt.flags & L.PARTICLE \
                and i + 2 < n and nxt.join and toks[i + 2].join and scores[i + 2] >= 0.3 \
                and (cur or t.shape == CAPITAL or caps and tk.title_at.get(t.index, (0,))[0] == 2):
            ok = True  # "de la Vega", "van der Merwe", "Van der Linden said"
        elif t.flags & L.PARTICLE and nxt_ok:
            if cur:
                ok = True  # "de Migoya", "bin Zayed", "van der Merwe"
            elif (t.shape != LOWER or caps) and t.key in ("AL", "EL", "BIN", "IBN", "ABU", "BEN", "BINT"):
                ok = True
            elif not caps and t.shape == CAPITAL and not t.sent and t.key in _CAP_PARTICLES:
                ok = True  # "the De Juana decision", "met Van Rompuy": a capitalised particle mid-sentence
            elif caps and t.key in _CAP_PARTICLES and tk.title_at.get(t.index, (0,))[0] == 2:
                ok = True  # "PRESIDENT VAN DER LINDEN": a particle after a title
        elif s >= 0.1 and t.flags & L.GIVEN and nxt is not None and nxt.join \
                and not (t.flags & L.TOP and len(t.key) <= 3) \
                and scores[i + 1] >= 0.5 and not nxt.flags & L.ANYWORD:
            ok = True  # "SAID TAHERI": an ambiguous given name before a clear family name
        elif cur and t.join and t.flags & L.NAME and t.flags & L.PLACE and _strong_given(cur):
            ok = True  # "Piedad Cordoba", "Guillermo Garcia Ponce"
        elif (not cur or not t.join) and t.flags & L.GIVEN and t.flags & L.PLACE and not t.flags & L.TOP \
                and nxt_ok and nxt is not None and nxt.flags & L.NAME and not nxt.flags & L.PLACE \
                and (caps or t.shape != LOWER):
            ok = True  # "DOUGLAS BRAVO": a given name that is also a town
        elif cur and t.join and len(cur) <= 3 and _strong_given([u for u in cur if u.shape != INITIAL][-1:]) \
                and (_word_surname(t, cur[0].index in tk.title_at, cur[-1]) or (not caps and _mixed_surname(tk, cur[-1], t))):
            ok = True  # "Herma Marksman", "PRESIDENT GEORGE W. BUSH": a word as family name after a given name
        elif cur and t.join and (_strong_given(cur[-1:]) or len(cur) == 1 and tk.title_at.get(cur[0].index, (0,))[0] == 2
                                 or len(cur) >= 2 and cur[-2].key in SERVANT_OF) \
                and t.flags & (L.TYPO | L.WORDSHAPE) \
                and not t.flags & (L.NEVER | L.PLACE | L.ANYWORD) and len(t.key) >= 5 and t.shape != LOWER \
                and not (caps and len(t.key) >= 7 and t.key.endswith("ED")):  # "ASAD DEMURRED"
            ok = True  # "LYUDMILA PUTINA", "JUDY ANSLEY": near a common word, but after a given name
        elif cur and t.join and t.key in _ROMAN and t.shape == UPPER:
            ok = True  # "Aleksey II"
        elif caps and not cur and _short_name_word(t) and nxt is not None and nxt.join and scores[i + 1] >= 0.5 \
                and not nxt.flags & L.ANYWORD and tk.title_at.get(t.index, _NO_TITLE)[0] != 2:
            ok = True  # "HOR NAMHONG": a short unlisted word before a name word starts the name
        elif caps and len(cur) >= 2 and t.join and _short_name_word(t) and cur[-1].flags & L.NAME \
                and not cur[-1].poss:
            ok = True  # "AUNG SAN SUU KYI": a short unlisted word continues a name of several words
        if near_after_family:
            ok = False
        if ok and cur and not t.join:
            out.append(cur)
            cur = []
        if ok:
            cur.append(t)
        elif cur:
            out.append(cur)
            cur = []
        if cur and t.poss:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    res = []
    for g in out:
        k = len(g)
        while k and g[k - 1].flags & L.PARTICLE and g[k - 1].shape != INITIAL and scores[g[k - 1].index] < 0.3:
            k -= 1  # trailing particles are no part of the name (moving an index: "BIN BIN BIN ..." stays linear)
        g = g[:k]
        while len(g) >= 3 and g[0].flags & L.ANYWORD and _strong_given(g[1:2]) \
                and (g[0].flags & L.TOP or not g[0].flags & L.NAME or g[0].sent):
            g = g[1:]  # "Peace Frank Pearl": a word before a clear given name is no part of it
        if not g:
            continue
        if len(g) <= 2 and _strong_given(g[-1:]) and not g[-1].poss:
            # No token is kept for plain words: look at the next piece ("HERMA MARKSMAN").
            if tk.text[g[-1].end:g[-1].end + 1] == " ":
                u = tk.piece_token_after(g[-1])  # None when no word follows
                if u is not None and not u.lead and (_word_surname(u, g[0].index in tk.title_at, g[-1])
                                                     or (not caps and _mixed_surname(tk, g[-1], u))):
                    u.index = -2  # no index of ``toks`` (-1 marks the propagation pass's extra tokens)
                    g = g + [u]
        res.append(g)
    return res


# Names in a list with a found name ("MERKEL, SARKOZY AND BROWN", "Gueant and Levitte"): what
# may join two items, and what may stand before the first / after the last item of the list.
_COORD_SEP: Final = re.compile(r"(?:[ ]?+,[ ]?+(?:(?:and|or|AND|OR)[ ])?+|[ ](?:and|or|nor|AND|OR|NOR)[ ]|[ ]?+/[ ]?+)")
_COORD_BEFORE: Final = re.compile(
    r"(?:^|[,;:(\"“][ ]?+|\b(?:and|or|nor|both|between|neither|either|of|with|by|from|"
    r"AND|OR|NOR|BOTH|BETWEEN|NEITHER|EITHER|OF|WITH|BY|FROM)[ ])$")
_COORD_AFTER: Final = re.compile(r"(?:$|[ ]?+[,.;:)\"”]|[ ](?:and|or|nor|AND|OR|NOR)\b)")
_COORD_NEXT: Final = re.compile(r"[ ]?+,|[ ](?:and|or|nor|AND|OR|NOR)\b")
_COORD_WORDS: Final = frozenset("AND OR NOR".split())
_COORD_VERBS: Final = frozenset("WERE ARE HAVE HAD HAS IS WAS WILL WOULD BOTH ALSO WHO".split())
_THING_CUES: Final = ("thing-context", "group-context", "kind-context")


def _coord_word(caps: bool, t: Token) -> bool:
    """A word not in any candidate that may be a name in a list of names: a listed family name,
    also when it is an English word ("BLAIR, AND BROWN"), or a word near one ("GUEANT AND LEVITTE")."""
    f = t.flags
    if f & (L.NEVER | L.PLACE | L.PARTICLE) or len(t.key) < 4 or not t.key.isalpha() or t.shape in (LOWER, INITIAL):
        return False
    if not caps and t.shape != CAPITAL:
        return False
    k = t.key
    if k in _FUNCTION_NAMES or k in _PRONOUNS or k in _SPEECH or k in _NOT_SURNAME:
        return False
    return bool(f & L.SUR)


def _coordinated(cands: list[tuple[_RunState, _Cand]], known: set[str],
                 known_caps: set[str]) -> list[tuple[_RunState, _Cand]]:
    """Lift weak candidates (and listed family names left alone) joined to a found name by a comma,
    AND / OR or a slash into a list of names: "THATCHER, MAJOR, BLAIR, AND BROWN".

    Only the neighbours of found and weak candidates are looked at (lists are grown from them)."""
    by_state: dict[int, tuple[_RunState, list[_Cand]]] = {}
    for st, c in cands:
        if c.names and (c.conf >= 0.75 or c.conf < MIN_CONFIDENCE or c.names[-1].key in known):
            by_state.setdefault(id(st), (st, []))[1].append(c)
    new: list[tuple[_RunState, _Cand]] = []
    for st, cs in by_state.values():
        if all(c.conf >= MIN_CONFIDENCE for c in cs) and not known_caps:
            continue  # nothing weak to lift (free words are reached from weak candidates or found names)
        if all(c.conf < 0.75 and c.names[-1].key not in known for c in cs) and not known and not known_caps:
            continue  # no found name to lean on
        toks = st.toks
        owner: dict[int, _Cand] = {}
        for c in cs:
            for t in c.toks:
                if t.index >= 0:
                    owner[t.index] = c
        state: dict[int, int] = {}  # id(item) -> 2 found, 4 propagated in a list only, 1 may join, 0 neither
        work: list[_Cand | Token] = []
        for c in cs:
            sc = _coord_state(st, c, known, known_caps)
            state[id(c)] = sc
            if sc:
                work.append(c)
        while work:
            x = work.pop()
            sx = state[id(x)]
            idx = [t.index for t in (x.toks if isinstance(x, _Cand) else [x]) if t.index >= 0]
            if not idx:
                continue
            for j, left in ((min(idx) - 1, True), (max(idx) + 1, False)):
                if j < 0 or j >= len(toks):
                    continue
                y: _Cand | Token | None = owner.get(j)
                if y is None:
                    if j in st.taken:
                        continue
                    if toks[j].key in _COORD_WORDS:  # a name-listed "NOR" kept as a token
                        j = j - 1 if left else j + 1
                        if j < 0 or j >= len(toks):
                            continue
                        y = owner.get(j)
                        if y is None and j in st.taken:
                            continue
                    y = toks[j] if y is None else y
                sy = state.get(id(y))
                if sy is None:
                    sy = _coord_state(st, y, known, known_caps)
                    state[id(y)] = sy
                if sx + sy not in (3, 5) or sx == sy:
                    continue  # one weak item, one found (2) or propagated (4)
                a, b = (y, x) if left else (x, y)
                if not _coord_pair(st.tk, a, b, state[id(a)] == 1):
                    continue
                for it in (a, b):
                    si = state[id(it)]
                    if si == 2:
                        continue
                    state[id(it)] = 2
                    work.append(it)
                    if isinstance(it, Token):
                        cue = ["propagation", "coordination"] if si == 4 else ["coordination"]
                        new.append((st, _Cand([it], 0.8 if si == 4 else 0.6, cue)))
                        st.taken.add(it.index)
                    else:
                        it.conf = 0.6
                        it.cues.append("coordination")
    return new


def _coord_state(st: _RunState, it: _Cand | Token, known: set[str], known_caps: set[str]) -> int:
    if isinstance(it, _Cand):
        if it.conf >= 0.75 or it.names[-1].key in known:
            return 2
        last = it.names[-1]
        if 0.25 <= it.conf < MIN_CONFIDENCE and not any(cue.startswith(_THING_CUES) for cue in it.cues) \
                and len(last.key) >= (4 if last.flags & L.NAME else 5) \
                and (st.run.caps or last.shape == CAPITAL and last.flags & L.NAME):
            return 1  # (mixed case: a listed name, capitalised: "Blair", not "PDDNI" or "Ambasador")
        return 0
    if it.key in known and it.shape not in (LOWER, INITIAL):
        return 2
    if st.run.caps and it.key in known_caps:
        return 4  # "GORDON BROWN ... BLAIR AND BROWN": a name only in the list
    return 1 if _coord_word(st.run.caps, it) else 0


def _coord_pair(tk: Tokens, a: _Cand | Token, b: _Cand | Token, weak_first: bool) -> bool:
    """a and b are items of one list of names; the weak one is at the list's start or end."""
    a_last = _item_last(a)
    if a_last.poss:
        return False
    b_first = b if isinstance(b, Token) else b.toks[0]
    text = tk.text
    sep = text[a_last.end:b_first.start]
    if not _COORD_SEP.fullmatch(sep):
        return False
    if weak_first:  # what stands before the first item must open a list
        s0 = a.start if isinstance(a, Token) else a.toks[0].start
        if _COORD_BEFORE.search(text[max(0, s0 - 12):s0]) is None:
            return False
        # A bare comma only inside a list that goes on ("A, B and C"; not "in Mare, Fernando said").
        return sep.strip() != "," or _COORD_NEXT.match(text, _item_last(b).end) is not None
    return _coord_end(tk, b)


def _item_last(it: _Cand | Token) -> Token:
    return it if isinstance(it, Token) else it.toks[-1]


def _coord_end(tk: Tokens, item: _Cand | Token) -> bool:
    """The word after the last item of a list: punctuation, AND / OR, a verb."""
    last = _item_last(item)
    end = last.end
    if last.poss:
        return False  # "WILKENS GERALDES FILHO, ONS'S DIRECTOR": an apposition
    text = tk.text
    if _COORD_AFTER.match(text, end) is not None:
        return True
    if text[end:end + 1] != " ":
        return False
    nxt = tk.word_after(last)
    if nxt is None:
        return True
    k = L.key(strip_punct(nxt))
    return k in _SPEECH or k in _COORD_VERBS or (k.endswith("ED") and len(k) >= 5)


def _said_after(tk: Tokens, t: Token) -> bool:
    """A speech verb or a possessive right after the word ("WOOD SAID", "BROWN'S VIEW"), or
    "ACCORDING TO" before it."""
    if t.poss:
        return True
    if t.lead:
        return False
    nxt = tk.word_after(t)
    if nxt is not None and tk.text[t.end:t.end + 1] == " ":
        k = L.key(strip_punct(nxt))
        if k in _SPEECH or k in _RULE_HEAD:  # "WOOD SAID", "THE BROWN GOVERNMENT"
            return True
    return L.key(tk.word_before(t) or "") == "TO" and _according_to(tk, t)


def _subject_after_clause(tk: Tokens, t: Token) -> bool:
    """A propagated family name as the subject of a clause: ", WHO" after it ("FOX, WHO
    ACCOMPANIED"), or a past-tense verb after it at a sentence's or clause's start ("TURNING TO
    INDIA, FOX CRITICIZED")."""
    if t.lead or t.poss:
        return False
    text = tk.text
    nxt = tk.word_after(t)
    if nxt is None:
        return False
    k = L.key(strip_punct(nxt))
    if text[t.end:t.end + 2] == ", ":
        return k == "WHO"
    if text[t.end:t.end + 1] != " " or len(k) < 5 or not k.endswith("ED") or k in _SPEECH:
        return False
    prev = tk.word_before(t)
    return prev is None or prev[-1:] in _CLAUSE_ENDS or prev.endswith(".)")


_CLAUSE_ENDS: Final = frozenset(",.;:!?\"”")


def _according_to(tk: Tokens, t: Token) -> bool:
    """"ACCORDING" two words before the word (the caller has seen the "TO")."""
    return L.key(tk.word_before(t, 2) or "") == "ACCORDING"


def _possessor(k: str) -> str:
    """The word without a possessive ("GOVERNMENT,S" -> "GOVERNMENT")."""
    return k[:-2] if k.endswith((",S", "'S")) else k


def _caps_lone_name(t: Token) -> bool:
    """A lone ALL CAPS word that a context cue ("SAID", "ACCORDING TO") makes a name: unlisted or
    near a common word, long enough not to be an acronym."""
    f = t.flags
    return not f & (L.ANYWORD | L.PLACE | L.FOREIGN | L.WORDSHAPE | L.NEVER) and len(t.key) >= 5 \
        and t.key.isalpha() and not t.poss


def _son_of_word(t: Token) -> bool:
    """An English word right after BIN/IBN/BINT in ALL CAPS text: a family name ("BIN LADEN")."""
    return bool(t.join and t.flags & L.WORD) and not t.flags & (L.TOP | L.NEVER | L.PLACE) and t.key.isalpha() \
        and t.key not in SON_OF


def _office_word(t: Token) -> bool:
    """In mixed-case text, an English word after a title that goes on naming the post or is no
    family name: a very frequent word ("Minister Trade"), an abstract noun ("Minister
    Reconciliation"), a word in -S ("VP Warns") or a compound with a lower-case tail
    ("Secretary-equivalent"); not "Charge Brush", "Ambassador Cowper-Coles"."""
    k = t.key
    if "-" in k:
        return t.text.rpartition("-")[2][:1].islower()
    return bool(t.flags & L.TOP) or k.endswith(_ABSTRACT) or k.endswith(_ABSTRACT_PLURAL) \
        or (k[-1] == "S" and not k.endswith("SS"))  # a verb in a heading, a plural: "VP Warns"


_ABSTRACT_PLURAL: Final = ("TIONS", "SIONS", "MENTS", "ITIES")


def _servant_word(t: Token) -> bool:
    """The second word of an "Abdul X" given name: any capitalised word but a title, jargon or a
    very frequent word ("ABDUL SALAAM", not "ABDUL SAID")."""
    k = t.key
    return len(k) >= 3 and k.isalpha() and t.shape in (UPPER, CAPITAL) and not t.flags & (L.NEVER | L.TOP) \
        and k not in _NOT_SURNAME


def _word_surname(t: Token, titled: bool = False, given: Token | None = None) -> bool:
    """A common word as family name right after a given name ("HERMA MARKSMAN").

    A listed family name may end in S ("EVO MORALES"); a very frequent word only after a title
    ("DCM CHRIS WOOD").
    """
    k = t.key
    sur = t.flags & L.SUR
    if k in _SPEECH or (t.shape == UPPER and (k.endswith(_INFLECTED) or k.endswith("S") and not k.endswith("SS")
                                              and not sur)):
        return False  # "ALONSO INSISTED", "BERNARDINO LEON PARTICIPATED", "NON-ALIZA TRIBES"
    if t.flags & (L.NEVER | L.PLACE) or t.shape not in (UPPER, CAPITAL) or len(k) < 3 or k.endswith(_ABSTRACT) \
            or k in _NOT_SURNAME:
        return False
    clear_given = given is not None and k not in _NOT_AFTER_TITLE and k[-1] != "S" and len(given.key) >= 4 \
        and not given.flags & (L.ANYWORD | L.PLACE | L.FOREIGN)
    if len(k) == 3:  # "LIAM FOX", "JO COX": a short listed family name only after a clear given name
        return bool(sur and clear_given and t.flags & L.ANYWORD)
    if t.flags & L.TOP:  # "GORDON BROWN", "DCM CHRIS WOOD" (but "HAMID WILL", "MARTIAL ARTS", "SOLE POWER")
        return bool(sur and (titled or clear_given))
    if t.shape == UPPER and not titled and given is not None and given.flags & L.ANYWORD:
        return False  # ALL CAPS, a word after a word: "WIDER SWATH", "ASSET FORFEITURE" (but "HERMA MARKSMAN")
    if not sur and len(k) >= 7 and k.endswith(_ABSTRACT_NOT_SUR):
        return False  # an abstract noun: "NDI INTERFERENCE" (a listed family name may end so: "LAWRENCE")
    if clear_given and t.flags & L.FOREIGN and not t.flags & L.ANYWORD:
        return True  # a foreign word after a clear given name: "MICHAEL SABIA"
    return bool(t.flags & L.WORD)


_ABSTRACT_NOT_SUR: Final = ("ENCE", "ANCE", "ENCES", "ANCES")


_INFLECTED: Final = ("ED", "ING", "LY")
_CAP_PARTICLES: Final = frozenset("DE DA DI DEL DELLA DU VAN VON LE DOS DAS DO".split())
_ABSTRACT: Final = ("TION", "SION", "MENT", "NESS", "ITY", "ISM")  # "ROK UNIFICATION", "DEATH SPARKS SPECULATION"
# Capitalised words after a given name that still are no family name ("Ali Visit", "Ahmed Government").
_NOT_SURNAME: Final = _SPEECH | _PRONOUNS | _PERSON_HEAD | _GROUP_HEAD | _KIND_BEFORE | _NAMED_PLACE | frozenset(
    "THE AND OR OF FOR WITH FROM TO IN ON AT BY BUT NOT WAS IS ARE WERE HAS HAD HAVE WILL WOULD ONE TWO THREE FOUR "
    "FIVE SIX SEVEN EIGHT NINE TEN PHASE DYNASTY".split())


def _mixed_surname(tk: Tokens, given: Token, u: Token) -> bool:
    """In mixed case, a capitalised word right after a clear given name is the family name even when
    it is an English word or a role word ("Vince Cable", "Norman Lamb", "Howard Dean", "Richard
    Nephew"), unless a capitalised word follows too (a title-case heading: "Benedict Visit Set")."""
    k = u.key
    if u.shape != CAPITAL or len(k) < 3 or not k.isalpha() or k.endswith(_ABSTRACT):
        return False
    if given.flags & (L.ANYWORD | L.PLACE | L.JARGON) or given.shape != CAPITAL:
        return False
    if given.sent and given.index not in tk.title_at:
        return False  # the first words of a sentence or heading ("Erdogan Calls on TGS ...")
    if u.flags & (L.JARGON | L.ORG | L.PLACE | L.FOREIGN) or k in _NOT_SURNAME:
        return False
    if k[-1] == "S" and k[-2] != "S" and not u.flags & L.SUR:
        return False  # a verb: "Clinton Offers", "Erdogan Makes"
    if u.poss:
        return True
    nxt = tk.word_after(u)
    return nxt is None or not (nxt[:1].isupper() and nxt[1:2].islower() or nxt[:1].isdigit()
                               or strip_punct(nxt) in _ROMAN)


# Words before a quoted word that make it a person's alias: 'HEADED BY ONE "FARZANDEH"'.
_ALIAS_BEFORE: Final = frozenset("ONE ALIAS AKA NICKNAMED DUBBED NAMED".split())


def _alone_term(tk: Tokens, t: Token, caps: bool, last: Token | None = None) -> bool:
    """False when a quoted or bracketed word (or words, ``t`` to ``last``) is a person's alias or
    name: after a name ("Muhammad bin Zayid (MbZ)", 'ABU MUSAB "ZARQAWI"') or a title ("THE FOREIGN
    MINISTER (NALBANDIAN)"), after "ONE"/"ALIAS", or as a given name before a family name
    ('"KHALIT" YAMADAYEV')."""
    before = tk.word_before(t, past_lead=True)
    if before is not None:
        k = L.key(strip_punct(before))
        f = tk.lex.flags(k)
        if f & L.TITLE and (caps or t.text[1:].islower()) or k in _ALIAS_BEFORE or k in ("CALLED", "QUOTED") \
                or k == "AS" and L.key(tk.word_before(t, 2, past_lead=True) or "") == "KNOWN":
            return False  # (not an acronym in mixed case: "Acting President (AgP)")
        if (before[:1].isupper() or caps) and len(k) >= 3 and k.replace("-", "").isalpha() \
                and not f & (L.ANYWORD | L.TOP | L.JARGON | L.ORG | L.PLACE):
            return False
    after = tk.word_after(t if last is None else last)
    core = strip_punct(after) if after is not None else ""
    if t.lead[-1:] != "(" and len(core) >= 3 and core.isalpha() and not tk.lex.flags(L.key(core)) & (
            L.ANYWORD | L.TOP | L.JARGON | L.ORG | L.PLACE | L.TITLE | L.PARTICLE):
        return False
    return True


_LIST_AND: Final = frozenset(("AND", "OR", "and", "or"))


def _place_list(tk: Tokens, t: Token) -> bool:
    """A lone word in a list of places is a place too: "BERN, ZURICH, BASEL, OLTEN, SOLOTHURN, AND
    BIBEREST" (two places or more, and at least half of the other items)."""
    t2 = tk.t2
    # The word is inside the list, or its last item: "..., OLTEN, ...", "... AND BIBEREST" (not
    # the subject after a list: "IN LONDON, PARIS, AND BERLIN, SARKOZY SAID NO").
    if t2[t.end:t.end + 1] != "," and tk.word_after(t) not in _LIST_AND \
            and tk.word_before(t, past_lead=True) not in _LIST_AND:
        return False
    right = t2[t.ps:t.ps + 240].split()
    left = t2[max(0, t.ps - 240):t.ps].split()
    items: list[str] = []
    i = 0  # rightwards: after a comma, or AND/OR then the last item
    while i + 1 < len(right) and len(items) < 6:
        if right[i].endswith(","):
            i += 1
        elif right[i + 1] in _LIST_AND and i + 2 < len(right):
            items.append(right[i + 2])
            break
        else:
            break
        if right[i] in _LIST_AND:
            if i + 1 >= len(right):
                break
            i += 1
            items.append(right[i])
            break
        items.append(right[i])
    j = len(left) - 1  # leftwards
    while j >= 0 and len(items) < 12:
        if left[j] in _LIST_AND:
            j -= 1
            if j < 0:
                break
        elif not left[j].endswith(","):
            break
        items.append(left[j])
        j -= 1
    if len(items) < 2:
        return False
    places = names = 0
    for w in items:
        f = tk.lex.flags(L.key(strip_punct(w)))
        if f & (L.PLACE | L.TOWN):
            places += 1
        elif f & L.NAME:
            names += 1
    # Two places and no name, or three and more places than names ("EGYPT, JORDAN, MUBARAK AND
    # ABDULLAH" lists persons too).
    return (places >= 2 and names == 0 or places >= 3 and places > names) and places * 2 >= len(items)


def _follower_word(c: _Cand, known: set[str]) -> bool:
    """A lone unlisted word made from a name found in the cable: its followers, doctrine or family
    ("RAELIANS" after "RAEL", "THE ALIREZAS")."""
    if len(c.toks) != 1 or not all(cue in ("unknown-word", "capitalised") or cue.startswith("context:")
                                   for cue in c.cues) or "unknown-word" not in c.cues:
        return False
    k = c.toks[0].key
    sfx = L.follower_suffix(k) or ("S" if k.endswith("S") and len(k) >= 6 else "")
    return bool(sfx) and k[:-len(sfx)] in known  # (and a family: "THE ALIREZAS" after "ALI ALIREZA")


def _strong_given(g: list[Token]) -> bool:
    for t in g:
        if t.flags & L.GIVEN and not t.flags & L.TOP:
            return True
    return False


def _name_tokens(g: list[Token]) -> list[Token]:
    if len(g) == 1:
        t = g[0]
        if t.shape != INITIAL and not (t.flags & L.PARTICLE and len(t.key) <= 3) and t.key not in _ROMAN:
            return g
        return []
    return [t for t in g if t.shape != INITIAL and not (t.flags & L.PARTICLE and len(t.key) <= 3)
            and t.key not in _ROMAN]


def _judge(g: list[Token], tk: Tokens, scores: list[float], caps: bool) -> _Cand | None:
    names: list[Token] | None = _name_tokens(g)
    if not names:
        return None
    cues: list[str] = []
    toks = tk.toks
    n = len(scores)
    sc = [scores[t.index] if 0 <= t.index < n and toks[t.index] is t else 0.35 for t in names]
    if len(names) >= 2:
        if all(t.flags & L.TOP for t in names):
            return None
        if caps and len(names) == 2 and len(names[0].key) <= 2 and names[1].flags & L.ANYWORD \
                and not _vowels(names[0].key) and names[0].key not in L.NAME_ABBREV:
            return None  # an acronym before a common word: "THE MB RANKS" ("MB" is a given name too)
        first = names[0]
        conf = sum(sc) / len(sc) + 0.15
        if first.flags & L.GIVEN and not first.flags & L.ANYWORD:
            conf = max(conf, 0.85)
            cues.append("given-name")
        elif first.flags & L.GIVEN and not (caps and names[-1].flags & L.ANYWORD and not names[-1].flags & L.NAME):
            # (a word that is a given name too, before a word that is no name: "THE SOLE MOSLEM CONSTITUENCY")
            conf = max(conf, 0.75 if names[-1].flags & L.SUR else 0.7)
            cues.append("given-name")
        if any(t.shape == INITIAL for t in g):
            conf = max(conf, 0.85)
            cues.append("initials")
        if any(t.flags & L.PARTICLE for t in g[1:]):
            conf = max(conf, 0.75)
            cues.append("particle")
        last = names[-1]
        if last.flags & L.SUR and not last.flags & L.ANYWORD:
            conf = max(conf, 0.8)
            cues.append("surname-list")
        if not cues:
            if max(sc) < 0.5 and tk.title_at.get(g[0].index, _NO_TITLE)[0] != 2:
                return None  # "Hints At" (but "PRESIDENT EVO MORALES")
            cues.append("name-words")
        foreign = sum(1 for t in names if t.flags & L.FOREIGN and not t.flags & L.NAME)
        if foreign * 2 >= len(names) and not (len(names) == 2 and _plain_given(names[0]) and names[1].flags & L.FOREIGN):
            conf = min(conf, 0.45)  # "Polo Democratico" (but "MICHAEL SABIA": a clear given name, then a foreign word)
    else:
        t = names[0]
        if t.key in _PRONOUNS:
            return None  # "He said": "He" is a family name too, but not alone
        if caps and _abbreviation(t):
            return None  # "COMMANDER CNG": letters without a vowel are an abbreviation, even after a title
        conf = sc[0]
        if caps and len(g) > 1 and len(t.key) == 4 and conf < 0.55 and not t.flags & L.NAME \
                and g[0].flags & L.PARTICLE:
            conf = 0.55  # "AL DURI": a particle vouches for a short unlisted word (alone, "SARG" is an acronym)
            cues.append("particle")
        if len(g) > 1 and any(x.shape == INITIAL for x in g):  # (a lone name word is no initial)
            conf = max(conf, 0.8)
            cues.append("initials")
        if t.flags & L.SUR and not t.flags & L.ANYWORD:
            cues.append("surname-list")
        elif t.flags & L.GIVEN and not t.flags & L.ANYWORD:
            cues.append("given-name-list")
        else:
            cues.append("unknown-word" if not t.flags & L.NAME else "name-list-ambiguous")
        if not caps:
            cues.append("capitalised")
    titled = False
    thing = False  # a context that makes the phrase a thing, group or place: caps the confidence
    g0 = g[0]
    kind, tt = tk.title_at.get(g0.index, _NO_TITLE)
    before = tk.word_before(g0) if kind != 2 and not g0.lead else None  # the word before, looked up once
    kb = L.key(before) if before is not None else ""  # and its key
    if kb.isdigit() and len(g) == 1 and (w2 := tk.word_before(g0, 2)) is not None and w2.upper() == "PAGE":
        return None  # a print page header run into the text: "PAGE 02 VATICA 03507 ..." names the station
    nxt0: str | None = None  # the word after g0, looked up when needed
    have_nxt0 = False
    if kind == 0 and kb == "THE" and not g0.lead and (g0.key.startswith("AL-") or g0.key == "AL" and len(g) > 1) \
            and _possessor(L.key(strip_punct(tk.word_after(g[-1]) or ""))) not in _PERSON_HEAD:
        thing = True  # "THE AL-SAUD", "THE AL THANI": the family (but "the al-Masri case")
        cues.append("family-context:the")
    if kind == 0 and len(names) == 1 and len(g) == 1 and not g0.lead and not g0.poss and conf < 0.9:
        prev = before
        nxt0 = tk.word_after(g0)
        have_nxt0 = True
        if prev is not None and prev.upper() in _THING_BEFORE and (caps or prev.islower() or prev.istitle()) \
                and not ("-" in g0.text and nxt0 is not None and L.key(strip_punct(nxt0)) in _PAIR_HEAD
                         and _name_pair(tk.lex, g0.text, caps)):
            nxt = nxt0
            if nxt is None or _possessor(L.key(strip_punct(nxt))) not in _PERSON_HEAD or g0.end < len(tk.text) \
                    and tk.text[g0.end] != " ":
                thing = True
                cues.append(f"thing-context:{prev.lower()}")
        nxt = nxt0
        if nxt is not None and (caps or nxt.islower()) and tk.text[g0.end:g0.end + 1] == " " \
                and L.key(strip_punct(nxt)) in _GROUP_HEAD:
            thing = True
            cues.append(f"group-context:{strip_punct(nxt).lower()}")
        if not thing and conf < 0.75 and _place_list(tk, g0):
            thing = True
            cues.append("place-list")
    elif kind == 0 and len(names) == 1 and not g[-1].poss and conf < 0.9:
        last = g[-1]  # one name word after particles: "THE AL SAUD FAMILY"
        nxt = tk.word_after(last)
        if nxt is not None and (caps or nxt.islower()) and tk.text[last.end:last.end + 1] == " " \
                and L.key(strip_punct(nxt)) in _GROUP_HEAD:
            thing = True
            cues.append(f"group-context:{strip_punct(nxt).lower()}")
    if kind == 0 and len(g) == 1 and g0.lead and (op := g0.lead[-1]) in _ALONE_OPEN and not g0.poss \
            and conf < 0.9 and not g0.flags & L.NAME and (close := tk.text[g0.end:g0.end + 1]) \
            and close in _ALONE_CLOSE[op] and (caps or op == "(") and _alone_term(tk, g0, caps):
        # An unlisted word bracketed on its own is an acronym's gloss ("UNIFICATION MOVEMENT
        # (TAWHIID)"), and quoted in ALL CAPS a term ('"BUMIPUTRA" BUSINESSMEN')
        thing = True
        cues.append("thing-context:alone")
    if kind == 0 and caps and len(g) >= 2 and g0.lead[-1:] in _QUOTES and not thing and conf < 0.9 \
            and (tk.text[g[-1].end:g[-1].end + 1] in _QUOTES or tk.text[g[-1].end:g[-1].end + 2] in _QUOTED_END) \
            and not any(t.flags & L.NAME for t in g) and _alone_term(tk, g0, caps, g[-1]):
        # ALL CAPS words quoted as a whole, none of them a listed name: a title or a term
        # ('"NARODNA OBRODA"', '"SAKON SAURA"'), unless after a title or a name (an alias)
        thing = True
        cues.append("thing-context:alone")
    if kind == 2:
        conf = max(conf, 0.9)
        cues.insert(0, f"title:{tt}")
        titled = True
    elif kind == 1 and sc[0] >= 0.3 and not (caps and len(names) == 1 and names[0].flags & L.ANYWORD):
        # (a role word before a common word in ALL CAPS names no one: "THEIR CHIEF ASSET")
        conf = max(conf, 0.75)
        cues.insert(0, f"role:{tt}")
        titled = True
    elif not g0.lead:
        prev = before
        if prev is not None and kb in _BEFORE:
            conf = min(0.95, conf + 0.1)
            cues.append(f"context:{prev.lower()}")
        elif prev is not None and (caps or prev.islower() and g0.shape == CAPITAL) and len(g0.key) >= 3 and not thing \
                and not g0.flags & (L.TOWN | L.PLACE | L.TYPO | L.WORDSHAPE | L.JARGON) \
                and (kb in _ALIAS_BEFORE and kb != "ONE" or kb == "AS" and L.key(tk.word_before(g0, 2) or "") == "KNOWN"):
            conf = min(0.95, max(conf + 0.2, 0.8))  # "CLAUDE VORILHON, BETTER KNOWN AS RAEL": an alias
            cues.append("context:alias")
        elif prev is not None and kb == "TO" and len(g) == 1 and len(g0.key) >= 4 and _according_to(tk, g0) \
                and (caps or prev.islower()):
            conf = min(0.95, max(conf + 0.15, 0.6) if caps else max(conf, 0.6))  # "ACCORDING TO RICHIER"
            cues.append("context:according")
            if caps and _caps_lone_name(g0):
                conf = max(conf, 0.7)
    if kind == 0 and conf < 0.9 and "given-name" not in cues and (not g0.lead or g0.lead in _QUOTES):
        prev = before if not g0.lead else tk.word_before(g0, 1, past_lead=True)
        if prev is not None and (caps or prev.islower()):
            # (a kind noun and a quote, 'DAILY "AL-NADWA"', or an apposition between commas, 'ARABIC
            # DAILY, AKHBAR AL-KHALIJ, SAID' (but 'TOLD THE NEWSPAPER, KARZAI SAID'))
            k1 = kb if not g0.lead else L.key(prev)
            after = tk.text[g[-1].end:g[-1].end + 2]
            if g0.lead and not (after[:1] in _QUOTES or after in _QUOTED_END):
                k1 = ""  # a quotation that opens with the name: 'TOLD THE AGENCY "MUSHARRAF WILL ...'
            elif k1[-1:] == "," and (k1[:-1] in _KIND_BEFORE or k1[:-1] in _KIND_QUOTED) and after[:1] == "," \
                    and L.key(strip_punct(tk.word_after(g[-1]) or "")) not in ("WHO", "WHOSE"):
                k1 = k1[:-1]
            elif k1 in _KIND_QUOTED and not g0.lead:
                k1 = ""
            if k1 == "OF":
                prev2 = tk.word_before(g0, 2)
                k1 = L.key(prev2) if prev2 is not None and (caps or prev2.islower()) else ""
                k1 = k1 if k1 in _PLACE_OF else ""
            if k1 in _KIND_BEFORE or k1 in _KIND_QUOTED:
                thing = True
                cues.append(f"kind-context:{k1.lower()}")
        # An institution's word heads the phrase, as in Romance names: "BANCO WEISE", "PLAZA DE ITALIA".
        head = prev
        n = 2
        while head is not None and n <= 4 and L.key(head) in _HEAD_LINKS and (caps or head.islower()):
            head = tk.word_before(g0, n)
            n += 1
        if head is not None and not thing and head[-1:].isalpha() and (caps or strip_punct(head)[:1].isupper()) \
                and L.key(strip_punct(head)) in _HEAD_ORGS:
            thing = True
            cues.append(f"org-context:{head.lower()}")
    if kind == 0 and not thing and not titled and (
            g0.key in _PLACE_HEADS and len(g) >= 2
            and not (g0.key in _NAME_HEADS and g[1].flags & L.SUR and not g[1].flags & L.ANYWORD)
            or before is not None and L.key(strip_punct(before)) in _PLACE_HEADS):  # (not "WADI HADDAD")
        thing = True
        cues.append("thing-context:place")
    if kind == 0 and not thing and g0.key in _HEAD_ORGS and not titled and (
            len(g) > 1 and g[1].flags & L.PARTICLE and g[1].key in _HEAD_LINKS
            or len(g) == 1 and L.key(strip_punct(tk.word_after(g0) or "")) in _HEAD_TAILS):
        thing = True  # the head word inside the group: "PLAZA DE ITALIA", "GUARDIA CIVIL"
        cues.append(f"org-context:{g0.text.lower()}")
    if kind == 0 and g0.lead in ("", ","):
        prev = before if not g0.lead else tk.word_before(g0, 2)
        if prev is not None and L.key(prev.rstrip(",")) in _KIN \
                and (caps or prev.islower()):
            conf = min(0.95, max(conf + 0.15, 0.6))
            cues.append(f"context:{prev.rstrip(',').lower()}")
    last = g[-1]
    nxt = None if last.poss else nxt0 if last is g0 and have_nxt0 else tk.word_after(last)
    if nxt is not None:
        after = tk.text[last.end:last.end + 2]
        core = strip_punct(nxt)
        k = L.key(core)
        f = tk.lex.flags(k) if core else 0
        if after[:1] == " " and nxt[:1].isalpha():
            if k == "WASHDC" and not titled:
                return None  # an addressee of a telegram: "WHITEHOUSE WASHDC", "SECDEF WASHDC"
            if titled and k in _INSTITUTION and (caps or nxt[0].isupper()):
                return None  # "KING SAUD UNIVERSITY", "King Fahd Hospital": a place named after a person
            if f & L.ORG and (caps or nxt[0].isupper()) and not titled and not (caps and k in _RULE_HEAD) \
                    and not (caps and k in _PAIR_HEAD and "-" in last.text and _name_pair(tk.lex, last.text, caps)):
                return None  # "Nelson Mandela Foundation" (but "THE AZNAR GOVERNMENT")
            if f & L.TITLE and not titled and "given-name" not in cues and (caps or nxt[0].isupper()) \
                    and core == nxt:
                return None  # "Supreme Leader", "Interior Minister"
            if k in _NAMED_PLACE and nxt.islower() and not titled and len(g) >= 2:
                return None  # "Charles de Gaulle airport": a place named after a person
            if k in _RULE_HEAD and not caps and nxt.islower() and last.flags & L.NAME:
                conf = min(0.95, conf + 0.15)  # "the Brown government"
                cues.append(f"context:{core.lower()}")
            if k in _SPEECH:
                conf = min(0.95, conf + 0.15)
                cues.append(f"context:{core.lower()}")
                if caps and len(g) == 1 and _caps_lone_name(g[0]):
                    conf = max(conf, 0.7)  # "RICHIER SAID" (near "RICHER"): the verb vouches for the word
                if caps and len(g) == 1 and g[0].flags & L.SUR and g[0].index > 0 and not titled:
                    # "FRANK PEARL TOLD": an ambiguous given name before a family name and a speech verb
                    prev_t = tk.toks[g[0].index - 1]
                    if g[0].join and prev_t.flags & L.GIVEN and len(prev_t.key) >= 4 \
                            and not prev_t.flags & (L.NEVER | L.PLACE):
                        g = [prev_t, g[0]]
                        names = None  # worked out again for the new group
                        conf = max(conf, 0.75)
                        cues.append("given-name")
        elif after[:1] == "," and f & L.TITLE and not f & L.WEAK_TITLE:
            conf = min(0.95, conf + 0.15)
            cues.append(f"apposition:{core}")
    if thing:
        conf = min(conf, 0.45)
    return _Cand(g, conf, cues, names)


# What two persons do together: "the Merkel-Sarkozy meetings", "the Ortega-Chavez alliance".
_PAIR_HEAD: Final = frozenset(
    "MEETING MEETINGS TALKS SUMMIT SUMMITS RELATIONSHIP RELATIONS TANDEM DUO TICKET ALLIANCE DEAL AXIS FEUD "
    "RIVALRY PACT AGREEMENT CALL CALLS LETTER LETTERS DEBATE ACCORD PARTNERSHIP CONVERSATION CONVERSATIONS "
    "DIALOGUE BILATERAL BILATERALS TELEPHONE PHONE TETE-A-TETE ENCOUNTER MEETINGS".split())


def _name_pair(lex: L.Lexicon, w: str, caps: bool = False) -> bool:
    """Capitalised names joined by hyphens ("the Merkel-Sarkozy meetings"): persons, not a thing."""
    parts = w.split("-")
    if len(parts) < 2:
        return False
    for p in parts:
        if len(p) < 4 or not (p.isalpha() and p.isupper() if caps else p[:1].isupper() and p[1:].islower()):
            return False
        if lex.flags(L.key(p)) & (L.ANYWORD | L.PLACE | L.JARGON | L.PARTICLE | L.ORG | L.TITLE):
            return False
    return True


# Frequent words that are names too but follow a title as ordinary words ("THE PRESIDENT WILL").
_FUNCTION_NAMES: Final = frozenset(
    "ANY ARE ASK CAN COME DUE EVEN EVER GOES HAVE HELD HOW JUST LAID LAY LETS LIE LIES LOOK MADE MAKE "
    "MORE MUST NONE NOR PER PUT RAN READ SAW SEE SOME SOON THAN THEN TILL TOO VIA WILL WON".split())
_NOT_AFTER_TITLE: Final = _FUNCTION_NAMES | frozenset(
    "GIVEN ALONG AGO ELSE HEY HELLO BYE DENY DARE CARRY SIT RUN WIN LIVE MARRY BACK BEST CUT FAR HARDER LOW "
    "NEW REAL SENIOR JUNIOR SUPREME EAST WEST NORTH SOUTH ODD SINGLE SMALL MAIN ROYAL HOLY HUMAN INDUSTRIAL "
    "MALE FEMALE UNIQUE VITAL URBAN SEVERE STRANGE SHORT LITTLE DEEP BASIC BRAVE BRIGHT CONSTANT INNOCENT "
    "PRETTY PRECIOUS SWEET HAPPY LUCKY LOVELY NICE SAD SMART TINY THIN FAT COOL WISE RICH SHARP DEL SAN VAN "
    "SEMI SUB ANTI THO SHOW STUDY DISPLAY FILE EDIT HUNT SIX SEVEN TEN".split())


# Verb, adverb and adjective endings: "ANALYST SYMPATHETIC", "MINISTER REITERATED".
_NOT_NAME_ENDINGS: Final = ("ED", "ING", "LY", "IZE", "ISE", "ATE", "IC", "ICAL", "OUS", "IVE", "FUL", "LESS", "ABLE",
                     "IBLE", "ARY")


# Titles of one person, written right before the family name ("SECRETARY RICE", "CHARGE BRUSH").
_PERSONAL_TITLES: Final = frozenset(
    "PRESIDENT VP PREMIER PM SECRETARY MINISTER AMBASSADOR AMB SENATOR SEN CONGRESSMAN CONGRESSWOMAN "
    "GOVERNOR GOV GEN GENERAL LTG MG BG ADMIRAL ADM VADM RADM COL LTC MAJ CAPT DCM CHARGE U/S A/S SECDEF "
    "SECSTATE CHANCELLOR KING QUEEN PRINCE MAYOR JUDGE SPEAKER DR MR MRS MS MISS SIR LORD SHEIKH AYATOLLAH "
    "CHAIRMAN DIRECTOR COMMANDER PROSECUTOR SYG SRSG ENVOY".split())


def _personal_title_before(tk: Tokens, u: Token) -> bool:
    prev = tk.word_before(u)
    return prev is not None and not u.lead and L.key(prev.rstrip(".")) in _PERSONAL_TITLES


def _plain_word_after_title(u: Token) -> bool:
    """A listed English word that can stand as a family name after a title in ALL CAPS text."""
    k = u.key
    return len(k) >= 4 and k.isalpha() and not k.endswith(_NOT_NAME_ENDINGS) \
        and not (k.endswith("S") and not k.endswith("SS")) and not u.flags & (L.WEAK_TITLE | L.PLACE | L.FOREIGN) \
        and k not in _SPEECH


def _title_groups(tk: Tokens, taken: set[int], caps: bool) -> list[list[Token]]:
    """Names right after a title that the word scores missed ("GENERAL HAM", "Secretary Gates")."""
    out = []
    toks = tk.toks
    n = len(toks)
    i = 0
    title_at = tk.title_at
    while i < n:
        if i in taken or title_at.get(i, (0,))[0] != 2:
            i += 1
            continue
        g: list[Token] = []
        j = i
        while j < n and len(g) < 4 and j not in taken:
            u = toks[j]
            if g and not u.join:
                break
            f = u.flags
            if f & L.NEVER or "/" in u.text or u.shape == LOWER:
                break
            if f & L.PLACE and (caps or not f & (L.NAME | L.ANYWORD)):
                break
            if caps:
                if len(u.key) < 2 or f & L.TYPO and len(u.key) >= 7 and u.key.endswith("ED"):
                    break  # ("THE MINISTER DEMURRED")
                if f & L.TOP and (g or not f & L.NAME or u.key in _NOT_AFTER_TITLE or u.key in _SPEECH
                                  or u.key in _PRONOUNS or len(u.key) < 3):
                    break  # "SECRETARY RICE", "DAS FRANK ROSE" (but "PRESIDENT WILL", "MINISTER SAID")
                if f & L.WORD and not f & (L.NAME | L.TOP) and (
                        g or not _personal_title_before(tk, u) or not _plain_word_after_title(u)
                        or L.key(strip_punct(tk.word_before(u, 2) or "")) in _THING_BEFORE):
                    break  # "PRIME MINISTER TUSK" (but "MANY MPS OPPOSE", "THE PRESIDENT RESIGN")
            else:
                if u.shape not in (CAPITAL, UPPER, INITIAL) or (u.shape == UPPER and len(u.key) < 3):
                    break
                if f & L.TOP and g:
                    break
            if u.shape == INITIAL and not u.dot:
                break
            g.append(u)
            if u.poss:
                break
            j += 1
        while g and g[-1].shape == INITIAL:
            g.pop()
        if g:
            out.append(g)
            i = g[-1].index + 1
        else:
            i += 1
    return out


# -- structural slots ----------------------------------------------------------------------------

_CLOSING_WORDS: Final = frozenset("THANKS REGARDS BEST GOODBYE CHEERS SINCERELY".split())  # closing words


def _signature_names(toks: list[Token]) -> list[list[Token]]:
    if len(toks) > 4:
        return []
    out: list[list[Token]] = []
    g: list[Token] = []
    if len(toks) == 1 and toks[0].key in _CLOSING_WORDS:
        return []
    alone = len(toks) == 1 and len(toks[0].key) >= 4 \
        and not toks[0].key.endswith(("S", "ED")) and not (len(toks[0].key) >= 7 and toks[0].key.endswith("ING"))
    # (a plural or a verb form is the broken end of a line)
    for t in toks:  # words left out (titles, redaction marks) split the name
        if not t.flags & (L.JARGON | L.TITLE) and not (t.flags & L.TOP and not t.flags & L.NAME and not alone):
            # (a frequent word alone on the signature line is the signer's name: "SWING")
            g.append(t)
        elif g:
            out.append(g)
            g = []
    if g:
        out.append(g)
    return out


def _given_place(toks: list[Token], i: int) -> bool:
    """A place word that starts the classifier's name right after a title: "CLASSIFIED BY DCM RENO
    HARNISH" (not a post: "EMBASSY BAGHDAD ROBERT FORD")."""
    t = toks[i]
    if t.flags & (L.ANYWORD | L.JARGON | L.ORG) or i + 1 >= len(toks) or i == 0 \
            or not toks[i - 1].flags & L.TITLE or not t.join:
        return False
    nxt = toks[i + 1]
    return nxt.join and nxt.shape != INITIAL and len(nxt.key) >= 3 and nxt.text.isalpha() \
        and not nxt.flags & (L.ANYWORD | L.PLACE | L.JARGON | L.TITLE | L.ORG | L.FOREIGN | L.GIVEN)


def _classified_by_names(toks: list[Token]) -> list[list[Token]]:
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        f = t.flags
        if t.key in _SLOT_SKIP or f & (L.TITLE | L.JARGON | L.ORG) or "/" in t.text \
                or (f & L.ANYWORD and not f & L.NAME) or (f & L.PLACE and not f & L.NAME and not _given_place(toks, i)) \
                or f & L.ANYWORD and i + 1 < n and toks[i + 1].join and toks[i + 1].flags & (L.TITLE | L.JARGON) \
                and not toks[i + 1].flags & L.NAME:
            i += 1  # (a word before a title or an office names the post: "POL SECTION CHIEF MARC NICHOLSON")
            continue
        break
    g: list[Token] = []
    while i < n and len(g) < 5:
        t = toks[i]
        if g and not t.join:
            break
        if t.key in _STOP_SLOT or t.flags & (L.JARGON | L.TITLE) or "/" in t.text:
            break
        if t.shape == LOWER and not t.flags & L.PARTICLE:
            break
        g.append(t)
        i += 1
        if t.poss:
            break
    while g and g[-1].flags & L.PARTICLE and g[-1].shape != INITIAL:
        g.pop()
    return [g] if g and any(t.shape != INITIAL for t in g) else []


def _given_first(toks: list[Token]) -> bool:
    """The line starts with a listed given name: "JENNIFER MCELVEEN AND STEPHEN WOROBEC OF INR"."""
    f = toks[0].flags
    return bool(f & L.GIVEN) and not f & (L.ANYWORD | L.PLACE | L.JARGON) and len(toks[0].key) >= 3


def _addressee_names(tk: Tokens, cont: bool = False) -> list[list[Token]]:
    """Names after FOR ("NSC FOR BADER, MEDEIROS"), in parentheses ("SCA (GALLAGHER, SUMAR)") or
    on the lines that continue a FOR / PASS TO list (``cont``: "ALESSANDRO NARDI OF EUR/ERA")."""
    toks = tk.toks
    text = tk.text
    start = 0 if cont else None
    strict = cont  # PASS TO lists and continued lists mostly name offices: single words need a name list
    for i, t in enumerate(toks if not cont else ()):
        passed = t.key == "TO" and i and toks[i - 1].key == "PASS"
        opener = t.key in _LIST_OPENERS or passed or (i == 0 and t.key in ("FROM", "AND"))
        # ("FROM GNEHM"; "DOJ FOR PEEBLES / AND HUDGISON; USAID FOR ...": the last line's list goes on)
        if opener or "(" in t.lead:
            start = i + (1 if opener else 0)
            strict = bool(passed) and not any(u.key == "FOR" or "(" in u.lead for u in toks[i:])
            break
    if start is None:
        return []
    out: list[list[Token]] = []
    g: list[Token] = []
    rest = toks[start:]
    items: list[list[Token]] = []  # comma/semicolon separated items: "A/S DAN FRIED", "SECRETARY GATES"
    after_of: set[int] = set()  # "SCOTT HARRIS OF INL", "PASS TO AMCONSUL QUEBEC": an office, a post
    for t in rest:
        if t.key == "OF" or t.key.startswith(_STATION_WORDS):
            after_of.add(t.index + 1)
            items.append([])
        elif t.key in _FOR_SKIP and t.key not in ("FOR", "TO"):
            items.append([])  # "JENNIFER MCELVEEN AND STEPHEN WOROBEC"
        elif items and items[-1] and t.join:
            items[-1].append(t)
        else:
            items.append([t])
    done: set[int] = set()
    for it in items:
        k = 0
        while k < len(it) and (it[k].flags & (L.TITLE | L.JARGON) or "/" in it[k].text or it[k].key in _FOR_SKIP):
            k += 1  # titles, office symbols ("EUR DAN FRIED", "A/S DAN FRIED")
        titled = k > 0 and any(u.flags & L.TITLE or "/" in u.text for u in it[:k])
        core = it[k:]
        while not titled and len(core) > 2 and core[-1].flags & L.ANYWORD and not core[-1].flags & L.NAME:
            core = core[:-1]  # "JONATHAN PUTNAM INTERIOR PASS USGS": the office after the name
        if not core or len(core) > 3 or any(u.flags & (L.JARGON | L.ORG | L.TITLE) or "/" in u.text
                                            or not u.text.isalpha() for u in core):
            continue
        if any(u.flags & L.PLACE and not u.flags & L.NAME for u in core):
            continue
        if titled and any(u.flags & L.ANYWORD and not u.flags & L.NAME for u in core) \
                and not any(u.flags & L.TITLE and not u.flags & L.WEAK_TITLE or "/" in u.text for u in it[:k]):
            continue  # "OFFICE OF DETAINEE AFFAIRS" (but "SECRETARY GATES")
        if (titled and any(len(u.key) >= 3 for u in core)) or (len(core) >= 2 and core[0].flags & L.GIVEN
                                                                  and all(len(u.key) >= 3 for u in core)):
            out.append(core)
            done.update(u.index for u in it)
    for t in rest:
        if t.index in done:
            if g:
                out.append(g)
                g = []
            continue
        if g and not t.join:
            out.append(g)
            g = []
        f = t.flags
        name = f & L.NAME and not f & (L.TOP | L.JARGON | L.TITLE) or not g and _for_word_surname(tk, t)
        bad = bool(f & (L.JARGON | L.TITLE | L.ORG | L.PLACE | L.TOP)) and not name
        bad = bad or "/" in t.text or t.key in _FOR_SKIP or bool(f & L.ANYWORD and not f & L.NAME)
        bad = bad or (not f & L.NAME and len(t.key.replace(".", "")) <= 4 and t.shape != INITIAL
                      and not _alone_in_parentheses(tk, t))
        bad = bad or (len(t.key) <= 2 and t.shape != INITIAL)
        bad = bad or (t.shape == INITIAL and not t.dot)
        bad = bad or (t.end < len(text) and text[t.end].isdigit()) or t.index in after_of
        bad = bad or (strict and not g and (not f & L.NAME or len(t.key) < 4))
        bad = bad or (strict and bool(f & L.PLACE) and L.key(tk.word_before(t) or "") == "TO")  # a post: "PASS TO PRAIA"
        bad = bad or t.key.startswith(_STATION_WORDS) or ("-" in t.key and any(len(p) == 1 for p in t.key.split("-")))
        bad = bad or (0 <= t.index + 1 < len(toks) and toks[t.index + 1].key == "FOR" and toks[t.index + 1].join
                      and not g)  # "MORAN; LONDON FOR YOUNG": the station of the next item
        if bad:
            if g:
                out.append(g)
                g = []
            continue
        g.append(t)
    if g:
        out.append(g)
    res = []
    for g in out:
        while g and g[-1].shape == INITIAL:
            g = g[:-1]
        if g and g[0].join and g[0].index > 0 and not g[0].lead:
            prev = toks[g[0].index - 1]  # "PARIS FOR BISA WILLIAMS": a given name the tests above left out
            pf = prev.flags
            if prev.text.isalpha() and not prev.lead and prev.key not in _FOR_SKIP and len(prev.key) >= 3 \
                    and not pf & (L.JARGON | L.TITLE | L.ORG | L.PLACE | L.TOP) \
                    and (pf & L.GIVEN or (not pf & ~L.TOWN and len(prev.key) >= 4
                                          and _vowels(prev.key) >= 2)) \
                    and (prev.index == 0 or L.key(tk.word_before(prev) or "") in _LIST_OPENERS
                         or (L.key(tk.word_before(prev) or "") == "TO"
                             and L.key(tk.word_before(prev, 2) or "") == "PASS")
                         or tk.text[prev.start - 2:prev.start - 1] in (",", ";", "(")):
                g = [prev] + g
        if g:
            res.append(g)
    return res


def _alone_in_parentheses(tk: Tokens, t: Token) -> bool:
    """An unlisted word alone in parentheses after an office: "DRL/IRF (FARR)" (not "(ISAF)": jargon)."""
    return t.lead == "(" and tk.text[t.end:t.end + 1] == ")" and not t.flags and len(t.key) >= 4 \
        and t.key.isalpha() and _vowels(t.key) > 0


def _for_word_surname(tk: Tokens, t: Token) -> bool:
    """A listed family name that is a very frequent word, alone right after FOR in an addressee
    line and before an office or the end of the item: "NSC FOR WOOD OSD FOR FLOURNOY"."""
    f = t.flags
    k = t.key
    if not (f & L.SUR and f & L.TOP) or f & (L.JARGON | L.TITLE | L.ORG | L.PLACE) or len(k) < 4 \
            or k in _NOT_AFTER_TITLE or k in _NOT_SURNAME or t.lead or t.shape != UPPER:
        return False
    if L.key(tk.word_before(t) or "") not in _LIST_OPENERS:
        return False
    if tk.text[t.end:t.end + 1] in (",", ";"):
        return True
    nxt = tk.word_after(t)
    if nxt is None:
        return True
    core = strip_punct(nxt)
    nk = L.key(core)
    return nk in _FOR_SKIP or "/" in core or bool(core and tk.lex.flags(nk) & L.JARGON) \
        or _OFFICE_FOR.match(tk.text, t.end) is not None


# " OSD FOR ...": the next item of the line is an office that is sent something too.
_OFFICE_FOR: Final = re.compile(r"[ ]++[A-Z][A-Z/&\-]{1,12}+[ ]++FOR\b")


# -- the detector ------------------------------------------------------------------------------

def _cut_at_gaps(run: Run, g: list[Token], src: str, keep_last: bool = False) -> list[Token]:
    """The tokens of g that are adjacent in the cable too (the joined text may skip a line or a page
    break): the leading ones, or with ``keep_last`` the trailing ones (words put before a family
    name found again, "J. J." / "DE LOS" + "RAWLINGS" / "SANTOS", stop at the gap)."""
    if len(run.prose.segments) <= 1:
        return g
    prose = run.prose
    for i in (range(len(g) - 1, 0, -1) if keep_last else range(1, len(g))):
        a, b = g[i - 1], g[i]
        gap = src[prose.source_offset(a.end - 1) + 1:prose.source_offset(b.start)]
        if gap.split() != prose.text[a.end:b.start].split():
            return g[i:] if keep_last else g[:i]
    return g


def _mention(run: Run, g: list[Token], conf: float, cues: list[str], src: str | None = None,
             names: list[Token] | None = None) -> Mention:
    """The mention of group ``g`` (``names``: its name tokens, when already known)."""
    if src is not None and len(g) > 1:
        cut = _cut_at_gaps(run, g, src)
        if cut is not g:
            g, names = cut, None
    prose = run.prose
    text = prose.text
    last = g[-1]
    start, end = g[0].start, last.end
    if last.dot and len(g) > 1 and (last.shape == INITIAL or last.key in _NAME_SUFFIXES):
        end += 1  # "VICTOR L.", "Eduardo Aguirre Jr."
    elif len(g) > 1 and (m := _SUFFIX_AFTER.match(text, end)) is not None:
        end = m.end()  # "Clark T. Randt, Jr.": the suffix is the name's (also over a line break)
    elif "'" in last.text[2:] and text[end:end + 1] == "'" and not text[end + 1:end + 2].isalpha() \
            and text[start - 1:start] != "'":
        end += 1  # a final ayn is the name's: "SAMIR JA'JA'." (not a closing quote: "'ABU JA'FAR'")
    if names is None:
        names = _name_tokens(g)
    if len(names) > 1 and names[-1].key in _NAME_SUFFIXES:
        names = names[:-1]
    return Mention(
        prose.text[start:end], prose.source_span(start, end), round(min(conf, 0.99), 2), cues,
        tuple([t.key for t in names or g]), run.kind, run.number,
    )


def _name_word_before(st: _RunState, t: Token, pairs: dict[str, set[str]]) -> Token | None:
    """ALL CAPS: a listed name word right before a known family name, part of the name ("BURTON
    SHIPLEY" once "JENNY SHIPLEY" is known; "BURTON" is an English word too), or the word found
    before it in a full name elsewhere in the cable ("EVO MORALES"); or None."""
    i = t.index
    if not st.run.caps or i <= 0 or i >= len(st.toks) or st.toks[i] is not t or not t.join or t.lead:
        return None
    prev = st.toks[i - 1]
    f = prev.flags
    if (i - 1) in st.taken and (i - 1) not in st.weak \
            or not (f & L.NAME or prev.key in pairs.get(t.key, ())) \
            or f & (L.TOP | L.TITLE | L.JARGON | L.PLACE | L.ORG) \
            or len(prev.key) < 3 or prev.poss or not prev.text.isalpha() \
            or L.key(st.tk.word_before(prev) or "") in _PERSONAL_TITLES:
        return None
    return prev


def _hyphenated_words(tk: Tokens, scores: list[float]) -> None:
    """A word hyphenated over a line break ("REPRE- SENTATIVE", "DELE- GATIONS") is a word."""
    toks = tk.toks
    text = tk.text
    for i, t in enumerate(toks):
        if scores[i] <= 0 or t.lead:
            continue
        if text[t.end:t.end + 2] == "- ":  # the first part
            s = t.end + 2
            e = text.find(" ", s)
            if (rest := strip_punct(text[s:] if e < 0 else text[s:e])).isalpha() \
                    and tk.lex.flags(L.key(t.text + rest)) & L.ANYWORD:
                scores[i] = 0.0
                if i + 1 < len(toks) and toks[i + 1].start == s:
                    scores[i + 1] = 0.0
            continue
        # the second part, after a first part that is no token ("REPRESENTA- TIVES")
        b = t.start - 2
        if b > 0 and text[b:t.start] == "- ":
            a = b
            while a > 0 and text[a - 1].isalpha():
                a -= 1
            if a < b and tk.lex.flags(L.key(text[a:b] + t.text)) & L.ANYWORD:
                scores[i] = 0.0


# Common words that stay words between name syllables ("MORE THAN AN HOUR").
_NOT_SYLLABLE: Final = frozenset("A AN THE OF TO IN ON AT BY FOR AND OR BUT THAN YOU OK IS IT HE SO NO BE AS".split())
_STATION_COUNTRY: Final = {"RANGOON": "BM", "PHNOM PENH": "CB", "PHNOMPENH": "CB"}
_NAME_SUFFIXES: Final = frozenset(("JR", "SR"))  # a name's suffix, no name word
# ", Jr." after a full name (not ", Sr.": also the Spanish "Sr.", a title before the next name)
_SUFFIX_AFTER: Final = re.compile(r",[ ](?:JR|Jr)\.?+(?![A-Za-z])")
_AYN_WORD: Final = re.compile(r"(?<![A-Za-z'])[A-Za-z]{2,}+'[A-Za-z]++'(?![A-Za-z])")  # "JA'JA'"
_HONORIFIC_SYLLABLES: Final = frozenset(("U", "DAW"))  # Burmese "Mr", "Mrs"
_SYLLABLE_PUNCT: Final = ".,;:()\"'-"


def _syllable_names(cable: Cable, prepared: list, lex: L.Lexicon) -> dict[int, list[tuple[_RunState, list[Token]]]]:
    """In a cable about Burma or Cambodia (TAGS BM / CB, or the station), runs of two to five name
    syllables ("SAW MAUNG", "TEA BANH", "AUNG SAN SUU KYI") by prose run (``id(run)``): with a
    syllable that is no common word, or, all common words, written so twice ("NE WIN", "POL POT")
    or after an honorific ("U NU").
    """
    codes = {t.code for t in cable.tags.tags} if cable.tags is not None else set()
    banner = cable.banner
    if banner is not None and banner.station is not None and (cc := _STATION_COUNTRY.get(banner.station.value.upper())):
        codes.add(cc)
    syl: frozenset[str] = frozenset()
    for cc, words in lex.syllables.items():
        if cc in codes:
            syl = syl | words
    if not syl:
        return {}
    found: list[tuple[Run, _RunState, list[Token], bool]] = []
    seen: dict[tuple[str, ...], int] = {}
    for run, slot, _tk in prepared:
        if slot or run.kind not in (PROSE, SUBJECT, HEADING):
            continue
        text = run.prose.text
        if sum(1 for w in text.upper().split() if w.strip(_SYLLABLE_PUNCT) in syl) < 2:
            continue  # (reading every word of a run costs: only where two syllables are)
        caps = run.caps
        st = _RunState(run, Tokens(text, lex, caps, every=True))
        g: list[Token] = []
        for t in st.toks + [None]:
            if t is not None and t.key in syl and (caps or t.shape != LOWER) \
                    and (g and t.join and not g[-1].poss or not g) and len(g) < 5:
                g.append(t)
                continue
            after_honorific = False
            while len(g) >= 2 and g[0].key in _HONORIFIC_SYLLABLES:
                g = g[1:]  # "U AUNG SHWE", "U AYE": the honorific stays out, as a title would
                after_honorific = True
            if (len(g) >= 2 or after_honorific) and g[0].key not in _HONORIFIC_SYLLABLES:
                keys = tuple(u.key for u in g)
                seen[keys] = seen.get(keys, 0) + 1
                found.append((run, st, g, after_honorific))
            g = [t] if t is not None and t.key in syl and (caps or t.shape != LOWER) else []
    out: dict[int, list[tuple[_RunState, list[Token]]]] = {}
    for run, st, g, titled in found:
        plain = [u for u in g if not u.flags & (L.ANYWORD | L.JARGON | L.TITLE)]
        if plain or titled or seen[tuple(u.key for u in g)] >= 2 and not all(u.flags & L.TOP for u in g) \
                and not any(u.key in _NOT_SYLLABLE for u in g):  # (not very frequent words alone: "SAW THAN")
            out.setdefault(id(run), []).append((st, g))
    return out


def _add_syllable_names(cands: list[tuple[_RunState, _Cand]], first: int, st: _RunState,
                        groups: list[tuple[_RunState, list[Token]]]) -> None:
    """Adds a run's syllable names, each in place of the run's candidates (``cands[first:]``) found
    inside it ("MAUNG" of "SAW MAUNG", keeping their cues); a candidate reaching past it keeps its
    place."""
    starts = [t.start for t in st.toks]
    for syl_st, g in groups:
        lo, hi = g[0].start, g[-1].end
        inside = [i for i in range(first, len(cands)) if cands[i][0] is st and (c := cands[i][1]).toks
                  and lo <= c.toks[-1].end and c.toks[0].start <= hi]
        if any(not (lo <= cands[i][1].toks[0].start and cands[i][1].toks[-1].end <= hi) for i in inside):
            continue
        conf, cues = 0.75, ["name-syllables"]
        for i in inside:
            conf = max(conf, cands[i][1].conf)
            cues = cands[i][1].cues + cues
        for i in reversed(inside):
            del cands[i]
        cands.append((syl_st, _Cand(g, conf, cues)))
        st.taken.update(range(bisect_left(starts, lo), bisect_left(starts, hi)))


def _strong(c: _Cand) -> bool:
    names = c.names
    if c.conf < 0.75 or not names:
        return False
    return len(names) >= 2 or any(cue.startswith(_STRONG_CUES) and cue != "given-name-list" for cue in c.cues)


def detect(cable: Cable, vocab) -> list[Mention]:
    """All personal-name mentions in ``cable``, in text order."""
    lex = L.lexicon_for(vocab)
    states: list[_RunState] = []
    cands: list[tuple[_RunState, _Cand]] = []
    extra: list[Mention] = []
    last_prose: _RunState | None = None
    prepared = []
    for run in collect(cable):
        slot = run.kind in (SIGNATURE, CLASSIFIED_BY, ADDRESSEE, EO)
        prepared.append((run, slot, Tokens(run.prose.text, lex, run.caps, every=slot)))
    acronyms = _acronyms(prepared, lex)
    syllable_names = _syllable_names(cable, prepared, lex)
    for run, slot, tk in prepared:
        first_cand = len(cands)
        text = run.prose.text
        kind = run.kind
        caps = run.caps
        toks = tk.toks
        if not toks:
            continue
        st = _RunState(run, tk)
        states.append(st)
        groups: list[tuple[list[Token], float, str]] = []
        if kind == SIGNATURE:
            groups = [(g, 0.9, "signature") for g in _signature_names(toks)]
        elif kind == CLASSIFIED_BY:
            groups = [(g, 0.95, "classified-by") for g in _classified_by_names(toks)]
        elif kind == ADDRESSEE:
            cont = run.cont and (run.joined or _given_first(toks))
            groups = [(g, 0.85, "for-line") for g in _addressee_names(tk, cont)]
        for g, conf, cue in groups:
            cands.append((st, _Cand(g, conf, [cue])))
            st.taken.update([t.index for t in g])
        if "(" in text and kind in (EO, CLASSIFIED_BY, SUBJECT, SIGNATURE):
            for m in _INVERTED.finditer(text):
                s, e = m.start("name"), m.end("name")
                idx = {t.index for t in toks if s <= t.start < e}
                if idx & st.taken:
                    continue
                keys = tuple(t.key for t in toks if t.index in idx)
                extra.append(Mention(m["name"], run.prose.source_span(s, e), 0.9, ["inverted-form"],
                                     keys[:1], kind))
                st.taken |= idx
        if kind in (EO, ADDRESSEE, SIGNATURE):
            continue
        if slot:  # Classified By: the rest of the line is read like prose
            tk = Tokens(text, lex, caps)
            st = _RunState(run, tk)
            states.append(st)
            toks = tk.toks
            taken_spans = {(c.toks[0].start) for s2, c in cands if s2.run is run}
            st.taken = {t.index for t in toks if t.start in taken_spans}
        elif kind == PROSE and (m := _CLASSIFIED_IN.match(text)) is not None:
            # "1. (U) CLASSIFIED BY: JOSIAH H. BEEMAN, AMBASSADOR": the classifier's slot in a
            # paragraph, read word by word as the slot is ("BEEMAN" is an English word too)
            slot_st = _RunState(run, Tokens(text, lex, caps, every=True))
            for g in _classified_by_names([t for t in slot_st.toks if t.start >= m.end()])[:1]:
                cands.append((slot_st, _Cand(g, 0.95, ["classified-by"])))
                starts = {t.start for t in g}
                st.taken.update(t.index for t in toks if t.start in starts)
        _mark_places(tk)
        _mark_saint_places(tk)
        scores = [_score(t, caps, text) for t in toks]
        if caps and "- " in text:
            _hyphenated_words(tk, scores)
        if caps:
            for i in range(1, len(toks)):
                t = toks[i]
                if t.flags & L.NAME and t.join and t.key in _SPEECH and scores[i - 1] >= 0.3:
                    scores[i] = 0.0  # "SURAN SAID GUEANT": a verb after a name, not a given name
        if caps and acronyms:
            for i, t in enumerate(toks):
                if t.key in acronyms and not t.flags & L.NAME:
                    scores[i] = 0.0  # written as an acronym in the cable's mixed-case text
        taken = st.taken
        for g in _groups(tk, scores, caps):
            gidx = [t.index for t in g if t.index >= 0]  # (extra piece tokens have none)
            if not taken.isdisjoint(gidx):
                continue
            c = _judge(g, tk, scores, caps)
            if c is not None:
                cands.append((st, c))
                taken.update(gidx)
                if c.conf < MIN_CONFIDENCE:
                    st.weak.update(gidx)
        for g in _title_groups(tk, st.taken, caps):
            c = _judge(g, tk, scores, caps)
            if c is not None:
                # A plain word after a title ("Prime Minister Tusk", but also "Flag Officer Discussions").
                plain = all(t.flags & L.ANYWORD and not t.flags & L.NAME for t in c.names)
                c.conf = 0.6 if plain else max(c.conf, 0.8)
                if plain and not caps and any(_office_word(t) for t in c.names):
                    c.conf = 0.45  # "Minister Trade", "Assistant Secretary-equivalent": the post, no name
                cands.append((st, c))
                st.taken.update(t.index for t in g)
        if id(run) in syllable_names:
            _add_syllable_names(cands, first_cand, st, syllable_names[id(run)])
        if kind == PROSE:
            last_prose = st
    if last_prose is not None and cable.signature is None:
        c = _appended_signature(last_prose)
        if c is not None:
            t = c.toks[0]
            cands = [(s2, c2) for s2, c2 in cands if not (s2 is last_prose and t in c2.toks)]
            cands.append((last_prose, c))
            last_prose.taken.add(t.index)

    # Propagation: family names of confident full names (or of names with a strong cue).
    known: set[str] = set()
    known_top: set[str] = set()  # very frequent words as family names: lent to mixed-case text only
    known_caps: set[str] = set()  # ... and to ALL CAPS text next to a speech verb ("WOOD SAID")
    saint_known: set[str] = set()  # family names written after a saint's name ("Maria San Gil")
    known_given: set[str] = set()  # given names of full names: lent to ALL CAPS text after a title or with a verb
    pairs: dict[str, set[str]] = {}  # ALL CAPS: a full name's last word -> the words found before it
    for _st, c in cands:
        if _st.run.caps and c.conf >= MIN_CONFIDENCE and len(c.names) >= 2:
            pairs.setdefault(c.names[-1].key, set()).add(c.names[-2].key)
        if _strong(c):
            names = c.names
            last = names[-1]
            if last.key in TITLE_NAMES:
                pass  # "ZAHIR SHAH" lends nothing to "THE SHAH"
            elif not last.flags & L.TOP and len(last.key) >= 2 and (not last.flags & L.PLACE or len(names) >= 2):
                known.add(last.key)
            elif len(names) >= 2 and last.shape == CAPITAL and not _st.run.caps \
                    and not last.flags & (L.PLACE | L.TITLE | L.ORG | L.JARGON) and _strong_given(names[-2:-1]):
                known_top.add(last.key)  # "Vince Cable ... Cable said"
            elif _st.run.caps and last.flags & L.TOP and last.flags & L.SUR and len(last.key) >= 3 \
                    and not last.flags & (L.PLACE | L.TITLE | L.ORG | L.JARGON) \
                    and (len(names) >= 2 or any(cue.startswith("title:") for cue in c.cues)):
                known_caps.add(last.key)  # "DCM WOOD ... WOOD SAID": lent to ALL CAPS text with a cue
            if len(c.toks) >= 3 and c.toks[-2].key in _SAINTS and c.toks[-1] is last and (
                    _given_word(c.toks[-3]) or len(c.toks) >= 4 and c.toks[-3].key in _SURNAME_PARTICLES
                    and _given_word(c.toks[-4])):  # "Maria San Gil", "JOSE DE SAN MARTIN"
                saint_known.add(last.key)
            first = names[0]
            if len(names) >= 2 and (first.flags & L.FAMILY_FIRST or "name-syllables" in c.cues and len(first.key) >= 3
                                    and not first.flags & L.ANYWORD) \
                    and not first.flags & (L.TOP | L.JARGON | L.PLACE) and first.key not in _PRONOUNS:
                known.add(first.key)  # "Cheng Jingye ... Cheng said", "HOR NAMHONG ... HOR WAS CANDID"
            elif (len(names) >= 3 or len(names) == 2 and names[1].flags & L.SUR) \
                    and (first.flags & L.GIVEN or len(names) >= 3 or not first.flags & L.ANYWORD) \
                    and len(first.key) >= 3 and _st.run.caps \
                    and not first.flags & (L.TOP | L.JARGON | L.PLACE | L.TITLE | L.ORG):
                known_given.add(first.key)  # "GENERAL JAMA ISSA MOHAMUD ... GENERAL JAMA SAID"
    # ALL CAPS: a lone word or a name that speaks twice ("RICHIER SAID", "ACCORDING TO RICHIER") is a name
    # wherever it is used (once is not enough: "BOEING BELIEVES").
    spoke: dict[str, int] = {}
    for _st, c in cands:
        if _st.run.caps and c.names and c.names[-1].key not in known and any(cue.startswith("context:") for cue in c.cues) \
                and (len(c.toks) == 1 and c.conf >= 0.7 and _caps_lone_name(c.toks[0])
                     or len(c.names) >= 2 and c.conf >= 0.6 and not any(n.flags & L.ANYWORD for n in c.names)):
            # (and a full name of unlisted words: "HOR NAMHONG SAID")
            k = c.names[-1].key
            spoke[k] = spoke.get(k, 0) + 1
            if spoke[k] == 2:
                known.add(k)
    extra.extend(_aliases(cands, states))
    tag_mentions = _tag_persons(cable)
    for mn in extra + tag_mentions:
        if mn.keys:
            known.add(mn.keys[0])
    mentions: list[Mention] = []
    known_top -= known
    known_caps -= known
    for st, c in cands:
        names = c.names
        if names and c.conf < 0.8 and "family-context:the" not in c.cues and (names[-1].key in known or (  # ("THE AL-SAUD")
                names[-1].key in known_top and not st.run.caps and names[-1].shape == CAPITAL)):
            c.conf = 0.8
            c.cues.append("propagation")
        if names and c.toks[0] is names[0] and (parts := _particles_before(st.toks, c.toks[0], names[0].key in saint_known)):
            c.toks = parts + c.toks  # "DE LOS SANTOS SAID", "de Venecia said": the particles are the name's
        if len(c.toks) == 1 and names and (names[0].key in known or names[0].key in pairs) \
                and (name_before := _name_word_before(st, c.toks[0], pairs)) is not None:
            c.toks = c.names = [name_before, c.toks[0]]
            c.cues.append("given-name")
            st.taken.add(name_before.index)
    cands.extend(_coordinated(cands, known, known_caps))
    things = _thing_words(cands, known)
    for st, c in cands:
        if c.conf >= MIN_CONFIDENCE and not (known and _follower_word(c, known)) \
                and not (things and _bare_mention(c) and c.toks[0].key in things):
            mentions.append(_mention(st.run, c.toks, c.conf, c.cues, cable.text, c.names))
    if known or known_top or known_caps or known_given:
        hidden_caps = known & lex.never  # word-like family names: ALL CAPS runs kept no token for them
        known_mixed = known | known_top
        hidden_mixed = known_top & lex.never  # (titles made family names stay titles: "Russian President,")
        for st in states:
            caps = st.run.caps
            toks = st.toks
            kn = known if caps else known_mixed
            hidden = hidden_caps if caps else hidden_mixed
            if hidden:
                for ps, p in st.tk.pieces():
                    q = strip_punct(p)
                    if caps:
                        if q not in hidden:
                            continue
                    elif not (q[:1].isupper() and q[1:2].islower()
                              and ((k := L.key(q)) in hidden or k[:-2] in hidden or k.partition("-")[0] in hidden)):  # "Cable's"
                        continue  # mixed case: "Cable" after "Vince Cable", not "cable"
                    u = st.tk.piece_token(ps)
                    if u is not None and u.key in hidden:
                        if not caps and u.flags & L.TOP:
                            prev = st.tk.word_before(u)
                            if prev is None or prev[-1] in ".!?:;\"”“-":
                                continue  # a sentence's first word: "Cable" may be the word
                        if toks is st.toks:
                            toks = list(toks)  # (one copy per run: appending to a fresh copy each time was quadratic)
                        toks.append(u)
                        u.index = -1
            for t in toks:
                if t.index in st.taken or t.key not in kn:
                    if caps and t.key in known_caps and t.index not in st.taken \
                            and (_said_after(st.tk, t) or _subject_after_clause(st.tk, t)):
                        mentions.append(_mention(st.run, [t], 0.8, ["propagation", "context:speech"]))
                    elif "-" in t.key and t.index not in st.taken \
                            and not (not caps and t.sent and lex.flags(t.key.partition("-")[0]) & L.TOP):
                        # (not "Brown-field sites were sold": a sentence's first word)
                        for part in _hyphen_names(t, kn, lex):
                            mentions.append(_mention(st.run, [part], 0.8, ["propagation", "hyphenated"]))
                    elif caps and t.key in known_given and (t.index not in st.taken or t.index in st.weak) \
                            and (st.tk.title_at.get(t.index, _NO_TITLE)[0] or _said_after(st.tk, t)) \
                            and not (t.index + 1 < len(toks) and toks[t.index + 1].join
                                     and not toks[t.index + 1].flags & (L.ANYWORD | L.TYPO | L.WORDSHAPE)):
                        # a given name alone after a title or before a verb: "GENERAL JAMA COMMANDED"
                        mentions.append(_mention(st.run, [t], 0.8, ["propagation", "given-name-alone"]))
                    continue
                if t.shape in (LOWER, INITIAL) or (not caps and t.shape == UPPER and t.flags & L.ANYWORD):
                    continue
                if t.flags & L.TOP and not caps and t.sent \
                        and not (_said_after(st.tk, t) or _subject_after_clause(st.tk, t)):
                    continue  # a sentence's first word ("Cable"), unless it speaks ("Fox said", "Fox, who")
                if t.flags & L.PLACE and not lex.flags(t.key) & L.PLACE \
                        and not (t.index > 0 and toks[t.index - 1].flags & L.PARTICLE
                                 and (toks[t.index - 1].key not in _SAINTS or t.key in saint_known)):
                    continue  # a word of a place phrase ("Sao Paulo" after "Paulo Coelho"; not "de la Vega")
                if _named_after(st.tk, t):
                    continue  # "(IMMAM MOHAMMAD) BIN SAUD UNIVERSITY" after "KING SAUD"
                name_before = _name_word_before(st, t, pairs) if caps else None
                if name_before is not None:
                    mentions.append(_mention(st.run, [name_before, t], 0.8, ["propagation", "given-name"]))
                    st.taken.add(name_before.index)
                else:
                    pre = _particles_before(toks, t, t.key in saint_known) or _initials_before(toks, t)
                    g = _cut_at_gaps(st.run, pre + [t], cable.text, keep_last=True) if pre else [t]
                    mentions.append(_mention(st.run, g, 0.8, ["propagation"], names=[t]))
    mentions.extend(extra)
    mentions.extend(tag_mentions)
    mentions.sort(key=lambda m: (m.span.start, -m.span.end))
    out: list[Mention] = []
    last_end = -1
    src = cable.text
    ayn: set[str] | None = None  # names the cable writes with a final ayn, looked for when needed
    for mn in mentions:
        if mn.span.start < last_end:
            continue  # nested in an earlier mention (a slot and a prose pass can overlap)
        end = mn.span.end
        if src[end:end + 2] in ("'S", "'s") and mn.text.rfind("'") > mn.text.rfind(" ") + 1:
            if ayn is None:
                ayn = set(_AYN_WORD.findall(src))
            if mn.text.rpartition(" ")[2] + "'" in ayn:
                end += 1  # "JA'JA'S" where the cable writes "JA'JA'." too: the final ayn is the name's
        if end != mn.span.end:
            mn = Mention(mn.text + src[mn.span.end:end], Span(mn.span.start, end), mn.confidence, mn.cues, mn.keys,
                         mn.region, mn.paragraph)
        out.append(mn)
        last_end = end
    return out


def _initials_before(toks: list[Token], t: Token) -> list[Token]:
    """Initials right before a family name found again: "J. J. RAWLINGS" after "RAWLINGS"."""
    out: list[Token] = []
    i = t.index
    cur = t
    while 0 < i < len(toks) and toks[i] is cur and cur.join and len(out) < 3:
        prev = toks[i - 1]
        if prev.shape != INITIAL or not prev.dot or prev.key in _DOTTED_ABBREV or len(prev.key) > 1:
            break  # (single letters only: "A.M. RAWLINGS", "U.K. RAWLINGS" are no initials)
        out.insert(0, prev)
        cur = prev
        i -= 1
    return out


def _hyphen_names(t: Token, known: set[str], lex: L.Lexicon) -> list[Token]:
    """The known family names in a word joined by hyphens to other names or to a common word
    ("KIRCHNER-BUSH TALKS", "DUHALDE-APPOINTED", "Putin-Medvedev"): one token per name part."""
    texts = t.text.split("-")  # (a prefix is no part of the token: "ANTI-FUJIMORI" is "FUJIMORI")
    if len(texts) > 4 or len(texts) < 2 or L.key(texts[0]) not in known:
        return []  # (names first: "LOCKHEED-MARTIN", "League-Nawaz" name a company, a party)
    out: list[Token] = []
    off = 0
    word_seen = False
    for w in texts:
        n = len(w)
        p = L.key(w)
        if p in known and not word_seen:
            out.append(Token(t.start + off, t.start + off + n, w, p, L.SUR, t.shape, t.ps, ""))
        elif len(p) >= 2 and lex.flags(p) & L.ANYWORD:
            word_seen = True  # ("DUHALDE-APPOINTED": the words come after the names)
        else:
            return []  # a part that is no known name and no common word: the word is something else
        off += n + 1
    return out


def _plain_given(t: Token) -> bool:
    """A listed given name that is no word of any list: "MICHAEL", not "POLO" or "SANTA"."""
    return bool(t.flags & L.GIVEN) and not t.flags & (L.ANYWORD | L.FOREIGN | L.PLACE | L.TITLE | L.JARGON | L.ORG
                                                      | L.PARTICLE)


def _named_after(tk: Tokens, t: Token) -> bool:
    """The word is followed by a capitalised institution noun: a place named after the person."""
    if t.poss or tk.text[t.end:t.end + 1] != " ":
        return False
    nxt = tk.word_after(t)
    if nxt is None:
        return False
    core = nxt.rstrip(",.;:)")
    return core[:1].isupper() and L.key(core) in _INSTITUTION


_WEAK_THING: Final = frozenset(("thing-context:a", "thing-context:an"))
_ONCE_THING: Final = frozenset(("thing-context:the",))


def _bare_mention(c: _Cand) -> bool:
    """One ALL CAPS word with no cue but itself (unlisted, or in a name list only)."""
    return len(c.toks) == 1 and len(c.cues) == 1 and c.cues[0] in _LONE_CUES


_LONE_CUES: Final = frozenset(("unknown-word", "given-name-list", "surname-list", "name-list-ambiguous"))


def _bare_use(tk: Tokens, t: Token) -> bool:
    """The word ends its phrase: punctuation or a function word follows ("THE FUNCINPEC WILL
    JOIN", "IN THE ROTA, SHIPS"), not a noun it qualifies ("THE GORBACHEV REFORMS")."""
    after = tk.text[t.end:t.end + 1]
    if after == "" or after in ",.;:)\"”":
        return True
    nxt = tk.word_after(t)
    return after == " " and nxt is not None and L.key(strip_punct(nxt)) in _PHRASE_END


_PHRASE_END: Final = frozenset("TO OF IN ON AT BY FOR WITH FROM BUT IS WAS ARE WERE HAS HAVE HAD WILL WOULD "
                               "SHOULD COULD CAN MAY MIGHT MUST AS THAT WHICH ALSO".split())


def _person_sign(tk: Tokens, t: Token) -> bool:
    """A possessive ("QADHAFI'S", "CHAVEZ' VIEWS"), a person's rule or fate after the word ("THE
    CHAVEZ ADMINISTRATION", "THE LITVINENKO POISONING") or before it ("THE MURDER OF LITVINENKO")."""
    if t.poss or tk.text[t.end:t.end + 1] in ("'", "’") and tk.text[t.end + 1:t.end + 2] in ("", " ", ",", "."):
        return True
    nxt = tk.word_after(t)
    if nxt is not None and tk.text[t.end:t.end + 1] == " " and L.key(strip_punct(nxt)) in _PERSON_SIGN:
        return True
    return not t.lead and L.key(tk.word_before(t) or "") == "OF" \
        and L.key(strip_punct(tk.word_before(t, 2) or "")) in _FATE


# A person's rule or fate next to the word (not "CASE", "AFFAIR", "CAMPAIGN": "THE YUKOS AFFAIR",
# "CYBER CAMPAIGN").
_PERSON_SIGN: Final = _FATE | (_RULE_HEAD - {"CAMP", "CAMPAIGN"}) | {"PRESIDENCY"}


def _thing_words(cands: list[tuple[_RunState, _Cand]], known: set[str]) -> set[str]:
    """ALL CAPS words the cable uses as a thing, group or place somewhere ("THE FUNCINPEC WILL
    JOIN", "IN WESTERN SLAVONIA") and never with a sign of a person: their other bare mentions,
    with no cue of their own, are the same thing ("THE SOC, FUNCINPEC, AND THE KPNLF").
    A sign of a person anywhere keeps them: a cue of its own, a possessive, a longer name holding
    the word ("YOWERI MUSEVENI ... THE MUSEVENI OF 1986 ... MUSEVENI WON")."""
    thing: set[str] = set()
    once: set[str] = set()
    person: set[str] = set()
    for st, c in cands:
        if len(c.toks) != 1:
            if c.conf >= MIN_CONFIDENCE:
                person.update(t.key for t in c.toks)
            continue
        if not st.run.caps:
            continue
        k = c.toks[0].key
        if any(cue.startswith(_THING_CUES) and cue not in _WEAK_THING or cue == "place-list" for cue in c.cues):
            # (not after A / AN: "A CHAVEZ TIRADE"; after THE or before a group noun only when the
            # word ends its phrase, or twice: "THE GORBACHEV REFORMS", "GULBUDDIN FIGHTERS" may be the man's)
            if k in once or _bare_use(st.tk, c.toks[0]) \
                    or not any(cue in _ONCE_THING or cue.startswith("group-context") for cue in c.cues):
                thing.add(k)
            once.add(k)
        elif not _bare_mention(c) or _person_sign(st.tk, c.toks[0]):
            person.add(k)
    return thing - person - known


_ALIAS: Final = re.compile(r"[ ]?+\((?P<a>[A-Z]{2,5}+)\)")


def _acronyms(prepared: list[tuple[Run, bool, Tokens]], lex: L.Lexicon) -> set[str]:
    """Words the cable shows to be acronyms; in its ALL CAPS text they are then no names.

    Two kinds of evidence: an acronym spelt out where it is introduced ("INTERNATIONAL SECURITY
    ASSISTANCE FORCE (ISAF)", by words that are not names: "SHER MOHAMMAD AKHUNDZADA (SMA)" is a
    person), and a word the mixed-case prose writes in capitals and never capitalised ("GTMO",
    "KORUS"; a word after a title, "Ambassador SMITH", is no evidence).
    """
    defined: set[str] = set()
    for run, slot, tk in prepared:
        text = run.prose.text
        if "(" in text:
            for m in _ACRONYM_DEF.finditer(text):
                if _spelt_out(m[1], text[max(0, m.start() - 160):m.start()], lex):
                    defined.add(m[1])
    upper: set[str] = set()
    capital: set[str] = set()
    for run, slot, tk in prepared:
        if run.caps or slot or run.kind != PROSE:
            continue
        title_at = tk.title_at
        for t in tk.toks:
            if t.shape == UPPER:
                if len(t.key) <= 6 and t.index not in title_at:
                    upper.add(t.key)
            elif t.shape == CAPITAL:
                capital.add(t.key)
    return (upper - capital) | defined


def _spelt_out(acronym: str, before: str, lex: L.Lexicon) -> bool:
    """True when the words before "(ACRONYM)" spell it out and are mostly not names."""
    words = [L.key(strip_punct(w)) for w in before.split()[-(2 * len(acronym) + 2):]]
    words = [w for w in words if w]
    letters = acronym
    used = []
    for w in reversed(words):
        if not letters:
            break
        if w in _ACRONYM_SKIP and w[0] != letters[-1]:
            continue
        if w[0] != letters[-1]:
            return False
        letters = letters[:-1]
        used.append(w)
    if letters or len(used) < 2:
        return False
    personal = sum(1 for f in map(lex.flags, used) if f & L.NAME and not f & (L.ANYWORD | L.ORG))
    return personal * 2 < len(used)


def _aliases(cands: list[tuple[_RunState, _Cand]], states: list[_RunState]) -> list[Mention]:
    """Initials given to a full name ("Sher Mohammad Akhunzada (SMA)") name that person wherever used."""
    found: set[str] = set()
    for st, c in cands:
        if c.conf < MIN_CONFIDENCE or len(c.names) < 2:
            continue
        text = st.tk.text
        end = c.toks[-1].end
        if text[end:end + 2] not in (" (", "(") and text[end:end + 3] != "'s ":
            continue
        m = _ALIAS.match(text, end)
        if m and (m["a"] == "".join(t.key[0] for t in c.names)
                  or m["a"] == "".join(t.key[0] for t in c.toks if t.shape != INITIAL)):
            found.add(m["a"])  # "Mohammed bin Naif (MBN)": the particle may give a letter too
    out: list[Mention] = []
    if not found:
        return out
    seen: set[int] = set()
    for st in states:
        run = st.run
        if id(run) in seen:
            continue
        seen.add(id(run))
        text = run.prose.text
        for a in found:
            i = text.find(a)
            while i >= 0:
                e = i + len(a)
                if (i == 0 or not text[i - 1].isalnum()) and (e == len(text) or not text[e].isalnum()):
                    out.append(Mention(a, run.prose.source_span(i, e), 0.8, ["alias"], (a,), run.kind, run.number))
                i = text.find(a, e)
    return out


def _appended_signature(st: _RunState) -> _Cand | None:
    """A signature glued to the last paragraph of a mixed-case cable: "... the nomination. FEINSTEIN"."""
    if st.run.caps:
        return None
    if not st.toks:
        return None
    t = st.toks[-1]
    if (t.index in st.taken and t.index not in st.weak) or t.shape != UPPER or len(t.key) < 3 or t.poss:
        return None
    if t.flags & (L.JARGON | L.TITLE | L.PLACE) or (t.flags & L.TOP and not t.flags & L.NAME):
        return None
    prev = st.tk.word_before(t)
    if prev is None or prev[-1] not in ".!?\"”)":
        return None
    if st.run.prose.text[t.end:].strip(" .") != "":
        return None
    return _Cand([t], 0.8, ["signature"])


def _tag_persons(cable: Cable) -> list[Mention]:
    out: list[Mention] = []
    if cable.tags is None:
        return out
    for tag in cable.tags.tags:
        person = tag.person
        if not person:
            continue
        i = cable.text.find(person, tag.span.start, tag.span.end + len(person) + 4)
        if i < 0:
            continue
        keys = tuple(L.key(p.strip(" .")) for p in person.replace(",", " ").split() if p.strip(" ."))
        out.append(Mention(person, Span(i, i + len(person)), 0.95, [f"tag:{tag.code}"], keys[:1], "tags"))
    return out




def _particles_before(toks: list[Token], t: Token, saint: bool = False) -> list[Token]:
    """The particles written right before ``t`` ("DE LOS" of "DE LOS SANTOS", "San" of "San Gil"),
    which stand with a family name found by propagation (the name is "DE VENECIA", not "VENECIA")."""
    i = t.index
    if i <= 0 or i >= len(toks) or toks[i] is not t:
        return []
    out: list[Token] = []
    nxt = t
    while i > 0 and len(out) < 3 and nxt.join and not nxt.lead:
        p = toks[i - 1]
        if p.poss or not p.flags & L.PARTICLE or p.key not in _CHAIN and not (saint and p.key in _SAINTS):
            break
        out.insert(0, p)
        nxt = p
        i -= 1
    while out and out[0].key in _ARTICLES:
        out.pop(0)  # "LOS SANTOS" alone: an article opens no family name
    return out




def _given_word(t: Token) -> bool:
    return bool(t.flags & L.GIVEN and not t.flags & L.TOP)


def _mark_saint_places(tk: Tokens) -> None:
    """"SAN ISIDRO", "SANTA CRUZ", "SAN MARTIN DE PORRES": a saint's name opening a phrase names a
    place or an institution, unless a name or a title comes first ("Maria San Gil", "GENERAL SAN
    MARTIN")."""
    toks = tk.toks
    n = len(toks)
    for i in range(n - 1):
        t = toks[i]
        if t.key not in _SAINTS or t.shape == LOWER or not toks[i + 1].join or t.poss or i in tk.title_at \
                or i > 0 and t.join and _given_word(toks[i - 1]) \
                or i > 1 and t.join and toks[i - 1].key in _SURNAME_PARTICLES and toks[i - 1].join \
                and toks[i - 2].flags & L.NAME and not toks[i - 2].flags & L.TOP:
            continue  # "Maria San Gil", "Fulgencio Coll de San Simon"
        toks[i + 1].flags |= L.PLACE
        k = i + 2
        while k < n and k - i < 5 and toks[k].join and toks[k].flags & L.PARTICLE and toks[k].key in _CHAIN:
            k += 1
        if k > i + 2 and k < n and toks[k].join:
            for m in range(i + 2, k + 1):
                toks[m].flags |= L.PLACE  # "DE PORRES" of "SAN MARTIN DE PORRES"


def _mark_places(tk: Tokens) -> None:
    """Multi-word places ("El Salvador", "Hong Kong") become one place: flag their words."""
    toks = tk.toks
    lex = tk.lex
    prev_words = lex.phrase_prev
    for t in toks:
        if t.key in prev_words and not t.join and not t.flags & L.PLACE and not t.lead:
            before = tk.word_before(t)  # (a word that is no token: the pass below sees the others)
            if before is not None and before[-1:].isalpha() and (bk := L.key(strip_punct(before))) in prev_words[t.key] \
                    and not lex.flags(bk) & L.TITLE and bk not in ("SAINT", "ST"):  # ("SAINT THOMAS THE APOSTLE")
                t.flags |= L.PLACE  # "Port Harcourt": PORT is no token
    first = lex.phrase_first
    if first.isdisjoint([t.key for t in toks]):
        return  # the common case: no word starts a place phrase
    phrases = lex.phrases
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if t.key in first:
            best = 0
            k = t.key
            for j in range(i + 1, min(n, i + 4)):
                if not toks[j].join:
                    break
                k = k + " " + toks[j].key
                if k in phrases:
                    best = j
            if best and not (i > 1 and t.join and t.key in _ARTICLES and toks[i - 1].key in _SURNAME_PARTICLES
                             and toks[i - 1].join and toks[i - 2].flags & L.GIVEN):
                for j in range(i, best + 1):
                    toks[j].flags |= L.PLACE
                i = best
            elif best:
                i = best  # "JOEL DE LOS SANTOS": after a given name and DE, a place is a family name
            elif _phrase_in_text(tk, t, phrases):
                t.flags |= L.PLACE  # the rest are words no name holds: "MLADA FRONTA"
        i += 1


def _phrase_in_text(tk: Tokens, t: Token, phrases: frozenset[str]) -> bool:
    """A place phrase starts at ``t`` in the run's text (its other words need not be tokens)."""
    if t.poss:
        return False
    t2 = tk.t2
    e = t.end
    if t2[e:e + 1] != " ":
        return False  # punctuation after the first word ends the phrase
    f = t2.find(" ", e + 1)
    second = tk.lex.phrase_second.get(t.key)
    if second is None or L.key(strip_punct(t2[e + 1:] if f < 0 else t2[e + 1:f])) not in second:
        return False  # (cheap test first: the second word of some phrase with this first word)
    k = t.key
    rest = t2[e:e + 80].split(" ")
    if rest and rest[0] == "":
        rest = rest[1:]
    for p in rest[:3]:
        w = strip_punct(p)
        if not w:
            break
        k = k + " " + L.key(w)
        if k in phrases:
            return True
        if w != p:
            break  # a phrase does not run on past punctuation
    return False
