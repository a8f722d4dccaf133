"""Draws whose members are only out of order are put in order, not thrown away (so Hypothesis never gives up)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings

from newsevents import Quantity, Span, Time, strategies
from newsevents.datamodel.evidence import BODY_MAX
from newsevents.datamodel.incidenttypes import Rescue
from newsevents.strategies.derive import _built


def test_a_span_drawn_backwards_is_turned_round() -> None:
    """start 5 and end 2 become the span 2..5; equal offsets become a one-character span."""
    assert _built(Span, {"start": 5, "end": 2, "text": "x"}) == Span(start=2, end=5, text="x")
    assert _built(Span, {"start": 3, "end": 3, "text": "x"}) == Span(start=3, end=4, text="x")


def test_a_tie_at_the_maximum_is_left_out() -> None:
    """Two equal offsets at the largest allowed end cannot be parted upwards: that draw is dropped."""
    assert _built(Span, {"start": BODY_MAX, "end": BODY_MAX, "text": "x"}) is None


def test_bounds_and_value_are_sorted_together() -> None:
    """A quantity drawn as minimum 7, value 10, maximum 3 becomes minimum 3, value 7, maximum 10."""
    built = _built(Quantity, {"minimum": 7, "value": 10, "maximum": 3})
    assert (built.minimum, built.value, built.maximum) == (3, 7, 10)


def test_time_bounds_are_sorted() -> None:
    """An earliest date after the latest one swaps with it."""
    built: Any = _built(Time, {"earliest": dt.date(2024, 5, 1), "latest": dt.date(2024, 1, 1)})
    assert (built.earliest, built.latest) == (dt.date(2024, 1, 1), dt.date(2024, 5, 1))


@settings(max_examples=60, deadline=None)
@given(strategies.from_model(Rescue))
def test_a_type_with_many_spans_and_quantities_draws_without_giving_up(event: Rescue) -> None:
    """A rescue holds a dozen quantities and many spans; drawing 60 passes Hypothesis's filter health check,
    and every span drawn is in order."""
    spans = [*event.evidence, *([event.trigger] if event.trigger else [])]
    assert all(span.start < span.end for span in spans)
