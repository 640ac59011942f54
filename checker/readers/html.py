"""WikiLeaks cable-viewer pages (``cable/2008/09/08REYKJAVIK195.html``): one cable per page.

The page holds a metadata table (Reference ID, Created, Released, Classification, Origin) and
two ``<code><pre>`` blocks: the transmission header and the body (a page with one block has no
header). Line breaks are written as ``&#x000A;``; TAGS and paragraph marks are links
(``<a href='/tag/PGOV_0.html'>PGOV</a>``, ``<a id='par1' href='#par1'>¶</a>1.``). The reader keeps
the link texts, drops every tag, decodes the entities and joins header and body with one blank
line, the layout of the per-cable ``.txt`` files.
"""
from __future__ import annotations

import html

import regex as re

from checker.readers.csv import join_text

_PRE = re.compile(r"<pre(?:\s[^<>]{0,200}+)?+>", re.IGNORECASE)
_PRE_END = re.compile(r"</pre\s*+>", re.IGNORECASE)
_TAG = re.compile(r"<[!/?A-Za-z][^<>]{0,2000}+>")
_TD = re.compile(r"<td(?:\s[^<>]{0,200}+)?+>", re.IGNORECASE)
_TD_END = re.compile(r"</td\s*+>", re.IGNORECASE)
_CABLE_TABLE = re.compile(r"<table\s++class\s*+=\s*+['\"]cable['\"]\s*+>", re.IGNORECASE)
_TABLE_END = re.compile(r"</table\s*+>", re.IGNORECASE)
_NEWLINE_ENTITY = re.compile(r"&#(?:x0*+[aA]|0*+10);\r?+\n?+")
_WS = re.compile(r"\s++")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::\d{2})?+")
TABLE_KEYS = ("reference_id", "date", "released", "classification", "origin")


def looks_like_html(head: str) -> bool:
    h = head.lstrip("\ufeff \t\r\n")[:512].lower()
    if h.startswith(("<!doctype html", "<html")):
        return True
    if h.startswith("<?xml") and ("<!doctype html" in h or "<html" in h):
        return True
    return "<pre" in head.lower()


def _clean(fragment: str) -> str:
    """HTML inside a <pre> to plain text: newline entities, tags dropped, entities decoded."""
    text = _NEWLINE_ENTITY.sub("\n", fragment)
    if "<" in text:
        text = _TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    return text.replace("\xa0", " ")


def pre_blocks(page: str) -> list[str]:
    out = []
    pos = 0
    while (m := _PRE.search(page, pos)) is not None:
        e = _PRE_END.search(page, m.end())
        end = e.start() if e else len(page)
        out.append(page[m.end():end])
        pos = e.end() if e else len(page)
    return out


def table_meta(page: str) -> dict[str, str]:
    """The five cells of the viewer's metadata table, as plain text."""
    m = _CABLE_TABLE.search(page)
    if m is None:
        return {}
    e = _TABLE_END.search(page, m.end())
    table = page[m.end():e.start() if e else len(page)]
    cells = []
    pos = 0
    while len(cells) < len(TABLE_KEYS) and (c := _TD.search(table, pos)) is not None:
        ce = _TD_END.search(table, c.end())
        end = ce.start() if ce else len(table)
        cells.append(_WS.sub(" ", html.unescape(_TAG.sub("", table[c.end():end]))).strip())
        pos = ce.end() if ce else len(table)
    return {k: v for k, v in zip(TABLE_KEYS, cells) if v}


def parse_page(page: str) -> tuple[str, dict] | None:
    """(cable text, metadata) of a cable-viewer page; None when it has no <pre> block."""
    blocks = pre_blocks(page)
    if not blocks:
        return None
    header = _clean(blocks[0]) if len(blocks) >= 2 else ""
    body = _clean(blocks[-1])
    meta: dict = {"format": "html"}
    tm = table_meta(page)
    if tm:
        meta.update(tm)
        meta["date_raw"] = tm.get("date", "")
        meta["date"] = _iso(tm.get("date", ""))
    meta["header_lines"] = header.count("\n") + 1 if header.strip() else 0
    return join_text(header, body), meta


def _iso(raw: str) -> str | None:
    from checker.readers.csv import normalise_date

    raw = raw.strip()
    m = _ISO.fullmatch(raw)
    if m:
        return f"{m[1]}-{m[2]}-{m[3]} {m[4]}:{m[5]}"
    return normalise_date(raw)
