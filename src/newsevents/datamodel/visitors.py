"""Visitors for the semantic checks: one straight-line function per model class, generated once.

A visitor checks one object's references, runs its class's checks, and hands each model object it holds to that
object's own visitor, so a whole article is checked in one pass that visits each object once. `checks.py` says
what to check; this module only turns that into code, without the per-object loops over field lists that a
generic walk needs.

A child of a class whose checks can say "nothing to report" from a quick test (a span that matches the body:
half of an article's objects) is passed over inline by its holder's visitor, without building its path or
calling its visitor: `Quiet`.
"""

from __future__ import annotations

import datetime as dt
import enum
import typing
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from .codegen import define
from .fields import spec_of, type_hints
from .problems import PathPart, Problem

__all__ = ["ChildField", "Quiet", "Visitor", "child_fields", "compile_visitor"]

Path = tuple[PathPart, ...]
#: (object, its JSON path, the article, the article's index, the list its problems are added to).
Visitor = Callable[[Any, Path, Any, Any, list[Problem]], None]
#: A Python expression that is true when an object's visitor would report nothing: ``{o}`` stands for the object;
#: ``body`` (the article's body) and ``blen`` (its length) are in scope. Source, not a function: it is written
#: into the holder's visitor, which saves a call per object (spans are half of an article's objects).
Quiet = str
#: (attribute, JSON name, the one model class its annotation names, or None).
ChildField = tuple[str, str, "type[Any] | None"]


def _may_hold_models(tp: Any) -> bool:
    """Whether a value of annotation ``tp`` can be or contain a model object (unknown annotations: yes)."""
    if tp is Ellipsis:  # tuple[X, ...]
        return False
    if isinstance(tp, type):
        return attrs.has(tp) or not issubclass(tp, str | int | float | bool | dt.date | enum.Enum | None)
    return any(_may_hold_models(arg) for arg in typing.get_args(tp)) or not typing.get_args(tp)


def _one_class(tp: Any) -> type[Any] | None:
    """The model class an annotation holds, when it is exactly one: ``X``, ``X | None`` or ``tuple[X, ...]``."""
    if isinstance(tp, type) and attrs.has(tp):
        return tp
    args = [arg for arg in typing.get_args(tp) if arg is not type(None) and arg is not Ellipsis]
    return _one_class(args[0]) if len(args) == 1 else None


def _holds_tuple(cls: type[Any], attribute: str) -> bool | None:
    """Whether a field's annotation is a tuple (``tuple[X, ...]``), never one (``X``, ``X | None``), or, when
    it cannot be resolved or mixes both, None: the visitor then tells at run time."""
    try:
        tp = type_hints(cls)[attribute]
    except Exception:  # noqa: BLE001 - an annotation that cannot be resolved
        return None
    if typing.get_origin(tp) is tuple:
        return True
    if any(typing.get_origin(arg) is tuple or arg is tuple for arg in (tp, *typing.get_args(tp))):
        return None
    return False


_CHILD_FIELDS: dict[type[Any], tuple[ChildField, ...]] = {}


def child_fields(cls: type[Any]) -> tuple[ChildField, ...]:
    """Each field of a model class that can hold model objects, worked out once per class."""
    found = _CHILD_FIELDS.get(cls)
    if found is None:
        try:
            hints = type_hints(cls)
        except Exception:  # noqa: BLE001 - an annotation that cannot be resolved: walk the field anyway
            hints = {}
        found = _CHILD_FIELDS[cls] = tuple(
            (a.name, spec_of(a).json_name or a.name, _one_class(hints[a.name]) if a.name in hints else None)
            for a in attrs.fields(cls) if a.name not in hints or _may_hold_models(hints[a.name]))
    return found


def compile_visitor(
    cls: type[Any],
    *,
    references: tuple[tuple[str, str, frozenset[str]], ...],
    checks: tuple[Callable[[Any, Any, Path, Any], Iterable[Problem]], ...],
    children: tuple[ChildField, ...],
    visitors: dict[type[Any], Visitor],
    visitor_of: Callable[[type[Any]], Visitor],
    reference_problems: Callable[[Any, Path, Any, frozenset[str]], Iterable[Problem]],
    quiet: Callable[[type[Any]], Quiet | None] = lambda _: None,
) -> Visitor:
    """The visitor of ``cls``: its reference fields (attribute, JSON name, kinds allowed), checked before its
    ``checks``, then its ``children`` visited in order, each object by the visitor that ``visitors`` holds for
    its class (``visitor_of`` makes a missing one). ``reference_problems(index, path, ref, kinds)`` words a
    reference that does not resolve to an allowed kind. ``quiet(child class)``: a test (`Quiet`) that an object of
    exactly that class has nothing to report (its visitor is then not called), or None."""
    namespace: dict[str, Any] = {"get": visitors.get, "make": visitor_of, "explain": reference_problems}
    lines = ["def visit(obj, path, article, index, problems):"]
    if references:
        lines.append("    kinds = index.kinds")
    for number, (attribute, name, allowed) in enumerate(references):
        namespace[f"K{number}"], namespace[f"N{number}"] = allowed, name
        # The common case, a reference that resolves to an allowed kind, costs one look-up.
        many = ["for i, ref in enumerate(v):",
                f"    if kinds.get(ref) not in K{number}:",
                f"        problems.extend(explain(index, (*path, N{number}, i), ref, K{number}))"]
        one = [f"if v is not None and kinds.get(v) not in K{number}:",
               f"    problems.extend(explain(index, (*path, N{number}), v, K{number}))"]
        lines += [f"    v = obj.{attribute}", *_branches(_holds_tuple(cls, attribute), many, one)]
    for number, check in enumerate(checks):
        namespace[f"C{number}"] = check
        # A built-in check returns () when all is well; a generator is always looked into.
        lines += [f"    found = C{number}(article, obj, path, index)",
                  "    if found: problems.extend(found)"]
    tests = [quiet(held) if held is not None else None for _, _, held in children]
    if any(tests):
        lines += ["    body = article.body", "    blen = len(body)"]
    for number, ((attribute, name, held), test) in enumerate(zip(children, tests, strict=True)):
        namespace[f"M{number}"], namespace[f"Q{number}"] = name, held
        # A child that its test finds has nothing to report is passed over without a path or a call.
        skip_item = [f"    if item.__class__ is Q{number} and {test.format(o='item')}: continue"] if test else []
        skip_value = f" and not (v.__class__ is Q{number} and {test.format(o='v')})" if test else ""
        many = ["for i, item in enumerate(v):", *skip_item,
                f"    (get(item.__class__) or make(item.__class__))(item, path + (M{number}, i), article, index, "
                "problems)"]
        one = [f"if v is not None{skip_value}:",
               f"    (get(v.__class__) or make(v.__class__))(v, path + (M{number},), article, index, problems)"]
        lines += [f"    v = obj.{attribute}", *_branches(_holds_tuple(cls, attribute), many, one)]
    if len(lines) == 1:
        lines.append("    pass")
    visit: Visitor = define("\n".join(lines), f"<newsevents checks visitor {cls.__qualname__}>", namespace, "visit")
    return visit


def _branches(holds_tuple: bool | None, many: list[str], one: list[str]) -> list[str]:
    """The code for a field's value ``v``, indented into the visitor: ``many`` (for a tuple of values) or ``one``
    when the annotation says which, else both behind a test at run time."""
    if holds_tuple is None:
        return ["    if isinstance(v, tuple):", *(f"        {line}" for line in many),
                "    else:", *(f"        {line}" for line in one)]
    return [f"    {line}" for line in (many if holds_tuple else one)]
