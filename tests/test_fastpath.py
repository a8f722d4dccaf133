"""The compiled fast path agrees with jsonschema on the shipped schemas, verdict for verdict and problem for problem.

jsonschema-rs checks rewritten schemas (`newsevents.schema.rewrite`) with jsonschema's format functions;
jsonschema checks the shipped files. These tests compare the two over every example and over Hypothesis values
and mutations, and compare the localised explanations (`newsevents.validation.explain`) with jsonschema's
explanation of the whole document (`newsevents.validation.reference`).
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsevents
from newsevents import strategies
from newsevents.datamodel.catalog import model_classes
from newsevents.feed.strictjson import MAX_DEPTH
from newsevents.schema.bounds import schema_bounds
from newsevents.schema.files import load_shipped_schemas
from newsevents.schema.rewrite import rewrite_schemas
from newsevents.validation.compiled import CompiledValidator, OfflineError, compiled_validator_for
from newsevents.validation.explain import explainer_for
from newsevents.validation.reference import Reference, reference_for

from ._feeds import examples, valid_doc
from ._independent import containers
from ._server import Recorder

SCHEMAS = load_shipped_schemas()
TYPES = sorted(model_classes())
BOUNDED = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def agree(type_: str, doc: Any) -> None:
    """Assert the fast verdict equals jsonschema's, and the localised problems are jsonschema's problems."""
    reference = reference_for(type_)
    fast = compiled_validator_for(type_)
    verdict = reference.is_valid(doc)
    assert fast.is_valid(doc) is verdict
    if verdict:
        return
    local = explainer_for(type_).problems(doc, fast.error_paths(doc))
    whole = reference.problems(doc)
    assert local, "an invalid document always gets at least one problem"
    assert local == whole


def _cases() -> list[tuple[str, str, Any]]:
    found = [(f"valid/{name}", "article", doc) for name, doc in examples("valid").items()]
    for name, case in examples("invalid").items():
        found.append((f"invalid/{name}", "article", case))
    return found


@pytest.mark.parametrize(("name", "type_", "doc"), _cases(), ids=[c[0] for c in _cases()])
def test_examples_agree(name: str, type_: str, doc: Any) -> None:
    """Every example gets the same verdict and the same problems from both validators."""
    agree(type_, doc)


def test_the_fixture_agrees() -> None:
    """The seed article is valid for both (the compiled validator follows every kind of $ref in it)."""
    from newsevents import fixtures

    agree("article", fixtures.data("seed-article"))


# --- mutations ------------------------------------------------------------------------------------------------

# Values chosen to sit on the edges where two validators could differ: regex anchors and newlines, calendar
# dates, URIs, Unicode digits, integer-valued floats, bounds, booleans as numbers, empty and long strings.
EDGE_VALUES: list[Any] = [
    None, True, False, 0, -1, 1, 3.0, 3.5, 1e15, 1e15 + 2, -1e15 - 2, 2**53, 999999999, 1000000000, 90, 90.5,
    "", " ", "a", "a\n", "\na", "ab\n\n", "x" * 129, "x" * 1001, "é" * 30, "2024-02-29", "2023-02-29", "2024-13-01",
    "0000-01-01", "2024-1-01", "٢٠٢٤-٠١-٠١", "2024-01-01\n", "2024-Q1", "2024-Q5", "199X", "19XX", "2024-W01",
    "2024-01-01T10:00Z", "https://example.org/a", "https://example.org/a b", "http://[::1]/", "ftp://x", "not a uri",
    "https://example.org/\u00e9", "en", "en-GB", "EN", "zh-Hant-TW", "transfer", "quote", "statement", "bogus",
    "Q42", "Q0", "USD", "usd", [], {}, [None], ["a", "a"], [1, 1.0], {"type": "transfer"},
]
_EVENT_TAGS = ["transfer", "meeting", "policy_change", "quote", "statement", "protest", "bogus"]


edge_values = st.sampled_from(EDGE_VALUES).map(copy.deepcopy)  # fresh copies: mutations must not share them


@st.composite
def mutated(draw: st.DrawFn, doc: Any) -> Any:
    """``doc`` with one to three changes at random places: a value replaced by an edge value, a member dropped or
    added, an item appended, or a tagged object retagged."""
    doc = copy.deepcopy(doc)
    for _ in range(draw(st.integers(1, 3))):
        _, node = draw(st.sampled_from(containers(doc)))
        if isinstance(node, list):
            if node and draw(st.booleans()):
                node[draw(st.integers(0, len(node) - 1))] = draw(edge_values)
            else:
                node.append(draw(edge_values))
            continue
        action = draw(st.sampled_from(["replace", "drop", "add", "retag"] if node else ["add"]))
        if action == "replace":
            node[draw(st.sampled_from(sorted(node)))] = draw(edge_values)
        elif action == "drop":
            del node[draw(st.sampled_from(sorted(node)))]
        elif action == "add":
            node[draw(st.sampled_from(["zz", "$ref", "type", "id", "text", "value"]))] = draw(edge_values)
        else:
            node["type"] = draw(st.sampled_from(_EVENT_TAGS))
    return doc


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_articles_agree(data: st.DataObject) -> None:
    """Mutations of the valid example articles get the same verdict and problems from both validators."""
    base = data.draw(st.sampled_from(sorted(examples("valid").items())))[1]
    agree("article", data.draw(mutated(base)))


@pytest.mark.parametrize("type_", TYPES)
@BOUNDED
@given(data=st.data())
def test_generated_and_mutated_values_agree(type_: str, data: st.DataObject) -> None:
    """For every model type, generated values and their mutations get the same verdict and problems."""
    value = newsevents.unstructure(data.draw(strategies.from_model(model_classes()[type_])))
    agree(type_, value)
    agree(type_, data.draw(mutated(value)) if isinstance(value, dict | list) else value)


# --- formats --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31", "2024-00-10",
                                   "2024-1-1", "٢٠٢٤-٠١-٠١", "2024-01-01T00:00:00Z", "20240101", ""])
def test_date_format_agrees(value: str) -> None:
    """`format: date` accepts exactly the strings jsonschema's date check accepts (year 0000 included)."""
    schemas = {"d.schema.json": {"$id": "https://example.test/d.schema.json", "type": "string", "format": "date"}}
    reference = Reference("d", schemas=schemas).is_valid(value)
    assert CompiledValidator("d", schemas=schemas).is_valid(value) is reference


@pytest.mark.parametrize("value", ["https://example.org/a", "https://example.org/a b", "http://[::1]:80/x",
                                   "https://exa mple.org", "mailto:x@example.org", "//example.org", "relative/path",
                                   "https://example.org/\u00e9", "https://example.org/%zz", "urn:isbn:0451450523"])
def test_uri_format_agrees(value: str) -> None:
    """`format: uri` accepts exactly the strings jsonschema's uri check accepts."""
    schemas = {"u.schema.json": {"$id": "https://example.test/u.schema.json", "type": "string", "format": "uri"}}
    reference = Reference("u", schemas=schemas).is_valid(value)
    assert CompiledValidator("u", schemas=schemas).is_valid(value) is reference


# --- the rewrites keep their preconditions ----------------------------------------------------------------------

def _pattern_after_rewrite(pattern: str) -> str:
    schema = {"$id": "https://example.test/p.schema.json", "type": "string", "pattern": pattern}
    return str(rewrite_schemas({"p.schema.json": schema})["p.schema.json"]["pattern"])


@pytest.mark.parametrize(("pattern", "expected"), [
    ("^[a-z]+$(?!\\n)", "^[a-z]+$"),
    ("^a\\$(?!\\n)", "^a\\$(?!\\n)"),  # an escaped dollar is a literal: keep the lookahead
    ("^a\\\\$(?!\\n)", "^a\\\\$"),  # an escaped backslash before an anchor: drop it
    ("(?m)^a$(?!\\n)", "(?m)^a$(?!\\n)"),  # multi-line mode changes what $ means: leave alone
    ("^a$", "^a$"),
])
def test_the_lookahead_is_dropped_only_after_an_end_anchor(pattern: str, expected: str) -> None:
    """`$(?!\\n)` loses its lookahead only where `$` is an unescaped end anchor outside multi-line mode."""
    assert _pattern_after_rewrite(pattern) == expected


def test_trailing_newlines_are_rejected_by_both() -> None:
    """An id with a trailing newline fails the id pattern in both validators (the point of the lookahead)."""
    doc = dict(valid_doc(), id="article\n")
    agree("article", doc)
    assert not compiled_validator_for("article").is_valid(doc)


def test_a_union_with_repeated_tags_is_left_alone() -> None:
    """A oneOf whose branches share a tag is not rewritten: 'exactly one' would then differ from 'the tagged one'."""
    base = "https://example.test/"
    branch = {"$id": base + "b.schema.json", "type": "object", "required": ["type"],
              "properties": {"type": {"const": "x"}}}
    union = {"$id": base + "u.schema.json", "oneOf": [{"$ref": "b.schema.json"}, {"$ref": "b.schema.json"}]}
    rewritten = rewrite_schemas({"b.schema.json": branch, "u.schema.json": union})["u.schema.json"]
    assert rewritten == union
    schemas = {"b.schema.json": branch, "u.schema.json": union}
    assert CompiledValidator("u", schemas=schemas).is_valid({"type": "x"}) is False  # both branches match


def test_an_enum_oneof_is_dropped_only_when_it_says_the_same() -> None:
    """A oneOf of consts beside an enum is dropped only when both list the same distinct strings."""
    same = {"$id": "https://example.test/e.schema.json", "enum": ["a", "b"], "oneOf": [{"const": "a"}, {"const": "b"}]}
    other = {**same, "oneOf": [{"const": "a"}, {"const": "c"}]}
    assert "oneOf" not in rewrite_schemas({"e.schema.json": same})["e.schema.json"]
    assert rewrite_schemas({"e.schema.json": other})["e.schema.json"]["oneOf"] == other["oneOf"]


def test_rewritten_schemas_keep_property_names_that_look_like_keywords() -> None:
    """Annotations are dropped from schema objects only, not from `properties` named like them."""
    schema = {"$id": "https://example.test/t.schema.json", "type": "object", "description": "x",
              "properties": {"title": {"type": "string"}, "default": {"type": "integer"}},
              "required": ["title"], "additionalProperties": False}
    rewritten = rewrite_schemas({"t.schema.json": schema})["t.schema.json"]
    assert "description" not in rewritten
    assert rewritten["properties"] == schema["properties"]


# --- depth and offline ----------------------------------------------------------------------------------------

def test_the_article_schema_bounds_depth_within_the_reader_limit() -> None:
    """A valid article cannot nest deeper than the reader's limit, so valid records need no depth walk."""
    bounds = schema_bounds(SCHEMAS, "article.schema.json")
    assert bounds.depth is not None
    assert bounds.depth <= MAX_DEPTH


def test_recursive_and_open_schemas_have_no_depth_bound() -> None:
    """A schema that refers to itself, or leaves objects open, does not bound depth."""
    recursive = {"$id": "https://example.test/r.schema.json", "type": "array", "items": {"$ref": "r.schema.json"}}
    open_object = {"$id": "https://example.test/o.schema.json", "type": "object"}
    assert schema_bounds({"r.schema.json": recursive}, "r.schema.json").depth is None
    assert schema_bounds({"o.schema.json": open_object}, "o.schema.json").depth is None


def test_every_number_an_article_can_hold_is_safe() -> None:
    """The article schema bounds every number within ±(2^53 - 1); an unbounded number slot is unsafe."""
    assert schema_bounds(SCHEMAS, "article.schema.json").safe_numbers
    loose = {"$id": "https://example.test/n.schema.json", "type": "object", "additionalProperties": False,
             "properties": {"n": {"type": "integer", "minimum": 0}}}
    assert not schema_bounds({"n.schema.json": loose}, "n.schema.json").safe_numbers


def test_the_compiled_validator_never_fetches(server: str) -> None:
    """A schema whose $ref points at a live server is refused by the compiled validator; no request arrives."""
    schemas = dict(SCHEMAS)
    span = copy.deepcopy(schemas["span.schema.json"])
    span["properties"]["text"] = {"$ref": f"{server}/text.schema.json"}
    schemas["span.schema.json"] = span
    with pytest.raises((OfflineError, ValueError, Exception), match=r"text\.schema\.json"):
        CompiledValidator("span", schemas=schemas).is_valid({"start": 0, "end": 1, "text": "x"})
    assert Recorder.hits == []
