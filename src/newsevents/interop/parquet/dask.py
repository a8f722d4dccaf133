"""Parquet tables written on a Dask cluster: one part per input file, each written by the worker that reads it.

Needs both extras (``newsevents[parquet,dask]``); only this module of the package imports dask. Workers open the
files and the output directory by path, so on a real cluster both must be on storage every worker sees.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from ...feed.checker import Checker
from ...feed.records import Limits, RecordResult
from ...feed.sources import Format, Source, expand_paths, read_source
from .files import TableWriter

__all__ = ["convert_paths"]


def _convert_file(source: Source, fmt: Format, limits: Limits, directory: str, part: int) -> list[RecordResult]:
    """Check one file and write its valid articles as part ``part``: the results, without the typed values."""
    checker = Checker("article", limits=limits)
    results = []
    with TableWriter(directory, part) as writer:
        for record in read_source(source, fmt, limits):
            result = checker.check(source.name, record)
            if result.ok:
                writer.write(result.value)
            results.append(attrs.evolve(result, value=None))
    return results


def convert_paths(paths: Iterable[str], directory: str | Path, *, client: Any, fmt: Format = "auto",
                  limits: Limits | None = None) -> list[list[RecordResult]]:
    """Write the valid articles of the files at ``paths`` (directories are searched for feed files) as Parquet
    tables in ``directory``, part ``i`` from the ``i``-th file, on the cluster of ``client``.

    Returns each file's results, in order, as `newsevents validate` would report them; an invalid or unreadable
    record is left out of the tables. A file that cannot be read raises its `OSError`.
    """
    limits = limits if limits is not None else Limits()
    sources = list(expand_paths(list(paths)))
    futures = [client.submit(_convert_file, source, fmt, limits, str(directory), part, pure=False)
               for part, source in enumerate(sources)]
    return [future.result() for future in futures]
