"""Visitors for the semantic checks: one straight-line function per model class, generated once.

A visitor checks one object's references, runs its class's checks, and hands each model object it holds to that
object's own visitor, so a whole article is checked in one pass that visits each object once. `checks.py` says
what to check; this module only turns that into code, without the per-object loops over field lists that a
generic walk needs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from .problems import PathPart, Problem

__all__ = ["Visitor", "compile_visitor"]

Path = tuple[PathPart, ...]
#: (object, its JSON path, the article, the article's index, the list its problems are added to).
Visitor = Callable[[Any, Path, Any, Any, list[Problem]], None]


def compile_visitor(
    cls: type[Any],
    *,
    references: tuple[tuple[str, str, frozenset[str]], ...],
    checks: tuple[Callable[[Any, Any, Path, Any], Iterable[Problem]], ...],
    children: tuple[tuple[str, str], ...],
    visitors: dict[type[Any], Visitor],
    visitor_of: Callable[[type[Any]], Visitor],
    reference_problems: Callable[[Any, Path, Any, frozenset[str]], Iterable[Problem]],
) -> Visitor:
    """The visitor of ``cls``: its reference fields (attribute, JSON name, kinds allowed), checked before its
    ``checks``, then its ``children`` (attribute, JSON name) visited in order, each object by the visitor that
    ``visitors`` holds for its class (``visitor_of`` makes a missing one). ``reference_problems(index, path,
    ref, kinds)`` words a reference that does not resolve to an allowed kind."""
    namespace: dict[str, Any] = {"get": visitors.get, "make": visitor_of, "explain": reference_problems}
    lines = ["def visit(obj, path, article, index, problems):"]
    if references:
        lines.append("    kinds = index.kinds")
    for number, (attribute, name, allowed) in enumerate(references):
        namespace[f"K{number}"], namespace[f"N{number}"] = allowed, name
        # The common case, a reference that resolves to an allowed kind, costs one look-up.
        lines += [f"    v = obj.{attribute}",
                  "    if isinstance(v, tuple):",
                  "        for i, ref in enumerate(v):",
                  f"            if kinds.get(ref) not in K{number}:",
                  f"                problems.extend(explain(index, (*path, N{number}, i), ref, K{number}))",
                  f"    elif v is not None and kinds.get(v) not in K{number}:",
                  f"        problems.extend(explain(index, (*path, N{number}), v, K{number}))"]
    for number, check in enumerate(checks):
        namespace[f"C{number}"] = check
        # A built-in check returns () when all is well; a generator is always looked into.
        lines += [f"    found = C{number}(article, obj, path, index)",
                  "    if found: problems.extend(found)"]
    for number, (attribute, name) in enumerate(children):
        namespace[f"M{number}"] = name
        lines += [f"    v = obj.{attribute}",
                  "    if isinstance(v, tuple):",
                  "        for i, item in enumerate(v):",
                  "            (get(item.__class__) or make(item.__class__))(",
                  f"                item, path + (M{number}, i), article, index, problems)",
                  "    elif v is not None:",
                  f"        (get(v.__class__) or make(v.__class__))(v, path + (M{number},), article, index, problems)"]
    if len(lines) == 1:
        lines.append("    pass")
    exec(compile("\n".join(lines), f"<newsevents checks visitor {cls.__qualname__}>", "exec"), namespace)
    visit: Visitor = namespace["visit"]
    return visit
