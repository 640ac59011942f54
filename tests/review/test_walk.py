from checker.findings import Finding
from checker.review.baseline import Entry
from checker.review.record import current_reviewer, decide
from checker.review.walk import Item, clip, context, describe, parse_answer, pending, walk


def entry(n, severity="review", decision=None):
    return Entry(f"R002:08X1:{n:016x}:0", "R002", severity, "08X1", "08X1.txt", n, f"name {n}", decision)


def test_parse_answer_letters_words_and_notes():
    ans = parse_answer("d  private person ")
    assert (ans.action, ans.note) == ("redact", "private person")
    assert parse_answer("R").action == "release" and parse_answer("release ok").note == "ok"
    assert parse_answer("s").action == parse_answer("").action == "skip"
    assert parse_answer("q").action == "quit" and parse_answer("?").action == "help"
    assert parse_answer("x").action is None


def test_pending_selects_undecided_review_entries():
    done = entry(1, decision=decide("release", "a"))
    es = [done, entry(2), entry(3, severity="error")]
    assert [e.line for e in pending(es)] == [2]
    assert [e.line for e in pending(es, include_decided=True)] == [1, 2]
    assert [e.line for e in pending(es, only_review=False)] == [2, 3]


def test_walk_records_saves_each_decision_and_stops_on_quit():
    items = [Item(entry(n)) for n in range(1, 6)]
    answers = iter(["d remove this", "huh?", "r", "s", "q"])
    saved, said = [], []

    def save():
        saved.append([e.entry.decision.action if e.entry.decision else None for e in items])

    res = walk(items, lambda item, n, total: next(answers), save, "alice", now=lambda: "2024-05-01T09:30:00Z",
               say=said.append)
    assert (res.decided, res.skipped, res.quit) == (2, 1, True)
    assert saved == [["redact", None, None, None, None], ["redact", "release", None, None, None]]
    d = items[0].entry.decision
    assert (d.action, d.reviewer, d.at, d.note) == ("redact", "alice", "2024-05-01T09:30:00Z", "remove this")
    assert any("not understood" in s for s in said)
    assert items[4].entry.decision is None


def test_walk_end_of_input_is_quit():
    items = [Item(entry(1)), Item(entry(2))]
    answers = iter(["r"])
    res = walk(items, lambda *a: next(answers, None), lambda: None, "bo")
    assert res.quit and res.decided == 1 and items[1].entry.decision is None


def test_decision_time_is_iso_utc():
    at = decide("release", "a").at
    assert at.endswith("Z") and at[10] == "T" and len(at) == 20


def test_reviewer_explicit_wins_and_never_empty(tmp_path):
    assert current_reviewer("  Jo Q ") == "Jo Q"
    assert current_reviewer(None, tmp_path)


def test_context_numbers_marks_and_clips_long_lines():
    long = "A" * 300 + " John Smith " + "B" * 300
    lines = ["first", "second", long, "fourth", "fifth", "sixth"]
    out = context(lines, 3, 302, 3, 312, radius=1, width=60)
    assert out[0].startswith("  2 | second") and out[1].startswith("> 3 | ")
    assert "John Smith" in out[1] and len(out[1]) < 80 and out[1].rstrip().endswith("…")
    caret = out[2]
    assert caret.count("^") == 10 and out[1][caret.index("^"):caret.index("^") + 10] == "John Smith"
    assert out[3].startswith("  4 | fourth") and len(out) == 4


def test_clip_short_text_untouched():
    assert clip("short", 2, 100) == ("short", 0)


def test_describe_with_and_without_the_cable():
    f = Finding(rule="R002", name="x", severity="review", message="personal name", path="08X1.txt", line=2,
                column=1, end_line=2, end_column=5, text="John")
    shown = describe(Item(entry(2), f, ["x", "John went", "y"]), 1, 3)
    assert shown[0].startswith("[1/3] R002 [review] cable 08X1  08X1.txt:2") and "  text: 'John'" in shown
    assert any(s.startswith("  > 2 | John went") for s in shown)
    missing = describe(Item(entry(7)), 2, 3)
    assert "08X1.txt:7" in missing[0] and "name 7" in missing[1] and "not found" in missing[-1]


def _live(text, line):
    return Finding(rule="R002", name="personal-name", severity="review", message=f"personal name {text!r}",
                   path="08X1.txt", line=line, column=1, end_line=line, end_column=9, text=text)


def test_bang_decides_every_occurrence_of_the_same_text():
    smith = [Entry(f"R002:08X1:{i:016x}:0", "R002", "review", "08X1", "08X1.txt", 10 + i) for i in range(3)]
    jones = Entry(f"R002:08X1:{'b' * 16}:0", "R002", "review", "08X1", "08X1.txt", 11)
    items = [Item(smith[0], _live("John Smith", 10)), Item(jones, _live("Jones", 11)),
             Item(smith[1], _live("John  Smith", 11)), Item(smith[2], _live("Smith", 12))]
    asked = []
    answers = iter(["d! private person", "r"])
    saves = []
    res = walk(items, lambda item, n, t: asked.append(item.entry.line) or next(answers), lambda: saves.append(1), "a")
    # the full name, its repeat and the family name alone are one person; Jones is asked about
    assert asked == [10, 11] and res.decided == 4 and len(saves) == 2
    assert [e.decision.action for e in smith] == ["redact"] * 3 and jones.decision.action == "release"


def test_bang_leaves_a_family_name_shared_by_two_full_names_alone():
    es = [Entry(f"R002:08X1:{i:016x}:0", "R002", "review", "08X1", "08X1.txt", 10 + i, f"personal name {t!r}")
          for i, t in enumerate(["Raul Castro", "Fidel Castro", "Castro"])]
    items = [Item(e) for e in es]  # cable not readable: the texts come from the messages
    answers = iter(["r! official", "d", "s"])
    res = walk(items, lambda item, n, t: next(answers), lambda: None, "a")
    assert [e.decision.action if e.decision else None for e in es] == ["release", "redact", None]
    assert res.decided == 2 and res.skipped == 1


    assert parse_answer("x!").action is None and parse_answer("s!").action is None
