"""Readers turn paths (files, folders, ``-`` for stdin) into ``Source`` records: text + metadata.

A problem with one input becomes an ``InputError`` (a one-line message naming the file) and the
run goes on with the others. Readers never write to their inputs. Sources are produced lazily:
a 1.7 GB ``cables.csv`` is streamed row by row, never held in memory.

Formats (``checker.readers.formats`` sniffs the content; ``--input-format`` overrides):
``txt`` (one cable per file), ``html`` (a WikiLeaks cable-viewer page, ``readers/html.py``) and
``csv`` (the Cablegate dump, one cable per row, ``readers/csv.py``). A CSV cable's ``path`` is
``<file>:<reference id>`` (``cables.csv:66BUENOSAIRES2481``), so findings name the file and the
cable, and their line numbers count within that cable's text (header, blank line, body). An
HTML page's findings give the line of the .html file (GitHub/SARIF annotations land there); a
page whose blocks cannot be lined up with its lines is named like a CSV row instead
(``page.html:08GUATEMALA242``). So a location with a cable id counts lines within the cable, one
without counts lines of the file.

``Source.meta`` keys (what checks may read from ``cable.meta``; absent when the format lacks them):

==================  ==========================================================================
format              ``"txt"``, ``"html"`` or ``"csv"``
encoding            how the bytes were decoded: utf-8, utf-8-sig, utf-16, cp1252, latin-1
bytes               size of the input file (txt, html)
positions           ``"file"``: line numbers are the input file's (txt, html); ``"cable"``: they
                    count within the cable's text (csv, html that cannot be lined up)
source_file         the CSV file a row came from (csv)
row                 1-based record number in the CSV file, blank lines not counted (csv)
line                physical line of the CSV file where the record starts (csv)
csv_id              the first column, WikiLeaks' numeric id (csv)
reference_id        e.g. ``"66BUENOSAIRES2481"``: CSV column 3 / the page's Reference ID
date                creation date as ``"YYYY-MM-DD HH:MM"`` (None when unreadable)
date_raw            the date as written: ``"12/28/1966 18:48"`` (csv), ``"1966-12-28 18:48"`` (html)
released            release date as written (html)
origin              e.g. ``"Embassy Buenos Aires"``, ``"Secretary of State"``
classification      e.g. ``"CONFIDENTIAL//NOFORN"``, ``"UNCLASSIFIED//FOR OFFICIAL USE ONLY"``
references          tuple of the reference ids in the references column (csv)
header_lines        number of lines the transmission header takes (at the top of the text,
                    except on an HTML page lined up with its file)
==================  ==========================================================================
"""
from __future__ import annotations

import fnmatch
import io
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from checker.readers.text import MAX_BYTES, decode

__all__ = ["Source", "InputError", "iter_sources", "expand_paths", "decode", "MAX_BYTES"]


@dataclass(slots=True)
class Source:
    path: str  # what findings name
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    consumed: int = 0  # bytes of the run's inputs read once this source is read (for progress)


@dataclass(slots=True)
class InputError:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def _walk(root: str, include: list[str], exclude: list[str]) -> list[str]:
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not _excluded(d, exclude))
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, root)
            if _included(name, rel, include) and not _excluded(rel, exclude):
                found.append(full)
    return found


def _included(name: str, rel: str, include: list[str]) -> bool:
    """Include globs match file names in any letter case ("C.TXT" is a cable too), as on Windows."""
    low, rel_low = name.lower(), rel.lower()
    return any(fnmatch.fnmatchcase(low, g.lower()) or fnmatch.fnmatchcase(rel_low, g.lower()) for g in include)


def _excluded(rel: str, exclude: list[str]) -> bool:
    return any(fnmatch.fnmatch(rel, g) or fnmatch.fnmatch(os.path.basename(rel), g) for g in exclude)


def expand_paths(paths: Iterable[str], include: list[str], exclude: list[str]) -> Iterator[str | InputError]:
    """Files to read, in a stable order; errors for missing paths and empty folders."""
    for p in paths:
        if p == "-":
            yield p
        elif os.path.isdir(p):
            files = _walk(p, include, exclude)
            if not files:
                yield InputError(p, f"no files matching {', '.join(include)} in this directory")
            yield from files
        elif os.path.exists(p):
            yield p
        else:
            yield InputError(p, "no such file or directory")


def read_file(path: str, max_bytes: int = MAX_BYTES, input_format: str | None = None, chunked: bool = False,
              base: int = 0) -> Iterator:
    """One path to its cable(s); a CSV file yields one cable per row, streamed whatever its size.

    ``chunked``: a large CSV file yields ``csv_chunks.CsvChunk`` items (byte ranges of whole rows
    for worker processes to read, ``base`` = bytes of the run's earlier inputs) where its rows
    are plainly valid, and Sources for the rest.
    """
    from checker.readers.formats import SNIFF_BYTES, read_bytes_as, sniff

    if path == "-":
        try:
            stdin = sys.stdin.buffer
            head = stdin.read(min(SNIFF_BYTES, max_bytes + 1))
            fmt = input_format or sniff(head)
            if fmt == "csv":  # a dump piped in is streamed like a CSV file
                from checker.readers.csv import iter_csv

                yield from iter_csv("<stdin>", _Prefixed(head, stdin), max_bytes)
                return
            data = head + stdin.read(max_bytes + 1 - len(head)) if len(head) == SNIFF_BYTES else head
        except (OSError, ValueError) as e:
            yield InputError("<stdin>", f"cannot read standard input: {e}")
            return
        if len(data) > max_bytes:
            yield InputError("<stdin>", f"input is over the {max_bytes / 1e6:.0f} MB limit (--max-size); skipped")
            return
        yield from read_bytes_as("<stdin>", data, fmt, max_bytes)
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(min(SNIFF_BYTES, max_bytes + 1))
            fmt = input_format or sniff(head)
            if fmt != "csv":
                size = os.fstat(fh.fileno()).st_size
                if size > max_bytes:
                    yield InputError(path, f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit (--max-size); skipped")
                    return
                data = head + fh.read(max_bytes + 1 - len(head)) if len(head) == SNIFF_BYTES else head
    except OSError as e:
        yield InputError(path, f"cannot read: {e.strerror or e}")
        return
    if fmt == "csv":
        if chunked:
            from checker.readers.csv_chunks import read_chunked

            yield from read_chunked(path, max_bytes, base)
            return
        from checker.readers.csv import read_csv_file

        yield from read_csv_file(path, max_bytes)
        return
    if len(data) > max_bytes:
        yield InputError(path, f"input is over the {max_bytes / 1e6:.0f} MB limit (--max-size); skipped")
        return
    yield from read_bytes_as(path, data, fmt, max_bytes)


def iter_sources(paths: Iterable[str], include: list[str] | None = None, exclude: list[str] | None = None,
                 max_bytes: int = MAX_BYTES, input_format: str | None = None, chunked: bool = False) -> Iterator:
    """Every cable of every input, in order; ``Source.consumed`` counts bytes across all inputs.

    ``chunked`` (parallel runs): large CSV files come as ``CsvChunk`` items too (see read_file).
    """
    base = 0
    for p in expand_paths(paths, include or ["*.txt"], exclude or []):
        if isinstance(p, InputError):
            yield p
            continue
        size = _size(p)
        for item in read_file(p, max_bytes, input_format, chunked, base):
            if isinstance(item, Source):
                item.consumed = base + min(item.consumed or size, size)
            yield item
        base += size


class _Prefixed(io.RawIOBase):
    """Bytes already read (the sniffed head) followed by the rest of a stream."""

    def __init__(self, head: bytes, rest):
        self.head, self.rest = memoryview(head), rest

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self.head:
            n = min(len(b), len(self.head))
            b[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        data = self.rest.read1(len(b)) if hasattr(self.rest, "read1") else self.rest.read(len(b))
        b[:len(data)] = data
        return len(data)


def _size(path: str) -> int:
    if path == "-":
        return 0
    try:
        return os.path.getsize(path)
    except OSError:
        return 0
