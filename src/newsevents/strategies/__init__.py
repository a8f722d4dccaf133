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

import contextvars
import datetime as dt
import json
import operator
import string
import typing
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

import attrs
from hypothesis import strategies as st

from ..datamodel.actors import Actor, Affiliation, Role
from ..datamodel.article import Article, Provenance, SourceValue
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
from ..datamodel.fields import FieldSpec, spec_of
from ..datamodel.fields import evolve as _evolve
from ..datamodel.identifiers import Identifiers
from ..datamodel.items import Item
from ..datamodel.place import Coordinates, Place
from ..datamodel.policy import Instrument, PolicyChange, Provision
from ..datamodel.quantity import Quantity
from ..datamodel.references import ID_PATTERN
from ..datamodel.relations import Relation
from ..datamodel.statements import Quote, Statement
from ..datamodel.taxonomy import TaxonomyEntry
from ..datamodel.time import PUBLICATION, Time, TimeAnchor
from ..datamodel.unions import members
from ..datamodel.vocab import Precision, ValueStatus
from .derive import (
    ITEMS_CAP,
    TEXT_CAP,
    FieldValue,
    Strategy,
    capped,
    from_model,
    instances,
    is_homogeneous_tuple,
    is_root,
    strings_for,
    strip_none,
    union_members,
    value_for,
)

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
# Semantically valid articles
#
# The strategies below are built once and read the article being built (its body and the ids of its entries)
# from a context variable when they draw, so each article costs draws, not strategy construction.

_ACTOR = frozenset({"actor"})
_PLACE = frozenset({"place"})
_CLAIM = frozenset({"event", "statement"})
_ANY = frozenset({"actor", "place", "item", "event", "statement"})
_ENTRY_COLLECTIONS = (("actors", "actor"), ("places", "place"), ("items", "item"), ("events", "event"),
                      ("statements", "statement"))
_ENTRY_CLASSES = (Actor, Place, Item, Event, Statement)


#: Body text is built from these and from arbitrary text, so spans cut from it are both readable and odd.
_FRAGMENTS = ("Tokyo", "said", "on Friday", "the ministry", "\u201cwe will not\u201d", "Patriot missiles",
              "2024", ",", ".", "\n\n", "Kyiv", "officials", "reported", "dozens of", "'", "\u2014", "\u00e9t\u00e9",
              "\u6771\u4eac", "according to", "a U.S. official")
_BODIES = st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(min_size=1, max_size=12)),
                   min_size=1, max_size=30).map(" ".join)

#: Entry ids, built directly rather than from ID_PATTERN by regex: this is drawn for every entry, and faster.
_ENTRY_IDS = st.builds(
    operator.add, st.sampled_from(string.ascii_letters),
    st.text(alphabet=string.ascii_letters + string.digits + "_.-", max_size=10),
).filter(lambda ref: ref != PUBLICATION)

#: Tuples inside an article's entries are kept shorter still: an article holds many of them.
_NESTED_ITEMS_CAP = 2


@attrs.frozen
class _Context:
    """The article being built: its body and its entries' ids by kind."""

    body: str
    ids: Mapping[str, Sequence[str]]

    def candidates(self, kinds: Collection[str]) -> list[str]:
        """The ids an entry of one of ``kinds`` may be referred to by."""
        return [ref for kind in sorted(kinds) for ref in self.ids.get(kind, ())]


_CONTEXT: contextvars.ContextVar[_Context] = contextvars.ContextVar("newsevents_article")


@st.composite
def _span_in_body(draw: st.DrawFn) -> Span:
    body = _CONTEXT.get().body
    start = draw(st.integers(0, len(body) - 1))
    end = draw(st.integers(start + 1, min(len(body), start + TEXT_CAP)))
    return Span(start=start, end=end, text=body[start:end])


@st.composite
def _reference(draw: st.DrawFn, kinds: frozenset[str], required: bool) -> str | None:
    """The id of an entry of one of ``kinds``; None (or no value at all, if required) when there is none."""
    candidates = _CONTEXT.get().candidates(kinds)
    if not candidates:
        return typing.cast(str, draw(st.nothing())) if required else None
    return candidates[draw(st.integers(0, len(candidates) - 1))]


@st.composite
def _references(draw: st.DrawFn, kinds: frozenset[str], unique: bool, cap: int) -> tuple[str, ...]:
    candidates = _CONTEXT.get().candidates(kinds)
    if not candidates:
        return ()
    indexes = st.integers(0, len(candidates) - 1)
    chosen = draw(st.lists(indexes, max_size=min(cap, len(candidates)) if unique else cap, unique=unique))
    return tuple(candidates[i] for i in chosen)


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
    return spec_of(getattr(attrs.fields(cls), name))


#: A repair takes a draw function, a structurally valid object and the strategies of the article being built;
#: it returns the object made semantically valid.
Repair = Callable[[st.DrawFn, Any, "_ArticleStrategies"], Any]


def _repair_time(draw: st.DrawFn, time: Time, parts: _ArticleStrategies) -> Time:
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
    anchor = time.anchor
    if time.relative and anchor is None:
        anchor = draw(parts.model(TimeAnchor))
    return _evolve(time, earliest=earliest, latest=latest, precision=precision, value=value, era=era,
                   anchor=anchor)


def _repair_quantity(_: st.DrawFn, quantity: Quantity, __: _ArticleStrategies) -> Quantity:
    if quantity.status is ValueStatus.UNDETERMINED:
        return _evolve(quantity, value=None, minimum=None, maximum=None)
    low, high, value = quantity.minimum, quantity.maximum, quantity.value
    if low is not None and high is not None and low > high:
        low, high = high, low
    if value is not None:
        value = value if low is None else max(value, low)
        value = value if high is None else min(value, high)
    return _evolve(quantity, value=value, minimum=low, maximum=high)


def _repair_attribution(_: st.DrawFn, attribution: Attribution, __: _ArticleStrategies) -> Attribution:
    chain: list[Hop] = []
    for hop in attribution.chain:
        if not chain or chain[-1].source != hop.source:
            chain.append(hop)
    return _evolve(attribution, chain=tuple(chain))


def _repair_actor(_: st.DrawFn, actor: Actor, __: _ArticleStrategies) -> Actor:
    return _evolve(actor, affiliations=tuple(a for a in actor.affiliations if a.actor != actor.id))


def _repair_quote(draw: st.DrawFn, quote: Quote, _: _ArticleStrategies) -> Quote:
    if not quote.evidence or any(quote.text in span.text for span in quote.evidence):
        return quote
    said = quote.evidence[0].text
    start = draw(st.integers(0, len(said) - 1))
    end = draw(st.integers(start + 1, len(said)))
    return _evolve(quote, text=said[start:end])


def _repair_policy_change(_: st.DrawFn, change: PolicyChange, __: _ArticleStrategies) -> PolicyChange:
    def unique(provisions: tuple[Provision, ...]) -> tuple[Provision, ...]:
        seen: dict[str, Provision] = {}
        for provision in provisions:
            seen.setdefault(provision.id, provision)
        return tuple(seen.values())

    return _evolve(change, before=unique(change.before), after=unique(change.after))


def _repair_relation(draw: st.DrawFn, relation: Relation, _: _ArticleStrategies) -> Relation:
    if relation.source != relation.target:
        return relation
    others = [ref for ref in _CONTEXT.get().candidates(_ANY) if ref != relation.source]
    return _evolve(relation, target=draw(st.sampled_from(others) if others else st.nothing()))


#: Small JSON values, as a source record holds them.
_JSON_VALUES: Strategy = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53) + 1, 2**53 - 1) | st.text(max_size=TEXT_CAP),
    lambda inner: st.lists(inner, max_size=ITEMS_CAP) | st.dictionaries(st.text(max_size=10), inner,
                                                                         max_size=ITEMS_CAP),
    max_leaves=6)
_JSON_TEXTS: Strategy = _JSON_VALUES.map(lambda value: json.dumps(value, ensure_ascii=False))


def _repair_source_value(draw: st.DrawFn, kept: SourceValue, _: _ArticleStrategies | None) -> SourceValue:
    value = None if kept.value is None and draw(st.booleans()) else draw(_JSON_TEXTS)
    replaced = draw(st.one_of(st.none(), _JSON_TEXTS).filter(lambda text: text != value))
    if value is None and replaced is None:
        value = draw(_JSON_TEXTS)
    return _evolve(kept, value=value, replaced=replaced)


_REPAIRS: dict[type[Any], Repair] = {
    Actor: _repair_actor,
    Attribution: _repair_attribution,
    PolicyChange: _repair_policy_change,
    Quantity: _repair_quantity,
    Quote: _repair_quote,
    Relation: _repair_relation,
    SourceValue: _repair_source_value,
    Time: _repair_time,
}


def _repair_of(cls: type[Any]) -> Repair | None:
    return next((_REPAIRS[klass] for klass in cls.__mro__ if klass in _REPAIRS), None)


class _ArticleStrategies:
    """Strategies for the parts of an article that are valid in the article being drawn (see ``_CONTEXT``)."""

    def __init__(self, references: Mapping[tuple[type[Any], str], frozenset[str]]) -> None:
        self.references = references
        self._exact: dict[type[Any], Strategy] = {}

    def _kinds(self, cls: type[Any], name: str) -> frozenset[str] | None:
        for klass in cls.__mro__:
            kinds = self.references.get((klass, name))
            if kinds is not None:
                return kinds
        return None

    def field_value(self, cls: type[Any]) -> FieldValue:
        """Values for the fields of ``cls`` inside an article."""

        def value(attribute: attrs.Attribute[Any], tp: Any, spec: FieldSpec) -> Strategy:
            if attribute.name == "id" and issubclass(cls, _ENTRY_CLASSES):
                return st.just("placeholder")  # entries get their ids from the article's pool
            # What a reference may name is declared on the field (`refers_to`); the caller's table can add to it.
            kinds = self._kinds(cls, attribute.name) or spec.refers_to or None
            if kinds is None and spec.pattern == ID_PATTERN and attribute.name != "id":
                kinds = _ANY  # an extension's reference field the library knows nothing about: make it resolve
            inner, optional = strip_none(tp)
            if kinds is None:
                strategy = value_for(tp, spec, self.model, _NESTED_ITEMS_CAP)
                assert strategy is not None
                return strategy
            if is_homogeneous_tuple(inner):
                many = _references(kinds, spec.unique_items, capped(0, spec.max_items, _NESTED_ITEMS_CAP))
                return st.one_of(st.none(), many) if optional else many
            return _reference(kinds, required=not optional and attribute.default is attrs.NOTHING)

        return value

    def model(self, cls: type[Any]) -> Strategy:
        """Values for a field of type ``cls`` (for a union root, any registered member)."""
        if is_root(cls):
            return union_members(cls, self.exact)
        return self.exact(cls)

    def exact(self, cls: type[Any]) -> Strategy:
        """Instances of ``cls`` itself (entries get a placeholder id)."""
        if cls is Span:
            return _span_in_body()
        cached = self._exact.get(cls)
        if cached is None:
            cached = self._exact[cls] = self.fields(cls)
        return cached

    def fields(self, cls: type[Any], fixed: Mapping[str, Any] | None = None) -> Strategy:
        """Instances of ``cls`` with some fields fixed, repaired to be valid in the article."""
        strategy = instances(cls, self.field_value(cls), fixed)
        assert strategy is not None
        repair = _repair_of(cls)
        if repair is None:
            return strategy
        return self._repaired(strategy, repair)

    def _repaired(self, strategy: Strategy, repair: Repair) -> Strategy:
        @st.composite
        def repaired(draw: st.DrawFn) -> Any:
            return repair(draw, draw(strategy), self)

        return repaired()


_ARTICLE_STRATEGIES: dict[frozenset[tuple[tuple[type[Any], str], frozenset[str]]], _ArticleStrategies] = {}


def _library_members(root: type[Any]) -> list[type[Any]]:
    return [cls for cls in members(root).values() if cls.__module__.startswith("newsevents.")]


def articles(
    *,
    event_types: Sequence[type[Event]] | None = None,
    statement_types: Sequence[type[Statement]] | None = None,
    references: Mapping[tuple[type[Any], str], Collection[str]] | None = None,
) -> st.SearchStrategy[Article]:
    """Articles that pass :func:`newsevents.check_article`; every article has at least one actor.

    Events and statements are of the library's own types unless ``event_types`` / ``statement_types`` say
    otherwise: an extension's own checks may ask for more than this module knows. Reference fields point at
    entries of the kinds their declaration names (`field(refers_to=...)`); `references` overrides or adds to
    that as `{(cls, field_name): {"actor", "place", ...}}`, and a string field with the id pattern that
    declares nothing points at an entry of any kind.
    """
    table = {key: frozenset(kinds) for key, kinds in (references or {}).items()}
    key = frozenset(table.items())
    parts = _ARTICLE_STRATEGIES.get(key)
    if parts is None:
        parts = _ARTICLE_STRATEGIES[key] = _ArticleStrategies(table)
    return _articles(parts, tuple(event_types or ()), tuple(statement_types or ()))


@st.composite
def _articles(draw: st.DrawFn, parts: _ArticleStrategies, event_types: tuple[type[Event], ...],
              statement_types: tuple[type[Statement], ...]) -> Article:
    body: str = draw(_BODIES)
    counts = {"actors": draw(st.integers(1, 3)), "places": draw(st.integers(0, 2)),
              "items": draw(st.integers(0, 2)), "events": draw(st.integers(0, 3)),
              "statements": draw(st.integers(0, 2))}
    total = sum(counts.values())
    pool: list[str] = draw(st.lists(_ENTRY_IDS, min_size=total, max_size=total, unique=True))
    ids: dict[str, list[str]] = {}
    for member, kind in _ENTRY_COLLECTIONS:
        ids[kind], pool = pool[:counts[member]], pool[counts[member]:]
    context = _Context(body=body, ids=ids)
    classes: dict[str, Sequence[type[Any]]] = {
        "actors": (Actor,), "places": (Place,), "items": (Item,),
        "events": event_types or _library_members(Event),
        "statements": statement_types or _library_members(Statement),
    }
    token = _CONTEXT.set(context)
    try:
        def entry(member: str, entry_id: str) -> Any:
            cls = draw(st.sampled_from(classes[member]))
            obj = _evolve(draw(parts.exact(cls)), id=entry_id)
            repair = _repair_of(cls)
            return obj if repair is None else repair(draw, obj, parts)  # some repairs depend on the id

        entries = {member: tuple(entry(member, entry_id) for entry_id in ids[kind])
                   for member, kind in _ENTRY_COLLECTIONS}
        relations: tuple[Relation, ...] = ()
        if ids["event"] or ids["statement"]:  # a relation starts from an event or a statement
            relations = tuple(draw(st.lists(parts.exact(Relation), max_size=_NESTED_ITEMS_CAP)))
        article: Article = draw(parts.fields(Article, fixed={"body": body, "relations": relations, **entries}))
    finally:
        _CONTEXT.reset(token)
    return article


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


def source_values() -> st.SearchStrategy[SourceValue]:
    """Source-record members kept verbatim (their texts are JSON, as `check_article` asks)."""
    @st.composite
    def kept(draw: st.DrawFn) -> SourceValue:
        return _repair_source_value(draw, draw(from_model(SourceValue)), None)

    return kept()


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
