"""A one-line progress bar on stderr for long runs: cables done, rate, ETA.

Shown only when the stream is a terminal, once more than ``threshold`` cables are done (short
runs stay silent), and redrawn at most ``interval`` seconds apart. The fraction done is measured
in bytes of input read (``CableResult.consumed`` against the inputs' total size), so a single
1.7 GB CSV gets an ETA before its cables are counted. ``close()`` erases the line.
"""
from __future__ import annotations

import os
import sys
import time

WIDTH = 24


def total_bytes(paths, include: list[str], exclude: list[str]) -> int:
    """Size of the inputs a run reads (folders walked with the run's globs); 0 when unknown."""
    from checker.readers import InputError, expand_paths

    total = 0
    for p in expand_paths(paths, include, exclude):
        if not isinstance(p, InputError) and p != "-":
            try:
                total += os.path.getsize(p)
            except OSError:
                pass
    return total


class Progress:
    def __init__(self, total: int = 0, stream=None, threshold: int = 300, interval: float = 0.2, enabled: bool | None = None):
        self.stream = stream if stream is not None else sys.stderr
        self.total = total
        self.threshold = threshold
        self.interval = interval
        self.enabled = self._is_tty() if enabled is None else enabled
        self.done = 0
        self.consumed = 0
        self.start = time.monotonic()
        self._last = 0.0
        self._shown = False

    def _is_tty(self) -> bool:
        try:
            return self.stream.isatty()
        except (AttributeError, ValueError):
            return False

    def __call__(self, item) -> None:
        consumed = getattr(item, "consumed", None)
        if consumed is None:  # an input error: no cable, no position
            return
        self.done += 1
        self.consumed = max(self.consumed, consumed)
        if not self.enabled or self.done <= self.threshold:
            return
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self.draw(now)

    def line(self, now: float | None = None) -> str:
        elapsed = max(1e-9, (now or time.monotonic()) - self.start)
        rate = self.done / elapsed
        frac = min(1.0, self.consumed / self.total) if self.total else 0.0
        text = f"{self.done:,} cables  {rate:,.0f}/s"
        if frac > 0:
            filled = int(frac * WIDTH)
            eta = elapsed * (1 - frac) / frac
            text = f"[{'#' * filled}{'.' * (WIDTH - filled)}] {frac * 100:3.0f}%  {text}  ETA {_clock(eta)}"
        return text

    def draw(self, now: float | None = None) -> None:
        self._shown = True
        self.stream.write("\r" + self.line(now) + "\x1b[K")
        self.stream.flush()

    def clear(self) -> None:
        """Erase the bar (before another message on the same stream); the next update redraws it."""
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False

    close = clear


def _clock(seconds: float) -> str:
    s = int(seconds + 0.5)
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
