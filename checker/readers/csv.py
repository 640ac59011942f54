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
from collections.abc import Iterator

import regex as re

from checker.readers.text import looks_binary

COLUMNS = ("id", "date", "reference_id", "origin", "classification", "references", "header", "body")
REF_ID = re.compile(r"\d{2}+[A-Z][A-Z0-9-]{1,40}+\d{0,8}+")
_DATE = re.compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}) (?P<H>\d{1,2}):(?P<M>\d{2})(?::\d{2})?+")
_REF_SPLIT = re.compile(r"[|,;\s]++")
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


def iter_csv(name: str, stream, max_bytes: int) -> Iterator:
    """Sources (one per row) and InputErrors from a binary stream; reads it lazily."""
    from checker.readers import InputError, Source

    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    csv.field_size_limit(max(max_bytes, 1 << 20))
    reader = csv.reader(text, **DIALECT)
    tell = getattr(stream, "tell", None)
    row_no = 0
    prev_line = 0
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            row_no += 1
            yield InputError(f"{name}:row {row_no}", f"malformed CSV row (line {prev_line + 1}): {e}; skipped")
            prev_line = reader.line_num
            continue
        except UnicodeDecodeError as e:  # only a broken BOM-less UTF-16 file gets here
            yield InputError(name, f"cannot decode: {e}; rest of file skipped")
            return
        start_line, prev_line = prev_line + 1, reader.line_num
        if not fields or (len(fields) == 1 and not fields[0].strip()):
            continue  # blank line between records
        row_no += 1
        where = f"{name}:row {row_no}"
        if len(fields) != len(COLUMNS):
            ref = fields[2].strip() if len(fields) > 2 and REF_ID.fullmatch(fields[2].strip()) else ""
            msg = f"malformed CSV row (line {start_line}{', ' + ref if ref else ''}): " \
                  f"expected {len(COLUMNS)} columns, got {len(fields)}"
            # An unclosed quote runs the row into the next ones: their reference ids then sit
            # every 7 columns further on. Name them, and keep counting rows right.
            merged = [fields[i].strip() for i in range(9, len(fields), 7) if REF_ID.fullmatch(fields[i].strip())]
            if merged:
                msg += f" (an unclosed quote? it ran into the next row{'s' if len(merged) > 1 else ''}: {', '.join(merged)})"
                row_no += len(merged)
            yield InputError(where, msg + "; skipped")
            continue
        fields, enc = _fix_row(fields)
        cid, date, ref, origin, classification, refs, header, body = (f.strip() if i < 6 else f for i, f in enumerate(fields))
        if not ref:
            yield InputError(where, f"malformed CSV row (line {start_line}): empty reference id; skipped")
            continue
        cable_text = join_text(header, body)
        if len(cable_text) > max_bytes:
            yield InputError(f"{name}:{ref}", f"cable text is over the {max_bytes / 1e6:.0f} MB limit (--max-size); skipped")
            continue
        meta = {
            "format": "csv",
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
        yield src


def read_csv_file(path: str, max_bytes: int) -> Iterator:
    """A CSV file on disk, streamed; no limit on the file's size (``max_bytes`` is per cable)."""
    from checker.readers import InputError

    try:
        fh = open(path, "rb")
    except OSError as e:
        yield InputError(path, f"cannot read: {e.strerror or e}")
        return
    with fh:
        head = fh.read(8192)
        if looks_binary(head):
            yield InputError(path, "binary file (NUL or control bytes), not a CSV file; skipped")
            return
        fh.seek(0)
        yield from iter_csv(path, fh, max_bytes)
