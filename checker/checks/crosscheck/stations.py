"""Station names as the metadata and the text write them, reduced to comparable keys.

``Embassy Buenos Aires``, ``AMEMBASSY BUENOS AIRES``, ``BUENOS AIRES`` and ``66BUENOSAIRES2481``
all reduce to ``BUENOSAIRES``; ``Secretary of State``, ``SECSTATE WASHDC`` and ``STATE`` to
``STATE``. Keys are upper-case letters only; two keys agree when one ends or starts with the
other (``USEU BRUSSELS`` / ``BRUSSELS``, ``UNESCO PARIS FR`` / ``UNESCO``).
"""
from __future__ import annotations

from functools import lru_cache

import regex as re

from checker.model import LEVEL_RANK

# Words before the place in the origin column ("Embassy", "Consulate", "Mission", ...).
_ORIGIN_PREFIXES = ("AMERICANINSTITUTETAIWAN", "USINTERESTSSECTION", "USMISSION", "USOFFICE", "EMBASSY",
                    "CONSULATEGENERAL", "CONSULATE", "MISSION", "OFFICE", "REO", "PRT", "USLIAISONOFFICE")
# Sender words before the place on the FM line.
_FM_PREFIXES = ("AMEMBASSY", "AMCONSUL", "AMCONGEN", "USMISSION", "USINT", "USLO", "USOFFICE", "AMDEL", "USDEL", "AIT")
# The same post under two names (metadata vs text, old vs new spelling).
_ALIASES = {"HOLYSEE": "VATICAN", "KYIV": "KIEV", "SECRETARYOFSTATE": "STATE", "SECSTATE": "STATE",
            "SECSTATEWASHDC": "STATE", "USUN": "USUNNEWYORK", "UNVIE": "UNVIEVIENNA", "RPODUBAI": "DUBAI"}
_NOT_LETTER = re.compile(r"[^A-Z]++")
REF_ID = re.compile(r"(?P<yy>\d{2})(?P<station>[A-Z][A-Z]{0,40}+)(?P<serial>\d{1,8}+)")
_FOUO = ("FOR OFFICIAL USE ONLY", "FOUO", "SBU", "SENSITIVE BUT UNCLASSIFIED")


@lru_cache(maxsize=4096)  # a corpus has a few hundred posts
def key(text: str) -> str:
    k = _NOT_LETTER.sub("", text.upper())
    return _ALIASES.get(k, k)


@lru_cache(maxsize=4096)
def origin_key(origin: str) -> str:
    """``Embassy Buenos Aires`` -> ``BUENOSAIRES``; ``Secretary of State`` -> ``STATE``."""
    k = _NOT_LETTER.sub("", origin.upper())
    if k in _ALIASES:
        return _ALIASES[k]
    for p in _ORIGIN_PREFIXES:
        if k.startswith(p) and len(k) > len(p) + 1:
            k = k[len(p):]
            break
    return _ALIASES.get(k, k)


@lru_cache(maxsize=4096)
def fm_key(station: str) -> str:
    """``AMEMBASSY BUENOS AIRES`` -> ``BUENOSAIRES``; ``SECSTATE WASHDC`` -> ``STATE``."""
    words = station.upper().split()
    if words[:1] == ["SECSTATE"]:
        return "STATE"
    if len(words) > 1 and words[0] in _FM_PREFIXES:
        words = words[1:]
    return key("".join(words))


def redacted(k: str) -> bool:
    """A station blacked out in the release (``XXXXXXXXXXXX``) agrees with anything."""
    return len(k) >= 3 and k.count("X") == len(k)


def agree(a: str, b: str) -> bool:
    if not a or not b or redacted(a) or redacted(b):
        return True
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 3 and (long_.endswith(short) or long_.startswith(short))


def parse_ref(ref: str):
    """(two-digit year, station key, serial) of ``66BUENOSAIRES2481``; None when not that form."""
    m = REF_ID.fullmatch(ref.strip().upper())
    if m is None:
        return None
    return int(m["yy"]), key(m["station"]), int(m["serial"])


def level_of(classification: str) -> tuple[str, bool]:
    """(level, fouo) of a metadata classification such as ``UNCLASSIFIED//FOR OFFICIAL USE ONLY``."""
    parts = [" ".join(p.split()) for p in classification.upper().split("//")]
    head = parts[0] if parts else ""
    if head in ("UNCLAS", "U"):
        head = "UNCLASSIFIED"
    if head in ("LOU",):
        head = "LIMITED OFFICIAL USE"
    fouo = any(p in _FOUO for p in parts[1:])
    return (head if head in LEVEL_RANK else ""), fouo


def full_year(yy: int) -> int:
    """Two-digit cable years: the Cablegate cables run from 1966 to 2010."""
    return 1900 + yy if yy >= 50 else 2000 + yy
