"""Readers turn paths (files, folders, ``-`` for stdin) into ``Source`` records: text + metadata.

A problem with one input becomes an ``InputError`` (a one-line message naming the file) and the
run goes on with the others. Readers never write to their inputs.
"""
from __future__ import annotations

import fnmatch
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from checker.readers.text import MAX_BYTES, decode

__all__ = ["Source", "InputError", "iter_sources", "decode", "MAX_BYTES"]


@dataclass(slots=True)
class Source:
    path: str  # what findings name
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


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
            if any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(rel, g) for g in include) and not _excluded(rel, exclude):
                found.append(full)
    return found


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


def read_file(path: str, max_bytes: int = MAX_BYTES) -> Iterator[Source | InputError]:
    """One path to its cable(s); the format readers may yield many cables per file."""
    from checker.readers.formats import read_bytes_as

    if path == "-":
        try:
            data = sys.stdin.buffer.read(max_bytes + 1)
        except (OSError, ValueError) as e:
            yield InputError("<stdin>", f"cannot read standard input: {e}")
            return
        name = "<stdin>"
    else:
        name = path
        try:
            size = os.path.getsize(path)
            if size > max_bytes:
                yield InputError(path, f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit (--max-size); skipped")
                return
            with open(path, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except OSError as e:
            yield InputError(path, f"cannot read: {e.strerror or e}")
            return
    if len(data) > max_bytes:
        yield InputError(name, f"input is over the {max_bytes / 1e6:.0f} MB limit (--max-size); skipped")
        return
    yield from read_bytes_as(name, data)


def iter_sources(paths: Iterable[str], include: list[str] | None = None, exclude: list[str] | None = None,
                 max_bytes: int = MAX_BYTES) -> Iterator[Source | InputError]:
    for p in expand_paths(paths, include or ["*.txt"], exclude or []):
        if isinstance(p, InputError):
            yield p
        else:
            yield from read_file(p, max_bytes)
