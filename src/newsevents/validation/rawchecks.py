"""The semantic checks that can run on a document the schema refused: one run shows every layer's problems.

A document with a schema problem cannot be loaded into model objects, so the semantic checks proper never see
it. Some of them need no objects: ids unique, references resolving to an entry of an allowed kind, evidence
spans matching the body. These run here on the raw JSON data, guided by the model's field declarations (which
members are references, which hold spans, which class a nested object is); whatever does not have the shape
they need is left to the schema problems already found. Their problems are worded as the checks word them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from ..datamodel import messages
from ..datamodel.catalog import model_types_in
from ..datamodel.evidence import Span
from ..datamodel.fields import spec_of, type_hints
from ..datamodel.problems import SEMANTIC, PathPart, Problem, json_path
from ..datamodel.references import ENTRY_COLLECTIONS, kinds_wanted
from ..datamodel.time import PUBLICATION
from ..datamodel.unions import is_root, member_of

__all__ = ["raw_problems"]

Path = tuple[PathPart, ...]


@attrs.frozen
class _Member:
    """What the raw checks need to know of one member of a model class."""

    refers_to: frozenset[str]
    #: The model class of the objects it holds (a union root for tagged members), or None.
    holds: type[Any] | None


_MEMBERS: dict[type[Any], dict[str, _Member]] = {}


def _members(cls: type[Any]) -> dict[str, _Member]:
    """The members of a model class by JSON name, worked out once per class."""
    found = _MEMBERS.get(cls)
    if found is None:
        found = _MEMBERS[cls] = {}
        hints = type_hints(cls)
        for attribute in attrs.fields(cls):
            spec = spec_of(attribute)
            classes = model_types_in(hints.get(attribute.name))
            found[spec.json_name or attribute.name] = _Member(spec.refers_to,
                                                              classes[0] if len(classes) == 1 else None)
    return found


def _problem(path: Path, message: str, check: str) -> Problem:
    return Problem(path=path, message=message, check=check, layer=SEMANTIC)


def raw_problems(data: Any, root: type[Any], schema_problems: Sequence[Problem]) -> list[Problem]:
    """The raw-data checks' problems with ``data`` (a document of model class ``root`` that the schema refused
    with ``schema_problems``), leaving out any at or inside a place a schema problem already names."""
    if not isinstance(data, dict):
        return []
    taken = [p.path for p in schema_problems]
    kinds, problems, complete = _ids(data, taken)
    body = data.get("body")
    body = body if isinstance(body, str) else None
    problems.extend(_walk(data, root, (), kinds, body))
    if not complete:
        # An entry whose id the schema refused may be the one a reference means: "does not resolve" would be noise.
        problems = [p for p in problems if p.check != "reference-resolves"]
    return [p for p in problems if not any(p.path[:len(t)] == t for t in taken)]


def _ids(data: dict[str, Any], taken: list[Path]) -> tuple[dict[str, str], list[Problem], bool]:
    """The entries' kinds by id, the problems of ids used twice, and whether every entry has a usable id."""
    kinds: dict[str, str] = {}
    first: dict[str, Path] = {}
    problems: list[Problem] = []
    complete = True
    for member, kind in ENTRY_COLLECTIONS:
        entries = data.get(member)
        if not isinstance(entries, list):
            continue
        for index, entry in enumerate(entries):
            ref = entry.get("id") if isinstance(entry, dict) else None
            path: Path = (member, index, "id")
            if not isinstance(ref, str) or any(path[:len(t)] == t for t in taken):
                complete = False
                continue
            if ref in kinds:
                problems.append(_problem(path, f"id {ref!r} is already used by {json_path(first[ref])}", "unique-id"))
                continue
            kinds[ref], first[ref] = kind, path
    return kinds, problems, complete


def _walk(value: Any, cls: type[Any], path: Path, kinds: dict[str, str], body: str | None) -> Iterator[Problem]:
    """Problems of ``value``, an object of class ``cls`` (or a union root, resolved by its tag); iterative, so
    that nesting a hostile document deep costs no recursion."""
    stack: list[tuple[Any, type[Any], Path]] = [(value, cls, path)]
    while stack:
        obj, klass, where = stack.pop()
        if not isinstance(obj, dict):
            continue
        if is_root(klass):
            tag = obj.get("type")
            member = member_of(klass, tag) if isinstance(tag, str) else None
            if member is None:
                continue
            klass = member
        if klass is Span:
            yield from _span(obj, where, body)
            continue
        children: list[tuple[Any, type[Any], Path]] = []
        for name, declared in _members(klass).items():
            item = obj.get(name)
            if item is None:
                continue
            if declared.refers_to:
                yield from _references(item, (*where, name), declared.refers_to, kinds)
            elif declared.holds is not None:
                if isinstance(item, list):
                    children.extend((element, declared.holds, (*where, name, i)) for i, element in enumerate(item))
                else:
                    children.append((item, declared.holds, (*where, name)))
        stack.extend(reversed(children))  # popped in document order: problems come in the checks' order


def _references(item: Any, path: Path, allowed: frozenset[str], kinds: dict[str, str]) -> list[Problem]:
    if item.__class__ is str and kinds.get(item) in allowed:
        return []  # the common case, one reference that resolves to an allowed kind, without a loop
    refs = [(path, item)] if not isinstance(item, list) else [((*path, i), r) for i, r in enumerate(item)]
    wanted = kinds_wanted(allowed)
    problems = []
    for where, ref in refs:
        if not isinstance(ref, str) or (ref == PUBLICATION and PUBLICATION in allowed):
            continue
        kind = kinds.get(ref)
        if kind is None:
            problems.append(_problem(where, messages.unresolved(ref, wanted), "reference-resolves"))
        elif kind not in allowed:
            problems.append(_problem(where, messages.wrong_kind(ref, kind, wanted), "reference-kind"))
    return problems


def _span(span: dict[str, Any], path: Path, body: str | None) -> tuple[Problem, ...]:
    # A tuple, not a generator: the common case, a span that matches the body, costs a few comparisons.
    start, end, text = span.get("start"), span.get("end"), span.get("text")
    if type(start) is not int or type(end) is not int or not isinstance(text, str) or body is None or start < 0:
        return ()  # the schema problems say what is wrong with it
    if start >= end:
        return (_problem(path, messages.span_order(start, end), "span-order"),)
    if end > len(body):
        return (_problem((*path, "end"), messages.span_past_body(end, len(body)), "span-in-body"),)
    if body[start:end] != text:
        return (_problem((*path, "text"), messages.span_text(start, end, body[start:end], text, body.find(text)),
                         "span-matches-body"),)
    return ()
