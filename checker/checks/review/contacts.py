"""Recognisers for contact details in running text: e-mail addresses, phone and fax numbers,
passport and national ID numbers. ``scan`` returns (start, end, recognizer, context, confidence, form).

A cheap pre-scan (``PRESCAN``: two digits, a separator or digit, three digits) finds the few
places worth a full look, so whole cables are read by one simple pattern only.
"""
from __future__ import annotations

import regex as re

# Every phone or ID number holds "dd-ddd", "dd ddd", "dd) ddd" or six digits in a row.
PRESCAN = re.compile(r"[0-9][0-9][ .\n)/0-9-][ (\n0-9]?[0-9][0-9][0-9]")
# A run of digit groups: "202-647-1234", "011-58-212-907-8330", "2326 4000", "12.345.678"; a "+" or
# "(" before it and letters before an ID number ("A12345678") are read by ``_number``.
_CAND = re.compile(r"\d[\d ().-]{4,24}+")
_PHONE_WORDS = re.compile(
    r"(?i)(?<![a-z])(?:tel|tele|telephone|telephones|phone|phones|ph|tfn|fax|faxes|facsimile|telefax|cell|"
    r"cellphone|cellular|mobile|mob|landline|hotline|switchboard|extension|ext|contact|reached|call|poc)(?![a-z])"
)
_FILLER = frozenset(
    "number numbers no nr num is are at on or and the his her their its our office home work direct line main "
    "private personal mobile cell fax phone tel telephone of by via reached be can may".split()
)
# Words that introduce a passport or national ID number, and the recogniser they stand for.
_ID_WORDS = re.compile(
    r"(?i)(?<![a-z])(?P<w>passports?+|c[eé]dulas?+|identity\s++(?:card|number|no)|identification\s++(?:card|number|no)|"
    r"national\s++id|id\s++(?:card|number|no|#)|social\s++security\s++number)(?![a-z])|(?<![A-Za-z])(?P<c>DNI|SSN)(?![A-Za-z])"
)
_ID_HINTS = ("ssport", "SSPORT", "dula", "DULA", "DNI", "SSN", "denti", "DENTI", "ID", "ecurity", "ECURITY")
_ID_SKIP = frozenset("number numbers no nr num card is was of holder".split())
_EXT = re.compile(r"(?i)(?<![a-z])(?P<w>extension|ext\.?+|x)[ ]?+(?P<n>\d{3,5}+)(?![\d])")


def scan(text: str) -> list[tuple[int, int, str, str | None, float, str]]:
    out = list(_emails(text)) if "@" in text else []
    for m in _CAND.finditer(text):
        hit = _number(text, m)
        if hit is not None:
            out.append(hit)
    if out and ("x" in text or "X" in text):
        out.extend(_extensions(text, out))
    out.sort()
    kept: list = []
    for h in out:
        if kept and h[0] < kept[-1][1]:
            continue
        kept.append(h)
    return kept


def _emails(text: str):
    k = text.find("@")
    while k >= 0:
        s = k
        while s > 0 and k - s < 64 and (text[s - 1].isalnum() or text[s - 1] in "._%+-"):
            s -= 1
        e = k + 1
        while e < len(text) and e - k < 255 and (text[e].isalnum() or text[e] in ".-"):
            e += 1
        while e > k + 1 and text[e - 1] in ".-":
            e -= 1
        while s < k and text[s] in "._%+-":
            s += 1
        domain = text[k + 1:e]
        tld = domain.rsplit(".", 1)[-1] if "." in domain else ""
        if s < k and 2 <= len(tld) <= 12 and tld.isalpha() and domain[0].isalnum():
            yield (s, e, "email", None, 0.95, "address")
        k = text.find("@", max(e, k + 1))


def _number(text: str, m):
    s, raw = m.start(), m.group(0)
    if s > 0 and (text[s - 1] == "+" or text[s - 1] == "(" and ")" in raw[1:5]):
        s -= 1  # "+502 2326-4000", "(202) 647-1234"
        raw = text[s] + raw
    letters = s
    while letters > 0 and s - letters < 3 and "A" <= text[letters - 1] <= "Z":
        letters -= 1  # an ID number's letters: "A12345678"
    if letters > 0 and (text[letters - 1].isalnum() or text[letters - 1] in "./"):
        return None  # inside a longer token ("RUEHGT#0242/01", "1.5", "ABCD123456")
    if letters < s:
        if not raw[0].isdigit():
            return None
        return _id_number(text, letters, s + len(raw.rstrip(" .-()")), text[letters:s] + raw.rstrip(" .-()"),
                          raw.replace(".", " ").replace("-", " ").split())
    raw = raw.rstrip(" .-(")
    while raw.endswith(")") and raw.count(")") > raw.count("("):
        raw = raw[:-1].rstrip(" .-")
    e = s + len(raw)
    if e < len(text) and (text[e].isalpha() or text[e] in "/%"):
        return None  # "5 percent", "2004-5 budget", "12.5%"
    groups = raw.replace("(", " ").replace(")", " ").replace(".", " ").replace("-", " ").split()
    if not groups or not groups[0].lstrip("+").isdigit():
        return _id_number(text, s, e, raw, groups)
    if len(groups) < 2 or not all(g.lstrip("+").isdigit() for g in groups):
        return _id_number(text, s, e, raw, groups)
    digits = sum(len(g.lstrip("+")) for g in groups) - (len(groups[0]) if groups[0] in ("011", "00") else 0)
    if digits < 6 or digits > 15 or _dates(groups):
        return None
    ctx = _context(text, s)
    form = _form(raw, groups)
    if form in ("international", "north american") and digits >= 10:
        return (s, e, "phone", ctx, 0.9 if ctx or form == "international" else 0.85, form)
    if ctx is not None and (digits >= 7 or len(groups[-1]) >= 3):
        return (s, e, "phone", ctx, 0.8, "international" if digits >= 10 else "local")
    if form == "local" and _near_contact(text, s, e):
        return (s, e, "phone", None, 0.6, "local")
    return _id_number(text, s, e, raw, groups)


def _form(raw: str, groups: list[str]) -> str:
    if raw.startswith("+") or (groups[0] in ("011", "00") and len(groups) >= 3):
        return "international"
    sizes = [len(g) for g in groups]
    if sizes == [3, 3, 4] and ("-" in raw or "." in raw or raw.startswith("(")):
        return "north american"
    if sizes in ([3, 4], [4, 4]) and "-" in raw:
        return "local"
    return "other"


def _dates(groups: list[str]) -> bool:
    """Year ranges and dates: "1984-1993", "2004-05", "May 16 2006", "11.05.2008"."""
    if len(groups) == 2 and len(groups[0]) == 4 and groups[0][:2] in ("19", "20"):
        b = groups[1]
        if len(b) == 4:
            return b[:2] in ("19", "20") and 0 <= int(b) - int(groups[0]) <= 80
        return len(b) == 2  # "2004-05", "1997-98"
    if len(groups) == 2 and len(groups[0]) <= 2 and len(groups[1]) == 4 and groups[1][:2] in ("19", "20"):
        return True
    return len(groups) == 3 and len(groups[2]) in (2, 4) and all(len(g) <= 2 for g in groups[:2])


def _context(text: str, s: int) -> str | None:
    """The phone word introducing the number ("tel.", "fax:", "cell phone"), if close enough."""
    pre = text[max(0, s - 48):s]
    last = None
    for m in _PHONE_WORDS.finditer(pre):
        last = m
    if last is None:
        return None
    words = [w for w in re.split(r"[^A-Za-z0-9]++", pre[last.end():]) if w and not w.isdigit()]
    if len(words) > 4 or any(w.lower() not in _FILLER for w in words):
        return None  # digits are earlier numbers of a list ("phone: 95-1-681-745, 95-1-685-75")
    return last.group(0).lower()


def _near_contact(text: str, s: int, e: int) -> bool:
    """A bare "647-5035" next to an e-mail address or after "point of contact"."""
    around = text[max(0, s - 80):min(len(text), e + 60)]
    return "@" in around or "contact" in around.lower()


def _id_number(text: str, s: int, e: int, raw: str, groups: list[str]):
    """A number after passport / cedula / DNI / ID number ... ("passport no. A1234567")."""
    digits = sum(c.isdigit() for c in raw)
    if digits < 6 or digits > 18 or (all(g.isdigit() for g in groups) and _dates(groups)):
        return None
    pre = text[max(0, s - 40):s]
    if not any(w in pre for w in _ID_HINTS):
        return None
    last = None
    for m in _ID_WORDS.finditer(pre):
        last = m
    if last is None:
        return None
    words = [w for w in re.split(r"[^A-Za-z]++", pre[last.end():]) if w]
    if len(words) > 3 or any(w.lower() not in _ID_SKIP for w in words):
        return None
    word = " ".join((last["w"] or last["c"]).lower().split())
    rec = "passport" if word.startswith("passport") else "id"
    return (s, e, rec, word, 0.85, "number")


def _extensions(text: str, found):
    """"x 4541", "ext. 6200", "JOC extension 6200" close to a number or address already found."""
    for m in _EXT.finditer(text):
        s = m.start()
        if not any(abs(s - h[1]) <= 80 or abs(h[0] - m.end()) <= 80 for h in found):
            continue
        w = m["w"].lower().rstrip(".")
        if w == "x" and not (s > 0 and text[s - 1] in "(, "):
            continue
        yield (m.start("n"), m.end("n"), "phone", w, 0.6, "extension")
