"""No code path fetches anything: references resolve from the shipped schemas only."""

from __future__ import annotations

import pytest

import newsevents
from newsevents.schema.files import load_shipped_schemas
from newsevents.validation.reference import Reference

from ._server import Recorder


def test_the_recorder_does_record(server: str) -> None:
    """The server used below really sees requests (so zero hits later means zero requests)."""
    import urllib.request

    with urllib.request.urlopen(f"{server}/probe.json", timeout=5) as response:
        assert response.status == 200
    assert Recorder.hits == ["/probe.json"]


def test_a_remote_ref_in_a_schema_is_refused_not_fetched(server: str) -> None:
    """A schema set whose $ref points at a live server is refused by the validator (when it is built) and by the
    jsonschema reference (when it follows the ref), and the server sees no request."""
    schemas = dict(load_shipped_schemas())
    evil = dict(schemas["span.schema.json"])
    evil["properties"] = dict(evil["properties"], text={"$ref": f"{server}/text.schema.json"})
    schemas["span.schema.json"] = evil
    with pytest.raises(Exception, match=r"text\.schema\.json"):
        newsevents.Validator("span", schemas=schemas).validate({"start": 0, "end": 1, "text": "x"})
    with pytest.raises(Exception, match=r"text\.schema\.json"):
        Reference("span", schemas=schemas).problems({"start": 0, "end": 1, "text": "x"})
    assert Recorder.hits == []


def test_ref_and_schema_members_in_data_are_not_followed(server: str) -> None:
    """`$ref`/`$schema` pointing at the server inside a document are reported, never requested."""
    doc = {"$schema": f"{server}/article.schema.json", "id": "a", "headline": "h", "language": "en", "body": "b",
           "actors": [{"$ref": f"{server}/actor.json", "id": "x", "kind": "state", "name": "X"}]}
    problems = newsevents.validate(doc)
    checks = {(p.json_path, p.check) for p in problems}
    assert ("$['$schema']", "pattern") in checks
    assert ("$.actors[0]['$ref']", "additionalProperties") in checks
    assert Recorder.hits == []


def test_every_shipped_ref_resolves_offline() -> None:
    """Validating the fixture touches every kind of $ref without needing anything beyond the shipped files."""
    from newsevents import fixtures

    assert newsevents.validate(fixtures.data("seed-article")) == []
