"""Anchoring a JSON article: every draft span (a quote with context, no offsets) resolved against the body.

A draft span is ``{"text": ..., "prefix": ..., "suffix": ...}`` (context optional) wherever the model has a
:class:`~newsevents.datamodel.evidence.Span`; anchoring replaces it by ``{"start", "end", "text"}`` found with
:func:`~newsevents.datamodel.anchoring.find_quote`. Spans that already carry offsets are checked against the
body and kept as they are. Members set to null are dropped (structured-output APIs write null for an absent
optional member). The walk follows the model classes, so registered extension types are anchored too. A quote
that is missing or ambiguous is a problem naming the path, the text and the candidate offsets; nothing is
guessed, and the document goes on unchanged at that place.
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

from ..datamodel.anchoring import QuoteAmbiguous, QuoteProblem, find_quote
from ..datamodel.article import Article
from ..datamodel.catalog import is_model
from ..datamodel.evidence import Span
from ..datamodel.fields import spec_of, type_hints
from ..datamodel.problems import PathPart, Problem
from ..datamodel.unions import is_root, members

__all__ = ["ANCHOR", "anchor_document"]

#: The layer name of the problems anchoring reports.
ANCHOR = "anchor"

Path = tuple[PathPart, ...]


def _problem(path: Path, message: str, check: str) -> Problem:
    return Problem(path=path, message=message, check=check, layer=ANCHOR)


@functools.cache
def _plan(tp: Any) -> tuple[str, Any]:
    """What a member's annotation asks of the walk: ("items", item type), ("model", class) or ("skip", None)."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        rest = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(rest) == 1:
            tp = rest[0]
    if typing.get_origin(tp) is tuple:
        return "items", typing.get_args(tp)[0]
    return ("model", tp) if is_model(tp) else ("skip", None)


@functools.cache
def _members_of(cls: type[Any]) -> dict[str, Any]:
    """A model class's JSON member names and their annotations (a class's fields never change)."""
    hints = type_hints(cls)
    return {spec_of(a).json_name or a.name: hints[a.name] for a in attrs.fields(cls)}


class _Anchorer:
    """One document's walk: the body, and the problems found on the way."""

    def __init__(self, body: str | None) -> None:
        self.body = body
        self.problems: list[Problem] = []

    def walk(self, value: Any, tp: Any, path: Path) -> Any:
        if not isinstance(value, (Mapping, list)):
            return value  # scalars hold no spans: most members, so skip them first
        kind, target = _plan(tp)
        if kind == "items" and isinstance(value, list):
            return [self.walk(v, target, (*path, i)) for i, v in enumerate(value)]
        if kind != "model" or not isinstance(value, Mapping):
            return value
        if target is Span:
            return self.span(value, path)
        if is_root(target):
            target = members(target).get(value.get("type"))  # type: ignore[arg-type]
            if target is None:
                return value  # an unknown tag: validation says so
        fields = _members_of(target)
        return {key: self.walk(member, fields[key], (*path, key)) if key in fields else member
                for key, member in value.items() if member is not None}

    def span(self, value: Mapping[str, Any], path: Path) -> Any:
        text = value.get("text")
        if "start" in value or "end" in value:
            start, end = value.get("start"), value.get("end")
            if (isinstance(start, int) and isinstance(end, int) and isinstance(text, str) and self.body is not None
                    and self.body[start:end] != text and 0 <= start < end):
                self.problems.append(_problem(path, f"body[{start}:{end}] is {self.body[start:end][:60]!r}, not "
                                              f"{text[:60]!r}", "span-matches-body"))
            return {k: v for k, v in value.items() if v is not None and k not in ("prefix", "suffix")}
        if not isinstance(text, str):
            self.problems.append(_problem(path, "a draft span needs its quoted text", "draft-span"))
            return value
        context = {k: value.get(k) or "" for k in ("prefix", "suffix")}
        if not all(isinstance(v, str) for v in context.values()):
            self.problems.append(_problem(path, "prefix and suffix must be strings", "draft-span"))
            return value
        if self.body is None:
            self.problems.append(_problem(path, "no body to find the quote in", "draft-span"))
            return value
        try:
            start = find_quote(self.body, text, prefix=context["prefix"], suffix=context["suffix"])
        except QuoteProblem as exc:
            check = "quote-ambiguous" if isinstance(exc, QuoteAmbiguous) else "quote-not-found"
            where = f" (candidates at {', '.join(map(str, exc.candidates))})" if exc.candidates else ""
            self.problems.append(_problem((*path, "text"), f"{exc}{where}", check))
            return value
        return {"start": start, "end": start + len(text), "text": text}


def anchor_document(document: Any) -> tuple[Any, list[Problem]]:
    """The article ``document`` (parsed JSON) with every draft span anchored and null members dropped, and
    the problems found (quotes missing or ambiguous, offsets that disagree with the body).

    A document whose spans all carry offsets and that has no null members comes back equal to itself. The
    result is not validated: pass it to :func:`newsevents.validate` for the verdict.
    """
    body = document.get("body") if isinstance(document, Mapping) else None
    anchorer = _Anchorer(body if isinstance(body, str) else None)
    return anchorer.walk(document, Article, ()), anchorer.problems
