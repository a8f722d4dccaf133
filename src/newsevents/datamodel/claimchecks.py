"""Checks for statements as speech acts, value claims and revision chains (`SPEECH_CHECKS`, run by `checks.py`).

A value claim must name a member the event has and give its value in that member's type; a stance cannot be
toward the statement that takes it; `revises` and `supersedes` links cannot run in a circle.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs

from .article import Article
from .claims import ValueClaim
from .events import Event
from .fields import spec_of, type_hints
from .problems import ERROR, SEMANTIC, PathPart, Problem
from .quantity import Quantity
from .statements import Statement
from .time import Duration, Time
from .vocab import RelationType

__all__ = ["REVISION_TYPES", "SPEECH_CHECKS", "check_revision_chains", "check_statement", "check_value_claim",
           "value_members"]

Path = tuple[PathPart, ...]

#: The relation types that say one entry replaces another: followed from newest to oldest, they must end.
REVISION_TYPES = frozenset({RelationType.REVISES, RelationType.SUPERSEDES})

#: The member of a value claim that holds a value of each type an event member can have.
_CLAIM_MEMBER_OF: dict[type[Any], str] = {Quantity: "quantity", Time: "time", Duration: "duration"}


def _problem(path: Path, message: str, check: str, severity: str = ERROR) -> Problem:
    return Problem(path=path, message=message, check=check, layer=SEMANTIC, severity=severity)


_VALUE_MEMBERS: dict[type[Any], Mapping[str, type[Any]]] = {}


def value_members(cls: type[Any]) -> Mapping[str, type[Any]]:
    """The members of event class ``cls`` a value claim can be about, by JSON name, with the type each holds
    (Quantity, Time or Duration): `killed`, `injured`, `size`, `time`, `duration` and any a subclass adds."""
    found = _VALUE_MEMBERS.get(cls)
    if found is None:
        hints = type_hints(cls)
        members: dict[str, type[Any]] = {}
        for attribute in attrs.fields(cls):
            held = [arg for arg in typing.get_args(hints.get(attribute.name)) if arg in _CLAIM_MEMBER_OF]
            if len(held) == 1:
                members[spec_of(attribute).json_name or attribute.name] = held[0]
        found = _VALUE_MEMBERS[cls] = members
    return found


#: The events of the article checked last, by id: claims look their event up, and one article has many claims.
_EVENTS_BY_ID: list[tuple[Article, dict[str, Event]]] = []


def _event(article: Article, ref: str) -> Event | None:
    if not _EVENTS_BY_ID or _EVENTS_BY_ID[0][0] is not article:
        _EVENTS_BY_ID[:] = [(article, {event.id: event for event in article.events})]
    return _EVENTS_BY_ID[0][1].get(ref)


def check_value_claim(article: Article, claim: ValueClaim, path: Path, _: Any) -> Iterator[Problem]:
    """The member names a quantity, time or duration member of the event, and the claim gives that one value."""
    given = [name for name in _CLAIM_MEMBER_OF.values() if getattr(claim, name) is not None]
    event = _event(article, claim.event)
    if event is None:  # an unresolved event is a reference problem, reported on its own
        if len(given) != 1:
            yield _problem(path, "a value claim gives exactly one of quantity, time and duration", "claim-value")
        return
    members = value_members(type(event))
    if claim.participant is not None:
        # A participant's amount: the event must have that participant, and the member is its quantity.
        if all(participant.ref != claim.participant for participant in event.participants):
            yield _problem((*path, "participant"), f"event {event.id!r} has no participant {claim.participant!r}",
                           "claim-member")
            return
        members = {"quantity": Quantity}
    held = members.get(claim.member)
    if held is None:
        yield _problem((*path, "member"), f"event {event.id!r} ({event.TYPE}) has no member {claim.member!r} that "
                       f"holds a value; it has {', '.join(sorted(members))}", "claim-member")
        return
    wanted = _CLAIM_MEMBER_OF[held]
    if given != [wanted]:
        others = " or ".join(name for name in _CLAIM_MEMBER_OF.values() if name != wanted)
        yield _problem(path, f"member {claim.member!r} holds a {held.__name__.lower()}: the claim gives its value "
                       f"in {wanted!r} and nothing in {others}", "claim-value")


def check_statement(_: Article, statement: Statement, path: Path, __: Any) -> Iterator[Problem]:
    """A statement takes no stance toward itself."""
    for i, stance in enumerate(statement.stances):
        if stance.target == statement.id:
            yield _problem((*path, "stances", i, "target"), "a statement cannot take a stance toward itself",
                           "no-self-reference")


def check_revision_chains(article: Article, _: Article, path: Path, __: Any) -> Iterator[Problem]:
    """`revises` and `supersedes` links (asserted, not negated) form no cycle: a chain of revisions has an end."""
    later: dict[str, list[tuple[str, int]]] = {}
    for i, relation in enumerate(article.relations):
        if relation.type in REVISION_TYPES and not relation.negated:
            later.setdefault(relation.source, []).append((relation.target, i))
    # Depth-first from every entry, colouring on the way down; an edge back to an entry still open closes a cycle.
    state: dict[str, int] = {}  # 1: open, 2: done
    for start in later:
        if state.get(start):
            continue
        stack: list[tuple[str, Iterator[tuple[str, int]]]] = [(start, iter(later[start]))]
        state[start] = 1
        while stack:
            node, edges = stack[-1]
            step = next(edges, None)
            if step is None:
                state[node] = 2
                stack.pop()
                continue
            target, index = step
            if state.get(target) == 1:
                cycle = [entry for entry, _ in stack[[n for n, _ in stack].index(target):]]
                yield _problem((*path, "relations", index), "revises/supersedes links run in a circle: "
                               + " -> ".join([*cycle, target]), "revision-cycle")
            elif not state.get(target):
                state[target] = 1
                stack.append((target, iter(later.get(target, ()))))


#: The checks of this module by the model class they apply to (and its subclasses). Kept apart from the built-in
#: table in checks.py, which holds one check per class, so that other parts can check the same classes too.
SPEECH_CHECKS: Mapping[type[Any], tuple[Callable[[Article, Any, Path, Any], Iterable[Problem]], ...]] = {
    Article: (check_revision_chains,),
    Statement: (check_statement,),
    ValueClaim: (check_value_claim,),
}
