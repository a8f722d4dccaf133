"""Rules between members checked when a model object is built in Python, and reported as semantic problems when a
document breaks them."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest

import newsevents as ne
from newsevents import fixtures
from newsevents.datamodel.fields import RuleViolation, rules_deferred
from newsevents.schema.files import load_shipped_schemas


@pytest.mark.parametrize(("build", "where", "check", "text"), [
    (lambda: ne.Span(start=5, end=2, text="x"), ("end",), "span-order", "end: start 5 is not before end 2"),
    (lambda: ne.Span(start=4, end=4, text="x"), ("end",), "span-order", "end: start 4 is not before end 4"),
    (lambda: ne.Quantity(minimum=7, maximum=3), ("maximum",), "interval-order",
     "maximum: minimum 7 is greater than maximum 3"),
    (lambda: ne.Quantity(value=9, minimum=1, maximum=5), ("value",), "value-in-bounds",
     "value: value 9 lies outside its bounds (minimum 1, maximum 5)"),
    (lambda: ne.Quantity(value=0, minimum=1), ("value",), "value-in-bounds",
     "value: value 0 lies outside its bounds (minimum 1)"),
    (lambda: ne.Time(earliest=dt.date(2024, 3, 1), latest=dt.date(2024, 2, 1)), ("latest",), "interval-order",
     "latest: earliest 2024-03-01 is after latest 2024-02-01"),
], ids=["span", "empty-span", "quantity-bounds", "quantity-value", "quantity-value-low", "time-bounds"])
def test_constructor_raises_naming_the_member(build: Any, where: tuple[str, ...], check: str, text: str) -> None:
    """Building an object that breaks a rule between members raises the public ConstraintViolation naming them."""
    with pytest.raises(ne.ConstraintViolation) as info:
        build()
    assert (info.value.path, info.value.keyword, str(info.value)) == (where, check, text)
    assert isinstance(info.value, RuleViolation)


def test_evolve_checks_the_rules_too() -> None:
    """A copy made with evolve is built like a new object, so it cannot break a rule either."""
    span = ne.Span(start=0, end=5, text="Japan")
    with pytest.raises(ne.ConstraintViolation, match="start 6 is not before end 5"):
        ne.evolve(span, start=6)


def test_objects_that_keep_the_rules_build() -> None:
    """Ordered bounds, a value on a bound, and a time with one bound only are all accepted."""
    assert ne.Quantity(value=3, minimum=3, maximum=3).value == 3
    assert ne.Time(earliest=dt.date(2024, 2, 1), latest=dt.date(2024, 2, 1)).latest == dt.date(2024, 2, 1)
    assert ne.Time(latest=dt.date(2024, 2, 1)).earliest is None
    assert ne.Span(start=0, end=1, text="J").end == 1


def test_a_member_fault_is_reported_before_a_rule() -> None:
    """A member of the wrong type is named as such, not as a broken rule between members."""
    with pytest.raises(ne.ConstraintViolation) as info:
        ne.Span(start="5", end=2, text="x")  # type: ignore[arg-type]
    assert info.value.keyword == "type"
    assert info.value.path == ("start",)


def test_rules_deferred_builds_the_object_in_this_block_only() -> None:
    """Under rules_deferred the object builds (for the checks to report); after the block the rule holds again."""
    with rules_deferred():
        span = ne.Span(start=5, end=2, text="x")
    assert span.start == 5
    with pytest.raises(ne.ConstraintViolation):
        ne.Span(start=5, end=2, text="x")


def _seed_with_reversed_trigger() -> dict[str, Any]:
    data = copy.deepcopy(fixtures.data("seed-article"))
    trigger = data["events"][0]["trigger"]
    trigger["start"], trigger["end"] = trigger["end"], trigger["start"]
    return data


def test_validation_reports_a_broken_rule_as_a_semantic_problem() -> None:
    """A document with a reversed span gets a semantic span-order problem with its path, on the trusted path."""
    problems = ne.validate(_seed_with_reversed_trigger())
    assert [(p.json_path, p.check, p.layer) for p in problems if p.is_error] == [
        ("$.events[0].trigger", "span-order", "semantic")]


def test_the_strict_loader_reports_it_the_same_way() -> None:
    """A validator on a schema set of its own (which loads strictly) reports the same semantic problem."""
    validator = ne.Validator("article", schemas=load_shipped_schemas())
    assert not validator.trusted
    problems = validator.validate(_seed_with_reversed_trigger())
    assert [(p.json_path, p.check, p.layer) for p in problems if p.is_error] == [
        ("$.events[0].trigger", "span-order", "semantic")]
