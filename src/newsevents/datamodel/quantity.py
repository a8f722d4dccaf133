"""Quantities, exact or vague, as the text gives them."""

from __future__ import annotations

from .evidence import Span
from .fields import field, model
from .vocab import ValueStatus

__all__ = ["NUMBER_MAX", "Quantity"]

#: Largest magnitude a quantity may have; beyond it JSON numbers lose precision in common parsers.
NUMBER_MAX = 1e15


@model
class Quantity:
    """An amount the text reports: exact ("two"), bounded ("more than 40") or vague ("dozens").

    Give `value` for an exact or approximate number, `minimum`/`maximum` for what a vague expression
    implies, and always the original wording in `text` when there is one.
    """

    text: str | None = field(default=None, description="The wording in the article (\"dozens\").",
                             max_length=500)
    status: ValueStatus = field(default=ValueStatus.SPECIFIED,
                                description="Whether the amount is given or said to be undetermined.")
    value: int | float | None = field(default=None, description="The number, when the text gives one.",
                                      minimum=-NUMBER_MAX, maximum=NUMBER_MAX)
    minimum: int | float | None = field(default=None, description="Lower bound implied by the wording (inclusive).",
                                        minimum=-NUMBER_MAX, maximum=NUMBER_MAX)
    maximum: int | float | None = field(default=None, description="Upper bound implied by the wording (inclusive).",
                                        minimum=-NUMBER_MAX, maximum=NUMBER_MAX)
    approximate: bool = field(default=False, description="True when the wording is vague or approximate.")
    unit: str | None = field(default=None, description="Unit of measure, when not a plain count (\"USD\", \"km\").",
                             max_length=50)
    counted: str | None = field(default=None, description="What is counted (\"Patriot interceptor missiles\").",
                                max_length=300)
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the amount.",
                                       max_items=50)
