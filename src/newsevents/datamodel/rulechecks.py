"""Checks on rules: instruments, provisions in time and scope, amendment chains, documents as sources.

Registered in checks.py. Each check takes the article, the object, its path and the article's index, like
every other check; the article-wide ones (amendment chains, provision links) are registered on `Article`.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from .article import Article
from .attribution import Hop
from .items import ItemKind
from .policy import PolicyChange, Provision
from .problems import ERROR, SEMANTIC, PathPart, Problem
from .provisions import ChangeDirection, Validity
from .relations import Relation
from .statements import Statement
from .time import Time
from .timechecks import value_range
from .vocab import PolicyStatus, Realis, RelationType

__all__ = ["IN_EFFECT", "NOT_HAPPENED", "article_rule_problems", "change_problems", "hop_source_problems",
           "provision_problems", "speaker_problems", "validity_problems"]

Path = tuple[PathPart, ...]

#: Realis values that say a change has not taken place.
NOT_HAPPENED = frozenset({Realis.PLANNED, Realis.INTENDED, Realis.FORECAST, Realis.DID_NOT_OCCUR})
#: Statuses that say a rule took effect at some point (it is, or was, in force).
IN_EFFECT = frozenset({PolicyStatus.IN_FORCE, PolicyStatus.REPEALED, PolicyStatus.AMENDED, PolicyStatus.SUPERSEDED,
                       PolicyStatus.SUSPENDED, PolicyStatus.EXPIRED, PolicyStatus.LIFTED})
#: Relation types that chain one policy change to an earlier one on the same rule.
CHAIN_TYPES = frozenset({RelationType.AMENDS, RelationType.SUPERSEDES, RelationType.NARROWS, RelationType.WIDENS,
                         RelationType.EXTENDS})
#: Relation types only a policy change can stand in (supersedes is shared with statements and claims).
_CHANGE_ONLY = CHAIN_TYPES - {RelationType.SUPERSEDES}


def _problem(path: Path, message: str, check: str, severity: str = ERROR) -> Problem:
    return Problem(path=path, message=message, check=check, layer=SEMANTIC, severity=severity)


#: Per provision class, what reads the members "the same content" compares.
_CONTENT_MEMBERS: dict[type[Any], Callable[[Any], Any]] = {}


def _content(provision: Provision) -> tuple[type[Any], Any]:
    """The provision's class and members but its evidence and attribution: what "the same content" compares."""
    cls: type[Any] = provision.__class__
    members = _CONTENT_MEMBERS.get(cls)
    if members is None:
        names = [a.name for a in attrs.fields(cls) if a.name not in ("evidence", "attribution")]
        members = _CONTENT_MEMBERS[cls] = operator.attrgetter(*names)
    return cls, members(provision)


def change_problems(change: PolicyChange, path: Path, kinds: dict[str, str]) -> Iterator[Problem]:
    """Instrument given, provision statuses agreeing with realis, and the checked meaning of a kept provision id."""
    if change.instrument is None and change.instrument_ref is None:
        yield _problem(path, "a policy change needs its instrument, inline (instrument) or by id (instrument_ref)",
                       "policy-instrument")
    if change.realis in NOT_HAPPENED:
        for side in ("before", "after"):
            for i, provision in enumerate(getattr(change, side)):
                if side == "after" and provision.status in IN_EFFECT:
                    yield _problem((*path, side, i, "status"), f"status {provision.status.value} says the provision "
                                   f"took effect, but realis {change.realis.value} says the change has not happened",
                                   "realis-status")
    before = {provision.id: provision for provision in change.before}
    for i, provision in enumerate(change.after):
        old = before.get(provision.id)
        if old is None or _content(old) == _content(provision):
            continue
        # Same id, different content: this change amends that rule in place, so it must still be the same rule.
        # A holder that names nothing is reported as a reference problem instead.
        if old.holder != provision.holder and all(kinds.get(h or "") == "actor"
                                                  for h in (old.holder, provision.holder)):
            yield _problem((*path, "after", i, "holder"), f"provision {provision.id!r} binds {old.holder!r} before "
                           f"and {provision.holder!r} after: a rule for another holder is a new provision (give it "
                           "its own id and link it with supersedes)", "provision-same-rule")
        if change.direction is ChangeDirection.INTRODUCED:
            yield _problem((*path, "direction"), f"direction introduced says there was no rule, but provision "
                           f"{provision.id!r} is in before and is changed", "change-direction")


def provision_problems(_: Article, provision: Provision, path: Path, __: Any) -> Iterator[Problem]:
    """Qualification ids unique, nesting by `within` resolving to a sibling and free of cycles; no self-link."""
    within: dict[str, str | None] = {}
    for i, qualification in enumerate(provision.qualifications):
        if qualification.id in within:
            yield _problem((*path, "qualifications", i, "id"), f"qualification id {qualification.id!r} repeats",
                           "unique-id")
        within.setdefault(qualification.id, qualification.within)
    for i, qualification in enumerate(provision.qualifications):
        if qualification.within is None:
            continue
        where = (*path, "qualifications", i, "within")
        if qualification.within not in within:
            yield _problem(where, f"within {qualification.within!r} names no qualification of this provision",
                           "reference-resolves")
            continue
        seen = {qualification.id}
        at: str | None = qualification.within
        while at is not None and at not in seen:
            seen.add(at)
            at = within.get(at)
        if at is not None:
            yield _problem(where, f"qualification {qualification.id!r} ends up qualifying itself", "nesting-cycle")
    for i, link in enumerate(provision.links):
        if link.target == provision.id:
            yield _problem((*path, "links", i, "target"), "a provision cannot link to itself", "no-self-reference")


def _bounds(time: Time | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a time can fall on, as far as it says."""
    if time is None:
        return None
    covered = value_range(time.value) if time.value is not None else None
    low = time.earliest or (covered[0] if covered else None)
    high = time.latest or (covered[1] if covered else None)
    return (low or dt.date.min, high or dt.date.max) if low or high else None


def validity_problems(_: Article, validity: Validity, path: Path, __: Any) -> Iterator[Problem]:
    """A validity starts no later than it ends."""
    start, until = _bounds(validity.start), _bounds(validity.until)
    if start is not None and until is not None and start[0] > until[1]:
        yield _problem(path, f"the validity starts ({start[0]}) after it ends ({until[1]})", "validity-order")


def _document_problem(article: Article, ref: str | None, path: Path, kinds: Mapping[str, str]) -> list[Problem]:
    # A plain list, not a generator: this runs for every hop and statement, and the visitor skips an empty one.
    if ref is None or kinds.get(ref) != "item":
        return []  # most sources are actors; an id that two entries share is reported as such
    item = next((item for item in article.items if item.id == ref), None)
    if item is None or item.kind is ItemKind.DOCUMENT:
        return []
    # A finer kind check than the index's: of items, only documents are sources.
    return [_problem(path, f"reference {ref!r} points to an item of kind {item.kind.value}, but an actor or a "
                     "document is expected", "reference-kind")]


def hop_source_problems(article: Article, hop: Hop, path: Path, index: Any) -> list[Problem]:
    """A hop whose source is an item names a document."""
    return _document_problem(article, hop.source, (*path, "source"), index.kinds)


def speaker_problems(article: Article, statement: Statement, path: Path, index: Any) -> list[Problem]:
    """A statement whose speaker is an item comes from a document."""
    return _document_problem(article, statement.speaker, (*path, "speaker"), index.kinds)


def article_rule_problems(article: Article, _: Article, path: Path, __: Any) -> Iterator[Problem]:
    """Amendment chains between changes: policy changes at both ends, acyclic, on the same instrument; and
    provision links that name a provision of the article, without cycles."""
    changes = {event.id: event for event in article.events if isinstance(event, PolicyChange)}
    amends = {instrument.id: set(instrument.amends) for instrument in article.instruments}
    edges: dict[str, set[str]] = {}
    for i, relation in enumerate(article.relations):
        if relation.type not in CHAIN_TYPES or relation.negated:
            continue
        yield from _chain_link_problems(relation, changes, amends, (*path, "relations", i))
        if relation.source in changes and relation.target in changes:
            edges.setdefault(relation.source, set()).add(relation.target)
    if _has_cycle(edges):
        yield _problem((*path, "relations"), "the changes' amendment chain loops back on itself", "amendment-cycle")
    provision_ids = {p.id for change in changes.values() for p in (*change.before, *change.after)}
    links: dict[str, set[str]] = {}
    for index, event in enumerate(article.events):
        if not isinstance(event, PolicyChange):
            continue
        for side in ("before", "after"):
            for j, provision in enumerate(getattr(event, side)):
                for k, link in enumerate(provision.links):
                    links.setdefault(provision.id, set()).add(link.target)
                    if link.target not in provision_ids:
                        yield _problem((*path, "events", index, side, j, "links", k, "target"), f"target "
                                       f"{link.target!r} is the id of no provision in the article",
                                       "reference-resolves")
    if _has_cycle({source: targets - {source} for source, targets in links.items()}):
        yield _problem((*path, "events"), "the provisions' links loop back on themselves", "amendment-cycle")


def _chain_link_problems(relation: Relation, changes: dict[str, PolicyChange], amends: dict[str, set[str]],
                         path: Path) -> Iterator[Problem]:
    source, target = changes.get(relation.source), changes.get(relation.target)
    if relation.type in _CHANGE_ONLY and (source is None or target is None):
        yield _problem(path, f"a {relation.type.value} relation links two policy changes", "amendment-target")
        return
    if source is None or target is None or source.instrument_ref is None or target.instrument_ref is None:
        return
    mine, theirs = source.instrument_ref, target.instrument_ref
    if mine != theirs and theirs not in amends.get(mine, set()):
        yield _problem(path, f"change {relation.source!r} is on instrument {mine!r} and {relation.target!r} on "
                       f"{theirs!r}: an amendment chain stays on one instrument (or on one that amends it, listed "
                       "in its amends)", "amendment-instrument")


def _has_cycle(edges: dict[str, set[str]]) -> bool:
    """Whether the directed graph has a cycle (iterative depth-first search, three colours)."""
    state: dict[str, int] = {}
    for root in edges:
        if state.get(root):
            continue
        stack = [(root, iter(edges.get(root, ())))]
        state[root] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node] = 2
                stack.pop()
            elif state.get(child) == 1:
                return True
            elif not state.get(child):
                state[child] = 1
                stack.append((child, iter(edges.get(child, ()))))
    return False
