"""How deeply can a document that a schema accepts nest? An upper bound computed from the schema itself.

When the bound is within the reader's nesting limit, a document the compiled validator accepts needs no depth
walk of its own: the schema already kept it shallow. Recursive or open schemas (an object without
``additionalProperties: false``, an array without ``items``, no ``type``) have no bound; then the reader walks
every document.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin

from ._fastschema import resolve

__all__ = ["depth_bound"]

Schemas = Mapping[str, Mapping[str, Any]]
_KINDS = frozenset({"object", "array", "string", "number", "integer", "boolean", "null"})


def _value_depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((_value_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_value_depth(v) for v in value), default=0)
    return 0


def _max(bounds: list[int | None]) -> int | None:
    return None if None in bounds else max((b for b in bounds if b is not None), default=0)


class _Bounder:
    def __init__(self, schemas: Schemas) -> None:
        self.schemas = schemas
        self.active: set[str] = set()
        # A finite bound is a bound wherever it was found; "no bound" may only reflect the refs being followed.
        self.known: dict[str, int] = {}

    def target(self, key: str, base: str, schema: Any) -> int | None:
        if key in self.known:
            return self.known[key]
        if key in self.active:
            return None  # recursion: no finite bound along this path
        self.active.add(key)
        try:
            bound = self.node(schema, base)
        finally:
            self.active.discard(key)
        if bound is not None:
            self.known[key] = bound
        return bound

    def node(self, node: Any, base: str) -> int | None:
        if node is False:
            return 0
        if not isinstance(node, Mapping):
            return None
        # The document must satisfy every keyword, so each keyword that bounds the depth is an upper bound.
        candidates: list[int | None] = [self.structure(node, base)]
        if "const" in node:
            candidates.append(_value_depth(node["const"]))
        if isinstance(node.get("enum"), list):
            candidates.append(max((_value_depth(v) for v in node["enum"]), default=0))
        if isinstance(node.get("$ref"), str):
            found = resolve(self.schemas, base, node["$ref"])
            key = urljoin(base, node["$ref"])
            candidates.append(None if found is None else self.target(key, *found))
        for branch in node.get("allOf", []) if isinstance(node.get("allOf"), list) else []:
            candidates.append(self.node(branch, base))
        for keyword in ("oneOf", "anyOf"):
            branches = node.get(keyword)
            if isinstance(branches, list) and branches:
                candidates.append(_max([self.node(branch, base) for branch in branches]))
        known = [c for c in candidates if c is not None]
        return min(known) if known else None

    def structure(self, node: Mapping[str, Any], base: str) -> int | None:
        kinds = node.get("type", sorted(_KINDS))
        kinds = {kinds} if isinstance(kinds, str) else set(kinds)
        bounds: list[int | None] = [0]
        if "object" in kinds:
            extra = node.get("additionalProperties", True)
            if extra is not False and not isinstance(extra, Mapping):
                return None
            children = list((node.get("properties") or {}).values()) + list((node.get("patternProperties") or {})
                                                                           .values())
            if isinstance(extra, Mapping):
                children.append(extra)
            inner = _max([self.node(child, base) for child in children])
            bounds.append(None if inner is None else inner + 1)
        if "array" in kinds:
            items = node.get("items", True)
            if items is not False and not isinstance(items, Mapping):
                return None
            children = list(node.get("prefixItems") or []) + ([items] if isinstance(items, Mapping) else [])
            inner = _max([self.node(child, base) for child in children])
            bounds.append(None if inner is None else inner + 1)
        return _max(bounds)


def depth_bound(schemas: Schemas, name: str) -> int | None:
    """The deepest nesting (arrays and objects, the top level counting as 1) of any document the schema
    ``name`` accepts, or None when the schema allows any depth."""
    schema = schemas[name]
    uri = str(schema.get("$id", name))
    return _Bounder(schemas).target(uri, uri, schema)
