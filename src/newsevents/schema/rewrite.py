"""Rewrite the shipped schemas into equivalent ones that the compiled validator checks faster.

Every rewrite keeps the set of accepted instances exactly the same, under a stated precondition that the code
checks before rewriting (a node that does not meet it is left alone). `tests/test_fastpath.py` checks the
compiled validator on the rewritten schemas against jsonschema on the shipped ones.

- Annotations (`description`, `title`, `examples`, `default`, `$comment`) are dropped: they never affect a
  verdict.
- A pattern ending in an unescaped ``$(?!\\n)`` loses the lookahead. The shipped patterns carry it so that Python's
  ``re`` (whose ``$`` also matches before a final newline) agrees with ECMA-262; in the Rust engines ``$``
  matches only at the very end, where "no newline follows" always holds. Without the lookahead the Rust regex
  crate can run instead of the backtracking engine, about three times faster on our documents.
- A ``oneOf`` whose branches are all ``{"const": ...}`` strings, next to an ``enum`` of the same strings, is
  dropped: distinct constants make "exactly one" the same as "one of", which the ``enum`` already says.
- A tagged union, ``oneOf`` of ``$ref`` branches each of which requires ``type`` with a distinct string ``const``,
  becomes "``type`` is one of the tags" plus one ``if``/``then`` per tag: at most one branch can hold, so
  "exactly one holds" means "the branch named by the tag holds", and the validator no longer tries every branch.
- ``format: date`` becomes a pattern that accepts exactly the strings jsonschema's date check accepts
  (`newsevents.schema.nativeformats`), beside the node's own keywords (under ``allOf`` when the node has a
  pattern already): the compiled validator then needs no date callback written in Python, which would slow
  down every document it checks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .nativeformats import DATE_PATTERN
from .refs import ANNOTATIONS, Schemas, union_tags

__all__ = ["SUBSCHEMA_LISTS", "SUBSCHEMA_MAPS", "SUBSCHEMA_SINGLE", "rewrite_schemas"]

#: Keywords whose value is a map of names to subschemas, a list of subschemas, or one subschema (2020-12).
SUBSCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
SUBSCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
SUBSCHEMA_SINGLE = frozenset({"items", "additionalProperties", "not", "if", "then", "else", "contains",
                              "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema"})
_LOOKAHEAD = "$(?!\\n)"
_MULTILINE = re.compile(r"\(\?[a-zA-Z-]*m")



def _map_subschemas(node: Any, rewrite: Callable[[dict[str, Any]], dict[str, Any]]) -> Any:
    """Apply ``rewrite`` bottom-up to every schema object under ``node`` (keyword values that are not
    subschemas, such as ``enum`` lists or ``properties`` names, are copied untouched)."""
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in SUBSCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: _map_subschemas(sub, rewrite) for name, sub in value.items()}
        elif key in SUBSCHEMA_LISTS and isinstance(value, list):
            out[key] = [_map_subschemas(sub, rewrite) for sub in value]
        elif key in SUBSCHEMA_SINGLE:
            out[key] = _map_subschemas(value, rewrite)
        else:
            out[key] = value
    return rewrite(out)


def _strip_annotations(node: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in node.items() if key not in ANNOTATIONS}


def _strip_lookahead(node: dict[str, Any]) -> dict[str, Any]:
    pattern = node.get("pattern")
    if not isinstance(pattern, str) or not pattern.endswith(_LOOKAHEAD):
        return node
    head = pattern[: -len(_LOOKAHEAD)]
    if _MULTILINE.search(head):
        return node  # a multi-line flag changes what "$" means: leave such patterns alone
    backslashes = len(head) - len(head.rstrip("\\"))
    if backslashes % 2:
        return node  # the "$" is escaped: a literal dollar sign, not an anchor
    return {**node, "pattern": head + "$"}


def _native_format(node: dict[str, Any]) -> dict[str, Any]:
    if node.get("format") != "date":
        return node
    rest = {key: value for key, value in node.items() if key != "format"}
    if "pattern" in rest:
        return {**rest, "allOf": [*rest.get("allOf", []), {"pattern": DATE_PATTERN}]}
    return {**rest, "pattern": DATE_PATTERN}


def _drop_enum_one_of(node: dict[str, Any]) -> dict[str, Any]:
    branches, enum = node.get("oneOf"), node.get("enum")
    if not isinstance(branches, list) or not isinstance(enum, list) or not branches:
        return node
    consts = []
    for branch in branches:
        if not isinstance(branch, dict) or set(branch) - ANNOTATIONS != {"const"}:
            return node
        consts.append(branch["const"])
    if not all(isinstance(c, str) for c in consts) or len(set(consts)) != len(consts):
        return node
    if not all(isinstance(e, str) for e in enum) or set(enum) != set(consts):
        return node
    return {key: value for key, value in node.items() if key != "oneOf"}


def _tagged_union(schemas: Schemas, base: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def rewrite(node: dict[str, Any]) -> dict[str, Any]:
        branches = node.get("oneOf")
        if not isinstance(branches, list) or not branches:
            return node
        tags = union_tags(schemas, base, branches)
        if None in tags or len(set(tags)) != len(tags):
            return node
        # The refs stay relative: this node keeps its place (and so its base URI) in the same document.
        guards: list[Any] = [{"required": ["type"], "properties": {"type": {"enum": tags}}}]
        guards += [{"if": {"required": ["type"], "properties": {"type": {"const": tag}}}, "then": branch}
                   for tag, branch in zip(tags, branches, strict=True)]
        rest = {key: value for key, value in node.items() if key != "oneOf"}
        rest["allOf"] = [*rest.get("allOf", []), *guards]
        return rest
    return rewrite


def rewrite_schemas(schemas: Schemas) -> dict[str, dict[str, Any]]:
    """The schemas rewritten for speed, by the same file names; every rewrite keeps the verdicts (see above)."""
    out: dict[str, dict[str, Any]] = {}
    for name, schema in schemas.items():
        base = str(schema.get("$id", ""))
        union = _tagged_union(schemas, base)

        def rewrite(node: dict[str, Any], union: Callable[[dict[str, Any]], dict[str, Any]] = union) -> dict[str, Any]:
            return union(_drop_enum_one_of(_native_format(_strip_lookahead(_strip_annotations(node)))))

        out[name] = _map_subschemas(dict(schema), rewrite)
    return out
