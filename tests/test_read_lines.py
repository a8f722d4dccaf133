"""JSON Lines reading: whatever the chunk size, the records are the text's lines, numbered, with over-long and
empty ones reported."""

from __future__ import annotations

import io
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.feed import sources
from newsevents.feed.records import Limits
from newsevents.feed.sources import Chunks, read_lines


def _expected(data: bytes, limit: int) -> list[tuple[Any, ...]]:
    """The records by the plain definition: split at every newline; a last piece with no newline after it is a
    line too when it is not empty."""
    pieces = data.split(b"\n")
    if not pieces[-1]:
        pieces.pop()
    found: list[tuple[Any, ...]] = []
    for number, line in enumerate(pieces, 1):
        if len(line) > limit:
            found.append((number, "too-long"))
            continue
        line = line[:-1] if line.endswith(b"\r") else line
        found.append((number, "empty") if not line or line.isspace() else (number, line))
    return found


def _read(data: bytes, limit: int) -> list[tuple[Any, ...]]:
    records = read_lines(Chunks(io.BytesIO(data).read1), Limits(max_line_bytes=limit))
    return [(r.line, r.problem.check) if r.problem is not None else (r.line, r.raw) for r in records]


_TEXT = st.lists(st.sampled_from([b"\n", b"\r", b" ", b"{}", b"[1]", b'"x"', b"abcdefgh"]), max_size=40).map(b"".join)


@settings(max_examples=300)
@given(data=_TEXT, chunk=st.integers(1, 20), limit=st.integers(1, 30))
def test_lines_whatever_the_chunk_size(data: bytes, chunk: int, limit: int) -> None:
    # A small chunk size (1 MiB normally) makes lines cross chunk boundaries in small texts.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sources, "_CHUNK", chunk)
        assert _read(data, limit) == _expected(data, limit)


def test_a_feed_in_one_chunk() -> None:
    data = b'{"a": 1}\n\n  \r\n{"b": 2}\r\n' + b"x" * 50 + b"\n[3]"
    assert _read(data, 40) == [(1, b'{"a": 1}'), (2, "empty"), (3, "empty"), (4, b'{"b": 2}'), (5, "too-long"),
                               (6, b"[3]")]
