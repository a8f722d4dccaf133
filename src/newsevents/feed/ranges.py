"""Byte ranges of a plain JSON Lines file, for worker processes to read on their own.

Only a regular, uncompressed JSON Lines file is cut (opened without blocking, so a FIFO named on the command
line is read in order instead of hanging a worker). Each range carries the file's identity (device, inode,
size, modification time) as the main process saw it: a worker that finds another file under the name (replaced,
truncated, appended to, deleted) raises `OSError` instead of mixing two files' records in one report.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from .formats import Format, binary_problem, guess_format
from .paths import Source
from .records import Limits
from .sources import Chunks, RawRecord, read_lines

__all__ = ["MIN_RANGE_BYTES", "RANGE_BYTES", "Identity", "line_ranges", "read_range"]

#: Size of the byte ranges a plain JSON Lines file is cut into for worker processes.
RANGE_BYTES = 8 * 1024 * 1024
#: The smallest range (unless `RANGE_BYTES` is smaller): below it, a task costs more to hand out than it saves.
MIN_RANGE_BYTES = 256 * 1024
_CHUNK = 1024 * 1024

#: What tells one file from another under the same name: (device, inode, size, modification time in ns).
Identity = tuple[int, int, int, int]


def _identity(info: os.stat_result) -> Identity:
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def line_ranges(source: Source, fmt: Format, parts: int = 1, *,
                taper: bool = False) -> tuple[Identity, list[tuple[int, int]]] | None:
    """Cut a plain (uncompressed) JSON Lines file into byte ranges that start and end at line boundaries, so
    that worker processes can read them on their own; None for anything else (stdin, streams, pipes, gzip,
    JSON, empty or binary files), which is read in order by `read_source`. Raises `OSError` if the file cannot
    be read.

    The first range is the first line alone (checked first, it warms up what the workers then inherit); the
    others aim at ``parts`` ranges in all, between `MIN_RANGE_BYTES` and `RANGE_BYTES` each. With ``taper``,
    each range is instead ``1 / parts`` of what is left (within the same bounds): ranges shrink toward the end
    of the file, so that workers taking them in turn finish at about the same time, however the file divides.
    """
    if source.path is None:
        return None
    descriptor = os.open(source.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(descriptor, "rb") as handle:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            return None
        start = handle.read(_CHUNK)
        if not start or start[:2] == b"\x1f\x8b" or binary_problem(start) is not None:
            return None
        if fmt == "auto":
            fmt = guess_format(source.name, start, at_end=len(start) < _CHUNK).format
        if fmt != "jsonl":
            return None
        size = info.st_size
        smallest = min(MIN_RANGE_BYTES, RANGE_BYTES)
        range_bytes = max(smallest, min(RANGE_BYTES, size // max(parts, 1)))
        begin = _next_line_start(handle, 1, size)
        ranges = [(0, begin)]
        while begin < size:
            if taper:
                range_bytes = max(smallest, min(RANGE_BYTES, (size - begin) // max(parts, 1)))
            end = _next_line_start(handle, begin + range_bytes, size)
            ranges.append((begin, end))
            begin = end
        return _identity(info), ranges


def _next_line_start(handle: IO[bytes], offset: int, size: int) -> int:
    """The offset just after the first newline at or after ``offset`` (or the end of the file)."""
    if offset >= size:
        return size
    handle.seek(offset)
    while True:
        piece = handle.read(64 * 1024)
        if not piece:
            return size
        found = piece.find(b"\n")
        if found >= 0:
            return offset + found + 1
        offset += len(piece)


def read_range(path: Path, start: int, end: int, limits: Limits,
               identity: Identity | None = None) -> Iterator[RawRecord]:
    """The JSON Lines records between byte offsets ``start`` and ``end`` (from `line_ranges`), numbered from 1.
    Raises `OSError` if the file is gone or is no longer the one ``identity`` describes."""
    with open(path, "rb") as handle:
        if identity is not None and _identity(os.fstat(handle.fileno())) != identity:
            raise OSError(errno.ESTALE, "the file changed while it was being read (replaced, truncated or "
                          "written to); its results are incomplete")
        handle.seek(start)
        remaining = end - start

        def read1(size: int) -> bytes:
            nonlocal remaining
            data = handle.read(min(size, remaining))
            remaining -= len(data)
            return data

        yield from read_lines(Chunks(read1), limits)
