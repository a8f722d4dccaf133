"""The engine the API and the CLI share: sources → records → checker (here or on worker processes) → results."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator

from ..cli.progress import Progress
from .checker import Checker
from .records import Limits, RecordResult
from .sources import Format, RawRecord, Source, read_source

__all__ = ["check_sources", "records_of"]

OnError = Callable[[Source, OSError], None]


def records_of(sources: Iterable[Source], fmt: Format, limits: Limits, *, on_error: OnError | None = None,
               progress: Progress | None = None) -> Iterator[tuple[str, RawRecord]]:
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


def check_sources(sources: Iterable[Source], fmt: Format = "auto", *, type: str = "article",  # noqa: A002
                  limits: Limits | None = None, schema_only: bool = False, keep_values: bool = True,
                  jobs: int = 1, on_error: OnError | None = None,
                  progress: Progress | None = None) -> Iterator[RecordResult]:
    """Results for every record of ``sources``, in order, checked in this process or on ``jobs`` workers."""
    limits = limits if limits is not None else Limits()
    # Built before anything is read: an unknown type fails at once.
    checker = Checker(type, limits=limits, schema_only=schema_only, keep_values=keep_values)
    if jobs <= 1:
        for source, record in records_of(sources, fmt, limits, on_error=on_error, progress=progress):
            yield checker.check(source, record)
        return
    from .parallel import check_in_parallel

    yield from check_in_parallel(sources, fmt, limits, jobs, checker=checker, on_error=on_error, progress=progress)
