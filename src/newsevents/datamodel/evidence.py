"""Evidence spans: where in the article body the text says something."""

from __future__ import annotations

from .fields import field, model

__all__ = ["BODY_MAX", "Span"]

#: Longest article body accepted, in characters.
BODY_MAX = 1_000_000


@model
class Span:
    """A stretch of the article body, by character offsets and by its exact text.

    Like a W3C Web Annotation with both a TextPositionSelector and a TextQuoteSelector: the offsets locate the
    text fast, the quoted text lets anyone check the offsets and find the passage again if the body shifts.
    Offsets count Unicode code points (Python string indices), start inclusive, end exclusive.
    """

    start: int = field(description="Offset of the first character of the span in the body.", minimum=0,
                       maximum=BODY_MAX)
    end: int = field(description="Offset just past the last character of the span in the body.", minimum=1,
                     maximum=BODY_MAX)
    text: str = field(description="The exact body text between start and end.", max_length=20_000)
