from bisect import bisect_right

import regex as re

from checker.checks.base import Rule

REPORT_RUN = 5  # words in a reported run within a sentence ...
ACROSS_RUN = 7  # ... and across a sentence boundary ("Plans and efforts regarding X. Plans and ...")
MIN_CONTENT = 3  # words of the run that are not small words
MAX_GAP = 2  # words between the end of a run and its repeat
MAX_REPORTS = 20  # per paragraph
# The words of str.split(), which also splits at \x1c-\x1f (no \s for the regex module).
_TOKEN = re.compile(r"[^\s\x1c-\x1f]++")
_ITEM = re.compile(r"(?:--?+|•|\*|\(?+\d{1,3}+[.)]|\(?+[a-z][.)])$")  # a list item starts between the copies
_STOP = frozenset("a an the and or nor but if so of to in on at by for with from into about over as is are "
                  "was were be been being has have had do does did will would could should can may might "
                  "must that this these those it its he she they we you i me us him them his her their our "
                  "your my which who whom whose what there then than also not no all any some more most "
                  "very too such".split())


class RepeatedPhrase(Rule):
    """A run of words is written twice in a row.

    ## What it does
    Looks for a run of words written twice back to back (at most two words between the copies),
    ignoring case: five or more words within a sentence, seven or more across a sentence
    boundary, with at least three words that are not small words ("the", "of", "to"). A new list
    item between the copies ("... this issue. 2) GRPO can ...") is a list, and shorter repeats are
    parallel wording ("universal adherence to the NPT, universal adherence to the CTBT"), not
    slips. Each stutter is reported once, at the second copy, however long.

    ## Why it matters
    A phrase that stutters is an editing slip: text pasted twice, or a half-finished revision
    left in place. Readers stumble on it, and the sentence may no longer say what was meant.

    ## Example
    ```
    ... lack of female police officers, and lack of continuity in the National Civil Police
    officers, and lack of continuity in the National Civil Police (PNC) due to ...
    ```
    Reports "'police officers, and lack of continuity in the National Civil' is repeated" at the
    second copy (the repeat is ten words long, so it starts at the first word that repeats).
    """

    code = "D002"
    name = "repeated-phrase"
    severity = "warning"

    def check(self, cable, ctx):
        starts = None
        for prose in cable.prose:
            words = prose.text.lower().split()
            if len(words) < 2 * REPORT_RUN:
                continue
            # C-speed screen: only a run of text with a repeated 5-word shingle needs a closer look
            if len(set(zip(words, words[1:], words[2:], words[3:], words[4:]))) == len(words) - 4:
                continue
            grams = list(zip(words, words[1:], words[2:], words[3:], words[4:]))
            pairs = _adjacent_repeats(words, grams)
            if not pairs:
                continue
            if starts is None:
                starts = {}
                for s in cable.sentences:
                    starts.setdefault(id(s.prose), []).append(s.start)
            yield from self._report(cable, prose, pairs, starts.get(id(prose), [0]))

    def _report(self, cable, prose, pairs, sent_starts):
        text = prose.text
        toks = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]  # the same tokens as split()
        for a, b, size in pairs:
            gap_words = [text[s:e] for s, e in toks[a + size:b]]
            if any(_ITEM.match(w) for w in gap_words):
                continue
            same = bisect_right(sent_starts, toks[a][0]) == bisect_right(sent_starts, toks[b + size - 1][0])
            if size < (REPORT_RUN if same else ACROSS_RUN):
                continue
            start, end = toks[b][0], toks[b + size - 1][1]
            while end > start and text[end - 1] in ".,;:":
                end -= 1
            phrase = " ".join(text[s:e] for s, e in toks[b:b + size]).rstrip(".,;:")
            yield self.finding(
                cable, prose.source_span(start, end), f"'{phrase}' is repeated",
                evidence={"words": size, "gap": b - a - size, "first_offset": prose.source_offset(toks[a][0])},
            )


def _adjacent_repeats(words: list[str], grams: list[tuple]) -> list[tuple[int, int, int]]:
    """(first copy, second copy, length) of runs repeated with at most MAX_GAP words between."""
    seen: dict[tuple, int] = {}
    out = []
    covered = -1  # second copies already reported end here
    n = len(words)
    for i, g in enumerate(grams):
        j = seen.get(g)
        seen[g] = i
        if j is None or i <= covered or i - j < len(g):
            continue  # new, inside a run already reported, or overlapping itself ("word word word")
        # scanning left to right, the first repeated shingle is where the run starts
        size = len(g)
        while i + size < n and j + size < i and words[j + size] == words[i + size]:
            size += 1
        gap = i - (j + size)
        if gap <= MAX_GAP and sum(w not in _STOP for w in words[i:i + size]) >= MIN_CONTENT:
            out.append((j, i, size))
            covered = i + size - 1
            if len(out) >= MAX_REPORTS:
                break  # a text that stutters this much is garbage; do not flood the report
    return out
