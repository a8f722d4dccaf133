"""What a schema guarantees about every document it accepts: how deep it nests, and whether its numbers are safe.

- Depth: an upper bound on the nesting of arrays and objects. When it is within the reader's limit, a document
  the compiled validator accepts needs no depth walk of its own.
- Safe numbers: every number is within ±(2^53 - 1). Then a document holding an integer orjson could have read
  inexactly (beyond 2^53, or beyond 64 bits, which orjson turns into a float) is rejected by the schema anyway,
  and the reader need only look for such integers in rejected documents.

Both are conservative: recursive or open schemas (an object without ``additionalProperties: false``, an array
without ``items``, no ``type``) have no depth bound, and a number without ``minimum`` and ``maximum`` is unsafe.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

import attrs

from .files import shipped_schema_dir
from .refs import Schemas, join_uri, resolve

__all__ = ["BOUNDS_FILE", "MAX_SAFE_INTEGER", "Bounds", "bounds_text", "schema_bounds", "shipped_bounds"]

#: Integers beyond ±(2^53 - 1) do not survive a trip through a double, which is what most JSON consumers use.
MAX_SAFE_INTEGER = 2**53 - 1

#: The bounds of every shipped schema, generated beside them (`newsevents schema`) so that a run need not work
#: them out again: about 30 ms of every start-up for the article.
BOUNDS_FILE = "validator/bounds.json"

_KINDS = ("object", "array", "string", "number", "integer", "boolean", "null")


@attrs.frozen
class Bounds:
    """What every accepted document satisfies."""

    #: The deepest nesting (the top level counting as 1), or None when the schema allows any depth.
    depth: int | None
    #: Whether every number in an accepted document is within ±(2^53 - 1).
    safe_numbers: bool


_OPEN = Bounds(None, False)


def _value_bounds(value: Any) -> Bounds:
    if isinstance(value, dict | list):
        inner = [_value_bounds(v) for v in (value.values() if isinstance(value, dict) else value)]
        depth = 1 + max((b.depth or 0 for b in inner), default=0)
        return Bounds(depth, all(b.safe_numbers for b in inner))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Bounds(0, -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER)
    return Bounds(0, True)


def _all_of(bounds: Iterable[Bounds]) -> Bounds:
    """A document satisfying every one of several constraints: the tightest bound of each kind holds."""
    bounds = list(bounds)
    depths = [b.depth for b in bounds if b.depth is not None]
    return Bounds(min(depths) if depths else None, any(b.safe_numbers for b in bounds))


def _any_of(bounds: Iterable[Bounds]) -> Bounds:
    """A document satisfying one of several constraints: only what holds for each holds."""
    bounds = list(bounds)
    depths = [b.depth for b in bounds]
    depth = None if None in depths else max((d for d in depths if d is not None), default=0)
    return Bounds(depth, all(b.safe_numbers for b in bounds))


def _safe_range(node: Mapping[str, Any]) -> bool:
    low = node.get("minimum", node.get("exclusiveMinimum"))
    high = node.get("maximum", node.get("exclusiveMaximum"))
    return (isinstance(low, int | float) and isinstance(high, int | float)
            and low >= -MAX_SAFE_INTEGER and high <= MAX_SAFE_INTEGER)


class _Bounder:
    def __init__(self, schemas: Schemas) -> None:
        self.schemas = schemas
        self.active: set[str] = set()
        # Bounds found with a finite depth hold wherever they were found; an open result may only reflect the
        # refs being followed at the time (a cycle), so it is not remembered.
        self.known: dict[str, Bounds] = {}

    def target(self, key: str, base: str, schema: Any) -> Bounds:
        if key in self.known:
            return self.known[key]
        if key in self.active:
            return _OPEN  # recursion: nothing bounded along this path
        self.active.add(key)
        try:
            bounds = self.node(schema, base)
        finally:
            self.active.discard(key)
        if bounds.depth is not None:
            self.known[key] = bounds
        return bounds

    def node(self, node: Any, base: str) -> Bounds:
        if node is False:
            return Bounds(0, True)
        if not isinstance(node, Mapping):
            return _OPEN
        # The document satisfies every keyword, so each keyword's guarantee holds.
        candidates = [self.structure(node, base)]
        if "const" in node:
            candidates.append(_value_bounds(node["const"]))
        if isinstance(node.get("enum"), list):
            candidates.append(_any_of(_value_bounds(v) for v in node["enum"]))
        if isinstance(node.get("$ref"), str):
            key = join_uri(base, node["$ref"])
            # Most refs name a schema already bounded: look it up before searching the set for it.
            found = None if key in self.known else resolve(self.schemas, base, node["$ref"])
            candidates.append(self.known.get(key) or (_OPEN if found is None else self.target(key, *found)))
        if isinstance(node.get("allOf"), list):
            candidates.extend(self.node(branch, base) for branch in node["allOf"])
        for keyword in ("oneOf", "anyOf"):
            branches = node.get(keyword)
            if isinstance(branches, list) and branches:
                candidates.append(_any_of(self.node(branch, base) for branch in branches))
        return _all_of(candidates)

    def structure(self, node: Mapping[str, Any], base: str) -> Bounds:
        kinds = node.get("type", _KINDS)
        kinds = {kinds} if isinstance(kinds, str) else set(kinds)
        parts = [Bounds(0, not kinds & {"number", "integer"} or _safe_range(node))]
        if "object" in kinds:
            extra = node.get("additionalProperties", True)
            if extra is not False and not isinstance(extra, Mapping):
                return _OPEN
            children = [*(node.get("properties") or {}).values(), *(node.get("patternProperties") or {}).values()]
            if isinstance(extra, Mapping):
                children.append(extra)
            parts.append(self.children(children, base))
        if "array" in kinds:
            items = node.get("items", True)
            if items is not False and not isinstance(items, Mapping):
                return _OPEN
            children = [*(node.get("prefixItems") or []), *([items] if isinstance(items, Mapping) else [])]
            parts.append(self.children(children, base))
        return _any_of(parts)

    def children(self, children: list[Any], base: str) -> Bounds:
        inner = _any_of(self.node(child, base) for child in children)
        return Bounds(None if inner.depth is None else inner.depth + 1, inner.safe_numbers)


def schema_bounds(schemas: Schemas, name: str) -> Bounds:
    """What every document the schema ``name`` accepts satisfies (see the module docstring)."""
    schema = schemas[name]
    uri = str(schema.get("$id", name))
    return _Bounder(schemas).target(uri, uri, schema)


def bounds_text(schemas: Schemas) -> str:
    """The bounds of every schema in the set, by type name, as the JSON text of `BOUNDS_FILE`."""
    found = {name.removesuffix(".schema.json"): schema_bounds(schemas, name) for name in sorted(schemas)}
    return json.dumps({name: {"depth": b.depth, "safe_numbers": b.safe_numbers} for name, b in found.items()},
                      indent=2) + "\n"


@cache
def _shipped() -> dict[str, Any]:
    path = shipped_schema_dir() / BOUNDS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # not generated (an old checkout): the bounds are worked out instead
    return data if isinstance(data, dict) else {}


def shipped_bounds(type_name: str) -> Bounds | None:
    """The generated bounds of a shipped schema (``article``), or None when the file does not hold them."""
    entry = _shipped().get(type_name)
    if not isinstance(entry, dict):
        return None
    depth, safe = entry.get("depth"), entry.get("safe_numbers")
    if not (depth is None or (isinstance(depth, int) and not isinstance(depth, bool))) or not isinstance(safe, bool):
        return None
    return Bounds(depth, safe)
