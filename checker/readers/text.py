"""Bytes to text: UTF-8 first, then cp1252 (the usual encoding of cables saved on Windows)."""
from __future__ import annotations

MAX_BYTES = 64 * 1024 * 1024  # default per-file limit; a larger file is reported and skipped


class BinaryInput(ValueError):
    pass


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB: not a text file."""
    head = data[:8192]
    if b"\x00" in head and not (head.startswith((b"\xff\xfe", b"\xfe\xff"))):
        return True
    if not head:
        return False
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return ctrl > len(head) * 0.1


def decode(data: bytes) -> tuple[str, str]:
    """Returns (text, encoding). Raises BinaryInput for data that is not text at all."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise BinaryInput("UTF-16 byte-order mark but undecodable content") from None
    if looks_binary(data):
        raise BinaryInput("binary file (NUL or control bytes), not a cable")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"
