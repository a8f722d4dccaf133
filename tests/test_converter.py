"""The converter is strict: it accepts what the JSON Schema accepts, and nothing is silently coerced."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import newsevents
from newsevents import (
    ARTICLE_SCHEMA_ID,
    Actor,
    ActorKind,
    Article,
    Attribution,
    Coordinates,
    Event,
    Identifiers,
    Place,
    PlaceKind,
    Problem,
    Quantity,
    Span,
    Time,
    ValidationFailed,
    converter,
    structure,
    unstructure,
)


def _problems(data: Any, cls: type[Any]) -> list[Problem]:
    """The problems structuring ``data`` as ``cls`` reports (it must fail)."""
    with pytest.raises(ValidationFailed) as caught:
        structure(data, cls)
    return list(caught.value.problems)


def _only(data: Any, cls: type[Any]) -> Problem:
    """The single problem structuring ``data`` as ``cls`` reports."""
    problems = _problems(data, cls)
    assert len(problems) == 1, problems
    return problems[0]


def _span(**changes: Any) -> dict[str, Any]:
    return {"start": 0, "end": 5, "text": "Tokyo", **changes}


def _article(**changes: Any) -> dict[str, Any]:
    return {"id": "a1", "headline": "Japan to send missiles", "language": "en", "body": "Tokyo said.", **changes}


def _event(**changes: Any) -> dict[str, Any]:
    return {"type": "transfer", "id": "ev1", "realis": "announced", **changes}


# Types: no coercion


def test_string_digits_are_not_an_integer() -> None:
    """"3" is refused where an integer is expected."""
    problem = _only(_span(start="3"), Span)
    assert (problem.path, problem.check) == (("start",), "type")


def test_integer_is_not_a_string() -> None:
    """3 is refused where a string is expected, rather than becoming "3"."""
    problem = _only(_span(text=3), Span)
    assert (problem.path, problem.check) == (("text",), "type")


def test_boolean_is_not_an_integer() -> None:
    """true is refused where an integer is expected, although bool is an int in Python."""
    problem = _only(_span(start=True), Span)
    assert (problem.path, problem.check) == (("start",), "type")


def test_boolean_is_not_a_number() -> None:
    """true is refused where a number is expected."""
    problem = _only({"value": True}, Quantity)
    assert (problem.path, problem.check) == (("value",), "type")


def test_integral_float_is_an_integer() -> None:
    """3.0 is accepted for an integer (JSON does not tell 3 from 3.0) and becomes the int 3."""
    span = structure(_span(start=0.0, end=5.0), Span)
    assert type(span.start) is int
    assert (span.start, span.end) == (0, 5)


def test_null_is_refused_with_advice_to_leave_the_member_out() -> None:
    """An explicit null for an optional member is refused, and the message says to leave the member out."""
    problem = _only({"id": "tokyo", "name": "Tokyo", "kind": "city", "country_code": None}, Place)
    assert (problem.path, problem.check) == (("country_code",), "type")
    assert "leave this optional member out" in problem.message


def test_none_never_becomes_the_string_none() -> None:
    """None is refused for a string on the way in and omitted on the way out; it never turns into "None"."""
    with pytest.raises(TypeError):
        converter.structure(None, str)
    data = unstructure(Place(id="tokyo", name="Tokyo", kind=PlaceKind.CITY, country_code=None))
    assert "country_code" not in data
    assert "None" not in repr(data)


def test_nan_is_refused() -> None:
    """NaN is not a number JSON can carry, so it is refused."""
    problem = _only({"value": float("nan")}, Quantity)
    assert (problem.path, problem.check) == (("value",), "type")


@pytest.mark.parametrize("infinity", [float("inf"), float("-inf")])
def test_infinity_is_refused(infinity: float) -> None:
    """Infinities are refused, for float fields as for int-or-float ones."""
    problem = _only({"latitude": infinity, "longitude": 0.0}, Coordinates)
    assert (problem.path, problem.check) == (("latitude",), "type")
    assert _only({"value": infinity}, Quantity).path == ("value",)


def test_string_is_not_split_into_an_array() -> None:
    """A string where an array is expected is refused, not turned into a tuple of its characters."""
    problem = _only({"id": "jp", "kind": "state", "name": "Japan", "aliases": "Tokyo"}, Actor)
    assert (problem.path, problem.check) == (("aliases",), "type")


def test_naive_datetime_is_refused_on_structure() -> None:
    """A date-time without a UTC offset is refused when read."""
    with pytest.raises(TypeError, match="no UTC offset"):
        converter.structure("2024-01-01T00:00:00", dt.datetime)


def test_naive_datetime_is_refused_on_unstructure() -> None:
    """A naive datetime cannot be written, so no offset-less date-time is ever emitted."""
    with pytest.raises(ValueError, match="timezone"):
        converter.unstructure(dt.datetime(2024, 1, 1))


def test_aware_datetime_round_trips() -> None:
    """An aware datetime is written with its offset and read back equal (the positive case of the two above)."""
    moment = dt.datetime(2024, 1, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    text = converter.unstructure(moment)
    assert text == "2024-01-01T09:30:00+09:00"
    assert converter.structure(text, dt.datetime) == moment


def test_malformed_date_is_refused() -> None:
    """A date must be YYYY-MM-DD and a real calendar day."""
    assert _only({"earliest": "2024-02-30"}, Time).check == "format"
    assert _only({"earliest": "24-01-01"}, Time).check == "format"


# Members


def test_unknown_member_is_rejected() -> None:
    """A member the model does not declare is rejected, at its own path."""
    problem = _only(_span(offset=3), Span)
    assert (problem.path, problem.check) == (("offset",), "additionalProperties")


def test_unknown_nested_member_is_rejected_at_its_path() -> None:
    """An unknown member deep in an article is reported with the full path to it."""
    data = _article(actors=[{"id": "jp", "kind": "state", "name": "Japan", "nickname": "Nippon"}])
    problem = _only(data, Article)
    assert (problem.json_path, problem.check) == ("$.actors[0].nickname", "additionalProperties")


def test_missing_required_member() -> None:
    """A required member that is missing is reported as such, at its path."""
    problem = _only({"start": 0, "end": 5}, Span)
    assert (problem.path, problem.check) == (("text",), "required")


def test_unknown_event_type_is_rejected() -> None:
    """An event whose type tag is not registered is rejected at its "type" member."""
    problem = _only(_article(events=[_event(type="cyber_attack")]), Article)
    assert (problem.json_path, problem.check) == ("$.events[0].type", "const")
    assert "cyber_attack" in problem.message


def test_missing_event_type_is_rejected() -> None:
    """An event without a type tag is reported as missing a required member, at the event."""
    problem = _only(_article(events=[{"id": "ev1", "realis": "announced"}]), Article)
    assert (problem.json_path, problem.check) == ("$.events[0]", "required")
    assert '"type"' in problem.message


def test_type_tag_must_match_the_class_asked_for() -> None:
    """Structuring as a concrete event class checks that the tag names that class."""
    problem = _only(_event(type="meeting"), newsevents.Transfer)
    assert (problem.path, problem.check) == (("type",), "const")


def test_bad_enum_value() -> None:
    """A value outside a closed vocabulary is rejected with the enum check."""
    problem = _only(_article(events=[_event(realis="probably")]), Article)
    assert (problem.json_path, problem.check) == ("$.events[0].realis", "enum")


def test_bad_pattern() -> None:
    """A string that does not match the declared pattern is rejected with the pattern check."""
    problem = _only({"id": "1st-actor", "kind": "state", "name": "Japan"}, Actor)
    assert (problem.path, problem.check) == (("id",), "pattern")


def test_trailing_newline_does_not_satisfy_a_pattern() -> None:
    """An id with a trailing newline is refused, as an ECMAScript pattern in the JSON Schema would."""
    assert _only({"id": "jp\n", "kind": "state", "name": "Japan"}, Actor).check == "pattern"


def test_empty_string_is_too_short() -> None:
    """Strings have a minimum length of one unless declared otherwise."""
    problem = _only({"id": "jp", "kind": "state", "name": ""}, Actor)
    assert (problem.path, problem.check) == (("name",), "minLength")


def test_long_string_is_too_long() -> None:
    """A string over its declared maximum length is rejected with the maxLength check."""
    problem = _only({"iso3166_1": "JPN"}, Identifiers)
    assert (problem.path, problem.check) == (("iso3166_1",), "maxLength")


def test_too_few_items() -> None:
    """An array under its declared minimum number of items is rejected with the minItems check."""
    problem = _only({"chain": []}, Attribution)
    assert (problem.path, problem.check) == (("chain",), "minItems")


def test_repeated_items_are_refused_where_unique() -> None:
    """An array declared unique may not repeat an item."""
    problem = _only({"id": "jp", "kind": "state", "name": "Japan", "aliases": ["Tokyo", "Tokyo"]}, Actor)
    assert (problem.path, problem.check) == (("aliases",), "uniqueItems")


def test_number_below_minimum() -> None:
    """A number under its declared minimum is rejected with the minimum check."""
    problem = _only(_span(start=-1), Span)
    assert (problem.path, problem.check) == (("start",), "minimum")


def test_every_type_problem_is_reported_at_once() -> None:
    """Problems in several members are all reported, not just the first."""
    problems = _problems({"start": "0", "end": "5", "text": 5}, Span)
    assert sorted(p.path for p in problems) == [("end",), ("start",), ("text",)]


# Output


def test_defaults_are_omitted_in_output() -> None:
    """Members equal to their default (None, false, empty, the default status) are left out of the output."""
    assert unstructure(Time()) == {}
    quantity = Quantity(value=3, approximate=False, evidence=())
    assert unstructure(quantity) == {"value": 3}


def test_schema_member_is_always_emitted() -> None:
    """An article's $schema member is written even though it equals its default."""
    article = Article(id="a1", headline="h", language="en", body="b")
    data = unstructure(article)
    assert data["$schema"] == ARTICLE_SCHEMA_ID
    assert next(iter(data)) == "$schema"


def test_schema_member_is_optional_on_input() -> None:
    """An article without $schema reads as following the current schema."""
    assert structure(_article(), Article).schema == ARTICLE_SCHEMA_ID


def test_event_output_carries_its_type_tag() -> None:
    """An event is written with its "type" tag first, and read back as the same class."""
    event = structure(_event(), Event)
    data = unstructure(event)
    assert next(iter(data.items())) == ("type", "transfer")
    assert structure(data, Event) == event


def test_enum_values_are_written_as_plain_strings() -> None:
    """Vocabulary members are written as their string values, not as enum reprs."""
    data = unstructure(Actor(id="jp", kind=ActorKind.STATE, name="Japan"))
    assert type(data["kind"]) is str
    assert data["kind"] == "state"


# Paths


def test_problem_path_and_pointer_reach_the_member() -> None:
    """A problem deep in an article carries its JSON path and JSON Pointer."""
    participants = [{"role": "agent", "ref": "jp"}, {"role": "boss", "ref": "us"}]
    problem = _only(_article(events=[_event(participants=participants)]), Article)
    assert problem.path == ("events", 0, "participants", 1, "role")
    assert problem.json_path == "$.events[0].participants[1].role"
    assert problem.pointer == "/events/0/participants/1/role"
    assert problem.layer == "structure"


def test_path_quotes_a_member_name_that_is_not_an_identifier() -> None:
    """The $schema member is written with bracket notation in a JSON path and escaped in a pointer."""
    problem = _only({**_article(), "$schema": "https://example.org/article.schema.json"}, Article)
    assert problem.json_path == "$['$schema']"
    assert problem.pointer == "/$schema"
    assert problem.check == "pattern"


def test_hooks_on_the_public_converter_do_not_change_validation() -> None:
    """A user's hook on `newsevents.converter` changes that converter only, not structure() or validate()."""
    from newsevents import fixtures

    data = fixtures.data("seed-article")
    converter.register_structure_hook(str, lambda value, _: str(value))
    try:
        assert converter.structure(3, str) == "3"  # the user's hook is live on the public converter
        with pytest.raises(ValidationFailed):
            structure(3, str)
        broken = dict(data, headline=3)
        assert [p.check for p in newsevents.validate(broken)] == ["type"]
        assert newsevents.validate(data) == []
    finally:
        converter.register_structure_hook(str, newsevents.make_converter().get_structure_hook(str))
    with pytest.raises(TypeError, match="expected a string"):
        converter.structure(3, str)


def test_constructor_errors_name_the_member_and_are_public() -> None:
    """Building an object with a bad value raises newsevents.ConstraintViolation naming the member, keyword and
    message as data, and in its text."""
    with pytest.raises(newsevents.ConstraintViolation) as caught:
        newsevents.Actor(id="a", kind="state", name="X")  # type: ignore[arg-type]
    assert str(caught.value) == "kind: expected ActorKind, got 'state'"
    assert (caught.value.path, caught.value.keyword) == (("kind",), "type")
    with pytest.raises(newsevents.ConstraintViolation, match=r"^start: -1 is less than the minimum of 0$"):
        Span(start=-1, end=2, text="xy")
    assert issubclass(newsevents.ConstraintViolation, ValueError)


def test_misspelt_members_and_values_get_the_closest_name() -> None:
    """An unknown member or enum value close to a known one is answered with "did you mean", in the schema layer
    and in the strict loader alike; a name close to nothing gets no guess."""
    from newsevents import fixtures

    data = fixtures.data("seed-article")
    data["langauge"] = data.pop("language")
    data["events"][0]["realis"] = "ocurred"
    messages = {p.json_path: p.message for p in newsevents.validate(data)}
    assert messages["$.langauge"].endswith("; did you mean 'language'?")
    assert messages["$.events[0].realis"].endswith("; did you mean 'occurred'?")
    with pytest.raises(ValidationFailed) as caught:
        structure({"id": "a", "kind": "state", "name": "X", "nmae": "y"}, Actor)
    assert [p.message for p in caught.value.problems] == [
        "unknown member 'nmae' is not allowed here; did you mean 'name'?"]
    far = {p.message for p in newsevents.validate({**fixtures.data("seed-article"), "confidence": 1})}
    assert "unknown member 'confidence' is not allowed here" in far
