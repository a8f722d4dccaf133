"""The compiled validator (jsonschema-rs): the verdict for every record, in Rust, offline.

jsonschema (Python) stays the reference and the explainer: this module only says valid or not, and where the
errors are, so that jsonschema can explain just those parts. Three things make the two agree, and
`tests/test_fastpath.py` checks that they do:

- the schemas are the shipped files, rewritten only in ways that keep every verdict (`newsevents.schema.rewrite`);
- ``format`` is checked as jsonschema checks it: ``date`` by a pattern that accepts exactly what jsonschema's
  check accepts, put in its place by the rewrite (`newsevents.schema.nativeformats`), ``uri`` by the same
  package jsonschema calls, any other format by jsonschema's own checker. Those two are callbacks into Python,
  which slow down every document a validator checks, so each validator gets only those its schema can reach
  (`newsevents.schema.reach`), and a format on a plain member of the top level (the article's url) is checked
  on that one value here instead (`_hoist_formats`): no shipped validator is given a callback;
- every ``$ref`` resolves from a registry holding the shipped schemas; any other URI reaches a retriever that
  refuses it, so the Rust side never opens a connection or a file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any

import jsonschema_rs

from ..datamodel.fields import is_uri
from ..datamodel.problems import PathPart
from ..schema.bounds import Bounds, schema_bounds, shipped_bounds
from ..schema.fastset import shipped_fastset
from ..schema.files import load_shipped_schemas, schema_named
from ..schema.reach import FormatReach
from ..schema.rewrite import SUBSCHEMA_LISTS, SUBSCHEMA_MAPS, SUBSCHEMA_SINGLE, rewrite_schemas
from ..schema.split import SplitMember, split_unions

__all__ = ["CompiledValidator", "OfflineError", "compiled_validator_for"]

_SUFFIX = ".schema.json"


class OfflineError(LookupError):
    """A schema referred to something outside the shipped schemas; nothing is ever fetched."""


def _refuse(uri: str) -> Any:
    raise OfflineError(f"refusing to retrieve {uri!r}: only the shipped schemas may be referenced")


#: The formats we check as jsonschema does without importing jsonschema (the same package, called the same way).
_OWN_FORMATS: dict[str, Callable[[str], bool]] = {"uri": is_uri}


def _format_check(name: str) -> Callable[[str], bool]:
    """The check of one format: our call of jsonschema's where we have one, otherwise jsonschema's own (imported
    at the first value checked); a name jsonschema does not know passes, as it does there."""
    own = _OWN_FORMATS.get(name)
    if own is not None:
        return own

    def conforms(value: str) -> bool:
        import jsonschema

        return bool(jsonschema.Draft202012Validator.FORMAT_CHECKER.conforms(value, name))

    return conforms


def _format_callbacks(names: set[str]) -> dict[str, Callable[[str], bool]] | None:
    """A check for each format name (`_format_check`); None for no names: a validator given any callback runs
    slower on every document."""
    return {name: _format_check(name) for name in sorted(names)} if names else None


class CompiledValidator:
    """The compiled validator for one top-level type, with what the reader needs to know about its schema.

    A top-level list of tagged-union entries (the article's events) is checked branch by branch, each branch
    compiled the first time its tag is met (`newsevents.schema.split`): most of the compile time is the event
    union's branches, and a small feed names a few of them."""

    def __init__(self, type: str = "article", schemas: Mapping[str, Mapping[str, Any]] | None = None,  # noqa: A002
                 *, bounds: Bounds | None = None) -> None:
        """``bounds``: those of the schema, when known (the shipped ones are generated); else worked out."""
        name = type + _SUFFIX
        shipped = schemas is None
        # The shipped set comes rewritten and split ahead of time (`newsevents schema` keeps the file current).
        generated = shipped_fastset(type) if shipped else None
        if generated is None:
            schemas = load_shipped_schemas() if schemas is None else schemas
            schema_named(schemas, type)  # fails early, naming the known types
            generated = split_unions(rewrite_schemas(schemas), name)
        fast, self._split = generated
        schema_named(fast, type)  # the generated set has the same names, so the same message
        if bounds is None and shipped:
            bounds = shipped_bounds(type)
        self.type = type
        self._registry = jsonschema_rs.Registry([(str(s["$id"]), s) for s in fast.values() if "$id" in s],
                                                retriever=_refuse)
        self._reach = FormatReach(fast)
        top, hoisted = _hoist_formats(fast[name])
        #: Root members whose format is checked here, in Python, rather than by a callback from the validator.
        self._hoisted = [(member, _format_check(check)) for member, check in hoisted]
        self._validator = self._compile(top, str(fast[name].get("$id", "")))
        self._branches: dict[tuple[str, str], Any] = {}
        #: What every valid document satisfies: its deepest nesting, and whether its numbers are all safe.
        self.bounds: Bounds = bounds if bounds is not None else schema_bounds(
            load_shipped_schemas() if schemas is None else schemas, name)

    def _compile(self, schema: Any, base: str) -> Any:
        formats = _format_callbacks(self._reach.reached(schema, base or None))
        return jsonschema_rs.Draft202012Validator(schema, registry=self._registry, retriever=_refuse,
                                                  validate_formats=True, formats=formats, base_uri=base or None)

    def _branch(self, member: SplitMember, tag: str) -> Any:
        key = (member.name, tag)
        found = self._branches.get(key)
        if found is None:
            found = self._branches[key] = self._compile(member.branches[tag], member.base)
        return found

    def _entries(self, value: Any) -> Iterator[tuple[Any, int, Any, Any]]:
        """Each split entry of ``value`` the top-level validator cannot vouch for alone: (member name, index,
        entry, its branch validator). Entries that are not objects with a known tag have failed at the top."""
        if not isinstance(value, dict):
            return
        for member in self._split:
            entries = value.get(member.name)
            if not isinstance(entries, list):
                continue
            for index, entry in enumerate(entries):
                tag = entry.get("type") if isinstance(entry, dict) else None
                if isinstance(tag, str) and tag in member.branches:
                    yield member.name, index, entry, self._branch(member, tag)

    def _hoisted_errors(self, value: Any) -> Iterator[tuple[PathPart, ...]]:
        for member, conforms in self._hoisted:
            found = value.get(member) if isinstance(value, dict) else None
            if isinstance(found, str) and not conforms(found):
                yield (member,)

    def is_valid(self, value: Any) -> bool:
        """The verdict of the schema on ``value``."""
        if not self._validator.is_valid(value):
            return False
        if self._hoisted and next(self._hoisted_errors(value), None) is not None:
            return False
        # Accepted at the top: ``value`` is an object, and each split member a list of objects with known tags.
        for member in self._split:
            for entry in value.get(member.name, ()):
                branch = self._branches.get((member.name, entry["type"])) or self._branch(member, entry["type"])
                if not branch.is_valid(entry):
                    return False
        return True

    def error_paths(self, value: Any) -> list[tuple[PathPart, ...]]:
        """Where the schema finds errors in ``value`` (instance paths, deduplicated, in order found)."""
        seen: dict[tuple[PathPart, ...], None] = {}
        for error in self._validator.iter_errors(value):
            seen.setdefault(tuple(error.instance_path), None)
        for path in self._hoisted_errors(value):
            seen.setdefault(path, None)
        for name, index, entry, branch in self._entries(value):
            for error in branch.iter_errors(entry):
                seen.setdefault((name, index, *error.instance_path), None)
        return list(seen)


#: Keywords that hold subschemas or refer to others: a member schema with any of them is not "flat".
_NESTING = SUBSCHEMA_MAPS | SUBSCHEMA_LISTS | SUBSCHEMA_SINGLE | {"$ref", "$dynamicRef", "$recursiveRef"}


def _hoist_formats(schema: Any) -> tuple[Any, list[tuple[str, str]]]:
    """The root schema with the ``format`` of each flat root member taken out, and those (member, format).

    A flat member schema (plain assertions on one value, nothing nested or referred to) holds its value to the
    conjunction of its keywords, so dropping ``format`` there and checking the format on the member's value apart
    keeps the verdict. The validator then needs no callback for it: a callback slows down every document it
    checks, and a format at the root (the article's url) is one value per document."""
    members = schema.get("properties") if isinstance(schema, dict) else None
    if not isinstance(members, dict):
        return schema, []
    hoisted = [(name, sub["format"]) for name, sub in members.items()
               if isinstance(sub, dict) and isinstance(sub.get("format"), str) and _NESTING.isdisjoint(sub)]
    if not hoisted:
        return schema, []
    flat = {name: {key: value for key, value in members[name].items() if key != "format"} for name, _ in hoisted}
    return {**schema, "properties": {**members, **flat}}, hoisted


@cache
def compiled_validator_for(type: str = "article") -> CompiledValidator:  # noqa: A002
    """The shared compiled validator for a type name (a schema file stem), built once."""
    return CompiledValidator(type)
