"""Ties the 1.0 model had no home for: people to places, groups partly listed, the terms of a transfer, damage."""

from __future__ import annotations

from .evidence import Span
from .fields import field, model
from .quantity import Quantity
from .references import ID_MAX, ID_PATTERN, PLACE
from .time import Time
from .vocab import DescribedEnum, RoleStatus

__all__ = [
    "ActorPlace", "ActorPlaceRelation", "Damage", "DamageExtent", "Grouping", "TransferKind", "TransferTerms",
]

#: What a group's listed members and a damaged thing may be.
_MEMBER_KINDS = frozenset({"actor", "item", "place"})


class ActorPlaceRelation(DescribedEnum):
    """How a person or body is tied to a place."""

    HOME_TOWN = "home_town", "The place a person comes from or calls home (\"a native of Ostrava\")."
    BORN_IN = "born_in", "Where a person was born."
    LIVES_IN = "lives_in", "Where a person lives (\"a resident of Hollin\")."
    BASED_IN = "based_in", "Where a body has its seat or a person works (\"the Leeds-based company\")."
    DIED_IN = "died_in", "Where a person died."
    HELD_IN = "held_in", "Where a person is held or detained."


@model
class ActorPlace:
    """A tie between an actor and a place: home town, birthplace, residence, seat."""

    place: str = field(description="Id of the place.", pattern=ID_PATTERN, max_length=ID_MAX, refers_to=PLACE)
    relation: ActorPlaceRelation = field(description="What the tie is.")
    status: RoleStatus = field(default=RoleStatus.CURRENT, description="Whether the tie holds when reported.")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the tie.", max_items=50)


@model
class Grouping:
    """A group the text counts and partly lists: "eight products, among them A and B".

    `members` names the entries the text lists; `complete` says whether they are all of the group.
    """

    count: Quantity | None = field(default=None, description="How many members the group has, per the text.")
    members: tuple[str, ...] = field(factory=tuple, description="Ids of the members the text names.",
                                     pattern=ID_PATTERN, max_length=ID_MAX, max_items=500, unique_items=True,
                                     refers_to=_MEMBER_KINDS)
    complete: bool = field(default=False, description="True when `members` lists the whole group.")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the group.",
                                       max_items=50)


class TransferKind(DescribedEnum):
    """On what terms something passes from one party to another."""

    SALE = "sale", "Sold for a price."
    AID = "aid", "Given as aid or a grant, nothing asked in return."
    LOAN = "loan", "Lent, to be repaid or returned."
    LICENCE = "licence", "A right to make or use something, under licence."
    LEASE = "lease", "Rented for a period."
    DONATION = "donation", "Given by a private donor."
    EXCHANGE = "exchange", "Swapped for something else (prisoners, goods)."
    OTHER = "other", "Other terms; say which in `text`."


@model
class TransferTerms:
    """The terms of a transfer: sale, aid, loan, licence, and the price or value."""

    kind: TransferKind = field(description="On what terms the transfer is made.")
    price: Quantity | None = field(default=None, description="The price or value of the transfer, usually money "
                                   "with a `currency`.")
    period: Time | None = field(default=None, description="How long a loan, lease or licence runs, as a time.")
    text: str | None = field(default=None, description="The wording of the terms.", max_length=1000)
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the terms.",
                                       max_items=50)


class DamageExtent(DescribedEnum):
    """How badly a place or thing was damaged."""

    DESTROYED = "destroyed", "Destroyed or beyond repair."
    SEVERE = "severe", "Badly damaged, unusable for now."
    MODERATE = "moderate", "Damaged, still usable in part."
    LIGHT = "light", "Slightly damaged."
    FLOODED = "flooded", "Under water or flooded, extent of damage not yet known."
    UNKNOWN = "unknown", "Damaged, the text does not say how badly."


@model
class Damage:
    """Damage an event did to a place or an item ("the bridge at Velke Dvory was swept away")."""

    ref: str = field(description="Id of the damaged place or item.", pattern=ID_PATTERN, max_length=ID_MAX,
                     refers_to=frozenset({"place", "item"}))
    extent: DamageExtent = field(default=DamageExtent.UNKNOWN, description="How badly it was damaged.")
    quantity: Quantity | None = field(default=None, description="How many were damaged, for a kind of thing "
                                      "(\"about 300 houses\").")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the damage.",
                                       max_items=50)
