"""Facts about a cable that reports group by: origin station, year and classification."""
from __future__ import annotations

from typing import Any

import regex as re

from checker.model import Cable

# Sender prefixes on the FM line that are not part of the station's name.
_FM_PREFIXES = ("AMEMBASSY", "AMCONSUL", "AMCONGEN", "USMISSION", "USINT", "USLO", "USEU", "AMDEL", "USDEL")
# ZN line codes, the classification the header was transmitted at.
_ZN_LEVELS = {"UUUUU": "UNCLASSIFIED", "CCCCC": "CONFIDENTIAL", "SSSSS": "SECRET", "TTTTT": "TOP SECRET"}
_REF_ID = re.compile(r"(?P<yy>\d{2})(?P<origin>[A-Z][A-Z]{0,40}+)\d{1,7}+$")
_DATE_YEAR = re.compile(r"\s*+(?P<y>(?:19|20)\d{2})\b")


def full_year(yy: int) -> int:
    """Two-digit cable years: the cables run from the 1960s to 2010."""
    return 1900 + yy if yy >= 50 else 2000 + yy


def fm_origin(station: str) -> str:
    words = station.split()
    if words[:2] == ["SECSTATE", "WASHDC"]:
        return "STATE"  # the Department's own banners and ids say STATE
    if len(words) > 1 and words[0] in _FM_PREFIXES:
        words = words[1:]
    elif words[:2] == ["IRAN", "RPO"]:
        words = words[1:]  # the Iran Regional Presence Office's ids and banners say RPO DUBAI
    return " ".join(words)


def cable_facts(cable: Cable) -> dict[str, Any]:
    """origin, year, classification: reader metadata first, then header, banner, reference id.

    origin: FM station (sender prefix dropped), else banner station, else the reference id's
    letters; the FM line names the sender, so it wins over a banner that may be quoted from
    another cable. year: DTG, else the reference id (08GUATEMALA242 -> 2008). classification:
    banner, else the ZN line's code. Values that cannot be read are left out.
    """
    meta = cable.meta
    out: dict[str, Any] = {}
    header = cable.header
    ref = _REF_ID.match(cable.cable_id)

    origin = meta.get("origin")
    if not origin and header is not None:
        fm = header.get("FM")
        if fm is not None and "station" in fm.fields:
            origin = fm_origin(fm.fields["station"].value)
    if not origin:
        b = cable.banner
        if b is not None and b.station is not None:
            origin = " ".join(b.station.value.split())
    if not origin and ref is not None:
        origin = ref["origin"]
    if origin:
        out["origin"] = str(origin)

    year = meta.get("year")
    if not year and meta.get("date"):
        m = _DATE_YEAR.match(str(meta["date"]))
        year = int(m["y"]) if m else None
    if not year and header is not None:
        dtg = header.get("DTG")
        if dtg is not None and "year" in dtg.fields:
            year = full_year(int(dtg.fields["year"].value))
    if not year and ref is not None:
        year = full_year(int(ref["yy"]))
    if year:
        out["year"] = int(year)

    cls = meta.get("classification") or cable.classification
    if not cls and header is not None:
        zn = header.get("ZN")
        if zn is not None and "code" in zn.fields:
            cls = _ZN_LEVELS.get(zn.fields["code"].value, "")
    if cls:
        out["classification"] = str(cls)
    return out
