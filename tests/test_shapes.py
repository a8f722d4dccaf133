"""The shape questions answered in Rust agree with the Python walks they stand in for, on any JSON value; the
fast scan for long fractions finds what the plain regular expression finds."""

from __future__ import annotations

import re
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.feed.checker import Checker
from newsevents.feed.sources import RawRecord
from newsevents.feed.strictjson import depth_exceeds, number_evidence
from newsevents.validation import validator
from newsevents.validation.shapes import deeper_than, has_long_part, has_wide_object
from newsevents.validation.validator import _has_long_part

JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(st.text(max_size=4), inner, max_size=5),
    max_leaves=40,
)


@settings(max_examples=300)
@given(value=JSON, max_depth=st.integers(1, 6))
def test_depth_agrees_with_the_python_walk(value: Any, max_depth: int) -> None:
    assert deeper_than(value, max_depth) is depth_exceeds(value, max_depth)


@settings(max_examples=300)
@given(value=JSON, keep=st.none() | st.integers(0, 5), chars=st.integers(0, 6))
def test_long_parts_agree_with_the_python_walk(value: Any, keep: int | None, chars: int) -> None:
    assert has_long_part(value, keep, chars) is _has_long_part(value, keep, chars)


@settings(max_examples=300)
@given(value=JSON, members=st.integers(0, 5))
def test_wide_objects_agree_with_the_python_walk(value: Any, members: int) -> None:
    expected = _widest(value) > members
    assert has_wide_object(value, members) is expected
    with pytest.MonkeyPatch.context() as patch:  # the validator's own walk, for data Rust cannot read
        patch.setattr(validator, "WIDE", members)
        patch.setattr(validator, "has_wide_object", lambda value, members: None)
        assert validator._wide(value) is expected


def _widest(value: Any) -> int:
    if isinstance(value, dict):
        return max([len(value), *map(_widest, value.values())])
    if isinstance(value, list):
        return max([0, *map(_widest, value)])
    return 0


@pytest.mark.parametrize(("value", "max_depth", "deeper"), [
    ({}, 1, False), ({"a": {}}, 1, True), ([[]], 2, False), ([[[]]], 2, True), ("x", 1, False),
    ({"a": [1, {"b": "c"}]}, 3, False), ({"a": [1, {"b": []}]}, 3, True),
])
def test_depth_at_the_bound(value: Any, max_depth: int, deeper: bool) -> None:
    assert deeper_than(value, max_depth) is depth_exceeds(value, max_depth) is deeper


def test_a_member_name_is_never_a_long_part() -> None:
    assert has_long_part({"x" * 50: "short"}, None, 10) is False
    assert has_long_part({"k": "y" * 11}, None, 10) is True
    assert has_long_part({"k": ["é" * 10]}, 1, 10) is False  # characters, not bytes


@pytest.mark.parametrize(("value", "chars"), [(["\ud800" * 5], 4), (["\ud800" * 5], 5), (["a\udc00b"], 2)])
def test_lone_surrogates_in_strings_count_as_characters(value: Any, chars: int) -> None:
    assert has_long_part(value, None, chars) is _has_long_part(value, None, chars)


@pytest.mark.parametrize("value", [{1: "x"}, {"a": {1, 2}}, {"\ud800": "x"}])
def test_what_rust_cannot_read_is_left_to_the_caller(value: Any) -> None:
    assert deeper_than(value, 3) is None
    assert has_long_part(value, 3, 3) is None


def test_the_checker_still_refuses_a_record_nested_too_deep() -> None:
    raw = b'{"id": "x", "headline": ' + b"[" * 70 + b"]" * 70 + b"}"  # 71 levels, the limit 64
    result = Checker().check("feed.jsonl", RawRecord(line=1, index=None, raw=raw))
    assert result.status == "unreadable"
    assert [p.check for p in result.problems] == ["depth"]


_FRACTION = re.compile(rb"[0-9]\.[0-9]{15}")


@settings(max_examples=300)
@given(st.text(st.sampled_from("0123456789.-e \"a"), max_size=60))
def test_the_fraction_scan_finds_what_the_plain_expression_finds(text: str) -> None:
    raw = text.encode()
    plain = bool(b"0" * 16 in raw or _FRACTION.search(raw) or re.search(rb"[eE]-[0-9]{3}", raw))
    # Only the fraction rule differs between the two scans; the other evidence is the same code either way.
    assert number_evidence(raw, integers=False) is plain


def test_a_long_fraction_after_a_digit_is_evidence_and_after_a_letter_is_not() -> None:
    assert number_evidence(orjson.dumps({"x": 0.1234567890123456}), integers=False)
    assert not number_evidence(b'{"x": "v.123456789012345"}', integers=False)
    assert number_evidence(b'{"x": 1.123456789012345}', integers=False)
