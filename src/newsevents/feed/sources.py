"""Loaders: turn files, directories and streams into records, without holding a feed in memory.

A source is a path (a file, a directory of feed files, or ``-`` for standard input) or a binary stream. gzip is
recognised by its magic bytes, whatever the name. The format is JSON Lines for ``.jsonl`` / ``.ndjson``, JSON
for ``.json`` (a single document, or an array whose elements are the records), and otherwise guessed from the
first bytes. JSON Lines are read in 1 MiB chunks; a line longer than the limit is skipped chunk by chunk and
reported. A JSON document is read whole, up to the same limit.
"""

from __future__ import annotations

import errno
import gzip
import io
import zlib
from collections.abc import Callable, Iterator
from typing import IO, Any

import attrs

from ..datamodel.problems import PathPart, Problem
from .formats import FEED_SUFFIXES, GZIP_MAGIC, SNIFF, Format, binary_problem, guess_format, strip_gz
from .paths import Source, expand_paths
from .records import Limits
from .strictjson import INPUT, Parsed, parse
from .wide import narrowed

__all__ = ["FEED_SUFFIXES", "Chunks", "Format", "RawRecord", "Source", "expand_paths", "read_lines", "read_source"]

_CHUNK = 1024 * 1024


@attrs.frozen(slots=True)
class RawRecord:
    """One record as read: its bytes (JSON Lines), or its value already parsed (JSON), or why it could not be
    read. Cheap to send to a worker process."""

    line: int | None
    index: int | None
    raw: bytes | None = None
    parsed: Parsed | None = None
    problem: Problem | None = None
    #: Read from a narrowed copy of its text (`wide`): each wide object's path and the members left out of it.
    left_out: tuple[tuple[tuple[PathPart, ...], int], ...] = ()


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


class Chunks:
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
                # At most a chunk per call: a huge ``size`` (a limit of 10**20 bytes) must neither overflow
                # nor make a reader allocate it.
                data = self._read1(min(size - self._size, _CHUNK))
            except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
                self._error = exc
                break
            if not data:
                self._eof = True
                break
            self._pieces.append(data)
            self._size += len(data)

    def read_whole(self, size: int) -> bytearray:
        """Up to ``size`` bytes as one buffer that grows in place, so a large document is never held twice (as
        pieces and as their join). Like `read`, raises a broken gzip stream's error only when nothing came
        before it."""
        whole = bytearray()
        for piece in self._pieces:
            whole += piece
        self._pieces, self._size = [], 0
        while len(whole) < size and not self._eof and self._error is None:
            self._fill(min(size - len(whole), _CHUNK))
            for piece in self._pieces:
                whole += piece
            self._pieces, self._size = [], 0
        if len(whole) > size:  # the buffered pieces held more than was asked for: keep the rest for later
            self._pieces, self._size = [bytes(whole[size:])], len(whole) - size
            del whole[size:]
        if not whole and self._error is not None:
            raise self._error
        return whole

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
    if source.stream is None and source.path is None:
        raise OSError(errno.EBADF, "standard input is closed")
    handle: IO[bytes] = source.stream if source.stream is not None else open(source.path, "rb")  # type: ignore[arg-type]  # noqa: SIM115
    try:
        counting = _Counting(handle)
        buffered = io.BufferedReader(counting, _CHUNK)
        if buffered.peek(2)[:2] == GZIP_MAGIC:
            stream = Chunks(gzip.GzipFile(fileobj=buffered, mode="rb").read1)
        else:
            stream = Chunks(buffered.read1)
        try:
            yield from _read(stream, source.name, fmt, limits, counting, progress)
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            yield _file_problem(f"the gzip stream is corrupt or truncated: {exc}", "gzip")
    finally:
        if source.stream is None:
            handle.close()


def _read(stream: Chunks, name: str, fmt: Format, limits: Limits, counting: _Counting,
          progress: Callable[[int], None] | None) -> Iterator[RawRecord]:
    start = stream.peek(SNIFF)
    if not start:
        stream.read(1)  # raises if a gzip stream broke before its first byte
        yield _file_problem("the file is empty: there are no records in it", "empty")
        return
    why = binary_problem(start)
    if why is not None:
        yield _file_problem(why, "encoding")
        return
    unsure = by_suffix = False
    if fmt == "auto":
        window = stream.peek(_CHUNK)
        guess = guess_format(name, window, at_end=len(window) < _CHUNK)
        fmt, unsure = guess.format, guess.unsure
        by_suffix = strip_gz(name).lower().endswith(".json")
    if fmt == "jsonl":
        yield from read_lines(stream, limits, None if progress is None else lambda: progress(counting.count))
    else:
        yield from _document(stream, limits, unsure, named_json=by_suffix)


def read_lines(stream: Chunks, limits: Limits, on_chunk: Callable[[], None] | None = None) -> Iterator[RawRecord]:
    """The JSON Lines records of ``stream``, numbered from 1; a line over the limit is skipped unread."""
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
        # Line ends found with find (memchr), several times quicker than split's byte loop on long lines.
        find = chunk.find
        start = 0
        while (end := find(b"\n", start)) >= 0:
            piece, start = chunk[start:end], end + 1
            line_no += 1
            if pending or skipping:  # only a chunk's first line end can finish a line the chunk before began
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
        tail = chunk[start:]  # what follows the last newline: the start of the next line (maybe empty)
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


_UNSURE = ("; the format was guessed as one JSON document, not JSON Lines, from the first MiB: if each line "
           "is a record, say --format jsonl")


#: Documents up to this size keep their text while they are checked, for the lines and columns of problems.
_POSITIONS_LIMIT = 16 << 20

_HOLDS_LINES = ("; this .json file holds JSON Lines (one JSON value per line, and more than one line): to "
                "validate it line by line, say --format jsonl or name it .jsonl")


def _document(stream: Chunks, limits: Limits, unsure: bool = False, named_json: bool = False) -> Iterator[RawRecord]:
    """A JSON file: one document, or an array whose elements are the records. ``unsure``: the format was
    guessed without certainty, so a problem with the document as a whole names ``--format``; ``named_json``:
    the file's name said JSON, so a document that does not parse but reads as JSON Lines says so."""
    raw = stream.read_whole(limits.max_line_bytes + 1)
    if len(raw) > limits.max_line_bytes:
        yield _file_problem(f"JSON document larger than the limit of {limits.max_line_bytes} bytes; not read "
                            "(raise the limit with --max-line-bytes, or write the feed as JSON Lines, which is "
                            "read record by record)" + (_UNSURE if unsure else ""), "too-long")
        return
    cut = narrowed(raw, max_depth=limits.max_depth)  # None unless a large text has a very wide object
    parsed = parse(cut.text) if cut is not None else None
    if parsed is None or parsed.problems:  # problems are found again in the whole text, the user's lines
        cut, parsed = None, parse(raw)
    array = _is_array(raw)
    hint = _UNSURE if unsure else _HOLDS_LINES if named_json and parsed.problems and _holds_lines(raw) else ""
    # The text goes along with a parsed document so that its problems get lines and columns, unless it is large:
    # the record is checked while this generator waits, and a large text must not outlive its parse. A narrowed
    # document keeps it too, in case the checker must read it whole after all.
    keep = cut is not None or (not parsed.problems and len(raw) <= _POSITIONS_LIMIT)
    text = bytes(raw) if keep else None
    left_out = cut.left_out if cut is not None else ()
    del raw, cut
    if not isinstance(parsed.value, list):
        if parsed.problems and parsed.readable and array:
            yield from _split_problems(parsed)
            return
        if hint and parsed.problems:
            first, *others = parsed.problems
            parsed = attrs.evolve(parsed, problems=(attrs.evolve(first, message=first.message + hint), *others))
        yield RawRecord(parsed.line, None, raw=text, parsed=parsed, left_out=left_out)
        return
    by_index: dict[PathPart, list[tuple[tuple[PathPart, ...], int]]] = {}
    for path, count in left_out:
        by_index.setdefault(path[0], []).append((path[1:], count))
    for index, element in enumerate(parsed.value):
        yield RawRecord(None, index, parsed=Parsed(element), left_out=tuple(by_index.get(index, ())))


def _holds_lines(raw: bytes | bytearray) -> bool:
    """Whether a text that is not one JSON document reads as JSON Lines: by content, as a nameless feed is."""
    return guess_format("", bytes(raw[:SNIFF]), at_end=len(raw) <= SNIFF).format == "jsonl"


def _is_array(raw: bytes | bytearray) -> bool:
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
