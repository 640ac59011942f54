"""CSV chunks read by workers give exactly what the serial reader gives, malformed files included."""
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.readers import InputError, Source, iter_sources
from checker.readers import csv_chunks
from checker.readers.csv import read_csv_file, read_csv_range
from checker.readers.csv_chunks import CsvChunk, CsvTail, expand, plan, read_chunked

MAX = 64 << 20


def _key(item):
    if isinstance(item, Source):
        return ("cable", item.path, item.text, item.meta)
    return ("error", item.path, item.message)


def _chunked(path, chunk_bytes):
    out, units = [], []
    with open(path, "rb") as fh:
        for unit in plan(str(path), fh, MAX, 0, chunk_bytes):
            units.append(unit)
            if isinstance(unit, CsvChunk):
                out.extend(expand(unit, MAX))
            else:
                out.extend(read_csv_range(str(path), MAX, unit.start, None, unit.row, unit.line))
    return [_key(x) for x in out], units


def _serial(path):
    return [_key(x) for x in read_csv_file(str(path), MAX)]


def _row(i, body, ref=None, header="HDR"):
    ref = ref or f"08GUATEMALA{i}"
    return f'"{i}","2/27/2008 19:56","{ref}","Embassy Guatemala","UNCLASSIFIED","","{header}","{body}"\n'


SEED = "\nUNCLAS GUATEMALA 000242\n\nSUBJECT: TEST\n\n1. (U) Ambassador James Derham met Claudia Rivera.\n"


def test_plain_dump_is_cut_into_chunks_of_whole_rows(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_chunks, "_BLOCK", 300)  # refills the scan buffer inside records
    p = tmp_path / "cables.csv"
    p.write_bytes("".join(_row(i, SEED + f'he said \\"no\\" ""twice"" {i}\r\nend') for i in range(1, 40)).encode())
    got, units = _chunked(p, 500)
    assert got == _serial(p)
    assert len(units) > 5 and all(isinstance(u, CsvChunk) for u in units)
    assert units[1].row == len(list(expand(units[0], MAX)))
    assert [u.start for u in units[1:]] == [u.end for u in units[:-1]]


def test_a_malformed_row_sends_the_rest_of_the_file_to_the_serial_reader(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_chunks, "_BLOCK", 256)
    rows = [_row(i, SEED) for i in range(1, 30)]
    rows[17] = '"18","broken\n'  # an unclosed quote runs into the rows after it
    p = tmp_path / "cables.csv"
    p.write_bytes("".join(rows).encode())
    got, units = _chunked(p, 400)
    assert got == _serial(p)
    assert isinstance(units[-1], CsvTail) and units[-1].row == 16  # from the valid row before it
    assert any(k[0] == "error" and "row 18" in k[1] for k in got)


def test_a_row_cut_short_by_a_stray_quote_is_judged_as_the_serial_reader_does(tmp_path):
    # The row before a fragment that does not start like a row is itself malformed.
    rows = [_row(i, SEED) for i in range(1, 12)]
    rows[5] = _row(6, 'a "quoted" word')  # the quote before "quoted" ends the body early
    p = tmp_path / "cables.csv"
    p.write_bytes("".join(rows).encode())
    got, _ = _chunked(p, 200)
    assert got == _serial(p)


def test_bom_crlf_blank_lines_and_undecodable_bytes(tmp_path):
    body = SEED.replace("\n", "\r\n").encode() + b"caf\xe9 \xff"
    rows = [_row(i, "X").encode().replace(b'"X"', b'"' + body + b'"') for i in range(1, 25)]
    data = b"\xef\xbb\xbf" + b"\r\n".join(r.replace(b"\n", b"\r\n", 0) for r in rows) + b"\r\n\r\n"
    p = tmp_path / "cables.csv"
    p.write_bytes(data)
    got, units = _chunked(p, 300)
    assert got == _serial(p)
    assert len(units) > 3 and units[0].start == 0


# Field contents that exercise the CSV dialect: escaped and doubled quotes, line breaks of every
# kind, separators, backslashes, non-UTF-8 bytes, and (rarely) a bare quote that breaks the row.
_PIECES = st.sampled_from(["word ", ",", "\n", "\r\n", "\r", '\\"', '""', "\\\\", "é", "\\\n", " "])
_BAD = st.sampled_from(['"', '"2",x', '\\', "\n\"9\",\"2/2/2008 10:10\",\"08X1\""])


@st.composite
def _dumps(draw):
    out = []
    for i in range(1, draw(st.integers(1, 14)) + 1):
        body = "".join(draw(st.lists(_PIECES, max_size=12)))
        if draw(st.integers(0, 9)) == 0:
            body += draw(_BAD)
        ref = draw(st.sampled_from([f"08GUATEMALA{i}", f"0{i}", ""]))
        row = _row(i, body, ref=ref if draw(st.integers(0, 6)) == 0 else None)
        if draw(st.booleans()) and draw(st.booleans()):
            row += draw(st.sampled_from(["\n", "  \n", "\r\n"]))
        out.append(row)
    data = "".join(out).encode("utf-8", "surrogateescape")
    if draw(st.booleans()):
        data = data.replace("é".encode(), b"\xe9")
    return data


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=_dumps(), chunk=st.integers(1, 400), block=st.integers(16, 200))
def test_chunks_read_exactly_what_the_serial_reader_reads(tmp_path, monkeypatch, data, chunk, block):
    monkeypatch.setattr(csv_chunks, "_BLOCK", block)
    p = tmp_path / "dump.csv"
    p.write_bytes(data)
    got, units = _chunked(p, chunk)
    assert got == _serial(p)
    rows = [u for u in units if isinstance(u, CsvChunk)]
    assert [u.start for u in rows[1:]] == [u.end for u in rows[:-1]]


def test_iter_sources_chunks_only_large_csv_files(tmp_path, monkeypatch):
    p = tmp_path / "cables.csv"
    p.write_bytes("".join(_row(i, SEED) for i in range(1, 30)).encode())
    small = list(iter_sources([str(p)], ["*.csv"], chunked=True))
    assert all(isinstance(x, Source) for x in small)
    monkeypatch.setattr(csv_chunks, "MIN_FILE_BYTES", 0)
    monkeypatch.setattr(csv_chunks, "CHUNK_BYTES", 1000)
    big = list(iter_sources([str(p)], ["*.csv"], chunked=True))
    assert len(big) > 3 and all(isinstance(x, CsvChunk) for x in big)
    cables = [x for c in big for x in expand(c, MAX)]
    assert [_key(x) for x in cables] == [_key(x) for x in small]
    assert cables[-1].consumed <= p.stat().st_size


def test_binary_and_missing_files_are_reported_as_before(tmp_path, monkeypatch):
    monkeypatch.setattr(csv_chunks, "MIN_FILE_BYTES", 0)
    b = tmp_path / "bin.csv"
    b.write_bytes(b"\x00\x01\x02" * 100)
    assert [str(x) for x in read_chunked(str(b), MAX)] == [str(x) for x in read_csv_file(str(b), MAX)]
    missing = list(read_chunked(str(tmp_path / "none.csv"), MAX))
    assert len(missing) == 1 and isinstance(missing[0], InputError) and "cannot read" in missing[0].message


def test_an_endless_quoted_field_does_not_fill_memory(tmp_path, monkeypatch):
    # An unclosed quote early in a file: the scan gives up past _MAX_RECORD and the serial
    # reader (which streams lines) takes over.
    monkeypatch.setattr(csv_chunks, "_BLOCK", 1 << 16)
    p = tmp_path / "cables.csv"
    p.write_bytes(_row(1, SEED).encode() + b'"2","2/27/2008 19:56","08X2","E","U","","H","' + b"x" * (6 << 20))
    with open(p, "rb") as raw:
        fh = _Counting(raw)
        units = list(plan(str(p), fh, 1 << 20, 0, 1 << 20))
    assert isinstance(units[-1], CsvTail) and units[-1].start == 0
    assert fh.read_bytes < csv_chunks._MAX_RECORD + 3 * (1 << 16)  # gave up long before the end


def test_long_records_and_blank_runs_go_to_the_serial_reader(tmp_path, monkeypatch):
    # A record full of escaped quotes over _MAX_RECORD would be rescanned after every read, and
    # a run of blank lines would keep the chunk growing: both end the scan, output unchanged.
    monkeypatch.setattr(csv_chunks, "_MAX_RECORD", 5000)
    monkeypatch.setattr(csv_chunks, "_BLOCK", 700)
    for filler in ('"' + '\\"' * 4000 + '"', "\n" + " \n" * 4000):
        p = tmp_path / "cables.csv"
        rows = [_row(i, SEED) for i in range(1, 8)]
        rows[3] = rows[3].replace('"' + SEED + '"', filler) if filler.startswith('"') else rows[3] + filler
        p.write_bytes("".join(rows).encode())
        got, units = _chunked(p, 300)
        assert got == _serial(p)
        assert isinstance(units[-1], CsvTail) and units[-1].row <= 3


class _Counting(io.RawIOBase):
    def __init__(self, fh):
        self.fh, self.read_bytes = fh, 0

    def read(self, n=-1):
        data = self.fh.read(n)
        self.read_bytes += len(data)
        return data
