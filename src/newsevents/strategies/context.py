"""The article being drawn, and the strategies that read it: spans cut from its body, ids of its entries.

The article strategies are built once and read the article being drawn (its body and the ids of its entries)
from a context variable when they draw, so each article costs draws, not strategy construction.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import typing
from collections.abc import Collection, Iterator, Mapping, Sequence

import attrs
from hypothesis import strategies as st

from ..datamodel.evidence import Span
from .derive import TEXT_CAP

__all__ = ["ArticleContext", "current", "drawing", "reference_to", "references_to", "span_in_body"]


@attrs.frozen
class ArticleContext:
    """The article being built: its body and its entries' ids by kind."""

    body: str
    ids: Mapping[str, Sequence[str]]
    #: Set once some time drawn in the article counts from its publication, which then needs a time of its own.
    publication_anchored: list[bool] = attrs.Factory(list)
    #: The revises/supersedes links drawn so far (source, target): a new one must not close a circle.
    revisions: list[tuple[str, str]] = attrs.Factory(list)

    def candidates(self, kinds: Collection[str]) -> list[str]:
        """The ids an entry of one of ``kinds`` may be referred to by."""
        return [ref for kind in sorted(kinds) for ref in self.ids.get(kind, ())]


_CURRENT: contextvars.ContextVar[ArticleContext] = contextvars.ContextVar("newsevents_article")


def current() -> ArticleContext:
    """The article being drawn (LookupError outside :func:`drawing`)."""
    return _CURRENT.get()


@contextlib.contextmanager
def drawing(context: ArticleContext) -> Iterator[None]:
    """Make ``context`` the article being drawn while the block runs."""
    token = _CURRENT.set(context)
    try:
        yield
    finally:
        _CURRENT.reset(token)


@st.composite
def span_in_body(draw: st.DrawFn) -> Span:
    """A span cut from the body of the article being drawn, at word boundaries where the body has them (a span
    cut inside a word is warned about, and a generated article should pass every check)."""
    body = current().body
    cuts = _word_boundaries(body)
    start = draw(st.sampled_from(cuts[:-1]))
    ends = [cut for cut in cuts if start < cut <= start + TEXT_CAP]
    end = draw(st.sampled_from(ends) if ends else st.integers(start + 1, min(len(body), start + TEXT_CAP)))
    return Span(start=start, end=end, text=body[start:end])


@functools.lru_cache(maxsize=64)
def _word_boundaries(body: str) -> tuple[int, ...]:
    """The offsets of ``body`` that do not fall between two letters or digits (0 and the end always do)."""
    return tuple(i for i in range(len(body) + 1)
                 if i in (0, len(body)) or not (body[i - 1].isalnum() and body[i].isalnum()))


@st.composite
def reference_to(draw: st.DrawFn, kinds: frozenset[str], required: bool) -> str | None:
    """The id of an entry of one of ``kinds``; None (or no value at all, if required) when there is none."""
    candidates = current().candidates(kinds)
    if not candidates:
        return typing.cast(str, draw(st.nothing())) if required else None
    return candidates[draw(st.integers(0, len(candidates) - 1))]


@st.composite
def references_to(draw: st.DrawFn, kinds: frozenset[str], unique: bool, cap: int) -> tuple[str, ...]:
    """Up to ``cap`` ids of entries of ``kinds`` (distinct if ``unique``); empty when there is none."""
    candidates = current().candidates(kinds)
    if not candidates:
        return ()
    indexes = st.integers(0, len(candidates) - 1)
    chosen = draw(st.lists(indexes, max_size=min(cap, len(candidates)) if unique else cap, unique=unique))
    return tuple(candidates[i] for i in chosen)
