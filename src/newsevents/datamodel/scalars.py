"""Scalar hooks: one JSON value in, one Python value out, with the wrong kinds refused.

Shared by the strict converter (`converter.py`) and the trusted loader (`trusted.py`), so that both turn the
same JSON text into the same Python value.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
from typing import Any

from . import messages
from .fields import DATE_PATTERN
from .problems import PathPart

__all__ = ["StrictTypeError", "enum_value", "expect", "structure_bool", "structure_date", "structure_datetime",
           "structure_enum", "structure_float", "structure_int", "structure_number", "structure_str",
           "unstructure_datetime"]

_DATE = re.compile(DATE_PATTERN)


class StrictTypeError(TypeError):
    """A JSON value of the wrong kind, or not in a closed vocabulary. ``path`` and ``keyword`` locate it."""

    def __init__(self, message: str, keyword: str = "type", path: tuple[PathPart, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.keyword = keyword
        self.path = path


def expect(expected: str, value: object) -> StrictTypeError:
    return StrictTypeError(messages.expected_json(expected, value))


def structure_str(value: Any, _: type) -> str:
    if type(value) is not str:
        raise expect("a string", value)
    return value


def structure_int(value: Any, _: type) -> int:
    if type(value) is not int:
        if type(value) is float and value.is_integer() and math.isfinite(value):
            # JSON does not tell 3 from 3.0, and neither does JSON Schema's "integer": accept, keep exact.
            return int(value)
        raise expect("an integer", value)
    return value


def structure_number(value: Any, _: type) -> int | float:
    if type(value) is int:
        return value
    if type(value) is float:
        if not math.isfinite(value):
            raise StrictTypeError(f"{value!r} is not a finite number")
        return value
    raise expect("a number", value)


def structure_float(value: Any, _: type) -> float:
    return float(structure_number(value, float))


def structure_bool(value: Any, _: type) -> bool:
    if type(value) is not bool:
        raise expect("true or false", value)
    return value


def structure_date(value: Any, _: type) -> dt.date:
    if type(value) is not str:
        raise expect("a date string (YYYY-MM-DD)", value)
    if not _DATE.search(value):
        raise StrictTypeError(f"{value!r} is not a date in the form YYYY-MM-DD", keyword="format")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise StrictTypeError(f"{value!r} is not a calendar date", keyword="format") from None


def structure_datetime(value: Any, _: type) -> dt.datetime:
    if type(value) is not str:
        raise expect("a date-time string with a UTC offset", value)
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise StrictTypeError(f"{value!r} is not an ISO 8601 date-time", keyword="format") from None
    if parsed.tzinfo is None:
        raise StrictTypeError(f"{value!r} has no UTC offset; naive date-times are ambiguous", keyword="format")
    return parsed


def unstructure_datetime(value: dt.datetime) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime {value!r} cannot be written: give it a timezone")
    return value.isoformat()


def enum_value(member: enum.Enum) -> Any:
    return member.value


def structure_enum(value: Any, cls: type[enum.Enum]) -> Any:
    if type(value) is not str:
        raise expect("a string", value)
    try:
        return cls(value)
    except ValueError:
        raise StrictTypeError(messages.not_one_of(value, [m.value for m in cls]), keyword="enum") from None
