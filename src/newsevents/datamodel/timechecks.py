"""Semantic checks on a time's normalised value: real calendar values, inside their own bounds, anchored to
something that has a time, and agreeing with a weekday the wording names.

The value's shape has already passed `TIME_VALUE_PATTERN`; these checks read what the shape cannot say.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from typing import Any

from .problems import SEMANTIC, WARNING, PathPart, Problem
from .time import PUBLICATION, Time
from .vocab import AnchorRelation

__all__ = ["time_value_problems", "value_range"]

Path = tuple[PathPart, ...]

#: English weekday names (and their usual short forms), Monday first as `date.weekday()` counts.
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Full names only: short forms ("sun", "wed", "sat") are ordinary words too.
_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)


def _weeks_in(year: int) -> int:
    """ISO weeks in ``year``: 53 when 28 December falls in week 53, else 52."""
    return dt.date(year, 12, 28).isocalendar()[1]


@functools.lru_cache(maxsize=4096)  # a feed repeats its dates; parsing each once keeps full validation fast
def value_range(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a normalised value covers, or None when the value names no real calendar span
    (``2023-02-30``, month 13, week 54). An instant covers the day as written, in its own offset."""
    try:
        if "T" in value:
            day = dt.datetime.fromisoformat(value).date()
            return day, day
        year = int(value[:4]) if value[:4].isdigit() else None
        if "-W" in value:
            week = int(value[6:])
            if year is None or not 1 <= week <= _weeks_in(year):
                return None
            return dt.date.fromisocalendar(year, week, 1), dt.date.fromisocalendar(year, week, 7)
        if "-Q" in value and year is not None:
            quarter = int(value[6:])
            first = dt.date(year, 3 * quarter - 2, 1)
            return first, _month_end(year, 3 * quarter)
        if value.endswith("XX"):
            start = int(value[:2]) * 100
            return dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31)
        if value.endswith("X"):
            start = int(value[:3]) * 10
            return dt.date(max(start, 1), 1, 1), dt.date(start + 9, 12, 31)
        if year is None:
            return None
        if len(value) == 4:
            return dt.date(max(year, 1), 1, 1), dt.date(max(year, 1), 12, 31)
        if len(value) == 7:
            month = int(value[5:7])
            return dt.date(year, month, 1), _month_end(year, month)
        day = dt.date.fromisoformat(value)
        return day, day
    except ValueError:
        return None


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _problem(path: Path, message: str, check: str, severity: str = "error") -> Problem:
    return Problem(path=path, message=message, check=check, layer=SEMANTIC, severity=severity)


def time_value_problems(article: Any, time: Time, path: Path) -> list[Problem]:
    """Problems with a time's value against the calendar, its bounds, its anchor and its wording."""
    problems: list[Problem] = []
    if time.value is not None:
        covered = value_range(time.value)
        if covered is None:
            problems.append(_problem((*path, "value"), f"value {time.value!r} is not a real calendar date, month "
                                     "or week", "calendar-value"))
        else:
            first, last = covered
            # The common case, a value inside its bounds and named weekday-free, without making generators.
            if (time.earliest is not None and last < time.earliest) or (
                    time.latest is not None and first > time.latest):
                problems.extend(_bounds_problems(time, covered, path))
            if first == last and time.text and _WEEKDAY_WORD.search(time.text):
                problems.extend(_weekday_problems(time, covered, path))
            if time.anchor is not None:
                problems.extend(_anchor_order_problems(article, time, covered, path))
    if time.anchor is not None:
        problems.extend(_anchor_problems(article, time, path))
    return problems


def _bounds_problems(time: Time, covered: tuple[dt.date, dt.date], path: Path) -> Iterator[Problem]:
    first, last = covered
    if time.earliest is not None and time.latest is not None and time.earliest > time.latest:
        return  # reversed bounds are reported as such (interval-order); against them every value is outside
    if (time.earliest is not None and last < time.earliest) or (time.latest is not None and first > time.latest):
        bounds = f"{time.earliest or '…'} to {time.latest or '…'}"
        yield _problem((*path, "value"), f"value {time.value!r} lies outside its own bounds ({bounds})",
                       "value-in-bounds")


def _weekday_problems(time: Time, covered: tuple[dt.date, dt.date], path: Path) -> Iterator[Problem]:
    first, last = covered
    if first != last or not time.text:
        return
    named = {_WEEKDAYS.index(match.group(1).lower()) for match in _WEEKDAY_WORD.finditer(time.text)}
    if len(named) == 1 and first.weekday() not in named:
        said = _WEEKDAYS[named.pop()].capitalize()
        yield _problem((*path, "value"), f"the wording names {said}, but {time.value} is a "
                       f"{_WEEKDAYS[first.weekday()].capitalize()}", "weekday-matches", WARNING)


def _anchor_problems(article: Any, time: Time, path: Path) -> Iterator[Problem]:
    anchor = time.anchor
    assert anchor is not None
    if anchor.ref == PUBLICATION and getattr(article, "published", None) is None:
        yield _problem((*path, "anchor", "ref"), "the time is anchored to the publication, but the article has "
                       "no publication time (\"published\")", "anchor-has-time")
    if anchor.point is not None and anchor.ref == PUBLICATION:
        yield _problem((*path, "anchor", "point"), "the publication is a moment, with no start or end to count "
                       "from", "anchor-point")
    # An event's own time (events[i].time) anchored to that same event counts from itself.
    if len(path) == 3 and path[0] == "events" and path[2] == "time" and isinstance(path[1], int):
        events = getattr(article, "events", ())
        if path[1] < len(events) and events[path[1]].id == anchor.ref:
            yield _problem((*path, "anchor", "ref"), f"the time is anchored to its own event {anchor.ref!r}",
                           "anchor-not-self")


def _anchor_order_problems(article: Any, time: Time, covered: tuple[dt.date, dt.date],
                           path: Path) -> Iterator[Problem]:
    """A value on the wrong side of the publication for its anchor relation (``nearest_before`` dated after)."""
    anchor = time.anchor
    published = getattr(article, "published", None)
    if anchor is None or anchor.ref != PUBLICATION or published is None or published is time:
        return
    when = value_range(published.value) if published.value else None
    if when is None:
        return
    first, last = covered
    if anchor.relation in (AnchorRelation.BEFORE, AnchorRelation.NEAREST_BEFORE) and first > when[1]:
        side = "after"
    elif anchor.relation in (AnchorRelation.AFTER, AnchorRelation.NEAREST_AFTER) and last < when[0]:
        side = "before"
    else:
        return
    yield _problem((*path, "value"), f"value {time.value!r} is {side} the publication ({published.value}), but the "
                   f"anchor relation is {anchor.relation.value}", "anchor-relation")
