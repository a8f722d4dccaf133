"""Split a top-level list of tagged-union entries off the rewritten schemas, so each branch compiles on demand.

The article's ``events`` list refers to the event union, which (rewritten, see `newsevents.schema.rewrite`) is
"``type`` is one of the tags" plus one ``if``/``then`` guard per tag. Compiling every branch costs most of the
compiled validator's start-up, yet a small feed names a handful of event types. So, when the union is referred
to from exactly one place, a top-level member's ``items``, the union keeps only its tag check and every guard
moves out, keyed by tag: an entry is valid exactly when it passes the tag check (in the top-level validator)
and its tag's branch (in a validator compiled the first time that tag is met). This is the guard's own meaning:
for an object whose ``type`` is the tag, ``if`` holds and ``then`` must hold; every other guard's ``if`` fails.
"""

from __future__ import annotations

import json
import re
from typing import Any

import attrs

from .refs import join_uri

__all__ = ["SplitMember", "refs_in", "split_unions"]


@attrs.frozen
class SplitMember:
    """A top-level member whose entries are checked branch by branch: the tag's ``then`` schema, by tag."""

    #: The member's name in the top-level object (a list of union entries).
    name: str
    #: The URI the branches' relative ``$ref`` resolve against (the union document's ``$id``).
    base: str
    #: Each tag's branch schema (the guard's ``then``).
    branches: dict[str, Any]


#: A ``$ref`` member as `json.dumps` writes it (keys and strings quoted, ``": "`` between them).
_REF = re.compile(r'"\$ref": "((?:[^"\\]|\\.)*)"')


def refs_in(schema: Any, base: str | None = None) -> list[str] | None:
    """Every ``$ref`` in a schema document (the documents they name, without fragments), resolved against its
    ``$id`` or else ``base``; None when a subschema sets an ``$id`` of its own (refs under it would resolve
    elsewhere: such a set is not split). Found in the document's JSON text: one pass at C speed instead of a walk
    in Python; a string that merely looks like a ref only adds a use."""
    text = json.dumps(schema, ensure_ascii=False)
    if text.count('"$id": ') > (1 if isinstance(schema, dict) and "$id" in schema else 0):
        return None
    base = str(schema.get("$id", base or "")) if isinstance(schema, dict) else base or ""
    return [join_uri(base, json.loads(f'"{ref}"') if "\\" in ref else ref).partition("#")[0]
            for ref in _REF.findall(text)]


def _guard_tag(guard: Any) -> str | None:
    """The tag of a rewritten union guard ``{"if": {type is tag}, "then": ...}``; None for anything else."""
    if not isinstance(guard, dict) or set(guard) != {"if", "then"} or not isinstance(guard["if"], dict):
        return None
    tag = guard["if"].get("properties", {}).get("type", {}).get("const")
    guarded = {"required": ["type"], "properties": {"type": {"const": tag}}}
    return tag if isinstance(tag, str) and guard["if"] == guarded else None


def _checks_tag(node: Any, tags: set[str]) -> bool:
    """Whether ``node`` requires ``type`` and holds it to exactly ``tags``."""
    enum = node.get("properties", {}).get("type", {}).get("enum") if isinstance(node, dict) else None
    return "type" in node.get("required", ()) and isinstance(enum, list) and set(enum) == tags


def split_unions(schemas: dict[str, dict[str, Any]], top: str) -> tuple[dict[str, dict[str, Any]],
                                                                         list[SplitMember]]:
    """The rewritten ``schemas`` with the unions of ``top``'s list members reduced to their tag checks, and the
    branches moved out; members that do not qualify (see the module docstring) are left as they are."""
    by_id = {str(schema.get("$id")): name for name, schema in schemas.items() if "$id" in schema}
    top_schema = schemas[top]
    found: list[tuple[str, str, str, dict[str, Any], list[Any]]] = []
    for name, member in (top_schema.get("properties") or {}).items():
        items = member.get("items") if isinstance(member, dict) and member.get("type") == "array" else None
        if not isinstance(items, dict) or set(items) != {"$ref"} or "#" in items["$ref"]:
            continue
        uri = join_uri(str(top_schema.get("$id", "")), items["$ref"])
        union_name = by_id.get(uri)
        if union_name is None:
            continue
        union = schemas[union_name]
        guards = union.get("allOf")
        if not isinstance(guards, list):
            continue
        tags = [_guard_tag(guard) for guard in guards]
        branches = {tag: guard["then"] for tag, guard in zip(tags, guards, strict=True) if tag is not None}
        if len(branches) < 2 or len(branches) != sum(tag is not None for tag in tags):
            continue  # no union here, or the same tag guarded twice
        kept = [guard for tag, guard in zip(tags, guards, strict=True) if tag is None]
        # The checks left behind must say "an object with a known tag": without them an entry with an unknown
        # tag, or no object at all, would pass every guard here and meet no branch later.
        if union.get("type") != "object" or not any(_checks_tag(check, set(branches)) for check in [union, *kept]):
            continue
        found.append((name, uri, union_name, branches, kept))
    if not found:
        return dict(schemas), []  # nothing to split: the set's refs need not be counted
    uses: dict[str, int] = {}
    for schema in schemas.values():
        refs = refs_in(schema)
        if refs is None:
            return dict(schemas), []
        for ref in refs:
            uses[ref] = uses.get(ref, 0) + 1
    out = dict(schemas)
    members: list[SplitMember] = []
    for name, uri, union_name, branches, kept in found:
        if uses.get(uri) != 1:
            continue  # the union is used elsewhere too, where its branches must stay
        union = schemas[union_name]
        out[union_name] = {**{k: v for k, v in union.items() if k != "allOf"}, **({"allOf": kept} if kept else {})}
        members.append(SplitMember(name=name, base=uri, branches=branches))
    return out, members
