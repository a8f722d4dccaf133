"""What an amount means beyond its number: its scale word, a change against a baseline, the documented units.

`Quantity` holds these as optional members; they live here so that the quantity module stays a plain amount.
"""

from __future__ import annotations

from .evidence import Span
from .fields import field, model
from .time import Time
from .vocab import DescribedEnum

__all__ = ["CURRENCY_PATTERN", "UNITS", "AmountChange", "AmountChangeKind", "AmountDirection", "Scale"]

#: ISO 4217 alphabetic currency codes: three capital letters ("USD", "EUR", "JPY").
CURRENCY_PATTERN = r"^[A-Z]{3}$"

#: The same limit as `quantity.NUMBER_MAX` (which imports this module, so it cannot be imported here).
NUMBER_LIMIT = 1e15


class Scale(DescribedEnum):
    """The scale word a number is written with, kept so that "3.2 million" reads back as written."""

    THOUSAND = "thousand", "Times 1,000 (\"12 thousand\", \"12k\")."
    MILLION = "million", "Times 1,000,000 (\"3.2 million\", \"3.2m\")."
    BILLION = "billion", "Times 1,000,000,000 (short scale: \"1.5 billion\", \"1.5bn\")."
    TRILLION = "trillion", "Times 1,000,000,000,000 (short scale)."

    @property
    def factor(self) -> int:
        """The number the scale word multiplies by."""
        return _FACTORS[self.value]


_FACTORS = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


class AmountChangeKind(DescribedEnum):
    """How a change against a baseline is expressed."""

    PERCENT = "percent", "A percentage of the baseline (\"up 12%\": amount 12)."
    FRACTION = "fraction", "A fraction of the baseline (\"a third more\": amount 0.3333)."
    MULTIPLE = "multiple", "A multiple of the baseline (\"three times as many\": amount 3)."
    POINTS = "points", "Percentage points or index points (\"fell 2.5 points\": amount 2.5)."
    ABSOLUTE = "absolute", "An amount in the quantity's own unit (\"200,000 tonnes more\")."


class AmountDirection(DescribedEnum):
    """Which way an amount moved against its baseline."""

    INCREASE = "increase", "Higher than the baseline (\"up\", \"rose\", \"more than\")."
    DECREASE = "decrease", "Lower than the baseline (\"down\", \"fell\", \"less than\")."
    UNCHANGED = "unchanged", "The same as the baseline (\"flat\", \"unchanged\")."


#: The units a quantity's `unit` is expected to name (money goes in `currency` instead). Other units are kept
#: as written and reported as a warning, so that a program reading `unit` can rely on one spelling per unit.
UNITS: dict[str, str] = {
    "tonne": "Metric tonne (1,000 kg).",
    "kg": "Kilogram.",
    "g": "Gram.",
    "km": "Kilometre.",
    "m": "Metre.",
    "cm": "Centimetre.",
    "mm": "Millimetre (rainfall).",
    "km2": "Square kilometre.",
    "hectare": "Hectare (10,000 m2).",
    "litre": "Litre.",
    "barrel": "Oil barrel (159 litres).",
    "m3": "Cubic metre.",
    "kwh": "Kilowatt hour.",
    "mw": "Megawatt.",
    "percent": "A percentage (a share, a rate), not a change.",
    "points": "Index or percentage points, as a level.",
    "celsius": "Degree Celsius.",
    "km/h": "Kilometres per hour.",
    "magnitude": "Earthquake magnitude (moment or Richter scale).",
    "people": "People, where the count needs saying (\"10,000 people\").",
    "households": "Households.",
    "units": "Pieces of a product (vehicles, devices).",
    "doses": "Doses of a vaccine or medicine.",
    "cases": "Cases of a disease.",
    "years": "Years (sentences, ages).",
    "months": "Months (sentences).",
    "days": "Days.",
}


@model
class AmountChange:
    """How an amount compares with a baseline: "up a third on last year", "fell 2.5 points", "twice as many".

    `amount` is the size of the change in the form `kind` names; the baseline is what the text compares with:
    its value, its time ("last year") and its wording.
    """

    direction: AmountDirection = field(description="Which way the amount moved.")
    kind: AmountChangeKind | None = field(default=None, description="How the size of the change is expressed.")
    amount: int | float | None = field(default=None, description="The size of the change, as `kind` says "
                                       "(12 for \"up 12%\", 0.3333 for \"a third\").", minimum=0,
                                       maximum=NUMBER_LIMIT)
    approximate: bool = field(default=False, description="True for hedged wording (\"about a third\").")
    text: str | None = field(default=None, description="The wording of the change (\"up a third on last year\").",
                             max_length=500)
    baseline_value: int | float | None = field(default=None, description="The baseline amount, in the quantity's "
                                               "own unit and scale-free, when the text gives it.",
                                               minimum=-NUMBER_LIMIT, maximum=NUMBER_LIMIT)
    baseline_time: Time | None = field(default=None, description="When the baseline holds (\"last year\").")
    baseline_text: str | None = field(default=None, description="The wording of the baseline (\"last year's "
                                      "2.4 million tonnes\").", max_length=500)
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the change.",
                                       max_items=50)
