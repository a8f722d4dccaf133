"""Repairs for elections and votes: shares within 100 percent, tallies within their totals (see :mod:`.repairs`)."""

from __future__ import annotations

from hypothesis import strategies as st

from ..datamodel.fields import evolve
from ..datamodel.justicetypes import Election, Vote
from ..datamodel.quantity import Quantity
from ..datamodel.votechecks import check_election, check_vote
from .parts import Parts

__all__ = ["repair_election", "repair_vote"]


def _untotalled(quantity: Quantity | None) -> Quantity | None:
    return None if quantity is None else evolve(quantity, of_total=None)


def repair_election(_: st.DrawFn, election: Election, __: Parts) -> Election:
    """Shares and a turnout above 100 percent are dropped, then every share but the first when they add up past
    100; votes and seats that add up past a stated total lose their totals."""
    found = list(check_election(None, election, (), None))
    if not found:
        return election
    checks = {problem.check for problem in found}
    turnout = None if any(p.path[:1] == ("turnout",) for p in found) else election.turnout
    over = {p.path[1] for p in found if p.check == "share-within-100" and p.path[:1] == ("results",)}
    results = [evolve(r, share=None) if i in over else r for i, r in enumerate(election.results)]
    if "shares-within-100" in checks:
        results = [*results[:1], *(evolve(r, share=None) for r in results[1:])]
    if "tally-within-total" in checks:
        results = [evolve(r, votes=_untotalled(r.votes), seats=_untotalled(r.seats)) for r in results]
    return evolve(election, turnout=turnout, results=tuple(results))


def repair_vote(_: st.DrawFn, vote: Vote, __: Parts) -> Vote:
    """A tally that adds up past a stated total loses its totals; an outcome the counts contradict is dropped."""
    checks = {problem.check for problem in check_vote(None, vote, (), None)}
    if "tally-within-total" in checks:
        vote = evolve(vote, in_favour=_untotalled(vote.in_favour), against=_untotalled(vote.against),
                      abstentions=_untotalled(vote.abstentions))
    if "vote-outcome-tally" in checks:
        vote = evolve(vote, result=None)
    return vote
