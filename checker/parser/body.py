"""Body: numbered paragraphs, headings, page breaks, signature and the joined prose runs."""
from __future__ import annotations

import regex as re

from checker.model import (
    Cable,
    Field,
    Line,
    Marking,
    PageBreak,
    Paragraph,
    Prose,
    Segment,
    Span,
    SubParagraph,
)
from checker.parser import patterns as P

MAX_PARAGRAPH_NUMBER = 199
_MARK_LEVEL = {
    "U": "UNCLASSIFIED",
    "SBU": "UNCLASSIFIED",
    "LOU": "LIMITED OFFICIAL USE",
    "C": "CONFIDENTIAL",
    "S": "SECRET",
    "TS": "TOP SECRET",
    "UNCLASSIFIED": "UNCLASSIFIED",
    "CONFIDENTIAL": "CONFIDENTIAL",
    "SECRET": "SECRET",
}
_OPENER_HEADS = frozenset("0123456789.¶P")
_MARK_ALIASES = {"SBU/NF": "SBU", "FOUO": "SBU", "U/FOUO": "U", "U//FOUO": "U", "SBU//NF": "SBU"}
_TRAILER = re.compile(r"\s*+(?:NNNN|BT|#\d{1,6}+|Visit\s.{0,200}+|https?://\S{0,400}+|\S{0,80}+gov/wiki\S{0,200}+)\s*+$")
_SIGNATURE = re.compile(r"\s*+(?P<name>[A-Za-z][A-Za-z.'’-]{0,30}+(?:[ ,]{1,2}+[A-Za-z][A-Za-z.'’-]{0,30}+){0,3}+)\s*+\.?+\s*+$")


def parse_marking(text: str, span: Span) -> Marking | None:
    """A portion marking from the text inside its parentheses; None when it is plain prose."""
    inner = " ".join(text.split())
    up = inner.upper()
    if not inner or (inner != up and len(inner) > 4):
        return None  # "(see below)", "(Note: ...)"
    if et := P.ENTIRE_TEXT.search("(" + inner + ")"):
        code = (et["code"] or "").upper()
        code = {"CONFIDENTIAL": "C", "SECRET": "S", "UNCLASSIFIED": "U"}.get(code, code)
        return Marking(code, _MARK_LEVEL.get(code, ""), text, span, (), True)
    up = up.replace(" ", "")
    up = _MARK_ALIASES.get(up, up)
    code, _, rest = up.partition("/")
    dissem = tuple(d for d in rest.split("/") if d)
    return Marking(code, _MARK_LEVEL.get(code, ""), text, span, dissem)


def _plausible_marking(mtext: str) -> bool:
    inner = mtext.strip()
    return bool(inner) and len(inner) <= 16 and (inner.upper() == inner or len(inner) <= 4)


def parse_body(cable: Cable, start: int) -> None:
    lines = cable.lines
    n = len(lines)
    cable.body_start = lines[start].start if start < n else len(cable.text)
    end = _signature(cable, start)
    cable.body_end = lines[end - 1].end if end > start else cable.body_start
    pilcrow = any("¶" in lines[k].text[:12] for k in range(start, end))

    openers: list[tuple[int, Paragraph]] = []
    prev_blank = True
    for k in range(start, end):
        line = lines[k]
        t = line.text
        if line.blank:
            prev_blank = True
            continue
        if len(t) > 100_000:  # pathological line: keep it as prose, never pattern-match it whole
            prev_blank = False
            continue
        head = t.lstrip()[:1]
        if " OF " in t and (m := P.PAGE_BREAK.match(t)):
            line.kind = "page_break"
            cable.page_breaks.append(PageBreak(
                line,
                Field(m["station"], Span(line.start + m.start("station"), line.start + m.end("station"))),
                Field(m["serial"], Span(line.start + m.start("serial"), line.start + m.end("serial"))),
                int(m["page"]), int(m["of"]),
            ))
            continue  # transparent: does not end a paragraph or reset prev_blank
        if head in "-=_*" and P.DASHES.match(t):
            line.kind = "rule"
            prev_blank = True
            continue
        para = _opener(cable, line, pilcrow, prev_blank, len(openers)) if head in _OPENER_HEADS else None
        if para is not None:
            line.kind = "paragraph"
            openers.append((k, para))
            prev_blank = False
            continue
        if _is_heading(lines, k, start, end, prev_blank):
            line.kind = "heading"
            cable.headings.append(line)
            prev_blank = True
            continue
        prev_blank = False

    _close_paragraphs(cable, openers, end)
    _entire_text(cable, start, end)
    _build_prose(cable, start, end)


def _opener(cable: Cable, line: Line, pilcrow: bool, prev_blank: bool, count: int) -> Paragraph | None:
    t = line.text
    m = P.PARA.match(t)
    if m is not None:
        num = int(m["num"])
        if m["pil"] is None and pilcrow and not (m["mark"] and prev_blank):
            m = None  # in a ¶-numbered cable a bare "3." is a list item
        elif m["pil"] is None and not prev_blank:
            m = None
        elif num == 0 or num > MAX_PARAGRAPH_NUMBER:
            m = None
        elif m["mark"] is None and m["dot"].strip() == ")" :
            m = None  # "1)" list items
        elif m["mark"] is not None and not _plausible_marking(m["mtext"]):
            m = None if m["pil"] is None and not prev_blank else m
        if m is not None:
            rest = t[m.end():]
            if m["mark"] is None and rest[:1] not in ("", " ", "\t") and m["pil"] is None:
                return None  # "1.5 million", "3.A"
            return _paragraph(cable, line, m, num, count)
    if not prev_blank:
        return None
    m = P.PARA_LOST.match(t)
    if m is not None and _plausible_marking(m["mtext"]):
        return _paragraph(cable, line, m, None, count)
    if "¶" in t[:10]:
        m = P.PARA_LOST_PIL.match(t)
        if m is not None and (m["mark"] is None or _plausible_marking(m["mtext"])):
            return _paragraph(cable, line, m, None, count)
    return None


def _paragraph(cable: Cable, line: Line, m, num: int | None, index: int) -> Paragraph:
    marking = None
    if m["mark"] is not None and _plausible_marking(m["mtext"]):
        marking = parse_marking(m["mtext"], Span(line.start + m.start("mark"), line.start + m.end("mark")))
    num_span = Span(line.start + m.start("num"), line.start + m.end("num")) if num is not None else None
    body_at = m.end()
    if marking is None and m["mark"] is not None:
        body_at = m.start("mark")
    rest = line.text[body_at:]
    text_start = line.start + body_at + (len(rest) - len(rest.lstrip()))
    start = line.start + len(m["indent"])
    return Paragraph(
        index=index,
        number=num,
        number_span=num_span,
        start_line=line,
        end_line=line,
        span=Span(start, line.end),
        text_span=Span(text_start, line.end),
        marking=marking,
        lost_number=num is None,
        pilcrow=m["pil"] is not None,
    )


def _is_heading(lines: list[Line], k: int, start: int, end: int, prev_blank: bool) -> bool:
    t = lines[k].text.strip()
    if len(t) < 200 and ("---" in t or "===" in t or "___" in t) and P.HEADING_UNDERLINED.match(t):
        return True
    if not prev_blank or len(t) > 80 or t[-1] in ".,;:" or len(t.split()) > 12:
        return False
    nxt = k + 1
    if nxt < end and not lines[nxt].blank and not P.DASHES.match(lines[nxt].text):
        return False
    if t.startswith(("-", "(", "[", "\"", "'", "*")):
        return False
    if t[0].islower() or t[0].isdigit():
        return False
    return True


def _signature(cable: Cable, start: int) -> int:
    """Finds the closing signature; returns the index just past the body."""
    lines = cable.lines
    k = len(lines) - 1
    while k >= start and (lines[k].blank or (len(lines[k].text) < 500 and _TRAILER.match(lines[k].text))):
        if not lines[k].blank:
            lines[k].kind = "trailer"
        k -= 1
    if k < start:
        return len(lines)
    last = lines[k]
    t = last.text
    if (len(t) <= 40 and k > start and not P.PARA.match(t) and _SIGNATURE.match(t)
            and "XXXX" not in t.upper() and t.strip().upper() not in ("END", "END SUMMARY", "END COMMENT")):
        last.kind = "signature"
        cable.signature = last
        return k
    return k + 1


def _close_paragraphs(cable: Cable, openers: list[tuple[int, Paragraph]], end: int) -> None:
    lines = cable.lines
    for idx, (k, para) in enumerate(openers):
        stop = openers[idx + 1][0] if idx + 1 < len(openers) else end
        last = k
        for j in range(k + 1, stop):
            kind = lines[j].kind
            if kind == "heading":
                break
            if not lines[j].blank and kind not in ("page_break", "rule"):
                last = j
        para.end_line = lines[last]
        para.span = Span(para.span.start, lines[last].end)
        para.text_span = Span(min(para.text_span.start, lines[last].end), lines[last].end)
        for j in range(k + 1, last + 1):
            ln = lines[j]
            if ln.kind == "body":
                ln.kind = "paragraph"
                if (j == k + 1 or lines[j - 1].blank) and (sm := P.SUBPARA.match(ln.text)):
                    para.subparagraphs.append(
                        SubParagraph(sm["label"], ln, Span(ln.start + sm.start("label"), ln.end))
                    )
        cable.paragraphs.append(para)


def _entire_text(cable: Cable, start: int, end: int) -> None:
    """"(C - ENTIRE TEXT)" in the metadata block, SUBJECT or first paragraph covers the whole cable."""
    candidates = [ln for ln in cable.lines[:start] if ln.kind in ("subject", "classified_by", "body", "caveat", "addressee")]
    candidates += [ln for ln in cable.lines[start:min(end, start + 8)]]
    for ln in candidates:
        if len(ln.text) > 5000 or "ENTIRE" not in ln.text.upper():
            continue
        m = P.ENTIRE_TEXT.search(ln.text)
        if m:
            code = (m["code"] or m["code2"] or "").upper()
            code = {"CONFIDENTIAL": "C", "SECRET": "S", "UNCLASSIFIED": "U"}.get(code, code)
            cable.entire_text = Marking(code, _MARK_LEVEL.get(code, ""), m.group(0),
                                        Span(ln.start + m.start(), ln.start + m.end()), (), True)
            return


def _build_prose(cable: Cable, start: int, end: int) -> None:
    """Join each paragraph (or unnumbered block) into one running text with an offset map."""
    lines = cable.lines
    owner: dict[int, int] = {}
    for p in cable.paragraphs:
        for j in range(p.start_line.number - 1, p.end_line.number):
            owner[j] = p.index
    run: list[tuple[int, int]] = []  # (source start, source end) pieces
    run_para: int | None = None

    def flush() -> None:
        nonlocal run
        if run:
            parts: list[str] = []
            segs: list[Segment] = []
            pos = 0
            for s, e in run:
                if parts:
                    parts.append(" ")
                    pos += 1
                segs.append(Segment(pos, s, e - s))
                parts.append(cable.text[s:e])
                pos += e - s
            cable.prose.append(Prose("".join(parts), segs, run_para))
        run = []

    for j in range(start, end):
        ln = lines[j]
        para = owner.get(j)
        if ln.kind in ("heading", "page_break", "rule", "trailer"):
            if ln.kind == "heading":
                flush()
            continue
        if ln.blank:
            if para is None:
                flush()
            continue
        if para != run_para:
            flush()
            run_para = para
        s, e = ln.start, ln.end
        if para is not None and j == cable.paragraphs[para].start_line.number - 1:
            s = cable.paragraphs[para].text_span.start
        else:
            s += len(ln.text) - len(ln.text.lstrip())
        e = ln.start + len(ln.text.rstrip())
        if e > s:
            run.append((s, e))
    flush()
