"""Large records are read as strictly as small ones: above `RENDER_LIMIT` the reader counts colons in the value
instead of rendering it again, and scans for long integers piece by piece, with the same outcome on every text.

The limit is lowered for these tests, so small texts built here take the large-record path.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings

import newsevents.feed.strictjson as strictjson
from newsevents.feed.positions import locate
from newsevents.feed.sources import Chunks
from newsevents.feed.strictjson import duplicate_evidence, number_evidence, parse, text_depth_exceeds
from newsevents.validation import validator as validator_module
from newsevents.validation.reference import UNKNOWN_LISTED, Reference
from newsevents.validation.validator import WIDE, validator_for

from .test_loader_fuzz import damaged

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text=damaged())
def test_the_large_record_path_reads_every_text_alike(text: bytes) -> None:
    """Any text (valid examples damaged at random) parses to the same value and problems on both paths."""
    small = parse(text)
    with _limit(0):
        large = parse(text)
    assert large == small


def test_repeated_keys_and_long_integers_are_found_on_the_large_record_path() -> None:
    """A repeated key, a colon in a string, a long integer across a piece boundary: each still found."""
    with _limit(8):
        assert parse(b'{"a": 1, "a": 2, "b": "x:y"}').problems
        assert not parse(b'{"a": 1, "b": "x:y", "c": {"d:e": [1, 2]}}').problems
        assert number_evidence(b'{"n": 12345678901234567}')
        assert not number_evidence(b'{"n": 123456789012345, "m": 1}')
        assert parse(b'{"n": 123456789012345678901}').problems


@contextmanager
def _limit(limit: int) -> Iterator[None]:
    """Lower `RENDER_LIMIT` for a block."""
    saved, strictjson.RENDER_LIMIT = strictjson.RENDER_LIMIT, limit
    try:
        yield
    finally:
        strictjson.RENDER_LIMIT = saved


@SETTINGS
@given(text=damaged())
def test_duplicate_evidence_counts_like_it_renders(text: bytes) -> None:
    """Above the limit, duplicate_evidence counts colons instead of rendering: same answer on every readable text."""
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError:
        return
    small = duplicate_evidence(text, value)
    with _limit(0):
        assert duplicate_evidence(text, value) == small


def test_a_document_is_read_whole_into_one_buffer() -> None:
    """read_whole gives every byte once, keeps what lies beyond the size asked for, and raises a broken gzip
    stream's error only after the good bytes before it."""
    pieces = iter([b"ab", b"cd", b"ef"])
    stream = Chunks(lambda size: next(pieces, b""))
    assert stream.peek(3) == b"abc"
    assert stream.read_whole(5) == bytearray(b"abcde")
    assert stream.read_whole(10) == bytearray(b"f")
    assert stream.read_whole(10) == bytearray()

    def broken(size: int) -> bytes:
        if not calls:
            calls.append(size)
            return b"good"
        raise EOFError("truncated")

    calls: list[int] = []
    stream = Chunks(broken)
    assert stream.read_whole(100) == bytearray(b"good")
    with pytest.raises(EOFError):
        stream.read_whole(100)


@pytest.mark.parametrize("member", ["body", "headline", "padding"])
def test_huge_strings_are_explained_as_the_whole_document(member: str) -> None:
    """Error places are found on a copy whose strings are cut beyond the longest maxLength; the problems are the
    same as jsonschema's on the whole document, with the true length in the message."""
    data = {"id": "a", "headline": "h", "language": "en", "body": "b", member: "z" * 1_000_003}
    validator = validator_for("article")
    problems = validator.explain(data)
    assert problems == Reference("article").problems(data)
    assert problems
    if member != "padding":
        assert "1000003 characters" in problems[0].message


def test_long_strings_are_scanned_in_memory_near_their_size() -> None:
    """The depth scan and the line/column locator read a long string without per-character regex state (a
    pattern that repeats a group per character held ~130 bytes per character: 600 MB for a 5 MB string)."""
    text = '{"a": ["' + "x" * 2_000_000 + '\\"y"], "b": 1}'
    raw = text.encode()
    tracemalloc.start()
    try:
        assert text_depth_exceeds(raw, 1)
        assert not text_depth_exceeds(raw, 2)
        assert locate(text, [("b",)]) == {("b",): (1, len(text) - 6)}
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * len(raw)


def _wide_article(member: str, count: int) -> dict[str, Any]:
    wide = {f"k{i:05d}": i for i in range(count)}
    return {"id": "a", "headline": "h", "language": "en", "body": "b", member: wide}


@pytest.mark.parametrize("member", ["padding", "provenance"])
def test_a_wide_object_is_explained_by_jsonschema_alone(member: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """An object of more than `WIDE` members never goes to the compiled validator's error report (which copies
    the whole document into Rust first); the problems are those the compiled places lead to."""
    data = _wide_article(member, WIDE + 1)
    validator = validator_for("article")
    through_places = validator.explain(data)  # first, while the compiled validator may still be asked

    def refuse(value: Any) -> Any:
        raise AssertionError("the compiled validator's error report was asked for a wide document")

    monkeypatch.setattr(validator.compiled, "error_paths", refuse)
    assert validator.explain(data) == validator.explain(data, 100) == Reference("article").problems(data)
    monkeypatch.undo()
    monkeypatch.setattr(validator_module, "WIDE", 10 * WIDE)  # not wide now: found through the compiled places
    assert validator.explain(data) == through_places


def test_unknown_members_beyond_a_hundred_are_counted_not_listed() -> None:
    problems = Reference("article").problems(_wide_article("provenance", UNKNOWN_LISTED + 5))
    unknown = [p for p in problems if p.check == "additionalProperties"]
    assert [p.path for p in unknown] == [("provenance",)] + [("provenance", f"k{i:05d}") for i in range(UNKNOWN_LISTED)]
    assert unknown[0].message == "and 5 more unknown members, not listed one by one, not allowed here"


def test_a_wide_object_beside_a_long_array_of_faults_is_still_cut_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wide object does not send a document with parts to cut to jsonschema whole: 5,000 faulty entries are
    explained from the cut copy's places, as without the wide object."""
    data = _wide_article("padding", WIDE + 1)
    data["actors"] = [{"id": "a", "kind": "wizard", "name": "x"}] * 5_000
    validator = validator_for("article")
    calls: list[Any] = []
    real = validator.compiled.error_paths
    monkeypatch.setattr(validator.compiled, "error_paths", lambda value: calls.append(value) or real(value))
    problems = validator.explain(data, 10)
    assert len(calls) == 1
    assert len(calls[0]["actors"]) == 11  # the cut copy
    assert len(problems) > 10
    assert {p.path[:1] for p in problems} == {("actors",)}
