"""The checker on a Dask cluster: the same results as a local run, in input order.

Only this module imports dask (install ``newsevents[dask]``); ``import newsevents`` never does. A plain JSON
Lines file is cut into byte ranges at line boundaries (`line_ranges`, as the ``--jobs`` engine does) and each
worker reads its range itself; a gzip or JSON file is one task read whole by a worker; standard input and
streams are read here and sent in batches. Workers read files by path, so on a real cluster the feed must be
on storage every worker sees. Results come back in input order, with the line numbers a local run gives.

For people already in Dask: :func:`check_lines` checks a bag of JSON Lines texts, :func:`check_paths` a list
of files; `interop.parquet.dask.convert_paths` writes Parquet tables partitioned by file.
"""

from __future__ import annotations

import io
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import attrs

from .checker import Checker
from .ranges import Identity, line_ranges, read_range
from .records import Limits, ProgressListener, RecordResult
from .sources import Format, RawRecord, Source, expand_paths, read_source

__all__ = ["check_lines", "check_on_dask", "check_paths", "dask_client"]

#: A batch read here (standard input, streams) closes at this many records.
BATCH_RECORDS = 256

OnError = Callable[[Source, OSError], None]
_local = threading.local()


@attrs.frozen
class _Settings:
    type: str
    limits: Limits
    schema_only: bool
    keep_values: bool


@attrs.frozen
class _Task:
    """A range of a plain JSON Lines file (``start``/``end``), a whole file (``end`` None), or records read
    here (``records``)."""

    source: str
    path: Path | None = None
    start: int = 0
    end: int | None = None
    fmt: Format = "auto"
    records: tuple[RawRecord, ...] = ()
    #: The file's identity when it was cut into ranges: a worker refuses a file replaced since.
    identity: Identity | None = None


def _checker(settings: _Settings) -> Checker:
    """One checker per worker thread and settings, built on first use (it holds compiled validators)."""
    cache: dict[_Settings, Checker] = _local.__dict__.setdefault("checkers", {})
    if settings not in cache:
        cache[settings] = Checker(settings.type, limits=settings.limits, schema_only=settings.schema_only,
                                  keep_values=settings.keep_values)
    return cache[settings]


def _run(task: _Task, settings: _Settings) -> tuple[list[RecordResult], OSError | None]:
    """Check one task on a worker: its results, and the error that stopped reading a file, if one did."""
    checker = _checker(settings)
    if task.records:
        return [checker.check(task.source, record) for record in task.records], None
    assert task.path is not None
    results: list[RecordResult] = []
    try:
        if task.end is not None:
            records: Iterable[RawRecord] = read_range(task.path, task.start, task.end, settings.limits,
                                                      task.identity)
        else:
            records = read_source(Source(task.source, task.path), task.fmt, settings.limits)
        results.extend(checker.check(task.source, record) for record in records)
    except OSError as exc:
        return results, exc
    return results, None


def _tasks(sources: Iterable[Source], fmt: Format, limits: Limits, parts: int,
           on_error: OnError | None) -> Iterator[tuple[Source, _Task]]:
    for source in sources:
        try:
            ranges = line_ranges(source, fmt, parts=parts)
        except OSError as exc:
            if on_error is None:
                raise
            on_error(source, exc)
            continue
        if ranges is not None:
            identity, cuts = ranges
            for start, end in cuts:
                yield source, _Task(source.name, source.path, start, end, identity=identity)
        elif source.path is not None:
            yield source, _Task(source.name, source.path, fmt=fmt)
        else:
            yield from _batches(source, fmt, limits, on_error)


def _batches(source: Source, fmt: Format, limits: Limits, on_error: OnError | None) -> Iterator[tuple[Source, _Task]]:
    """Standard input or a stream, read here in batches (workers cannot open it)."""
    batch: list[RawRecord] = []
    try:
        for record in read_source(source, fmt, limits):
            batch.append(record)
            if len(batch) >= BATCH_RECORDS:
                yield source, _Task(source.name, records=tuple(batch))
                batch = []
    except OSError as exc:
        if on_error is None:
            raise
        if batch:
            yield source, _Task(source.name, records=tuple(batch))
        on_error(source, exc)
        return
    if batch:
        yield source, _Task(source.name, records=tuple(batch))


@contextmanager
def dask_client(scheduler: str | None = None, workers: int = 1, *, processes: bool = True) -> Iterator[Any]:
    """A `distributed.Client`: of the scheduler at ``scheduler`` (``tcp://host:8786``), or of a local cluster
    of ``workers`` single-threaded workers started here (and stopped on leaving)."""
    import distributed

    # distributed's constructors are untyped; they are used through Any on purpose.
    client_cls: Any = distributed.Client
    cluster_cls: Any = distributed.LocalCluster
    if scheduler is not None:
        with client_cls(scheduler) as client:
            yield client
        return
    with cluster_cls(n_workers=workers, threads_per_worker=1, processes=processes, dashboard_address=None) as cluster, \
            client_cls(cluster) as client:
        yield client


def check_on_dask(sources: Iterable[Source], fmt: Format = "auto", *, client: Any, type: str = "article",  # noqa: A002
                  limits: Limits | None = None, schema_only: bool = False, keep_values: bool = True,
                  on_error: OnError | None = None, progress: ProgressListener | None = None) -> Iterator[RecordResult]:
    """Results for every record of ``sources`` checked on the Dask cluster of ``client``, in input order and
    equal to `check_sources` run here (the same problems, line numbers and statuses)."""
    limits = limits if limits is not None else Limits()
    settings = _Settings(type, limits, schema_only, keep_values)
    Checker(type, limits=limits)  # an unknown type fails here, before anything is sent
    workers = max(1, sum(client.nthreads().values()))
    pending: deque[tuple[Source, _Task, Any]] = deque()
    lines: dict[str, int] = {}
    current: list[str | None] = [None]

    def place(source: Source, task: _Task, future: Any) -> Iterator[RecordResult]:
        results, error = future.result()
        if progress is not None and current[0] != source.name:
            current[0] = source.name
            progress.file(source.name, None)
        if task.end is not None:  # a range counts its lines from its own start
            offset = lines.get(task.source, 0)
            results = [r if r.line is None else attrs.evolve(r, line=r.line + offset) for r in results]
            lines[task.source] = offset + len(results)
            if progress is not None:
                progress.bytes_read(task.end)
        yield from results
        if error is not None:
            if on_error is None:
                raise error
            on_error(source, error)

    try:
        for source, task in _tasks(sources, fmt, limits, 4 * workers, on_error):
            pending.append((source, task, client.submit(_run, task, settings, pure=False)))
            while len(pending) >= 2 * workers:
                yield from place(*pending.popleft())
        while pending:
            yield from place(*pending.popleft())
    finally:
        for _, _, future in pending:
            future.cancel()


def check_paths(paths: Iterable[str], *, client: Any, type: str = "article",  # noqa: A002
                limits: Limits | None = None, schema_only: bool = False) -> list[RecordResult]:
    """Results for every record of the files (or directories of feed files) at ``paths``, checked on the
    cluster of ``client``, in input order; I/O errors propagate."""
    return list(check_on_dask(expand_paths(list(paths)), client=client, type=type, limits=limits,
                              schema_only=schema_only, keep_values=False))


def _check_partition(lines: Iterable[str | bytes], source: str, settings: _Settings) -> list[RecordResult]:
    """A partition's lines read as the JSON Lines reader reads a file (empty and overlong lines included)."""
    checker = _checker(settings)
    texts = [line.encode() if isinstance(line, str) else line for line in lines]
    data = b"\n".join(text[:-1] if text.endswith(b"\n") else text for text in texts)
    stream = Source(source, None, io.BytesIO(data + b"\n" if texts else b""))
    return [checker.check(source, record) for record in read_source(stream, "jsonl", settings.limits)]


def check_lines(bag: Any, *, name: str = "<bag>", type: str = "article",  # noqa: A002
                limits: Limits | None = None, schema_only: bool = False) -> Any:
    """A Dask bag of `RecordResult` for a bag of JSON Lines texts (str or bytes, one record each), lazily.

    Each result's source is ``name[partition N]`` and its line the line's number within that partition.
    """
    import dask.bag

    from_delayed: Any = dask.bag.from_delayed
    settings = _Settings(type, limits if limits is not None else Limits(), schema_only, False)
    parts = [_delayed_partition(part, f"{name}[partition {n}]", settings) for n, part in enumerate(bag.to_delayed())]
    return from_delayed(parts)


def _delayed_partition(part: Any, source: str, settings: _Settings) -> Any:
    import importlib

    delayed: Any = importlib.import_module("dask.delayed").delayed
    return delayed(_check_partition)(part, source, settings)
