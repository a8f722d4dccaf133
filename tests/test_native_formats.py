"""The date and uri patterns that replace ``format`` for the compiled validator accept exactly what jsonschema's
format checks accept, and the rewrite puts them where the formats were."""

from __future__ import annotations

import re
import string
from typing import Any

import jsonschema
import jsonschema_rs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents.schema import nativeformats
from newsevents.schema.nativeformats import DATE_PATTERN, URI_ID, _drop_verbose, format_resources, uri_pattern
from newsevents.schema.rewrite import rewrite_schemas
from newsevents.validation.compiled import CompiledValidator, compiled_validator_for

CHECKER = jsonschema.Draft202012Validator.FORMAT_CHECKER
DATE = jsonschema_rs.Draft202012Validator({"type": "string", "pattern": DATE_PATTERN})
URI = jsonschema_rs.Draft202012Validator({"$ref": URI_ID}, registry=jsonschema_rs.Registry(format_resources()))


def jsonschema_says(value: str, name: str) -> bool:
    return bool(CHECKER.conforms(value, name))


# --- date -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("centuries", [(0, 4), (16, 24), (96, 100)])
def test_the_date_pattern_agrees_on_every_day_of_four_centuries(centuries: tuple[int, int]) -> None:
    """Every YYYY-MM-DD with months 00-13 and days 00-32 over whole 400-year spans (year 0000, leap centuries
    and 9999 included): the pattern and jsonschema agree on each."""
    first, last = centuries
    wrong = [text for year in range(first * 100, last * 100) for month in range(14) for day in range(33)
             if DATE.is_valid(text := f"{year:04d}-{month:02d}-{day:02d}") != jsonschema_says(text, "date")]
    assert wrong == []


@settings(max_examples=300)
@given(st.one_of(
    st.text(max_size=12),
    st.builds(lambda y, m, d, sep: f"{y}{sep}{m}{sep}{d}",
              st.text(st.sampled_from("0123456789٠١٢٣٤\uff10 "), min_size=3, max_size=5),
              st.text(st.sampled_from("0123456789\uff11"), min_size=1, max_size=3),
              st.text(st.sampled_from("0123456789\n"), min_size=1, max_size=3),
              st.sampled_from(["-", "/", "--", ""])),
))
def test_the_date_pattern_agrees_on_any_text(value: str) -> None:
    assert DATE.is_valid(value) == jsonschema_says(value, "date")


# --- uri --------------------------------------------------------------------------------------------------------

_URI_CHARS = string.ascii_letters[:6] + "XYZ09:/?#[]@!$&'()*+,;=-._~% \n\té\u0663"
_HEX_GROUP = st.text(st.sampled_from("0123456789abcdefABCDEFg"), min_size=0, max_size=5)
_IPV6 = st.builds(lambda groups, cut, v4: ":".join(groups[:cut]) + "::" + ":".join(groups[cut:]) + v4,
                  st.lists(_HEX_GROUP, max_size=9), st.integers(0, 9),
                  st.sampled_from(["", ":1.2.3.4", "1.2.3.4", ":256.1.1.1", ":01.2.3.4"]))
_HOST = st.one_of(st.text(st.sampled_from(_URI_CHARS), max_size=8),
                  _IPV6.map(lambda address: f"[{address}]"),
                  st.builds(lambda a: f"[v{a}]", st.text(st.sampled_from("1fx.:-a]"), max_size=5)),
                  st.lists(st.integers(0, 300), min_size=3, max_size=5).map(lambda parts: ".".join(map(str, parts))))


@settings(max_examples=600)
@given(st.one_of(
    st.text(st.sampled_from(_URI_CHARS), max_size=20),
    st.builds(lambda scheme, host, rest: f"{scheme}://{host}{rest}",
              st.sampled_from(["http", "a+b", "1a", "", "h-t.t"]), _HOST,
              st.text(st.sampled_from(_URI_CHARS), max_size=12)),
    st.text(max_size=10).map(lambda tail: "urn:" + tail),
))
def test_the_uri_pattern_agrees_with_jsonschema(value: str) -> None:
    assert URI.is_valid(value) == jsonschema_says(value, "uri")


@pytest.mark.parametrize("value", [
    "http://[::1]/", "http://[1:2:3:4:5:6:7:8]/", "http://[1:2:3:4:5:6:7:8:9]/", "http://[::ffff:1.2.3.4]/",
    "http://[v1.x]/", "http://[::1", "http://999.1.1.1/", "http://x:99999", "http://x:port", "http://x\n",
    "http://x\n\n", "a:b#c", "a:b#c#d", "a:%41", "a:%4", "a:b c", "//x", "x", "", "HTTP://X", "a:\\"])
def test_the_uri_pattern_agrees_on_edge_cases(value: str) -> None:
    assert URI.is_valid(value) == jsonschema_says(value, "uri")


def test_the_uri_pattern_agrees_on_every_compressed_ipv6_shape() -> None:
    """IPv6 literals with 0-8 groups on either side of "::", with and without an IPv4 tail: the expression's
    bounded repeats (``{,n}`` in Python's syntax) are where a rewrite would go wrong."""
    wrong = []
    for left in range(9):
        for right in range(9):
            for tail in ("", "1.2.3.4"):
                groups = ":".join(["1f"] * right)
                after = f"{groups}:{tail}" if groups and tail else groups or tail
                value = f"http://[{':'.join(['a'] * left)}::{after}]/"
                if URI.is_valid(value) != jsonschema_says(value, "uri"):
                    wrong.append(value)
    assert wrong == []


def test_the_uri_pattern_is_anchored_and_readable_by_the_rust_engine() -> None:
    pattern = uri_pattern()
    assert pattern.startswith("^(?:")
    assert pattern.endswith(")\n?$")
    assert not re.search(r"\s", pattern.replace("\n?$", ""))  # the verbose layout is gone


@pytest.mark.parametrize(("verbose", "flat"), [
    ("a b  # a comment\n c", "abc"),
    ("[ #]x", "[ #]x"),  # inside a class, space and "#" are members
    ("[]a ]b", "[]a ]b"),  # a "]" first in a class is a member
    ("[^] ]b", "[^] ]b"),
    ("a\\ b\\#c", "a\\ b\\#c"),  # escaped space and "#" stay
])
def test_dropping_the_verbose_layout_keeps_the_expression(verbose: str, flat: str) -> None:
    assert _drop_verbose(verbose) == flat
    for text in ["abc", " #x", "]b", "a b#c", "a]b", "xb"]:
        assert bool(re.fullmatch(verbose, text, re.VERBOSE)) == bool(re.fullmatch(flat, text))


def test_an_expression_with_unexpected_flags_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import rfc3986_validator  # type: ignore[import-untyped]

    monkeypatch.setattr(rfc3986_validator, "URI_RE_COMP", re.compile("^a$", re.IGNORECASE))
    nativeformats.uri_pattern.cache_clear()
    try:
        with pytest.raises(ValueError, match="flags"):
            uri_pattern()
    finally:
        nativeformats.uri_pattern.cache_clear()


# --- the rewrite --------------------------------------------------------------------------------------------------

def _rewritten(schema: dict[str, Any]) -> dict[str, Any]:
    return rewrite_schemas({"f.schema.json": {"$id": "https://example.test/f.schema.json", **schema}})["f.schema.json"]


def test_the_rewrite_replaces_both_formats() -> None:
    assert _rewritten({"type": "string", "format": "date"})["pattern"] == DATE_PATTERN
    beside = _rewritten({"type": "string", "format": "date", "pattern": "^2"})
    assert (beside["pattern"], beside["allOf"]) == ("^2", [{"pattern": DATE_PATTERN}])
    assert _rewritten({"format": "uri", "maxLength": 9}) == {"$id": "https://example.test/f.schema.json",
                                                             "maxLength": 9, "$ref": URI_ID}
    other = _rewritten({"type": "string", "format": "email"})
    assert other["format"] == "email"  # left to jsonschema's own check


def test_the_shipped_validator_takes_no_format_callback() -> None:
    assert compiled_validator_for("article")._formats == {}


@pytest.mark.parametrize(("value", "valid"), [
    ({"when": "2024-02-29", "link": "https://example.org/a"}, True),
    ({"when": "2023-02-29", "link": "https://example.org/a"}, False),
    ({"when": "0000-01-01", "link": "https://example.org/a"}, False),
    ({"when": "2024-01-01", "link": "https://exa mple.org"}, False),
    ({"when": "2024-01-01", "link": "not a uri"}, False),
])
def test_a_schema_of_ones_own_with_both_formats(value: dict[str, str], valid: bool) -> None:
    """A schema set given to the compiled validator gets the same rewrite and the same verdicts as jsonschema."""
    schema = {"$id": "https://example.test/own.schema.json", "type": "object",
              "properties": {"when": {"type": "string", "format": "date"},
                             "link": {"type": "string", "format": "uri"}}}
    compiled = CompiledValidator("own", schemas={"own.schema.json": schema})
    reference = jsonschema.Draft202012Validator(schema, format_checker=CHECKER)
    assert compiled.is_valid(value) is reference.is_valid(value) is valid
