"""Fuzzing the feed reader: any bytes give documented problems (never an exception), and what it accepts is
exactly what a strict reading of the text says, with nothing silently changed.

Bounded for CI: 300 examples per property (a few seconds in all), no deadline, and no example larger than a
few KiB.
"""

from __future__ import annotations

import io
import json
import math
import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents import feed
from newsevents.feed.strictjson import MAX_SAFE_INTEGER, parse

from ._feeds import examples, jsonl

# NEWSEVENTS_FUZZ_EXAMPLES=5000 for a longer local run; CI keeps the default.
FUZZ = settings(max_examples=int(os.environ.get("NEWSEVENTS_FUZZ_EXAMPLES", "300")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
LAYERS = {"input", "schema", "structure", "semantic"}

# Fragments that break JSON in the interesting ways.
TOKENS = [b'"', b"\\", b"{", b"}", b"[", b"]", b",", b":", b"\n", b"\r\n", b"\x00", b"\xff", b"\xef\xbb\xbf",
          b"\xed\xa0\x80", b"\\ud800", b"\\u003a", b"NaN", b"-Infinity", b"1e400", b"1e-400", b"123456789012345678901",
          b'"id": "x", "id": "y"', b"true", b"null", b" ", b"\t", b"\x1f\x8b"]
VALID_TEXTS = [json.dumps(doc).encode() for doc in examples("valid").values()]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4),
    max_leaves=16,
)


def _spaced(value: Any) -> bytes:
    return json.dumps(value).encode()


def _compact(value: Any) -> bytes:
    """Compact UTF-8, often byte for byte what orjson writes back (the reader's fastest path)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode("utf-8", "surrogatepass")


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """A JSON text (a valid example or a random value) with up to four insertions, deletions or truncations."""
    text = bytearray(draw(st.sampled_from(VALID_TEXTS) | json_values.map(_spaced) | json_values.map(_compact)))
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        edit = draw(st.sampled_from(["insert", "delete", "truncate"]))
        if edit == "insert":
            text[at:at] = draw(st.sampled_from(TOKENS))
        elif edit == "delete":
            del text[at:at + draw(st.integers(1, 8))]
        else:
            del text[at:]
    return bytes(text)


def assert_documented(results: list[feed.RecordResult]) -> None:
    """Every result is well-formed and every problem is one the documentation lists."""
    for result in results:
        assert (result.status == "valid") is (not result.problems)
        for problem in result.problems:
            assert problem.layer in LAYERS
            assert problem.check != "internal-error", problem
            if problem.layer == "input":
                assert problem.check in feed.INPUT_CHECKS, problem
            assert problem.message
        if result.status == "unreadable":
            assert {p.layer for p in result.problems} == {"input"}


@FUZZ
@given(data=st.binary(max_size=512))
def test_arbitrary_bytes_give_documented_problems(data: bytes) -> None:
    """Any bytes at all, read as JSON Lines, JSON or guessed, give results with documented problems only."""
    for fmt in ("jsonl", "json", "auto"):
        results = list(feed.iter_results(io.BytesIO(data), format=fmt))  # type: ignore[arg-type]
        assert_documented(results)
        if fmt == "jsonl":
            assert results, "JSON Lines input always gives a result (an empty one, the 'empty' problem)"


@FUZZ
@given(text=damaged())
def test_damaged_documents_give_documented_problems(text: bytes) -> None:
    """Damaged articles and random JSON, as a line among good ones and as a document, give documented problems."""
    good = VALID_TEXTS[0]
    lines = list(feed.iter_results(io.BytesIO(good + b"\n" + text.replace(b"\n", b" ") + b"\n" + good),
                                   format="jsonl"))
    assert_documented(lines)
    assert lines[0].status == "valid"
    assert lines[-1].status == "valid"
    assert_documented(list(feed.iter_results(io.BytesIO(text), format="json")))


class _Rejected(Exception):
    pass


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    if len({key for key, _ in pairs}) != len(pairs):
        raise _Rejected("duplicate key")
    return dict(pairs)


def _integer(text: str) -> int:
    if abs(int(text)) > MAX_SAFE_INTEGER:
        raise _Rejected("integer beyond 2^53")
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if math.isinf(value) or (value == 0.0 and any(c in "123456789" for c in text.lower().split("e")[0])):
        raise _Rejected("number a double cannot hold")
    return value


def _constant(name: str) -> Any:
    raise _Rejected(name)


def _has_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        return any("\ud800" <= c <= "\udfff" for c in value)
    if isinstance(value, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_surrogate(v) for v in value)
    return False


def _depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_depth(v) for v in value), default=0)
    return 0


def strict_reading(raw: bytes) -> tuple[bool, Any]:
    """The reference: strict UTF-8 without a BOM, the standard library parser, and a rejection for everything the
    reader promises to reject."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return False, None
    try:
        value = json.loads(raw.decode("utf-8"), object_pairs_hook=_pairs, parse_int=_integer, parse_float=_float,
                           parse_constant=_constant)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, _Rejected):
        return False, None
    if _has_surrogate(value) or _depth(value) > 64:
        return False, None
    return True, value


def same(a: Any, b: Any) -> bool:
    """Equal as JSON values, telling 1 from 1.0 and True from 1."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


@FUZZ
@given(text=damaged() | json_values.map(_spaced) | json_values.map(_compact))
def test_the_reader_accepts_exactly_what_a_strict_reading_accepts(text: bytes) -> None:
    """Whatever the fast reader accepts, a strict reading accepts with the very same value; whatever it rejects,
    the strict reading rejects too: no silent dropping of duplicates, rounding of numbers or NaN."""
    parsed = parse(text)
    accepted = not parsed.problems
    ok, value = strict_reading(text)
    assert accepted is ok, parsed.problems
    if accepted:
        assert same(parsed.value, value)


def test_a_clean_feed_of_examples_is_all_valid() -> None:
    """The fuzz baseline: the unmutated valid examples read and validate cleanly as JSON Lines."""
    results = list(feed.iter_results(io.BytesIO(jsonl(list(examples("valid").values()))), format="jsonl"))
    assert [r.status for r in results] == ["valid"] * len(VALID_TEXTS)
