"""Bad input gets a clear, documented problem: never a crash, never a silent change."""

from __future__ import annotations

import gzip
import io
import json
import sys
import tracemalloc
from typing import Any

import pytest

from newsevents import feed
from newsevents.feed.records import Limits, RecordResult
from newsevents.feed.strictjson import parse

from ._feeds import jsonl, valid_doc

VALID = valid_doc()


def results(data: bytes, fmt: feed.Format = "jsonl", **kwargs: Any) -> list[RecordResult]:
    """Check ``data`` as a feed read from a stream."""
    return list(feed.iter_results(io.BytesIO(data), format=fmt, **kwargs))


def only(data: bytes, fmt: feed.Format = "jsonl", **kwargs: Any) -> RecordResult:
    """The single result for ``data``."""
    [result] = results(data, fmt, **kwargs)
    return result


def checks(result: RecordResult) -> list[tuple[str, str]]:
    """(JSON path, check) of each problem."""
    return [(p.json_path, p.check) for p in result.problems]


def test_invalid_utf8_is_reported_with_its_position() -> None:
    """A byte that is not UTF-8 is an encoding problem naming the byte, line and column."""
    result = only(b'{"id": "caf\xe9"}\n')
    assert result.status == "unreadable"
    assert checks(result) == [("$", "encoding")]
    assert "byte 0xE9 at line 1, column 12" in result.problems[0].message


def test_encoded_surrogates_are_not_utf8() -> None:
    """UTF-8-encoded surrogates (CESU-8 / WTF-8) are rejected as invalid UTF-8, not decoded."""
    assert checks(only(b'{"id": "\xed\xa0\x80"}')) == [("$", "encoding")]


def test_a_byte_order_mark_is_reported() -> None:
    """A UTF-8 BOM is named as such, not silently dropped."""
    result = only(b"\xef\xbb\xbf" + json.dumps(VALID).encode(), "json")
    assert result.status == "unreadable"
    assert checks(result) == [("$", "bom")]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_files_are_reported_once(encoding: str) -> None:
    """A UTF-16/32 file (with or without BOM) is one encoding problem, not a problem per line."""
    data = jsonl([VALID, VALID]).decode().encode(encoding)
    result = only(data)
    assert checks(result) == [("$", "encoding")]
    assert "UTF-16 or UTF-32" in result.problems[0].message


@pytest.mark.parametrize("escape", [r"\ud800", r"\udfff", r"x\ud83dy", r"\ude00\ud83d"])
def test_lone_surrogates_are_reported_with_their_path(escape: str) -> None:
    """A string with an unpaired surrogate escape is a problem at that string's path."""
    result = only(('{"actors": [{"name": "' + escape + '"}]}').encode())
    assert result.status == "invalid"
    assert checks(result) == [("$.actors[0].name", "surrogate")]


def test_a_paired_surrogate_escape_is_fine() -> None:
    """A proper surrogate pair is one character and reads as such."""
    parsed = parse(b'{"name": "\\ud83d\\ude00"}')
    assert parsed.problems == ()
    assert parsed.value == {"name": "\N{GRINNING FACE}"}


@pytest.mark.parametrize(("literal", "name"), [("NaN", "NaN"), ("Infinity", "Infinity"), ("-Infinity", "-Infinity")])
def test_nan_and_infinity_are_not_numbers(literal: str, name: str) -> None:
    """NaN and the infinities are named at their path; JSON has no such numbers."""
    result = only(f'{{"quantity": {{"value": {literal}}}}}'.encode())
    assert checks(result) == [("$.quantity.value", "non-finite")]
    assert result.problems[0].message.startswith(f"{name} is not a JSON number")


@pytest.mark.parametrize(("literal", "check"), [
    ("1e400", "number-range"), ("-1e400", "number-range"), ("1e-400", "number-range"),
    ("0." + "0" * 400 + "1", "number-range"), ("9007199254740993", "number-precision"),
    ("-9007199254740993", "number-precision"), ("18446744073709551616", "number-precision"),
    ("123456789012345678901234567890", "number-precision"),
])
def test_numbers_a_double_cannot_hold_are_reported(literal: str, check: str) -> None:
    """Overflow, underflow to zero, and integers beyond ±(2^53 - 1) are problems at their path, not rounded."""
    result = only(f'{{"a": [1, {{"b": {literal}}}]}}'.encode())
    assert result.status == "invalid"
    assert checks(result) == [("$.a[1].b", check)]


@pytest.mark.parametrize("literal", ["9007199254740993", "18446744073709551615", "-9223372036854775808"])
def test_long_integers_in_compact_text_are_reported(literal: str) -> None:
    """Compact text that orjson writes back byte for byte still has its long integers found, by the reader and
    (where the schema rejects them first) before the schema's problem is explained."""
    assert [p.check for p in parse(f'{{"n":{literal}}}'.encode()).problems] == ["number-precision"]
    doc = json.dumps(dict(VALID, places=[{"id": "p", "name": "P", "kind": "city", "coordinates": {
        "latitude": 0, "longitude": 0}}]), separators=(",", ":")).replace('"latitude":0', f'"latitude":{literal}')
    assert checks(only(doc.encode() + b"\n")) == [("$.places[0].coordinates.latitude", "number-precision")]


@pytest.mark.parametrize("literal", ["9007199254740991", "-9007199254740991", "1e308", "5e-324", "0.0", "1e-99",
                                     "12345678901234567890e-10"])
def test_numbers_a_double_holds_are_read_as_they_are(literal: str) -> None:
    """Numbers at the edges of what a double holds exactly (or, for fractions, at all) read without a problem."""
    parsed = parse(f'{{"n": {literal}}}'.encode())
    assert parsed.problems == ()
    assert parsed.value == {"n": json.loads(literal)}


def test_numbers_beyond_the_schema_are_schema_problems() -> None:
    """An integer inside the double range but beyond what the schema allows is the schema's maximum problem."""
    doc = dict(VALID, actors=[dict(VALID["actors"][0], mentions=[{"start": 10**12, "end": 10**12 + 1, "text": "x"}])])
    result = only(jsonl([doc]))
    assert ("$.actors[0].mentions[0].start", "maximum") in checks(result)


@pytest.mark.parametrize("text", [
    b'{"id": "a", "id": "b"}',
    b'{"events": [{"type": "x", "type": "y"}]}',
    b'{"a": {"b": 1, "b": 1}}',  # the same value twice is still two members
    b'{"a\\u003a": 1, "a\\u003a": 2}',  # an escaped colon, which the fast evidence hands to the careful parser
    b'{"x": "k:v", "x": "k:v"}',
])
def test_duplicate_keys_are_rejected(text: bytes) -> None:
    """A repeated key is a problem at its object, never resolved by keeping one value."""
    result = only(text)
    assert result.status == "invalid"
    assert [c for _, c in checks(result)] == ["duplicate-key"]


def test_duplicate_keys_in_an_array_element_name_only_that_element() -> None:
    """In a JSON array, the element with the repeated key is invalid; the others are still checked."""
    data = b"[" + json.dumps(VALID).encode() + b', {"id": "a", "id": "b"}, ' + json.dumps(VALID).encode() + b"]"
    found = results(data, "json")
    assert [(r.index, r.status) for r in found] == [(0, "valid"), (1, "invalid"), (2, "valid")]
    assert checks(found[1]) == [("$", "duplicate-key")]


def test_colons_in_strings_do_not_look_like_duplicates() -> None:
    """Strings full of colons (and escaped colons) without repeated keys read cleanly."""
    parsed = parse(b'{"a": "1:2:3", "b": ["::", "\\u003a"], "c:d": {"e": ":"}}')
    assert parsed.problems == ()
    assert parsed.value == {"a": "1:2:3", "b": ["::", ":"], "c:d": {"e": ":"}}


@pytest.mark.parametrize("depth", [65, 1000, 100_000])
def test_deep_nesting_is_reported_without_recursion_error(depth: int) -> None:
    """Nesting beyond the limit (even far beyond Python's recursion limit) is one depth problem."""
    result = only(b"[" * depth + b"]" * depth + b"\n")
    assert result.status == "unreadable"
    assert checks(result) == [("$", "depth")]


def test_the_depth_limit_is_adjustable() -> None:
    """`Limits(max_depth=...)` moves the limit: six levels pass at 6 and fail at 5."""
    text = b'{"a": [[{"b": [[1]]}]]}'
    assert checks(only(text, limits=Limits(max_depth=5))) == [("$", "depth")]
    assert [c for _, c in checks(only(text, limits=Limits(max_depth=6)))] != ["depth"]


def test_deep_but_schema_shaped_documents_are_checked_for_depth_too() -> None:
    """A document deeper than the limit is caught whether or not the schema would accept it."""
    limits = Limits(max_depth=3)
    assert checks(only(jsonl([VALID]), limits=limits)) == [("$", "depth")]


@pytest.mark.parametrize("text", [b'{"id": "a", "headline": ', b'{"id": "a', b"[1, 2", b'{"a": tru'])
def test_truncated_documents_are_unreadable(text: bytes) -> None:
    """A text that stops inside a value says so, with the position."""
    result = only(text)
    assert result.status == "unreadable"
    assert checks(result) == [("$", "syntax")]
    assert "line 1, column" in result.problems[0].message


def test_syntax_errors_in_a_json_file_give_the_file_line() -> None:
    """In a multi-line JSON document, a syntax error is placed at its line and column."""
    result = only(b'{\n  "id": "a",\n  "headline": oops\n}', "json")
    assert result.line == 3
    assert "line 3, column 15" in result.problems[0].message


def test_text_after_the_value_is_a_syntax_error() -> None:
    """Two values on one line are not one record."""
    assert checks(only(b'{"a": 1} {"b": 2}\n')) == [("$", "syntax")]


def test_an_empty_file_is_reported() -> None:
    """An empty file is one unreadable 'empty' problem, in either format."""
    for fmt in ("json", "jsonl", "auto"):
        assert checks(only(b"", fmt)) == [("$", "empty")]  # type: ignore[arg-type]


def test_empty_and_blank_lines_are_reported() -> None:
    """Empty and whitespace-only lines in JSON Lines are each an unreadable record; the others still count."""
    found = results(jsonl([VALID]) + b"\n   \t\n\r\n" + jsonl([VALID]))
    assert [(r.line, r.status) for r in found] == [(1, "valid"), (2, "unreadable"), (3, "unreadable"),
                                                   (4, "unreadable"), (5, "valid")]
    assert {c for r in found[1:4] for _, c in checks(r)} == {"empty"}


def test_a_whitespace_only_json_file_is_empty() -> None:
    """A JSON file of nothing but whitespace has no value in it."""
    assert checks(only(b" \n\t\n", "json")) == [("$", "empty")]


@pytest.mark.parametrize("garbage", [bytes(range(256)) * 4, "{}".encode("utf-16-le") * 50, b"\x1f\x8b\x08\x00garbage"])
def test_binary_files_are_one_problem(garbage: bytes) -> None:
    """A binary file (a NUL in its first line), UTF-16, or a broken gzip stream is one problem, not one per line."""
    result = only(garbage)
    assert result.status == "unreadable"
    assert len(result.problems) == 1
    assert result.problems[0].check in {"encoding", "gzip"}


def test_binary_garbage_after_the_first_line_spoils_only_its_lines() -> None:
    """Garbage further into a JSON Lines file gives a clear problem for each spoiled line; good lines stay good."""
    found = results(jsonl([VALID]) + b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\n" + jsonl([VALID]))
    assert [r.status for r in found] == ["valid", "unreadable", "unreadable", "unreadable", "valid"]
    assert {p.check for r in found[1:-1] for p in r.problems} <= {"encoding", "syntax"}


def test_a_truncated_gzip_stream_keeps_the_records_before_the_break() -> None:
    """The records before the point where a gzip stream breaks are checked; the break is one problem."""
    packed = gzip.compress(jsonl([VALID] * 200))
    found = results(packed[: len(packed) * 3 // 4])
    assert found[0].status == "valid"
    assert checks(found[-1]) == [("$", "gzip")]


def test_very_long_strings_are_reported_briefly() -> None:
    """A 2-million-character headline is a maxLength problem whose message does not repeat the string."""
    result = only(jsonl([dict(VALID, headline="x" * 2_000_000)]))
    assert checks(result) == [("$.headline", "maxLength")]
    assert len(result.problems[0].message) < 200


def test_a_line_over_the_limit_is_skipped_without_holding_it() -> None:
    """A 24 MiB line with a 1 MiB limit is reported and skipped; reading it never holds more than a few chunks."""
    big = b'{"body": "' + b"x" * (24 * 1024 * 1024) + b'"}\n'
    stream = io.BytesIO(jsonl([VALID]) + big + jsonl([VALID]))
    tracemalloc.start()
    try:
        found = list(feed.iter_results(stream, format="jsonl", limits=Limits(max_line_bytes=1024 * 1024)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [(r.line, r.status) for r in found] == [(1, "valid"), (2, "unreadable"), (3, "valid")]
    assert checks(found[1]) == [("$", "too-long")]
    assert peak < 8 * 1024 * 1024


def test_a_json_document_over_the_limit_is_not_read() -> None:
    """A JSON (not Lines) document larger than the limit is reported, not parsed."""
    result = only(json.dumps([VALID] * 20).encode(), "json", limits=Limits(max_line_bytes=4096))
    assert checks(result) == [("$", "too-long")]


def test_ref_and_schema_in_data_are_reported_not_followed(monkeypatch: pytest.MonkeyPatch) -> None:
    """`$ref` and a foreign `$schema` inside a record are schema problems; no socket is opened on the way."""
    import socket

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    doc = dict(VALID, **{"$schema": "http://127.0.0.1:9/evil.json"})
    doc["actors"] = [dict(VALID["actors"][0], **{"$ref": "http://127.0.0.1:9/actor.json"}), *VALID["actors"][1:]]
    result = only(jsonl([doc]))
    assert set(checks(result)) == {("$['$schema']", "pattern"), ("$.actors[0]['$ref']", "additionalProperties")}


def test_control_characters_in_strings_are_syntax_errors() -> None:
    """A raw control character inside a string is not JSON (it must be escaped)."""
    assert checks(only(b'{"id": "a\x01b"}')) == [("$", "syntax")]


def test_crlf_line_ends_are_accepted() -> None:
    """Windows line ends in JSON Lines are line ends, not part of the record."""
    found = results(jsonl([VALID]).replace(b"\n", b"\r\n") * 2)
    assert [r.status for r in found] == ["valid", "valid"]


def test_valid_records_read_exactly_as_the_standard_library_reads_them() -> None:
    """What the fast reader accepts equals the standard library's strict reading (nothing silently changed)."""
    text = json.dumps(VALID).encode()
    parsed = parse(text)
    assert parsed.problems == ()
    assert parsed.value == json.loads(text)
    assert sys.getrecursionlimit() > 64
