"""The election and vote checks: shares within 100 percent, tallies within their totals, outcomes the tally allows."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from newsevents import Article, Election, Vote, check_article, structure
from newsevents.datamodel.votechecks import rounding_allowance
from newsevents.strategies import articles

BODY = "Ana Ruiz won 52% of the vote and Ben Ode 45%; the bill passed 60 to 20 with 5 abstentions."


def _election(**members: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "type": "election", "id": "e1", "realis": "occurred", "turnout": {"value": 61.5, "unit": "percent"},
        "results": [
            {"contender": "ruiz", "share": {"value": 52, "unit": "percent"},
             "votes": {"value": 5200, "of_total": 10000}, "seats": {"value": 3, "of_total": 5}},
            {"contender": "ode", "share": {"value": 45}, "votes": {"value": 4500}, "seats": {"value": 2}},
        ],
    }
    event.update(members)
    return event


def _vote(**members: Any) -> dict[str, Any]:
    event: dict[str, Any] = {"type": "vote", "id": "v1", "realis": "occurred", "result": "carried",
                             "in_favour": {"value": 60, "of_total": 100}, "against": {"value": 20},
                             "abstentions": {"value": 5}}
    event.update(members)
    return event


def _problems(*events: dict[str, Any]) -> list[tuple[str, str, tuple[Any, ...]]]:
    """(check, severity, path) of each problem of an article reporting ``events``."""
    data = {"id": "a1", "language": "en", "body": BODY, "events": list(events),
            "actors": [{"id": "ruiz", "kind": "person", "name": "Ana Ruiz"},
                       {"id": "ode", "kind": "person", "name": "Ben Ode"}]}
    return [(p.check, p.severity, p.path) for p in check_article(structure(data, Article))]


def _result(share: Any = None, votes: Any = None, seats: Any = None) -> dict[str, Any]:
    result: dict[str, Any] = {"contender": "ode"}
    for name, value in (("share", share), ("votes", votes), ("seats", seats)):
        if value is not None:
            result[name] = value
    return result


def test_a_consistent_election_and_vote_pass() -> None:
    """Shares under 100 percent, votes and seats within their totals and a vote carried by its tally pass."""
    assert _problems(_election(), _vote()) == []


@pytest.mark.parametrize(("event", "check", "path"), [
    (_election(turnout={"value": 104, "unit": "percent"}), "share-within-100", ("events", 0, "turnout", "value")),
    (_election(results=[_result(share={"minimum": 90, "maximum": 120})]), "share-within-100",
     ("events", 0, "results", 0, "share", "maximum")),
    (_election(results=[_result(share={"value": 60}), _result(share={"value": 45})]), "shares-within-100",
     ("events", 0, "results")),
    (_election(results=[_result(share={"value": 50.4}), _result(share={"value": 49.8})]), "shares-within-100",
     ("events", 0, "results")),
    (_election(results=[_result(votes={"value": 600, "of_total": 1000}), _result(votes={"value": 500})]),
     "tally-within-total", ("events", 0, "results")),
    (_election(results=[_result(seats={"value": 3}), _result(seats={"minimum": 3, "of_total": 5})]),
     "tally-within-total", ("events", 0, "results")),
    (_vote(against={"value": 41}), "tally-within-total", ("events", 0)),
    (_vote(in_favour={"value": 20}, against={"value": 60}), "vote-outcome-tally", ("events", 0, "result")),
    (_vote(result="tied", in_favour={"value": 40}, against={"value": 39}), "vote-outcome-tally",
     ("events", 0, "result")),
])
def test_each_check_fails_on_its_broken_example(event: dict[str, Any], check: str, path: tuple[Any, ...]) -> None:
    """Each check reports its id at the member that is wrong, on an event broken in just that way."""
    assert [(c, p) for c, _, p in _problems(event)] == [(check, path)]


@pytest.mark.parametrize("event", [
    # Whole-number shares may add up to a point or so above 100 by rounding alone.
    _election(results=[_result(share={"value": 34}), _result(share={"value": 34}), _result(share={"value": 33})]),
    _election(results=[_result(share={"value": 50.02}), _result(share={"value": 50.02})]),
    # A turnout given as a count of people is no percentage.
    _election(turnout={"value": 5_000_000, "unit": "people"}),
    # Without a stated total nothing is compared; one part against its own total is `part-within-total`'s.
    _election(results=[_result(votes={"value": 600}), _result(votes={"value": 500})]),
    # A qualified majority can defeat a motion with more votes for than against.
    _vote(result="defeated", in_favour={"value": 60, "of_total": 100}, against={"value": 30}),
    _vote(result="tied", in_favour={"value": 40}, against={"value": 40}),
    _vote(in_favour={"minimum": 10}, against={"value": 20}),
])
def test_what_the_checks_leave_alone(event: dict[str, Any]) -> None:
    """Rounding, counts that are not percentages, untotalled tallies and qualified majorities are not reported."""
    assert _problems(event) == []


def test_the_outcome_check_is_a_warning() -> None:
    """A carried vote with fewer votes for than against is a warning (weighted votes exist); the rest are errors."""
    assert _problems(_vote(in_favour={"value": 20}, against={"value": 30}))[0][1] == "warning"
    assert _problems(_vote(against={"value": 41}))[0][1] == "error"


def test_rounding_allowance() -> None:
    """Half a point for a whole-number share, half a tenth for one written with decimals."""
    assert rounding_allowance(34) == rounding_allowance(34.0) == 0.5
    assert rounding_allowance(33.3) == 0.05


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(article=articles(event_types=[Election, Vote]))
def test_generated_elections_and_votes_pass_the_checks(article: Article) -> None:
    """The article strategy repairs elections and votes so that they pass the new checks as well."""
    assert check_article(article) == []
