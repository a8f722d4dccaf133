"""The model 1.1 part 3 checks: durations, amounts, groups, anchors and places, each on one broken example."""

from __future__ import annotations

from typing import Any

import pytest

import newsevents
from newsevents import Article, check_article, structure

BODY = "Floods hit Vrbice and Lipova in the district; 10 of the 14 villages were cut off for three days."


def _article(**members: Any) -> dict[str, Any]:
    """A small valid article, with ``members`` replacing or adding top-level members."""
    data: dict[str, Any] = {
        "id": "a1", "language": "en", "body": BODY,
        "places": [
            {"id": "district", "name": "District", "kind": "region"},
            {"id": "vrbice", "name": "Vrbice", "kind": "city", "within": "district"},
            {"id": "lipova", "name": "Lipova", "kind": "city", "within": "district"},
        ],
        "events": [{"type": "disaster", "id": "e1", "realis": "occurred", "hazard": "flood",
                    "duration": {"text": "three days", "value": "P3D", "minimum": "P2D", "maximum": "P1W"},
                    "evacuated": {"value": 10, "of_total": 14, "unit": "people"},
                    "time": {"text": "every day", "recurrence": {"interval": "P1D"}}}],
        "items": [{"id": "goods", "name": "goods", "kind": "goods",
                   "group": {"count": {"value": 3}, "members": ["goods"], "complete": False}}],
    }
    data.update(members)
    return data


def _checks(data: dict[str, Any]) -> set[str]:
    """The ids of the checks a document fails."""
    return {problem.check for problem in check_article(structure(data, Article))}


def _event(**members: Any) -> list[dict[str, Any]]:
    """The base event list with ``members`` changed on its one event."""
    event = _article()["events"][0]
    event.update(members)
    return [event]


def test_the_base_article_passes() -> None:
    """The base article, which uses every new construct, passes every check (a 1.1 article with no headline)."""
    assert check_article(structure(_article(), Article)) == []


@pytest.mark.parametrize(("members", "check"), [
    ({"events": _event(duration={"value": "P0D"})}, "duration-positive"),
    ({"events": _event(duration={"value": "PT0S"})}, "duration-positive"),
    ({"events": _event(duration={"minimum": "P1M", "maximum": "P20D"})}, "interval-order"),
    ({"events": _event(duration={"value": "P2Y", "maximum": "P1Y"})}, "value-in-bounds"),
    ({"events": _event(duration={"status": "undetermined", "value": "P1Y"})}, "undetermined-empty"),
    ({"events": _event(time={"recurrence": {"interval": "P0D"}})}, "duration-positive"),
    ({"events": _event(time={"recurrence": {"interval": "P1W", "regular": False}})}, "recurrence-interval"),
    ({"events": _event(evacuated={"value": 15, "of_total": 14})}, "part-within-total"),
    ({"events": _event(evacuated={"maximum": 20, "of_total": 14})}, "part-within-total"),
    ({"events": _event(evacuated={"value": 320000, "stated": 3.2, "scale": "million"})}, "scale-matches"),
    ({"events": _event(evacuated={"value": 5, "change": {"direction": "decrease", "kind": "percent",
                                                          "amount": 120}})}, "change-possible"),
    ({"events": _event(evacuated={"value": 90, "change": {"direction": "increase", "baseline_value": 100}})},
     "amount-direction"),
    ({"events": _event(evacuated={"value": 5, "unit": "USD"})}, "unit-listed"),
    ({"items": [{"id": "goods", "name": "goods", "kind": "goods",
                 "group": {"count": {"value": 0}, "members": ["goods"]}}]}, "part-within-total"),
    ({"items": [{"id": "goods", "name": "goods", "kind": "goods",
                 "group": {"count": {"value": 3}, "members": ["goods"], "complete": True}}]}, "group-complete"),
    ({"places": [{"id": "p", "name": "P", "kind": "city", "within": "p"}]}, "place-not-within-itself"),
    ({"places": [{"id": "a", "name": "A", "kind": "city", "within": "b"},
                 {"id": "b", "name": "B", "kind": "region", "within": "c"},
                 {"id": "c", "name": "C", "kind": "region", "within": "a"}]}, "place-not-within-itself"),
    ({"published": {"value": "2026-05-18", "precision": "day"},
      "events": _event(time={"relative": True, "anchor": {"ref": "publication", "relation": "same",
                                                           "point": "start"}})}, "anchor-point"),
])
def test_each_check_fails_on_its_broken_example(members: dict[str, Any], check: str) -> None:
    """Each new check reports its own id on an article broken in just that way."""
    assert check in _checks(_article(**members))


def test_a_cycle_reports_each_place_in_it_and_no_other() -> None:
    """A loop of `within` links is reported on each place in the loop; a place hanging below it is not."""
    places = [{"id": "a", "name": "A", "kind": "city", "within": "b"},
              {"id": "b", "name": "B", "kind": "region", "within": "a"},
              {"id": "x", "name": "X", "kind": "site", "within": "a"}]
    problems = check_article(structure(_article(places=places), Article))
    assert [p.path for p in problems if p.check == "place-not-within-itself"] == [
        ("places", 0, "within"), ("places", 1, "within")]


def test_unit_warning_is_a_warning() -> None:
    """An unlisted unit is kept and reported as a warning, which fails only a strict run."""
    problems = check_article(structure(_article(events=_event(evacuated={"value": 5, "unit": "furlong"})), Article))
    assert [(p.check, p.severity) for p in problems] == [("unit-listed", "warning")]


def test_durations_compare_across_units() -> None:
    """Durations written in different units are compared by length (a month is longer than 20 days)."""
    from newsevents.datamodel.amountchecks import duration_days

    assert duration_days("P1M") > duration_days("P20D") > duration_days("PT36H") > 0
    assert duration_days("P1Y6M") == pytest.approx(365.2425 + 6 * 30.436875)


def test_headline_is_optional_and_other_needs_its_label() -> None:
    """Headline is optional, and an `other` event needs its label."""
    data = _article(events=[{"type": "other", "id": "e1", "realis": "occurred", "label": "eclipse"}])
    assert newsevents.validate(data) == []
    del data["events"][0]["label"]
    assert newsevents.validate(data) != []
