"""The cattrs converter: JSON-ready data <-> model objects, strictly and losslessly.

cattrs converts by default (``"3"`` becomes ``3``, ``None`` becomes ``"None"``); the hooks here only accept
what the JSON Schema accepts, so a value that loads is a value that validates. Unions are tagged by ``type``
and dispatched at call time, so event types registered after import are converted too.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from . import messages
from .fields import ConstraintViolation, spec_of
from .problems import STRUCTURE, PathPart, Problem, ValidationFailed
from .scalars import (
    StrictTypeError,
    enum_value,
    expect,
    structure_bool,
    structure_date,
    structure_datetime,
    structure_enum,
    structure_float,
    structure_int,
    structure_number,
    structure_str,
    unstructure_datetime,
)
from .unions import is_root, member_of, members, root_of, tag_of

__all__ = ["StrictTypeError", "converter", "library_converter", "make_converter", "problems_from_exception",
           "structure", "unstructure"]

_T = TypeVar("_T")


def _is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType)


def _is_number(tp: Any) -> bool:
    return _is_union(tp) and set(typing.get_args(tp)) == {int, float}


def _is_optional(tp: Any) -> bool:
    return _is_union(tp) and type(None) in typing.get_args(tp)


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def make_converter() -> cattrs.Converter:
    """Build a strict converter for the model (and any registered extension types)."""
    conv = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True, detailed_validation=True)
    exact_structure: dict[type[Any], Callable[[Any], Any]] = {}
    exact_unstructure: dict[type[Any], Callable[[Any], dict[str, Any]]] = {}

    for tp, hook in ((str, structure_str), (int, structure_int), (float, structure_float),
                     (bool, structure_bool), (dt.date, structure_date), (dt.datetime, structure_datetime)):
        conv.register_structure_hook(tp, hook)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_unstructure_hook(dt.datetime, unstructure_datetime)
    conv.register_structure_hook_func(_is_number, structure_number)
    conv.register_unstructure_hook_func(_is_number, lambda v: v)
    # Registered by class, not by predicate: cattrs dispatches on the class before predicates, and a StrEnum
    # is a str subclass, so a predicate hook would lose to the plain-str hook.
    for base in (enum.Enum, enum.StrEnum, enum.IntEnum):
        conv.register_structure_hook(base, structure_enum)
        conv.register_unstructure_hook(base, enum_value)

    def optional_factory(tp: Any) -> Callable[[Any, type], Any]:
        rest = [a for a in typing.get_args(tp) if a is not type(None)]
        inner_type: Any = rest[0] if len(rest) == 1 else typing.Union[tuple(rest)]  # noqa: UP007
        inner = conv.get_structure_hook(inner_type)

        def hook(value: Any, _: type) -> Any:
            # A missing member means "not stated"; an explicit null is refused so there is one spelling.
            if value is None:
                raise StrictTypeError("null is not allowed: leave this optional member out instead")
            return inner(value, inner_type)

        return hook

    conv.register_structure_hook_factory(_is_optional, optional_factory)

    def tuple_factory(tp: Any) -> Callable[[Any, type], Any]:
        item_type = typing.get_args(tp)[0]
        item_hook = conv.get_structure_hook(item_type)

        def hook(value: Any, _: type) -> tuple[Any, ...]:
            if type(value) not in (list, tuple):
                raise expect("an array", value)
            out = []
            errors: list[Exception] = []
            for index, item in enumerate(value):
                try:
                    out.append(item_hook(item, item_type))
                except Exception as exc:  # noqa: BLE001 - collected and re-raised as a group
                    exc.__notes__ = [*getattr(exc, "__notes__", []),
                                     IterableValidationNote(f"Structuring item @ index {index}", index, item_type)]
                    errors.append(exc)
            if errors:
                raise IterableValidationError(f"While structuring {tp!r}", errors, tp)
            return tuple(out)

        return hook

    conv.register_structure_hook_factory(_is_homogeneous_tuple, tuple_factory)

    def overrides(cls: type[Any]) -> dict[str, Any]:
        result = {}
        for attribute in attrs.fields(cls):
            spec = spec_of(attribute)
            if spec.json_name or spec.always_emit:
                result[attribute.name] = override(rename=spec.json_name,
                                                  omit_if_default=False if spec.always_emit else None)
        return result

    def structure_exact(cls: type[Any]) -> Callable[[Any], Any]:
        """Structure ``cls`` itself, checking and dropping its ``type`` tag if it belongs to a union."""
        if cls in exact_structure:
            return exact_structure[cls]
        inner = make_dict_structure_fn(cls, conv, **overrides(cls))
        tagged = root_of(cls) is not None

        def hook(value: Any) -> Any:
            if not isinstance(value, Mapping):
                raise expect("an object", value)
            if tagged:
                value = dict(value)
                tag = value.pop("type", None)
                if tag != tag_of(cls):
                    raise StrictTypeError(f"expected type {tag_of(cls)!r}, got {tag!r}", keyword="const",
                                          path=("type",))
            try:
                return inner(value, cls)
            except ConstraintViolation:
                raise
            except (ClassValidationError, ForbiddenExtraKeysError, StrictTypeError):
                raise
            except (TypeError, ValueError) as exc:
                # A check in the class itself (attrs post-init) that is not a field constraint.
                raise StrictTypeError(str(exc), keyword="model") from exc

        exact_structure[cls] = hook
        return hook

    def structure_root(root: type[Any]) -> Callable[[Any, type], Any]:
        def hook(value: Any, _: type) -> Any:
            if not isinstance(value, Mapping):
                raise expect("an object", value)
            tag = value.get("type")
            cls = member_of(root, tag) if type(tag) is str else None
            if cls is not None:
                return structure_exact(cls)(value)
            registered = members(root)  # only to name them in the problem
            if tag is None:
                raise StrictTypeError(f"missing the \"type\" member; expected one of {', '.join(registered)}",
                                      keyword="required", path=())
            raise StrictTypeError(f"unknown type {tag!r}; expected one of {', '.join(registered)}",
                                  keyword="const", path=("type",))

        return hook

    def unstructure_exact(cls: type[Any]) -> Callable[[Any], dict[str, Any]]:
        if cls in exact_unstructure:
            return exact_unstructure[cls]
        inner = make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True, **overrides(cls))
        inner = _in_declared_order(cls, inner)
        if root_of(cls) is None:
            exact_unstructure[cls] = inner
            return inner
        tag = tag_of(cls)

        def hook(obj: Any) -> dict[str, Any]:
            return {"type": tag, **inner(obj)}

        exact_unstructure[cls] = hook
        return hook

    def is_model(tp: Any) -> bool:
        return isinstance(tp, type) and attrs.has(tp) and not is_root(tp)

    conv.register_structure_hook_factory(is_root, structure_root)
    conv.register_structure_hook_factory(is_model, lambda cls: lambda value, _: structure_exact(cls)(value))
    # Dispatch on the runtime class: a tuple[Event, ...] holds Transfer, Meeting, ... each with its own fields.
    conv.register_unstructure_hook_factory(is_root, lambda _: lambda obj: unstructure_exact(type(obj))(obj))
    conv.register_unstructure_hook_factory(is_model, unstructure_exact)
    return conv


#: The converter `structure`, `unstructure` and validation use. It is never handed out, so no hook registered
#: by a user can change what validation accepts or how documents are written.
library_converter = make_converter()

#: A converter of your own, built as the library's is, for code that needs cattrs directly: register hooks on it
#: freely, since validation never uses it. (`make_converter` builds further independent ones.)
converter = make_converter()


#: Members that were required in schema 1.0 and are optional since (class name, attribute). cattrs writes the
#: members it always emits before those it may omit, so without this such a member would move within every
#: document written since, and committed fixtures would change for no reason.
_ONCE_REQUIRED = frozenset({("Article", "headline")})


def _in_declared_order(cls: type[Any], inner: Callable[[Any], dict[str, Any]]) -> Callable[[Any], dict[str, Any]]:
    """``inner`` writing a once-required member where it stood in 1.0: among the required ones."""
    fields = attrs.fields(cls)
    if not any((cls.__name__, a.name) in _ONCE_REQUIRED for a in fields):
        return inner
    first = [a for a in fields if a.default is attrs.NOTHING or spec_of(a).always_emit
             or (cls.__name__, a.name) in _ONCE_REQUIRED]
    names = [spec_of(a).json_name or a.name for a in (*first, *(a for a in fields if a not in first))]

    def ordered(obj: Any) -> dict[str, Any]:
        data = inner(obj)
        return {name: data[name] for name in names if name in data}

    return ordered


def unstructure(obj: Any) -> Any:
    """Turn a model object into JSON-ready data (dicts, lists, strings, numbers, booleans)."""
    return library_converter.unstructure(obj, unstructure_as=type(obj))


def structure(data: Any, cls: type[_T]) -> _T:
    """Turn JSON-ready data into a model object, raising :class:`ValidationFailed` with the problems found.

    Type problems are collected across the whole document; an object's own constraints (lengths, patterns,
    ranges) are checked once its members have converted, so they show up after the type problems are fixed.
    `validate` reports every schema problem in one pass.
    """
    try:
        return library_converter.structure(data, cls)
    except Exception as exc:
        # Always the documented error: what cattrs raised that has no problem of its own (a RecursionError on
        # deep data, a check cattrs wraps unnamed) becomes one problem at the top.
        problems = problems_from_exception(exc) or [
            Problem(path=(), message=f"cannot be loaded as {cls.__name__}: {type(exc).__name__}: {exc}"[:300],
                    check="type", layer=STRUCTURE)]
        raise ValidationFailed(problems) from exc


def _note_path(exc: BaseException) -> tuple[PathPart, ...]:
    for note in getattr(exc, "__notes__", []):
        if isinstance(note, AttributeValidationNote):
            return (note.name,)
        if isinstance(note, IterableValidationNote):
            return (note.index,)
    return ()


def problems_from_exception(exc: BaseException, path: tuple[PathPart, ...] = ()) -> list[Problem]:
    """Flatten a structuring exception (cattrs groups included) into problems with JSON paths."""
    here = path + _note_path(exc)
    if isinstance(exc, ForbiddenExtraKeysError):
        known = [spec_of(a).json_name or a.name for a in attrs.fields(exc.cl)] if attrs.has(exc.cl) else []
        return [Problem(path=(*here, key), message=messages.unknown_member(key, known),
                        check="additionalProperties", layer=STRUCTURE) for key in sorted(exc.extra_fields)]
    if isinstance(exc, ClassValidationError | IterableValidationError):
        out: list[Problem] = []
        for sub in exc.exceptions:
            out.extend(problems_from_exception(sub, here))
        return out
    if isinstance(exc, KeyError) and here != path:
        return [Problem(path=here, message=messages.missing_member(), check="required", layer=STRUCTURE)]
    if isinstance(exc, ConstraintViolation | StrictTypeError):
        return [Problem(path=here + exc.path, message=exc.message, check=exc.keyword, layer=STRUCTURE)]
    if isinstance(exc, TypeError | ValueError):
        return [Problem(path=here, message=str(exc), check="type", layer=STRUCTURE)]
    return []
