"""The Cablegate CSV reader: quoting, embedded new lines, CRLF, malformed rows, streaming."""
import csv
import io

from checker.cli import main
from checker.readers import InputError, Source, iter_sources
from checker.readers.csv import iter_csv, join_text, looks_like_csv, normalise_date

HEADER = "R 271956Z FEB 08\nFM AMEMBASSY GUATEMALA\nTO RUEHC/SECSTATE WASHDC 4858"
BODY = """
UNCLAS GUATEMALA 000242

E.O. 12958: N/A
TAGS: PGOV GT
SUBJECT: TEST

1. (U) One.

2. (U) Two.

4. (U) Four.
"""


def row(i, ref="08GUATEMALA242", header=HEADER, body=BODY, date="2/27/2008 19:56",
        origin="Embassy Guatemala", cls="UNCLASSIFIED", refs=""):
    return [str(i), date, ref, origin, cls, refs, header, body]


def write_csv(path, rows, **kw):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator=kw.pop("lineterminator", "\n"), **kw)
        for r in rows:
            w.writerow(r)


def sources(path, **kw):
    return list(iter_sources([str(path)], **kw))


def test_row_becomes_one_cable_named_by_file_and_reference_id(tmp_path):
    p = tmp_path / "cables.csv"
    write_csv(p, [row(1, refs="08STATE1234|08GUATEMALA200")])
    (s,) = sources(p)
    assert s.path == f"{p}:08GUATEMALA242"
    assert s.text == HEADER + "\n" + BODY  # header, blank line (the body's own), body
    m = s.meta
    assert (m["format"], m["row"], m["line"], m["reference_id"]) == ("csv", 1, 1, "08GUATEMALA242")
    assert m["date"] == "2008-02-27 19:56" and m["date_raw"] == "2/27/2008 19:56"
    assert m["origin"] == "Embassy Guatemala" and m["classification"] == "UNCLASSIFIED"
    assert m["references"] == ("08STATE1234", "08GUATEMALA200") and m["source_file"] == str(p)


def test_findings_name_file_and_cable_and_count_lines_within_the_cable(tmp_path, capsys):
    p = tmp_path / "cables.csv"
    write_csv(p, [row(1, ref="08GUATEMALA100", body=BODY.replace("4. (U) Four.", "3. (U) Three.")), row(2)])
    code = main(["check", "--isolated", "--select", "P001", "--jobs", "1", str(p)])
    out = capsys.readouterr().out
    # ¶4 sits on line 15 of the cable's own text (header 3 lines, blank, body), not of the file.
    assert f"{p}:08GUATEMALA242:15:1: P001" in out and "08GUATEMALA100" not in out
    assert code == 1


def test_backslash_and_doubled_quotes_newlines_and_crlf(tmp_path):
    p = tmp_path / "cables.csv"
    body = '\r\nUNCLAS GUATEMALA 000242\r\n\r\n1. (U) He said "no" and \\ left.\r\n'
    with open(p, "w", encoding="utf-8", newline="") as fh:
        # MySQL-dump style quotes (\") as in the release, RFC 4180 doubled quotes, CRLF everywhere.
        fh.write('"1","2/27/2008 19:56","08GUATEMALA242","Embassy Guatemala","UNCLASSIFIED","",'
                 '"FM AMEMBASSY GUATEMALA\r\nTO SECSTATE","\r\nUNCLAS GUATEMALA 000242\r\n\r\n'
                 '1. (U) He said \\"no\\" and \\\\ left.\r\n"\r\n')
        fh.write('"2","2/28/2008 10:00","08GUATEMALA243","Embassy Guatemala","UNCLASSIFIED","",'
                 '"FM AMEMBASSY GUATEMALA","\nUNCLAS GUATEMALA 000243\n\n1. (U) A ""quoted"" word.\n"\r\n')
    a, b = sources(p)
    assert a.text == "FM AMEMBASSY GUATEMALA\r\nTO SECSTATE\r\n" + body
    assert '"quoted"' in b.text and b.meta["row"] == 2 and b.meta["line"] == 7


def test_malformed_row_reported_with_its_row_number_and_the_rest_checked(tmp_path, capsys):
    p = tmp_path / "cables.csv"
    rows = [row(1, ref="08GUATEMALA241"), ["2", "2/27/2008", "08GUATEMALA999", "only four"], row(3)]
    write_csv(p, rows)
    items = sources(p)
    errors = [i for i in items if isinstance(i, InputError)]
    cables = [i for i in items if isinstance(i, Source)]
    assert [c.meta["reference_id"] for c in cables] == ["08GUATEMALA241", "08GUATEMALA242"]
    assert len(errors) == 1 and errors[0].path == f"{p}:row 2"
    assert "expected 8 columns, got 4" in errors[0].message and "08GUATEMALA999" in errors[0].message
    assert cables[1].meta["row"] == 3
    code = main(["check", "--isolated", "--select", "P001", "--jobs", "1", str(p)])
    out, err = capsys.readouterr()
    assert code == 2 and f"{p}:row 2: malformed CSV row" in err
    assert "08GUATEMALA242:15:1: P001" in out  # the row after the bad one was checked


def test_undecodable_bytes_fall_back_per_row(tmp_path, capsys):
    p = tmp_path / "cables.csv"
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(
        [row(1, ref="08BOGOTA1", body="\nUNCLAS BOGOTA 000001\n\n1. (U) Bogot\x00 ok.\n"), row(2)])
    p.write_bytes(buf.getvalue().replace("\x00", "\ufffd").encode("utf-8").replace("\ufffd".encode(), b"\xe1"))
    a, b = sources(p)
    assert "Bogotá" in a.text and a.meta["encoding"] == "cp1252"
    assert b.meta["encoding"] == "utf-8"
    main(["check", "--isolated", "--select", "F001", "--jobs", "1", str(p)])
    out = capsys.readouterr().out
    assert "08BOGOTA1:1:1: F001" in out and "08GUATEMALA242" not in out


def test_rows_are_read_lazily():
    # A 2000-row dump: the first cable comes out after reading a small part of the stream.
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
    for i in range(2000):
        w.writerow(row(i + 1, ref=f"08GUATEMALA{i + 1}"))
    data = buf.getvalue().encode("utf-8")

    class Counting(io.RawIOBase):
        def __init__(self):
            self.pos = 0

        def readable(self):
            return True

        def readinto(self, b):
            n = min(len(b), len(data) - self.pos)
            b[:n] = data[self.pos:self.pos + n]
            self.pos += n
            return n

    raw = Counting()
    it = iter_csv("big.csv", io.BufferedReader(raw), 1 << 20)
    first = next(it)
    assert first.meta["reference_id"] == "08GUATEMALA1"
    assert raw.pos < len(data) // 20, (raw.pos, len(data))
    assert sum(1 for _ in it) == 1999 and raw.pos == len(data)


def test_csv_file_is_streamed_past_max_size_but_a_huge_cable_is_not(tmp_path):
    p = tmp_path / "cables.csv"
    big = "\nUNCLAS GUATEMALA 000242\n\n" + "1. (U) " + "word " * 60000 + "\n"
    write_csv(p, [row(1, ref="08GUATEMALA1"), row(2, ref="08GUATEMALA2", body=big), row(3, ref="08GUATEMALA3")])
    items = sources(p, max_bytes=200_000)  # the file is larger than this, one cable too
    assert [type(i).__name__ for i in items] == ["Source", "InputError", "Source"]
    assert items[1].path == f"{p}:08GUATEMALA2" and "over the" in items[1].message


def test_sniffing_reads_csv_by_content_and_input_format_overrides(tmp_path):
    p = tmp_path / "dump.txt"  # a CSV whatever its name
    write_csv(p, [row(1), row(2, ref="08GUATEMALA243")])
    assert [s.meta["reference_id"] for s in sources(p)] == ["08GUATEMALA242", "08GUATEMALA243"]
    (whole,) = sources(p, input_format="txt")
    assert whole.meta["format"] == "txt" and whole.text.startswith('"1",')
    assert not looks_like_csv(BODY) and not looks_like_csv("1. (U) one, two, three\n")


def test_folder_with_input_format_csv_picks_up_csv_files(tmp_path, capsys):
    write_csv(tmp_path / "a.csv", [row(1)])
    (tmp_path / "notes.txt").write_text("not a cable")
    main(["check", "--isolated", "--input-format", "csv", "--select", "P001", "--jobs", "1", str(tmp_path)])
    out = capsys.readouterr().out
    assert "a.csv:08GUATEMALA242:15:1: P001" in out and "notes.txt" not in out
    assert "in 1 cable." in out


def test_helpers():
    assert normalise_date("12/28/1966 18:59") == "1966-12-28 18:59"
    assert normalise_date("2/5/2009 9:05") == "2009-02-05 09:05"
    assert normalise_date("yesterday") is None
    assert join_text("", "\n\nBODY") == "BODY"
    assert join_text("H\n", "BODY") == "H\n\nBODY"
    assert join_text("H", "\nBODY") == "H\n\nBODY"


def test_unclosed_quote_is_one_error_and_the_rows_it_ran_into_are_still_read(tmp_path):
    p = tmp_path / "cables.csv"
    write_csv(p, [row(1, ref="08GUATEMALA1")])
    with open(p, "a", encoding="utf-8", newline="") as fh:
        fh.write('"2","2/27/2008 19:56","08GUATEMALA2","Embassy Guatemala","UNCLASSIFIED","","FM X","\nno end\n\n')
    with open(p, "a", encoding="utf-8", newline="") as fh:
        csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(
            [row(3, ref="08GUATEMALA3"), row(4, ref="08GUATEMALA4")])
    items = sources(p)
    assert [type(i).__name__ for i in items] == ["Source", "InputError", "Source", "Source"]
    err = items[1]
    assert err.path == f"{p}:row 2"
    assert err.message == ("malformed CSV row (line 16, 08GUATEMALA2): expected 8 columns, got 15 "
                           "(an unclosed quote? it ran into the next row); skipped lines 16-17")
    assert [(s.meta["reference_id"], s.meta["row"], s.meta["line"]) for s in items[2:]] == \
        [("08GUATEMALA3", 3, 19), ("08GUATEMALA4", 4, 34)]
    assert items[2].text == HEADER + "\n" + BODY  # read whole, not from inside the broken row


def _dump(rows):
    """Rows the way the release writes them: every field quoted, quotes inside as \\"."""
    esc = lambda f: '"' + f.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return "".join(",".join(esc(f) for f in r) + "\n" for r in rows)


def test_broken_line_mid_file_is_reported_once_and_every_later_row_checked(tmp_path, capsys):
    # The review's case: a line `2,"broken` in a dump whose bodies hold quotes, commas and
    # lines starting with numbers. Before, it set off dozens of errors and "cables" whose
    # reference id was a sentence of a body.
    body = BODY + '\n2, "and many confuse TIP," he said, "with smuggling" \\ "trafficking".\n12,"x",3\n'
    p = tmp_path / "cables.csv"
    good = [row(i, ref=f"08GUATEMALA{240 + i}", body=body) for i in (1, 3, 4, 5, 6)]
    p.write_text(_dump(good[:1]) + '2,"broken\n' + _dump(good[1:]), encoding="utf-8")
    items = sources(p)
    errors = [i for i in items if isinstance(i, InputError)]
    cables = [i for i in items if isinstance(i, Source)]
    assert len(errors) == 1 and errors[0].path == f"{p}:row 2"
    assert errors[0].message == ("malformed CSV row (line 19): expected 8 columns, got 9 "
                                 "(an unclosed quote? it ran into the next row); skipped line 19")
    assert [(c.meta["reference_id"], c.meta["row"]) for c in cables] == \
        [("08GUATEMALA241", 1), ("08GUATEMALA243", 3), ("08GUATEMALA244", 4), ("08GUATEMALA245", 5),
         ("08GUATEMALA246", 6)]
    assert all(c.text == HEADER + "\n" + body for c in cables)
    code = main(["check", "--isolated", "--select", "P001", "--jobs", "1", str(p)])
    out, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1 and f"{p}:row 2: malformed CSV row (line 19)" in err
    assert [line.split(":")[1] for line in out.splitlines()[:-1]] == [c.meta["reference_id"] for c in cables]


def test_rows_that_are_no_cable_rows_never_become_cables(tmp_path):
    p = tmp_path / "cables.csv"
    rows = [row(1, ref="08GUATEMALA1"), row(2, ref="and many confuse TIP with smuggling"),
            row(3, ref="08GUATEMALA3"), row("x4", ref="08GUATEMALA4"), row(5, ref="08GUATEMALA5"),
            row(6, ref=""), row(7, ref="08GUATEMALA7")]
    write_csv(p, rows)
    items = sources(p)
    assert [(i.meta["reference_id"], i.meta["row"]) for i in items if isinstance(i, Source)] == \
        [("08GUATEMALA1", 1), ("08GUATEMALA3", 3), ("08GUATEMALA5", 5), ("08GUATEMALA7", 7)]
    assert [(e.path.rsplit(":", 1)[1], e.message) for e in items if isinstance(e, InputError)] == [
        ("row 2", ("malformed CSV row (line 16): reference id 'and many confuse TIP with smuggling' "
                   "is not a cable reference id; skipped lines 16-30")),
        ("row 4", "malformed CSV row (line 46, 08GUATEMALA4): id 'x4' is not a number; skipped lines 46-60"),
        ("row 6", "malformed CSV row (line 76): empty reference id; skipped lines 76-90"),
    ]


def test_stray_quote_that_ends_a_row_early_is_that_row_malformed(tmp_path):
    # A quote at a line end inside the body closes it there: the row parses, cut short, and the
    # rest of its text follows. It is reported as that row, not checked, and not as the next one.
    p = tmp_path / "cables.csv"
    broken = row(2, ref="08GUATEMALA2", body=BODY.replace("2. (U) Two.", '2. (U) Two."\nand the rest, of it.'))
    text = _dump([row(1, ref="08GUATEMALA1"), broken, row(3, ref="08GUATEMALA3")])
    p.write_text(text.replace('Two.\\"', 'Two."'), encoding="utf-8")
    items = sources(p)
    assert [type(i).__name__ for i in items] == ["Source", "InputError", "Source"]
    assert items[1].path == f"{p}:row 2" and items[1].message == (
        "malformed CSV row (line 16, 08GUATEMALA2): the row stops inside its text (a stray quote?); "
        "skipped lines 16-31")
    assert items[2].meta["reference_id"] == "08GUATEMALA3" and items[2].meta["row"] == 3


class _FailingAfter(io.RawIOBase):
    """A file whose reads fail (EIO) past byte ``limit``: a disk or network share dying mid-file."""

    def __init__(self, data: bytes, limit: int):
        self.data, self.limit, self.pos = data, limit, 0

    def readable(self):
        return True

    def seekable(self):
        return True

    def seek(self, pos, whence=0):
        self.pos = pos if whence == 0 else self.pos + pos if whence == 1 else len(self.data) + pos
        return self.pos

    def tell(self):
        return self.pos

    def readinto(self, b):
        if self.pos >= self.limit:
            raise OSError(5, "Input/output error")
        n = min(len(b), self.limit - self.pos, 64)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


def test_read_error_mid_file_keeps_the_rows_read_and_reports_the_rest_skipped(tmp_path):
    p = tmp_path / "cables.csv"
    write_csv(p, [row(i, ref=f"08GUATEMALA{i}") for i in range(1, 6)])
    data = p.read_bytes()
    cut = data.index(b'"4","')  # fails while row 4 is being read
    items = list(iter_csv("cables.csv", io.BufferedReader(_FailingAfter(data, cut + 10), 64), 10**6))
    assert [type(i).__name__ for i in items] == ["Source", "Source", "Source", "InputError"]
    assert [s.meta["reference_id"] for s in items[:3]] == ["08GUATEMALA1", "08GUATEMALA2", "08GUATEMALA3"]
    assert items[3].path == "cables.csv"
    assert items[3].message == "cannot read past line 45: Input/output error; rest of file skipped"  # row 4 starts on line 46
    # Failing while resynchronising after a malformed row that spans lines: the rows before it,
    # its error (with the lines dropped so far) and then the read error, in that order.
    junk = b"".join(b"junk line %d\n" % i for i in range(200))
    broken = data[:cut] + b'"4","2/27/2008 19:56","08GUATEMALA4","x\ny"\n' + junk + data[cut:]
    fail = len(data[:cut]) + 50 + len(junk) // 2
    items = list(iter_csv("c.csv", io.BufferedReader(_FailingAfter(broken, fail), 64), 10**6))
    assert [type(i).__name__ for i in items] == ["Source", "Source", "Source", "InputError", "InputError"]
    last = int(items[4].message.split("line ")[1].split(":")[0])
    assert 48 + 50 < last < 48 + 150  # died inside the junk, while looking for the next row
    assert (items[3].path, items[3].message) == (
        "c.csv:row 4", f"malformed CSV row (line 46, 08GUATEMALA4): expected 8 columns, got 4; skipped lines 46-{last}")
    assert items[4].message == f"cannot read past line {last}: Input/output error; rest of file skipped"


def test_read_error_mid_csv_does_not_stop_the_run(tmp_path, capsys, monkeypatch):
    import json

    import checker.readers.csv as csv_reader

    p = tmp_path / "cables.csv"
    write_csv(p, [row(i, ref=f"08GUATEMALA{i}") for i in range(1, 41)])
    txt = tmp_path / "08GUATEMALA242.txt"
    txt.write_text(HEADER + "\n" + BODY, encoding="utf-8")
    data = p.read_bytes()
    fail_at = {"mid": data.index(b'"35","') + 5, "head": 100}

    def run(where):
        monkeypatch.setattr(csv_reader, "open_input", lambda path: (
            io.BufferedReader(_FailingAfter(data, fail_at[where]), 64), None))
        out = tmp_path / "report.json"
        code = main(["check", "--isolated", "--select", "P001", "--jobs", "1", "--format", "json", "-o", str(out),
                     str(p), str(txt)])
        return code, capsys.readouterr().err, json.loads(out.read_text(encoding="utf-8"))

    code, err, doc = run("mid")
    assert code == 2
    assert err == f"cablecheck: error: {p}: cannot read past line 510: Input/output error; rest of file skipped\n"
    assert doc["summary"]["cables"] == 35 and doc["summary"]["errors"] == 1  # rows 1-34 and the .txt file
    assert {f["cable_id"] for f in doc["findings"]} == {f"08GUATEMALA{i}" for i in [*range(1, 35), 242]}
    code, err, doc = run("head")  # failing in the first 8 KB (the binary-file test)
    assert code == 2 and err == f"cablecheck: error: {p}: cannot read: Input/output error\n"
    assert doc["summary"]["cables"] == 1
