"""Checks sources in worker processes, results in input order (identical to a serial run).

Each worker builds its own ``Checker`` from the ``Settings`` once (rules, vocabularies), then
takes sources in chunks (``Pool.imap``). The parent only reads inputs and collects results;
sources are fed lazily from the readers' iterator, and the pool's pipe holds only a few chunks,
so memory stays bounded whatever the corpus size. Input errors travel through the pool too, so
they come back in their place. Small runs never start a pool: the first ``MIN_PARALLEL``
sources are read ahead and, when the input ends before that, checked in this process.
"""
from __future__ import annotations

import itertools
import multiprocessing as mp
import os
from collections.abc import Iterable, Iterator

MIN_PARALLEL = 64  # fewer sources than this: not worth starting processes
CHUNK = 16  # sources per task: amortises the pipe round trip, keeps the read-ahead small

_checker = None  # the worker's Checker
_transform = None  # applied to each result in the worker (e.g. rendering it for the report)


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


def _work(item):
    from checker.readers import InputError

    if isinstance(item, InputError):
        return item
    result = _checker.check_source(item)
    return result if _transform is None else _transform(result)


def _context():
    # fork starts workers fastest and shares the imported code; spawn where fork is missing.
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods else "spawn")


def check_parallel(checker, items: Iterable, jobs: int, chunk: int = CHUNK, transform=None) -> Iterator:
    """CableResult / InputError for every item of ``items`` (Source / InputError), in order.

    ``transform`` (a picklable function of a CableResult) runs where the cable was checked and
    its value is yielded instead of the CableResult.
    """
    from checker.readers import InputError

    it = iter(items)
    head = list(itertools.islice(it, MIN_PARALLEL))
    if jobs <= 1 or len(head) < MIN_PARALLEL:
        for item in itertools.chain(head, it):
            if isinstance(item, InputError):
                yield item
            else:
                result = checker.check_source(item)
                yield result if transform is None else transform(result)
        return
    ctx = _context()
    pool = ctx.Pool(jobs, initializer=_init, initargs=(checker.settings, transform))
    try:
        yield from pool.imap(_work, itertools.chain(head, it), chunk)
        pool.close()
    finally:
        pool.terminate()
        pool.join()
