"""All layers in one pass: a document the schema refuses still gets the checks that can run on its raw data."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsevents as ne
from newsevents import fixtures
from newsevents.cli import main
from newsevents.validation.rawchecks import _members, _references, _span, _walk


def _seed() -> dict[str, Any]:
    return copy.deepcopy(fixtures.data("seed-article"))


def _faulty() -> dict[str, Any]:
    """The seed with one schema fault and three faults only the semantic checks see."""
    data = _seed()
    data["langauge"] = data.pop("language")  # schema: unknown member, required member missing
    data["events"][0]["trigger"]["text"] = "xx"  # span text not the body's
    data["events"][0]["participants"][0]["ref"] = "nobody"  # reference to nothing
    data["places"].append(copy.deepcopy(data["places"][0]))  # a repeated id
    return data


def test_schema_and_semantic_problems_in_one_run() -> None:
    """The schema problems come first, then the raw-data checks' problems, each with its layer and path."""
    data = _faulty()
    found = [(p.json_path, p.check, p.layer) for p in ne.validate(data)]
    assert found[:2] == [("$.langauge", "additionalProperties", "schema"), ("$.language", "required", "schema")]
    assert set(found[2:]) == {
        (f"$.places[{len(data['places']) - 1}].id", "unique-id", "semantic"),
        ("$.events[0].participants[0].ref", "reference-resolves", "semantic"),
        ("$.events[0].trigger.text", "span-matches-body", "semantic"),
    }


def test_raw_checks_word_their_problems_as_the_checks_do() -> None:
    """A span fault found on raw data reads exactly as the same fault found on a loaded article."""
    data = _seed()
    data["events"][0]["trigger"]["text"] = "xx"
    loaded = [str(p) for p in ne.validate(data)]
    data["langauge"] = "en"
    raw = [str(p) for p in ne.validate(data) if p.layer == "semantic"]
    assert raw == loaded


def test_a_place_the_schema_already_faults_gets_no_second_problem() -> None:
    """A reference that breaks its pattern is the schema's to report, not also a dangling reference."""
    data = _seed()
    data["events"][0]["participants"][0]["ref"] = "1 bad id"
    problems = ne.validate(data)
    assert [(p.json_path, p.layer) for p in problems] == [("$.events[0].participants[0].ref", "schema")]


def test_data_of_the_wrong_shape_is_left_to_the_schema() -> None:
    """Spans, ids and references of the wrong JSON type are skipped by the raw checks without error."""
    data = _seed()
    data["events"][0]["trigger"] = {"start": "1", "end": None, "text": 3}
    data["actors"][0]["id"] = 7
    data["events"] = data["events"] + ["not an event", {"type": "unheard_of"}]
    assert all(p.layer == "schema" for p in ne.validate(data))
    assert ne.validate(["not", "an", "article"])[0].layer == "schema"


def test_other_types_get_schema_problems_only() -> None:
    """Only an article has the entries that references name, so other types are not raw-checked."""
    actor = {"id": "x", "kind": "person", "name": "X", "location": "nowhere", "langauge": "en"}
    assert [p.layer for p in ne.validate(actor, type="actor")] == ["schema"]


@pytest.mark.parametrize("output", ["text", "json"])
def test_the_cli_shows_every_layer_in_one_run(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                              output: str) -> None:
    """newsevents validate reports schema and semantic problems of one refused document together."""
    path = tmp_path / "article.json"
    path.write_text(json.dumps(_faulty(), indent=2), encoding="utf-8")
    assert main(["validate", "-o", output, str(path)]) == 1
    out = capsys.readouterr().out
    assert "schema" in out
    assert "reference-resolves" in out
    assert "span-matches-body" in out


_VALUES = st.one_of(st.integers(-2, 14), st.text(alphabet="ab1", max_size=3), st.none(), st.booleans())


@given(start=_VALUES, end=_VALUES, text=_VALUES, body=st.one_of(st.none(), st.text(alphabet="ab ", max_size=12)))
def test_the_raw_walk_says_of_a_span_what_the_span_check_says(start: Any, end: Any, text: Any,
                                                               body: str | None) -> None:
    """Whatever a span dict holds, the walk reports for it exactly the span check's problems."""
    span = {"start": start, "end": end, "text": text}
    assert list(_walk(span, ne.Span, ("s",), {}, body)) == list(_span(span, ("s",), body))


@given(ref=st.one_of(st.sampled_from(["a1", "p1", "nobody", "publication"]), st.integers(0, 3), st.none()))
def test_the_raw_walk_says_of_a_reference_what_the_reference_check_says(ref: Any) -> None:
    """Whatever a reference holds, the walk reports for it exactly the reference check's problems."""
    kinds = {"a1": "actor", "p1": "place"}
    participant = {"ref": ref, "role": "agent"}
    walked = [p.check for p in _walk(participant, ne.Participant, ("p",), kinds, None)]
    allowed = _members(ne.Participant)["ref"].refers_to
    expected = [p.check for p in _references(ref, ("p", "ref"), allowed, kinds)] if ref is not None else []
    assert walked == expected
