"""Validation: JSON Schema for structure, then the typed loader, then the semantic checks.

The JSON Schema validator is built once per type and reused. `$ref`s resolve only from the schemas shipped in
the package: the registry's retrieve function refuses every URI, so no code path can fetch anything.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any
from urllib.parse import urljoin

import jsonschema
import referencing
import referencing.exceptions
from jsonschema.exceptions import ValidationError
from referencing.jsonschema import DRAFT202012

from ..datamodel.converter import _describe
from ..datamodel.problems import SCHEMA, Problem, ValidationFailed
from ..schema.files import load_shipped_schemas, schema_named
from .loading import load_checked, model_class_for

__all__ = ["Validator", "ensure_valid", "offline_registry", "validate", "validator_for"]

#: Formats our schemas use, with the package jsonschema needs to check each.
_FORMAT_PACKAGES = {"date": "(built in)", "date-time": "rfc3339-validator", "uri": "rfc3986-validator"}


def _refuse(uri: str) -> referencing.Resource[Any]:
    """Retrieval hook that never retrieves: only shipped schemas may be referenced."""
    raise referencing.exceptions.NoSuchResource(uri)


def offline_registry(schemas: Mapping[str, Mapping[str, Any]]) -> referencing.Registry[Any]:
    """A registry holding ``schemas`` (by their `$id`) that refuses to look anything else up."""
    registry: referencing.Registry[Any] = referencing.Registry(retrieve=_refuse)  # type: ignore[call-arg]  # attrs-made __init__
    resources = [(schema["$id"], DRAFT202012.create_resource(schema)) for schema in schemas.values()]
    return registry.with_resources(resources).crawl()


def _format_checker() -> jsonschema.FormatChecker:
    checker: jsonschema.FormatChecker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    missing = [f"{fmt} (needs {pkg})" for fmt, pkg in _FORMAT_PACKAGES.items() if fmt not in checker.checkers]
    if missing:
        raise RuntimeError("format checks unavailable: " + ", ".join(missing))
    return checker


def _any(value: object) -> Any:
    """jsonschema types error attributes loosely (Unset sentinels); inside an error they are always set."""
    return value


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_JSON_TYPES = {"string": "a string", "integer": "an integer", "number": "a number", "boolean": "true or false",
               "object": "an object", "array": "an array", "null": "null"}


def _message(error: ValidationError) -> str:
    kw, value, instance = str(error.validator), _any(error.validator_value), _any(error.instance)
    if kw == "type":
        expected = " or ".join(_JSON_TYPES.get(t, t) for t in ([value] if isinstance(value, str) else value))
        if instance is None:
            return f"null is not allowed: expected {expected} (an optional member is left out, not null)"
        return f"expected {expected}, got {_describe(instance)}"
    if kw == "enum":
        shown = ", ".join(repr(v) for v in value[:12]) + (", ..." if len(value) > 12 else "")
        return f"{_short(instance)} is not one of {shown}"
    if kw == "const":
        return f"expected {value!r}, got {_short(instance)}"
    if kw == "pattern":
        return f"{_short(instance)} does not match {value}"
    if kw == "minLength":
        return f"{_short(instance)} is shorter than {value} character(s)"
    if kw == "maxLength":
        return f"a string of {len(instance)} characters is longer than the {value} allowed"
    if kw == "minimum":
        return f"{instance!r} is less than the minimum of {value}"
    if kw == "maximum":
        return f"{instance!r} is greater than the maximum of {value}"
    if kw == "exclusiveMinimum":
        return f"{instance!r} is not greater than {value}"
    if kw == "minItems":
        return f"needs at least {value} item(s), got {len(instance)}"
    if kw == "maxItems":
        return f"allows at most {value} items, got {len(instance)}"
    if kw == "uniqueItems":
        return "has repeated items"
    if kw == "format":
        return f"{_short(instance)} is not a valid {value}"
    message = str(error.message)
    return message if len(message) <= 200 else message[:197] + "..."


def _union_tags(validator: jsonschema.protocols.Validator, union: Mapping[str, Any],
                branches: list[Any]) -> list[str | None]:
    """The `type` const of each branch of a tagged-union `oneOf` (None where a branch has none).

    Branch refs resolve against the union schema's own `$id` (a `#/$defs/...` branch lives in that file, not in
    the document schema the validator started from).
    """
    base = str(union.get("$id", ""))
    tags: list[str | None] = []
    for branch in branches:
        target = branch
        if isinstance(branch, Mapping) and "$ref" in branch:
            try:
                uri = urljoin(base, branch["$ref"])
                target = validator._resolver.lookup(uri).contents  # type: ignore[attr-defined]
            except referencing.exceptions.Unresolvable:
                target = {}
        const = target.get("properties", {}).get("type", {}).get("const") if isinstance(target, Mapping) else None
        tags.append(const if isinstance(const, str) else None)
    return tags


def _problems(validator: jsonschema.protocols.Validator, error: ValidationError) -> Iterator[Problem]:
    path = tuple(error.absolute_path)
    kw = str(error.validator)
    instance = _any(error.instance)
    value = _any(error.validator_value)
    if kw == "oneOf":
        branches = value
        if all(isinstance(b, Mapping) and "const" in b for b in branches):
            return  # an enum spelled as oneOf-of-const: the "enum" keyword beside it already reported it
        tag = instance.get("type") if isinstance(instance, Mapping) else None
        tags = _union_tags(validator, _any(error.schema), branches)
        if tag in tags:
            index = tags.index(tag)
            for sub in error.context or ():
                if sub.relative_schema_path and sub.relative_schema_path[0] == index:
                    yield from _problems(validator, sub)
            return
        # Unknown or missing tag, or not an object: the union's "properties.type", "required" or "type" says so.
        return
    if kw == "required" and isinstance(instance, Mapping):
        for name in value:
            if name not in instance:
                yield Problem(path=(*path, name), message="this required member is missing", check="required",
                              layer=SCHEMA)
        return
    if kw == "additionalProperties" and isinstance(instance, Mapping):
        allowed = _any(error.schema).get("properties", {})
        for key in sorted(k for k in instance if k not in allowed):
            yield Problem(path=(*path, key), message=f"unknown member {key!r} is not allowed here",
                          check="additionalProperties", layer=SCHEMA)
        return
    yield Problem(path=path, message=_message(error), check=kw, layer=SCHEMA)


def tidy(problems: list[Problem]) -> list[Problem]:
    """Drop repeats and what a wrong-type problem already says, and sort by path: one problem per cause."""
    seen: set[tuple[Any, ...]] = set()
    out = []
    for problem in problems:
        key = (problem.path, problem.check, problem.message)
        if key not in seen:
            seen.add(key)
            out.append(problem)
    # A value of the wrong JSON type fails its enum, pattern, etc. too; the type problem alone says it.
    wrong_type = {p.path for p in out if p.check == "type"}
    out = [p for p in out if p.check == "type" or p.path not in wrong_type]
    return sorted(out, key=lambda p: (tuple(str(x) for x in p.path), p.check))


class Validator:
    """Validates data of one model type against the shipped schema, the typed loader and the semantic checks.

    Build it once and reuse it; `validator_for` caches one per type.
    """

    def __init__(self, type: str = "article", schemas: Mapping[str, Mapping[str, Any]] | None = None) -> None:  # noqa: A002
        schemas = schemas if schemas is not None else load_shipped_schemas()
        self.schema = schema_named(schemas, type)
        self.type = type
        self.cls = model_class_for(type)
        self._validator = jsonschema.Draft202012Validator(
            self.schema, registry=offline_registry(schemas), format_checker=_format_checker()
        )

    def schema_problems(self, data: Any) -> list[Problem]:
        """Problems the JSON Schema finds, sorted by path."""
        return tidy([problem for error in self._validator.iter_errors(data)
                     for problem in _problems(self._validator, error)])

    def is_valid_schema(self, data: Any) -> bool:
        """Whether the JSON Schema accepts ``data`` (no explanation; faster than listing problems)."""
        return bool(self._validator.is_valid(data))

    def load(self, data: Any) -> tuple[Any, list[Problem]]:
        """Validate ``data`` and return (typed object or None, problems)."""
        problems = self.schema_problems(data)
        if problems:
            return None, problems
        return self._load_checked(data)

    def _load_checked(self, data: Any) -> tuple[Any, list[Problem]]:
        return load_checked(self.type, data)

    def validate(self, data: Any) -> list[Problem]:
        """Every problem with ``data``: schema problems, or if there are none, loader and semantic problems."""
        return self.load(data)[1]


@cache
def validator_for(type: str = "article") -> Validator:  # noqa: A002
    """The shared, cached validator for a type name (a schema file stem such as `article` or `event`)."""
    return Validator(type)


def validate(data: Any, *, type: str = "article") -> list[Problem]:  # noqa: A002
    """Validate JSON-ready ``data`` as ``type`` (an article by default); an empty list means valid."""
    return validator_for(type).validate(data)


def ensure_valid(data: Any, *, type: str = "article") -> Any:  # noqa: A002
    """Validate ``data`` and return it as a model object; raise :class:`ValidationFailed` on any problem."""
    obj, problems = validator_for(type).load(data)
    if problems:
        raise ValidationFailed(problems)
    return obj



