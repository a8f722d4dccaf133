"""Checking records on several cores, in order, with a bounded number of records in flight.

The main process reads and reports; worker processes check batches of records. At most ``2 × jobs`` batches
are out at once, so a feed of any size streams through in bounded memory, and results come back in input order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from ._checker import Checker
from ._records import Limits, RecordResult
from ._sources import RawRecord

__all__ = ["BATCH_BYTES", "check_in_parallel"]

#: A batch closes at this many bytes of raw records (or `_BATCH_RECORDS` records), whichever comes first.
BATCH_BYTES = 1024 * 1024
_BATCH_RECORDS = 256

_checker: Checker | None = None


def _start(type: str, limits: Limits, schema_only: bool, keep_values: bool) -> None:  # noqa: A002
    global _checker  # one checker per worker process, built once
    _checker = Checker(type, limits=limits, schema_only=schema_only, keep_values=keep_values)


def _check_batch(batch: list[tuple[str, RawRecord]]) -> list[RecordResult]:
    assert _checker is not None
    return [_checker.check(source, record) for source, record in batch]


def _batches(records: Iterable[tuple[str, RawRecord]]) -> Iterator[list[tuple[str, RawRecord]]]:
    batch: list[tuple[str, RawRecord]] = []
    size = 0
    for item in records:
        batch.append(item)
        size += len(item[1].raw or b"") + 64
        if size >= BATCH_BYTES or len(batch) >= _BATCH_RECORDS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _context() -> Any:
    # fork starts workers in milliseconds (they inherit the imported modules); spawn where fork is unavailable.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods and os.name == "posix" else "spawn")


def check_in_parallel(records: Iterable[tuple[str, RawRecord]], jobs: int, *, type: str,  # noqa: A002
                      limits: Limits, schema_only: bool, keep_values: bool) -> Iterator[RecordResult]:
    """Check ``records`` (source name, record) on ``jobs`` worker processes; results in input order."""
    with ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_start,
                             initargs=(type, limits, schema_only, keep_values)) as pool:
        pending: deque[Future[list[RecordResult]]] = deque()
        try:
            for batch in _batches(records):
                pending.append(pool.submit(_check_batch, batch))
                while len(pending) >= 2 * jobs:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
