"""Semantic checks across the fields of elections and votes: shares within 100 percent, tallies within their
totals, an outcome the tally allows.

Each check reads one event; they are registered in `checks._BUILTIN_CHECKS` with the other built-in checks.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from .justicetypes import Election, Vote, VoteOutcome
from .problems import ERROR, SEMANTIC, WARNING, PathPart, Problem
from .quantity import Quantity

__all__ = ["check_election", "check_vote", "rounding_allowance"]

Path = tuple[PathPart, ...]


def _problem(path: Path, message: str, check: str, severity: str = ERROR) -> Problem:
    return Problem(path=path, message=message, check=check, layer=SEMANTIC, severity=severity)


def _least(quantity: Quantity) -> int | float | None:
    """The smallest number the quantity allows: its value, else its lower bound."""
    return quantity.value if quantity.value is not None else quantity.minimum


def _is_percent(quantity: Quantity) -> bool:
    # Shares and turnout are percentages by their fields' definition; an explicit other unit (a turnout given
    # as a count of people) is not one.
    return quantity.unit in (None, "percent")


def rounding_allowance(share: int | float) -> float:
    """How far a share written as ``share`` may sit above the exact share by rounding alone: half a point for a
    whole number, half a tenth for one with decimals."""
    return 0.5 if float(share).is_integer() else 0.05


def _over_100(quantity: Quantity | None, path: Path, what: str) -> Iterator[Problem]:
    if quantity is None or not _is_percent(quantity):
        return
    for name in ("value", "minimum", "maximum"):
        number = getattr(quantity, name)
        if number is not None and number > 100:
            yield _problem((*path, name), f"{what} {number:g}% is more than 100 percent", "share-within-100")


def _sum_within_total(parts: Sequence[Quantity], path: Path, what: str) -> Iterator[Problem]:
    """Parts of one whole (votes of each contender, a tally's for/against/abstentions) that together exceed the
    smallest total any of them states."""
    totals = [part.of_total for part in parts if part.of_total is not None]
    counted = [n for n in (_least(part) for part in parts) if n is not None]
    if not totals or len(counted) < 2:
        return  # one part against its total is `part-within-total`'s
    if sum(counted) > min(totals):
        yield _problem(path, f"{what} add up to {sum(counted):g}, more than the total {min(totals):g} they are part "
                       "of", "tally-within-total")


def check_election(_: Any, election: Election, path: Path, __: Any) -> Iterator[Problem]:
    """No share or turnout above 100 percent, shares that do not add up past 100 percent (beyond rounding), and
    votes and seats that do not add up past a total they state."""
    yield from _over_100(election.turnout, (*path, "turnout"), "turnout")
    shares: list[int | float] = []
    for number, result in enumerate(election.results):
        share = result.share
        yield from _over_100(share, (*path, "results", number, "share"), "share")
        least = _least(share) if share is not None and _is_percent(share) else None
        if least is not None:
            shares.append(least)
    allowance = sum(rounding_allowance(share) for share in shares)
    if len(shares) > 1 and sum(shares) > 100 + allowance:
        yield _problem((*path, "results"), f"the contenders' shares add up to {sum(shares):g}%, more than 100 "
                       f"percent by more than rounding explains ({allowance:g} points)", "shares-within-100")
    for name in ("votes", "seats"):
        parts = [q for q in (getattr(result, name) for result in election.results) if q is not None]
        yield from _sum_within_total(parts, (*path, "results"), f"the contenders' {name}")


def check_vote(_: Any, vote: Vote, path: Path, __: Any) -> Iterator[Problem]:
    """A tally that does not add up past a total it states, and an outcome its exact counts allow: a motion
    carried with fewer votes for than against, or tied with unequal counts, is a warning (a defeat with more
    for than against is left alone: a qualified majority can require it)."""
    tally = [q for q in (vote.in_favour, vote.against, vote.abstentions) if q is not None]
    yield from _sum_within_total(tally, path, "the votes for, against and abstaining")
    yes = vote.in_favour.value if vote.in_favour is not None else None
    no = vote.against.value if vote.against is not None else None
    if vote.result is None or yes is None or no is None:
        return
    if vote.result is VoteOutcome.CARRIED and yes < no:
        yield _problem((*path, "result"), f"the vote is carried with {yes:g} for and {no:g} against",
                       "vote-outcome-tally", WARNING)
    elif vote.result is VoteOutcome.TIED and yes != no:
        yield _problem((*path, "result"), f"the vote is tied with {yes:g} for and {no:g} against",
                       "vote-outcome-tally", WARNING)
