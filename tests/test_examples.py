"""The example suites: valid documents pass, each invalid one fails exactly where it says, in two validators."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsevents

from ._independent import rust_validator
from ._paths import EXAMPLES

VALID = sorted((EXAMPLES / "valid").glob("*.json"))
INVALID = sorted((EXAMPLES / "invalid").glob("*.json"))


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_suites_are_not_empty() -> None:
    """There are valid and invalid examples to run (a glob that matched nothing would pass vacuously)."""
    assert len(VALID) >= 3
    assert len(INVALID) >= 25


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_example_passes(path: Path) -> None:
    """A valid example has no problems: schema, loader and semantic checks."""
    assert newsevents.validate(_load(path)) == []


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_example_passes_the_independent_validator(path: Path) -> None:
    """jsonschema-rs agrees that the valid example is valid."""
    assert rust_validator().is_valid(_load(path))


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_example_round_trips(path: Path) -> None:
    """Loading and writing a valid example gives back the same JSON."""
    data = _load(path)
    assert newsevents.unstructure(newsevents.structure(data, newsevents.Article)) == data


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_example_fails_where_it_says(path: Path) -> None:
    """Each invalid example yields the problems it names (path, check, layer) and no others."""
    case = _load(path)
    problems = newsevents.validate(case["instance"], type=case["type"])
    found = {(p.json_path, p.check, p.layer) for p in problems}
    expected = {(e["path"], e["check"], e["layer"]) for e in case["expect"]}
    assert expected <= found, [str(p) for p in problems]
    # Semantic examples may trip a second check (a renamed id leaves a dangling reference); schema ones not.
    if all(e["layer"] == "schema" for e in case["expect"]):
        assert found == expected, [str(p) for p in problems]
    severities = {(p.json_path, p.check): p.severity for p in problems}
    for e in case["expect"]:
        assert severities[(e["path"], e["check"])] == e.get("severity", "error")
    for problem in problems:
        assert problem.message
        assert len(problem.message) < 300


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_example_same_verdict_in_the_independent_validator(path: Path) -> None:
    """jsonschema-rs rejects the schema-layer examples and accepts the semantic-layer ones, as jsonschema does."""
    case = _load(path)
    schema_layer = any(e["layer"] == "schema" for e in case["expect"])
    assert rust_validator(case["type"]).is_valid(case["instance"]) is not schema_layer


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_example_is_refused_by_the_loader_too(path: Path) -> None:
    """ensure_valid raises ValidationFailed carrying the same problems (and accepts a document with warnings only)."""
    case = _load(path)
    if all(e.get("severity") == "warning" for e in case["expect"]):
        assert newsevents.ensure_valid(case["instance"], type=case["type"]) is not None
        return
    with pytest.raises(newsevents.ValidationFailed) as info:
        newsevents.ensure_valid(case["instance"], type=case["type"])
    assert {(p.json_path, p.check) for p in info.value.problems} >= {(e["path"], e["check"]) for e in case["expect"]}


def test_valid_examples_of_every_released_version_still_pass() -> None:
    """Examples written for any 1.x version (named in their $schema) validate against the current schemas."""
    versions = {_load(path)["$schema"] for path in VALID}
    assert versions, "valid examples must name their schema version"
    for path in VALID:
        data = _load(path)
        assert data["$schema"].startswith("https://newsevents.dev/schemas/1."), path.name
        assert newsevents.validate(data) == [], path.name
