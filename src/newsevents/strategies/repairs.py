"""Repairs: make a part that satisfies its field declarations also pass the semantic checks in its article.

:func:`newsevents.check_article` asks for more than single fields can say (bounds in order, a quote found in its
evidence, a relation between two different entries, ...). A repair takes a draw function, a part drawn from its
fields and the strategies of the article being built, and returns the part changed as little as it can to pass.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

from ..datamodel.actors import Actor
from ..datamodel.amountchecks import duration_days
from ..datamodel.amounts import UNITS, AmountChangeKind, AmountDirection
from ..datamodel.article import SourceValue
from ..datamodel.attribution import Attribution, Hop
from ..datamodel.claimchecks import REVISION_TYPES, value_members
from ..datamodel.claims import ValueClaim
from ..datamodel.events import Event, Participant
from ..datamodel.fields import FieldSpec, evolve, spec_of
from ..datamodel.justicetypes import Election, Vote
from ..datamodel.links import Grouping
from ..datamodel.place import Place
from ..datamodel.policy import PolicyChange, Provision
from ..datamodel.provisions import Validity
from ..datamodel.quantity import Quantity
from ..datamodel.references import ANY_ENTRY
from ..datamodel.relations import Relation
from ..datamodel.rolechecks import roles_for_kind
from ..datamodel.rulechecks import CHAIN_TYPES
from ..datamodel.situations import Situation
from ..datamodel.statements import Quote, Statement
from ..datamodel.time import PUBLICATION, Duration, Recurrence, Time, TimeAnchor
from ..datamodel.timechecks import value_range
from ..datamodel.vocab import AnchorRelation, ParticipantRole, Precision, RelationType, ValueStatus
from .context import current
from .derive import ITEMS_CAP, TEXT_CAP, Strategy, strings_for
from .parts import Parts, Repair
from .rulerepairs import repair_policy_change, repair_provision, repair_validity
from .voterepairs import repair_election, repair_vote

__all__ = ["Parts", "Repair", "repair_of", "repair_source_value"]


def _time_values(precision: Precision) -> Strategy:
    """Normalised time values written at ``precision`` (not for eras, which have none)."""
    days = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9998, 12, 31))
    if precision is Precision.INSTANT:
        offsets = st.one_of(st.just("Z"), st.builds(
            lambda sign, hours, minutes: f"{sign}{hours:02d}:{minutes:02d}",
            st.sampled_from("+-"), st.integers(0, 23), st.sampled_from((0, 15, 30, 45))))
        moments = st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9998, 12, 31))
        spec = st.sampled_from(("minutes", "seconds"))
        return st.builds(lambda moment, timespec, offset: moment.isoformat(timespec=timespec) + offset,
                         moments, spec, offsets)
    formats: dict[Precision, Callable[[dt.date], str]] = {
        Precision.DAY: dt.date.isoformat,
        Precision.WEEK: lambda d: "{:04d}-W{:02d}".format(*d.isocalendar()[:2]),
        Precision.MONTH: lambda d: f"{d.year:04d}-{d.month:02d}",
        Precision.QUARTER: lambda d: f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}",
        Precision.YEAR: lambda d: f"{d.year:04d}",
        Precision.DECADE: lambda d: f"{d.year // 10:03d}X",
        Precision.CENTURY: lambda d: f"{d.year // 100:02d}XX",
    }
    return days.map(formats[precision])


_TIME_VALUES = {precision: _time_values(precision) for precision in Precision if precision is not Precision.ERA}


def _spec(cls: type[Any], name: str) -> FieldSpec:
    """The declaration of field ``name`` of ``cls``."""
    return spec_of(getattr(attrs.fields(cls), name))


def _repair_time(draw: st.DrawFn, time: Time, parts: Parts) -> Time:
    """Bounds in order, a value written at the precision, an era when the precision is one, an anchor if relative."""
    earliest, latest, precision = time.earliest, time.latest, time.precision
    if time.status is ValueStatus.UNDETERMINED:
        earliest = latest = None
        value = None
        if precision is not Precision.ERA:
            precision = None
    else:
        value = None if precision is None or precision is Precision.ERA else draw(_TIME_VALUES[precision])
        if earliest is not None and latest is not None and earliest > latest:
            earliest, latest = latest, earliest
    era = time.era
    if precision is Precision.ERA and era is None:
        era = draw(strings_for(_spec(Time, "era")))
    covered = value_range(value) if value is not None else None
    if covered is not None:  # the bounds take in the value (a value outside its own bounds is an error)
        earliest = covered[0] if earliest is None else min(earliest, covered[0])
        latest = covered[1] if latest is None else max(latest, covered[1])
    anchor = time.anchor
    if time.relative and anchor is None:
        anchor = draw(parts.model(TimeAnchor))
    if anchor is not None and anchor.ref == PUBLICATION:
        # The publication's own value is drawn separately, so only relations no value can contradict are used.
        anchor = evolve(anchor, relation=draw(st.sampled_from((AnchorRelation.SAME, AnchorRelation.SINCE))),
                        point=None)
        current().publication_anchored.append(True)
    return evolve(time, earliest=earliest, latest=latest, precision=precision, value=value, era=era,
                  anchor=anchor)


def _repair_quantity(draw: st.DrawFn, quantity: Quantity, __: Parts) -> Quantity:
    """No number when undetermined; otherwise minimum at most maximum, the value between them, the total above
    them, a stated number that agrees with its scale; no fall of more than 100%, a listed unit."""
    unit = quantity.unit
    if unit is not None and unit not in UNITS:
        unit = draw(st.sampled_from(sorted(UNITS)))
    change = quantity.change
    if change is not None and change.kind is AmountChangeKind.PERCENT and change.direction is AmountDirection.DECREASE \
            and change.amount is not None and change.amount > 100:
        change = evolve(change, amount=100)
    if quantity.status is ValueStatus.UNDETERMINED:
        return evolve(quantity, value=None, minimum=None, maximum=None, unit=unit, change=change)
    low, high, value = quantity.minimum, quantity.maximum, quantity.value
    if low is not None and high is not None and low > high:
        low, high = high, low
    if value is not None:
        value = value if low is None else max(value, low)
        value = value if high is None else min(value, high)
    total = quantity.of_total
    if total is not None:  # the total takes in every part given
        total = max(x for x in (total, value, low, high) if x is not None)
    stated = quantity.stated
    if quantity.scale is not None and stated is not None and value is not None and stated * quantity.scale.factor \
            != value:
        stated = None
    if change is not None and change.baseline_value is not None and value is not None:
        change = evolve(change, baseline_value=None)
    return evolve(quantity, value=value, minimum=low, maximum=high, of_total=total, stated=stated, change=change,
                  unit=unit)


def _repair_duration(_: st.DrawFn, duration: Duration, __: Parts) -> Duration:
    """Nothing when undetermined; otherwise lengths above zero, bounds in order and the value between them."""
    if duration.status is ValueStatus.UNDETERMINED:
        return evolve(duration, value=None, minimum=None, maximum=None)
    value, low, high = (None if x is None else x if duration_days(x) > 0 else "P1D"
                        for x in (duration.value, duration.minimum, duration.maximum))
    if low is not None and high is not None and duration_days(low) > duration_days(high):
        low, high = high, low
    if value is not None and ((low is not None and duration_days(value) < duration_days(low))
                              or (high is not None and duration_days(value) > duration_days(high))):
        value = low if low is not None else high
    return evolve(duration, value=value, minimum=low, maximum=high)


def _repair_recurrence(_: st.DrawFn, recurrence: Recurrence, __: Parts) -> Recurrence:
    """No interval for an irregular repetition, and a regular one's interval longer than zero."""
    interval = recurrence.interval
    if not recurrence.regular:
        interval = None
    elif interval is not None and duration_days(interval) <= 0:
        interval = "P1W"
    return evolve(recurrence, interval=interval)


def _repair_grouping(_: st.DrawFn, group: Grouping, __: Parts) -> Grouping:
    """No more members listed than counted; a complete list exactly as long as the count."""
    count = group.count
    if count is None:
        return group
    members = group.members
    most = count.value if count.value is not None else count.maximum
    if most is not None and most < 0:  # no group has fewer than no members: drop the count
        return evolve(group, count=None)
    if most is not None and len(members) > most:
        members = members[:max(0, int(most))]
    complete = group.complete and (count.value is None or len(members) == count.value)
    return evolve(group, members=members, complete=complete)


def _repair_place(_: st.DrawFn, place: Place, __: Parts) -> Place:
    """A place inside one drawn before it, which no chain of `within` links can lead back from."""
    if place.within is None:
        return place
    ids = list(current().ids.get("place", ()))
    earlier = ids[:ids.index(place.id)] if place.id in ids else []
    return place if place.within in earlier else evolve(place, within=None)


def _repair_attribution(draw: st.DrawFn, attribution: Attribution, __: Parts) -> Attribution:
    """No two hops in a row from the same source; items as sources become actors (drawn items are rarely
    documents, the only items that may be sources)."""
    chain: list[Hop] = []
    items, actors = set(current().ids.get("item", ())), current().candidates({"actor"})
    for hop in attribution.chain:
        if hop.source in items:
            hop = evolve(hop, source=draw(st.sampled_from(actors) if actors else st.nothing()))
        if not chain or chain[-1].source != hop.source:
            chain.append(hop)
    return evolve(attribution, chain=tuple(chain))


def _repair_actor(_: st.DrawFn, actor: Actor, __: Parts) -> Actor:
    """No affiliation of an actor with itself."""
    return evolve(actor, affiliations=tuple(a for a in actor.affiliations if a.actor != actor.id))


def _repair_about(_: st.DrawFn, entry: Any, __: Parts | None) -> Any:
    """A statement or situation that is not about itself."""
    if entry.id not in entry.about:
        return entry
    return evolve(entry, about=tuple(ref for ref in entry.about if ref != entry.id))


def _repair_participant(draw: st.DrawFn, participant: Participant, _: Parts) -> Participant:
    """A role that fits the kind of entry the participant names (an actor never a location: its kind is not
    known here, and only a state or region may be one)."""
    kind = next((kind for kind, ids in current().ids.items() if participant.ref in ids), None)
    if kind is None or participant.role.value in _roles_for(kind):
        return participant
    return evolve(participant, role=ParticipantRole(draw(st.sampled_from(_roles_for(kind)))))


def _roles_for(kind: str) -> tuple[str, ...]:
    return tuple(role for role in roles_for_kind(kind) if not (kind == "actor" and role == "location"))


_S = TypeVar("_S", bound=Statement)


def _repair_statement(draw: st.DrawFn, statement: _S, parts: Parts) -> _S:
    """Not about itself, no stance toward itself, and no item as speaker (drawn items are rarely documents, the
    only items that may speak)."""
    statement = _repair_about(draw, statement, parts)
    if any(stance.target == statement.id for stance in statement.stances):
        statement = evolve(statement, stances=tuple(s for s in statement.stances if s.target != statement.id))
    if statement.speaker in current().ids.get("item", ()):
        statement = evolve(statement, speaker=None)
    return statement


def _repair_quote(draw: st.DrawFn, quote: Quote, parts: Parts) -> Quote:
    """A quote with evidence says words found in that evidence (and passes the statement repair)."""
    quote = _repair_statement(draw, quote, parts)
    if not quote.evidence or any(quote.text in span.text for span in quote.evidence):
        return quote
    said = quote.evidence[0].text
    start = draw(st.integers(0, len(said) - 1))
    end = draw(st.integers(start + 1, len(said)))
    return evolve(quote, text=said[start:end])


def _repair_relation(draw: st.DrawFn, relation: Relation, _: Parts) -> Relation:
    """A relation between two different entries of the article; no amendment-chain type between events (those
    need policy changes on one instrument at both ends, which the draw cannot see; supersedes between other
    entries stays); no circle of revises/supersedes links."""
    if relation.source == relation.target:
        others = [ref for ref in current().candidates(ANY_ENTRY) if ref != relation.source]
        relation = evolve(relation, target=draw(st.sampled_from(others) if others else st.nothing()))
    events = current().ids.get("event", ())
    if relation.type in CHAIN_TYPES and (relation.type is not RelationType.SUPERSEDES
                                         or (relation.source in events and relation.target in events)):
        relation = evolve(relation, type=RelationType.CONTEXT)
    if relation.type in REVISION_TYPES and not relation.negated:
        revisions = current().revisions
        if _reaches(revisions, relation.target, relation.source):
            return evolve(relation, type=RelationType.CONTEXT)
        revisions.append((relation.source, relation.target))
    return relation


def _reaches(edges: list[tuple[str, str]], start: str, goal: str) -> bool:
    """Whether ``goal`` can be reached from ``start`` along ``edges``."""
    seen, pending = {start}, [start]
    while pending:
        node = pending.pop()
        if node == goal:
            return True
        for source, target in edges:
            if source == node and target not in seen:
                seen.add(target)
                pending.append(target)
    return False


#: The value claim member that holds each type of value, and the base event's members of each type.
_CLAIM_VALUE_MEMBERS = {Quantity: "quantity", Time: "time", Duration: "duration"}
_EVENT_MEMBERS = {held: sorted(name for name, tp in value_members(Event).items() if tp is held)
                  for held in _CLAIM_VALUE_MEMBERS}


def _repair_value_claim(draw: st.DrawFn, claim: ValueClaim, parts: Parts) -> ValueClaim:
    """One value (the first given, or a drawn quantity), for a member every event has that holds that type."""
    held = next((tp for tp, name in _CLAIM_VALUE_MEMBERS.items() if getattr(claim, name) is not None), None)
    values: dict[str, Any] = dict.fromkeys(_CLAIM_VALUE_MEMBERS.values())
    if held is None:
        held, values["quantity"] = Quantity, draw(parts.model(Quantity))
    else:
        values[_CLAIM_VALUE_MEMBERS[held]] = getattr(claim, _CLAIM_VALUE_MEMBERS[held])
    # A drawn event may have no participants: the claim is about one of the event's own members.
    return evolve(claim, participant=None, member=draw(st.sampled_from(_EVENT_MEMBERS[held])), **values)


#: Small JSON values, as a source record holds them.
_JSON_VALUES: Strategy = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(max_size=TEXT_CAP),
    lambda inner: st.lists(inner, max_size=ITEMS_CAP) | st.dictionaries(st.text(max_size=10), inner,
                                                                         max_size=ITEMS_CAP),
    max_leaves=6)
_JSON_TEXTS: Strategy = _JSON_VALUES.map(lambda value: json.dumps(value, ensure_ascii=False))


def repair_source_value(draw: st.DrawFn, kept: SourceValue, _: Parts | None) -> SourceValue:
    """Texts that are JSON, at least one of them present, and the kept value different from its replacement.

    Needs no article, so it also serves :func:`~newsevents.strategies.source_values` on its own.
    """
    value = None if kept.value is None and draw(st.booleans()) else draw(_JSON_TEXTS)
    replaced = draw(st.one_of(st.none(), _JSON_TEXTS).filter(lambda text: text != value))
    if value is None and replaced is None:
        value = draw(_JSON_TEXTS)
    return evolve(kept, value=value, replaced=replaced)


_REPAIRS: dict[type[Any], Repair] = {
    Actor: _repair_actor,
    Attribution: _repair_attribution,
    Duration: _repair_duration,
    Election: repair_election,
    Grouping: _repair_grouping,
    Place: _repair_place,
    Recurrence: _repair_recurrence,
    PolicyChange: repair_policy_change,
    Quantity: _repair_quantity,
    Participant: _repair_participant,
    Provision: repair_provision,
    Quote: _repair_quote,
    Relation: _repair_relation,
    Situation: _repair_about,
    Statement: _repair_statement,
    Validity: repair_validity,
    SourceValue: repair_source_value,
    Time: _repair_time,
    ValueClaim: _repair_value_claim,
    Vote: repair_vote,
}


def repair_of(cls: type[Any]) -> Repair | None:
    """The repair for ``cls`` (or for the nearest base class that has one), or None when it needs none."""
    return next((_REPAIRS[klass] for klass in cls.__mro__ if klass in _REPAIRS), None)
