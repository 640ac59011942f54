"""The handling-review record: what a reviewer decided about a finding, who, when and why.

``release``: the text was reviewed and may be released as is. ``redact``: the text must be
removed before release, so while it is still in the cable the check fails.
"""
from __future__ import annotations

import getpass
import os
import subprocess
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

ACTIONS = ("release", "redact")


@dataclass
class Decision:
    action: str  # one of ACTIONS
    reviewer: str
    at: str  # ISO 8601 UTC, e.g. 2024-05-01T09:30:00Z
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = {"action": self.action, "reviewer": self.reviewer, "at": self.at}
        if self.note:
            d["note"] = self.note
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Decision":
        return cls(d["action"], d["reviewer"], d["at"], d.get("note", ""))

    def describe(self) -> str:
        s = f"{self.action} by {self.reviewer} at {self.at}"
        return s + (f": {self.note}" if self.note else "")


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def decide(action: str, reviewer: str, note: str = "", at: str | None = None) -> Decision:
    if action not in ACTIONS:
        raise ValueError(f"unknown decision {action!r} (choose from {', '.join(ACTIONS)})")
    return Decision(action, reviewer, at or utc_now(), " ".join(note.split()))


def current_reviewer(explicit: str | None = None, cwd: str | Path | None = None) -> str:
    """``--reviewer``, else git's ``user.name``, else the operating-system user."""
    if explicit and explicit.strip():
        return explicit.strip()
    try:
        out = subprocess.run(["git", "config", "user.name"], cwd=cwd or None, capture_output=True,
                             text=True, timeout=5, check=False)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        return getpass.getuser()
    except Exception:  # no user database entry (containers) and no LOGNAME/USER
        return os.environ.get("USERNAME") or "unknown"
