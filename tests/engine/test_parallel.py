"""--jobs N: worker processes, same output as one job, input order kept, small runs in-process."""
import csv
import json

import pytest

from checker.cli import main
from checker.engine import parallel
from checker.engine.session import Checker, Settings
from checker.progress import Progress
from checker.readers import InputError


def _variant(seed: str, i: int) -> str:
    """The seed cable with a different serial and, for some, a paragraph dropped or renumbered."""
    text = seed.replace("GUATEMALA 000242", f"GUATEMALA {i:06d}")
    if i % 3 == 0:
        text = text.replace("¶4.", "¶40.")
    if i % 5 == 0:
        text = text.replace("¶2.", "2.")
    return text


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, request):
    seed = (request.config.rootpath / "examples" / "08GUATEMALA242.txt").read_text(encoding="utf-8")
    d = tmp_path_factory.mktemp("par")
    p = d / "cables.csv"
    with open(p, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\n")
        for i in range(1, 161):
            text = _variant(seed, i)
            if i % 40 == 7:
                w.writerow([i, "bad row"])  # malformed: its error must come back in its place
                continue
            w.writerow([i, "2/27/2008 19:56", f"08GUATEMALA{i}", "Embassy Guatemala",
                        "SECRET" if i % 4 == 0 else "UNCLASSIFIED", "", "", text])
    folder = d / "txt"
    folder.mkdir()
    for i in range(1, 81):
        (folder / f"08GUATEMALA{i}.txt").write_text(_variant(seed, i), encoding="utf-8")
    return p, folder


def _json(tmp_path, capsys, jobs, *paths):
    out = tmp_path / f"j{jobs}.json"
    code = main(["check", "--isolated", "--jobs", str(jobs), "--format", "json", "-o", str(out), *map(str, paths)])
    err = capsys.readouterr().err
    return code, out.read_text(encoding="utf-8"), err


def test_jobs_2_output_identical_to_jobs_1(corpus, tmp_path, capsys):
    csv_path, folder = corpus
    c1, one, err1 = _json(tmp_path, capsys, 1, csv_path, folder)
    c2, two, err2 = _json(tmp_path, capsys, 2, csv_path, folder)
    assert (c1, one, err1) == (c2, two, err2)
    doc = json.loads(one)
    assert doc["summary"]["cables"] == 156 + 80 and doc["summary"]["errors"] == 4
    assert doc["summary"]["findings"] > 100  # P001, M006, M009 ... on the variants


def test_results_keep_input_order_with_errors_in_place(corpus):
    csv_path, _ = corpus
    names = lambda jobs: [(type(r).__name__, r.path) for r in Checker(Settings(jobs=jobs)).results([str(csv_path)])]
    serial = names(1)
    assert names(2) == serial
    assert serial[6] == ("InputError", f"{csv_path}:row 7")
    assert serial[7] == ("CableResult", f"{csv_path}:08GUATEMALA8")


def test_small_runs_never_start_a_pool(corpus, monkeypatch):
    _, folder = corpus
    monkeypatch.setattr(parallel, "_context", lambda: pytest.fail("a pool was started"))
    files = sorted(str(p) for p in folder.iterdir())[: parallel.MIN_PARALLEL - 1]
    result = Checker(Settings(jobs=2)).run(files)
    assert len(result.cables) == parallel.MIN_PARALLEL - 1


def test_workers_build_their_checker_from_the_settings(corpus):
    # Settings reach the workers: a selection and a severity override apply there too.
    csv_path, _ = corpus
    s = Settings(jobs=2, select=["P001"], severity={"P001": "info"})
    found = Checker(s).run([str(csv_path)]).findings
    assert found and {(f.rule, f.severity) for f in found} == {("P001", "info")}


def _gc_state(result):
    import gc

    return result.path, gc.get_threshold()[0], gc.get_freeze_count() > 0


@pytest.fixture
def fresh_gc(monkeypatch):
    import gc

    before = gc.get_threshold()
    monkeypatch.setattr(parallel, "_settled_in", 0)
    yield
    gc.unfreeze()
    gc.set_threshold(*before)


def test_each_process_of_a_cli_run_tunes_the_collector_after_its_first_cable(corpus, fresh_gc):
    import gc

    csv_path, folder = corpus
    gc.set_threshold(700, 10, 10)
    gc.unfreeze()
    files = [str(p) for p in sorted(folder.iterdir())[:3]]
    for _ in Checker(Settings(jobs=1)).results(files):  # a library caller's collector is left alone
        assert gc.get_threshold()[0] == 700 and gc.get_freeze_count() == 0
    seen = []
    for _ in Checker(Settings(jobs=1, tune_gc=True)).results(files):
        seen.append((gc.get_threshold()[0], gc.get_freeze_count() > 0))
        gc.unfreeze()  # settled once per process: the later cables leave this alone
    assert seen == [(parallel.GC_THRESHOLD, True), (parallel.GC_THRESHOLD, False), (parallel.GC_THRESHOLD, False)]
    # A forked worker settles again, after its own first cable (which may load what the parent never did).
    gc.set_threshold(700, 10, 10)
    states = [s[1:] for s in Checker(Settings(jobs=2, tune_gc=True)).results([str(csv_path)], transform=_gc_state)
              if not isinstance(s, InputError)]
    assert len(states) == 156
    assert 1 <= states.count((700, False)) <= 2  # (the transform sees each worker's first cable before)
    assert states.count((parallel.GC_THRESHOLD, True)) == 156 - states.count((700, False))


_checked = None  # cables checked by the workers (a shared counter; the workers are forked)


def _count(result):
    with _checked.get_lock():
        _checked.value += 1
    return result.path


def test_a_stalled_reader_holds_the_workers_back(corpus):
    # A report writer that stalls (output piped to a pager) must not make the main process
    # collect every result: the workers get a few tasks ahead of it, then wait.
    import multiprocessing as mp
    import time

    global _checked
    if "fork" not in mp.get_all_start_methods():
        pytest.skip("needs fork to share the counter")
    _checked = mp.get_context("fork").Value("i", 0)
    _, folder = corpus
    checker = Checker(Settings(jobs=2))
    sources = [s for s in checker.sources([str(folder)])] * 3
    got = parallel.check_parallel(checker, iter(sources), 2, chunk=1, transform=_count)
    try:
        first = [next(got) for _ in range(10)]
        time.sleep(1.5)  # unbounded, the workers would check all 240 meanwhile
        assert _checked.value <= 10 + parallel.IN_FLIGHT * 2 - 1  # at most the window ahead
        rest = list(got)
    finally:
        got.close()
    assert first + rest == [s.path for s in sources] and _checked.value == len(sources)


class _Broken(Exception):
    pass


def test_a_reader_error_comes_after_the_results_checked_before_it(corpus):
    _, folder = corpus
    checker = Checker(Settings(jobs=2))
    sources = [s for s in checker.sources([str(folder)])]

    def items():
        yield from sources
        raise _Broken("reader bug")

    got = []
    with pytest.raises(_Broken):
        for r in parallel.check_parallel(checker, items(), 2, chunk=1):
            got.append(r.path)
    assert got == [s.path for s in sources]  # every one checked before the error, in order


def test_progress_bar_counts_cables_and_estimates(corpus):
    import io

    class Tty(io.StringIO):
        def isatty(self):
            return True

    csv_path, _ = corpus
    stream = Tty()
    bar = Progress(total=csv_path.stat().st_size, stream=stream, threshold=100, interval=0)
    Checker(Settings(jobs=1)).run([str(csv_path)], on_item=bar)
    shown = stream.getvalue()
    assert bar.done == 156 and "156 cables" in shown and "100%" in shown and "ETA" in shown
    assert "  101 cables" in shown.split("\r")[1]  # nothing drawn before the threshold
    bar.close()
    assert stream.getvalue().endswith("\r\x1b[K")


def test_progress_silent_when_not_a_terminal_or_quiet(corpus, capsys):
    import io

    csv_path, _ = corpus
    stream = io.StringIO()
    bar = Progress(total=1, stream=stream, threshold=0, interval=0)
    for _ in Checker(Settings(jobs=1)).results([str(csv_path)]):
        bar(_)
    assert stream.getvalue() == "" and bar.done == 156
    main(["check", "--isolated", "--jobs", "1", "--quiet", str(csv_path)])
    assert "ETA" not in capsys.readouterr().err


def test_jobs_option_validation(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--jobs", "0", "x.txt"])
    assert "must be 1 or more" in capsys.readouterr().err
    assert parallel.default_jobs() >= 1
    assert isinstance(InputError("a", "b"), InputError)


def test_workers_read_csv_chunks_and_report_what_one_job_reports(request, tmp_path, capsys, monkeypatch):
    # A dump over the chunking threshold: workers read its rows themselves, and a malformed row
    # near the end hands the rest of the file back to the serial reader; the report is the same.
    from checker.readers import csv_chunks

    monkeypatch.setattr(csv_chunks, "MIN_FILE_BYTES", 0)
    monkeypatch.setattr(csv_chunks, "CHUNK_BYTES", 30_000)
    seed = (request.config.rootpath / "examples" / "08GUATEMALA242.txt").read_text(encoding="utf-8")
    p = tmp_path / "cables.csv"
    with open(p, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\r\n", escapechar="\\", doublequote=False)
        for i in range(1, 121):
            if i == 110:
                w.writerow([i, "bad row"])
                continue
            w.writerow([i, "2/27/2008 19:56", f"08GUATEMALA{i}", "Embassy Guatemala", "UNCLASSIFIED", "", "",
                        _variant(seed, i).replace("Alianza", 'Alianza "CA"')])
    units = list(Checker(Settings(jobs=2)).sources([str(p)], chunked=True))
    assert sum(isinstance(u, csv_chunks.CsvChunk) for u in units) >= 5
    assert isinstance(units[-1], InputError) or not isinstance(units[-1], csv_chunks.CsvChunk)
    c1, one, err1 = _json(tmp_path, capsys, 1, p)
    c2, two, err2 = _json(tmp_path, capsys, 2, p)
    assert (c1, one, err1) == (c2, two, err2)
    assert "row 110" in err1 and json.loads(one)["summary"]["cables"] == 119
