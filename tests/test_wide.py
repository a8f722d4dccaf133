"""A large record with a very wide object is checked from a narrowed copy of its text (`newsevents.feed.wide`),
and gets the report the whole record gets, in a fraction of the memory.

Most tests lower the limits (`RENDER_LIMIT`, `WIDE`, `UNKNOWN_LISTED`), so small texts take the narrowed path.
"""

from __future__ import annotations

import io
import json
import tracemalloc
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsevents.feed.checker as checker_module
import newsevents.feed.sources as sources_module
import newsevents.feed.strictjson as strictjson
import newsevents.feed.wide as wide
from newsevents.datamodel import messages
from newsevents.datamodel.problems import Problem
from newsevents.feed.checker import Checker
from newsevents.feed.records import Limits, RecordResult
from newsevents.feed.sources import Chunks, RawRecord
from newsevents.validation import reference, validator
from newsevents.validation.shapes import has_wide_object

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                           HealthCheck.function_scoped_fixture])
SMALL_WIDE, SMALL_LISTED = 40, 5
BASE = {"id": "wide", "headline": "One wide record", "language": "en", "body": "Nothing happened today."}
LIMITS = Limits(max_problems=10_000)


@pytest.fixture
def small(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(strictjson, "RENDER_LIMIT", 1_000)
    monkeypatch.setattr(validator, "WIDE", SMALL_WIDE)
    monkeypatch.setattr(reference, "UNKNOWN_LISTED", SMALL_LISTED)


def _both_ways(text: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[RecordResult, RecordResult]:
    """The result of a JSON Lines record checked as usual, and with narrowing turned off."""
    checker = Checker(limits=LIMITS)
    usual = checker.check("feed", RawRecord(1, None, raw=text))
    with monkeypatch.context() as patch:
        patch.setattr(checker_module, "narrowed", lambda *args, **kwargs: None)
        whole = checker.check("feed", RawRecord(1, None, raw=text))
    return usual, whole


def _document_both_ways(text: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Any], list[Any]]:
    """The results of a JSON document's records, read as usual and with narrowing turned off."""
    checker = Checker(limits=LIMITS)

    def results() -> list[Any]:
        records = sources_module._document(Chunks(io.BytesIO(text).read1), LIMITS)
        return [(r.status, r.problems) for r in (checker.check("doc", record) for record in records)]

    usual = results()
    with monkeypatch.context() as patch:
        patch.setattr(sources_module, "narrowed", lambda *args, **kwargs: None)
        whole = results()
    return usual, whole


def _members(count: int, prefix: str = "k") -> dict[str, int]:
    return {f"{prefix}{i}": i for i in range(count)}


def _unlisted(result: RecordResult) -> list[Problem]:
    return [p for p in result.problems if messages.unlisted_count(p.message) is not None]


SHAPES: dict[str, Any] = {
    "in an unknown member": dict(BASE, padding=_members(3 * SMALL_WIDE)),
    "in a known member": dict(BASE, provenance=_members(3 * SMALL_WIDE)),
    "at the root": dict(BASE, **_members(3 * SMALL_WIDE)),
    "with names the schemas know, late": dict(BASE, provenance={**_members(3 * SMALL_WIDE), "coder": "c",
                                                                 "id": "x", "actors": []}),
    "inside a member it keeps": dict(BASE, provenance={**_members(2 * SMALL_WIDE),
                                                       "coder": _members(2 * SMALL_WIDE, "n")}),
    "inside a member it leaves out": dict(BASE, provenance={**_members(2 * SMALL_WIDE),
                                                            "zz": _members(2 * SMALL_WIDE, "n")}),
    "in array entries": dict(BASE, actors=[{"id": "a1", "kind": "person", "name": "A",
                                            "extra": _members(2 * SMALL_WIDE)}, _members(2 * SMALL_WIDE)]),
    "with escapes in names": dict(BASE, provenance={f'k"{i}\\é:{{[': [i, 'a"b'] for i in range(3 * SMALL_WIDE)}),
}


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("indent", [None, 1])
def test_a_wide_record_gets_the_report_it_gets_whole(shape: str, indent: int | None, small: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    text = json.dumps(SHAPES[shape], indent=indent).encode()
    assert wide.narrowed(text) is not None
    usual, whole = _both_ways(text, monkeypatch)
    assert usual == whole
    assert usual.status == "invalid"
    document, whole_document = _document_both_ways(text, monkeypatch)
    assert document == whole_document


def test_the_count_of_unknown_members_includes_those_left_out(small: None, monkeypatch: pytest.MonkeyPatch) -> None:
    text = json.dumps(dict(BASE, provenance=_members(1_000))).encode()
    cut = wide.narrowed(text)
    assert cut is not None
    assert cut.left_out == ((("provenance",), 1_000 - SMALL_LISTED - 1),)
    assert len(orjson.loads(cut.text)["provenance"]) == SMALL_LISTED + 1
    usual, _ = _both_ways(text, monkeypatch)
    assert [p.message for p in _unlisted(usual)] == [messages.unknown_members_unlisted(1_000 - SMALL_LISTED)]


def test_an_array_document_spreads_what_it_left_out_over_its_records(small: None,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    text = json.dumps([SHAPES["in a known member"], BASE, SHAPES["in array entries"]]).encode()
    usual, whole = _document_both_ways(text, monkeypatch)
    assert usual == whole
    assert [status for status, _ in usual] == ["invalid", "valid", "invalid"]


names = st.one_of(st.text(max_size=6), st.sampled_from(sorted(wide.schema_names())),
                  st.integers(0, 10**6).map(lambda i: f"k{i}"))
values = st.recursive(st.none() | st.booleans() | st.integers(-1000, 1000) | st.text(max_size=5),
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner,
                                                                                   max_size=3), max_leaves=5)


@SETTINGS
@given(members=st.dictionaries(names, values, min_size=SMALL_WIDE + 1, max_size=4 * SMALL_WIDE),
       place=st.sampled_from(["padding", "provenance", "root", "actor"]), ascii_only=st.booleans())
def test_any_wide_object_anywhere_gets_the_report_it_gets_whole(members: dict[str, Any], place: str,
                                                                ascii_only: bool, small: None,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    record: dict[str, Any] = dict(BASE)
    if place == "root":
        record = {**members, **BASE}
    elif place == "actor":
        record["actors"] = [{"id": "a1", "kind": "person", "name": "A", "more": members}]
    else:
        record[place] = members
    text = json.dumps(record, ensure_ascii=ascii_only).encode()
    if len(text) > strictjson.RENDER_LIMIT:
        assert wide.narrowed(text) is not None
    usual, whole = _both_ways(text, monkeypatch)
    assert usual == whole


def _text_with(member: str) -> bytes:
    """A wide known member whose 30th member is ``member`` (JSON text)."""
    text = json.dumps(dict(BASE, provenance=_members(3 * SMALL_WIDE)))
    return text.replace('"k30": 30', member, 1).encode()


@pytest.mark.parametrize("member", [
    '"k7": 30',  # a name given twice
    '"\\u006b7": 30',  # the same name, escaped
    '"k30": tru',  # not JSON
    '"k30": "\\ud800"',  # a lone surrogate
    '"k30": 1e999',  # a number a double cannot hold
    '"k30": 12345678901234567890',  # an integer beyond 2^53
    '"k30" 30',  # no colon
    '"k30": [[[[[[[[[[1]]]]]]]]]]',  # deeper than the limit below
])
@pytest.mark.parametrize("chunk", [4, 1024])
def test_what_it_cannot_vouch_for_is_read_whole(member: str, chunk: int, small: None,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """In one chunk or across chunks, a fault among the members it would leave out makes the narrowing give up, and
    the careful reading of the whole record reports it."""
    monkeypatch.setattr(wide, "_CHUNK", chunk)
    text = _text_with(member)
    assert wide.narrowed(text, max_depth=8) is None
    usual, whole = _both_ways(text, monkeypatch)
    assert usual == whole
    assert usual.status in ("invalid", "unreadable")


def test_names_that_share_a_bit_are_compared_by_name(small: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a map of one bit every name shares it, and still only a repeated name gives up."""
    monkeypatch.setattr(wide, "_BITS_PER_NAME", 0)
    text = json.dumps(dict(BASE, provenance=_members(3 * SMALL_WIDE))).encode()
    assert wide.narrowed(text) is not None
    assert wide.narrowed(_text_with('"k7": 30')) is None
    usual, whole = _both_ways(text, monkeypatch)
    assert usual == whole


@pytest.mark.parametrize("fault", [', "x": tru}', ', "actors": [1 2]}', ', "id": "a", "id": "b"}'])
def test_a_fault_outside_the_wide_object_is_reported_from_the_whole_text(fault: str, small: None,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The narrowed copy is not the text the user has: a fault the reading finds in it is found again in the whole
    text, so its line and column are the user's."""
    text = json.dumps(dict(BASE, provenance=_members(3 * SMALL_WIDE)), indent=1)[:-2].encode() + fault.encode()
    assert wide.narrowed(text) is not None
    usual, whole = _both_ways(text, monkeypatch)
    assert usual == whole
    assert usual.status in ("invalid", "unreadable")
    document, whole_document = _document_both_ways(text, monkeypatch)
    assert document == whole_document


@pytest.mark.parametrize("text", [b"{" * 30 + b"}" * 29, b'{"a": [1, 2}' + b' ' * 2_000, b"[" + b"1," * 2_000])
def test_text_that_is_not_json_is_read_whole(text: bytes, small: None) -> None:
    assert wide.narrowed(text) is None


def test_small_or_narrow_records_are_not_narrowed(small: None) -> None:
    narrow_but_large = json.dumps(dict(BASE, body="x" * 5_000, provenance=_members(SMALL_WIDE))).encode()
    wide_but_small = json.dumps(dict(BASE, provenance=_members(SMALL_WIDE + 1))).encode()
    wide_and_large = json.dumps(dict(BASE, body="x" * 5_000, provenance=_members(SMALL_WIDE + 1))).encode()
    assert len(wide_but_small) <= strictjson.RENDER_LIMIT < len(narrow_but_large)
    assert wide.narrowed(narrow_but_large) is None
    assert wide.narrowed(wide_but_small) is None
    assert wide.narrowed(wide_and_large) is not None


def test_a_narrowed_copy_found_valid_is_read_whole_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """Not with the shipped schemas, where every wide object is refused; were a copy valid, the checker would not
    trust it and reads the whole record."""
    text = json.dumps(dict(BASE, provenance=_members(2_000))).encode()
    monkeypatch.setattr(checker_module, "narrowed",
                        lambda *args, **kwargs: wide.Narrowed(json.dumps(BASE).encode(), ((("provenance",), 5),)))
    usual = Checker(limits=LIMITS).check("feed", RawRecord(1, None, raw=text))
    monkeypatch.setattr(checker_module, "narrowed", lambda *args, **kwargs: None)
    assert usual == Checker(limits=LIMITS).check("feed", RawRecord(1, None, raw=text))
    assert usual.status == "invalid"


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                           lambda inner: st.lists(inner, max_size=6) | st.dictionaries(st.text(), inner, max_size=6),
                           max_leaves=40)


@SETTINGS
@given(value=json_values, ascii_only=st.booleans(), piece=st.integers(1, 50))
def test_the_shape_outside_strings_is_the_one_a_tokenizer_sees(value: Any, ascii_only: bool, piece: int,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wide, "_PIECE", piece)
    text = json.dumps(value, ensure_ascii=ascii_only).encode()
    expected = bytes(b for b in strictjson._STRING.sub(b"", text) if b in b"{}:")
    assert wide._outside_strings(text) == expected
    assert wide._outside_strings(bytearray(text)) == expected


@SETTINGS
@given(value=json_values, limit=st.integers(0, 6))
def test_a_wide_object_is_found_in_the_text_where_it_is_in_the_value(value: Any, limit: int,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validator, "WIDE", limit)
    assert wide._may_be_wide(json.dumps(value).encode(), 64) == has_wide_object(value, limit)


def test_the_unlisted_count_reads_back_what_was_written() -> None:
    for count in (1, 2, 999, 1_000, 1_234_567):
        assert messages.unlisted_count(messages.unknown_members_unlisted(count)) == count
    assert messages.unlisted_count(messages.unknown_member("k1")) is None
    problems = [Problem(path=(name,), message=messages.unknown_members_unlisted(3), check="additionalProperties",
                        layer="schema") for name in ("p", "q")]
    counted = wide.with_counts(problems, [(("p",), 10)])
    assert [p.message for p in counted] == [messages.unknown_members_unlisted(13), problems[1].message]


def test_narrowing_holds_a_fraction_of_what_parsing_holds() -> None:
    """200,000 members of a few bytes: orjson's value of the text and its reading take over ten times the text;
    the narrowing, under twice its size."""
    text = json.dumps(dict(BASE, padding=_members(200_000))).encode()
    tracemalloc.start()
    try:
        cut = wide.narrowed(text)
        _, narrowing = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        value = orjson.loads(text)
        _, parsing = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert cut is not None
    assert len(value["padding"]) == 200_000
    assert narrowing < 2 * len(text) < 10 * len(text) < parsing
