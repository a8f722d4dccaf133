"""Explain an invalid record with jsonschema, looking only where the compiled validator found errors.

jsonschema on a whole article takes from tens of milliseconds to a second (every branch of every tagged union
is tried and every failure builds an error); the compiled validator says where the errors are in well under a
millisecond. For each such place this module follows the schema down the record's path (through ``$ref``s,
and through a tagged union into the branch the record's ``type`` names), then asks jsonschema about that one
node against a copy of its schema whose children are all ``true``: the children's own errors have places of
their own. The problems come out through the same translation as `Validator.schema_problems`, so they read the
same; a test compares the two on every example and on mutations.

If a place cannot be followed (a keyword this walk does not know), jsonschema checks the whole subtree there.
If the local explanations find nothing at all, the whole record goes to `Validator.schema_problems`: the
reference has the last word.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import jsonschema

from ..datamodel.problems import PathPart, Problem
from ..schema.files import load_shipped_schemas
from ..schema.refs import branch_target, resolve, tag_required_by, union_tags
from .reference import Draft202012, Reference, format_checker, tidy, translate

__all__ = ["Explainer", "explainer_for"]

Path = tuple[PathPart, ...]
_SUFFIX = ".schema.json"

# Keywords that constrain only the node they sit on (given its children's schemas separately).
_LOCAL = frozenset({"type", "required", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
                    "enum", "const", "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum",
                    "exclusiveMaximum", "multipleOf", "format", "dependentRequired"})
# Keywords that pass each child its own subschema.
_CHILDREN = frozenset({"properties", "additionalProperties", "items", "prefixItems"})
_INERT = frozenset({"$schema", "$id", "$defs", "definitions", "$comment", "$anchor", "title", "description",
                    "examples", "default", "deprecated", "readOnly", "writeOnly"})


class _Node:
    """One schema object together with the base URI its refs resolve against."""

    __slots__ = ("base", "schema")

    def __init__(self, schema: Mapping[str, Any], base: str) -> None:
        self.schema = schema
        self.base = base


class Explainer:
    """Localised jsonschema explanations for one top-level type."""

    def __init__(self, type: str = "article", schemas: Mapping[str, Mapping[str, Any]] | None = None) -> None:  # noqa: A002
        self.schemas = schemas if schemas is not None else load_shipped_schemas()
        self.type = type
        root = self.schemas[type + _SUFFIX]
        self.root = _Node(root, str(root.get("$id", "")))
        self.format_checker = format_checker()
        self._reference: Reference | None = None
        self._validators: dict[tuple[int, ...], jsonschema.protocols.Validator] = {}

    # --- following the schema ---------------------------------------------------------------------------

    def _effective(self, node: _Node, instance: Any) -> list[_Node] | None:
        """The schema objects that apply to ``instance`` at ``node``: the node, its ``$ref`` targets, and the
        branch a tagged union selects. None if a keyword there is beyond this walk."""
        out: list[_Node] = []
        pending = [node]
        while pending:
            current = pending.pop()
            schema = current.schema
            if not isinstance(schema, Mapping):
                if schema is True:
                    continue
                return None
            unknown = set(schema) - _LOCAL - _CHILDREN - _INERT - {"$ref", "oneOf"}
            if unknown:
                return None
            if "oneOf" in schema:
                branch = self._branch(current, instance)
                if branch is None:
                    if not _constants(schema["oneOf"]) and not _is_union(self.schemas, current):
                        return None
                else:
                    pending.append(branch)
            if isinstance(schema.get("$ref"), str):
                found = resolve(self.schemas, current.base, schema["$ref"])
                if found is None:
                    return None
                pending.append(_Node(found[1], found[0]))
            out.append(current)
        return out

    def _branch(self, node: _Node, instance: Any) -> _Node | None:
        """The branch of a tagged union that ``instance``'s ``type`` names, if exactly one does."""
        if not isinstance(instance, Mapping) or not isinstance(instance.get("type"), str):
            return None
        chosen = [found for found in (branch_target(self.schemas, node.base, b) for b in node.schema["oneOf"])
                  if found is not None and tag_required_by(found[1]) == instance["type"]]
        return _Node(chosen[0][1], chosen[0][0]) if len(chosen) == 1 else None

    def _child(self, nodes: list[_Node], key: PathPart) -> list[_Node] | None:
        """The schema objects that apply to child ``key`` of a node governed by ``nodes``."""
        out: list[_Node] = []
        for node in nodes:
            schema = node.schema
            if isinstance(key, str):
                properties = schema.get("properties", {})
                if key in properties:
                    out.append(_Node(properties[key], node.base))
                elif isinstance(schema.get("additionalProperties"), Mapping):
                    out.append(_Node(schema["additionalProperties"], node.base))
            else:
                prefix = schema.get("prefixItems", [])
                if key < len(prefix):
                    out.append(_Node(prefix[key], node.base))
                elif isinstance(schema.get("items"), Mapping):
                    out.append(_Node(schema["items"], node.base))
        return out

    def _locate(self, value: Any, path: Path) -> tuple[Path, Any, list[_Node] | None]:
        """Follow ``path`` into ``value`` and the schema; stop early where the schema cannot be followed."""
        nodes = self._effective(self.root, value)
        instance = value
        for depth, key in enumerate(path):
            if nodes is None:
                return path[:depth], instance, None
            try:
                child = instance[key]
            except (KeyError, IndexError, TypeError):
                return path[:depth], instance, nodes
            nodes = self._expand(self._child(nodes, key), child)
            if nodes is None:
                return path[:depth], instance, None
            instance = child
        return path, instance, nodes

    def _expand(self, nodes: list[_Node] | None, instance: Any) -> list[_Node] | None:
        if nodes is None:
            return None
        out: list[_Node] = []
        for node in nodes:
            effective = self._effective(node, instance)
            if effective is None:
                return None
            out.extend(effective)
        return out

    # --- asking jsonschema --------------------------------------------------------------------------------

    def _validator(self, nodes: list[_Node]) -> jsonschema.protocols.Validator:
        key = tuple(id(node.schema) for node in nodes)
        validator = self._validators.get(key)
        if validator is None:
            schema = {"allOf": [_shallow(node.schema) for node in nodes]}
            validator = Draft202012(schema, format_checker=self.format_checker)
            self._validators[key] = validator
        return validator

    def problems(self, value: Any, error_paths: Iterable[Path]) -> list[Problem]:
        """The problems jsonschema reports at each of ``error_paths`` (and, where the walk stops, below it)."""
        found: list[Problem] = []
        done: set[Path] = set()
        for error_path in error_paths:
            path, instance, nodes = self._locate(value, tuple(error_path))
            if path in done:
                continue
            done.add(path)
            if nodes is None:
                # Beyond the walk: jsonschema checks the whole document.
                return self.whole(value)
            validator = self._validator(nodes)
            for error in validator.iter_errors(instance):
                for problem in translate(self.schemas, error):
                    found.append(Problem(path=(*path, *problem.path), message=problem.message,
                                         check=problem.check, layer=problem.layer))
        if not found:
            return self.whole(value)
        return tidy(found)

    def whole(self, value: Any) -> list[Problem]:
        """jsonschema's problems with the whole document; when its verdict is "invalid" but no problem comes out
        of the translation, its best-matching error, so an invalid record never goes unexplained."""
        if self._reference is None:
            self._reference = Reference(self.type, self.schemas)
        problems = self._reference.problems(value)
        if problems or self._reference.is_valid(value):
            return problems
        best = self._reference.best_match(value)
        return [] if best is None else [best]


def _constants(branches: Any) -> bool:
    return isinstance(branches, list) and all(isinstance(b, Mapping) and "const" in b for b in branches)


def _is_union(schemas: Mapping[str, Mapping[str, Any]], node: _Node) -> bool:
    """A ``oneOf`` of ``$ref``s each requiring a distinct ``type`` tag."""
    tags = union_tags(schemas, node.base, node.schema.get("oneOf"))
    return bool(tags) and None not in tags and len(set(tags)) == len(tags)


def _shallow(schema: Mapping[str, Any]) -> dict[str, Any]:
    """``schema``'s own keywords, with every child subschema replaced by ``true`` (names kept, for
    ``additionalProperties``), its ``$ref`` dropped (followed separately) and a tagged union's branches made
    ``true`` (the branch the tag names is followed separately; with no such branch, the union's own ``type``
    member and ``required`` say what is wrong)."""
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in ("properties", "patternProperties") and isinstance(value, Mapping):
            out[key] = dict.fromkeys(value, True)
        elif key in ("additionalProperties", "items"):
            out[key] = value if isinstance(value, bool) else True
        elif key == "prefixItems" and isinstance(value, list):
            out[key] = [True] * len(value)
        elif (key == "oneOf" and not _constants(value)) or key in ("$ref", "$id", "$defs", "definitions", "$schema"):
            continue
        else:
            out[key] = value
    return out


_EXPLAINERS: dict[str, Explainer] = {}


def explainer_for(type: str = "article") -> Explainer:  # noqa: A002
    """The shared explainer for a type name, built on first use."""
    if type not in _EXPLAINERS:
        _EXPLAINERS[type] = Explainer(type)
    return _EXPLAINERS[type]
