"""The pieces of a cable the detector reads, each as one joined text with an offset map.

Body paragraphs come from ``Cable.prose`` (already joined over line breaks); SUBJECT, Classified
By, REF, addressee/FOR lines, headings and the signature are joined here the same way.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex as re

from checker.model import Cable, Line, Prose, Segment

PROSE, SUBJECT, CLASSIFIED_BY, REF, ADDRESSEE, HEADING, SIGNATURE, EO = (
    "prose", "subject", "classified_by", "ref", "addressee", "heading", "signature", "eo")


@dataclass(slots=True)
class Run:
    prose: Prose  # text + offset map back into the cable
    kind: str
    caps: bool  # capitalisation tells nothing (no or almost no lower-case letters)
    number: int | None = None  # paragraph number of a body run
    cont: bool = False  # an addressee line right after a FOR / PASS TO line (or such a continuation)
    joined: bool = False  # ... and that line ended in "," / AND / FOR / TO: this one continues its list


def _from_lines(lines: list[Line], first_start: int) -> Prose:
    parts: list[str] = []
    segs: list[Segment] = []
    pos = 0
    for i, ln in enumerate(lines):
        s = first_start if i == 0 else ln.start + len(ln.text) - len(ln.text.lstrip())
        e = ln.start + len(ln.text.rstrip())
        if e <= s:
            continue
        if parts:
            parts.append(" ")
            pos += 1
        seg_text = ln.text[s - ln.start:e - ln.start]
        segs.append(Segment(pos, s, len(seg_text)))
        parts.append(seg_text)
        pos += len(seg_text)
    if not segs:
        segs.append(Segment(0, first_start, 0))
    return Prose("".join(parts), segs, None)


# "NSC FOR BADER", "PASS TO TOM OTT": an addressee line that lists people.
_OPENS_LIST: Final = re.compile(r"(?:^|[ ])(?:FOR|PASS[ ]TO|ATTN:?+)(?:[ ]|$)", re.IGNORECASE)
_ENDS_LIST: Final = re.compile(r"(?:,|\b(?:AND|FOR|TO|ALSO))[ ]*+$", re.IGNORECASE)
# A name broken over two addressee lines: one word after the last FOR, then a word ending the name.
_SPLIT_NAME_END: Final = re.compile(r"\bFOR[ ]++[A-Z][A-Za-z'-]++[ ]*+$")
_SPLIT_NAME_START: Final = re.compile(r"(?<![ ])[ ]*+(?<![A-Za-z'-])[A-Z][A-Za-z'-]++(?:,|[ ]++AND\b|[ ]*+$)")
_NOT_LOWER: Final = bytes(c for c in range(256) if not (97 <= c <= 122))
_NOT_UPPER: Final = bytes(c for c in range(256) if not (65 <= c <= 90))


def is_caps(text: str) -> bool:
    """True when (almost) no letter is lower case: capitalisation tells nothing."""
    b = text.encode("ascii", "ignore")
    lower = len(b.translate(None, _NOT_LOWER))
    if not lower:
        return True
    upper = len(b.translate(None, _NOT_UPPER))
    return lower * 20 <= upper + lower


def _add(runs: list[Run], body_caps: bool, prose: Prose, kind: str) -> None:
    # (a module function, not a closure: compiled closures make reference cycles that kept each
    # cable's runs alive until the cyclic collector came by)
    if prose.text.strip():
        caps = is_caps(prose.text)
        if not caps and kind in (SIGNATURE, HEADING) and body_caps:
            caps = True
        runs.append(Run(prose, kind, caps))


def collect(cable: Cable) -> list[Run]:
    runs: list[Run] = []
    body_caps = False  # (known once the body's runs are in; the lines added before it are not body lines)
    if cable.subject is not None:
        _add(runs, body_caps, _from_lines(cable.subject.lines, cable.subject.span.start), SUBJECT)
    if cable.classified_by is not None:
        _add(runs, body_caps, _from_lines(cable.classified_by.lines, cable.classified_by.span.start), CLASSIFIED_BY)
    for ref in cable.refs:
        _add(runs, body_caps, _from_lines(ref.lines, ref.span.start), REF)
    listing = False  # inside a FOR / PASS TO block: its later lines hold names alone
    prev_number = -9
    joined = False
    addressees = cable.addressees
    k = 0
    while k < len(addressees):
        ln = addressees[k]
        k += 1
        opens = _OPENS_LIST.search(ln.text) is not None
        cont = listing and not opens and ln.number - prev_number <= 2
        group = [ln]
        if k < len(addressees) and addressees[k].number == ln.number + 1 and _SPLIT_NAME_END.search(ln.text) \
                and _SPLIT_NAME_START.match(addressees[k].text) and " FOR " not in f" {addressees[k].text} ".upper():
            group.append(addressees[k])  # "WHITE HOUSE FOR JOSEPH" / "HAGIN, BRADLEY BLAKEMAN AND ...": one name
            k += 1
        _add(runs, body_caps, _from_lines(group, ln.start + len(ln.text) - len(ln.text.lstrip())), ADDRESSEE)
        if cont and runs and runs[-1].kind == ADDRESSEE:
            runs[-1].cont = True
            runs[-1].joined = joined
        listing = opens or cont
        prev_number = group[-1].number
        joined = _ENDS_LIST.search(group[-1].text) is not None
    if cable.eo is not None:
        ln = cable.eo.line
        _add(runs, body_caps, _from_lines([ln], ln.start), EO)
    prose_text = 0
    prose_lower = 0
    paragraphs = cable.paragraphs
    for p in cable.prose:
        caps = is_caps(p.text)
        number = paragraphs[p.paragraph].number if p.paragraph is not None and p.paragraph < len(paragraphs) else None
        runs.append(Run(p, PROSE, caps, number))
        prose_text += 1
        prose_lower += 0 if caps else 1
    body_caps = prose_text > 0 and prose_lower * 2 < prose_text
    for ln in cable.headings:
        _add(runs, body_caps, _from_lines([ln], ln.start + len(ln.text) - len(ln.text.lstrip())), HEADING)
    sig = cable.signature or _signature_fallback(cable)
    if sig is not None:
        _add(runs, body_caps, _from_lines([sig], sig.start + len(sig.text) - len(sig.text.lstrip())), SIGNATURE)
        if sig is not cable.signature:
            runs[:] = [r for r in runs if not (r.kind == HEADING and r.prose.segments[0].source == sig.start
                                              + len(sig.text) - len(sig.text.lstrip()))]
    return runs


_TRAILING: Final = ("NNNN", "BT", "#", "DECLASSIFIED", "SYSTEMATIC REVIEW", "HTTP", "***", "===", "---")
_NOT_SIGNATURE: Final = ("END", "SUMMARY", "COMMENT", "NNNN", "BT", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET")


def _signature_fallback(cable: Cable) -> Line | None:
    """The closing name when the parser did not mark one (e.g. "ENDERS", after trailer lines)."""
    lines = cable.lines
    k = len(lines) - 1
    stop = max(0, k - 12)
    while k > stop:
        ln = lines[k]
        t = ln.text.strip()
        up = t.upper()
        if ln.blank or up.startswith(_TRAILING) or "/WIKI" in up or (t[:4].isdigit() and " - " in t):
            k -= 1
            continue
        break
    ln = lines[k]
    if ln.kind not in ("heading", "body", "paragraph") or ln.start < cable.body_start:
        return None
    t = ln.text.strip().rstrip(".#")  # "MCDONALD#"
    words = t.replace(",", " ").split()
    if not (1 <= len(words) <= 3 and len(t) <= 40 and all(w.replace(".", "").replace("'", "").isalpha() for w in words)):
        return None
    if t.upper() in _NOT_SIGNATURE or not t[:1].isupper():
        return None
    return ln
