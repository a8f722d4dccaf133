"""Quantities, exact or vague, as the text gives them."""

from __future__ import annotations

from typing import Any

from . import messages
from .amounts import CURRENCY_PATTERN, AmountChange, Scale
from .evidence import Span
from .fields import broken_rule, field, model
from .ordering import ordered
from .vocab import ValueStatus

__all__ = ["NUMBER_MAX", "Quantity"]

#: Largest magnitude a quantity may have; beyond it JSON numbers lose precision in common parsers.
NUMBER_MAX = 1e15


@ordered("minimum", "value", "maximum")
def _in_order(quantity: Any, _: Any, high: float | None) -> None:
    # On the last of the three numbers, so that all three have passed their own checks.
    low, value = quantity.minimum, quantity.value
    if low is not None and high is not None and low > high:
        broken_rule(("maximum",), "interval-order", messages.bounds_order("minimum", low, "maximum", high))
    elif value is not None and ((low is not None and value < low) or (high is not None and value > high)):
        broken_rule(("value",), "value-in-bounds", messages.outside_bounds(value, low, high))


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
                                        minimum=-NUMBER_MAX, maximum=NUMBER_MAX, rule=_in_order)

    approximate: bool = field(default=False, description="True when the wording is vague or approximate.")
    unit: str | None = field(default=None, description="Unit of measure, when not a plain count: one of the "
                             "documented units (\"tonne\", \"km\"); money goes in `currency`.", max_length=50)
    currency: str | None = field(default=None, description="ISO 4217 code of the currency, for money (\"USD\").",
                                 pattern=CURRENCY_PATTERN, max_length=3, examples=["USD", "EUR"])
    scale: Scale | None = field(default=None, description="The scale word the number is written with (\"3.2 "
                                "million\": `stated` 3.2, `scale` million, `value` 3200000).")
    stated: int | float | None = field(default=None, description="The number as written before its scale word "
                                       "(3.2 in \"3.2 million\").", minimum=-NUMBER_MAX, maximum=NUMBER_MAX)
    of_total: int | float | None = field(default=None, description="The whole this amount is part of (14 in "
                                         "\"10 of the 14 drones\").", minimum=0, maximum=NUMBER_MAX)
    change: AmountChange | None = field(default=None, description="How the amount compares with a baseline (\"up a "
                                  "third on last year\").")
    counted: str | None = field(default=None, description="What is counted (\"Patriot interceptor missiles\").",
                                max_length=300)
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the amount.",
                                       max_items=50)
