"""One pass from cable text to the ``Cable`` model. Never raises on any input."""
from __future__ import annotations

from checker.model import Cable, Line
from checker.parser.body import parse_body
from checker.parser.header import parse_header, parse_metadata
from checker.parser.tags import recover_tags

__all__ = ["parse", "normalise_newlines"]


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; line and column numbers stay those of the original."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _split_lines(text: str) -> tuple[list[Line], list[int]]:
    lines: list[Line] = []
    starts: list[int] = []
    pos = 0
    for number, raw in enumerate(text.split("\n"), 1):
        starts.append(pos)
        lines.append(Line(number, pos, pos + len(raw), raw, "body", not raw or raw.isspace()))
        pos += len(raw) + 1
    return lines, starts


def parse(text: str, path: object = "<string>", meta: dict | None = None) -> Cable:
    """``path`` may be any path-like (kept as its string: the compiled build checks types)."""
    text = normalise_newlines(text.replace("\x00", " ") if "\x00" in text else text)
    cable = Cable(text=text, path=path if isinstance(path, str) else str(path), meta=dict(meta or {}))
    cable.lines, cable._line_starts = _split_lines(text)
    i = parse_header(cable, 0)
    i = parse_metadata(cable, i)
    if (j := recover_tags(cable, i)) is not None:
        i = parse_metadata(cable, j)
    parse_body(cable, i)
    return cable
