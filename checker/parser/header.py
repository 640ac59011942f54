"""Transmission header, banner and metadata block (caveats, E.O., TAGS, SUBJECT, REF, ...)."""
from __future__ import annotations

from checker.model import (
    Banner,
    Cable,
    Caveat,
    EOLine,
    Field,
    Header,
    HeaderLine,
    Line,
    Span,
    Tag,
    TagsLine,
    TextBlock,
)
from checker.parser import patterns as P

_CLASS_NAMES = {
    "UNCLAS": "UNCLASSIFIED",
    "UNCLASSIFIED": "UNCLASSIFIED",
    "LIMITEDOFFICIALUSE": "LIMITED OFFICIAL USE",
    "CONFIDENTIAL": "CONFIDENTIAL",
    "SECRET": "SECRET",
    "TOPSECRET": "TOP SECRET",
}
MAX_LINE = 2000
# Caveats recognised even after E.O./TAGS/SUBJECT; weaker ones ("SBU") only before them.
_STRONG_CAVEATS = ("SIPDIS", "NOFORN", "EXDIS", "NODIS", "LIMDIS", "SENSITIVE")  # metadata lines longer than this are body text, whatever they start with


def classification_name(raw: str) -> str:
    return _CLASS_NAMES.get("".join(raw.split()).upper(), "")


def _field(line: Line, m, group: str) -> Field | None:
    if m.group(group) is None:
        return None
    return Field(m.group(group), Span(line.start + m.start(group), line.start + m.end(group)))


def _fields(line: Line, m, *groups: str) -> dict[str, Field]:
    out = {}
    for g in groups:
        f = _field(line, m, g)
        if f is not None:
            out[g] = f
    return out


def _header_line(line: Line) -> HeaderLine | None:
    """Recognise one header line by its keyword; ``problem`` says where the grammar fails."""
    t = line.text
    if len(t) > MAX_LINE:
        return None
    if P.VZCZC.match(t):
        return HeaderLine("VZCZC", line)
    if t.lstrip().startswith("VZCZC"):
        return HeaderLine("VZCZC", line, problem="VZCZC line has trailing text")
    if m := P.DE.match(t):
        return HeaderLine("DE", line, _fields(line, m, "ri", "serial", "part", "day", "time"))
    if P.DE_LOOSE.match(t) and "#" in t:
        return HeaderLine("DE", line, problem="expected 'DE RIXXXX #NNNN[/NN] DDDHHMM'")
    if m := P.ZN.match(t):
        return HeaderLine("ZN", line, _fields(line, m, "kind", "code"))
    if P.ZN_LOOSE.match(t):
        return HeaderLine("ZN", line, problem="expected 'ZNR UUUUU' or 'ZNY CCCCC'")
    if m := P.DTG.match(t):
        hl = HeaderLine("DTG", line, _fields(line, m, "prec", "day", "hour", "minute", "month", "year"))
        d, h, mi = int(m["day"]), int(m["hour"]), int(m["minute"])
        if m["month"] not in P.MONTHS:
            hl.problem = f"unknown month {m['month']!r}"
        elif not (1 <= d <= 31 and h <= 23 and mi <= 59):
            hl.problem = "day, hour or minute out of range"
        return hl
    if P.DTG_LOOSE.match(t):
        return HeaderLine("DTG", line, problem="expected 'P DDHHMMZ MON YY'")
    if m := P.FM.match(t):
        return HeaderLine("FM", line, _fields(line, m, "station"))
    if m := P.TO.match(t):
        return HeaderLine("TO", line, _fields(line, m, "rest"))
    if P.LOG_LINE.match(t):
        return HeaderLine("LOG", line)
    if m := P.INFO.match(t):
        return HeaderLine("INFO", line, _fields(line, m, "rest"))
    if m := P.ROUTING.match(t):
        return HeaderLine("ROUTING", line, _fields(line, m, "prec"))
    return None


def parse_header(cable: Cable, i: int) -> int:
    """Read the transmission header from line ``i``; returns the first line after it."""
    lines = cable.lines
    header = Header()
    last: HeaderLine | None = None
    n = len(lines)
    while i < n:
        line = lines[i]
        t = line.text
        if line.blank:
            if last is not None and last.name == "LOG":
                last = None
            elif last is not None and last.name in ("TO", "INFO"):
                last = None
            i += 1
            continue
        if P.PARTIAL_NOTE.match(t) or P.DATE_LINE.match(t):
            line.kind = "note"
            i += 1
            continue
        hl = _header_line(line)
        if hl is not None and not (hl.name == "ROUTING" and header.lines and header.get("DE")):
            # A TO/INFO continuation can look like a keyword line only for TO/INFO themselves.
            line.kind = "header"
            header.lines.append(hl)
            last = hl
            i += 1
            continue
        if last is not None and last.name in ("TO", "INFO", "LOG") and not _looks_like_banner(t):
            line.kind = "header"
            last.continuation.append(line)
            i += 1
            continue
        break
    if header.lines:
        cable.header = header
    return i


def _looks_like_banner(t: str) -> bool:
    return len(t) <= MAX_LINE and (P.BANNER.match(t) is not None or P.BANNER_BARE.match(t) is not None)


def _banner(line: Line) -> Banner | None:
    t = line.text
    if len(t) > 200:
        return None
    m = P.BANNER.match(t)
    if m is None:
        m = P.BANNER_BARE.match(t)
        if m is None:
            return None
        station = serial = None
    else:
        station = _field(line, m, "station")
        serial = _field(line, m, "serial")
    raw = m["cls"]
    b = Banner(
        line=line,
        classification=classification_name(raw),
        classification_span=Span(line.start + m.start("cls"), line.start + m.end("cls")),
        station=station,
        serial=serial,
        spaced=" " in raw and raw.replace(" ", "").isupper() and len(raw.split()) > 3,
    )
    if m["sec"]:
        b.section = (int(m["sec"]), int(m["of"]))
        b.section_span = Span(line.start + m.start("sec"), line.start + m.end("of"))
    return b


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
    stripped = tail.strip()
    if not stripped:
        eo.problem = "nothing after the order number"
        return eo
    if up.lstrip().startswith("N/A") or up.strip() in ("NA", "N/A.", "N.A."):
        k = tail.upper().find("N")
        eo.na = Field(tail[k:k + 3], Span(tail_base + k, tail_base + k + 3))
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
        if eo.decl_date is None:
            eo.problem = f"declassification date {dm.group(0)!r} is not a valid date"
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
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2200):
        return None
    return (y, mo, d)


def _parse_tags(lines: list[Line]) -> TagsLine | None:
    first = lines[0]
    m = P.TAGS.match(first.text)
    if m is None:
        return None
    tags: list[Tag] = []
    uses_md = False
    uses_commas = False
    rest_start = first.start + m.start("rest")
    chunks = [(rest_start, m["rest"])] + [(ln.start, ln.text) for ln in lines[1:]]
    for base, text in chunks:
        if "," in text:
            uses_commas = uses_commas or _comma_outside_parens(text)
        for tm in P.TAG_TOKEN.finditer(text):
            if tm["md"] is not None:
                uses_md = True
                inner = tm["md"].strip()
                s = base + tm.start("md") + tm["md"].find(inner[:1]) if inner else base + tm.start("md")
                code, _, person = inner.partition("(")
                tags.append(Tag(inner, Span(s, s + len(inner)), code.strip().upper(),
                                person.rstrip(")").strip() or None))
            else:
                s, e = base + tm.start(), base + tm.end()
                code = tm["word"].rstrip(".").upper()
                tags.append(Tag(tm.group(0), Span(s, e), code, tm["person"].strip() if tm["person"] else None))
    last = lines[-1]
    raw = "".join(t for _, t in chunks)
    return TagsLine(
        lines=lines,
        span=Span(rest_start, last.end),
        tags=tags,
        has_colon=m["colon"] is not None,
        uses_commas=uses_commas,
        uses_markdown=uses_md,
        has_lowercase=any(c.islower() for c in raw.replace("](#)", "")) or m["kw"] != "TAGS",
        keyword_span=Span(first.start + m.start("kw"), first.start + m.end("kw")),
    )


def _comma_outside_parens(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            return True
    return False


def _block(lines: list[Line], value_start: int) -> TextBlock:
    text = " ".join(
        [lines[0].text[value_start - lines[0].start:].strip()] + [ln.text.strip() for ln in lines[1:]]
    ).strip()
    end = lines[-1].start + len(lines[-1].text.rstrip())
    return TextBlock(lines=lines, span=Span(value_start, max(value_start, end)), text=text)


def _is_key_line(t: str) -> bool:
    if len(t) > MAX_LINE:
        return False
    return bool(
        P.SUBJECT.match(t) or P.REF.match(t) or P.TAGS.match(t) or P.EO.match(t) or P.CLASSIFIED_BY.match(t)
        or P.PARA.match(t) or _looks_like_banner(t) or P.CAVEAT.match(t) or P.SBU_PROTECT.match(t)
    )


def _continuation(lines: list[Line], i: int, limit: int) -> int:
    """Index past the lines continuing a metadata entry at ``i`` (until blank or a key line)."""
    j = i + 1
    while j < len(lines) and j - i <= limit:
        t = lines[j].text
        if lines[j].blank or _is_key_line(t) or P.PAGE_BREAK.match(t):
            break
        j += 1
    return j


def parse_metadata(cable: Cable, i: int) -> int:
    """Banner, caveats, addressees, E.O., TAGS, SUBJECT, REF, Classified By; returns body start."""
    lines = cable.lines
    n = len(lines)
    seen_key = False  # any of E.O./TAGS/SUBJECT/REF seen: unknown lines now start the body
    while i < n:
        line = lines[i]
        t = line.text
        if line.blank:
            i += 1
            continue
        if len(t) > MAX_LINE:
            break
        if P.PARTIAL_NOTE.match(t) or P.DATE_LINE.match(t):
            line.kind = "note"
            i += 1
            continue
        b = _banner(line) if not cable.paragraphs else None
        if b is not None and (not seen_key or not cable.banners):
            line.kind = "banner"
            cable.banners.append(b)
            i += 1
            continue
        if m := P.SBU_PROTECT.match(t):
            line.kind = "caveat"
            cable.caveats.append(Caveat(line, "SBU", Span(line.start + len(t) - len(t.lstrip()), line.end)))
            i += 1
            continue
        m = P.CAVEAT.match(t)
        if m and (not seen_key or m["kind"].upper() in _STRONG_CAVEATS):
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
        if cable.eo is None and (eo := _parse_eo(line)) is not None:
            line.kind = "eo"
            cable.eo = eo
            seen_key = True
            i += 1
            continue
        if cable.tags is None and P.TAGS.match(t):
            j = i + 1
            if t.rstrip().endswith(","):
                while j < n and not lines[j].blank and not _is_key_line(lines[j].text) and j - i < 4:
                    j += 1
            tl = _parse_tags(lines[i:j])
            for ln in lines[i:j]:
                ln.kind = "tags"
            cable.tags = tl
            seen_key = True
            i = j
            continue
        if cable.tags is None and P.TAGS_EMPTY.match(t):
            line.kind = "tags"
            cable.tags = TagsLine([line], Span(line.end, line.end), [], ":" in t, False, False, False,
                                  Span(line.start + len(t) - len(t.lstrip()), line.end))
            seen_key = True
            i += 1
            continue
        if cable.subject is None and (m := P.SUBJECT.match(t)):
            j = _continuation(lines, i, 4)
            for ln in lines[i:j]:
                ln.kind = "subject"
            cable.subject = _block(lines[i:j], line.start + m.start("rest"))
            seen_key = True
            i = j
            continue
        if (m := P.REF.match(t)) or (seen_key and (m := P.REF_NOCOLON.match(t))):
            j = _continuation(lines, i, 12)
            for ln in lines[i:j]:
                ln.kind = "ref"
            cable.refs.append(_block(lines[i:j], line.start + m.start("rest")))
            seen_key = True
            i = j
            continue
        if cable.classified_by is None and (m := P.CLASSIFIED_BY.match(t)):
            j = _continuation(lines, i, 4)
            for ln in lines[i:j]:
                ln.kind = "classified_by"
            cable.classified_by = _block(lines[i:j], line.start + m.start("rest"))
            i = j
            continue
        if P.ADDRESSEE.match(t) and not P.PARA.match(t) and (not seen_key or cable.subject is None):
            line.kind = "addressee"
            cable.addressees.append(line)
            k = t.find("E.O.")
            if k > 0 and cable.eo is None:
                cable.eo = _parse_eo(line, k)
                seen_key = True
            i += 1
            continue
        if not seen_key and not cable.banners and not cable.caveats and cable.header is None:
            break  # no metadata block at all: the body starts here
        if not seen_key and cable.banners and not P.PARA.match(t):
            # Lines between banner and E.O. that are none of the above ("PASS TO ...",
            # "CAPE TOWN FOR EMBASSY"): routing-like addressee lines.
            if len(t) <= 120 and t.upper() == t and not P.PARA_LOST.match(t):
                line.kind = "addressee"
                cable.addressees.append(line)
                i += 1
                continue
        break
    return i
