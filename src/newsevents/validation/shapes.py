"""Questions about the shape of a parsed JSON value, answered in Rust: nested too deep? any string or array too
long? any object too wide?

A record the schema refused is measured before it is explained: its nesting (jsonschema's explanation recurses
in Python, so a hostile document must not reach it too deep), whether it holds a string or an array long
enough to be cut first, and whether it holds an object too wide to hand to jsonschema-rs for its errors
(`Validator.explain`). Walking a seed-sized article for either in Python, or its text
through regular expressions, costs a few hundred microseconds, more than the verdict itself; each question is
also a small recursive JSON Schema, which jsonschema-rs answers in a fraction of that. Each schema is compiled
once per bound.

Each answers None for a value jsonschema-rs cannot read (Python data holding a set, a member name that is not
a string or holds a lone surrogate); the caller then walks it in Python as before. `tests/test_shapes.py` holds
the answers to the Python walks on any JSON value.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jsonschema_rs

__all__ = ["deeper_than", "has_long_part", "has_wide_object"]

_SCALARS = ["string", "number", "boolean", "null"]


@cache
def _depth_check(max_depth: int) -> Any:
    # Level k holds the containers nested k deep (the value itself, if one, is level 1); level max_depth + 1
    # must hold none. Written as a chain of definitions, so the check stops one level below the bound.
    levels: dict[str, Any] = {f"l{k}": {"items": {"$ref": f"#/$defs/l{k + 1}"},
                                        "additionalProperties": {"$ref": f"#/$defs/l{k + 1}"}}
                              for k in range(1, max_depth + 1)}
    levels[f"l{max_depth + 1}"] = {"type": _SCALARS}
    return jsonschema_rs.Draft202012Validator({"$ref": "#/$defs/l1", "$defs": levels})


@cache
def _length_check(keep: int | None, chars: int) -> Any:
    bounds: dict[str, Any] = {"maxLength": chars, "items": {"$ref": "#"}, "additionalProperties": {"$ref": "#"}}
    if keep is not None:
        bounds["maxItems"] = keep
    return jsonschema_rs.Draft202012Validator(bounds)


@cache
def _width_check(members: int) -> Any:
    return jsonschema_rs.Draft202012Validator({"maxProperties": members, "items": {"$ref": "#"},
                                              "additionalProperties": {"$ref": "#"}})


def _refused(validator: Any, value: Any) -> bool | None:
    try:
        return not validator.is_valid(value)
    except ValueError:  # a type or a member name jsonschema-rs cannot read (UnicodeError is a ValueError)
        return None


def deeper_than(value: Any, max_depth: int) -> bool | None:
    """Whether arrays and objects in ``value`` nest more than ``max_depth`` levels (`depth_exceeds`)."""
    return _refused(_depth_check(max_depth), value) if max_depth >= 1 else None


def has_long_part(value: Any, keep: int | None, chars: int) -> bool | None:
    """Whether ``value`` holds an array of more than ``keep`` items (unless None) or a string (not a member name)
    of more than ``chars`` characters."""
    return _refused(_length_check(keep, chars), value)


def has_wide_object(value: Any, members: int) -> bool | None:
    """Whether ``value`` holds an object of more than ``members`` members."""
    return _refused(_width_check(members), value)
