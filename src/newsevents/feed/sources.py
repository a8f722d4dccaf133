"""Loaders: turn files, directories and streams into records, without holding a feed in memory.

A source is a path (a file, a directory of feed files, or ``-`` for standard input) or a binary stream. gzip is
recognised by its magic bytes, whatever the name. The format is JSON Lines for ``.jsonl`` / ``.ndjson``, JSON
for ``.json`` (a single document, or an array whose elements are the records), and otherwise guessed from the
first bytes. JSON Lines are read in 1 MiB chunks; a line longer than the limit is skipped chunk by chunk and
reported. A JSON document is read whole, up to the same limit.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, Literal

import attrs
import orjson

from ..datamodel.problems import Problem
from .records import Limits
from .strictjson import INPUT, Parsed, diagnose, duplicate_evidence, number_evidence

__all__ = ["FEED_SUFFIXES", "Format", "RawRecord", "Source", "expand_paths", "line_ranges", "read_range", "read_source"]

Format = Literal["auto", "json", "jsonl"]
#: The names a directory is searched for (each also with ``.gz``).
FEED_SUFFIXES = (".json", ".jsonl", ".ndjson")
_LINES_SUFFIXES = (".jsonl", ".ndjson")
_CHUNK = 1024 * 1024
_GZIP_MAGIC = b"\x1f\x8b"
_SNIFF = 8000  # bytes looked at for a NUL (as git does to tell binary files)


@attrs.frozen(slots=True)
class RawRecord:
    """One record as read: its bytes (JSON Lines), or its value already parsed (JSON), or why it could not be
    read. Cheap to send to a worker process."""

    line: int | None
    index: int | None
    raw: bytes | None = None
    parsed: Parsed | None = None
    problem: Problem | None = None


@attrs.frozen
class Source:
    """Something to read: a path, standard input (``-``), or an open binary stream, with its display name."""

    name: str
    path: Path | None = None
    stream: IO[bytes] | None = attrs.field(default=None, eq=False)

    @classmethod
    def of(cls, source: str | os.PathLike[str] | IO[bytes]) -> Source:
        """A source for a path (``-`` is standard input) or a binary stream."""
        if isinstance(source, str | os.PathLike):
            text = os.fspath(source)
            if text == "-":
                return cls("<stdin>", None, sys.stdin.buffer)
            return cls(text, Path(text))
        return cls(str(getattr(source, "name", "<stream>")), None, source)


def expand_paths(paths: list[str]) -> Iterator[Source]:
    """Sources for command-line paths: files as given, directories searched (sorted) for feed files.

    A path that does not exist is passed through; opening it raises the `OSError` the caller reports.
    """
    for text in paths:
        path = Path(text)
        if text != "-" and path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _feed_name(p.name))
            for file in found:
                yield Source(str(file), file)
        else:
            yield Source.of(text)


def _feed_name(name: str) -> bool:
    return name.removesuffix(".gz").endswith(FEED_SUFFIXES)


def _file_problem(message: str, check: str) -> RawRecord:
    return RawRecord(None, None, problem=Problem(path=(), message=message, check=check, layer=INPUT))


class _Counting(io.RawIOBase):
    """Counts the bytes read from the underlying file, for the progress bar."""

    def __init__(self, inner: IO[bytes]) -> None:
        self.inner = inner
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.inner.read(len(buffer))
        size = len(data)
        buffer[:size] = data
        self.count += size
        return size


class _Chunks:
    """``peek``/``read`` over a ``read1`` function, keeping what was read before a gzip stream broke: the
    error is raised only once the good data before it has been handed out."""

    def __init__(self, read1: Callable[[int], bytes]) -> None:
        self._read1 = read1
        self._pieces: list[bytes] = []
        self._size = 0
        self._error: Exception | None = None
        self._eof = False

    def _fill(self, size: int) -> None:
        while self._size < size and not self._eof and self._error is None:
            try:
                data = self._read1(size - self._size)
            except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
                self._error = exc
                break
            if not data:
                self._eof = True
                break
            self._pieces.append(data)
            self._size += len(data)

    def peek(self, size: int) -> bytes:
        """Up to ``size`` bytes ahead, without consuming them."""
        self._fill(size)
        data = b"".join(self._pieces)
        self._pieces = [data] if data else []
        return data[:size]

    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes; empty at the end. A broken gzip stream raises after its last good byte."""
        self._fill(size)
        if not self._pieces:
            if self._error is not None:
                raise self._error
            return b""
        data = b"".join(self._pieces)
        head, rest = data[:size], data[size:]
        self._pieces = [rest] if rest else []
        self._size = len(rest)
        return head


def read_source(source: Source, fmt: Format, limits: Limits,
                progress: Callable[[int], None] | None = None) -> Iterator[RawRecord]:
    """The records of ``source``. Raises `OSError` if the file cannot be opened or read (a usage or I/O error,
    not a data problem); a corrupt gzip stream or an unreadable encoding is a data problem, reported in-band."""
    handle: IO[bytes] = source.stream if source.stream is not None else open(source.path, "rb")  # type: ignore[arg-type]  # noqa: SIM115
    try:
        counting = _Counting(handle)
        buffered = io.BufferedReader(counting, _CHUNK)
        if buffered.peek(2)[:2] == _GZIP_MAGIC:
            stream = _Chunks(gzip.GzipFile(fileobj=buffered, mode="rb").read1)
        else:
            stream = _Chunks(buffered.read1)
        try:
            yield from _read(stream, source.name, fmt, limits, counting, progress)
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            yield _file_problem(f"the gzip stream is corrupt or truncated: {exc}", "gzip")
    finally:
        if source.stream is None:
            handle.close()


def _read(stream: _Chunks, name: str, fmt: Format, limits: Limits, counting: _Counting,
          progress: Callable[[int], None] | None) -> Iterator[RawRecord]:
    start = stream.peek(_SNIFF)
    if not start:
        stream.read(1)  # raises if a gzip stream broke before its first byte
        yield _file_problem("the file is empty: there are no records in it", "empty")
        return
    if 0 in start.partition(b"\n")[0]:
        # No JSON text holds a raw NUL byte. A NUL before the first line end (within the first 8000 bytes, where
        # git looks) marks the file as UTF-16/32 or binary: reading it line by line would only give a nonsense
        # problem per line. A NUL further on only spoils its own line.
        yield _file_problem("the file looks like UTF-16 or UTF-32 (or binary data); JSON exchanged between "
                            "systems must be UTF-8 (RFC 8259 §8.1)", "encoding")
        return
    if fmt == "auto":
        fmt = _guess(name, stream.peek(_CHUNK))
    if fmt == "jsonl":
        yield from _lines(stream, limits, None if progress is None else lambda: progress(counting.count))
    else:
        yield from _document(stream, limits)


def _guess(name: str, start: bytes) -> Format:
    """The format by extension; for other names (and stdin), by the first bytes: a text whose first line is a
    complete JSON value with more text after it is JSON Lines, anything else is JSON."""
    bare = name.removesuffix(".gz")
    if bare.endswith(_LINES_SUFFIXES):
        return "jsonl"
    if bare.endswith(".json"):
        return "json"
    text = start.lstrip(b" \t\r\n")
    if text.startswith(b"["):
        return "json"
    first, newline, rest = text.partition(b"\n")
    if newline and rest.strip():
        try:
            orjson.loads(first)
        except orjson.JSONDecodeError:
            return "json"
        return "jsonl"
    return "json"


def _lines(stream: _Chunks, limits: Limits, on_chunk: Callable[[], None] | None = None) -> Iterator[RawRecord]:
    limit = limits.max_line_bytes
    line_no = 0
    pending: list[bytes] = []  # pieces of the current, unfinished line
    pending_size = 0
    skipping = False  # the current line is over the limit: drop it as it arrives
    while True:
        chunk = stream.read(_CHUNK)
        if on_chunk is not None:
            on_chunk()
        if not chunk:
            break
        lines = chunk.split(b"\n")
        tail = lines.pop()  # what follows the last newline: the start of the next line (maybe empty)
        for index, piece in enumerate(lines):
            line_no += 1
            if index == 0 and (pending or skipping):
                if skipping or pending_size + len(piece) > limit:
                    yield _too_long(line_no, limit)
                    skipping = False
                    pending, pending_size = [], 0
                    continue
                piece = b"".join((*pending, piece))
                pending, pending_size = [], 0
            elif len(piece) > limit:
                yield _too_long(line_no, limit)
                continue
            yield _line(line_no, piece)
        if tail:
            if skipping or pending_size + len(tail) > limit:
                skipping = True
                pending, pending_size = [], 0
            else:
                pending.append(tail)
                pending_size += len(tail)
    if skipping:
        yield _too_long(line_no + 1, limit)
    elif pending:
        yield _line(line_no + 1, b"".join(pending))


def _line(line_no: int, raw: bytes) -> RawRecord:
    if raw.endswith(b"\r"):
        raw = raw[:-1]  # CRLF line ends
    if not raw or raw.isspace():
        return RawRecord(line_no, None, problem=Problem(
            path=(), message="empty line: each line of JSON Lines must hold one JSON value", check="empty",
            layer=INPUT))
    return RawRecord(line_no, None, raw=raw)


def _too_long(line_no: int, limit: int) -> RawRecord:
    return RawRecord(line_no, None, problem=Problem(
        path=(), message=f"line longer than the limit of {limit} bytes; skipped without reading it whole "
        "(raise the limit with --max-line-bytes)", check="too-long", layer=INPUT))


def _document(stream: _Chunks, limits: Limits) -> Iterator[RawRecord]:
    """A JSON file: one document, or an array whose elements are the records."""
    raw = stream.read(limits.max_line_bytes + 1)
    if len(raw) > limits.max_line_bytes:
        yield _file_problem(f"JSON document larger than the limit of {limits.max_line_bytes} bytes; not read "
                            "(raise the limit with --max-line-bytes, or write the feed as JSON Lines, which is "
                            "read record by record)", "too-long")
        return
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        parsed = diagnose(raw, fast_error=exc)
    else:
        suspect = duplicate_evidence(raw, value) or number_evidence(raw)
        parsed = diagnose(raw) if suspect else Parsed(value)
    if not isinstance(parsed.value, list):
        if parsed.problems and parsed.readable and _is_array(raw):
            yield from _split_problems(parsed)
            return
        yield RawRecord(parsed.line, None, parsed=parsed)
        return
    for index, element in enumerate(parsed.value):
        yield RawRecord(None, index, parsed=Parsed(element))


def _is_array(raw: bytes) -> bool:
    return raw.lstrip(b" \t\r\n").startswith(b"[")


def _split_problems(parsed: Parsed) -> Iterator[RawRecord]:
    """A top-level array the careful parser found problems in: the elements concerned are invalid records with
    their problems (paths now relative to the element); the others are checked as usual."""
    by_index: dict[int, list[Problem]] = {}
    loose: list[Problem] = []
    for problem in parsed.problems:
        if problem.path and isinstance(problem.path[0], int):
            by_index.setdefault(problem.path[0], []).append(Problem(
                path=problem.path[1:], message=problem.message, check=problem.check, layer=problem.layer))
        else:
            loose.append(problem)
    if loose or not isinstance(parsed.partial, list):
        yield RawRecord(parsed.line, None, parsed=Parsed(None, parsed.problems))
        return
    for index, element in enumerate(parsed.partial):
        problems = by_index.get(index)
        yield RawRecord(None, index, parsed=Parsed(None, tuple(problems)) if problems else Parsed(element))


# --- byte ranges of a plain JSON Lines file, for worker processes -------------------------------------------

#: Size of the byte ranges a plain JSON Lines file is cut into for worker processes.
RANGE_BYTES = 8 * 1024 * 1024


def line_ranges(source: Source, fmt: Format, parts: int = 1) -> list[tuple[int, int]] | None:
    """Cut a plain (uncompressed) JSON Lines file into byte ranges that start and end at line boundaries, so
    that worker processes can read them on their own; None for anything else (stdin, streams, gzip, JSON,
    empty or binary files), which is read in order by `read_source`. Raises `OSError` if the file cannot be read.

    The first range is the first line alone (checked first, it warms up what the workers then inherit); the
    others aim at ``parts`` ranges in all, between 256 KiB and `RANGE_BYTES` each.
    """
    if source.path is None:
        return None
    with open(source.path, "rb") as handle:
        start = handle.read(_CHUNK)
        if not start or start[:2] == _GZIP_MAGIC or 0 in start[:_SNIFF].partition(b"\n")[0]:
            return None
        if (fmt if fmt != "auto" else _guess(source.name, start)) != "jsonl":
            return None
        size = os.fstat(handle.fileno()).st_size
        range_bytes = max(min(256 * 1024, RANGE_BYTES), min(RANGE_BYTES, size // max(parts, 1)))
        begin = _next_line_start(handle, 1, size)
        ranges = [(0, begin)]
        while begin < size:
            end = _next_line_start(handle, begin + range_bytes, size)
            ranges.append((begin, end))
            begin = end
        return ranges


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


def read_range(path: Path, start: int, end: int, limits: Limits) -> Iterator[RawRecord]:
    """The JSON Lines records between byte offsets ``start`` and ``end`` (from `line_ranges`), numbered from 1."""
    with open(path, "rb") as handle:
        handle.seek(start)
        remaining = end - start

        def read1(size: int) -> bytes:
            nonlocal remaining
            data = handle.read(min(size, remaining))
            remaining -= len(data)
            return data

        yield from _lines(_Chunks(read1), limits)
