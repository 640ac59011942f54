"""The Cablegate CSV dump (``cables.csv``): one row per cable, streamed row by row.

Columns (no header row): id, date ("12/28/1966 18:48"), reference id ("66BUENOSAIRES2481"),
origin ("Embassy Buenos Aires"), classification ("SECRET//NOFORN"), references (reference ids
separated by ``|``, new lines or commas), header, body. Fields are quoted with ``"``; quotes inside
a field are written ``\\"`` (the MySQL-dump style of the release) or ``""`` (RFC 4180), so a
backslash escapes the next character. The file is read through a text stream with
``newline=''`` so memory stays constant whatever its size; bytes that are not UTF-8 are decoded
per row (that row falls back to cp1252 and says so in its metadata).
"""
from __future__ import annotations

import csv
import io
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

import regex as re

from checker.readers.text import looks_binary

COLUMNS = ("id", "date", "reference_id", "origin", "classification", "references", "header", "body")
REF_ID = re.compile(r"\d{2}+[A-Z][A-Z0-9-]{1,40}+\d{0,8}+")
_DATE = re.compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}) (?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2})?+")
_REF_SPLIT = re.compile(r"[|,;\s]++")
# Where rows start, to read on after a malformed row: a line with the numeric id, then the date
# ("12/28/1966", "1966-12-28"); requiring the date keeps body lines such as "2, 3 and 4 March"
# from passing for rows (what is read there must still be a valid row). ``_ROW_TRY`` is a line
# that tries to start a row, even a bad one: an id then a quote (``2,"broken``) or nothing (a
# row cut short), or a short first field then a date (``"x4","2/27/2008``).
ROW_START = re.compile(r"\"?+\d{1,12}+\"?+,\"?+\d{1,4}+[/-]\d")
_ROW_TRY = re.compile(r"\"?+\d{1,12}+\"?+(?:,\"|,?+\r?+\n?+\Z)|\"?+[^\",\r\n]{0,20}+\"?+,\"?+\d{1,4}+[/-]\d")
DIALECT = {"delimiter": ",", "quotechar": '"', "escapechar": "\\", "doublequote": True, "strict": False}


def join_text(header: str, body: str) -> str:
    """Header, a blank line, body: the layout of the per-cable ``.txt`` files.

    The dump's bodies start with a line break, so that is header + "\\n" + body; a body without
    one gets the blank line added. A cable without a header is its body.
    """
    header = header.rstrip("\r\n")
    if not header.strip():
        return body.lstrip("\r\n")
    if body.startswith("\n"):
        return header + "\n" + body
    if body.startswith("\r\n"):
        return header + "\r\n" + body
    return header + "\n\n" + body


def normalise_date(raw: str) -> str | None:
    """``12/28/1966 18:48`` -> ``1966-12-28 18:48``; None when it is not that form."""
    m = _DATE.fullmatch(raw.strip())
    if m is None:
        return None
    return f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d} {int(m['H']):02d}:{m['M']}"


def looks_like_csv(head: str) -> bool:
    """The first record parses as the 8 Cablegate columns with a numeric id and a reference id.

    ``head`` may end inside the first record (a long body): 7 or 8 fields are enough then.
    """
    try:
        row = next(csv.reader(io.StringIO(head, newline=""), **DIALECT), None)
    except csv.Error:
        return False
    if not row or len(row) not in (7, 8):
        return False
    return row[0].strip().isdigit() and REF_ID.fullmatch(row[2].strip()) is not None


def _fix_row(fields: list[str]) -> tuple[list[str], str]:
    """Re-decode fields holding undecodable bytes (surrogate escapes) as cp1252."""
    enc = "utf-8"
    for i, f in enumerate(fields):
        if f.isascii():
            continue
        try:
            f.encode("utf-8")  # fails only on the surrogates that stand for undecodable bytes
        except UnicodeEncodeError:
            fields[i] = f.encode("utf-8", "surrogateescape").decode("cp1252", "replace")
            enc = "cp1252"
    return fields, enc


class _Lines:
    """The physical lines of a text stream, numbered, for ``csv.reader`` to pull one at a time.

    The lines of the record being read are kept (``taken``) so that, when it turns out
    malformed, all but its first can be handed back (``push_back``) and read again: the rows an
    unclosed quote ran into are then recovered. Memory is one record, never the file.
    """

    def __init__(self, text):
        self.text = text
        self.pending: deque[tuple[int, str]] = deque()
        self.taken: list[tuple[int, str]] = []
        self.count = 0  # lines read from the stream so far
        self.dropped = 0  # see skip_to_row_start

    def __iter__(self):
        return self

    def __next__(self) -> str:
        item = self._read()
        if item is None:
            raise StopIteration
        self.taken.append(item)
        return item[1]

    def _read(self) -> tuple[int, str] | None:
        if self.pending:
            return self.pending.popleft()
        line = self.text.readline()
        if not line:
            return None
        self.count += 1
        return self.count, line

    def push_back(self, items: list[tuple[int, str]]) -> None:
        self.pending.extendleft(reversed(items))

    def skip_to_row_start(self) -> int:
        """Drops lines up to the next one that starts a row; the last non-blank one dropped (0: none).

        ``dropped`` follows it as it goes, for when a read error cuts the scan short.
        """
        self.dropped = 0
        while (item := self._read()) is not None:
            if ROW_START.match(item[1]):
                self.push_back([item])
                break
            if item[1].strip():
                self.dropped = item[0]
        return self.dropped


def _row_problem(fields: list[str]) -> str | None:
    """Why a parsed record is not a Cablegate row, or None when it is one."""
    if len(fields) != len(COLUMNS):
        return f"expected {len(COLUMNS)} columns, got {len(fields)}"
    if not fields[0].strip().isdigit():
        return f"id {_short(fields[0])} is not a number"
    if not REF_ID.fullmatch(fields[2].strip()):
        return f"reference id {_short(fields[2])} is not a cable reference id" if fields[2].strip() \
            else "empty reference id"
    return None


def _short(value: str) -> str:
    value = " ".join(value.split())
    return repr(value if len(value) <= 40 else value[:40] + "...")


@dataclass(slots=True)
class _BadRow:
    """A malformed row: reported once, when what follows it is known."""

    row: int
    ref: str  # its reference id when column 3 holds one
    problem: str
    first: int  # physical line where it starts
    end: int  # last line of its record as parsed (an unclosed quote makes that too far)
    skipped_to: int  # last non-blank line dropped with it
    resync: bool = False  # read on from the next line that starts a row
    cut_short: bool = False  # a stray quote ended it early (its rest follows it)

    def error(self, name: str, resumed_at: int | None):
        from checker.readers import InputError

        msg = f"malformed CSV row (line {self.first}{', ' + self.ref if self.ref else ''}): {self.problem}"
        if resumed_at is not None and resumed_at <= self.end and not self.cut_short:
            msg += " (an unclosed quote? it ran into the next row)"
        last = self.skipped_to
        msg += f"; skipped line {self.first}" if last <= self.first else f"; skipped lines {self.first}-{last}"
        return InputError(f"{name}:row {self.row}", msg)


def iter_csv(name: str, stream, max_bytes: int, row: int = 0, line: int = 0, start: int = 0,
             tell_base: int = 0) -> Iterator:
    """Sources (one per row) and InputErrors from a binary stream; reads it lazily.

    Every record is checked: 8 columns, a numeric id, a reference id in column 3. A malformed
    one is one InputError naming its row and physical line, and never a cable. When its quoting
    may be off (a wrong column count over several lines, or a line inside it that starts a row)
    reading starts again at the first line after its start that starts a row (``ROW_START``),
    so the rows an unclosed quote ran into are still read; bad records found on the way are
    part of the same error. A valid row whose next record is a fragment that does not even
    start like a row was cut short by a stray quote: it is reported, not checked.

    A stream that starts inside the file (at byte ``start`` > 0: a chunk or the rest of the
    file) continues its numbering: ``row`` rows and ``line`` physical lines come before it;
    ``tell_base`` is added to the stream's position (a chunk read into memory counts from 0).
    """
    from checker.readers import InputError

    # A byte-order mark is dropped only at the start of the file.
    text = io.TextIOWrapper(stream, encoding="utf-8-sig" if not start else "utf-8", errors="surrogateescape",
                            newline="")
    csv.field_size_limit(max(max_bytes, 1 << 20))
    lines = _Lines(text)
    lines.count = line
    reader = csv.reader(lines, **DIALECT)
    tell = getattr(stream, "tell", None)
    if tell is not None and tell_base:
        raw_tell = tell

        def tell() -> int:
            return tell_base + raw_tell()
    try:
        yield from _rows(name, lines, reader, tell, max_bytes, row)
    except UnicodeDecodeError as e:  # only a broken BOM-less UTF-16 file gets here
        yield InputError(name, f"cannot decode: {e}; rest of file skipped")


def _rows(name: str, lines: _Lines, reader, tell, max_bytes: int, row_no: int = 0) -> Iterator:
    bad: _BadRow | None = None  # the last malformed row, reported once what follows it is known
    # A valid row is held back one record: when the record after it is malformed and does not
    # even start like a row, a stray quote ended the row early and that is the rest of its text,
    # so the row is malformed too. (row, reference id, Source or InputError, its lines.)
    held = None
    read_error: OSError | None = None
    while True:
        if bad is not None and bad.resync:
            try:
                bad.skipped_to = max(bad.skipped_to, lines.skip_to_row_start())
            except OSError as e:
                bad.skipped_to = max(bad.skipped_to, lines.dropped)  # what it dropped before failing
                read_error = e
                break
            bad.resync = False
        lines.taken = []
        try:
            fields, problem = next(reader), None
        except StopIteration:
            break
        except csv.Error as e:
            fields, problem = None, str(e)
        except OSError as e:  # the disk or network share failed mid-file: what was read still counts
            read_error = e
            break
        taken = lines.taken
        if fields is not None:
            if not fields or (len(fields) == 1 and not fields[0].strip()):
                continue  # blank line between records
            problem = _row_problem(fields)
        start_line, end_line = taken[0][0], taken[-1][0]
        off = fields is None or len(fields) != len(COLUMNS)
        starts_row = ROW_START.match(taken[0][1]) is not None
        if held is not None:
            row, ref, item, held_taken = held
            held = None
            if problem is not None and not _ROW_TRY.match(taken[0][1]):
                first = held_taken[0][0]
                bad = _BadRow(row, ref, "the row stops inside its text (a stray quote?)", first, end_line, first,
                              resync=True, cut_short=True)
                lines.push_back(held_taken[1:] + taken)  # rows may start in them: read them again
                continue
            yield item
        if problem is None:
            if bad is not None:
                yield bad.error(name, start_line)
                bad = None
            row_no += 1
            held = (row_no, fields[2].strip(), _source(name, fields, row_no, start_line, tell, max_bytes), taken)
            continue
        if bad is not None and (start_line <= bad.end or not starts_row):
            bad.end = max(bad.end, end_line)  # a false start inside the broken row's text, or its rest
        else:
            if bad is not None:
                yield bad.error(name, start_line)
            row_no += 1
            ref = fields[2].strip() if fields and len(fields) > 2 else ""
            bad = _BadRow(row_no, ref if REF_ID.fullmatch(ref) else "", problem, start_line, end_line, start_line)
        bad.skipped_to = max(bad.skipped_to, start_line)
        if len(taken) > 1 and (off or any(ROW_START.match(line) for _, line in taken[1:])):
            lines.push_back(taken[1:])  # it may have run into the next rows: read them again
            bad.resync = True
        else:
            bad.skipped_to = max(bad.skipped_to, end_line)
    if held is not None:
        yield held[2]
    if bad is not None:
        yield bad.error(name, None)
    if read_error is not None:
        from checker.readers import InputError

        yield InputError(name, f"cannot read past line {lines.count}: {read_error.strerror or read_error}; "
                               "rest of file skipped")


def _source(name: str, fields: list[str], row_no: int, start_line: int, tell, max_bytes: int):
    """The Source of a valid row (an InputError when its text is over ``max_bytes``)."""
    from checker.readers import InputError, Source

    fields, enc = _fix_row(fields)
    cid, date, ref, origin, classification, refs, header, body = (f.strip() if i < 6 else f for i, f in enumerate(fields))
    cable_text = join_text(header, body)
    if len(cable_text) > max_bytes:
        return InputError(f"{name}:{ref}", f"cable text is over the {max_bytes / 1e6:.0f} MB limit (--max-size); skipped")
    meta = {
        "format": "csv",
        "positions": "cable",
        "encoding": enc,
        "source_file": name,
        "row": row_no,
        "line": start_line,
        "csv_id": cid,
        "reference_id": ref,
        "date": normalise_date(date),
        "date_raw": date,
        "origin": origin,
        "classification": classification,
        "references": tuple(r for r in _REF_SPLIT.split(refs) if r),
        "header_lines": header.count("\n") + 1 if header.strip() else 0,
    }
    src = Source(f"{name}:{ref}", cable_text, meta)
    if tell is not None:
        try:
            src.consumed = tell()
        except (OSError, ValueError):
            pass
    return src


def open_input(path: str):
    """(the file open in binary mode, None), or (None, the InputError saying why it cannot be)."""
    from checker.readers import InputError

    try:
        return open(path, "rb"), None
    except OSError as e:
        return None, InputError(path, f"cannot read: {e.strerror or e}")


def read_csv_file(path: str, max_bytes: int) -> Iterator:
    """A CSV file on disk, streamed; no limit on the file's size (``max_bytes`` is per cable)."""
    from checker.readers import InputError

    fh, err = open_input(path)
    if fh is None:
        yield err
        return
    with fh:
        try:
            head = fh.read(8192)
            fh.seek(0)
        except OSError as e:
            yield InputError(path, f"cannot read: {e.strerror or e}")
            return
        if looks_binary(head):
            yield InputError(path, "binary file (NUL or control bytes), not a CSV file; skipped")
            return
        yield from iter_csv(path, fh, max_bytes)


def read_csv_range(path: str, max_bytes: int, start: int, end: int | None, row: int, line: int) -> Iterator:
    """Rows of ``path`` from byte ``start`` (a row start) to ``end`` (None: the end of the file).

    Reads what ``readers.csv_chunks`` planned: a chunk in a worker (``end`` set, read at once) or
    the rest of a file after a record that is not plainly valid (streamed).
    """
    from checker.readers import InputError

    fh, err = open_input(path)
    if fh is None:
        yield err
        return
    with fh:
        try:
            fh.seek(start)
            stream = io.BytesIO(fh.read(end - start)) if end is not None else fh
        except OSError as e:
            yield InputError(path, f"cannot read: {e.strerror or e}")
            return
        yield from iter_csv(path, stream, max_bytes, row, line, start, start if end is not None else 0)
