"""Hypothesis strategies for the model: any model class, and articles that pass the semantic checks.

Hypothesis is a test-time dependency of newsevents (the ``test`` extra), and this is the only module that imports
it: ``import newsevents`` never imports this module. Installing newsevents registers
:func:`newsevents.strategies.plugin.setup_hook` as a Hypothesis plugin, so once Hypothesis is imported
``st.from_type(Actor)`` works for every public model class, without importing this module.

- :func:`from_model` derives a strategy for any model class, a downstream extension's included, from its attrs
  fields and the constraints declared with :func:`newsevents.field`. Every value satisfies every field
  constraint; references and spans are well-formed but point nowhere in particular.
- :func:`articles` builds articles that also pass :func:`newsevents.check_article`: ids are unique, references
  resolve to entries of the right kind, spans are cut from the body, times and quantities are consistent.
- One named strategy per public model class (:func:`actors`, :func:`events`, :func:`policy_changes`, ...).

Generated sizes are kept small for speed: strings stop at 40 characters and tuples at 3 items, whatever larger
maximum a field declares (but never below its declared minimum).
"""

from __future__ import annotations

from hypothesis import strategies as st

from ..datamodel.actors import Actor, Affiliation, Role
from ..datamodel.article import Provenance
from ..datamodel.attribution import Attribution, Hop
from ..datamodel.events import (
    Agreement,
    Announcement,
    ArmedAttack,
    Assault,
    Coercion,
    Concession,
    Cooperation,
    Demand,
    Disapproval,
    Event,
    Investigation,
    MediaReport,
    Meeting,
    Mobilization,
    Participant,
    Protest,
    Rejection,
    Retreat,
    Sanction,
    Support,
    Threat,
    Transfer,
)
from ..datamodel.evidence import Span
from ..datamodel.identifiers import Identifiers
from ..datamodel.items import Item
from ..datamodel.place import Coordinates, Place
from ..datamodel.policy import Instrument, PolicyChange, Provision
from ..datamodel.quantity import Quantity
from ..datamodel.relations import Relation
from ..datamodel.statements import Quote, Statement
from ..datamodel.taxonomy import TaxonomyEntry
from ..datamodel.time import Time, TimeAnchor
from .article import articles, source_values
from .derive import from_model

__all__ = [
    "actors",
    "affiliations",
    "agreements",
    "announcements",
    "armed_attacks",
    "articles",
    "assaults",
    "attributions",
    "coercions",
    "concessions",
    "cooperations",
    "coordinates",
    "demands",
    "disapprovals",
    "events",
    "from_model",
    "hops",
    "identifiers",
    "instruments",
    "investigations",
    "items",
    "media_reports",
    "meetings",
    "mobilizations",
    "participants",
    "places",
    "policy_changes",
    "protests",
    "provenances",
    "provisions",
    "quantities",
    "quotes",
    "rejections",
    "relations",
    "retreats",
    "roles",
    "sanctions",
    "source_values",
    "spans",
    "statements",
    "supports",
    "taxonomy_entries",
    "threats",
    "time_anchors",
    "times",
    "transfers",
]

# ---------------------------------------------------------------------------------------------------------------
# Named strategies, one per public model class


def actors() -> st.SearchStrategy[Actor]:
    """Actors (references point nowhere in particular)."""
    return from_model(Actor)


def affiliations() -> st.SearchStrategy[Affiliation]:
    """Affiliations between actors."""
    return from_model(Affiliation)


def agreements() -> st.SearchStrategy[Agreement]:
    """Agreement events."""
    return from_model(Agreement)


def announcements() -> st.SearchStrategy[Announcement]:
    """Announcement events."""
    return from_model(Announcement)


def armed_attacks() -> st.SearchStrategy[ArmedAttack]:
    """Armed attack events."""
    return from_model(ArmedAttack)


def assaults() -> st.SearchStrategy[Assault]:
    """Assault events."""
    return from_model(Assault)


def attributions() -> st.SearchStrategy[Attribution]:
    """Attribution chains."""
    return from_model(Attribution)


def coercions() -> st.SearchStrategy[Coercion]:
    """Coercion events."""
    return from_model(Coercion)


def concessions() -> st.SearchStrategy[Concession]:
    """Concession events."""
    return from_model(Concession)


def cooperations() -> st.SearchStrategy[Cooperation]:
    """Cooperation events."""
    return from_model(Cooperation)


def coordinates() -> st.SearchStrategy[Coordinates]:
    """Points on the WGS 84 ellipsoid."""
    return from_model(Coordinates)


def demands() -> st.SearchStrategy[Demand]:
    """Demand events."""
    return from_model(Demand)


def disapprovals() -> st.SearchStrategy[Disapproval]:
    """Disapproval events."""
    return from_model(Disapproval)


def events() -> st.SearchStrategy[Event]:
    """Events of every registered type, extensions registered before the draw included."""
    return from_model(Event)


def hops() -> st.SearchStrategy[Hop]:
    """Hops of attribution chains."""
    return from_model(Hop)


def identifiers() -> st.SearchStrategy[Identifiers]:
    """External identifiers."""
    return from_model(Identifiers)


def instruments() -> st.SearchStrategy[Instrument]:
    """Policy instruments."""
    return from_model(Instrument)


def investigations() -> st.SearchStrategy[Investigation]:
    """Investigation events."""
    return from_model(Investigation)


def items() -> st.SearchStrategy[Item]:
    """Items that events act on."""
    return from_model(Item)


def media_reports() -> st.SearchStrategy[MediaReport]:
    """Media report events."""
    return from_model(MediaReport)


def meetings() -> st.SearchStrategy[Meeting]:
    """Meeting events."""
    return from_model(Meeting)


def mobilizations() -> st.SearchStrategy[Mobilization]:
    """Mobilization events."""
    return from_model(Mobilization)


def participants() -> st.SearchStrategy[Participant]:
    """Event participants."""
    return from_model(Participant)


def places() -> st.SearchStrategy[Place]:
    """Places."""
    return from_model(Place)


def policy_changes() -> st.SearchStrategy[PolicyChange]:
    """Policy change events."""
    return from_model(PolicyChange)


def protests() -> st.SearchStrategy[Protest]:
    """Protest events."""
    return from_model(Protest)


def provenances() -> st.SearchStrategy[Provenance]:
    """Provenance records."""
    return from_model(Provenance)


def provisions() -> st.SearchStrategy[Provision]:
    """Policy provisions."""
    return from_model(Provision)


def quantities() -> st.SearchStrategy[Quantity]:
    """Quantities (bounds not necessarily ordered: see :func:`articles` for consistent ones)."""
    return from_model(Quantity)


def quotes() -> st.SearchStrategy[Quote]:
    """Direct quotes."""
    return from_model(Quote)


def rejections() -> st.SearchStrategy[Rejection]:
    """Rejection events."""
    return from_model(Rejection)


def relations() -> st.SearchStrategy[Relation]:
    """Relations between events, statements and other entries."""
    return from_model(Relation)


def retreats() -> st.SearchStrategy[Retreat]:
    """Retreat events."""
    return from_model(Retreat)


def roles() -> st.SearchStrategy[Role]:
    """Roles of actors."""
    return from_model(Role)


def sanctions() -> st.SearchStrategy[Sanction]:
    """Sanction events."""
    return from_model(Sanction)


def spans() -> st.SearchStrategy[Span]:
    """Spans (offsets and text not tied to any body)."""
    return from_model(Span)


def statements() -> st.SearchStrategy[Statement]:
    """Statements of every registered type (plain statements and quotes, plus extensions)."""
    return from_model(Statement)


def supports() -> st.SearchStrategy[Support]:
    """Support events."""
    return from_model(Support)


def taxonomy_entries() -> st.SearchStrategy[TaxonomyEntry]:
    """Taxonomy entries."""
    return from_model(TaxonomyEntry)


def threats() -> st.SearchStrategy[Threat]:
    """Threat events."""
    return from_model(Threat)


def time_anchors() -> st.SearchStrategy[TimeAnchor]:
    """Anchors of relative times."""
    return from_model(TimeAnchor)


def times() -> st.SearchStrategy[Time]:
    """Times (fields not necessarily consistent: see :func:`articles` for consistent ones)."""
    return from_model(Time)


def transfers() -> st.SearchStrategy[Transfer]:
    """Transfer events."""
    return from_model(Transfer)
