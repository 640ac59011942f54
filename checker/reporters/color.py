"""When to colour terminal output, and the ANSI styles the text reporter uses.

Precedence: --no-color, then NO_COLOR (https://no-color.org), then FORCE_COLOR, then whether the
stream is a terminal (and TERM is not ``dumb``). An empty variable counts as unset.
"""
from __future__ import annotations

import os

RESET = "\033[0m"
STYLES = {
    "bold": "1",
    "dim": "2",
    "path": "1",
    "punct": "36",  # cyan
    "code": "1;31",
    "error": "31",
    "warning": "33",
    "review": "35",
    "info": "34",
}


def use_color(stream, no_color: bool = False, environ=None) -> bool:
    env = os.environ if environ is None else environ
    if no_color or env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR"):
        return True
    if env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (OSError, ValueError):
        return False


def paint(text: str, style: str, on: bool) -> str:
    code = STYLES.get(style)
    return f"\033[{code}m{text}{RESET}" if on and code and text else text
