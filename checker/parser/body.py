"""Body: numbered paragraphs, headings, page breaks, signature and the joined prose runs.

Two passes over the body lines. The first classifies lines (page breaks, rules, headings) and
collects paragraph-opener candidates; the second reads the candidates as a sequence and decides
which open a paragraph and which are items of a numbered list inside one (Cablegate writes both as
"¶N.", so only the numbering and the markings tell them apart).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Final

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
from checker.parser.header import continuation, entry_block

MAX_PARAGRAPH_NUMBER: Final = 199
_MARK_LEVEL: Final = {
    "U": "UNCLASSIFIED",
    "SBU": "UNCLASSIFIED",
    "LOU": "LIMITED OFFICIAL USE",
    "C": "CONFIDENTIAL",
    "S": "SECRET",
    "TS": "TOP SECRET",
}
_CLASS_CODE: Final = {"CONFIDENTIAL": "C", "SECRET": "S", "UNCLASSIFIED": "U", "TOP SECRET": "TS",
               "SENSITIVE BUT UNCLASSIFIED": "SBU", "LIMITED OFFICIAL USE": "LOU"}
_CODE_WORDS: Final = {"UNCLASSIFIED": "U", "UNCLAS": "U", "CONFIDENTIAL": "C", "SECRET": "S", "TOPSECRET": "TS"}
_OPENER_HEADS: Final = frozenset("0123456789.¶P")
_MARK_ALIASES: Final = {"FOUO": "SBU", "U/FOUO": "U", "U//FOUO": "U"}
_TRAILER: Final = re.compile(
    r"\s*+(?:NNNN|BT|#\d{1,6}+|Visit\s.{0,200}+|https?://\S{0,400}+|\S{0,80}+gov/wiki\S{0,200}+"
    r"|[>#*=_~-]{1,10}+"
    # a release database's stamp: "2004PARAMA00098 - Classification: UNCLASSIFIED", "v1.6.3"
    r"|>?+\s*+\d{4}[A-Z]{2,8}+\d{3,6}+\s++-\s++Classification:[A-Za-z /]{0,40}+\"?+|v\d{1,2}+(?:\.\d{1,3}+){1,3}+"
    r")\s*+$"
)  # (stray marks after the signature are furniture; so is a classification line, see _signature)
_SIGNATURE: Final = re.compile(
    r"\s*+(?P<name>[A-Za-z][A-Za-z.'’-]{0,30}+(?:[ ,]{1,2}+[A-Za-z][A-Za-z.'’-]{0,30}+){0,3}+)\s*+#?+\.?+\s*+$"
)  # ("MCDONALD#": a copy's end-of-text mark run onto the name)
_NAME_PARTICLES: Final = frozenset(("de", "da", "van", "von", "der", "bin", "al", "el", "la", "le", "du"))
_PILCROW_LINE: Final = re.compile(r"^[ \t]{0,8}+¶", re.MULTILINE)
# "¶A.", "b)", "-- C." at the start of a line: a lettered sub-paragraph.
_SUBPARA: Final = re.compile(r"\s{0,12}+(?:¶\s{0,2}+|--?+\s*+)?+(?P<label>[A-Za-z])[.)]\s++(?=\S)")
# "15 (SBU) He also ...": the dot after the number lost; only with a marking.
_PARA_NODOT: Final = re.compile(r"(?P<indent>\s{0,8}+)(?P<pil>¶\s*+)?+(?P<num>\d{1,3}+)(?P<dot>)(?=[ \t]++\()")
# The portion marking after the number; also after a leading "Summary:" ("¶1. Summary: (C) ...").
_MARK_AT: Final = re.compile(r"[ \t]*+(?P<label>(?:SUMMARY|Summary|COMMENT|Comment)[ \t]*+[:.]?+[ \t]*+)?+"
                      r"(?P<mark>\((?P<mtext>[^()\n]{1,120}+)\))")
# Classification words written out in a marking ("(SECRET/REL FRANCE)"); other codes are short.
_LONG_CODES: Final = frozenset(("UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL", "SECRET", "TOPSECRET", "SENSITIVE"))
_SLASH_CODES: Final = frozenset(("U", "SBU", "C", "S", "TS", "LOU")) | _LONG_CODES
_CLASS_LINES: Final = frozenset(("UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL", "SECRET", "TOP SECRET",
                          "LIMITED OFFICIAL USE", "C O N F I D E N T I A L", "S E C R E T"))
# A number at the start of a line after these words belongs to the sentence ("on September\n¶15.").
_MONTHS: Final = frozenset("JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER "
                    "DECEMBER JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC".split())
_CARRY_WORDS: Final = frozenset("AND OR OF ON TO THE IN BY AT FROM FOR WITH PARA PARAS PARAGRAPH PARAGRAPHS "
                         "REF REFTEL SECTION SECTIONS NO NUMBER ITEM ITEMS POINT POINTS".split())
_SENTENCE_END: Final = frozenset('.!?"”’\')]')
_AFTER_HEADING: Final = frozenset("¶-=_*0123456789")
_PROSE_SKIP: Final = frozenset(("heading", "page_break", "rule", "trailer", "note", "caveat", "classified_by"))


def parse_marking(text: str, span: Span) -> Marking | None:
    """A portion marking from the text inside its parentheses; None when it is plain prose."""
    parts = _marking_parts(text)
    if parts is None:
        return None
    code, dissem, entire = parts
    return Marking(code, _MARK_LEVEL.get(code, ""), text, span, dissem, entire)


@lru_cache(maxsize=1024)  # a few markings ("C", "SBU", "S/NF") make up nearly all
def _marking_parts(text: str) -> tuple[str, tuple[str, ...], bool] | None:
    """(code, dissemination controls, entire text) of ``parse_marking``."""
    inner = " ".join(text.split())
    up = inner.upper()
    if not inner or (inner != up and len(inner) > 4 and "/" not in inner):
        return None  # "(see below)", "(Note: ...)"
    if "ENTIRE" in up and (et := P.ENTIRE_TEXT.search("(" + inner + ")")):
        code = (et["code"] or "").upper()
        return _CLASS_CODE.get(code, code), (), True
    up = _MARK_ALIASES.get(up.replace(" ", ""), up)
    if "/" in up:
        code, _, rest = up.partition("/")
        code = code.replace(" ", "")
        dissem = tuple(" ".join(d.split()) for d in rest.split("/") if d.strip())
    else:
        # "C NF": a slash dropped in transcription
        code, *more = up.split()
        dissem = tuple(more)
    return _CODE_WORDS.get(code, code), dissem, False


@lru_cache(maxsize=1024)  # a few markings ("C", "SBU", "S/NF") make up nearly all
def _plausible_marking(mtext: str) -> bool:
    """Whether the text inside parentheses at a paragraph's start is a portion marking."""
    inner = mtext.strip()
    if not inner or len(inner) > 120:
        return False
    if len(inner) == 1:
        return inner in "UCSucs"  # "(a)", "(b)" are list labels
    code, slash, rest = inner.partition("/")
    code = code.replace(" ", "")
    if inner.upper() != inner and len(inner) > 4 and not (slash and (code.upper() in _SLASH_CODES or not code)):
        return False  # "(see below)", "(Note: ...)"; but "(Secret/Rel Armenia)"
    code = code.upper()
    if not code and slash and rest.lstrip("/")[:3].upper() in ("REL", "NF", "NOF"):
        return True  # "(/Rel UK)": the code lost; C004 reports it
    if not code.isalpha() or (len(code) > 4 and code not in _LONG_CODES):
        return False  # "(1.4 B)", "(COMMENT)"
    return len(inner) <= 16 or bool(slash)  # long only with a "/REL ..." list


def _marking_at(t: str, pos: int) -> tuple[int, int, str, int] | None:
    """The portion marking after a paragraph number: (start, end, text inside, text start)."""
    m = _MARK_AT.match(t, pos)
    if m is None:
        return None
    label, mtext = m.group("label", "mtext")
    if not _plausible_marking(mtext):
        return None
    text_at = m.start("label") if label is not None else m.end()
    return m.start("mark"), m.end(), mtext, text_at


class _Cand:
    """A line that may open a paragraph (decided by ``_select``)."""

    __slots__ = ("k", "line", "num", "num_span", "mark", "head_end", "pil", "dot", "prev_blank", "carry", "indent")

    def __init__(self, k, line, num, num_span, mark, head_end, pil, dot, prev_blank, carry, indent):
        self.k, self.line, self.num, self.num_span, self.mark = k, line, num, num_span, mark
        self.head_end, self.pil, self.dot = head_end, pil, dot
        self.prev_blank, self.carry, self.indent = prev_blank, carry, indent

    @property
    def marked(self) -> bool:
        return self.mark is not None

    @property
    def shape(self) -> tuple:
        return (self.pil, self.indent, self.prev_blank)


def parse_body(cable: Cable, start: int) -> None:
    lines = cable.lines
    n = len(lines)
    cable.body_start = lines[start].start if start < n else len(cable.text)
    end = _signature(cable, start)
    cable.body_end = lines[end - 1].end if end > start else cable.body_start
    pilcrow = _PILCROW_LINE.search(cable.text, cable.body_start, cable.body_end) is not None

    cands: list[_Cand] = []
    prev_blank = True
    prev_text = ""  # last text line, page breaks skipped; "" after a rule or heading
    page_header = False
    after_break = -9  # index of the last page-break line
    for k in range(start, end):
        line = lines[k]
        if line.blank:
            prev_blank = True
            continue
        t = line.text
        if len(t) > 100_000:  # pathological line: keep it as prose, never pattern-match it whole
            prev_blank, prev_text = False, ""
            continue
        s = t.lstrip()
        c0 = s[0]
        if c0.islower() and not ("---" in s or "===" in s or "___" in s):
            # Running text (half the lines): no page break, opener, rule or heading starts with a
            # small letter, except an underlined heading.
            prev_blank, prev_text = False, t
            continue
        if c0.isupper() and len(t) < 90 and t.rstrip()[-1:].isdigit() and (m := _page_break(t)):
            line.kind = "page_break"
            b = line.start
            cable.page_breaks.append(PageBreak(
                line,
                Field(t[m.start("station"):m.end("station")], Span(b + m.start("station"), b + m.end("station"))),
                Field(m["serial"], Span(b + m.start("serial"), b + m.end("serial"))),
                int(m["page"]), int(m["of"]), int(m["sub"]) if m["sub"] else 1,
            ))
            after_break = k
            continue  # transparent: does not end a paragraph or reset prev_blank
        if c0 == "C" and not cands and cable.classified_by is None and (m := P.CLASSIFIED_BY.match(t)):
            # A Classified By line the metadata pass did not reach (after a page header run into
            # the references, say): still the classifier's line, not prose.
            j = min(continuation(lines, k, 4), end)
            for ln in lines[k:j]:
                ln.kind = "classified_by"
            cable.classified_by = entry_block(lines[k:j], line.start + m.start("rest"))
            prev_blank, prev_text = False, ""
            continue
        if line.kind == "classified_by":  # (its continuation lines)
            continue
        if c0 == "S" and (s.startswith("SIPDIS") and s.rstrip() == "SIPDIS"
                          or after_break >= k - 3 and s.startswith("SUBJECT:")):
            # SIPDIS inserted by the distribution system; the subject repeated atop a page
            line.kind = "caveat" if s[1] == "I" else "note"
            continue
        if c0 in _OPENER_HEADS and (c0 != "P" or s.startswith("PA")):
            if c0 == "P" and s.startswith("PAGE ") and P.PAGE_HEADER.match(t):
                line.kind = "note"  # a print page header, as the header parser calls it
                page_header = True
                continue
            cand = _candidate(k, line, s, pilcrow, prev_blank, prev_text)
            if cand is not None:
                cands.append(cand)
                prev_blank, prev_text = False, t
                continue
        elif c0 in "-=_*" and _is_rule(s):
            line.kind = "rule"
            prev_blank, prev_text = True, ""
            continue
        if len(s) <= 100:
            # a heading stands alone: the next line is blank, a rule or a paragraph opener
            nxt = lines[k + 1] if k + 1 < end else None
            # (the cheaper test, on the line before, first)
            if ((prev_blank or not prev_text or prev_text.rstrip()[-1:] in _SENTENCE_END)
                    and (nxt is None or nxt.blank or nxt.text.lstrip()[:1] in _AFTER_HEADING or "---" in s
                         or "===" in s or "___" in s)
                    and _is_heading(lines, k, end)):
                line.kind = "heading"
                cable.headings.append(line)
                prev_blank, prev_text = True, ""
                continue
        prev_blank, prev_text = False, t

    if page_header:
        _page_furniture(cable, start, end)
    _close_and_join(cable, _select(cable, cands), start, end)
    _entire_text(cable, start, end)


def _is_rule(s: str) -> bool:
    """A line of dashes or the like: "-----", "- - - - -", "--" (``s`` has no leading space)."""
    return P.DASHES.match(s) is not None or (len(s) < 200 and not s.replace(" ", "").strip("-=_*\t"))


def _page_break(t: str):
    """PAGE_BREAK, also for mixed-case lines ("Baku 00000478 002.2 of 003"); offsets are t's."""
    m = P.PAGE_BREAK.match(t)
    if m is None and " of " in t and len(u := t.upper()) == len(t):
        m = P.PAGE_BREAK.match(u)
    return m


def _candidate(k: int, line: Line, s: str, pilcrow: bool, prev_blank: bool, prev_text: str) -> _Cand | None:
    t = line.text
    indent = len(t) - len(s)
    m = P.PARA.match(t)
    if m is None and prev_blank and s[0].isdigit():
        m = _PARA_NODOT.match(t)  # "15 (SBU) He also ...": only with a marking, checked below
    if m is not None:
        num_text, pil_text, dot_text = m.group("num", "pil", "dot")
        num = int(num_text)
        pil = pil_text is not None
        dot_text = dot_text.strip()
        dot = dot_text or "."
        head = m.end("dot")
        mark = _marking_at(t, head)
        if num == 0 or num > MAX_PARAGRAPH_NUMBER or (mark is None and not dot_text):
            return None
        if not pil:
            if not prev_blank and (mark is None or prev_text.rstrip()[-1:] not in _SENTENCE_END):
                return None  # a number inside running text; "...said.\n3.(C) Next" still opens
            if pilcrow and mark is None:
                return None  # in a ¶-numbered cable a bare "3." is a list item
            if mark is None and t[head:head + 1] not in ("", " ", "\t"):
                return None  # "1.5 million", "3.A"
        if dot == ")" and mark is None:
            return None  # "1)" list items
        carry = mark is None and _carries(prev_text, num, prev_blank)
        return _Cand(k, line, num, m.span("num"), mark, head, pil, dot, prev_blank, carry, indent)
    if not prev_blank:
        return None
    if s[0] == "¶":
        rest = s[1:].lstrip()
        r0 = rest[:1]
        if r0 == "." or r0 == "(" or (r0.isupper() and rest[1:2] not in (".", ")")):
            head = indent + 1
            while head < len(t) and t[head] in " \t.":
                head += 1
            mark = _marking_at(t, head)
            if r0 != "(" or mark is not None:
                return _Cand(k, line, None, None, mark, head, True, ".", True, False, indent)
        return None
    if s[0] == "." and (mark := _marking_at(t, indent + 1)) is not None:
        return _Cand(k, line, None, None, mark, indent + 1, False, ".", True, False, indent)
    return None


def _carries(prev_text: str, num: int, prev_blank: bool) -> bool:
    """True when the line before ends mid-sentence, so that the number may belong to it
    ("on September\n¶15.", "NATO Response Force\n¶14."); ``_select`` decides with the numbering."""
    p = prev_text.rstrip()
    if not p or p[-1] in _SENTENCE_END or p[-1] == ":":
        return False
    if p[-1] == "," or (not prev_blank and p[-1].islower()):
        return True
    word = p[-12:].rsplit(None, 1)[-1].upper()
    return word in _CARRY_WORDS or (num <= 31 and word in _MONTHS)


def _select(cable: Cable, cands: list[_Cand]) -> list[Paragraph]:
    """Paragraphs among the candidates; the rest are numbered-list items or sentence text."""
    paras: list[Paragraph] = []
    last = None  # number of the last numbered paragraph
    main_dot = None
    main_shape = None
    list_next = None  # next item number while inside a numbered list
    list_marked = False
    list_shape = None
    main_marked = False
    for idx, c in enumerate(cands):
        if c.num is None:
            paras.append(_paragraph(cable, c, len(paras)))
            list_next = None
            continue
        expected = (last or 0) + 1
        if c.carry and (not c.prev_blank or c.num != expected):
            continue
        if main_dot is not None and c.dot != main_dot:
            list_next = c.num + 1  # "1) (S/NF)" items under "¶1. (S/NF)" paragraphs
            continue
        if list_next is not None:
            ends = ((c.marked and not list_marked)
                    or (c.num == expected and (c.num != list_next
                                               or _ends_list(c, cands, idx, main_shape, list_shape, main_marked))))
            if not ends:
                list_next, list_shape = c.num + 1, c.shape
                continue
            list_next = None
        elif last is not None and c.num == 1 and c.num != expected and not (c.marked and c.shape == main_shape):
            list_next, list_marked, list_shape = 2, c.marked, c.shape
            continue
        paras.append(_paragraph(cable, c, len(paras)))
        last = c.num
        main_dot = c.dot
        main_shape = c.shape
        main_marked = c.marked
    return paras


def _ends_list(c: _Cand, cands: list[_Cand], idx: int, main_shape, list_shape, main_marked: bool) -> bool:
    """Item "3." of a list inside paragraph 2, or paragraph 3 after a two-item list?"""
    if main_marked != c.marked:
        return c.marked  # paragraphs carry markings and list items do not
    if c.shape != list_shape:
        return c.shape == main_shape
    # same look: it is a list item if the same number comes again soon (the real paragraph)
    return not any(d.num == c.num for d in cands[idx + 1:idx + 4])


def _paragraph(cable: Cable, c: _Cand, index: int) -> Paragraph:
    line = c.line
    base = line.start
    marking = None
    text_at = c.head_end
    if c.mark is not None:
        ms, me, mtext, text_at = c.mark
        marking = parse_marking(mtext, Span(base + ms, base + me))
    t = line.text
    while text_at < len(t) and t[text_at] in " \t":
        text_at += 1
    line.kind = "paragraph"
    # (positional arguments: index, number, number_span, start_line, end_line, span, text_span,
    # marking, lost_number, pilcrow; a keyword call costs more, once per paragraph)
    return Paragraph(
        index,
        c.num,
        Span(base + c.num_span[0], base + c.num_span[1]) if c.num_span else None,
        line,
        line,
        Span(base + c.indent, line.end),
        Span(base + text_at, line.end),
        marking,
        c.num is None,
        c.pil,
    )


def _is_heading(lines: list[Line], k: int, end: int) -> bool:
    """A short title line on its own (the caller checked that no sentence runs into it)."""
    t = lines[k].text.strip()
    if ("---" in t or "===" in t or "___" in t) and P.HEADING_UNDERLINED.match(t):
        return True
    if len(t) > 80 or t[-1] in ".,;:" or t[0] in "-([\"'*“" or t[0].islower() or t[0].isdigit():
        return False
    nxt = k + 1
    if nxt < end and not lines[nxt].blank:
        nt = lines[nxt].text
        n0 = nt.lstrip()[:1]
        if n0 in "-=_*":
            if not _is_rule(nt.lstrip()):
                return False
        elif n0 != "¶" and not (n0.isdigit() and P.PARA.match(nt)):
            return False  # the next line goes on with the same block
    if len(t.split()) > 12 or t.upper().startswith("END ") or t.upper() in _CLASS_LINES:
        return False
    return t.strip("Xx") != ""  # a redaction is not a title


def _page_furniture(cable: Cable, start: int, end: int) -> None:
    """Classification lines around print "PAGE nn" headers are page furniture, like the header."""
    for ln in cable.lines[start:end]:
        if ln.kind in ("body", "heading") and not ln.blank and ln.text.strip() in _CLASS_LINES:
            ln.kind = "note"
            if ln in cable.headings:
                cable.headings.remove(ln)


def _signature(cable: Cable, start: int) -> int:
    """Finds the closing signature; returns the index just past the body."""
    lines = cable.lines
    k = len(lines) - 1
    while k >= start and (lines[k].blank or (len(lines[k].text) < 500 and (
            _TRAILER.match(lines[k].text) or lines[k].text.strip() in _CLASS_LINES))):
        if not lines[k].blank:
            lines[k].kind = "trailer"
        k -= 1
    if k < start:
        return len(lines)
    last = lines[k]
    t = last.text
    up = t.strip().upper()
    if (len(t) <= 40 and k > start and not P.PARA.match(t) and _SIGNATURE.match(t)
            and "XXXX" not in up and not up.startswith("END") and up != "NNNN"
            and all(w[:1].isupper() or w in _NAME_PARTICLES for w in t.replace(",", " ").split() if w != ".")):
        last.kind = "signature"
        cable.signature = last
        return k
    return k + 1


def _entire_text(cable: Cable, start: int, end: int) -> None:
    """"(C - ENTIRE TEXT)" in the metadata block, SUBJECT or first paragraph covers the whole cable."""
    kinds = ("subject", "classified_by", "body", "caveat", "addressee")
    candidates = [ln for ln in cable.lines[:start] if ln.kind in kinds]
    candidates += cable.lines[start:min(end, start + 8)]
    for ln in candidates:
        t = ln.text
        if len(t) > 5000 or "ENTIRE" not in t.upper():
            continue
        m = P.ENTIRE_TEXT.search(t)
        if m:
            code = (m["code"] or m["code2"] or "").upper()
            code = _CLASS_CODE.get(code, code)
            cable.entire_text = Marking(code, _MARK_LEVEL.get(code, ""), m.group(0),
                                        Span(ln.start + m.start(), ln.start + m.end()), (), True)
            return
        if (found := _bare_entire_text(t)) is not None:
            code, s, e = found
            span = Span(ln.start + s, ln.start + e)
            cable.entire_text = Marking(code, _MARK_LEVEL.get(code, ""), t[s:e], span, (), True)
            return


def _bare_entire_text(t: str) -> tuple[str, int, int] | None:
    """"CONFIDENTIAL - ENTIRE TEXT", "Sensitive but unclassified - entire text" (no parentheses)."""
    up = t.upper()
    e = up.find("ENTIRE TEXT")
    if e < 0:
        return None
    head = up[:e].rstrip(" -–—:,")
    for name, code in sorted(_CLASS_CODE.items(), key=lambda kv: -len(kv[0])):  # "SENSITIVE BUT UNCLASSIFIED" first
        if head.endswith(name):
            return code, len(head) - len(name), e + len("ENTIRE TEXT")
    return None


def _close_and_join(cable: Cable, paras: list[Paragraph], start: int, end: int) -> None:
    """Ends each paragraph before the next one or a heading, and joins paragraphs and unnumbered
    blocks into prose runs with an offset map.

    Lines that follow each other with nothing but the newline between them share one segment
    (the newline becomes the joining space), so a hard-wrapped paragraph needs few segments.
    """
    lines = cable.lines
    skip = _PROSE_SKIP
    subpara = _SUBPARA.match
    at = start
    for idx, para in enumerate(paras):
        k = para.start_line.number - 1
        if k > at:
            _free_blocks(cable, at, k)
        stop = paras[idx + 1].start_line.number - 1 if idx + 1 < len(paras) else end
        first = para.start_line
        e = first.start + len(first.text.rstrip())
        tail = [para.text_span.start, e] if e > para.text_span.start else None  # the open segment
        pieces = [tail] if tail else []
        end_line = first
        after_blank = True
        for ln in lines[k + 1:stop]:
            if ln.blank:
                after_blank = True
                continue
            kind = ln.kind
            if kind == "heading":
                break
            if kind in skip:
                continue
            end_line = ln
            t = ln.text
            # _piece(ln, pieces), inlined: this loop runs for most lines of the cable
            ps = ln.start
            pe = ln.end
            if t[0] in " \t":
                ps += len(t) - len(t.lstrip())
            if t[-1] in " \t":
                pe = ln.start + len(t.rstrip())
            if tail is not None and tail[1] + 1 == ps:
                tail[1] = pe
            else:
                tail = [ps, pe]
                pieces.append(tail)
            if kind == "body":
                ln.kind = "paragraph"
                if ((after_blank or "¶" in t[:4]) and t.lstrip(" \t-¶")[1:2] in (".", ")")
                        and (sm := subpara(t))):
                    label = Span(ln.start + sm.start("label"), ln.end)
                    para.subparagraphs.append(SubParagraph(sm["label"], ln, label))
            after_blank = False
        para.end_line = end_line
        para.span = Span(para.span.start, end_line.end)
        para.text_span = Span(min(para.text_span.start, end_line.end), end_line.end)
        cable.paragraphs.append(para)
        if pieces:
            _emit(cable, pieces, para.index)
        at = end_line.number  # the index of the line after it
    if at < end:
        _free_blocks(cable, at, end)


# (Module functions, not closures: compiled closures make reference cycles that kept each cable's
# lines and prose alive until the cyclic collector came by.)
def _emit(cable: Cable, pieces: list[list[int]], para: int | None) -> None:
    text = cable.text
    segs = []
    pos = 0
    for s, e in pieces:
        segs.append(Segment(pos, s, e - s))
        pos += e - s + 1
    joined = " ".join([text[s:e] for s, e in pieces])
    cable.prose.append(Prose(joined.replace("\n", " ") if "\n" in joined else joined, segs, para))


def _piece(ln: Line, pieces: list[list[int]]) -> None:
    t = ln.text
    s = ln.start
    e = s + len(t)
    if t[0] in " \t":
        s += len(t) - len(t.lstrip())
    if t[-1] in " \t":
        e = ln.start + len(t.rstrip())
    if pieces and pieces[-1][1] + 1 == s:
        pieces[-1][1] = e  # the line goes on from the previous one: one segment
    else:
        pieces.append([s, e])


def _free_blocks(cable: Cable, a: int, b: int) -> None:
    """Lines outside any paragraph: one prose run per block between blank lines or headings."""
    pieces: list[list[int]] = []
    for ln in cable.lines[a:b]:
        if ln.blank or ln.kind == "heading":
            if pieces:
                _emit(cable, pieces, None)
                pieces = []
        elif ln.kind not in _PROSE_SKIP:
            _piece(ln, pieces)
    if pieces:
        _emit(cable, pieces, None)
