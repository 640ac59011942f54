"""WikiLeaks cable-viewer pages (``cable/2008/09/08REYKJAVIK195.html``): one cable per page.

The page holds a metadata table (Reference ID, Created, Released, Classification, Origin) and
two ``<code><pre>`` blocks: the transmission header and the body (a page with one block has no
header). Line breaks are written as ``&#x000A;``; TAGS and paragraph marks are links
(``<a href='/tag/PGOV_0.html'>PGOV</a>``, ``<a id='par1' href='#par1'>¶</a>1.``). The reader keeps
the link texts, drops every tag and decodes the entities.

Findings point into the page itself, so editors and GitHub/SARIF annotations land on the right
line: each cable line keeps the line number it has in the .html file (blank lines stand for the
page above and between the blocks). Columns are the page's too, except on a block's first line
and after a link or entity on the same line (the text has no markup). That needs the page's line
breaks to be real ones (``&#x000A;`` then a new line, or plain new lines). When they are not (a
block written on one line with entities only, a tag split across lines, or the body starting on
the line after the header without a blank line), the text is header, one blank line, body (the
layout of the per-cable ``.txt`` files), line numbers count within it, and the source is named
like a CSV row, ``page.html:<reference id>``, so a location never passes for a line of the page.
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
_ENTITY_AT_END = re.compile(r"&#(?:x0*+[aA]|0*+10);\Z")
_BREAK = re.compile(r"\r\n?+|\n")
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


def _pre_spans(page: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each <pre> block's content in the page."""
    out = []
    pos = 0
    while (m := _PRE.search(page, pos)) is not None:
        e = _PRE_END.search(page, m.end())
        end = e.start() if e else len(page)
        out.append((m.end(), end))
        pos = e.end() if e else len(page)
    return out


def pre_blocks(page: str) -> list[str]:
    return [page[a:b] for a, b in _pre_spans(page)]


def _page_lines(raw: str) -> list[str] | None:
    """A block's cable lines, one per physical line of the page; None when they do not line up.

    They line up when every line break of the cable is also one in the page (``&#x000A;``
    followed by a new line, or a bare new line): not so for a block written on one line with
    entities only, or a tag split across lines.
    """
    if any(_BREAK.search(t[0]) for t in _TAG.finditer(raw)):
        return None
    pieces = _BREAK.split(raw)
    out = []
    for i, piece in enumerate(pieces):
        last = i == len(pieces) - 1
        # The entity that ends a physical line is that line's break, already counted.
        text = _clean(piece if last else _ENTITY_AT_END.sub("", piece))
        if _BREAK.search(text.rstrip("\r\n") if last else text):
            return None
        out.append(text)
    return out


def _line_at(page: str, offset: int) -> int:
    """1-based line of an offset, counting CRLF, CR and LF as the parser does."""
    return len(_BREAK.findall(page, 0, offset)) + 1


def _aligned_text(page: str, spans: list[tuple[int, int]]) -> str | None:
    """The cable text laid out so that each of its lines has the line number it has in the page.

    Blank lines stand for the page above the header and between the blocks (the parser skips
    them). None when the blocks do not line up, or when the header's last line and the body's
    first line are adjacent: the text then needs the blank line of the .txt layout.
    """
    body_lines = _page_lines(page[spans[-1][0]:spans[-1][1]])
    if body_lines is None:
        return None
    body = "\n".join(body_lines)
    body_line = _line_at(page, spans[-1][0])
    header = ""
    if len(spans) >= 2:
        header_lines = _page_lines(page[spans[0][0]:spans[0][1]])
        if header_lines is None:
            return None
        header = "\n".join(header_lines).rstrip("\r\n")
    if not header.strip():
        return "\n" * (body_line - 1) + body
    header_line = _line_at(page, spans[0][0])
    gap = body_line - (header_line + header.count("\n"))
    if gap < 1 or (gap == 1 and body_lines[0].strip()):
        return None
    return "\n" * (header_line - 1) + header + "\n" * gap + body


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
    """(cable text, metadata) of a cable-viewer page; None when it has no <pre> block.

    ``meta["positions"]`` says how the text's line numbers count: ``"file"`` when they are the
    page's own, ``"cable"`` when the blocks could not be lined up with the page and the text is
    header, blank line, body (see the module docstring).
    """
    spans = _pre_spans(page)
    if not spans:
        return None
    header = _clean(page[spans[0][0]:spans[0][1]]).rstrip("\r\n") if len(spans) >= 2 else ""
    text = _aligned_text(page, spans)
    meta: dict = {"format": "html", "positions": "cable" if text is None else "file"}
    if text is None:
        text = join_text(header, _clean(page[spans[-1][0]:spans[-1][1]]))
    tm = table_meta(page)
    if tm:
        meta.update(tm)
        meta["date_raw"] = tm.get("date", "")
        meta["date"] = _iso(tm.get("date", ""))
    meta["header_lines"] = header.count("\n") + 1 if header.strip() else 0
    return text, meta


def _iso(raw: str) -> str | None:
    from checker.readers.csv import normalise_date

    raw = raw.strip()
    m = _ISO.fullmatch(raw)
    if m:
        return f"{m[1]}-{m[2]}-{m[3]} {m[4]}:{m[5]}"
    return normalise_date(raw)
