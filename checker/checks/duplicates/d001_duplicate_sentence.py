from collections import Counter

import regex as re

from checker.checks.base import Rule
from checker.model import Span

MIN_WORDS = 6  # shorter sentences ("End Summary.", "Is that not a victory?") repeat naturally
MIN_CHARS = 4 * MIN_WORDS  # a cheaper first test
SUMMARY_RUN = 3  # a summary may restate up to this many body sentences word for word
_STRIP = " \t.!?;:,\"'“”‘’()[]-–—"
_BULLETS = ("-", "•", "*", "·")
_BLOCK_KINDS = frozenset(("heading", "rule", "page_break", "caveat", "note"))
# "(S/REL USA, KWT) We note ...": a point that carries its own portion marking
_MARKED_POINT = re.compile(r"\((?:U|SBU|C|S|TS|LOU)(?:/{1,2}+[A-Za-z][A-Za-z ,]{0,80}+)?+\)")


class DuplicateSentence(Rule):
    """The same sentence occurs twice in the body.

    ## What it does
    Compares the sentences of the body, ignoring case, spacing, line breaks and closing
    punctuation, and reports a sentence that occurs exactly twice at its second occurrence, with
    the line of the first. Consecutive repeats (a duplicated passage) are reported once.
    Not compared: sentences under six words, the boilerplate of rules/vocab/boilerplate.toml
    ("End Summary.", "Comment."), sentences in list items ("-- ..." or a line opening with its own
    marking), table rows ("Chad: 1, Mali: 1"), sub-heading labels ("¶D. ..."), and
    sentences used three or more times (a formula, such as "He speaks Dari and Pashtu." in a
    series of biographies). A summary that restates up to three body sentences word for word is
    normal drafting and is not reported; a longer repeated passage is.

    ## Why it matters
    A repeated sentence is usually a copy-and-paste or transcription error: a passage pasted
    twice, a page repeated at a page break. It lengthens the cable and can hide an edit.

    ## Example
    ```
    ¶3. (U) ... The unit has five police agents and one vehicle. ...
    ¶7. (U) ... The unit has five police agents and one vehicle. ...
    ```
    Reports "sentence repeats line 37" at the second one.
    """

    code = "D001"
    name = "duplicate-sentence"
    severity = "warning"

    def check(self, cable, ctx):
        sentences = cable.sentences
        if len(sentences) < 2:
            return
        keyed = _keys(sentences, ctx.vocab["boilerplate"].entries)
        count = Counter([key for _, key in keyed])
        first: dict[str, int] = {}
        runs: list[list[tuple[int, int]]] = []  # [(repeat index, first index), ...]
        for i, key in keyed:
            n = count[key]
            if n == 1:
                continue
            j = first.setdefault(key, i)
            if j == i or n > 2 or _in_list(cable, sentences[i]) or _in_list(cable, sentences[j]):
                continue
            run = runs[-1] if runs else None
            if run and run[-1][0] >= i - 3 and run[-1][1] < j:
                run.append((i, j))  # the passage goes on (a short sentence in between is fine)
            else:
                runs.append([(i, j)])
        summary = None
        for run in runs:
            if len(run) <= SUMMARY_RUN:
                if summary is None:
                    summary = _summary_prose(cable)
                if all(id(sentences[j].prose) in summary for _, j in run):
                    continue
            yield self._report(cable, sentences, run)

    def _report(self, cable, sentences, run):
        first, last = sentences[run[0][0]], sentences[run[-1][0]]
        origin = sentences[run[0][1]]
        at = cable.position(origin.span.start)[0]
        n = len(run)
        msg = f"sentence repeats line {at}" if n == 1 else f"{n} sentences repeat the passage at line {at}"
        return self.finding(cable, Span(first.span.start, last.span.end), msg,
                            evidence={"first_line": at, "sentences": n, "first_offset": origin.span.start})


def _keys(sentences, boiler) -> list[tuple[int, str]]:
    """(index, normalised text) of the sentences worth comparing.

    A text that occurs once cannot repeat (``check`` skips it anyway): it is left out first, so that
    the tests below run on the few sentences that occur twice or more.
    """
    found = []
    prose = folded = None
    for i, s in enumerate(sentences):
        if s.end - s.start < MIN_CHARS:
            continue
        if s.prose is not prose:  # fold each prose run once, not each sentence
            prose = s.prose
            folded = prose.text.lower()
            if len(folded) != len(prose.text):
                folded = None  # lower() changed the length: fold sentence by sentence
        raw = folded[s.start:s.end] if folded is not None else s.text.lower()
        key = " ".join(raw.split()) if "  " in raw else raw
        found.append((i, raw, key.strip(_STRIP)))
    many = Counter([key for _, _, key in found])
    out = []
    for i, raw, key in found:
        if many[key] < 2:
            continue
        if raw.startswith(_BULLETS) or raw[:1] == "¶" or (":" in raw and _is_row(raw)):
            continue  # list items and table rows repeat by design
        if key.count(" ") + 1 >= MIN_WORDS and not (len(key) < 100 and key in boiler):
            out.append((i, key))
    return out


def _is_row(key: str) -> bool:
    """"countries: burundi-priority 5h; congo- priority 4", "nipf priority for srcc chad: 2"."""
    value = key.rsplit(":", 1)[1]
    return value.count(" ") < 4 or value.count(";") >= 2 or key.count(":") >= 2


def _in_list(cable, sentence) -> bool:
    """The sentence sits in a list item ("-- Name - 8 year sentence. Could be released ...")."""
    lines = cable.lines
    k = cable.line_at(sentence.prose.source_offset(sentence.start)).number - 1
    stop = max(0, k - 15)
    while True:
        head = lines[k].text.lstrip()
        if head.startswith(_BULLETS) or (head[:1] == "(" and _MARKED_POINT.match(head)):
            return True
        if k <= stop or lines[k - 1].blank or head[:1] == "¶" or lines[k].kind in _BLOCK_KINDS:
            return False  # the block starts here and is not a list item
        k -= 1


def _summary_prose(cable) -> set[int]:
    """ids of the prose runs that summarise: the lead paragraph, one that says "Summary", and
    the one under a "Summary" heading."""
    paras = cable.paragraphs
    under = set()
    for h in cable.headings:
        if "SUMMARY" in h.text.upper():
            nxt = next((p for p in paras if p.span.start > h.start), None)
            if nxt is not None:
                under.add(nxt.index)
    out = set()
    for pr in cable.prose:
        i = pr.paragraph
        if (i is not None and (i == 0 or paras[i].number == 1 or i in under)) or "SUMMARY" in pr.text[:80].upper():
            out.add(id(pr))
    return out
