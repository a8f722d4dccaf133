"""Field declarations: one place where a constraint and a description are written.

Every model field is declared with :func:`field`. The declaration is stored in the attrs field metadata as a
:class:`FieldSpec`; the attrs validator is built from it here, and the JSON Schema generator reads the same
object, so a bound can never be enforced in Python and forgotten in the schema (or the other way round).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import math
import re
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar, dataclass_transform

import attrs

from . import messages
from .attrsmethods import precompiled_methods
from .methods import model_eq, model_hash, model_repr
from .ordering import RULE_KEY
from .subclasses import slotted_fieldless

__all__ = ["DATE_PATTERN", "DEFAULT_MAX_LENGTH", "STRICT_END", "ConstraintViolation", "FieldSpec", "Rule",
           "RuleViolation", "broken_rule", "evolve", "field", "is_uri", "model", "rules_deferred", "spec_of",
           "to_tuple", "type_hints"]

#: Upper bound on any string that does not declare its own; every string in the schemas has a ``maxLength``.
DEFAULT_MAX_LENGTH = 2000

_META_KEY = "newsevents"
STRICT_END = r"(?!\n)"
#: Calendar dates as JSON holds them (``2024-03-29``); `format: date` checks the calendar beside it.
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$" + STRICT_END
_T = TypeVar("_T")
#: A rule between members, given as ``field(rule=...)``: called with the object, the attribute and the member's
#: value; it calls `broken_rule` when the members do not fit together.
Rule = Callable[[Any, "attrs.Attribute[Any]", Any], None]


@attrs.frozen(kw_only=True)
class FieldSpec:
    """What a field declares beyond its type: description, JSON name and constraints."""

    description: str
    json_name: str | None = None
    #: String constraints; for a tuple of strings they apply to every item.
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    format: str | None = None
    #: Number constraints (inclusive unless named exclusive).
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    #: Tuple constraints.
    min_items: int | None = None
    max_items: int | None = None
    unique_items: bool = False
    examples: tuple[Any, ...] = ()
    deprecated: bool = False
    #: For a reference (a local id, or a tuple of them): the kinds of entry it may name ("actor", "place",
    #: "item", "event", "statement"; "publication" for the publication-time anchor).
    refers_to: frozenset[str] = frozenset()
    #: Emit the member even when it equals its default (the ``$schema`` member of an article).
    always_emit: bool = False


class ConstraintViolation(ValueError):
    """A model object was given a value that breaks a member's declared constraint (raised by the constructor,
    ``evolve`` and the strict loader). ``path`` is the member's JSON name (and item index) relative to the
    object, ``keyword`` the JSON Schema keyword or check that failed, ``message`` what is wrong; ``str()`` of the
    error names the member first (``modality: expected Modality, got 'prohibited'``)."""

    def __init__(self, path: tuple[str | int, ...], keyword: str, message: str) -> None:
        where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path).lstrip(".")
        super().__init__(f"{where}: {message}" if where else message)
        self.path = path
        self.keyword = keyword
        self.message = message


_RULES_DEFERRED: contextvars.ContextVar[bool] = contextvars.ContextVar("newsevents_rules_deferred", default=False)


@contextlib.contextmanager
def rules_deferred() -> Iterator[None]:
    """Build model objects without their rules between members (a span's start before its end, bounds in
    order) while the block runs, in this thread or task only: the validator's strict loader builds under it, so
    that its semantic checks report such a fault as a problem with a path, among the article's other problems,
    rather than the first one stopping the load."""
    token = _RULES_DEFERRED.set(True)
    try:
        yield
    finally:
        _RULES_DEFERRED.reset(token)


def broken_rule(path: tuple[str | int, ...], check: str, message: str) -> None:
    """Raise the `ConstraintViolation` of a broken rule between members (``check`` is the semantic check that
    reports the same fault in a document), unless building under `rules_deferred`."""
    if not _RULES_DEFERRED.get():
        raise RuleViolation(path, check, message)


class RuleViolation(ConstraintViolation):
    """A `ConstraintViolation` of a rule between members rather than of one member's own declaration (a span
    that ends before it starts); ``keyword`` names the semantic check that reports the same fault in a document."""


def is_uri(value: str) -> bool:
    """jsonschema's ``uri`` check (the rfc3986-validator package, called as jsonschema calls it), so the model,
    the compiled validator and jsonschema agree on every string."""
    from rfc3986_validator import validate_rfc3986  # type: ignore[import-untyped]

    return bool(validate_rfc3986(value, rule="URI"))


#: String formats a field may declare, with the check the attrs validator runs for each.
_FORMATS: dict[str, Callable[[str], bool]] = {"uri": is_uri}


def _string_check(spec: FieldSpec) -> Callable[[tuple[str | int, ...], str], None]:
    """The string constraints of a field as one function, with its pattern compiled once."""
    low, high = spec.min_length, spec.max_length
    pattern: re.Pattern[str] | None = None  # compiled at the first value, so that importing the model stays quick
    conforms = None if spec.format is None else _FORMATS[spec.format]

    def check(path: tuple[str | int, ...], value: str) -> None:
        nonlocal pattern
        if pattern is None and spec.pattern is not None:
            pattern = re.compile(spec.pattern)
        if low is not None and len(value) < low:
            raise ConstraintViolation(path, "minLength", messages.too_short(value, low))
        if high is not None and len(value) > high:
            raise ConstraintViolation(path, "maxLength", messages.too_long(value, high))
        if pattern is not None and pattern.search(value) is None:
            raise ConstraintViolation(path, "pattern", messages.no_match(value, pattern.pattern))
        if conforms is not None and not conforms(value):
            raise ConstraintViolation(path, "format", messages.bad_format(value, str(spec.format)))

    return check


def _check_number(spec: FieldSpec, path: tuple[str | int, ...], value: float) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise ConstraintViolation(path, "type", f"{value!r} is not a finite number")
    if spec.minimum is not None and value < spec.minimum:
        raise ConstraintViolation(path, "minimum", messages.below_minimum(value, spec.minimum))
    if spec.maximum is not None and value > spec.maximum:
        raise ConstraintViolation(path, "maximum", messages.above_maximum(value, spec.maximum))
    if spec.exclusive_minimum is not None and value <= spec.exclusive_minimum:
        raise ConstraintViolation(path, "exclusiveMinimum", messages.not_above(value, spec.exclusive_minimum))


def _make_validator(spec: FieldSpec) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    check_string = _string_check(spec)
    numeric = spec.minimum is not None or spec.maximum is not None or spec.exclusive_minimum is not None
    #: The field's type check per model class (a subclass inherits the field, and may resolve it differently).
    type_checks: dict[type[Any], Callable[[Any], str | None]] = {}

    def check_scalar(path: tuple[str | int, ...], value: object) -> None:
        if type(value) is str:
            check_string(path, value)
        elif isinstance(value, int | float) and not isinstance(value, bool) and (
                numeric or isinstance(value, float)):
            _check_number(spec, path, value)

    def validate(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        cls = type(instance)
        type_check = type_checks.get(cls)
        if type_check is None:
            type_check = type_checks[cls] = _type_checker(cls, attribute.name)
        problem = type_check(value)
        name = spec.json_name or attribute.name
        if problem is not None:
            raise ConstraintViolation((name,), "type", problem)
        if value is None:
            return
        if type(value) is tuple:
            if spec.min_items is not None and len(value) < spec.min_items:
                raise ConstraintViolation((name,), "minItems", messages.too_few_items(len(value), spec.min_items))
            if spec.max_items is not None and len(value) > spec.max_items:
                raise ConstraintViolation((name,), "maxItems", messages.too_many_items(len(value), spec.max_items))
            if spec.unique_items and len(set(value)) != len(value):
                raise ConstraintViolation((name,), "uniqueItems", messages.repeated_items())
            for index, item in enumerate(value):
                check_scalar((name, index), item)
        else:
            check_scalar((name,), value)

    return validate


_TYPE_CHECKERS: dict[tuple[type[Any], str], Callable[[Any], str | None]] = {}


def _type_checker(cls: type[Any], name: str) -> Callable[[Any], str | None]:
    """A function telling why a value does not fit the field's annotation (None when it fits), built once."""
    key = (cls, name)
    checker = _TYPE_CHECKERS.get(key)
    if checker is None:
        for field_name, tp in type_hints(cls).items():
            _TYPE_CHECKERS.setdefault((cls, field_name), _checker_for(tp))
        checker = _TYPE_CHECKERS[key]
    return checker


_TYPE_HINTS: dict[type[Any], Mapping[str, Any]] = {}


def type_hints(cls: type[Any]) -> Mapping[str, Any]:
    """The resolved field annotations of a model class (the model modules use string annotations), worked out
    once per class: resolving them is slow, and the validators, checks, schema and strategies all need them."""
    hints = _TYPE_HINTS.get(cls)
    if hints is None:
        hints = _TYPE_HINTS[cls] = types.MappingProxyType(typing.get_type_hints(cls))
    return hints


def _checker_for(tp: Any) -> Callable[[Any], str | None]:
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if type(None) in args:
            rest = [a for a in args if a is not type(None)]
            inner = _checker_for(rest[0] if len(rest) == 1 else typing.Union[tuple(rest)])  # noqa: UP007
            return lambda v: None if v is None else inner(v)
        if set(args) == {int, float}:
            return lambda v: None if type(v) in (int, float) else f"expected a number, got {messages.short(v)}"
    if origin is tuple:
        item = _checker_for(args[0])

        def check_tuple(value: Any) -> str | None:
            if type(value) is not tuple:
                return f"expected a tuple, got {type(value).__name__}"
            for index, element in enumerate(value):
                problem = item(element)
                if problem is not None:
                    return f"item {index}: {problem}"
            return None

        return check_tuple
    if tp is float:
        return lambda v: None if type(v) in (int, float) else f"expected a number, got {messages.short(v)}"
    if tp is dt.datetime:
        return lambda v: (None if isinstance(v, dt.datetime) and v.utcoffset() is not None
                          else f"expected a timezone-aware datetime, got {messages.short(v)}")
    if tp is dt.date:
        return lambda v: (None if isinstance(v, dt.date) and not isinstance(v, dt.datetime)
                          else f"expected a date, got {messages.short(v)}")
    if isinstance(tp, type):
        exact = tp in (int, bool, str)
        expected = tp.__name__

        def check_type(value: Any) -> str | None:
            # bool is an int subclass and enum members are str subclasses: plain types must match exactly.
            ok = type(value) is tp if exact else isinstance(value, tp)
            return None if ok else f"expected {expected}, got {messages.short(value)}"

        return check_type
    return lambda v: None


def to_tuple(value: Any) -> Any:
    """Accept a list where the model keeps a tuple (the model stays immutable, callers stay comfortable)."""
    return tuple(value) if type(value) is list else value


def field(
    *,
    description: str,
    default: Any = attrs.NOTHING,
    factory: Callable[[], Any] | None = None,
    json_name: str | None = None,
    min_length: int | None = 1,
    max_length: int | None = DEFAULT_MAX_LENGTH,
    pattern: str | None = None,
    format: str | None = None,  # noqa: A002 - the JSON Schema keyword's own name
    minimum: float | None = None,
    maximum: float | None = None,
    exclusive_minimum: float | None = None,
    min_items: int | None = None,
    max_items: int | None = None,
    unique_items: bool = False,
    examples: Sequence[Any] = (),
    deprecated: bool = False,
    always_emit: bool = False,
    refers_to: Iterable[str] = (),
    kw_only: bool = True,
    init: bool = True,
    rule: Rule | None = None,
) -> Any:
    """Declare a model field with its description and constraints.

    String fields get `min_length=1` and `max_length=DEFAULT_MAX_LENGTH` unless they say otherwise: an
    empty name or an unbounded string is almost always an extraction error.

    A pattern that ends in `$` gets `(?!\\n)` appended: Python's `$` also matches before a final newline and
    ECMAScript's does not, so without it `"JP\\n"` would pass `^[A-Z]{2}$` in Python validators only.

    ``rule`` checks this member against others (a span's end after its start): attrs runs it once all members
    are set, after the checks of the members declared before it, so it goes on the last member it reads. Such
    rules are not in the schema; the semantic checks report them in documents, and the trusted loader, which
    builds objects the schema accepted, does not run them (nor does any building under `rules_deferred`).
    """
    if pattern is not None and pattern.endswith("$"):
        pattern += STRICT_END
    if format is not None and format not in _FORMATS:
        raise ValueError(f"unsupported string format {format!r}; known: {', '.join(_FORMATS)}")
    spec = FieldSpec(
        description=description,
        json_name=json_name,
        min_length=min_length,
        max_length=max_length,
        pattern=pattern,
        format=format,
        minimum=minimum,
        maximum=maximum,
        exclusive_minimum=exclusive_minimum,
        min_items=min_items,
        max_items=max_items,
        unique_items=unique_items,
        examples=tuple(examples),
        deprecated=deprecated,
        always_emit=always_emit,
        refers_to=frozenset(refers_to),
    )
    if factory is not None:
        default = attrs.Factory(factory)
    return attrs.field(
        converter=to_tuple if factory is tuple else None,
        default=default,
        validator=_make_validator(spec) if rule is None else [_make_validator(spec), rule],
        metadata={_META_KEY: spec, RULE_KEY: rule},
        kw_only=kw_only,
        init=init,
    )


def spec_of(attribute: attrs.Attribute[Any]) -> FieldSpec:
    """The :class:`FieldSpec` of a model field; a field declared without :func:`field` is a bug."""
    try:
        spec = attribute.metadata[_META_KEY]
    except KeyError:
        raise TypeError(f"field {attribute.name!r} was not declared with newsevents.field()") from None
    assert isinstance(spec, FieldSpec)
    return spec


@dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(field, attrs.field))
def model(cls: type[_T]) -> type[_T]:
    """Make ``cls`` a frozen, slotted, keyword-only attrs class, the only kind the model is made of."""
    if not cls.__doc__:
        raise TypeError(f"{cls.__name__} needs a docstring: it becomes the schema description")
    shared = slotted_fieldless(cls)
    if shared is not None:
        return typing.cast(type[_T], shared)  # its constructor is the base's, documented there
    # Comparison, hashing and text come from one shared implementation instead of compiled code per class.
    with precompiled_methods():
        made = attrs.frozen(kw_only=True, cache_hash=False, eq=False, repr=False)(cls)
    made.__eq__, made.__hash__, made.__repr__ = model_eq, model_hash, model_repr  # type: ignore[method-assign]
    _document_constructor(made)
    return made


def _document_constructor(cls: type[Any]) -> None:
    """Put each member's declared type and description on the constructor, where ``help()`` and editors look.

    attrs annotates a parameter that has a converter with the converter's argument type (``Any`` for the
    list-to-tuple one), so the declared type is written back; the class docstring is left alone (it is the
    schema's description).
    """
    init = cls.__init__
    lines = [f"{cls.__name__}(**members): every member is a keyword argument (see the class docstring).", "",
             "Members:"]
    for attribute in attrs.fields(cls):
        if not attribute.init:
            continue
        declared = attribute.type if isinstance(attribute.type, str) else getattr(attribute.type, "__name__", "")
        if attribute.converter is not None and declared:
            init.__annotations__[attribute.alias] = declared
        spec = attribute.metadata.get(_META_KEY)
        description = spec.description if isinstance(spec, FieldSpec) else ""
        lines.append(f"    {attribute.alias}: {declared}" + (" (optional)" if attribute.default is not attrs.NOTHING
                                                             else ""))
        if description:
            lines.append(f"        {description}")
    init.__doc__ = "\n".join(lines)


def evolve(obj: _T, **changes: Any) -> _T:
    """A copy of a model object with some fields changed (``attrs.evolve``, typed for model classes, which
    mypy does not see as attrs classes); the copy is validated like any new object."""
    return typing.cast(_T, attrs.evolve(typing.cast(Any, obj), **changes))
