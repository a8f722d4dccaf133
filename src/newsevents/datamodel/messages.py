"""Every message a constraint writes, in one place: the model's field validators, the strict converter and the
JSON Schema explanations all say the same thing about the same fault.

The functions take the offending value and the constraint and return the sentence; the caller adds the path
and the keyword.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

__all__ = [
    "above_maximum",
    "bad_format",
    "below_minimum",
    "bounds_order",
    "describe",
    "entry_noun",
    "expected_json",
    "missing_member",
    "no_match",
    "not_above",
    "not_const",
    "not_one_of",
    "outside_bounds",
    "repeated_items",
    "short",
    "span_order",
    "span_past_body",
    "span_text",
    "too_few_items",
    "too_long",
    "too_many_items",
    "too_short",
    "unknown_member",
    "unknown_members_unlisted",
    "unlisted_count",
    "unresolved",
    "wrong_kind",
]

_JSON_KINDS = {type(None): "null", bool: "boolean", int: "integer", float: "number", str: "string",
               list: "array", tuple: "Python tuple", dict: "object"}


def short(value: object) -> str:
    """``repr(value)``, cut to 60 characters."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def describe(value: object) -> str:
    """A JSON-flavoured name for a value's kind, plus a short rendering of it (``string 'x'``, ``object``)."""
    kind = _JSON_KINDS.get(type(value), type(value).__name__)
    text = repr(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"{kind} {text}" if kind not in ("array", "object") else kind


def _number(bound: float) -> str:
    """A bound as people write it: ``90``, ``-90``, ``999999999``, ``0.5``."""
    return str(int(bound)) if float(bound).is_integer() else repr(bound)


def expected_json(expected: str, value: object) -> str:
    """A JSON value of the wrong kind; null gets its own advice, since optional members are left out."""
    if value is None:
        return f"null is not allowed: expected {expected} (an optional member is left out, not null)"
    return f"expected {expected}, got {describe(value)}"


def too_short(value: str, low: int) -> str:
    """``minLength``."""
    return f"{short(value)} is shorter than {low} character(s)"


def too_long(value: str, high: int) -> str:
    """``maxLength`` (the value itself may be huge: only its length is shown)."""
    return f"a string of {len(value)} characters is longer than the {high} allowed"


def no_match(value: str, pattern: str) -> str:
    """``pattern``."""
    return f"{short(value)} does not match {pattern}"


def bad_format(value: object, fmt: str) -> str:
    """``format``."""
    return f"{short(value)} is not a valid {fmt}"


def below_minimum(value: object, bound: float) -> str:
    """``minimum``."""
    return f"{value!r} is less than the minimum of {_number(bound)}"


def above_maximum(value: object, bound: float) -> str:
    """``maximum``."""
    return f"{value!r} is greater than the maximum of {_number(bound)}"


def not_above(value: object, bound: float) -> str:
    """``exclusiveMinimum``."""
    return f"{value!r} is not greater than {_number(bound)}"


def too_few_items(count: int, low: int) -> str:
    """``minItems``."""
    return f"needs at least {low} item(s), got {count}"


def too_many_items(count: int, high: int) -> str:
    """``maxItems``."""
    return f"allows at most {high} items, got {count}"


def repeated_items() -> str:
    """``uniqueItems``."""
    return "has repeated items"


def _suggestion(given: object, known: Iterable[object]) -> str:
    """``"; did you mean 'x'?"`` for the one known name closest to a misspelt one, or nothing."""
    if not isinstance(given, str):
        return ""
    import difflib  # only a record with a misspelt name needs it

    close = difflib.get_close_matches(given, [k for k in known if isinstance(k, str)], n=1, cutoff=0.75)
    return f"; did you mean {close[0]!r}?" if close else ""


def not_one_of(value: object, options: Sequence[object]) -> str:
    """``enum``: at most twelve of the allowed values are listed, and the closest one suggested."""
    shown = ", ".join(repr(v) for v in options[:12]) + (", ..." if len(options) > 12 else "")
    return f"{short(value)} is not one of {shown}{_suggestion(value, options)}"


def not_const(expected: object, value: object) -> str:
    """``const``."""
    return f"expected {expected!r}, got {short(value)}"


def missing_member() -> str:
    """``required``, said at the missing member's own path."""
    return "this required member is missing"


def unknown_member(key: str, known: Iterable[str] = ()) -> str:
    """``additionalProperties: false``, said at the unknown member's own path, with the closest known member."""
    return f"unknown member {key!r} is not allowed here{_suggestion(key, known)}"


def unknown_members_unlisted(count: int) -> str:
    """What an object with more unknown members than are listed one by one says of the rest."""
    return f"and {count:,} more unknown member{'s' if count != 1 else ''}, not listed one by one, not allowed here"


_UNLISTED = re.compile(r"and ([0-9,]+) more unknown members?, not listed one by one, not allowed here")


def unlisted_count(message: str) -> int | None:
    """The count in a message of `unknown_members_unlisted`; None for any other message."""
    found = _UNLISTED.fullmatch(message)
    return int(found.group(1).replace(",", "")) if found else None


# Rules between members: the model's constructors and the semantic checks say them the same way.


def span_order(start: int, end: int) -> str:
    """A span whose end is not after its start."""
    return f"start {start} is not before end {end}"


def bounds_order(low_name: str, low: object, high_name: str, high: object) -> str:
    """Bounds the wrong way round (``minimum 7 is greater than maximum 3``, ``earliest ... is after latest ...``)."""
    relation = "after" if low_name == "earliest" else "greater than"
    return f"{low_name} {low} is {relation} {high_name} {high}"


def outside_bounds(value: object, low: object, high: object) -> str:
    """A value outside its own bounds (either bound may be missing)."""
    given = ", ".join(f"{name} {bound}" for name, bound in (("minimum", low), ("maximum", high)) if bound is not None)
    return f"value {value} lies outside its bounds ({given})"


def span_past_body(end: int, length: int) -> str:
    """A span that ends past the end of the body."""
    return f"end {end} is past the end of the body ({length} characters)"


def span_text(start: int, end: int, actual: str, text: str, found: int) -> str:
    """A span whose text is not the body's at its offsets; ``found`` is where the text occurs (-1: nowhere)."""
    hint = f"; the text occurs at {found}" if found >= 0 else "; the text does not occur in the body"
    return f"body[{start}:{end}] is {actual[:60]!r}, not {text[:60]!r}{hint}"


def entry_noun(noun: str) -> str:
    """``a place``, ``an actor``, ``an actor or item``."""
    return ("an " if noun[0] in "aeiou" else "a ") + noun


def unresolved(ref: str, wanted: str) -> str:
    """A reference that names no entry (``wanted``: the kinds it may name, ``actor or place``)."""
    return f"reference {ref!r} does not match the id of any {wanted} in the article"


def wrong_kind(ref: str, kind: str, wanted: str) -> str:
    """A reference to an entry of another kind than it may name."""
    return f"reference {ref!r} points to {entry_noun(kind)}, but {entry_noun(wanted)} is expected"
