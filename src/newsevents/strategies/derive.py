"""Derive a Hypothesis strategy from a model class's field declarations: types, patterns, bounds, lengths, unions.

Every value satisfies every constraint declared with :func:`newsevents.field`; references and spans are
well-formed but point nowhere in particular (:mod:`newsevents.strategies.article` makes them consistent).
Generated sizes are kept small for speed: strings stop at :data:`TEXT_CAP` characters and tuples at
:data:`ITEMS_CAP` items, whatever larger maximum a field declares (but never below its declared minimum).
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

from ..datamodel.fields import FieldSpec, RuleViolation, rules_deferred, spec_of, type_hints
from ..datamodel.ordering import ORDERED, RULE_KEY
from ..datamodel.unions import is_registered, members, root_of

__all__ = [
    "ITEMS_CAP",
    "TEXT_CAP",
    "FieldValue",
    "Resolver",
    "Strategy",
    "capped",
    "from_model",
    "instances",
    "is_homogeneous_tuple",
    "is_root",
    "strings_for",
    "strip_none",
    "union_members",
    "value_for",
]

_T = TypeVar("_T")
Strategy = st.SearchStrategy[Any]

#: Size caps for speed; a declared minimum larger than the cap still wins.
TEXT_CAP = 40
ITEMS_CAP = 3

#: What ``format: uri`` strings look like when generated.
_URI = r"https?://[a-z][a-z0-9-]{0,15}(\.[a-z]{2,10}){1,2}(/[A-Za-z0-9._~-]{1,12}){0,3}"

# ---------------------------------------------------------------------------------------------------------------
# Types and leaf values


def _is_union(tp: Any) -> bool:
    """Whether ``tp`` is a union annotation (``X | Y`` or ``Union[X, Y]``)."""
    return typing.get_origin(tp) in (typing.Union, types.UnionType)


def strip_none(tp: Any) -> tuple[Any, bool]:
    """``(X, True)`` for ``X | None``, ``(tp, False)`` otherwise."""
    if not _is_union(tp):
        return tp, False
    args = typing.get_args(tp)
    rest = tuple(a for a in args if a is not type(None))
    if len(rest) == len(args):
        return tp, False
    return (rest[0] if len(rest) == 1 else typing.Union[rest]), True  # noqa: UP007 - built from a tuple


def is_homogeneous_tuple(tp: Any) -> bool:
    """Whether ``tp`` is ``tuple[X, ...]``, the only sequence type the model uses."""
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def capped(low: int, high: int | None, cap: int) -> int:
    """The largest size to generate: the declared maximum or the cap, whichever is smaller, but at least low."""
    return max(low, cap if high is None else min(high, cap))


# Leaf strategies depend only on the spec, so they are built once per field declaration.
_LEAVES: dict[tuple[str, int], tuple[FieldSpec, Strategy]] = {}


def _leaf(kind: str, spec: FieldSpec, build: Callable[[FieldSpec], Strategy]) -> Strategy:
    """The ``kind`` leaf strategy for ``spec``, built by ``build`` the first time it is asked for."""
    key = (kind, id(spec))
    cached = _LEAVES.get(key)
    if cached is None or cached[0] is not spec:
        cached = _LEAVES[key] = (spec, build(spec))
    return cached[1]


def _build_strings(spec: FieldSpec) -> Strategy:
    """Strings within the declared length, matching the declared pattern, URIs for ``format: uri``."""
    low = spec.min_length or 0
    high = math.inf if spec.max_length is None else spec.max_length
    pattern = None if spec.pattern is None else re.compile(spec.pattern)

    def fits(text: str) -> bool:
        """The attrs validator's own test, so a generated value never fails construction."""
        return low <= len(text) <= high and (pattern is None or pattern.search(text) is not None)

    if spec.format == "uri" and (pattern is None or pattern.search("https://example.org/")):
        return st.from_regex(_URI, fullmatch=True).filter(fits)
    if pattern is not None:
        return st.from_regex(pattern, fullmatch=True).filter(fits)
    return st.text(min_size=low, max_size=capped(low, spec.max_length, TEXT_CAP))


def strings_for(spec: FieldSpec) -> Strategy:
    """Strings that satisfy ``spec`` (built once per field declaration)."""
    return _leaf("str", spec, _build_strings)


def _build_integers(spec: FieldSpec) -> Strategy:
    """Integers within the declared (possibly exclusive, possibly fractional) bounds."""
    low = None if spec.minimum is None else math.ceil(spec.minimum)
    if spec.exclusive_minimum is not None:
        above = math.floor(spec.exclusive_minimum) + 1
        low = above if low is None else max(low, above)
    high = None if spec.maximum is None else math.floor(spec.maximum)
    return st.integers(min_value=low, max_value=high)


def _integers(spec: FieldSpec) -> Strategy:
    """Integers that satisfy ``spec`` (built once per field declaration)."""
    return _leaf("int", spec, _build_integers)


def _build_floats(spec: FieldSpec) -> Strategy:
    """Finite floats within the declared bounds, the exclusive minimum excluded."""
    low = spec.minimum
    exclude_min = False
    if spec.exclusive_minimum is not None and (low is None or spec.exclusive_minimum >= low):
        low, exclude_min = spec.exclusive_minimum, True
    return st.floats(min_value=low, max_value=spec.maximum, exclude_min=exclude_min, allow_nan=False,
                     allow_infinity=False)


def _floats(spec: FieldSpec) -> Strategy:
    """Floats that satisfy ``spec`` (built once per field declaration)."""
    return _leaf("float", spec, _build_floats)


#: Whole-minute UTC offsets, the ones ISO 8601 text round-trips exactly.
_OFFSETS = st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59).map(
    lambda minutes: dt.timezone(dt.timedelta(minutes=minutes)))
_AWARE_DATETIMES = st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 12, 31),
                                timezones=_OFFSETS)

#: Given a model class, a strategy for it, or None when no valid instance can be made in the context.
Resolver = Callable[[type[Any]], Strategy | None]


def value_for(tp: Any, spec: FieldSpec, resolve: Resolver, cap: int = ITEMS_CAP) -> Strategy | None:
    """A strategy for a value of type ``tp`` that satisfies ``spec``, or None when none can be made.

    Tuples get at most ``cap`` items (or their declared minimum, if larger).
    """
    inner, optional = strip_none(tp)
    strategy = _required_value(inner, spec, resolve, cap)
    if not optional:
        return strategy
    return st.none() if strategy is None else st.one_of(st.none(), strategy)


def _required_value(tp: Any, spec: FieldSpec, resolve: Resolver, cap: int) -> Strategy | None:
    """Like :func:`value_for` for a type that is not optional; model classes come from ``resolve``."""
    if is_homogeneous_tuple(tp):
        low = spec.min_items or 0
        item = value_for(typing.get_args(tp)[0], spec, resolve, cap)
        if item is None:
            return st.just(()) if low == 0 else None
        return st.lists(item, min_size=low, max_size=capped(low, spec.max_items, cap),
                        unique=spec.unique_items).map(tuple)
    if _is_union(tp):
        if set(typing.get_args(tp)) == {int, float}:
            return st.one_of(_integers(spec), _floats(spec))
        arms = [s for arm in typing.get_args(tp) if (s := _required_value(arm, spec, resolve, cap)) is not None]
        return st.one_of(arms) if arms else None
    if isinstance(tp, type):
        if attrs.has(tp):
            return resolve(tp)
        if issubclass(tp, enum.Enum):
            return st.sampled_from(list(tp))
        if tp is bool:
            return st.booleans()
        if tp is int:
            return _integers(spec)
        if tp is float:
            return _floats(spec)
        if tp is str:
            return strings_for(spec)
        if tp is dt.datetime:
            return _AWARE_DATETIMES
        if tp is dt.date:
            return st.dates()
    return st.from_type(tp)


# ---------------------------------------------------------------------------------------------------------------
# Model classes


#: Given a field, its resolved type and its spec: a strategy for its value, or None when none can be made.
FieldValue = Callable[["attrs.Attribute[Any]", Any, FieldSpec], Strategy | None]


def instances(cls: type[Any], field_value: FieldValue, fixed: Mapping[str, Any] | None = None, *,
              repaired: bool = False) -> Strategy | None:
    """Instances of ``cls`` with fields drawn from ``field_value``; fields with a default are sometimes left out.

    None when a required field has no possible value. Draws whose members break a rule between them (a span
    that ends before it starts) are left out, or with ``repaired`` (a repair will put them right) built anyway.
    """
    hints = type_hints(cls)
    fixed = fixed or {}
    required: dict[str, Strategy] = {}
    optional: dict[str, Strategy] = {}
    for attribute in attrs.fields(cls):
        if not attribute.init:
            continue
        key = attribute.alias or attribute.name
        if attribute.name in fixed:
            required[key] = st.just(fixed[attribute.name])
            continue
        tp = hints[attribute.name]
        has_default = attribute.default is not attrs.NOTHING
        if has_default and attribute.default is None:
            tp = strip_none(tp)[0]  # leaving the field out is how it becomes None
        strategy = field_value(attribute, tp, spec_of(attribute))
        if has_default:
            if strategy is not None:
                optional[key] = strategy
        elif strategy is None:
            return None
        else:
            required[key] = strategy
    drawn = st.fixed_dictionaries(required, optional=optional)
    if repaired:
        return drawn.map(lambda kwargs: _built_deferred(cls, kwargs))
    return drawn.map(lambda kwargs: _built(cls, kwargs)).filter(lambda obj: obj is not None)


def _built_deferred(cls: type[Any], kwargs: dict[str, Any]) -> Any:
    """``cls(**kwargs)`` without the rules between members, for a repair to put right (its copy is checked)."""
    with rules_deferred():
        return cls(**kwargs)


def _built(cls: type[Any], kwargs: dict[str, Any]) -> Any:
    """``cls(**kwargs)``; when the members break a rule that only asks for an order (a span that ends before
    it starts), the same values put in order; None when that cannot be done (each member was drawn on its own,
    and such draws are then left out)."""
    try:
        return cls(**kwargs)
    except RuleViolation:
        fixed = _put_in_order(cls, kwargs)
    if fixed is None:
        return None
    try:
        return cls(**fixed)
    except RuleViolation:
        return None


def _put_in_order(cls: type[Any], kwargs: dict[str, Any]) -> dict[str, Any] | None:
    """``kwargs`` with the members of each ordering rule of ``cls`` (`datamodel.ordering`) sorted; a strict
    order with two equal values moves the later one up by one within its declared maximum. None when no
    ordering rule applies or a strict tie cannot be broken that way."""
    fixed = dict(kwargs)
    rules = [ORDERED[rule] for a in attrs.fields(cls) if (rule := a.metadata.get(RULE_KEY)) in ORDERED]
    for names, strict in rules:
        present = [name for name in names if fixed.get(name) is not None]
        values = sorted(fixed[name] for name in present)
        for index in range(1, len(values)) if strict else ():
            if values[index] <= values[index - 1]:
                bumped = values[index - 1] + 1
                high = spec_of(attrs.fields_dict(cls)[present[index]]).maximum
                if not isinstance(bumped, int) or (high is not None and bumped > high):
                    return None
                values[index] = bumped
        fixed.update(zip(present, values, strict=True))
    return fixed if rules else None


def is_root(cls: type[Any]) -> bool:
    """Whether ``cls`` is the root of a tagged union (``Event``, ``Statement``)."""
    return root_of(cls) is cls


def _check_model_class(cls: type[Any]) -> None:
    """Raise TypeError unless ``cls`` is a model class a strategy can be derived for."""
    if not (isinstance(cls, type) and attrs.has(cls)):
        raise TypeError(f"{cls!r} is not a model class")
    if root_of(cls) is not None and not is_root(cls) and not is_registered(cls):
        raise TypeError(f"{cls.__qualname__} is not registered in its union; decorate it with newsevents.register")


_FROM_MODEL: dict[type[Any], Strategy] = {}


def from_model(cls: type[_T]) -> st.SearchStrategy[_T]:
    """Instances of the model class ``cls``, derived from its fields and their declared constraints.

    Works for any class built with :func:`newsevents.model` and :func:`newsevents.field`, including downstream
    extensions. For a union root (:class:`~newsevents.Event`, :class:`~newsevents.Statement`) it draws from the
    members registered at draw time, so classes registered after this call are included.
    """
    _check_model_class(cls)
    if is_root(cls):
        return union_members(cls, _exact_model)
    return _exact_model(cls)


def _exact_model(cls: type[Any]) -> Strategy:
    """Instances of ``cls`` itself (not of its union members), built once per class."""
    cached = _FROM_MODEL.get(cls)
    if cached is None:
        def nested(inner: type[Any]) -> Strategy:
            """A field's model class; deferred, so a class that (indirectly) contains itself does not recurse."""
            return st.deferred(lambda: from_model(inner))

        strategy = instances(cls, lambda _attribute, tp, spec: value_for(tp, spec, nested))
        assert strategy is not None, "without context every field has a value"
        cached = _FROM_MODEL[cls] = strategy
    return cached


def union_members(root: type[Any], exact: Resolver) -> Strategy:
    """A registered member of ``root``'s union, looked up when drawn; ``exact`` gives each member's strategy."""

    by_members: dict[tuple[type[Any], ...], Strategy] = {}

    @st.composite
    def member(draw: st.DrawFn) -> Any:
        """One instance of a member registered now, so members registered after the strategy was made count."""
        current = tuple(members(root).values())
        strategy = by_members.get(current)
        if strategy is None:
            options = [s for cls in current if (s := exact(cls)) is not None]
            strategy = by_members[current] = st.one_of(options) if options else st.nothing()
        return draw(strategy)

    return member()
