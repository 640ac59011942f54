"""The review walk without any I/O: which entries to ask about, how to read an answer, what to show.

The command (``checker/cli/review.py``) supplies the terminal or standard input, the clock and
the saving; this module decides, so tests can drive it with plain lists.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from checker.findings import Finding
from checker.review.baseline import Entry
from checker.review.fingerprint import normalise
from checker.review.record import decide

ANSWERS = {
    "r": "release", "release": "release",
    "d": "redact", "redact": "redact",
    "s": "skip", "skip": "skip", "": "skip",
    "q": "quit", "quit": "quit",
    "?": "help", "h": "help", "help": "help",
}
PROMPT = "release (r) / redact (d) / skip (s) / quit (q), ! = every occurrence, a note may follow: "
HELP = ("r = release: reviewed, may be released as is\n"
        "d = redact: must be removed before release (check fails while it is present)\n"
        "s = skip: decide later\n"
        "q = quit: stop here (decisions made so far are saved)\n"
        "r! or d! = the same for every undecided occurrence of this text in this cable (for a full\n"
        "name also its family name alone, when no other full name in the cable shares it)\n"
        "e.g. `d! private individual, not a public official`")


@dataclass
class Answer:
    action: str | None  # release, redact, skip, quit, help; None when not understood
    note: str = ""
    every: bool = False  # apply to all undecided occurrences of the same text in the cable


def parse_answer(line: str) -> Answer:
    """``r``, ``d``, ``s``, ``q`` (or the words), ``!`` for every occurrence, then an optional note."""
    word, _, note = line.strip().partition(" ")
    every = word.endswith("!") and word[:-1].lower() in ("r", "d", "release", "redact")
    return Answer(ANSWERS.get(word[:-1].lower() if every else word.lower()), note.strip(), every)


def same_text(item: "Item") -> tuple[str, str, str]:
    """Rule, cable and the normalised text (the message when the cable could not be read)."""
    e = item.entry
    if item.live is not None and item.live.text:
        text = item.live.text
    else:  # "personal name 'Barbara Fleck'": the quoted text, else the whole message
        q = e.message.find("'")
        text = e.message[q + 1:e.message.rfind("'")] if 0 <= q < e.message.rfind("'") else e.message
    return e.rule, e.cable, normalise(text)


def same_occurrences(item: "Item", items: list["Item"]) -> list["Item"]:
    """What ``r!`` / ``d!`` on ``item`` decides: every occurrence of the same text in the cable,
    and for a full name (R002) its family name alone, unless another full name in the cable
    ends with that family name too ("Raul Castro" and "Fidel Castro")."""
    rule, cable, text = key = same_text(item)
    out = [o for o in items if o is not item and same_text(o) == key]
    words = text.split()
    if rule == "R002" and len(words) >= 2:
        family = words[-1]
        full = {t for r, c, t in map(same_text, items) if r == rule and c == cable and len(t.split()) >= 2
                and t.split()[-1] == family}
        if full == {text}:
            out += [o for o in items if o is not item and same_text(o) == (rule, cable, family)]
    return out


@dataclass
class Item:
    """One entry to ask about, with the finding as it is in the cable today (None if unknown)."""

    entry: Entry
    live: Finding | None = None
    lines: list[str] | None = None  # the cable's lines, when its file could be read


def pending(entries: Iterable[Entry], include_decided: bool = False, only_review: bool = True) -> list[Entry]:
    return [e for e in entries
            if (include_decided or e.decision is None) and (e.needs_review or not only_review)]


@dataclass
class WalkResult:
    decided: int = 0
    skipped: int = 0
    quit: bool = False


def walk(items: list[Item], ask: Callable[[Item, int, int], str | None], save: Callable[[], None],
         reviewer: str, now: Callable[[], str] | None = None, say: Callable[[str], None] = lambda s: None,
         max_tries: int = 3, first: int = 1, total: int | None = None) -> WalkResult:
    """Asks about each item; records release/redact on its entry and calls ``save`` at once.

    ``ask(item, n, total)`` returns the answer line, or None at end of input (taken as quit);
    ``first`` and ``total`` number the items when a long walk is done a cable at a time.
    """
    res = WalkResult()
    done: set[int] = set()  # decided together with an earlier occurrence
    for n, item in enumerate(items, 1):
        if id(item.entry) in done:
            continue
        for _ in range(max_tries):
            line = ask(item, n + first - 1, total or len(items))
            ans = Answer("quit") if line is None else parse_answer(line)
            if ans.action == "help":
                say(HELP)
                continue
            if ans.action is None:
                say(f"not understood: {line.strip()!r} (? for help)")
                continue
            break
        else:
            ans = Answer("skip")
        if ans.action == "quit":
            res.quit = True
            break
        if ans.action == "skip":
            res.skipped += 1
            continue
        dec = decide(ans.action, reviewer, ans.note, now() if now else None)
        group = [item]
        if ans.every:
            group += [o for o in same_occurrences(item, items[n:] + [item]) if id(o.entry) not in done]
        for o in group:
            o.entry.decision = dec
            done.add(id(o.entry))
        save()
        res.decided += len(group)
        say(f"recorded: {dec.describe()}" + (f" (all {len(group)} occurrences)" if len(group) > 1 else ""))
    return res


def clip(text: str, start: int, width: int) -> tuple[str, int]:
    """``text`` cut to ``width`` characters around ``start``; returns (shown, offset of text[0])."""
    if len(text) <= width:
        return text, 0
    lo = max(0, min(start - width // 3, len(text) - width))
    shown = text[lo:lo + width]
    if lo > 0:
        shown = "…" + shown[1:]
    if lo + width < len(text):
        shown = shown[:-1] + "…"
    return shown, lo


def context(lines: list[str], line: int, column: int, end_line: int, end_column: int,
            radius: int = 2, width: int = 100) -> list[str]:
    """The finding's line with ``radius`` lines either side, numbered, the span underlined."""
    out = []
    first, last = max(1, line - radius), min(len(lines), line + radius)
    num_w = len(str(last))
    for n in range(first, last + 1):
        text = lines[n - 1].rstrip("\n").expandtabs(1)
        mark = ">" if n == line else " "
        if n == line:
            shown, lo = clip(text, column - 1, width)
            out.append(f"{mark} {n:>{num_w}} | {shown}")
            stop = end_column - 1 if end_line == line else len(text)
            a = max(0, column - 1 - lo)
            b = max(a + 1, min(len(shown), stop - lo))
            out.append(f"  {'':>{num_w}} | {' ' * a}{'^' * (b - a)}")
        else:
            shown, _ = clip(text, column - 1, width)
            out.append(f"{mark} {n:>{num_w}} | {shown}")
    return out


def describe(item: Item, n: int, total: int, radius: int = 2) -> list[str]:
    """What the reviewer sees before answering."""
    e, f = item.entry, item.live
    line = f"{f.line}:{f.column}" if f else e.line
    where = f"{e.path}:{line}" if line else e.path
    head = [f"[{n}/{total}] {e.rule} [{e.severity}] cable {e.cable}  {where}",
            f"  {f.message if f else e.message}"]
    if f is not None and f.text:
        text = " ".join(f.text.split())
        head.append(f"  text: {text if len(text) <= 100 else text[:99] + '…'!r}")
    if e.decision is not None:
        head.append(f"  current decision: {e.decision.describe()}")
    if f is not None and item.lines is not None:
        head.extend("  " + s for s in context(item.lines, f.line, f.column, f.end_line, f.end_column, radius))
    elif item.lines is None:
        head.append("  (cable file not found; showing what the baseline recorded)")
    return head
