"""The date pattern that replaces ``format: date`` for the compiled validator accepts exactly what jsonschema's
check accepts, and a format check written in Python goes to the validators whose schemas can reach it, only."""

from __future__ import annotations

from typing import Any

import jsonschema
import jsonschema_rs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from newsevents import fixtures
from newsevents.schema.fastset import shipped_fastset
from newsevents.schema.nativeformats import DATE_PATTERN
from newsevents.schema.reach import FormatReach
from newsevents.schema.rewrite import rewrite_schemas
from newsevents.validation.compiled import CompiledValidator, _hoist_formats, compiled_validator_for
from newsevents.validation.validator import Validator

CHECKER = jsonschema.Draft202012Validator.FORMAT_CHECKER
DATE = jsonschema_rs.Draft202012Validator({"type": "string", "pattern": DATE_PATTERN})


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


# --- the rewrite --------------------------------------------------------------------------------------------------

def _rewritten(schema: dict[str, Any]) -> dict[str, Any]:
    return rewrite_schemas({"f.schema.json": {"$id": "https://example.test/f.schema.json", **schema}})["f.schema.json"]


def test_the_rewrite_replaces_the_date_format_only() -> None:
    assert _rewritten({"type": "string", "format": "date"})["pattern"] == DATE_PATTERN
    beside = _rewritten({"type": "string", "format": "date", "pattern": "^2"})
    assert (beside["pattern"], beside["allOf"]) == ("^2", [{"pattern": DATE_PATTERN}])
    for kept in ("uri", "email"):
        assert _rewritten({"type": "string", "format": kept})["format"] == kept  # left to a callback


# --- which validators get a callback ------------------------------------------------------------------------------

def test_only_the_article_top_level_can_meet_a_format_in_the_shipped_set() -> None:
    """The article's url is the one ``format: uri``; no event type reaches a format, so no branch validator is
    given a callback."""
    fast, split = shipped_fastset("article")
    reach = FormatReach(fast)
    assert reach.reached(fast["article.schema.json"]) == {"uri"}
    (events,) = split
    assert {tag: reach.reached(branch, events.base) for tag, branch in events.branches.items()} == {
        tag: set() for tag in events.branches}


_BASE = "https://example.test/"
_LINKED = {
    "top.schema.json": {"$id": _BASE + "top.schema.json", "type": "object",
                        "properties": {"via": {"$ref": "middle.schema.json"}, "plain": {"$ref": "plain.schema.json"}}},
    "middle.schema.json": {"$id": _BASE + "middle.schema.json", "$ref": "link.schema.json#/$defs/link"},
    "link.schema.json": {"$id": _BASE + "link.schema.json", "$defs": {"link": {"type": "string", "format": "uri"}}},
    "plain.schema.json": {"$id": _BASE + "plain.schema.json", "type": "string", "format": "email"},
}


def test_formats_are_followed_through_refs_and_fragments() -> None:
    reach = FormatReach(_LINKED)
    assert reach.reached(_LINKED["middle.schema.json"]) == {"uri"}
    assert reach.reached(_LINKED["top.schema.json"]) == {"uri", "email"}
    assert reach.reached({"$ref": "plain.schema.json"}, _BASE) == {"email"}  # relative to the base given
    assert reach.reached({"type": "string"}) == set()


def test_what_cannot_be_followed_counts_every_format() -> None:
    reach = FormatReach(_LINKED)
    assert reach.reached({"$ref": "https://elsewhere.test/x.schema.json"}) == {"uri", "email"}
    nested = {"$id": _BASE + "n.schema.json", "properties": {"a": {"$id": _BASE + "inner.schema.json"}}}
    assert reach.reached(nested) == {"uri", "email"}


def test_a_uri_reached_through_a_ref_is_checked_as_jsonschema_checks_it() -> None:
    """A trailing newline after a uri passes rfc3986-validator (Python's ``$``) and fails jsonschema-rs's own
    uri check: the verdicts agree only if the validator was given the callback."""
    value = {"via": "https://example.org/a\n"}
    compiled = CompiledValidator("top", schemas=_LINKED)
    reference = jsonschema.Draft202012Validator(
        _LINKED["top.schema.json"], format_checker=CHECKER,
        registry=Registry().with_resources((s["$id"], DRAFT202012.create_resource(s)) for s in _LINKED.values()))
    assert compiled.is_valid(value) is reference.is_valid(value) is True
    assert compiled.is_valid({"via": "not a uri"}) is reference.is_valid({"via": "not a uri"}) is False


@pytest.mark.parametrize(("value", "valid"), [
    ({"when": "2024-02-29", "link": "https://example.org/a"}, True),
    ({"when": "2023-02-29", "link": "https://example.org/a"}, False),
    ({"when": "0000-01-01", "link": "https://example.org/a"}, False),
    ({"when": "2024-01-01", "link": "https://exa mple.org"}, False),
    ({"when": "2024-01-01", "link": "https://example.org/a\n"}, True),
])
def test_a_schema_of_ones_own_with_both_formats(value: dict[str, str], valid: bool) -> None:
    """A schema set given to the compiled validator gets the same rewrite and the same verdicts as jsonschema."""
    schema = {"$id": "https://example.test/own.schema.json", "type": "object",
              "properties": {"when": {"type": "string", "format": "date"},
                             "link": {"type": "string", "format": "uri"}}}
    compiled = CompiledValidator("own", schemas={"own.schema.json": schema})
    reference = jsonschema.Draft202012Validator(schema, format_checker=CHECKER)
    assert compiled.is_valid(value) is reference.is_valid(value) is valid


# --- a format on a plain top-level member is checked on its value -------------------------------------------------

def test_a_flat_root_member_gives_up_its_format_and_nothing_else() -> None:
    schema = {"type": "object", "properties": {
        "link": {"type": "string", "format": "uri", "maxLength": 40},
        "listed": {"type": "array", "items": {"type": "string", "format": "uri"}},  # nested: stays
        "named": {"$ref": "link.schema.json", "format": "uri"},  # refers elsewhere: stays
        "plain": {"type": "string"}}}
    top, hoisted = _hoist_formats(schema)
    assert hoisted == [("link", "uri")]
    assert top["properties"]["link"] == {"type": "string", "maxLength": 40}
    assert {name: top["properties"][name] for name in ("listed", "named", "plain")} == {
        name: schema["properties"][name] for name in ("listed", "named", "plain")}
    assert _hoist_formats({"type": "string", "format": "uri"}) == ({"type": "string", "format": "uri"}, [])


def test_the_article_url_is_checked_apart_and_no_shipped_validator_takes_a_callback() -> None:
    compiled = compiled_validator_for("article")
    assert [member for member, _ in compiled._hoisted] == ["url"]
    fast, _ = shipped_fastset("article")
    top, _ = _hoist_formats(fast["article.schema.json"])
    assert FormatReach(fast).reached(top) == set()


@pytest.mark.parametrize(("url", "valid"), [
    ("https://example.org/a", True),
    ("https://example.org/a\n", True),  # rfc3986-validator's verdict, which jsonschema-rs's own check refuses
    ("not a uri", False),
    ("https://exa mple.org", False),
    (5, False),
])
def test_the_article_url_gets_jsonschemas_verdict_and_its_place(url: Any, valid: bool) -> None:
    compiled = compiled_validator_for("article")
    doc = {**fixtures.data("seed-article"), "url": url}
    reference = Validator("article")
    assert compiled.is_valid(doc) is valid
    assert (reference.schema_problems(doc) == []) is valid
    assert compiled.error_paths(doc) == ([] if valid else [("url",)])
