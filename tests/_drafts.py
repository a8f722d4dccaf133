"""Turning a valid article's spans back into drafts (quote + context), as an extractor would write them."""

from __future__ import annotations

from typing import Any

from newsevents.datamodel.anchoring import quote_context


def is_span(value: Any) -> bool:
    """Whether ``value`` is a span with offsets, as a document holds it."""
    return isinstance(value, dict) and set(value) == {"start", "end", "text"} and isinstance(value["start"], int)


def to_drafts(value: Any, body: str, width: int = 24) -> Any:
    """``value`` with every span reduced to its text and ``width`` characters of context each side."""
    if is_span(value):
        prefix, suffix = quote_context(body, value["start"], value["end"], width)
        return {"text": value["text"], "prefix": prefix, "suffix": suffix}
    if isinstance(value, dict):
        return {key: to_drafts(member, body, width) for key, member in value.items()}
    if isinstance(value, list):
        return [to_drafts(item, body, width) for item in value]
    return value


def count_spans(value: Any) -> int:
    """How many spans with offsets ``value`` holds."""
    if is_span(value):
        return 1
    if isinstance(value, dict):
        return sum(count_spans(v) for v in value.values())
    if isinstance(value, list):
        return sum(count_spans(v) for v in value)
    return 0
