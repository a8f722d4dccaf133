"""Semantic checks on amounts: durations, scale words, parts of a total, changes, groups and recurrences.

Each check reads one object; they are registered in `checks._BUILTIN_CHECKS` with the 1.0 checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .amounts import UNITS, AmountChangeKind, AmountDirection
from .links import Grouping
from .problems import ERROR, SEMANTIC, WARNING, PathPart, Problem
from .quantity import Quantity
from .time import Duration, Recurrence

__all__ = [
    "check_duration", "check_grouping", "check_quantity_parts", "check_recurrence", "duration_days",
]

Path = tuple[PathPart, ...]

#: Days per component, to compare durations written in different units ("P1M" against "P30D"). A month and a
#: year are taken at their average length: good enough to order bounds, not to do calendar arithmetic.
_DAYS = {"Y": 365.2425, "M": 30.436875, "W": 7.0, "D": 1.0}
_SECOND_DAYS = {"H": 1 / 24, "M": 1 / 1440, "S": 1 / 86400}
_COMPONENT = re.compile(r"([0-9]+(?:[.][0-9]+)?)([YMWDHS])")


def _problem(path: Path, message: str, check: str, severity: str = ERROR) -> Problem:
    return Problem(path=path, message=message, check=check, layer=SEMANTIC, severity=severity)


def duration_days(value: str) -> float:
    """The length of an ISO 8601 duration (already matched by `DURATION_PATTERN`) in days, months and years at
    their average length."""
    date_part, _, time_part = value[1:].partition("T")
    days = sum(float(n) * _DAYS[u] for n, u in _COMPONENT.findall(date_part))
    return days + sum(float(n) * _SECOND_DAYS[u] for n, u in _COMPONENT.findall(time_part))


def check_duration(_: Any, duration: Duration, path: Path, __: Any) -> Iterator[Problem]:
    """Durations longer than zero, the value between its bounds, the bounds in order, none when undetermined."""
    lengths: dict[str, float] = {}
    for name in ("value", "minimum", "maximum"):
        written = getattr(duration, name)
        if written is None:
            continue
        lengths[name] = duration_days(written)
        if lengths[name] <= 0:
            yield _problem((*path, name), f"{name} {written!r} is not longer than zero", "duration-positive")
    if duration.status.value == "undetermined" and lengths:
        yield _problem(path, "an undetermined duration cannot also give a value or bounds", "undetermined-empty")
    low, high, value = lengths.get("minimum"), lengths.get("maximum"), lengths.get("value")
    if low is not None and high is not None and low > high:
        yield _problem(path, f"minimum {duration.minimum} is longer than maximum {duration.maximum}",
                       "interval-order")
    elif value is not None and ((low is not None and value < low) or (high is not None and value > high)):
        yield _problem((*path, "value"), f"value {duration.value} lies outside its bounds", "value-in-bounds")


def check_recurrence(_: Any, recurrence: Recurrence, path: Path, __: Any) -> Iterator[Problem]:
    """A repetition's interval is longer than zero, and an irregular one gives none."""
    if recurrence.interval is None:
        return
    if duration_days(recurrence.interval) <= 0:
        yield _problem((*path, "interval"), f"interval {recurrence.interval!r} is not longer than zero",
                       "duration-positive")
    if not recurrence.regular:
        yield _problem((*path, "interval"), "an irregular repetition has no fixed interval", "recurrence-interval")


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def check_quantity_parts(_: Any, quantity: Quantity, path: Path, __: Any) -> Iterator[Problem]:
    """A part not above its total, a scale word that agrees with the value, a change that agrees with its
    baseline, and a unit from the documented list."""
    total = quantity.of_total
    if total is not None:
        for name in ("value", "minimum", "maximum"):
            part = getattr(quantity, name)
            if part is not None and part > total:
                yield _problem((*path, name), f"{name} {part} is more than the total {total} it is part of",
                               "part-within-total")
    if quantity.scale is not None and quantity.stated is not None and quantity.value is not None:
        expected = quantity.stated * quantity.scale.factor
        if not _close(expected, quantity.value):
            yield _problem((*path, "value"), f"value {quantity.value} is not {quantity.stated} "
                           f"{quantity.scale.value} ({expected:.15g})", "scale-matches")
    change = quantity.change
    if change is not None:
        if (change.kind is AmountChangeKind.PERCENT and change.direction is AmountDirection.DECREASE
                and change.amount is not None and change.amount > 100):
            yield _problem((*path, "change", "amount"), f"a fall of {change.amount}% would leave less than "
                           "nothing", "change-possible")
        base, value = change.baseline_value, quantity.value
        if base is not None and value is not None:
            moved = (AmountDirection.INCREASE if value > base else
                     AmountDirection.DECREASE if value < base else AmountDirection.UNCHANGED)
            if moved is not change.direction:
                yield _problem((*path, "change", "direction"), f"value {value} against baseline {base} is "
                               f"{_a(moved.value)}, not {_a(change.direction.value)}", "amount-direction")
    if quantity.unit is not None and quantity.unit not in UNITS:
        hint = "; money goes in \"currency\"" if re.fullmatch(r"[A-Z]{3}", quantity.unit) else ""
        yield _problem((*path, "unit"), f"unit {quantity.unit!r} is not one of the documented units{hint}",
                       "unit-listed", WARNING)


def _a(noun: str) -> str:
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def check_grouping(_: Any, group: Grouping, path: Path, __: Any) -> Iterator[Problem]:
    """A group lists no more members than it counts, and a complete list has as many as the count."""
    count = group.count
    if count is None:
        return
    listed = len(group.members)
    most = count.value if count.value is not None else count.maximum
    if most is not None and listed > most:
        yield _problem((*path, "members"), f"{listed} members are listed, but the group counts {most:g}",
                       "part-within-total")
    elif group.complete and count.value is not None and listed != count.value:
        yield _problem((*path, "complete"), f"the list is marked complete with {listed} members, but the group "
                       f"counts {count.value:g}", "group-complete")
