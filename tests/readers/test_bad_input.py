"""Bad input never crashes the run: a one-line message or a finding naming the file."""
import os

from checker.cli import main
from checker.readers import InputError, iter_sources


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_missing_path_and_other_files_still_checked(tmp_path, capsys, seed_text):
    good = tmp_path / "good.txt"
    good.write_text(seed_text, encoding="utf-8")
    code, out, err = _run(capsys, "check", "--isolated", str(tmp_path / "nope.txt"), str(good))
    assert code == 2
    assert f"{tmp_path / 'nope.txt'}: no such file or directory" in err
    assert "good.txt:" in out  # the good file was still checked


def test_directory_without_cables(tmp_path, capsys):
    (tmp_path / "notes.md").write_text("x")
    code, _, err = _run(capsys, "check", "--isolated", str(tmp_path))
    assert code == 2 and "no files matching *.txt" in err


def test_binary_file_is_skipped_with_message(tmp_path, capsys):
    p = tmp_path / "blob.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    code, _, err = _run(capsys, "check", "--isolated", str(p))
    assert code == 2 and "blob.txt: binary file" in err and err.count("\n") == 1


def test_empty_file_is_a_finding(tmp_path, capsys):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    code, out, _ = _run(capsys, "check", "--isolated", str(p))
    assert code == 1 and "F002 [error] file is empty" in out


def test_cp1252_fallback_info(tmp_path, capsys):
    p = tmp_path / "w.txt"
    p.write_bytes("UNCLAS BOGOTA 000123\n\n1. (U) Reunión en Bogotá.\n".encode("cp1252"))
    code, out, _ = _run(capsys, "check", "--isolated", "--select", "F001", str(p))
    assert "F001 [info] not valid UTF-8; read as cp1252" in out and code == 0


def test_crlf_positions_match_lf(tmp_path, capsys, seed_text):
    lf, crlf = tmp_path / "lf.txt", tmp_path / "crlf.txt"
    lf.write_bytes(seed_text.encode())
    crlf.write_bytes(seed_text.replace("\n", "\r\n").encode())
    _, out_lf, _ = _run(capsys, "check", "--isolated", str(lf))
    _, out_crlf, _ = _run(capsys, "check", "--isolated", str(crlf))
    strip = lambda s: [line.split(":", 1)[1] for line in s.splitlines()[:-1]]
    assert strip(out_lf) == strip(out_crlf) and out_lf


def test_ten_megabyte_single_line(tmp_path, capsys):
    p = tmp_path / "huge.txt"
    p.write_bytes(b"UNCLAS GUATEMALA 000242\n\n1. (U) " + b"word " * 2_100_000 + b"\n")
    assert p.stat().st_size > 10_000_000
    code, out, err = _run(capsys, "check", "--isolated", str(p))
    assert code in (0, 1) and "Found" in out and err == ""


def test_size_limit_reports_and_skips(tmp_path, capsys):
    p = tmp_path / "big.txt"
    p.write_bytes(b"x" * 2_000_000)
    code, _, err = _run(capsys, "check", "--isolated", "--max-size", "1", str(p))
    assert code == 2 and "big.txt: file is 2.0 MB, over the 1 MB limit" in err


def test_unreadable_file(tmp_path, capsys, monkeypatch):
    # chmod 0 does not stop root (CI runs as root), so make open() fail the way it would
    import builtins

    p = tmp_path / "locked.txt"
    p.write_text("x")
    real_open = builtins.open

    def deny(file, *a, **kw):
        if str(file) == str(p):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *a, **kw)

    monkeypatch.setattr(builtins, "open", deny)
    code, _, err = _run(capsys, "check", "--isolated", str(p))
    assert code == 2 and "locked.txt: cannot read: Permission denied" in err


def test_unreadable_file_via_directory_in_place_of_file(tmp_path):
    # portable stand-in for an unreadable file (works as root): a path that fails on open
    from checker.readers import read_file

    (tmp_path / "d.txt").mkdir()
    (err,) = list(read_file(str(tmp_path / "d.txt")))
    assert isinstance(err, InputError) and "cannot read" in err.message


def test_inputs_are_never_modified(tmp_path, capsys, seed_text):
    p = tmp_path / "c.txt"
    p.write_text(seed_text)
    before = (p.read_bytes(), p.stat().st_mtime_ns)
    _run(capsys, "check", "--isolated", str(p))
    assert (p.read_bytes(), p.stat().st_mtime_ns) == before


def test_folder_walk_is_sorted_and_filtered(tmp_path, seed_text):
    for name in ("b.txt", "a.txt", "c.md"):
        (tmp_path / name).write_text(seed_text)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "z.txt").write_text(seed_text)
    paths = [s.path for s in iter_sources([str(tmp_path)])]
    assert [os.path.basename(p) for p in paths] == ["a.txt", "b.txt"]
