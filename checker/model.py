"""The cable model: what the parser builds and every check reads.

All positions are character offsets into ``Cable.text`` (the decoded text with line ends
normalised to ``\\n``); ``Cable.position`` turns an offset into a 1-based (line, column).
Checks never look at raw text outside what this model exposes.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

# Classification levels, lowest to highest; markings and banners map onto these.
LEVELS = ("UNCLASSIFIED", "LIMITED OFFICIAL USE", "CONFIDENTIAL", "SECRET", "TOP SECRET")
LEVEL_RANK = {name: i for i, name in enumerate(LEVELS)}


@dataclass(slots=True, frozen=True, init=False)
class Span:
    """Half-open range of offsets into the cable text."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # The __init__ of a frozen dataclass sets each field through object.__setattr__, which makes
        # a Span (a hundred per cable) cost twice a Line; the slot descriptors set them directly.
        _set_start(self, start)
        _set_end(self, end)


# The slot descriptors (mypy sees the int fields).
_set_start = Span.start.__set__  # type: ignore[misc, attr-defined]
_set_end = Span.end.__set__  # type: ignore[misc, attr-defined]


@dataclass(slots=True)
class Line:
    number: int  # 1-based
    start: int  # offset of the first character
    end: int  # offset just past the last character (the newline is not included)
    text: str
    kind: str = "body"  # set by the parser: header, banner, caveat, eo, tags, subject, ...
    blank: bool = False  # only white space

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(slots=True)
class Field:
    """A labelled piece of a structured line (e.g. the serial in a DE line)."""

    value: str
    span: Span


@dataclass(slots=True)
class HeaderLine:
    """One transmission-header line with the parts the parser could read from it.

    ``name`` is one of VZCZC, ROUTING, DE, ZN, DTG, FM, TO, INFO. ``problem`` is set when the
    line was recognised by its keyword but does not follow the line's grammar.
    """

    name: str
    line: Line
    fields: dict[str, Field] = field(default_factory=dict)
    problem: str | None = None
    continuation: list[Line] = field(default_factory=list)


@dataclass(slots=True)
class Header:
    lines: list[HeaderLine] = field(default_factory=list)

    def get(self, name: str) -> HeaderLine | None:
        for h in self.lines:
            if h.name == name:
                return h
        return None

    def all(self, name: str) -> list[HeaderLine]:
        return [h for h in self.lines if h.name == name]


@dataclass(slots=True)
class Banner:
    line: Line
    classification: str  # one of LEVELS, or "" when unreadable
    classification_span: Span
    station: Field | None = None
    serial: Field | None = None
    section: tuple[int, int] | None = None  # (n, m) from "SECTION n OF m"
    section_span: Span | None = None
    spaced: bool = False  # written "C O N F I D E N T I A L"
    problem: str | None = None  # set when the banner was read despite a defect ("SS E C R E T")


@dataclass(slots=True)
class Caveat:
    line: Line
    kind: str  # SIPDIS, SENSITIVE, NOFORN, SBU, EXDIS, NODIS, ...
    span: Span


@dataclass(slots=True)
class EOLine:
    line: Line
    order: Field | None  # "12958"
    amended: bool = False
    na: Field | None = None  # "N/A"
    decl: Field | None = None  # declassification instruction after "DECL:"
    decl_date: tuple[int, int, int] | None = None  # (year, month, day)
    problem: str | None = None


@dataclass(slots=True)
class Tag:
    text: str  # as written, minus markdown link syntax
    span: Span
    code: str  # upper-cased tag code ("OVIP" for "OVIP (RICE, CONDOLEEZZA)")
    person: str | None = None  # the name inside OVIP/KPAO (...) style person tags


@dataclass(slots=True)
class TagsLine:
    lines: list[Line]
    span: Span
    tags: list[Tag]
    has_colon: bool
    uses_commas: bool
    uses_markdown: bool
    has_lowercase: bool
    keyword_span: Span

    @property
    def normalised(self) -> str:
        return "TAGS: " + " ".join(t.code if t.person is None else t.text.upper() for t in self.tags)


@dataclass(slots=True)
class TextBlock:
    """A metadata entry that may run over several lines (SUBJECT, REF, Classified By)."""

    lines: list[Line]
    span: Span  # the value, without the keyword
    text: str  # the value joined with single spaces


@dataclass(slots=True)
class Marking:
    code: str  # normalised: U, SBU, C, S, TS, LOU, with "/NF" etc. kept in ``dissem``
    level: str  # one of LEVELS, or "" when unknown
    text: str  # as written inside the parentheses
    span: Span  # including the parentheses
    dissem: tuple[str, ...] = ()
    entire_text: bool = False


@dataclass(slots=True)
class SubParagraph:
    label: str
    line: Line
    span: Span


@dataclass(slots=True)
class Paragraph:
    index: int  # position in Cable.paragraphs
    number: int | None  # None when the number was lost
    number_span: Span | None
    start_line: Line
    end_line: Line
    span: Span  # the whole paragraph, continuation blocks included
    text_span: Span  # after number and marking
    marking: Marking | None = None
    lost_number: bool = False
    pilcrow: bool = False
    subparagraphs: list[SubParagraph] = field(default_factory=list)


@dataclass(slots=True)
class PageBreak:
    line: Line
    station: Field
    serial: Field
    page: int  # the section number ("002 OF 004")
    of: int
    sub: int = 1  # page within the section ("001.2 OF 004" -> 2)


@dataclass(slots=True)
class Segment:
    """Part of a prose run: ``length`` characters at ``joined`` map to ``source`` in the text."""

    joined: int
    source: int
    length: int


@dataclass(slots=True)
class Prose:
    """Running text of one body block, line breaks (and page breaks) joined by one space.

    Lets sentence splitting and the name detector work across line breaks while findings still
    point into the original text.
    """

    text: str
    segments: list[Segment]
    paragraph: int | None  # index into Cable.paragraphs
    # Segment.joined of every segment, made on first use (findings map dozens of offsets per run).
    starts: list[int] | None = field(default=None, repr=False, compare=False)

    def source_offset(self, i: int) -> int:
        starts = self.starts
        if starts is None:
            starts = self.starts = [s.joined for s in self.segments]
        k = bisect_right(starts, i) - 1
        seg = self.segments[k if k > 0 else 0]
        d = i - seg.joined
        return seg.source + (d if d < seg.length else seg.length)

    def source_span(self, start: int, end: int) -> Span:
        """Original span for joined [start, end): end maps to just after the last character."""
        if end <= start:
            s = self.source_offset(start)
            return Span(s, s)
        return Span(self.source_offset(start), self.source_offset(end - 1) + 1)


@dataclass(slots=True)
class Sentence:
    prose: Prose
    start: int  # offsets into prose.text
    end: int

    @property
    def text(self) -> str:
        return self.prose.text[self.start:self.end]

    @property
    def span(self) -> Span:
        return self.prose.source_span(self.start, self.end)


@dataclass
class Cable:
    """One parsed cable. Built by ``checker.parser.parse``; read-only for checks."""

    text: str
    path: str = "<string>"
    meta: dict[str, Any] = field(default_factory=dict)  # reader metadata (CSV columns, ...)
    lines: list[Line] = field(default_factory=list)
    header: Header | None = None
    banners: list[Banner] = field(default_factory=list)
    caveats: list[Caveat] = field(default_factory=list)
    addressees: list[Line] = field(default_factory=list)
    eo: EOLine | None = None
    tags: TagsLine | None = None
    subject: TextBlock | None = None
    refs: list[TextBlock] = field(default_factory=list)
    classified_by: TextBlock | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    headings: list[Line] = field(default_factory=list)
    page_breaks: list[PageBreak] = field(default_factory=list)
    signature: Line | None = None
    body_start: int = 0  # offset where the body (after the metadata block) starts
    body_end: int = 0
    entire_text: Marking | None = None  # "(C - ENTIRE TEXT)" style marking
    prose: list[Prose] = field(default_factory=list)
    _line_starts: list[int] = field(default_factory=list, repr=False)

    @property
    def banner(self) -> Banner | None:
        return self.banners[0] if self.banners else None

    @property
    def classification(self) -> str:
        b = self.banner
        return b.classification if b else ""

    @property
    def cable_id(self) -> str:
        """Reference id: reader metadata first, then the file name, then banner station+serial."""
        ref = self.meta.get("reference_id")
        if ref:
            return str(ref)
        name = self.path.replace("\\", "/").rsplit("/", 1)[-1]
        if "." in name:
            name = name.rsplit(".", 1)[0]
        if name and name != "<string>" and name != "-":
            return name
        b = self.banner
        if b and b.station and b.serial:
            return f"{b.station.value}{int(b.serial.value) if b.serial.value.isdigit() else b.serial.value}"
        return name or "<cable>"

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset; an offset past a line's end stays on that line."""
        starts = self._line_starts
        if not starts:
            return (1, 1)
        offset = max(0, min(offset, len(self.text)))
        i = bisect_right(starts, offset) - 1
        return (i + 1, offset - starts[i] + 1)

    def line_at(self, offset: int) -> Line:
        i = max(0, bisect_right(self._line_starts, offset) - 1)
        return self.lines[i]

    def paragraph_at(self, offset: int) -> Paragraph | None:
        for p in self.paragraphs:
            if p.span.start <= offset < p.span.end:
                return p
        return None

    def slice(self, span: Span) -> str:
        return self.text[span.start:span.end]

    @cached_property
    def sentences(self) -> list[Sentence]:
        from checker.parser.sentences import split_sentences

        return split_sentences(self)

    @cached_property
    def uses_markings(self) -> bool:
        """True when at least half of the numbered paragraphs carry a portion marking."""
        numbered = [p for p in self.paragraphs if not p.lost_number]
        if not numbered:
            return False
        marked = sum(1 for p in numbered if p.marking is not None)
        return marked * 2 >= len(numbered)
