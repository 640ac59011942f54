"""The word classes the name detector looks tokens up in, built once per vocabulary set.

Every look-up key is the upper-case, accent-free form of a token (``key()``). ``Lexicon.flags``
gives a bit set per key and caches it, so each distinct word is classified once per process.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Final

GIVEN: Final = 1  # a given name
SUR: Final = 2  # a family name
TITLE: Final = 4  # a title or role word written before a name
WEAK_TITLE: Final = 8  # a role word that is also an ordinary noun ("head", "chief")
PARTICLE: Final = 16  # de, van, bin, al ...
TOP: Final = 32  # a very frequent English word
WORD: Final = 64  # a common English word (or derived from one)
FOREIGN: Final = 128  # a common Spanish/French/Portuguese/Italian/German word
PLACE: Final = 256  # country, city, region, nationality
ORG: Final = 512  # makes a phrase an organisation/place/thing
JARGON: Final = 1024  # cable jargon, markings, months, acronyms, TAGS codes
WORDSHAPE: Final = 2048  # looks like an English derivation (-tion, -ment, -ing ...)
TYPO: Final = 4096  # one edit away from a common word ("BECUASE"): a typo in ALL CAPS text
FAMILY_FIRST: Final = 8192  # a Chinese or Korean family name, written before the given name
RARE: Final = 16384  # a rare English word ("exculpate"): classified as WORD, but not used to spot typos
TOWN: Final = 32768  # a town no name list knows ("BARENTU", "Sderot"): alone no name, next to a name part of it

# Written abbreviations of given names ("Wm. Burns"): given names, and their full stop ends no sentence.
NAME_ABBREV: Final = frozenset("WM CHAS THOS JAS ROBT JNO BENJ SAML EDW".split())

NAME: Final = GIVEN | SUR
NEVER: Final = JARGON | ORG | TITLE  # never part of a name
ANYWORD: Final = TOP | WORD

VOCABS = {
    "names-given": GIVEN,
    "names-surnames": SUR,
    "names-surnames-first": FAMILY_FIRST,
    "names-titles": TITLE,
    "names-titles-weak": WEAK_TITLE,
    "names-particles": PARTICLE,
    "names-words-top": TOP,
    "names-words": WORD,
    "names-words-rare": RARE,
    "names-words-foreign": FOREIGN,
    "names-places": PLACE,
    "names-towns": TOWN,
    "names-orgs": ORG,
    "names-jargon": JARGON,
}

# Syllables of the personal names of a country (by TAGS code) that are read as names only in its
# cables: "SAW MAUNG", "TEA BANH".
SYLLABLES = {"BM": "names-syllables-burmese", "CB": "names-syllables-khmer"}

# English derivational endings: a token ending so (and long enough) is a word, not a name.
_WORD_ENDINGS = (
    ("TIONS", 7), ("TION", 6), ("SIONS", 7), ("SION", 6), ("MENTS", 7), ("MENT", 6), ("NESS", 6),
    ("ITIES", 7), ("ITY", 6), ("ISMS", 6), ("ISM", 6), ("ISTS", 6), ("ABLE", 6), ("IBLE", 6),
    ("IOUS", 6), ("EOUS", 6), ("IZED", 6), ("ISED", 7), ("IZING", 7), ("IZES", 6), ("ALLY", 6),
    ("FULLY", 7), ("ICAL", 6), ("INGS", 7), ("ING", 7), ("SHIP", 7), ("SHIPS", 8), ("WARD", 7),
    ("WISE", 7), ("ATIVE", 7), ("ATED", 7), ("ATES", 7), ("ERLY", 7), ("ENCY", 7), ("ANCY", 7),
    ("ENCE", 7), ("ANCE", 7), ("IST", 7), ("ISTS", 7), ("ARIAN", 8), ("ARIANS", 9), ("ISTIC", 7),
    ("PHOBIC", 8), ("PHILE", 8), ("OLOGY", 7), ("OLOGIST", 9), ("ICISM", 8), ("IFIED", 7),
    ("OUSLY", 7), ("IVELY", 7), ("ABLY", 7), ("IZE", 7), ("ORIAL", 8), ("ATORS", 8),
    ("IACAL", 8), ("ILLED", 8), ("IONAL", 8), ("IONALLY", 10), ("PHONE", 8), ("PHONES", 9),
)
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# Inflection and prefix stripping: a token that reduces to a known word is a word.
_SUFFIXES = (
    ("IES", "Y"), ("IED", "Y"), ("IER", "Y"), ("IEST", "Y"), ("ILY", "Y"), ("VES", "F"), ("VES", "FE"),
    ("ES", ""), ("S", ""),
    ("ED", ""), ("ED", "E"), ("D", ""), ("ING", ""), ("ING", "E"), ("ER", ""), ("ERS", ""),
    ("LY", ""), ("ALLY", ""), ("NESS", ""), ("MENT", ""), ("MENTS", ""), ("'S", ""),
)
# Endings of company names built from words ("Rosneft", "Gazprom", "Sberbank", "Aeroflot"); no
# personal name ends so.
_COMPANY_ENDINGS = ("NEFT", "NEFTEGAZ", "GAZ", "PROM", "BANK", "FLOT", "TELECOM", "ATOM", "EXPORT",
                    "IMPORT", "OIL", "NEFTEKHIM", "STROY", "STROI", "ENERGO", "INVEST", "HOLDING")
# Countries ending in I, O or U whose people are named with -AN.
_VOWEL_COUNTRIES: Final = frozenset("BRUNEI DJIBOUTI MALI HAWAII HAITI MALAWI BURUNDI TOGO CONGO MONACO MOROCCO "
                                    "MEXICO KOSOVO PERU NAURU TUVALU VANUATU FIJI".split())
CACHE_MAX: Final = 100_000  # words (and, per reading mode, text pieces) remembered; then forgotten at once
_MAX_SPLIT: Final = 40  # longer "words" are not split or edited letter by letter (that cost grows with the square)
_DOUBLING = frozenset(("ED", "ING", "ER", "ERS"))
# Look-alike letters that scanned (OCR'd) cables confuse, and the letter they stand for.
_MISREAD: Final = {"L": "I", "V": "Y", "O": "G", "Q": "GO", "'": "T"}  # (tokens hold no digits)
# Combining forms of place names in compounds ("SINO-INDIAN", "ETHIO-LIBYAN").
_COMBINING: Final = frozenset("SINO INDO ANGLO FRANCO AFRO EURO RUSSO ETHIO SYRO ISRAELO ITALO HISPANO GRECO "
                              "TURCO IRANO LUSO AUSTRO SOVIETO SERBO CROATO ARABO PERSO NIPPO KOREO".split())
# Endings that make a person's name a word for followers, doctrine or era ("PERONIST", "RAELIAN").
_FOLLOWER_SUFFIXES: Final = ("ISTAS", "ISTA", "ISTS", "IST", "ISM", "IANS", "IAN", "ITES", "ITE")


def follower_suffix(k: str) -> str:
    for sfx in _FOLLOWER_SUFFIXES:
        if k.endswith(sfx):
            return sfx
    return ""


_SHORT_PARTS: Final = frozenset(("UP", "IN", "ON", "BY"))  # run into a word: "SHAKEUP", "BYLINED"
_FUNCTION_WORDS: Final = frozenset("TO OF IN ON AT BY UP FOR WITH FROM AND OR BUT IS WAS ARE WERE HAS HAVE HAD NOT AS "
                                   "WILL WOULD".split())  # (no pronouns: "BETHE", "HEWITT")


_DETERMINERS: Final = frozenset("THE THIS THAT THESE THOSE THEIR ITS WHICH".split())


_NUMBER_WORDS: Final = frozenset("ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN".split())


def _function_pair(k: str) -> bool:
    """A function word run into a determiner ("UPTHE", "TOTHIS"), a typing or transmission slip,
    or two digits spelt out ("SIXTWO" in a routing line). (Not any two: "FROMAN", "ASHE" are family
    names.)"""
    for i in range(2, len(k) - 2):
        a, b = k[:i], k[i:]
        if a in _FUNCTION_WORDS and b in _DETERMINERS or a in _NUMBER_WORDS and b in _NUMBER_WORDS:
            return True
    return False
_PREFIXES = ("SUB", "CO", "CO-", "VICE", "ANTI", "ANTI-", "NON", "NON-", "PRE", "POST", "RE", "UN",
             "INTER", "MULTI", "COUNTER", "SELF-", "OVER", "UNDER", "OUT", "MIS", "DIS", "SEMI",
             "MID", "EX-", "PRO-", "PRO", "TRANS", "MICRO", "MACRO", "MEGA", "SUPER", "ULTRA",
             "PARA", "QUASI", "PSEUDO", "NEO", "NEO-", "EURO", "AFRO", "BIO", "ELECTRO", "AGRO", "HYDRO",
             "PETRO", "NARCO", "TELE")


def key(text: str) -> str:
    """Look-up key: upper case, accents dropped, curly apostrophes straightened."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        text = text.replace("’", "'").replace("‘", "'")
    return text.upper()


class Lexicon:
    def __init__(self, sets: dict[int, frozenset[str]], countries: frozenset[str] = frozenset(),
                 tags: frozenset[str] = frozenset(), syllables: dict[str, frozenset[str]] | None = None):
        self.sets = sets
        # TAGS codes, to recognise a country code run into a subject tag ("VTPREL", "ITPHUM").
        self._countries = countries
        self._tags = tags
        self._cache: dict[str, int] = {}
        self.syllables: dict[str, frozenset[str]] = syllables or {}  # country code -> name syllables (SYLLABLES)
        # Per reading mode (mixed case, ALL CAPS, every word): what each distinct piece yields.
        self.piece_cache: tuple[dict, dict, dict] = ({}, {}, {})
        places = sets.get(PLACE, frozenset())
        # Multi-word places ("EL SALVADOR"): the phrases and the words that start one.
        self.phrases = frozenset(" ".join(p.split()) for p in places if " " in p and len(p.split()) <= 4)
        self.phrase_first = frozenset(p.split()[0] for p in self.phrases)
        second: dict[str, set[str]] = {}
        prev: dict[str, set[str]] = {}
        for p in self.phrases:
            pw = p.split()
            second.setdefault(pw[0], set()).add(pw[1])
            if len(pw) == 2:
                prev.setdefault(pw[1], set()).add(pw[0])
        self.phrase_second: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in second.items()}
        # Two-word places by their last word, for a first word that is no token ("Port Harcourt").
        self.phrase_prev: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in prev.items()}
        get = sets.get
        e: frozenset[str] = frozenset()
        names = get(GIVEN, e) | get(SUR, e) | get(PARTICLE, e)
        # Words that can never be part of a name: ALL CAPS text keeps only the others as tokens.
        self.never = frozenset((get(TOP, e) | get(WORD, e) | get(RARE, e) | get(JARGON, e) | get(ORG, e)
                                | get(TITLE, e) | get(FOREIGN, e) | places) - names)
        # Piece class by written form: 0 never a name (dropped), 1 title, 3 weak title; missing: a
        # token. Holds the upper-case form and the capitalised one ("The", "Minister").
        cls: dict[str, int] = {}
        foreign_only = get(FOREIGN, e) - get(TOP, e) - get(WORD, e) - get(RARE, e) - get(JARGON, e) - get(ORG, e) \
            - places
        for w in self.never:
            cls[w] = 0
            if w not in foreign_only:  # a capitalised foreign word mid-sentence may be a name
                cls[w.capitalize()] = 0
        weak = get(WEAK_TITLE, e)
        for w in get(TITLE, e) | weak:  # (a weak title may be no title otherwise: "SHAH")
            c = 3 if w in weak else 1
            cls[w] = c
            cls[w.capitalize()] = c
        self.piece_class = cls
        # Look-ups for the derivation, compound and typo tests (callables: see _In).
        self._common = _In(get(TOP, e), get(WORD, e))
        self._common_or_rare = _In(get(TOP, e), get(WORD, e), get(RARE, e))
        # Abbreviations after which a period does not end a sentence.
        self.abbrev = frozenset(k for k in get(TITLE, e) if len(k) <= 5) | frozenset(
            ("U.S", "ST", "NO", "JR", "SR", "CO", "INC", "VS", "ETC", "U.N", "U.K", "E.G", "I.E")) | NAME_ABBREV

    def has(self, flag: int, k: str) -> bool:
        return k in self.sets.get(flag, ())

    def flags(self, k: str) -> int:
        f = self._cache.get(k)
        if f is None:
            if len(self._cache) >= CACHE_MAX:
                self._cache.clear()  # bounded memory on corpora with millions of distinct words
            f = self._cache[k] = self._classify(k)
        return f

    def _raw(self, k: str) -> int:
        f = 0
        for flag, s in self.sets.items():
            if k in s:
                f |= flag
        return f

    def _classify(self, k: str) -> int:
        f = self._raw(k)
        if k in NAME_ABBREV:
            f |= GIVEN
        if f & RARE:
            f |= WORD
        if len(k) >= 3 and k.strip("X") == "":
            return JARGON  # redaction mark
        if "-" in k and not f:
            parts = [p for p in k.split("-") if p]
            if len(parts) >= 2:
                # (a part without its full stops: "U.S.-LIBYAN"; a word derived from a listed one: "-SUPPLIED")
                pf = [self._raw(p) or self._raw(p.rstrip(".")) or (WORD if len(p) >= 5 and self._derived(p) else 0)
                      for p in parts]
                if all(p & PLACE or q in _COMBINING for p, q in zip(pf[:-1], parts)) and pf[-1] & PLACE:
                    # "Arab-Israeli", "ETHIO-LIBYAN", "SINO-INDIAN": places; when every part is a name
                    # too, a family name as well ("JUAN VALENCIA-CORDOBA": a given name vouches for it)
                    f |= PLACE | (SUR if all(p & NAME for p in pf) else 0)
                elif pf[0] & PARTICLE and len(parts[0]) <= 3:  # al-Megrahi, bin-Laden
                    f |= pf[-1] & (GIVEN | SUR)
                    if pf[-1] & ANYWORD and not pf[-1] & NAME and len(parts[-1]) >= 4:
                        # "DAS-EQUIVALENT", "al-Birr": a word; but "son of" stands only in names ("bin-Laden")
                        f |= SUR | WORD if parts[0] in ("BIN", "IBN", "BINT") else WORD
                    if pf[-1] & JARGON and not pf[-1] & NAME:
                        f |= JARGON  # "al-Aqsa", "al-Qaida": no name
                    elif not pf[-1] & (ANYWORD | PLACE):
                        f |= SUR
                elif all(p & (GIVEN | SUR) and not p & TOP for p in pf):
                    f |= SUR  # Mesbah-Yazdi, Garcia-Luna
                elif all(p & (JARGON | TITLE) and not p & NAME for p in pf):
                    f |= JARGON  # offices and posts joined: "EUCOM-CHOD", "US-EU"
                elif any(p & (ANYWORD | JARGON | PLACE) and not (p & NAME and not p & ANYWORD) for p in pf):
                    f |= WORD  # Anti-TIP, U.S.-Polish, long-term
                elif all(len(q) >= 4 and not p & NAME and self._derived(q) for p, q in zip(pf, parts)):
                    f |= WORD  # words derived from listed ones: "SPIRITUALLY-INFLUENCED"
        if not f & (ANYWORD | NAME | PLACE):
            head, _, tail = k.partition("'")
            if len(head) >= 2 and len(tail) >= 3 and (g := self._raw(head + tail) & (ANYWORD | PLACE | JARGON)):
                return f | g  # "SHI'ITE" is "SHIITE" (a contraction is not: "DIDN'T")
            if head in ("AL", "EL") and len(tail) >= 3 and (g := self.flags(head + "-" + tail) & (PLACE | JARGON)):
                return f | g  # "AL'ITTIHAD" is "AL-ITTIHAD"
            if head in ("D", "L") and len(tail) >= 4 and self._raw(tail) & (ANYWORD | FOREIGN) \
                    and not self._raw(tail) & NAME:
                return f | WORD  # a French article before a word: "D'HORIZON", "D'AFFAIRES" (not "D'ALEMA")
            if len(k) >= 4 and k[-1] == "S" and self._raw(k[:-1]) & JARGON:
                return f | JARGON  # an acronym's plural written in capitals: "UNSCRS", "PRTS"
            if 6 <= len(k) <= 8 and k[:2] in self._countries and k[2:] in self._tags:
                return f | JARGON  # TAGS codes run together: "VTPREL" (VT PREL)
            if self._demonym(k):
                return f | PLACE  # "Kazakhstani", "Mallorcan": a people's name made from a place's
            if len(k) >= 7 and k.endswith(_COMPANY_ENDINGS):
                return f | JARGON  # "ROSNEFT", "SURGUTNEFTEGAZ", "SBERBANK": company names
            if len(k) >= 7 and (sfx := follower_suffix(k)) and not sfx.startswith("IAN") \
                    and self._raw(k[:-len(sfx)]) & NAME:
                return f | WORD  # a person's followers or doctrine: "PERONISTS", "KHOMEINIST" (not
                # "SARKISIAN": -IAN makes Armenian and Persian family names)
            if self._derived(k):
                f |= WORD
            elif self._shape_word(k):
                f |= WORDSHAPE
            elif 5 <= len(k) <= _MAX_SPLIT and self._misread(k):
                f |= TYPO
            elif 4 <= len(k) <= 10 and k.isalpha() and _function_pair(k):
                f |= WORDSHAPE  # two small words run together: "UPTHE", "TOTHIS", "OFTHEIR"
            elif 7 <= len(k) <= _MAX_SPLIT and k.isalpha() and self._compound(k):
                f |= WORDSHAPE
            elif 6 <= len(k) <= _MAX_SPLIT and k.isalpha() and self._typo(k):
                f |= TYPO
        elif f & PLACE == 0 and k.endswith("S") and self._raw(k[:-1]) & PLACE and not f & NAME:
            f |= PLACE  # "Guatemalans"
        if not f & PLACE and k.endswith("S") and len(k) > 4 and self._raw(k[:-1]) & PLACE:
            if not f & NAME:
                f |= PLACE
        return f

    def _demonym(self, k: str) -> bool:
        """A place name + I after -STAN ("KAZAKHSTANI"), + N after -A ("MALLORCAN"), + AN after another
        vowel ("BRUNEIAN") or + ITE ("HEBRONITE"), maybe plural.

        (Not any place + I: "SHIRAZI", "NAJAFI", "BAGHDADI" are family names.)
        """
        plural = k.endswith("S")
        if plural:
            k = k[:-1]
        if len(k) < 6:
            return False
        if k.endswith("STANI"):
            return bool(self._raw(k[:-1]) & PLACE)
        if plural and k.endswith("ER") and len(k) >= 8 and self._raw(k[:-2]) & PLACE:
            return True  # "YEKATERINBURGERS", "BERLINERS" (in the plural: "HAMBURGER" is a name too)
        if k.endswith("ITE") and len(k) >= 8 and self._raw(k[:-3]) & PLACE:
            return True  # "HEBRONITES", "ISRAELITE"
        if k.endswith("AN"):
            if self._raw(k[:-1]) & PLACE:
                return True
            if k[:-2] in _VOWEL_COUNTRIES:
                return True  # a country ending in a vowel + AN: "BRUNEIAN", "MALIAN" (not any place: "AVADIAN")
            # A place + IAN only in the plural or after a dropped E ("BANJULIANS", "ZAIRIAN"):
            # "TEHRANIAN", "KASHANIAN" are family names.
            return k.endswith("IAN") and bool(plural and self._raw(k[:-3]) & PLACE or self._raw(k[:-3] + "E") & PLACE)
        return False

    def _derived(self, k: str) -> bool:
        known = self._common_or_rare
        if derivable(k, known):
            return True
        # Adverbs of derived forms ("REPEATEDLY" from "REPEATED" from "REPEAT"): the lists leave
        # out derivable forms, so these need a second step (only for -LY: "BELLINGER" stays a name).
        return k.endswith("LY") and len(k) > 6 and derivable(k[:-2], known)

    def _compound(self, k: str) -> bool:
        """Two common words of 4+ letters run together: "POLICYMAKERS", "SHAHPEOPLE"; or a word and
        an adverb particle after it: "SHAKEUP", "CONVEYEDIN"."""
        top = self.sets.get(TOP, frozenset())
        n = len(k)
        if k[-2:] in _SHORT_PARTS and len(k) >= 7 and self._part(k[:-2]):
            return True  # (not a particle first: "UPCHURCH", "BYWATER" are family names)
        for i in range(3, n - 2):
            a, b = k[:i], k[i:]
            if (len(a) >= 4 or a in top) and (len(b) >= 4 or b in top) and self._part(a) and self._part(b):
                return True
        return False

    def _part(self, w: str) -> bool:
        """A part of a run-together compound: a common word, jargon, or derived from a common word."""
        common = self._common
        return common(w) or w in self.sets.get(JARGON, frozenset()) or derivable(w, common)

    def _typo(self, k: str) -> bool:
        """One edit (drop, swap, change, add a letter) away from a common word: "BECUASE"."""
        known = self._common
        n = len(k)
        for i in range(n):
            w = k[:i] + k[i + 1:]
            if known(w) or derivable(w, known):
                return True
            if i + 1 < n:
                w = k[:i] + k[i + 1] + k[i] + k[i + 2:]
                if known(w) or derivable(w, known):
                    return True
            for c in _LETTERS:
                if c != k[i] and known(k[:i] + c + k[i + 1:]):
                    return True
        for i in range(n + 1):
            for c in _LETTERS:
                if known(k[:i] + c + k[i:]):
                    return True
        return n >= 8 and self._dropped_in_stem(k)

    def _dropped_in_stem(self, k: str) -> bool:
        """An inflected word with a letter dropped from its stem: "JORNEYED", "SHORAGES".

        (The ending is taken off first, so each stem is edited once: editing the whole word and
        deriving every edit costs twenty times more on a cold cache.)
        """
        known = self._common
        for suf, rep in _SUFFIXES:
            if k.endswith(suf) and len(k) > len(suf) + 3 and suf not in ("S", "ES"):  # (not "MORANTES")
                stem = k[:-len(suf)] + rep
                for i in range(len(stem) + 1):
                    for c in _LETTERS:
                        if known(stem[:i] + c + stem[i:]):
                            return True
        return False

    def _misread(self, k: str) -> bool:
        """A common word with one letter misread as a look-alike, as OCR'd cables have them:
        "PRLCE", "DAILV", "OVERNIOHT", "CONTRAVENLNG", "TRADINQ"."""
        known = self._common
        last = len(k) - 1
        for i, c in enumerate(k):
            rs = _MISREAD.get(c)
            if rs is None or (i == last and c == "O"):  # "ROSINO" is a name, not "ROSING"
                continue
            for r in rs:
                w = k[:i] + r + k[i + 1:]
                if known(w) or derivable(w, known):
                    return True
        if "Q" in k:
            # A whole cable read G as Q ("FIQHTINQ", "NEIQHBORINQ", "SENEQAL"): every Q without a U.
            w = "".join("G" if c == "Q" and k[i + 1:i + 2] != "U" else c for i, c in enumerate(k))
            if w != k and (known(w) or derivable(w, known) or self._raw(w) & PLACE):
                return True
        return False

    @staticmethod
    def _shape_word(k: str) -> bool:
        for end, n in _WORD_ENDINGS:
            if len(k) >= n and k.endswith(end):
                return True
        return False


class _In:
    """``w in`` any of some sets, as a callable for ``derivable``.

    (An object, not a closure: compiled closures make reference cycles, garbage that waits for
    the cyclic collector.)
    """

    __slots__ = ("sets",)

    def __init__(self, *sets: frozenset[str]):
        self.sets = sets

    def __call__(self, w: str) -> bool:
        for s in self.sets:
            if w in s:
                return True
        return False


def derivable(k: str, known) -> bool:
    """True when ``k`` is an inflection or prefixed form of a word for which ``known`` is true."""
    for suf, rep in _SUFFIXES:
        if k.endswith(suf) and len(k) > len(suf) + 2:
            base = k[: -len(suf)] + rep
            if len(base) >= 3 and known(base):
                return True
            if not rep and suf in _DOUBLING and base[-1] == base[-2] and base[-1] not in "AEIOU" \
                    and known(base[:-1]):
                return True  # "CONCURRED", "SHIPPING": the final consonant doubled
    for pre in _PREFIXES:
        if k.startswith(pre) and len(k) - len(pre) >= 4:
            rest = k[len(pre):]
            if known(rest) or any(rest.endswith(s) and len(rest) > len(s) + 2 and known(rest[: -len(s)] + r)
                                  for s, r in _SUFFIXES):
                return True
    return False


@lru_cache(maxsize=8)
def lexicon_for(vocab) -> Lexicon:
    """The lexicon of a ``checker.vocab.Vocabularies`` (cached: loaded once per process)."""
    sets = {}
    for name, flag in VOCABS.items():
        sets[flag] = vocab.get(name).entries
    tags = frozenset(vocab.get("subject-tags").entries | vocab.get("program-tags").entries)
    syllables = {cc: frozenset(vocab.get(name).entries) for cc, name in SYLLABLES.items()}
    return Lexicon(sets, frozenset(vocab.get("country-codes").entries), tags, syllables)
