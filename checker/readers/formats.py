"""Chooses the reader for an input by its content (``--input-format`` overrides).

Sniffing looks at the first bytes: HTML when they start with ``<!DOCTYPE html``/``<html`` (after an
optional ``<?xml ...?>``) or hold a ``<pre>``; CSV when the first record parses as the 8 Cablegate
columns with a numeric id and a reference id; plain text otherwise.
"""
from __future__ import annotations

import io

from checker.readers.text import BinaryInput, decode

FORMATS = ("txt", "html", "csv")
SNIFF_BYTES = 1 << 20  # enough for the first record of a CSV dump and an HTML page's <pre>
# Folder globs used when --input-format is given and no --include: the usual extensions.
DEFAULT_GLOBS = {"txt": ["*.txt"], "html": ["*.html", "*.htm"], "csv": ["*.csv"]}


def sniff(head: bytes) -> str:
    from checker.readers.csv import looks_like_csv
    from checker.readers.html import looks_like_html

    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    text = head.decode("utf-8", errors="replace")
    stripped = text.lstrip()
    if stripped.startswith("<") and looks_like_html(text):
        return "html"
    if stripped.startswith('"') or stripped[:1].isdigit():
        if looks_like_csv(text):
            return "csv"
    if "<pre" in text[:SNIFF_BYTES].lower() and looks_like_html(text):
        return "html"
    return "txt"


def read_bytes_as(name: str, data: bytes, input_format: str | None = None, max_bytes: int | None = None):
    """Sources from a whole input held in memory (a file under --max-size, or stdin)."""
    from checker.readers import InputError, Source

    fmt = input_format or sniff(data[:SNIFF_BYTES])
    if fmt == "csv":
        from checker.readers.csv import iter_csv

        yield from iter_csv(name, io.BytesIO(data), max_bytes or len(data) + 1)
        return
    try:
        text, encoding = decode(data)
    except BinaryInput as e:
        yield InputError(name, f"{e}; skipped")
        return
    meta = {"encoding": encoding, "format": fmt, "bytes": len(data)}
    if fmt == "html":
        from checker.readers.html import parse_page

        got = parse_page(text)
        if got is None:
            yield InputError(name, "HTML page without a <pre> block (not a cable-viewer page); skipped")
            return
        text, extra = got
        meta.update(extra)
        meta["encoding"] = encoding
        if meta["positions"] == "cable":  # lines count within the cable, not the page: say which
            name = f"{name}:{meta.get('reference_id') or 'cable'}"
    else:
        meta["positions"] = "file"
    yield Source(name, text, meta, len(data))
