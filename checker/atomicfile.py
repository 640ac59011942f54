"""Atomic writes: a temp file in the target's folder, fsync, then rename over the target."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


@contextmanager
def open_atomic(path: str | Path, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text file handle whose content replaces ``path`` only when the block ends without error.

    A path that exists but is not a regular file (``/dev/null``, a FIFO) is written through,
    never replaced.
    """
    p = Path(path)
    if p.exists() and not p.is_file():
        with open(p, "w", encoding=encoding, newline="") as fh:
            yield fh
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.resolve().parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, p.stat().st_mode & 0o7777 if p.exists() else 0o644)
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_text(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    with open_atomic(path, encoding) as fh:
        fh.write(text)
