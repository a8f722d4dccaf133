"""Finer rules for references than `refers_to` can state: what kind of entry each participant role may name,
and entries that may not name themselves in `about`.

`refers_to` on `Participant.ref` allows actors, places and items, since some role takes each; which role takes
which is this table's job. An actor of kind ``state`` or ``region`` may stand where a place is wanted ("in
Japan" names the state Japan), so a location may be one.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .actors import Actor
from .events import Participant
from .problems import ERROR, SEMANTIC, PathPart, Problem
from .vocab import ActorKind, ParticipantRole

__all__ = ["ROLE_KINDS", "check_about", "check_participant", "roles_for_kind"]

Path = tuple[PathPart, ...]

_ANY = frozenset({"actor", "place", "item"})
#: The kinds of entry each participant role may name. A role missing here takes any of them.
ROLE_KINDS: dict[ParticipantRole, frozenset[str]] = {
    ParticipantRole.AGENT: frozenset({"actor"}),
    ParticipantRole.RECIPIENT: frozenset({"actor"}),
    ParticipantRole.BENEFICIARY: frozenset({"actor"}),
    ParticipantRole.PARTICIPANT: frozenset({"actor"}),
    ParticipantRole.ITEM: frozenset({"item"}),
    ParticipantRole.INSTRUMENT: frozenset({"item"}),
    ParticipantRole.DESTINATION: frozenset({"actor", "place"}),
    ParticipantRole.LOCATION: frozenset({"place", "actor"}),  # actors only of a place-like kind, see below
    ParticipantRole.ORIGIN: _ANY,  # a country, a city, a stockpile
    ParticipantRole.AFFECTED: _ANY,  # people, a town, a destroyed bridge
    ParticipantRole.TOPIC: _ANY,
}
#: The kinds of actor that may stand for a place (a location given as the state "Japan").
_PLACE_LIKE = frozenset({ActorKind.STATE, ActorKind.REGION})


def roles_for_kind(kind: str) -> tuple[str, ...]:
    """The participant roles (their JSON values, in vocabulary order) that may name an entry of ``kind``."""
    return tuple(role.value for role in ParticipantRole if kind in ROLE_KINDS.get(role, _ANY))


def _actor_kind(article: Any, ref: str) -> ActorKind | None:
    # Only a location that names an actor comes here, which is rare: a scan beats an index built per article.
    for actor in article.actors:
        if actor.id == ref and isinstance(actor, Actor):
            return actor.kind
    return None


def check_participant(article: Any, participant: Participant, path: Path, index: Any) -> Iterable[Problem]:
    """A participant whose role does not fit the kind of entry it names (an agent that is an item); a reference
    that names nothing is `reference-resolves`'s to report."""
    allowed = ROLE_KINDS.get(participant.role)
    kind = index.kind_of(participant.ref)
    if allowed is None or kind not in _ANY:  # no entry, or an event: `reference-kind` says so already
        return ()
    if kind not in allowed:
        role = participant.role.value
        fits = ", ".join(roles_for_kind(kind))
        message = (f"role {role} needs {_either(allowed)}, but {participant.ref!r} is {_a(kind)}; "
                   f"{_a(kind)} can take the roles {fits}")
        return (Problem(path=(*path, "role"), message=message, check="participant-role", layer=SEMANTIC,
                        severity=ERROR),)
    if participant.role is ParticipantRole.LOCATION and kind == "actor":
        actor_kind = _actor_kind(article, participant.ref)
        if actor_kind is not None and actor_kind not in _PLACE_LIKE:
            message = (f"role location needs a place (or a state or region), but {participant.ref!r} is an actor "
                       f"of kind {actor_kind.value}; give the place in the event's \"place\" or as a place entry")
            return (Problem(path=(*path, "role"), message=message, check="participant-role", layer=SEMANTIC,
                            severity=ERROR),)
    return ()


def check_about(article: Any, entry: Any, path: Path, index: Any) -> Iterable[Problem]:
    """A statement or situation that lists its own id in `about`."""
    about = entry.about
    if not about or entry.id not in about:
        return ()
    return (Problem(path=(*path, "about", about.index(entry.id)), message=f"{entry.id!r} names itself in about: "
                    "an entry cannot be about itself", check="no-self-reference", layer=SEMANTIC, severity=ERROR),)


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def _either(kinds: frozenset[str]) -> str:
    return " or ".join(_a(kind) for kind in sorted(kinds))
