"""The reference: jsonschema (Python) checking a whole document against the shipped schemas, offline.

It is slow on whole articles, so the validator asks it only about the places the compiled validator found
wrong (`explain`), and as the last word when those local explanations find nothing. Its errors are translated
into `Problem`s here, in the words of `newsevents.datamodel.messages`. `$ref`s resolve only from the schema set
given: the registry's retrieve function refuses every URI, so no code path can fetch anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any

import jsonschema
import referencing
import referencing.exceptions
from jsonschema.exceptions import ValidationError
from referencing.jsonschema import DRAFT202012

from ..datamodel import messages
from ..datamodel.problems import SCHEMA, Problem
from ..schema.files import load_shipped_schemas, schema_named
from ..schema.refs import Schemas, union_tags

__all__ = [
    "Draft202012", "Reference", "format_checker", "offline_registry", "reference_for", "tidy", "translate",
]

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


def format_checker() -> jsonschema.FormatChecker:
    """jsonschema's format checker; RuntimeError if a package a format of ours needs is not installed (then the
    format would silently pass)."""
    checker: jsonschema.FormatChecker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    missing = [f"{fmt} (needs {pkg})" for fmt, pkg in _FORMAT_PACKAGES.items() if fmt not in checker.checkers]
    if missing:
        raise RuntimeError("format checks unavailable: " + ", ".join(missing))
    return checker


def _max_length(validator: Any, high: int, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and len(instance) > high:
        yield ValidationError(messages.too_long(instance, high))


def _min_length(validator: Any, low: int, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and len(instance) < low:
        yield ValidationError(messages.too_short(instance, low))


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and not re.search(pattern, instance):
        yield ValidationError(messages.no_match(instance, pattern))


#: jsonschema's Draft 2020-12 validator whose string keywords word their errors as we do. Its own messages
#: quote the whole string (``repr``), which for a 50 MB body is another 50 MB held for a message we replace.
Draft202012: Any = jsonschema.validators.extend(  # type: ignore[no-untyped-call]  # jsonschema leaves it untyped
    jsonschema.Draft202012Validator, {"maxLength": _max_length, "minLength": _min_length, "pattern": _pattern})


def _any(value: object) -> Any:
    """jsonschema types error attributes loosely (Unset sentinels); inside an error they are always set."""
    return value


_JSON_TYPES = {"string": "a string", "integer": "an integer", "number": "a number", "boolean": "true or false",
               "object": "an object", "array": "an array", "null": "null"}


def _message(error: ValidationError) -> str:
    kw, value, instance = str(error.validator), _any(error.validator_value), _any(error.instance)
    if kw == "type":
        expected = " or ".join(_JSON_TYPES.get(t, t) for t in ([value] if isinstance(value, str) else value))
        return messages.expected_json(expected, instance)
    simple = _SIMPLE.get(kw)
    if simple is not None:
        return simple(instance, value)
    return _capped(str(error.message))


def _capped(message: str) -> str:
    """jsonschema's own message, cut to 200 characters (it may quote a whole subtree)."""
    return message if len(message) <= 200 else message[:197] + "..."


_SIMPLE: dict[str, Callable[[Any, Any], str]] = {
    "enum": messages.not_one_of,
    "const": lambda instance, value: messages.not_const(value, instance),
    "pattern": messages.no_match,
    "minLength": messages.too_short,
    "maxLength": messages.too_long,
    "minimum": messages.below_minimum,
    "maximum": messages.above_maximum,
    "exclusiveMinimum": messages.not_above,
    "minItems": lambda instance, value: messages.too_few_items(len(instance), value),
    "maxItems": lambda instance, value: messages.too_many_items(len(instance), value),
    "uniqueItems": lambda instance, value: messages.repeated_items(),
    "format": messages.bad_format,
}


#: The unknown members of one object that get a problem each (the first, by name); the rest get one together, so
#: a hostile object of 200,000 members costs one sort, not 200,000 problems and "did you mean" searches.
UNKNOWN_LISTED = 100


def translate(schemas: Schemas, error: ValidationError) -> Iterator[Problem]:
    """The problems one jsonschema error stands for, in our words (see `newsevents.datamodel.messages`)."""
    path = tuple(error.absolute_path)
    kw = str(error.validator)
    instance = _any(error.instance)
    value = _any(error.validator_value)
    if kw == "oneOf":
        branches = value
        if all(isinstance(b, Mapping) and "const" in b for b in branches):
            return  # an enum spelled as oneOf-of-const: the "enum" keyword beside it already reported it
        tag = instance.get("type") if isinstance(instance, Mapping) else None
        tags = union_tags(schemas, str(_any(error.schema).get("$id", "")), branches)
        if tag in tags:
            index = tags.index(tag)
            for sub in error.context or ():
                if sub.relative_schema_path and sub.relative_schema_path[0] == index:
                    yield from translate(schemas, sub)
            return
        # Unknown or missing tag, or not an object: the union's "properties.type", "required" or "type" says so.
        return
    if kw == "required" and isinstance(instance, Mapping):
        for name in value:
            if name not in instance:
                yield Problem(path=(*path, name), message=messages.missing_member(), check="required",
                              layer=SCHEMA)
        return
    if kw == "additionalProperties" and isinstance(instance, Mapping):
        allowed = _any(error.schema).get("properties", {})
        unknown = sorted(k for k in instance if k not in allowed)
        for key in unknown[:UNKNOWN_LISTED]:
            yield Problem(path=(*path, key), message=messages.unknown_member(key, allowed),
                          check="additionalProperties", layer=SCHEMA)
        if len(unknown) > UNKNOWN_LISTED:
            yield Problem(path=path, message=messages.unknown_members_unlisted(len(unknown) - UNKNOWN_LISTED),
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


class Reference:
    """jsonschema's validator for one top-level type of a schema set, built once and reused."""

    def __init__(self, type: str = "article", schemas: Mapping[str, Mapping[str, Any]] | None = None) -> None:  # noqa: A002
        self.schemas = schemas if schemas is not None else load_shipped_schemas()
        self.type = type
        self._validator = Draft202012(
            schema_named(self.schemas, type), registry=offline_registry(self.schemas), format_checker=format_checker()
        )

    def problems(self, data: Any) -> list[Problem]:
        """Every problem jsonschema finds in the whole document, translated and sorted by path."""
        return tidy([problem for error in self._validator.iter_errors(data)
                     for problem in translate(self.schemas, error)])

    def is_valid(self, data: Any) -> bool:
        """jsonschema's verdict on the whole document."""
        return bool(self._validator.is_valid(data))

    def best_match(self, data: Any) -> Problem | None:
        """jsonschema's own best-matching error, untranslated: for a document the translation finds nothing in."""
        error = jsonschema.exceptions.best_match(self._validator.iter_errors(data))
        if error is None:
            return None
        return Problem(path=tuple(error.absolute_path), message=_capped(str(error.message)),
                       check=str(error.validator), layer=SCHEMA)


@cache
def reference_for(type: str = "article") -> Reference:  # noqa: A002
    """The shared reference validator for a type of the shipped schemas."""
    return Reference(type)
