"""A top-level list of union entries checked branch by branch keeps every verdict and every error place."""

from __future__ import annotations

from typing import Any

import pytest

from newsevents.schema.files import load_shipped_schemas
from newsevents.schema.rewrite import rewrite_schemas
from newsevents.schema.split import split_unions
from newsevents.validation.compiled import CompiledValidator
from newsevents.validation.reference import Reference

BASE = "https://example.org/s/"


def _schemas(*, second_use: bool = False) -> dict[str, dict[str, Any]]:
    """A tiny set: a top object with a list of ``a``/``b`` entries, and optionally a second use of the union."""
    def branch(tag: str, member: dict[str, Any]) -> dict[str, Any]:
        return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": f"{BASE}{tag}.schema.json",
                "type": "object", "required": ["type"], "additionalProperties": False,
                "properties": {"type": {"const": tag}, **member}}

    top: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": f"{BASE}top.schema.json",
        "type": "object", "additionalProperties": False,
        "properties": {"entries": {"type": "array", "items": {"$ref": "entry.schema.json"}}}}
    if second_use:
        top["properties"]["main"] = {"$ref": "entry.schema.json"}
    union = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": f"{BASE}entry.schema.json",
             "type": "object", "oneOf": [{"$ref": "a.schema.json"}, {"$ref": "b.schema.json"}]}
    return {"top.schema.json": top, "entry.schema.json": union,
            "a.schema.json": branch("a", {"n": {"type": "integer", "maximum": 3}}),
            "b.schema.json": branch("b", {"s": {"type": "string", "maxLength": 2}})}


DOCUMENTS: list[Any] = [
    {}, {"entries": []}, {"entries": [{"type": "a", "n": 2}, {"type": "b", "s": "xy"}]},
    {"entries": [{"type": "a", "n": 9}]}, {"entries": [{"type": "b", "s": "long"}, {"type": "a", "n": "x"}]},
    {"entries": [{"type": "c"}]}, {"entries": [{}]}, {"entries": [7, "a", None]}, {"entries": [{"type": 1}]},
    {"entries": [{"type": "a", "s": "x"}]}, {"entries": {"type": "a"}}, [], "top", {"entries": [[{"type": "a"}]]},
]


def test_the_article_events_are_split_by_tag() -> None:
    """The shipped article's events are checked per tag, one branch for every event type the union names."""
    fast = rewrite_schemas(load_shipped_schemas())
    reduced, members = split_unions(fast, "article.schema.json")
    assert [member.name for member in members] == ["events"]
    assert set(members[0].branches) == set(fast["event.schema.json"]["properties"]["type"]["enum"])
    assert "allOf" not in reduced["event.schema.json"] or all(
        "if" not in guard for guard in reduced["event.schema.json"]["allOf"])


def test_a_union_used_twice_is_not_split() -> None:
    """A union referred to from a second place keeps its branches: moving them out would change that verdict."""
    _, members = split_unions(rewrite_schemas(_schemas(second_use=True)), "top.schema.json")
    assert members == []
    _, members = split_unions(rewrite_schemas(_schemas()), "top.schema.json")
    assert [(m.name, sorted(m.branches)) for m in members] == [("entries", ["a", "b"])]


@pytest.mark.parametrize("document", DOCUMENTS, ids=[repr(d)[:40] for d in DOCUMENTS])
def test_split_verdicts_and_places_match_jsonschema(document: Any) -> None:
    """Branch by branch, the compiled validator gives jsonschema's verdict on the unsplit schemas, and every
    place jsonschema finds an error is among the places it reports."""
    schemas = _schemas()
    compiled = CompiledValidator("top", schemas)
    reference = Reference("top", schemas)
    verdict = reference.is_valid(document)
    assert compiled.is_valid(document) is verdict
    places = compiled.error_paths(document)
    assert bool(places) is not verdict
    for problem in reference.problems(document):
        assert any(tuple(problem.path[:len(place)]) == place for place in places), (problem.path, places)


def test_a_set_with_a_nested_id_is_not_split() -> None:
    """A subschema with an ``$id`` of its own changes where refs under it point, so such a set is left whole."""
    schemas = _schemas()
    schemas["a.schema.json"]["properties"]["n"] = {"$id": f"{BASE}inner/n.json", "type": "integer"}
    _, members = split_unions(rewrite_schemas(schemas), "top.schema.json")
    assert members == []


def test_the_generated_bounds_are_the_bounds_of_the_shipped_schemas() -> None:
    """Every type's bounds in schemas/bounds.json are what the schema set gives when worked out afresh."""
    from newsevents.schema.bounds import schema_bounds, shipped_bounds

    schemas = load_shipped_schemas()
    for name in schemas:
        type_name = name.removesuffix(".schema.json")
        assert shipped_bounds(type_name) == schema_bounds(schemas, name), type_name


def test_bounds_are_worked_out_for_another_schema_set() -> None:
    """A validator for a schema set of one's own never takes the shipped bounds: it works its own out."""
    schemas = _schemas()
    schemas["a.schema.json"]["properties"]["n"] = {"type": "integer"}  # unbounded: numbers no longer safe
    compiled = CompiledValidator("top", schemas)
    assert compiled.bounds.safe_numbers is False
    assert compiled.bounds.depth == 3
