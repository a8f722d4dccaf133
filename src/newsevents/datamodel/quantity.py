"""Quantities, exact or vague, as the text gives them."""

from __future__ import annotations

from .amounts import CURRENCY_PATTERN, Change, Scale
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
    change: Change | None = field(default=None, description="How the amount compares with a baseline (\"up a "
                                  "third on last year\").")
    counted: str | None = field(default=None, description="What is counted (\"Patriot interceptor missiles\").",
                                max_length=300)
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the amount.",
                                       max_items=50)
