"""Following a schema set's `$ref`s and recognising its tagged unions: the one walker every layer shares.

A schema set maps file names to schema documents, each with an absolute ``$id``. A ``$ref`` names a whole
document or a JSON Pointer into one; anything outside the set is simply not found (nothing is ever fetched).
A tagged union is a ``oneOf`` whose branches are each a lone ``$ref`` to an object schema that requires a
``type`` member fixed by a distinct string ``const``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any
from urllib.parse import unquote, urljoin

from ..datamodel.problems import json_pointer_parts

__all__ = ["ANNOTATIONS", "Schemas", "branch_target", "join_uri", "locate", "resolve", "tag_required_by", "union_tags"]

Schemas = Mapping[str, Mapping[str, Any]]

#: Keywords that never affect a verdict.
ANNOTATIONS = frozenset({"description", "title", "examples", "default", "$comment", "deprecated", "readOnly",
                         "writeOnly"})


#: ``urljoin``, remembered: a schema set joins a few bases with a few refs, over and over.
join_uri = cache(urljoin)


def resolve(schemas: Schemas, base: str, ref: str) -> tuple[str, Any] | None:
    """The schema a ``$ref`` names among ``schemas`` (a whole document, or a JSON Pointer into one), with the
    base URI that refs inside it resolve against; None when it names anything else."""
    uri, _, fragment = join_uri(base, ref).partition("#")
    node: Any = next((schema for schema in schemas.values() if schema.get("$id") == uri), None)
    if node is None or (fragment and not fragment.startswith("/")):
        return None
    for part in json_pointer_parts(unquote(fragment)) if fragment else ():
        if isinstance(node, Mapping) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return uri, node


def locate(schemas: Schemas, base: str, ref: str) -> tuple[str, list[str]] | None:
    """Where a ``$ref`` lands without following it: the key in ``schemas`` of the document it names, and the
    reference tokens of its JSON Pointer into that document (none for the whole document); None when it names
    no document of the set or its fragment is not a JSON Pointer. The pointer may lead nowhere: see resolve."""
    uri, _, fragment = join_uri(base, ref).partition("#")
    key = next((key for key, schema in schemas.items() if schema.get("$id") == uri), None)
    if key is None or (fragment and not fragment.startswith("/")):
        return None
    return key, json_pointer_parts(unquote(fragment)) if fragment else []


def branch_target(schemas: Schemas, base: str, branch: Any) -> tuple[str, Any] | None:
    """What a union branch that is a lone ``$ref`` (annotations aside) points at; None for any other branch."""
    if not isinstance(branch, Mapping) or set(branch) - ANNOTATIONS != {"$ref"} or not isinstance(branch["$ref"], str):
        return None
    return resolve(schemas, base, branch["$ref"])


def tag_required_by(schema: Any) -> str | None:
    """The ``type`` tag an object schema requires and fixes with a string ``const``, if it does."""
    if not isinstance(schema, Mapping):
        return None
    properties, required = schema.get("properties"), schema.get("required")
    if not isinstance(properties, Mapping) or not isinstance(required, list) or "type" not in required:
        return None
    member = properties.get("type")
    const = member.get("const") if isinstance(member, Mapping) else None
    return const if isinstance(const, str) else None


def union_tags(schemas: Schemas, base: str, branches: Any) -> list[str | None]:
    """The tag each branch of a ``oneOf`` requires (None where a branch has none)."""
    if not isinstance(branches, list):
        return []
    out: list[str | None] = []
    for branch in branches:
        found = branch_target(schemas, base, branch)
        out.append(None if found is None else tag_required_by(found[1]))
    return out
