"""Build whole, consistent articles: ids that resolve, spans cut from the body, times and quantities in order.

:func:`articles` draws articles that pass :func:`newsevents.check_article`. Each part starts from the values
:mod:`newsevents.strategies.derive` gives its fields; reference fields then name the article's own entries, spans
are cut from its body, and a repair per class fixes what the checks ask beyond single fields.
"""

from __future__ import annotations

import operator
import string
from collections.abc import Collection, Mapping, Sequence
from typing import Any

import attrs
from hypothesis import strategies as st

from ..datamodel.article import Article, SourceValue
from ..datamodel.checks import check_article
from ..datamodel.events import Event
from ..datamodel.evidence import Span
from ..datamodel.fields import FieldSpec, evolve, type_hints
from ..datamodel.references import ANY_ENTRY, ENTRY_COLLECTIONS, ID_PATTERN
from ..datamodel.relations import Relation
from ..datamodel.statements import Statement
from ..datamodel.time import PUBLICATION, Time
from ..datamodel.unions import members
from .context import ArticleContext, drawing, reference_to, references_to, span_in_body
from .derive import (
    FieldValue,
    Strategy,
    capped,
    from_model,
    instances,
    is_homogeneous_tuple,
    is_root,
    strip_none,
    union_members,
    value_for,
)
from .repairs import Repair, repair_of, repair_source_value

__all__ = ["articles", "source_values"]

_ENTRY_COLLECTIONS = ENTRY_COLLECTIONS
#: The class each entry collection holds (``tuple[Actor, ...]`` -> Actor): a union root for events and statements.
_ENTRY_TYPES: dict[str, type[Any]] = {member: type_hints(Article)[member].__args__[0]
                                      for member, _ in ENTRY_COLLECTIONS}
_ENTRY_CLASSES = tuple(_ENTRY_TYPES.values())


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


class _ArticleStrategies:
    """Strategies for the parts of an article, valid in the article being drawn (see :mod:`.context`)."""

    def __init__(self, references: Mapping[tuple[type[Any], str], frozenset[str]]) -> None:
        """Strategies whose reference fields point at entries of the kinds ``references`` adds or overrides."""
        self.references = references
        self._exact: dict[type[Any], Strategy] = {}

    def _kinds(self, cls: type[Any], name: str) -> frozenset[str] | None:
        """What field ``name`` of ``cls`` (or of a base class) may refer to, by the caller's table; None if unsaid."""
        for klass in cls.__mro__:
            kinds = self.references.get((klass, name))
            if kinds is not None:
                return kinds
        return None

    def field_value(self, cls: type[Any]) -> FieldValue:
        """Values for the fields of ``cls`` inside an article."""

        def value(attribute: attrs.Attribute[Any], tp: Any, spec: FieldSpec) -> Strategy:
            """A placeholder for an entry's id, the ids of entries for a reference, else a derived value."""
            if attribute.name == "id" and issubclass(cls, _ENTRY_CLASSES):
                return st.just("placeholder")  # entries get their ids from the article's pool
            # What a reference may name is declared on the field (`refers_to`); the caller's table can add to it.
            kinds = self._kinds(cls, attribute.name) or spec.refers_to or None
            if kinds is None and spec.pattern == ID_PATTERN and attribute.name != "id":
                kinds = ANY_ENTRY  # an extension's reference field the library knows nothing about: make it resolve
            inner, optional = strip_none(tp)
            if kinds is None:
                strategy = value_for(tp, spec, self.model, _NESTED_ITEMS_CAP)
                assert strategy is not None
                return strategy
            if is_homogeneous_tuple(inner):
                many = references_to(kinds, spec.unique_items, capped(0, spec.max_items, _NESTED_ITEMS_CAP))
                return st.one_of(st.none(), many) if optional else many
            return reference_to(kinds, required=not optional and attribute.default is attrs.NOTHING)

        return value

    def model(self, cls: type[Any]) -> Strategy:
        """Values for a field of type ``cls`` (for a union root, any registered member)."""
        if is_root(cls):
            return union_members(cls, self.exact)
        return self.exact(cls)

    def exact(self, cls: type[Any]) -> Strategy:
        """Instances of ``cls`` itself (entries get a placeholder id)."""
        if cls is Span:
            return span_in_body()
        cached = self._exact.get(cls)
        if cached is None:
            cached = self._exact[cls] = self.fields(cls)
        return cached

    def fields(self, cls: type[Any], fixed: Mapping[str, Any] | None = None) -> Strategy:
        """Instances of ``cls`` with some fields fixed, repaired to be valid in the article."""
        repair = repair_of(cls)
        strategy = instances(cls, self.field_value(cls), fixed, repaired=repair is not None)
        assert strategy is not None
        if repair is None:
            return strategy
        return self._repaired(strategy, repair)

    def _repaired(self, strategy: Strategy, repair: Repair) -> Strategy:
        """Values of ``strategy`` passed through ``repair``."""
        @st.composite
        def repaired(draw: st.DrawFn) -> Any:
            """One value, repaired."""
            return repair(draw, draw(strategy), self)

        return repaired()


_ARTICLE_STRATEGIES: dict[frozenset[tuple[tuple[type[Any], str], frozenset[str]]], _ArticleStrategies] = {}


def _library_members(root: type[Any]) -> list[type[Any]]:
    """The members of ``root``'s union that newsevents defines (an extension's checks may ask for more)."""
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
    """One article: a body, a pool of entry ids by kind, then entries and relations drawn in that context."""
    body: str = draw(_BODIES)
    counts = {member: draw(st.integers(1, 3) if member == "actors" else st.integers(0, 3 if member == "events" else 2))
              for member, _ in _ENTRY_COLLECTIONS}
    total = sum(counts.values())
    pool: list[str] = draw(st.lists(_ENTRY_IDS, min_size=total, max_size=total, unique=True))
    ids: dict[str, list[str]] = {}
    for member, kind in _ENTRY_COLLECTIONS:
        ids[kind], pool = pool[:counts[member]], pool[counts[member]:]
    classes: dict[str, Sequence[type[Any]]] = {
        member: _library_members(cls) if is_root(cls) else (cls,) for member, cls in _ENTRY_TYPES.items()}
    classes["events"] = event_types or classes["events"]
    classes["statements"] = statement_types or classes["statements"]
    context = ArticleContext(body=body, ids=ids)
    with drawing(context):
        def entry(member: str, given_id: str) -> Any:
            """An entry for collection ``member``, with the id ``given_id``."""
            cls = draw(st.sampled_from(classes[member]))
            obj = evolve(draw(parts.exact(cls)), id=given_id)
            repair = repair_of(cls)
            obj = obj if repair is None else repair(draw, obj, parts)  # some repairs depend on the id
            time = getattr(obj, "time", None)
            if isinstance(time, Time) and time.anchor is not None and time.anchor.ref == given_id:
                # An event's time cannot count from the event itself.
                obj = evolve(obj, time=evolve(time, anchor=None, relative=False))
            return obj

        entries = {member: tuple(entry(member, given_id) for given_id in ids[kind])
                   for member, kind in _ENTRY_COLLECTIONS}
        relations: tuple[Relation, ...] = ()
        if ids["event"] or ids["statement"]:  # a relation starts from an event or a statement
            relations = tuple(draw(st.lists(parts.exact(Relation), max_size=_NESTED_ITEMS_CAP)))
        article: Article = draw(parts.fields(Article, fixed={"body": body, "relations": relations, **entries}))
    if article.published is None and context.publication_anchored:
        article = evolve(article, published=Time())  # a time counts from the publication, which needs a time
    if article.publisher is not None and any(p.check == "attribution-publisher" for p in check_article(article)):
        # Attributions are drawn before the publisher; an article that names none has no chain to start with it.
        article = evolve(article, publisher=None)
    return article


def source_values() -> st.SearchStrategy[SourceValue]:
    """Source-record members kept verbatim (their texts are JSON, as `check_article` asks)."""
    @st.composite
    def kept(draw: st.DrawFn) -> SourceValue:
        """One source value drawn from its fields, then repaired."""
        return repair_source_value(draw, draw(from_model(SourceValue)), None)

    return kept()
