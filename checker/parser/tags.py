"""The TAGS line: its tokens (with person names and markdown links) and TAGS lines the metadata
pass did not reach (run into the E.O. line, or below an unreadable banner)."""
from __future__ import annotations

from typing import Final

from checker.model import Cable, Line, Span, Tag, TagsLine
from checker.parser import patterns as P

_SCAN_LINES: Final = 60  # how far below the metadata block a lost TAGS line is looked for
_MAX_LINE: Final = 2000


def parse_tags(lines: list[Line], offset: int = 0) -> TagsLine | None:
    """Read a TAGS line (and its continuation lines) starting at ``offset`` of the first line."""
    first = lines[0]
    if len(first.text) > _MAX_LINE:
        return None
    m = P.TAGS.match(first.text, offset)
    if m is None:
        return None
    rest_start = first.start + m.start("rest")
    chunks = [(rest_start, m["rest"])] + [(ln.start, ln.text) for ln in lines[1:] if len(ln.text) <= _MAX_LINE]
    tags: list[Tag] = []
    uses_md = commas = False
    for base, text in chunks:  # each line on its own: "TAGS: OVIP PREL FR" may go on with "NATO, UK, CN"
        pieces = _top_level_commas(text) if "," in text else []
        if pieces:
            commas = True
            for s, e in pieces:
                uses_md |= _item(text, s, e, base, tags)
        else:
            uses_md |= _tokens(text, 0, len(text), base, tags)
    raw = "".join(t for _, t in chunks)
    return TagsLine(
        lines=lines,
        span=Span(rest_start, max(rest_start, lines[-1].start + len(lines[-1].text.rstrip()))),
        tags=tags,
        has_colon=m["colon"] is not None,
        uses_commas=commas,
        uses_markdown=uses_md,
        has_lowercase=any(map(str.islower, raw.replace("](#)", ""))) or m["kw"] != "TAGS",
        keyword_span=Span(first.start + m.start("kw"), first.start + m.end("kw")),
    )


def _top_level_commas(text: str) -> list[tuple[int, int]]:
    """Pieces of ``text`` between commas outside parentheses; [] when there is no such comma."""
    out: list[tuple[int, int]] = []
    depth = start = 0
    found = False
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0:
            out.append((start, i))
            start = i + 1
            found = True
    if not found:
        return []
    out.append((start, len(text)))
    return out


def _item(text: str, s: int, e: int, base: int, tags: list[Tag]) -> bool:
    """One comma-separated item: several tags ("ECON KISL") or one free-text phrase ("Organized Crime")."""
    piece = text[s:e]
    words = piece.split("(", 1)[0].split()
    if len(words) > 1 and not all(_tag_shaped(w) for w in words) and "[" not in piece:
        lead = len(piece) - len(piece.lstrip())
        phrase = piece.strip()
        start = base + s + lead
        tags.append(Tag(phrase, Span(start, start + len(phrase)), " ".join(phrase.upper().split())))
        return False
    return _tokens(text, s, e, base, tags)


def _tag_shaped(word: str) -> bool:
    """A code rather than a word of prose: "ECON", "kisl", "AU-1" but not "Crime" or "EXTERNAL"."""
    return 2 <= len(word) <= 6 and word.replace("-", "").isalnum() and not (word[0].isupper() and word[1:].islower())


def _tokens(text: str, s: int, e: int, base: int, tags: list[Tag]) -> bool:
    uses_md = False
    for tm in P.TAG_TOKEN.finditer(text, s, e):
        md, word, person = tm.groups()  # one call for the three groups
        if md is not None:
            uses_md = True
            inner = md.strip()
            if not inner:
                continue
            start = base + tm.start("md") + md.find(inner[0])
            code, _, person = inner.partition("(")
            tags.append(Tag(inner, Span(start, start + len(inner)), code.strip().upper(),
                            person.rstrip(")").strip() or None))
        else:
            code = word.rstrip(".").upper()
            if not code:
                continue
            ts, te = tm.span()
            tags.append(Tag(text[ts:te], Span(base + ts, base + te), code, person.strip() if person else None))
    return uses_md


def recover_tags(cable: Cable, i: int) -> int | None:
    """Find a TAGS line the metadata pass missed; returns where to read metadata again, or None.

    "E.O. 12958: DECL: 02/14/2018 TAGS: BR PREL MARR" is read in place (and a repeated tag list
    on the next line joins it). A TAGS line a few lines below an unreadable banner or routing
    block ends the metadata block: reading starts again at the first metadata line before it.
    """
    if cable.tags is not None:
        return None
    lines = cable.lines
    eo = cable.eo
    if eo is not None and len(eo.line.text) <= _MAX_LINE and (k := _inline_tags(eo.line.text)) >= 0:
        j = eo.line.number  # index of the line after the E.O. line
        while j < len(lines) and j - eo.line.number < 2 and not lines[j].blank and _tag_list(lines[j].text):
            j += 1
        tl = parse_tags([eo.line] + lines[eo.line.number:j], k)
        if tl is not None:
            cable.tags = tl
            for ln in lines[eo.line.number:j]:
                ln.kind = "tags"
            return j if j > eo.line.number and j >= i else None
        return None
    for j in range(i, min(len(lines), i + _SCAN_LINES)):
        t = lines[j].text
        if lines[j].blank:
            continue
        if len(t) > 300 or P.PARA.match(t) and not P.TAGS.match(t):
            return None  # the body has begun
        if P.TAGS.match(t) and _tag_list(t[t.upper().find("TAG") + 3:].lstrip("Ss: \t")):
            k = j
            for b in range(j - 1, i - 1, -1):  # start at the metadata lines right above it
                if lines[b].blank:
                    continue
                if not _metadata_line(lines[b].text) and not _routing_line(lines[b].text):
                    break
                k = b
            for ln in lines[i:k]:
                if ln.kind == "body":
                    ln.kind = "unparsed"
            return k
    return None


def _inline_tags(text: str) -> int:
    """Offset of "TAGS" run into an E.O. (or addressee) line, or -1."""
    up = text.upper()
    k = up.find(" TAGS", 4)
    if k < 0:
        k = up.find(" TAG ", 4)
    if k < 0:
        return -1
    return k + 1 if _tag_list(text[k + 5:].lstrip("Ss: \t")) else -1


def _tag_list(text: str) -> bool:
    """True for a line made of tag codes ("BR, PREL, MARR", "parm, prel, ettc")."""
    words = text.replace(",", " ").split()
    if not words or len(words) > 40:
        return False
    short = sum(1 for w in words if 2 <= len(w) <= 6 and w.isalnum())
    if short * 4 < len(words) * 3:
        return False
    return text.upper() == text or "," in text


def _routing_line(t: str) -> bool:
    """An addressee line the metadata patterns leave out: "NAIROBI FOR PFLAUMER", "GENEVA PASS TO
    IFRC", or an office list continuing one ("ED/ESC/ENR", "COX), AF (BELLAMY)")."""
    if len(t) > 200 or t.upper() != t or P.ends_sentence(t):
        return False
    up = f" {t.strip()} "
    return " FOR " in up or " PASS TO " in up or (len(t) <= 80 and ("/" in t or ")" in t) and "." not in t)


def _metadata_line(t: str) -> bool:
    if len(t) > 300:
        return False
    return bool(P.EO.match(t) or P.CAVEAT.match(t) or P.SBU_PROTECT.match(t) or P.ADDRESSEE.match(t)
                or P.BANNER.match(t) or P.BANNER_BARE.match(t))
