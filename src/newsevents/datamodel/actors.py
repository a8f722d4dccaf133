"""Actors: people, organisations, states, regions, groups and anonymous sources."""

from __future__ import annotations

from .evidence import Span
from .fields import field, model
from .identifiers import Identifiers
from .links import ActorPlace, Grouping
from .references import ACTOR, ID_MAX, ID_PATTERN, PLACE
from .time import Time
from .vocab import ActorKind, AffiliationRelation, OrganisationType, RoleStatus

__all__ = ["Actor", "Affiliation", "Role"]


@model
class Role:
    """A title or position an actor holds or held ("government spokesman", "former NSC official")."""

    title: str = field(description="The title as the text gives it.", max_length=300)
    organisation: str | None = field(default=None, description="Id of the organisation the role is in.",
                                     pattern=ID_PATTERN, max_length=ID_MAX, refers_to=ACTOR)
    status: RoleStatus = field(default=RoleStatus.CURRENT, description="Whether the role is held when reported.")
    time: Time | None = field(default=None, description="When the role was or will be held, if given.")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the role.", max_items=50)


@model
class Affiliation:
    """A tie between this actor and another ("now works at CSIS", "part of the Japanese government")."""

    actor: str = field(description="Id of the other actor.", pattern=ID_PATTERN, max_length=ID_MAX, refers_to=ACTOR)
    relation: AffiliationRelation = field(description="What the tie is.")
    status: RoleStatus = field(default=RoleStatus.CURRENT, description="Whether the tie holds when reported.")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the tie.", max_items=50)


@model
class Actor:
    """Someone who acts, speaks or is acted on: a person, organisation, state, region, group or unnamed source."""

    id: str = field(description="Local id, unique within the article.", pattern=ID_PATTERN, max_length=ID_MAX)
    kind: ActorKind = field(description="What sort of actor this is.")
    name: str = field(description="Canonical name; for unnamed sources a short description (\"a U.S. official\").",
                      max_length=300)
    aliases: tuple[str, ...] = field(factory=tuple, description="Other names the text uses (\"Tokyo\").",
                                     max_length=300, max_items=50, unique_items=True)
    organisation_type: OrganisationType | None = field(
        default=None, description="For organisations, what sort they are.")
    description: str | None = field(default=None, description="A short note on who this is.", max_length=1000)
    country_code: str | None = field(default=None, description="ISO 3166-1 alpha-2 code of the actor's country, "
                                     "when certain.", pattern=r"^[A-Z]{2}$", max_length=2)
    location: str | None = field(default=None, description="Id of the place the actor is based in (\"the Center "
                                 "for Strategic and International Studies in Washington\").", pattern=ID_PATTERN,
                                 max_length=ID_MAX, refers_to=PLACE)
    roles: tuple[Role, ...] = field(factory=tuple, description="Titles and positions, current and former.",
                                    max_items=50)
    affiliations: tuple[Affiliation, ...] = field(factory=tuple, description="Ties to other actors.",
                                                  max_items=50)
    identifiers: Identifiers | None = field(default=None, description="Certain identifiers in outside registries.")
    places: tuple[ActorPlace, ...] = field(factory=tuple, description="Ties to places: home town, birthplace, "
                                           "residence, seat.", max_items=50)
    group: Grouping | None = field(default=None, description="For a collective (\"four defendants\"): its count "
                                   "and the members the text names.")
    sectors: tuple[str, ...] = field(factory=tuple, description="Sector codes (PLOVER/CAMEO: GOV, MIL, REB...).",
                                     pattern=r"^[A-Z]{3}$", max_length=3, max_items=20, unique_items=True)
    ethnicity: str | None = field(default=None, description="ISO 639-2 code of the ethnic or language group the "
                                  "actor is identified with, as CAMEO and PLOVER code it (\"kur\" for Kurds).",
                                  pattern=r"^[a-z]{3}$", max_length=3, examples=["kur"])
    mentions: tuple[Span, ...] = field(factory=tuple, description="Where the text mentions the actor.",
                                       max_items=500)
