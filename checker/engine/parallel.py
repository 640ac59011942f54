"""Checks sources in worker processes, results in input order (identical to a serial run).

Each worker builds its own ``Checker`` from the ``Settings`` once (rules, vocabularies), then
takes tasks: a batch of sources, or a ``CsvChunk`` (a byte range of whole rows of a CSV dump)
that the worker reads itself, so the parent neither parses those rows nor pickles their text.
The parent reads the other inputs and hands out tasks at most ``IN_FLIGHT`` per worker ahead of
the results its caller has taken, so memory stays bounded whatever the corpus size and however
slowly the report is written. Input errors travel through the pool too, so they come back in
their place. Small runs never start a pool: the first ``MIN_PARALLEL`` cables are read ahead
and, when the input ends before that, checked in this process.
"""
from __future__ import annotations

import gc
import itertools
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator

MIN_PARALLEL = 64  # fewer sources than this: not worth starting processes
CHUNK = 16  # sources per task: amortises the pipe round trip, keeps the read-ahead small
IN_FLIGHT = 4  # tasks per worker submitted ahead of the caller: keeps workers busy, bounds memory
GC_THRESHOLD = 10_000  # new objects between young-generation collections once a run is going (see settle)

_checker = None  # the worker's Checker
_transform = None  # applied to each result in the worker (e.g. rendering it for the report)
_settled_in = 0  # pid of the process whose long-lived objects were frozen (a forked worker starts over)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _init(settings, transform=None) -> None:
    global _checker, _transform
    import signal

    from checker.engine.session import Checker

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it ends the pool
    _checker = Checker(settings)
    _transform = transform


def settle() -> None:
    """Tunes the cyclic garbage collector once per process, after its first cable of a run whose
    settings say so (``Settings.tune_gc``: the CLI's; a library caller keeps its own collector).

    What is alive then (rules, vocabularies, the name lexicon, compiled patterns) lives as long
    as the run: ``gc.freeze`` stops every full collection from walking it again (~25 ms each,
    every ~200 cables). A cable's own objects are freed by reference counting (no cycles), so
    collections can be rare: the first generation waits for 10,000 new objects instead of 700.
    Measured on 10,000 cables: time in the collector 2.3 s -> 0.06 s of ~34 s.
    """
    global _settled_in
    if _settled_in != os.getpid():
        _settled_in = os.getpid()
        gc.collect()
        gc.freeze()
        gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])


def _check_all(checker, items, transform) -> list:
    """Results for a task: a list of sources / input errors, or a CsvChunk read here."""
    from checker.readers import InputError
    from checker.readers.csv_chunks import CsvChunk, expand

    if isinstance(items, CsvChunk):
        items = expand(items, checker.settings.max_bytes)
    out = []
    for item in items:
        if isinstance(item, InputError):
            out.append(item)
        else:
            result = checker.check_source(item)
            out.append(result if transform is None else transform(result))
            if checker.settings.tune_gc:
                settle()
    return out


def _work(task) -> list:
    return _check_all(_checker, task, _transform)


def _tasks(items: Iterable, batch: int) -> Iterator:
    """Sources and errors in lists of up to ``batch``; a CsvChunk is a task of its own."""
    from checker.readers.csv_chunks import CsvChunk

    pending: list = []
    for item in items:
        if isinstance(item, CsvChunk):
            if pending:
                yield pending
                pending = []
            yield item
        else:
            pending.append(item)
            if len(pending) >= batch:
                yield pending
                pending = []
    if pending:
        yield pending


def _cables(item) -> int:
    """About how many cables an input item holds (a CsvChunk: its bytes at ~8 KB a cable)."""
    end = getattr(item, "end", None)
    return 1 if end is None else max(1, (end - item.start) >> 13)


def _context():
    # fork starts workers fastest and shares the imported code; spawn where fork is missing.
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods else "spawn")


def check_parallel(checker, items: Iterable, jobs: int, chunk: int = CHUNK, transform=None) -> Iterator:
    """CableResult / InputError for every cable of ``items`` (Source / InputError / CsvChunk), in order.

    ``transform`` (a picklable function of a CableResult) runs where the cable was checked and
    its value is yielded instead of the CableResult.
    """
    from checker.readers import InputError, Source

    it = iter(items)
    head: list = []
    seen = 0
    if jobs > 1:
        for item in it:
            head.append(item)
            seen += _cables(item)
            if seen >= MIN_PARALLEL:
                break
    if jobs <= 1 or seen < MIN_PARALLEL:
        for item in itertools.chain(head, it):
            yield from _check_all(checker, [item] if isinstance(item, (Source, InputError)) else item, transform)
        return
    ctx = _context()
    pool = ctx.Pool(jobs, initializer=_init, initargs=(checker.settings, transform))
    try:
        # At most IN_FLIGHT tasks per worker submitted and not yet taken by the caller. (Pool.imap
        # collects every finished result: with a report writer that stalls, e.g. output piped to
        # a pager, the main process grew by the whole report, 312 MB after 20 s on 10,000 cables.)
        pending: deque = deque()
        tasks = _tasks(itertools.chain(head, it), chunk)
        while True:
            try:
                task = next(tasks)
            except StopIteration:
                break
            except Exception:  # a reader bug: what was checked before it still comes out first
                while pending:
                    yield from pending.popleft().get()
                raise
            pending.append(pool.apply_async(_work, (task,)))
            if len(pending) >= IN_FLIGHT * jobs:
                yield from pending.popleft().get()
            while pending and pending[0].ready():  # (results keep flowing while input is slow)
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
        pool.close()
    finally:
        pool.terminate()
        pool.join()
