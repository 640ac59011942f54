"""Chooses the reader for a file's bytes (plain text today; HTML and CSV readers plug in here)."""
from __future__ import annotations

from checker.readers.text import BinaryInput, decode


def read_bytes_as(name: str, data: bytes, input_format: str | None = None):
    from checker.readers import InputError, Source

    try:
        text, encoding = decode(data)
    except BinaryInput as e:
        yield InputError(name, f"{e}; skipped")
        return
    yield Source(name, text, {"encoding": encoding, "format": "txt", "bytes": len(data)})
