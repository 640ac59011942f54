"""Transmission header, banner and metadata block (caveats, E.O., TAGS, SUBJECT, REF, ...)."""
from __future__ import annotations

import calendar
from typing import Final

from checker.model import (
    Banner,
    Cable,
    Caveat,
    EOLine,
    Field,
    Header,
    HeaderLine,
    Line,
    PageBreak,
    Span,
    TagsLine,
    TextBlock,
)
from checker.parser import patterns as P
from checker.parser.tags import parse_tags

_CLASS_NAMES: Final = {
    "UNCLAS": "UNCLASSIFIED",
    "UNCLASSIFIED": "UNCLASSIFIED",
    "LIMITEDOFFICIALUSE": "LIMITED OFFICIAL USE",
    "CONFIDENTIAL": "CONFIDENTIAL",
    "SECRET": "SECRET",
    "TOPSECRET": "TOP SECRET",
}
MAX_LINE: Final = 2000  # metadata lines longer than this are body text, whatever they start with
# Caveats recognised even after E.O./TAGS/SUBJECT; weaker ones ("SBU") only before them.
_STRONG_CAVEATS: Final = ("SIPDIS", "NOFORN", "EXDIS", "NODIS", "LIMDIS", "SENSITIVE")
# ZN line classification codes (ACP 127 format line 4): ZNR for unclassified, ZNY for the rest.
ZN_CODES: Final = {"UUUUU": "ZNR", "EEEEE": "ZNY", "CCCCC": "ZNY", "SSSSS": "ZNY", "TTTTT": "ZNY"}
PRECEDENCES: Final = "ZOPRY"  # flash, immediate, priority, routine, emergency (older cables)


def classification_name(raw: str) -> str:
    return _CLASS_NAMES.get("".join(raw.split()).upper(), "")


def _field(line: Line, m, group: str) -> Field | None:
    s, e = m.span(group)  # (-1, -1) when the group did not take part
    if s < 0:
        return None
    return Field(m.string[s:e], Span(line.start + s, line.start + e))


def _fields(line: Line, m, *groups: str) -> dict[str, Field]:
    out = {}
    base = line.start
    text = m.string
    for g in groups:
        s, e = m.span(g)
        if s >= 0:
            out[g] = Field(text[s:e], Span(base + s, base + e))
    return out


def _dtg_problem(m) -> str | None:
    d, h, mi = int(m["day"]), int(m["hour"]), int(m["minute"])
    month = m["month"].upper()
    if month not in P.MONTHS:
        return f"unknown month {m['month']!r} (expected JAN ... DEC)"
    if h > 23 or mi > 59:
        return f"time {m['hour']}{m['minute']}Z is not a valid hour and minute"
    yy = int(m["year"])
    days = calendar.monthrange(dtg_year(yy), P.MONTHS.index(month) + 1)[1]
    if not 1 <= d <= days:
        return f"day {m['day']} does not exist in {month} {m['year']}"
    return None


def dtg_year(yy: int) -> int:
    """Two-digit DTG year to a full year: the corpus runs from 1966 to 2010."""
    return 1900 + yy if yy >= 50 else 2000 + yy


# The header keywords below; other header lines are a DTG (a digit, or a letter and a blank) or a
# routing line ("RR RUEHWEB").
_HEADER_KEYWORDS: Final = ("VZCZC", "DE", "ZN", "FM", "TO", "INFO", "ACTION")


def _header_line(line: Line) -> HeaderLine | None:
    """Recognise one header line by its keyword; ``problem`` says where the grammar fails."""
    t = line.text
    if len(t) > MAX_LINE:
        return None
    s = t.lstrip()
    if (not s.startswith(_HEADER_KEYWORDS) and not s[:1].isdigit() and s[1:2] not in (" ", "\t")
            and s[2:3] != " "):
        return None  # most lines tried (addressees, metadata) are no header line: say so at once
    if s.startswith("VZCZC"):
        if P.VZCZC.match(t):
            return HeaderLine("VZCZC", line)
        return HeaderLine("VZCZC", line, problem="expected 'VZCZC' and the channel id alone, e.g. 'VZCZCXRO1234'")
    if s.startswith("DE"):
        if m := P.DE.match(t):
            return HeaderLine("DE", line, _fields(line, m, "ri", "serial", "part", "day", "time"))
        if P.DE_LOOSE.match(t) and "#" in t:
            return HeaderLine("DE", line, problem="expected 'DE RIXXXX #NNNN[/NN] DDDHHMM' "
                                                  "(routing indicator, serial, Julian day and time)")
    if s.startswith("ZN"):
        if m := P.ZN.match(t):
            hl = HeaderLine("ZN", line, _fields(line, m, "kind", "code", "rest"))
            want = ZN_CODES.get(m["code"])
            if want is None:
                hl.problem = f"unknown classification code {m['code']!r} (expected UUUUU, CCCCC, SSSSS, TTTTT or EEEEE)"
            elif m["kind"] != want:
                hl.problem = f"{m['kind']} with {m['code']}: {m['code']} goes with {want}"
            return hl
        if P.ZN_LOOSE.match(t):
            return HeaderLine("ZN", line, problem="expected 'ZNR UUUUU' or 'ZNY CCCCC' (ZNR/ZNY and a five-letter code)")
    c = s[:1]
    if c.isdigit():
        if m := P.DTG_BARE.match(t):
            hl = HeaderLine("DTG", line, _fields(line, m, "day", "hour", "minute", "month", "year"))
            hl.problem = _dtg_problem(m)
            return hl
        return None
    if (s[1:2] == " " or s[1:2] == "\t") and c.isupper():
        if m := P.DTG.match(t):
            hl = HeaderLine("DTG", line, _fields(line, m, "prec", "prec2", "day", "hour", "minute", "month",
                                                  "year", "signals"))
            bad = [p for p in (m["prec"], m["prec2"]) if p and p not in PRECEDENCES]
            if bad:
                hl.problem = f"unknown precedence {bad[0]!r} (expected Z, O, P or R)"
            else:
                hl.problem = _dtg_problem(m)
            return hl
        if P.DTG_LOOSE.match(t):
            return HeaderLine("DTG", line, problem="expected 'P DDHHMMZ MON YY' (precedence, day, hour, "
                                                   "minute, Z, month, year)")
    bare = s.rstrip()
    if bare in ("FM", "TO", "INFO"):
        who = "sender" if bare == "FM" else "addressee"
        return HeaderLine(bare, line, problem=f"{bare} without a{'n' if who[0] == 'a' else ''} {who}")
    if s.startswith("FM"):
        if m := P.FM.match(t):
            return HeaderLine("FM", line, _fields(line, m, "station"))
    if s.startswith("TO"):
        if m := P.TO.match(t):
            return HeaderLine("TO", line, _fields(line, m, "rest"))
    if s.startswith(("INFO", "ACTION")):
        if P.LOG_LINE.match(t):
            return HeaderLine("LOG", line)
        if s.startswith("INFO") and (m := P.INFO.match(t)):
            hl = HeaderLine("INFO", line, _fields(line, m, "rest"))
            if P.PAGE_HEADER.match(m["rest"]):  # "INFO PAGE 02  STATE 050524 131535Z": a print page header
                hl.fields["page"] = hl.fields.pop("rest")
            return hl
    if len(s) > 4 and s[2:3] == " " and s[:2].isupper():
        if m := P.ROUTING.match(t):
            hl = HeaderLine("ROUTING", line, _fields(line, m, "prec"))
            p = m["prec"]
            if p[0] != p[1] or p[0] not in PRECEDENCES:
                hl.problem = f"precedence {p!r}: expected a doubled precedence letter (RR, PP, OO or ZZ)"
            return hl
        if s[0] == s[1] and s[0] in PRECEDENCES and P.ROUTING_LOOSE.match(t):
            return HeaderLine("ROUTING", line, problem="expected the precedence pair and routing indicators "
                                                       "only, e.g. 'RR RUEHWEB'")
    return None


def _routing_more(t: str) -> bool:
    toks = t.split()
    return bool(toks) and len(toks) <= 20 and all(P.RI.match(x) for x in toks)


_NOTE_HEADS: Final = frozenset("TMWFS-P")  # This record..., weekdays, ------..., PAGE
_NOTE_LEADS: Final = P.Leads(P.PARTIAL_NOTE, P.DATE_LINE, P.DIST_MARK, P.PAGE_HEADER)


def _note(t: str, top: bool) -> bool:
    """Lines around a header that belong to the record's wrapping, not to the cable."""
    if t.lstrip()[:1] in _NOTE_HEADS:
        for pattern in _NOTE_LEADS(t):
            if pattern.match(t):
                return True
    if top and (P.MAIL_LINE.match(t) or "DB/Inbox:" in t):
        return True
    return False


def _page_header_banner(t: str) -> bool:
    """'UNCLASSIFIED   STATE   00100153': the top-of-page line of a print, with the 8-digit serial."""
    m = P.BANNER.match(t)
    return m is not None and m["station"] is not None and len(m["serial"]) == 8 and m["sec"] is None


def _header_block(lines: list[Line], i: int, header: Header, top: bool = False) -> int:
    """Read header lines (and their continuations) from ``i`` into ``header``; return the next line."""
    n = len(lines)
    last: HeaderLine | None = None
    while i < n:
        line = lines[i]
        t = line.text
        if line.blank:
            if last is not None and last.name in ("TO", "INFO", "LOG", "ROUTING"):
                last = None
            i += 1
            continue
        if len(t) > MAX_LINE:
            break
        if _note(t, top and not header.lines) or (not header.lines and _page_header_banner(t)):
            line.kind = "note"
            i += 1
            continue
        hl = _header_line(line)
        if hl is not None and hl.name == "ROUTING" and header.get("DE"):
            hl = None  # after DE a routing-like line is an addressee
        if hl is not None:
            line.kind = "header"
            header.lines.append(hl)
            last = hl
            i += 1
            continue
        if last is not None:
            if last.name == "ROUTING" and _routing_more(t):
                line.kind = "header"
                last.continuation.append(line)
                i += 1
                continue
            if last.name == "LOG" or (last.name in ("TO", "INFO") and not _is_key_line(t)):
                line.kind = "header"
                last.continuation.append(line)
                i += 1
                continue
        break
    return i


def parse_header(cable: Cable, i: int) -> int:
    """Read the transmission header from line ``i``; returns the first line after it."""
    header = Header()
    i = _header_block(cable.lines, i, header, top=True)
    if header.lines:
        cable.header = header
    return i


# Classification words a misspelt banner is compared with ("SSECRET", "ONFIDENTIAL", "UUNCLAS").
_FUZZY_CLASSES: Final = {
    "UNCLAS": "UNCLASSIFIED", "UNCLASSIFIED": "UNCLASSIFIED", "CONFIDENTIAL": "CONFIDENTIAL",
    "SECRET": "SECRET", "TOPSECRET": "TOP SECRET",
}


def _within_one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def _class_word(t: str) -> tuple[str, int, int]:
    """Leading classification-like word: one word, or letters written one or two apart ("S E C R E T")."""
    n = len(t)
    start = j = n - len(t.lstrip())
    while j < n and t[j].isalpha():
        j += 1
    if j - start >= 5 or j == start:
        return t[start:j], start, j
    parts = [t[start:j]]
    end = j
    while len(parts) < 16 and end + 1 < n and t[end] == " " and t[end + 1].isalpha():
        k = end + 1
        while k < n and t[k].isalpha():
            k += 1
        if k - end - 1 > 2:
            break
        parts.append(t[end + 1:k])
        end = k
    return "".join(parts), start, end


def _fuzzy_banner(line: Line) -> Banner | None:
    """A banner whose classification word is misspelt: 'SS E C R E T SECTION 01 OF 02 PARIS 001699'."""
    t = line.text
    if not t.rstrip()[-1:].isdigit():
        return None
    word, s, e = _class_word(t)
    up = word.upper()
    if len(up) < 5 or len(up) > 14:
        return None
    name = next((v for k, v in _FUZZY_CLASSES.items() if _within_one_edit(up, k)), "")
    if not name:
        return None
    m = P.BANNER_TAIL.match(t, e)
    if m is None or m["station"] is None:
        return None
    how = "spaced irregularly" if up in _FUZZY_CLASSES else "misspelt"
    return _make_banner(line, m, name, Span(line.start + s, line.start + e), t[s:e],
                        f"classification word {t[s:e]!r} is {how}")


def _make_banner(line: Line, m, name: str, cls_span: Span, raw: str, problem: str | None) -> Banner:
    b = Banner(
        line=line,
        classification=name,
        classification_span=cls_span,
        station=_field(line, m, "station") if "station" in m.re.groupindex else None,
        serial=_field(line, m, "serial") if "serial" in m.re.groupindex else None,
        spaced=len(raw.split()) > 3,
        problem=problem,
    )
    if m["sec"]:
        b.section = (int(m["sec"]), int(m["of"]))
        b.section_span = Span(line.start + m.start("sec"), line.start + m.end("of"))
    if problem is None and any(c.islower() for c in raw):
        b.problem = f"classification {raw!r} is not in capitals"
    return b


_BANNER_LEADS: Final = P.Leads(P.BANNER, P.BANNER_BARE)


def _banner(line: Line) -> Banner | None:
    t = line.text
    if len(t) > 200:
        return None
    lead = _BANNER_LEADS(t)  # most lines tried open with no classification word
    m = P.BANNER.match(t) if P.BANNER in lead else None
    if m is None:
        m = P.BANNER_BARE.match(t) if P.BANNER_BARE in lead else None
        if m is None:
            return _fuzzy_banner(line)
    raw = m["cls"]
    return _make_banner(line, m, classification_name(raw),
                        Span(line.start + m.start("cls"), line.start + m.end("cls")), raw, None)


def _parse_eo(line: Line, offset: int = 0) -> EOLine | None:
    t = line.text[offset:]
    m = P.EO.match(t)
    if m is None:
        return None
    base = line.start + offset + m.start("rest")
    rest = m["rest"]
    eo = EOLine(line=line, order=None)
    mb = P.EO_BODY.match(rest)
    if mb is None:
        eo.problem = "no executive order number"
        return eo
    eo.order = Field(mb["order"], Span(base + mb.start("order"), base + mb.end("order")))
    eo.amended = bool(mb["amend1"] or mb["amend2"])
    tail = mb["rest"]
    tail_base = base + mb.start("rest")
    up = tail.upper()
    cut = max(up.find(" TAGS"), up.find(" TAG:"))
    if cut > 0:  # "E.O. 12958: N/A TAGS: ASEC ...": TAGS joined onto the E.O. line
        tail, up = tail[:cut], up[:cut]
    stripped = tail.strip()
    if not stripped:
        eo.problem = "nothing after the order number"
        return eo
    if len(stripped) >= 4 and set(stripped.upper()) <= {"X"}:  # redacted, not malformed
        eo.decl = Field(stripped, Span(tail_base + tail.find(stripped[0]), tail_base + len(tail.rstrip())))
        return eo
    if up.lstrip().startswith("N/A") or up.strip() in ("NA", "N/A.", "N.A."):
        k = tail.upper().find("N")
        eo.na = Field(tail[k:k + 3], Span(tail_base + k, tail_base + k + 3))
        return eo
    if "DECLASSIFIED" in up or "DECONTROL" in up:  # a release note: "AS AMENDED; DECLASSIFIED JUNE 21, 2006"
        eo.decl = Field(stripped, Span(tail_base + tail.find(stripped[0]), tail_base + len(tail.rstrip())))
        return eo
    k = up.find("DECL")
    if k < 0:
        k = up.find("DNG")
    if k < 0:
        # "E.O. 12958: 03/24/2019" (DECL: dropped) or "AS AMENDED; DECLASSIFIED ..."
        if "DECLASSIFIED" in up or "DECONTROL" in up or "GDS" in up or up.lstrip().startswith(("XGDS", "ADS")):
            eo.decl = Field(stripped, Span(tail_base + tail.find(stripped[0]), tail_base + len(tail.rstrip())))
            return eo
        dm = P.DATE_NUM.search(tail)
        if dm:
            eo.decl = Field(dm.group(0), Span(tail_base + dm.start(), tail_base + dm.end()))
            eo.decl_date = _date(dm)
            eo.problem = "'DECL:' keyword missing before the date"
        else:
            eo.problem = "expected 'DECL: MM/DD/YYYY' or 'N/A'"
        return eo
    after = tail[k:]
    c = after.find(":")
    value_start = k + (c + 1 if 0 <= c <= 6 else after.find(" ") + 1 if " " in after else len(after))
    value = tail[value_start:].strip()
    vs = tail_base + value_start + (len(tail[value_start:]) - len(tail[value_start:].lstrip()))
    eo.decl = Field(value, Span(vs, vs + len(value)))
    dm = P.DATE_NUM.search(value)
    if dm:
        eo.decl_date = _date(dm)
        la, lb, lc = len(dm["a"]), len(dm["b"]), len(dm["c"])
        if eo.decl_date is None:
            eo.problem = f"declassification date {dm.group(0)!r} is not a valid date"
        elif not ((la <= 2 and lc in (2, 4)) or (la == 4 and lc <= 2)) or lb > 2:
            eo.problem = f"declassification date {dm.group(0)!r} is not MM/DD/YYYY"
    elif not value:
        eo.problem = "'DECL:' without a date"
    return eo


def _date(m) -> tuple[int, int, int] | None:
    a, b, c = m["a"], m["b"], m["c"]
    if len(a) == 4:  # YYYY/MM/DD
        y, mo, d = int(a), int(b), int(c)
    else:  # MM/DD/YYYY or MM/DD/YY
        mo, d, y = int(a), int(b), int(c)
        if len(c) == 2:
            y += 2000 if y < 70 else 1900
    if not (1 <= mo <= 12 and 1900 <= y <= 2200) or not 1 <= d <= calendar.monthrange(y, mo)[1]:
        return None
    return (y, mo, d)


def _parse_tags(lines: list[Line]) -> TagsLine | None:
    return parse_tags(lines)  # in checker/parser/tags.py with the rest of the TAGS reading


def entry_block(lines: list[Line], value_start: int) -> TextBlock:
    """The value of a metadata entry (SUBJECT, REF, Classified By) over its lines."""
    text = " ".join(
        [lines[0].text[value_start - lines[0].start:].strip()] + [ln.text.strip() for ln in lines[1:]]
    ).strip()
    end = lines[-1].start + len(lines[-1].text.rstrip())
    return TextBlock(lines=lines, span=Span(value_start, max(value_start, end)), text=text)


# The line patterns of a key line (an entry, a paragraph, a banner or a caveat); tried only when
# the line's first characters allow, as most lines (header addressees) open with none of them.
_KEY_LEADS: Final = P.Leads(P.SUBJECT, P.REF, P.TAGS, P.EO, P.CLASSIFIED_BY, P.PARA, P.BANNER, P.BANNER_BARE,
                      P.CAVEAT, P.SBU_PROTECT)


def _is_key_line(t: str) -> bool:
    if len(t) > MAX_LINE:
        return False
    for pattern in _KEY_LEADS(t):
        if pattern.match(t):
            return True
    return False


def continuation(lines: list[Line], i: int, limit: int) -> int:
    """Index past the lines continuing a metadata entry at ``i`` (until blank or a key line)."""
    j = i + 1
    while j < len(lines) and j - i <= limit:
        t = lines[j].text
        if lines[j].blank or _is_key_line(t) or P.PAGE_BREAK.match(t):
            break
        j += 1
    return j


# Entries that close the routing lines ahead of the body.
_ENTRY_LEADS: Final = P.Leads(P.EO, P.TAGS, P.SUBJECT)


def _entry_ahead(lines: list[Line], i: int, limit: int = 20) -> bool:
    """An E.O., TAGS or SUBJECT line within ``limit`` non-blank lines after ``i``, before a paragraph,
    a page header or a sentence (a SUBJECT repeated atop page 2 is no evidence)."""
    seen = 0
    for j in range(i + 1, len(lines)):
        if lines[j].blank:
            continue
        t = lines[j].text
        if len(t) > MAX_LINE or P.PARA.match(t) or P.PAGE_HEADER.match(t) or P.PAGE_BREAK.match(t) \
                or P.ends_sentence(t):
            return False
        for pattern in _ENTRY_LEADS(t):
            if pattern.match(t):
                return True
        seen += 1
        if seen >= limit:
            return False
    return False


def _next_nonblank(lines: list[Line], i: int) -> Line | None:
    n = len(lines)
    while i < n and lines[i].blank:
        i += 1
    return lines[i] if i < n else None


# What such a line opens with: VZCZC, DE, ZN, a LOG line, or a DTG line ("R 271956Z FEB 08").
_BLOCK_HEADS: Final = ("VZCZC", "DE", "ZN", "INFO", "ACTION")


def _block_start(line: Line) -> bool:
    """A line that opens a (further) transmission header inside the metadata block."""
    s = line.text.lstrip()
    if not s[:1].isupper() or not (s.startswith(_BLOCK_HEADS) or s[1:2] == " " or s[1:2] == "\t"):
        return False  # (a cheap test first: most metadata lines are no header line at all)
    hl = _header_line(line)
    return hl is not None and hl.problem is None and (
        hl.name in ("VZCZC", "DE", "ZN", "LOG") or (hl.name == "DTG" and "prec" in hl.fields))


_AHEAD_LEADS: Final = P.Leads(P.PARA, P.EO, P.TAGS, P.SUBJECT)  # the body or the entries begin


def _header_ahead(lines: list[Line], i: int, limit: int = 8) -> int:
    """Index of a header line within ``limit`` non-blank lines after ``i``, or -1 (export debris before
    a repeated header: '>', '7/29/2009 14:42', '09KHARTOUM881', 'Embassy Khartoum', ...)."""
    n = len(lines)
    seen = 0
    j = i + 1
    while j < n and seen < limit:
        t = lines[j].text
        if not lines[j].blank:
            if _block_start(lines[j]):
                return j
            for pattern in _AHEAD_LEADS(t):
                if pattern.match(t):
                    return -1
            seen += 1
        j += 1
    return -1


def _tag_codes(t: str) -> bool:
    """A line of TAGS codes only ("CU, DR, EC, ES", "UNMIK"), as a wrapped TAGS line goes on."""
    toks = t.replace(",", " ").split()
    return 0 < len(toks) <= 16 and len(t) <= 100 and all(
        len(x) <= 8 and x.isupper() and x.replace("/", "").replace("-", "").isalnum() for x in toks)


_META_LEADS: Final = P.Leads(P.EXPORT_FIELD, P.DRAFTING, P.SBU_PROTECT, P.CAVEAT, P.EO, P.TAGS, P.TAGS_EMPTY, P.SUBJECT,
                       P.REF, P.REF_NOCOLON, P.CLASSIFIED_BY, P.ADDRESSEE, P.PARA, P.PAGE_BREAK, P.DASHES,
                       P.PARA_LOST)


def parse_metadata(cable: Cable, i: int) -> int:
    """Banner, caveats, addressees, E.O., TAGS, SUBJECT, REF, Classified By; returns body start.

    Exports may wrap the cable in a second block (a mail export's TAGS/Subject, then the banner and a
    header again): a full banner or header after E.O./TAGS/SUBJECT starts a new block, whose entries
    replace the wrapper's.
    """
    lines = cable.lines
    n = len(lines)
    keys: set[str] = set()  # E.O./TAGS/SUBJECT/REF seen in this block: unknown lines now start the body
    has_cb = False
    mail = any("DB/Inbox:" in lines[k].text for k in range(min(i, 8)))
    drafting = False
    while i < n:
        line = lines[i]
        t = line.text
        if line.blank:
            i += 1
            continue
        if len(t) > MAX_LINE:
            break
        lead = _META_LEADS(t)  # the patterns below that this line's first characters allow
        if (_note(t, False) or (mail and (P.MAIL_FIELD.match(t) or P.MAIL_TELEGRAM.match(t)))
                or (not cable.banners and not keys and P.EXPORT_FIELD in lead and P.EXPORT_FIELD.match(t))):
            line.kind = "note"
            i += 1
            continue
        if P.DRAFTING in lead and P.DRAFTING.match(t) and (drafting or t.lstrip().startswith("CX")):
            drafting = True
            line.kind = "note"
            i += 1
            continue
        if not cable.paragraphs and _block_start(line):
            block = Header()
            i = _header_block(lines, i, block)
            if cable.header is None and block.lines:
                cable.header = block
            continue
        b = _banner(line) if not cable.paragraphs else None
        if b is not None and (not keys or not cable.banners or (b.station is not None and b.serial is not None)):
            line.kind = "banner"
            cable.banners.append(b)
            if keys:  # a full banner after the entries: the wrapper's entries end, the cable's begin
                keys.clear()
                has_cb = False
            m = P.BANNER_BARE.match(t)
            dissem = m["dissem"] or m["dissem2"] if m is not None else None
            if m is not None and dissem:  # "SECRET//NOFORN"
                cable.caveats.append(Caveat(line, dissem.upper(), Span(line.start + m.start("dissem" if m["dissem"] else "dissem2"),
                                                                      line.start + m.end("dissem" if m["dissem"] else "dissem2"))))
            i += 1
            continue
        if P.SBU_PROTECT in lead and (m := P.SBU_PROTECT.match(t)):
            line.kind = "caveat"
            cable.caveats.append(Caveat(line, "SBU", Span(line.start + len(t) - len(t.lstrip()), line.end)))
            i += 1
            continue
        m = P.CAVEAT.match(t) if P.CAVEAT in lead else None
        if m and (not keys or m["kind"].upper() in _STRONG_CAVEATS):
            line.kind = "caveat"
            kind = " ".join(m["kind"].upper().split())
            if kind.startswith("SECSTATE"):
                kind = "SECSTATE FOR"
            elif kind == "SENSITIVE BUT UNCLASSIFIED":
                kind = "SBU"
            elif kind == "NOFORN SIPDIS":
                kind = "NOFORN"
            cable.caveats.append(Caveat(line, kind, Span(line.start + m.start("kind"), line.start + m.end("kind"))))
            i += 1
            continue
        if "eo" not in keys and P.EO in lead and (eo := _parse_eo(line)) is not None:
            line.kind = "eo"
            cable.eo = eo
            keys.add("eo")
            i += 1
            continue
        if "tags" not in keys and P.TAGS in lead and P.TAGS.match(t):
            j = i + 1
            # Wrapped TAGS: after a trailing comma anything, else lines of tag codes only ("PK, AF").
            while (j < n and j - i < 4 and not lines[j].blank and not _is_key_line(lines[j].text)
                   and (lines[j - 1].text.rstrip().endswith(",") or _tag_codes(lines[j].text))):
                j += 1
            tl = _parse_tags(lines[i:j])
            for ln in lines[i:j]:
                ln.kind = "tags"
            cable.tags = tl
            keys.add("tags")
            i = j
            continue
        if "tags" not in keys and P.TAGS_EMPTY in lead and P.TAGS_EMPTY.match(t):
            line.kind = "tags"
            cable.tags = TagsLine([line], Span(line.end, line.end), [], ":" in t, False, False, False,
                                  Span(line.start + len(t) - len(t.lstrip()), line.end))
            keys.add("tags")
            i += 1
            continue
        if "subject" not in keys and P.SUBJECT in lead and (m := P.SUBJECT.match(t)):
            j = continuation(lines, i, 4)
            for ln in lines[i:j]:
                ln.kind = "subject"
            cable.subject = entry_block(lines[i:j], line.start + m.start("rest"))
            keys.add("subject")
            i = j
            continue
        if ((P.REF in lead and (m := P.REF.match(t)))
                or (keys and P.REF_NOCOLON in lead and (m := P.REF_NOCOLON.match(t)))):
            j = continuation(lines, i, 12)
            for ln in lines[i:j]:
                ln.kind = "ref"
            if "ref" not in keys:
                cable.refs = []  # a new block's references replace the wrapper's
            cable.refs.append(entry_block(lines[i:j], line.start + m.start("rest")))
            keys.add("ref")
            i = j
            continue
        if not has_cb and P.CLASSIFIED_BY in lead and (m := P.CLASSIFIED_BY.match(t)):
            j = continuation(lines, i, 4)
            for ln in lines[i:j]:
                ln.kind = "classified_by"
            cable.classified_by = entry_block(lines[i:j], line.start + m.start("rest"))
            has_cb = True
            i = j
            continue
        para = P.PARA in lead and P.PARA.match(t) is not None
        if P.ADDRESSEE in lead and P.ADDRESSEE.match(t) and not para and (not keys or "subject" not in keys):
            line.kind = "addressee"
            cable.addressees.append(line)
            k = t.find("E.O.")
            if k > 0 and "eo" not in keys:
                cable.eo = _parse_eo(line, k)
                keys.add("eo")
            i += 1
            continue
        if cable.paragraphs:
            break
        if " OF " in t and P.PAGE_BREAK in lead and (m := P.PAGE_BREAK.match(t)):
            # A page break inside the metadata block ("CARACAS 00001333 001.2 OF 003" before Classified By).
            line.kind = "page_break"
            # PAGE_BREAK always captures station and serial
            cable.page_breaks.append(PageBreak(line, _field(line, m, "station"), _field(line, m, "serial"),  # type: ignore[arg-type]
                                               int(m["page"]), int(m["of"]), int(m["sub"] or 1)))
            i += 1
            continue
        if P.DASHES in lead and P.DASHES.match(t) and (nxt := _next_nonblank(lines, i + 1)) is not None and (
                _block_start(nxt) or _banner(nxt) is not None):
            line.kind = "note"  # a rule between a mail export's fields and the cable
            i += 1
            continue
        if not para and (j := _header_ahead(lines, i)) > 0:
            for ln in lines[i:j]:
                if not ln.blank:
                    ln.kind = "note"
            i = j
            continue
        if not keys and not cable.banners and not cable.caveats and cable.header is None:
            break  # no metadata block at all: the body starts here
        if not keys and not para and (cable.banners or ((cable.caveats or cable.header is not None)
                                                       and not P.ends_sentence(t) and _entry_ahead(lines, i))):
            # Lines between banner and E.O. that are none of the above ("PASS TO ...",
            # "CAPE TOWN FOR EMBASSY"): routing-like addressee lines. Without a banner (a copy that
            # ran it into the last header line) only when E.O./TAGS/SUBJECT follows soon.
            up = t.upper()
            routing = " FOR " in up or up.startswith("FOR ")
            if ((len(t) <= 120 or (routing and len(t) <= 400)) and (up == t or routing)
                    and not (P.PARA_LOST in lead and P.PARA_LOST.match(t))):
                line.kind = "addressee"
                cable.addressees.append(line)
                i += 1
                continue
        break
    return i
