"""PLOVER's amounts (``size``, ``dead``, ``injured``) as quantities and back.

PLOVER writes them as strings: mostly whole numbers, sometimes words ("about 300", "tens of thousands"). Each
is read as a :class:`~newsevents.datamodel.quantity.Quantity` that keeps the wording, beside the number or
bounds it means; writing gives the wording back, or spells the number or bounds when there is none.
"""

from __future__ import annotations

import re

from ...datamodel.quantity import Quantity

__all__ = ["quantity_from_words", "quantity_words"]

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_MULTIPLIERS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
#: Vague plural amounts with the bounds they are read as ("thousands": 2,000 to 9,999).
_VAGUE = {
    "dozens": (24, 99), "scores": (40, 199), "tens": (20, 99), "hundreds": (200, 999),
    "thousands": (2_000, 9_999), "millions": (2_000_000, 9_999_999), "billions": (2_000_000_000, 9_999_999_999),
}
_FEW = {"a few": (2, 9), "few": (2, 9), "several": (3, 9), "a handful": (2, 9), "a dozen": (12, 12),
        "dozen": (12, 12)}
#: Hedges before a number or amount, and how each bounds it.
_HEDGES = (
    (("about", "around", "approximately", "roughly", "some", "nearly", "almost", "close to", "an estimated"),
     "about"),
    (("at least", "no fewer than", "no less than"), "min"),
    (("more than", "over"), "over"),
    (("up to", "at most", "no more than"), "max"),
    (("fewer than", "less than", "under"), "under"),
)
_CANONICAL_INT = re.compile(r"^(0|[1-9][0-9]*)$")


def _read_number(text: str) -> int | float | None:
    """ "1,000", "2.5", "3 million" as a number; None for anything else."""
    match = re.fullmatch(rf"({_NUM})(?:\s+(hundred|thousand|million|billion))?", text)
    if not match:
        return None
    digits = match.group(1).replace(",", "")
    value: int | float = float(digits) if "." in digits else int(digits)
    if match.group(2):
        value = value * _MULTIPLIERS[match.group(2)]
        if isinstance(value, float) and value.is_integer():
            value = int(value)
    return value


def _read_vague(text: str) -> tuple[int, int] | None:
    """Bounds of a vague amount ("dozens", "tens of thousands"); None for anything else."""
    if text in _FEW:
        return _FEW[text]
    match = re.fullmatch(r"(dozens|scores|tens|hundreds|thousands|millions|billions)"
                         r"(?:\s+of\s+(thousands|millions|billions))?", text)
    if not match:
        return None
    low, high = _VAGUE[match.group(1)]
    if match.group(2):
        unit = _MULTIPLIERS[match.group(2)[:-1]]
        return low * unit, (high + 1) * unit - 1
    return low, high


def _vague_quantity(words: str, bounds: tuple[int, int]) -> Quantity:
    """The approximate quantity a vague amount means: one value when its bounds meet, else the bounds."""
    low, high = bounds
    if low == high:
        return Quantity(text=words, value=low, approximate=True)
    return Quantity(text=words, minimum=low, maximum=high, approximate=True)


def _hedged(words: str, hedge: str, rest: str) -> Quantity | None:
    """The quantity of a number or vague amount ``rest`` after a hedge ("more than"), bounded as it says."""
    number = _read_number(rest)
    if number is None:
        vague = _read_vague(rest)
        return _vague_quantity(words, vague) if vague is not None else None
    step = 1 if isinstance(number, int) else 0
    if hedge == "about":
        return Quantity(text=words, value=number, approximate=True)
    if hedge == "min":
        return Quantity(text=words, minimum=number)
    if hedge == "over":
        return Quantity(text=words, minimum=number + step)
    if hedge == "max":
        return Quantity(text=words, maximum=number)
    return Quantity(text=words, maximum=number - step)


def quantity_from_words(words: str) -> Quantity | None:
    """Read a PLOVER size/dead/injured value; None when it is neither a number nor a known amount.

    A plain whole number becomes an exact value. Any other wording is kept in ``text`` (an export writes it
    back as it was) next to what it is read as: a number, bounds, or for vague amounts approximate bounds.
    """
    if _CANONICAL_INT.match(words):
        return Quantity(value=int(words))
    text = re.sub(r"\s+", " ", words.strip().lower())
    for prefixes, hedge in _HEDGES:
        for prefix in prefixes:
            if text.startswith(prefix + " "):
                return _hedged(words, hedge, text[len(prefix) + 1:].strip())
    number = _read_number(text)
    if number is not None:
        return Quantity(text=words, value=number)
    interval = re.fullmatch(rf"({_NUM})\s*(?:-|–|to)\s*({_NUM})", text)
    if interval:
        low, high = _read_number(interval.group(1)), _read_number(interval.group(2))
        if low is not None and high is not None and low <= high:
            return Quantity(text=words, minimum=low, maximum=high)
    vague = _read_vague(text)
    return _vague_quantity(words, vague) if vague is not None else None


def quantity_words(quantity: Quantity) -> str | None:
    """The PLOVER spelling of a quantity: its wording when it has one, else its number or bounds."""
    if quantity.text is not None:
        return quantity.text
    if quantity.value is not None:
        return _number_text(quantity.value)
    if quantity.minimum is not None and quantity.maximum is not None:
        return f"{_number_text(quantity.minimum)}-{_number_text(quantity.maximum)}"
    if quantity.minimum is not None:
        return f"at least {_number_text(quantity.minimum)}"
    if quantity.maximum is not None:
        return f"up to {_number_text(quantity.maximum)}"
    return None


def _number_text(value: float) -> str:
    """A number as PLOVER writes it: whole numbers without a decimal point."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))
