"""Evidence spans: where in the article body the text says something."""

from __future__ import annotations

from typing import Any

from . import messages
from .fields import broken_rule, field, model
from .ordering import ordered

__all__ = ["BODY_MAX", "Span"]

#: Longest article body accepted, in characters.
BODY_MAX = 1_000_000


@ordered("start", "end", strict=True)
def _after_start(span: Any, _: Any, end: int) -> None:
    if end <= span.start:
        broken_rule(("end",), "span-order", messages.span_order(span.start, end))


@model
class Span:
    """A stretch of the article body, by character offsets and by its exact text.

    Like a W3C Web Annotation with both a TextPositionSelector and a TextQuoteSelector: the offsets locate the
    text fast, the quoted text lets anyone check the offsets and find the passage again if the body shifts.
    Offsets count Unicode code points (Python string indices), start inclusive, end exclusive: not UTF-16 code
    units (JavaScript, Java) nor UTF-8 bytes (Rust, Go); `newsevents.utf16_offset` and `newsevents.byte_offset`
    convert. An extractor that cannot count may write a draft span, the text with a little context before and
    after (`{"text", "prefix", "suffix"}`), and let `newsevents anchor` find the offsets.
    """

    start: int = field(description="Offset of the first character of the span in the body, in code points.",
                       minimum=0, maximum=BODY_MAX)
    end: int = field(description="Offset just past the last character of the span in the body, in code points.",
                     minimum=1, maximum=BODY_MAX, rule=_after_start)
    text: str = field(description="The exact body text between start and end.", max_length=20_000)
