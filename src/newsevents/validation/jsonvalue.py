"""The checks the feed reader makes on JSON text, made on Python data given to the API, so `validate()` and
`newsevents validate` give the same verdict on the same data.

The reader refuses what JSON text cannot faithfully carry (a lone surrogate, an integer most consumers round,
NaN, nesting beyond the limit); data built in Python can hold all of these, and more that JSON has no word for
(a tuple, a set, bytes, a key that is not a string). Each becomes a problem of the ``input`` layer here, found
without recursion, before any schema sees the data (the compiled validator, jsonschema and cattrs would
otherwise raise: ``ValueError`` on 10**10000, ``RecursionError`` on a list nested 1,000 deep).
"""

from __future__ import annotations

import math
import re
from typing import Any

from ..datamodel.problems import PathPart, Problem
from ..schema.bounds import MAX_SAFE_INTEGER

__all__ = ["INPUT", "MAX_DEPTH", "value_problems"]

#: Layer of the problems with data as data, before any schema (as the feed reader's).
INPUT = "input"
#: Deepest nesting of lists and dicts accepted (the top level counts as 1), as the feed reader's default.
MAX_DEPTH = 64
_SURROGATE = re.compile("[\ud800-\udfff]")
_MAX_PROBLEMS = 100
_JSON_NAMES: dict[type, str] = {tuple: "a tuple (JSON arrays are lists here)", set: "a set", frozenset: "a frozenset",
               bytes: "bytes (JSON strings are str)", bytearray: "a bytearray"}


def _problem(path: tuple[PathPart, ...], message: str, check: str) -> Problem:
    return Problem(path=path, message=message, check=check, layer=INPUT)


def _scalar(path: tuple[PathPart, ...], node: Any) -> Problem | None:
    kind = type(node)
    if isinstance(node, str):
        if _SURROGATE.search(node):
            return _problem(path, "the string has a lone UTF-16 surrogate (\\ud800-\\udfff without its pair), "
                            "which is not a Unicode character", "surrogate")
        return None
    if isinstance(node, int) and kind is not bool:
        if -MAX_SAFE_INTEGER <= node <= MAX_SAFE_INTEGER:
            return None
        digits = f"of {math.floor(node.bit_length() * math.log10(2)) + 1} digits" if node.bit_length() > 128 \
            else str(node)
        return _problem(path, f"integer {digits} is beyond ±(2^53 - 1) and would lose precision in most JSON "
                        "consumers", "number-precision")
    if isinstance(node, float):
        return None if math.isfinite(node) else _problem(
            path, f"{node!r} is not a JSON number (JSON has no NaN or infinities)", "non-finite")
    if node is None or kind is bool:
        return None
    name = _JSON_NAMES.get(kind, f"a Python {kind.__name__}")
    return _problem(path, f"not JSON-ready data: {name}; use dict, list, str, int, float, bool or None", "type")


def value_problems(data: Any, max_depth: int = MAX_DEPTH) -> list[Problem]:
    """What keeps ``data`` from being JSON the reader would accept (at most 100 problems; empty if none)."""
    found: list[Problem] = []
    stack: list[tuple[tuple[PathPart, ...], Any, int]] = [((), data, 1)]
    while stack and len(found) < _MAX_PROBLEMS:
        path, node, depth = stack.pop()
        if isinstance(node, dict | list):
            if depth > max_depth:
                # Reported at the top, as the reader does: the record as a whole is refused.
                found.append(_problem((), f"nested deeper than the limit of {max_depth} levels", "depth"))
                break
            if isinstance(node, list):
                stack.extend(((*path, index), item, depth + 1) for index, item in reversed(list(enumerate(node))))
                continue
            for key in node:
                if not isinstance(key, str):
                    found.append(_problem(path, f"a member name that is not a string: {key!r:.40}", "type"))
                elif _SURROGATE.search(key):
                    # The name is left out of the path: a path must stay writable as UTF-8.
                    found.append(_problem(path, f"the member name {key!a:.60} has a lone UTF-16 surrogate, "
                                          "which is not a Unicode character", "surrogate"))
            stack.extend(((*path, key), item, depth + 1) for key, item in reversed(list(node.items()))
                         if isinstance(key, str) and not _SURROGATE.search(key))
        else:
            problem = _scalar(path, node)
            if problem is not None:
                found.append(problem)
    return found
