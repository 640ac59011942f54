"""Splits a Cablegate CSV dump into chunks of whole rows that worker processes read themselves.

With ``--jobs`` > 1 the parent would otherwise parse every row and pickle its text to a worker:
about a tenth of the CPU of a run, in the one process everything waits on. Instead the parent
scans the bytes for row boundaries (a few searches per field, no decoding) and hands out
``CsvChunk`` (file, byte range, row and line numbers at its start); a worker reads its range with
the same reader as a serial run (``readers.csv.read_csv_range``), so its cables and findings are
the serial run's.

That holds only where every record is a valid row: the serial reader's recovery from a malformed
row (re-reading lines, holding a row back to see whether the next record is its cut-off rest)
reaches across records. So the scan stops at the first record that is not plainly valid (a
backslash or a quote where the reader might read it otherwise, a bare CR, a wrong column count,
a field over the size limit, a NUL ...) and the rest of the file, from the row before that
record on, is read serially in the parent (``CsvTail``).
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import os

import regex as re

from checker.readers.csv import REF_ID, open_input, read_csv_file, read_csv_range

CHUNK_BYTES = 1 << 18  # about 30 cables: one task for a worker (its buffers stay small)
MIN_FILE_BYTES = 4 << 20  # smaller files are read serially (not worth the scan)
_BLOCK = 1 << 20  # bytes read from the file at a time
# A record, or a run of blank lines, longer than this ends the scan (the serial reader streams
# it): the scan restarts a record after each read, and keeps the current chunk in memory.
_MAX_RECORD = 1 << 20
_UNQUOTED = re.compile(rb'[,\r\n"\\]')  # what ends an unquoted field (a quote or backslash: not plain)
_REF_ID = re.compile(REF_ID.pattern.encode())
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class CsvChunk:
    """Rows ``row + 1`` ... of ``path`` in bytes [start, end), read where it is checked."""

    path: str
    start: int
    end: int
    row: int  # rows before the chunk
    line: int  # physical lines before the chunk (as the serial reader counts them)
    base: int  # bytes of the run's earlier inputs (progress)


@dataclass(frozen=True, slots=True)
class CsvTail:
    """The rest of ``path`` from byte ``start``: read serially (a record there is not plainly valid)."""

    path: str
    start: int
    row: int
    line: int


class _NeedMore(Exception):
    """The record runs past the bytes read so far."""


def _lines(seg: bytes) -> int:
    """Line breaks as the serial reader counts them (``\\n``, ``\\r\\n`` and a lone ``\\r``)."""
    return seg.count(b"\n") + seg.count(b"\r") - seg.count(b"\r\n")


def _record(buf: bytes, i: int, eof: bool, limit: int) -> tuple[int, int | None]:
    """Scans the record at ``buf[i]``: (its end, 1 valid row / 0 blank line / None not plain).

    Mirrors ``csv.reader`` with ``readers.csv.DIALECT`` on plain records and gives up (None) on
    anything the reader might read another way. Raises _NeedMore when ``buf`` ends inside the
    record and more may follow.
    """
    n = len(buf)
    fields = 0
    f0 = f2 = b""
    while True:
        if i < n and buf[i] == 34:  # '"': a quoted field
            j = i + 1
            while True:
                k = buf.find(b'"', j)
                if k < 0:
                    if not eof:
                        raise _NeedMore
                    return n, None  # an unclosed quote at the end of the file
                if k + 1 >= n and not eof:
                    raise _NeedMore
                if buf[k - 1] == 92 and k > j:  # escaped when an odd run of backslashes comes before
                    b = k - 1
                    while b > j and buf[b - 1] == 92:
                        b -= 1
                    if (k - b) % 2:
                        j = k + 1
                        continue
                if buf[k + 1:k + 2] == b'"':  # a doubled quote
                    j = k + 2
                    continue
                break
            value = buf[i + 1:k]
            if fields in (0, 2) and (b"\\" in value or b'""' in value):
                return k, None  # an escaped id or reference id: left to the reader
            i = k + 1
        else:
            m = _UNQUOTED.search(buf, i)
            if m is None:
                if not eof:
                    raise _NeedMore
                k = n
            else:
                k = m.start()
                if buf[k] in (34, 92):
                    return k, None  # a quote or backslash in an unquoted field
            value = buf[i:k]
            i = k
        if len(value) > limit:
            return i, None  # over the reader's field size limit
        if fields == 0:
            f0 = value
        elif fields == 2:
            f2 = value
        fields += 1
        if i >= n:
            if not eof:
                raise _NeedMore
            end = n
            break
        c = buf[i]
        if c == 44:  # ','
            i += 1
            continue
        if c == 10:
            end = i + 1
            break
        if c == 13:
            if i + 1 >= n and not eof:
                raise _NeedMore
            if buf[i + 1:i + 2] != b"\n":
                return i, None  # a bare CR
            end = i + 2
            break
        return i, None  # a closing quote followed by something else
    if fields == 1 and not f0.strip():
        return end, 0  # a blank line between records
    if fields != 8 or not f0.strip().isdigit() or _REF_ID.fullmatch(f2.strip()) is None:
        return end, None
    return end, 1


def plan(path: str, fh, max_bytes: int, base: int = 0, chunk_bytes: int | None = None) -> Iterator:
    """CsvChunk for each run of valid rows of about ``chunk_bytes`` (CHUNK_BYTES), then a CsvTail if needed.

    ``fh`` is the file open in binary mode at offset 0. Memory: the current chunk plus one read
    block; a record (or run of blank lines) over ``_MAX_RECORD`` ends the scan.
    """
    chunk_bytes = chunk_bytes or CHUNK_BYTES
    limit = max(max_bytes, 1 << 20)  # the reader's csv.field_size_limit
    buf = fh.read(_BLOCK)
    off = 0  # file offset of buf[0]
    eof = len(buf) < _BLOCK
    i = len(_BOM) if buf.startswith(_BOM) else 0
    chunk_start = chunk_row = chunk_line = 0  # where the current chunk starts, rows and lines before it
    row = 0  # valid rows before buf[i]
    prev_start, prev_row = -1, 0  # the last valid row (file offset) and the rows before it
    while i < len(buf) or not eof:
        try:
            end, kind = _record(buf, i, eof, limit)
        except _NeedMore:
            if len(buf) - i > _MAX_RECORD:
                end, kind = len(buf), None
            else:
                more = fh.read(_BLOCK)
                eof = len(more) < _BLOCK
                keep = chunk_start - off
                buf = buf[keep:] + more
                off += keep
                i -= keep
                continue
        start = off + i
        if kind == 0 and off + end - max(chunk_start, prev_start) > _MAX_RECORD + chunk_bytes:
            kind = None  # blank lines without end: the chunk would grow with them
        if kind is None or buf.find(b"\x00", i, end) >= 0:  # (no copy of the record)
            # The serial reader may judge the row before this record by it: read on from that row.
            tail, tail_row = (prev_start, prev_row) if prev_start >= 0 else (chunk_start, chunk_row)
            if tail > chunk_start:
                yield CsvChunk(path, chunk_start, tail, chunk_row, chunk_line, base)
            yield CsvTail(path, tail, tail_row, chunk_line + _lines(buf[chunk_start - off:tail - off]))
            return
        if kind == 1:
            if start - chunk_start >= chunk_bytes:  # a valid row: the chunk before it is safe
                yield CsvChunk(path, chunk_start, start, chunk_row, chunk_line, base)
                chunk_line += _lines(buf[chunk_start - off:i])
                chunk_start, chunk_row = start, row
            prev_start, prev_row = start, row
            row += 1
        i = end
    if off + len(buf) > chunk_start:
        yield CsvChunk(path, chunk_start, off + len(buf), chunk_row, chunk_line, base)


def read_chunked(path: str, max_bytes: int, base: int = 0) -> Iterator:
    """A CSV file as CsvChunk items and, from a record that is not plainly valid on, Sources.

    Small files, files that look binary and files with a UTF-16 byte-order mark are read
    serially (``read_csv_file`` reports what is wrong with them).
    """
    from checker.readers import InputError
    from checker.readers.text import looks_binary

    fh, err = open_input(path)
    if fh is None:
        yield err
        return
    with fh:
        try:
            size = os.fstat(fh.fileno()).st_size
            head = fh.read(8192)
            fh.seek(0)
        except OSError as e:
            yield InputError(path, f"cannot read: {e.strerror or e}")
            return
        serial = size < MIN_FILE_BYTES or looks_binary(head) or head.startswith((b"\xff\xfe", b"\xfe\xff"))
        if not serial:
            try:
                for unit in plan(path, fh, max_bytes, base):
                    if isinstance(unit, CsvTail):
                        yield from read_csv_range(path, max_bytes, unit.start, None, unit.row, unit.line)
                    else:
                        yield unit
            except OSError as e:
                yield InputError(path, f"cannot read: {e.strerror or e}; rest of file skipped")
            return
    yield from read_csv_file(path, max_bytes)


def expand(chunk: CsvChunk, max_bytes: int) -> Iterator:
    """The Sources (and InputErrors) of a chunk, as the serial reader gives them."""
    for item in read_csv_range(chunk.path, max_bytes, chunk.start, chunk.end, chunk.row, chunk.line):
        if not hasattr(item, "message"):
            item.consumed += chunk.base
        yield item
