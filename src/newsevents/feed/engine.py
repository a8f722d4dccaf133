"""The engine the API and the CLI share: sources → records → checker → results, here or on worker processes.

In one process, records are read and checked one at a time. With ``jobs`` above 1, a plain JSON Lines file is
cut into byte ranges at line boundaries (`line_ranges`); each worker process reads and checks its ranges on its
own, so the main process neither reads nor ships the records, it only puts the results in order and reports
them. Anything else (stdin, streams, gzip, JSON documents) is read here and sent to the workers in batches. At
most ``2 × jobs`` tasks are out at once, so a feed of any size streams through in bounded memory, and results
come back in input order. Progress goes to an optional `ProgressListener`; the engine knows nothing of how it
is shown.
"""

from __future__ import annotations

import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from .checker import Checker
from .ranges import Identity, line_ranges, read_range
from .records import Limits, ProgressListener, RecordResult
from .sources import Format, RawRecord, Source, read_source

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["BATCH_BYTES", "OnError", "check_in_parallel", "check_sources", "records_of", "usable_cores"]

OnError = Callable[[Source, OSError], None]


def records_of(sources: Iterable[Source], fmt: Format, limits: Limits, *, on_error: OnError | None = None,
               progress: ProgressListener | None = None) -> Iterator[tuple[str, RawRecord]]:
    """Every record of every source, with the source's name. An `OSError` opening or reading a source goes to
    ``on_error`` (and reading moves on to the next source) or, without one, propagates."""
    for source in sources:
        if progress is not None:
            progress.file(source.name, _size(source))
        try:
            for record in read_source(source, fmt, limits, progress.bytes_read if progress is not None else None):
                yield source.name, record
        except OSError as exc:
            if on_error is None:
                raise
            on_error(source, exc)


def _size(source: Source) -> int | None:
    try:
        return os.stat(source.path).st_size if source.path is not None else None
    except OSError:
        return None


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity where the OS tells it)."""
    affinity = getattr(os, "sched_getaffinity", None)
    return max(1, len(affinity(0)) if affinity is not None else os.cpu_count() or 1)


def check_sources(sources: Iterable[Source], fmt: Format = "auto", *, type: str = "article",  # noqa: A002
                  limits: Limits | None = None, schema_only: bool = False, keep_values: bool = True,
                  jobs: int = 1, on_error: OnError | None = None,
                  progress: ProgressListener | None = None) -> Iterator[RecordResult]:
    """Results for every record of ``sources``, in order, checked in this process or on ``jobs`` workers."""
    limits = limits if limits is not None else Limits()
    # Built before anything is read: an unknown type fails at once.
    checker = Checker(type, limits=limits, schema_only=schema_only, keep_values=keep_values)
    jobs = min(jobs, usable_cores())  # more workers than cores cost memory and gain nothing
    if jobs <= 1:
        for source, record in records_of(sources, fmt, limits, on_error=on_error, progress=progress):
            yield checker.check(source, record)
        return
    yield from check_in_parallel(sources, fmt, limits, jobs, checker=checker, on_error=on_error, progress=progress)


#: A batch of records read here closes at this many bytes (or `_BATCH_RECORDS` records), whichever comes first.
BATCH_BYTES = 1024 * 1024
_BATCH_RECORDS = 256

@attrs.frozen
class _Batch:
    """Records read by the main process."""

    records: list[tuple[str, RawRecord]]


@attrs.frozen
class _Range:
    """A byte range of a plain JSON Lines file, read by the worker."""

    source: Source
    #: Which of the run's sources this is (the same path named twice is two sources).
    number: int
    identity: Identity
    start: int
    end: int


_checker: Checker | None = None


def _start(type: str, limits: Limits, schema_only: bool, keep_values: bool) -> None:  # noqa: A002
    global _checker  # one checker per worker process, built once
    _checker = Checker(type, limits=limits, schema_only=schema_only, keep_values=keep_values)
    threading.Thread(target=_orphan_watch, args=(os.getppid(),), daemon=True).start()


def _orphan_watch(parent: int) -> None:
    """End this worker once the main process is gone (killed by SIGTERM or SIGKILL before it could stop the
    pool): a worker must never outlive the run that started it."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _run(task: _Batch | _Range, checker: Checker | None = None) -> list[RecordResult] | OSError:
    """The results of a task, or the `OSError` that stopped a range (the file gone or changed): the main
    process reports it as it reports a file it cannot read."""
    checker = checker if checker is not None else _checker
    assert checker is not None
    if isinstance(task, _Range):
        assert task.source.path is not None
        try:
            return [checker.check(task.source.name, record) for record in
                    read_range(task.source.path, task.start, task.end, checker.limits, task.identity)]
        except OSError as exc:
            return exc
    return [checker.check(source, record) for source, record in task.records]


def _batches(records: Iterable[tuple[str, RawRecord]]) -> Iterator[_Batch]:
    batch: list[tuple[str, RawRecord]] = []
    size = 0
    for item in records:
        batch.append(item)
        size += len(item[1].raw or b"") + 64
        if size >= BATCH_BYTES or len(batch) >= _BATCH_RECORDS:
            yield _Batch(batch)
            batch, size = [], 0
    if batch:
        yield _Batch(batch)


def _tasks(sources: Iterable[Source], fmt: Format, limits: Limits, jobs: int, on_error: OnError | None,
           progress: ProgressListener | None) -> Iterator[_Batch | _Range]:
    for number, source in enumerate(sources):
        try:
            cut = line_ranges(source, fmt, parts=4 * jobs, taper=True)
        except OSError as exc:
            if on_error is None:
                raise
            on_error(source, exc)
            continue
        if cut is None:
            yield from _batches(records_of([source], fmt, limits, on_error=on_error, progress=progress))
            continue
        identity, ranges = cut
        if progress is not None:
            progress.file(source.name, ranges[-1][1])
        for start, end in ranges:
            yield _Range(source, number, identity, start, end)


class _Order:
    """Puts results back in file order: a range's line numbers count from its own start."""

    def __init__(self, progress: ProgressListener | None, on_error: OnError | None) -> None:
        self.lines: dict[int, int] = {}
        self.progress = progress
        self.on_error = on_error
        self.failed: set[int] = set()

    def place(self, task: _Batch | _Range, results: list[RecordResult] | OSError) -> Iterator[RecordResult]:
        if isinstance(task, _Batch):
            assert not isinstance(results, OSError)
            yield from results
            return
        if task.number in self.failed:
            return  # reported once; what workers read of it after the change is left out
        if isinstance(results, OSError):
            if self.on_error is None:
                raise results
            self.failed.add(task.number)
            self.on_error(task.source, results)
            return
        offset = self.lines.get(task.number, 0)
        for result in results:
            yield result if result.line is None else attrs.evolve(result, line=result.line + offset)
        self.lines[task.number] = offset + len(results)
        if self.progress is not None:
            self.progress.bytes_read(task.end)


def _context() -> Any:
    # fork starts workers in milliseconds (they inherit the imported modules); spawn where fork is unavailable.
    import multiprocessing  # here, not at the top: a run on one process never needs it (start-up time)

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods and os.name == "posix" else "spawn")


def check_in_parallel(sources: Iterable[Source], fmt: Format, limits: Limits, jobs: int, *, checker: Checker,
                      on_error: OnError | None = None,
                      progress: ProgressListener | None = None) -> Iterator[RecordResult]:
    """Check every record of ``sources`` on ``jobs`` worker processes; results in input order.

    The first task is checked here, with ``checker``, before the workers start: forked workers then inherit
    everything it warmed up (compiled validators, generated converter hooks, jsonschema explainers) instead
    of each building its own, which on a short feed would cost more than the workers save.
    """
    tasks = _tasks(sources, fmt, limits, jobs, on_error, progress)
    order = _Order(progress, on_error)
    first = next(tasks, None)
    if first is None:
        return
    yield from order.place(first, _run(first, checker))
    settings = (checker.type, limits, checker.schema_only, checker.keep_values)
    from concurrent.futures import ProcessPoolExecutor  # only runs with workers load it (start-up time)

    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_start,
                             initargs=settings) as pool:
        pending: deque[tuple[_Batch | _Range, Future[list[RecordResult] | OSError]]] = deque()
        try:
            for task in tasks:
                pending.append((task, pool.submit(_run, task)))
                while len(pending) >= 2 * jobs:
                    done, future = pending.popleft()
                    yield from order.place(done, future.result())
            while pending:
                done, future = pending.popleft()
                yield from order.place(done, future.result())
        finally:
            for _, future in pending:
                future.cancel()
