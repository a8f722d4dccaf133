"""JSON Schema (Draft 2020-12) generated from the model: one file per model class, linked by ``$ref``.

Everything comes from the attrs classes: types from annotations, descriptions from docstrings and field
declarations, constraints from the same :class:`~newsevents.datamodel.fields.FieldSpec` the attrs validators use, and
union members from the registry at call time, so a downstream project's registered types get schemas too.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import json
import types
import typing
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from ..datamodel.article import Article
from ..datamodel.catalog import SCHEMA_SUFFIX, is_model, schema_filename
from ..datamodel.fields import DATE_PATTERN, FieldSpec, spec_of, type_hints
from ..datamodel.unions import is_root, members, root_of, tag_of
from ..datamodel.version import SCHEMA_BASE, SCHEMA_VERSION
from .files import changed_files, sync_files

__all__ = [
    "DRAFT_2020_12",
    "check_schemas",
    "generate_schemas",
    "write_schemas",
]

DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"


def _description(cls: type[Any]) -> str:
    return inspect.cleandoc(cls.__doc__ or "")


def _is_optional(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType) and type(None) in typing.get_args(tp)


def _strip_none(tp: Any) -> Any:
    rest = [a for a in typing.get_args(tp) if a is not type(None)]
    return rest[0] if len(rest) == 1 else typing.Union[tuple(rest)]  # noqa: UP007


class _Generator:
    """Builds the schema of each class reachable from the roots, remembering which files it needs."""

    def __init__(self, base_uri: str) -> None:
        self.base_uri = base_uri if base_uri.endswith("/") else base_uri + "/"
        self.pending: list[type[Any]] = []
        self.seen: dict[str, type[Any]] = {}

    def need(self, cls: type[Any]) -> str:
        name = schema_filename(cls)
        known = self.seen.get(name)
        if known is None:
            self.seen[name] = cls
            self.pending.append(cls)
        elif known is not cls:
            raise TypeError(f"{cls.__qualname__} and {known.__qualname__} would both be written to {name}")
        return name

    def type_schema(self, tp: Any, spec: FieldSpec) -> dict[str, Any]:
        if _is_optional(tp):
            tp = _strip_none(tp)
        origin = typing.get_origin(tp)
        if origin is tuple:
            item_type = typing.get_args(tp)[0]
            out: dict[str, Any] = {"type": "array", "items": self.type_schema(item_type, spec)}
            if spec.min_items is not None:
                out["minItems"] = spec.min_items
            if spec.max_items is not None:
                out["maxItems"] = spec.max_items
            if spec.unique_items:
                out["uniqueItems"] = True
            return out
        if origin in (typing.Union, types.UnionType) and set(typing.get_args(tp)) == {int, float}:
            return self._number({"type": "number"}, spec)
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return self._number({"type": "integer"}, spec)
        if tp is float:
            return self._number({"type": "number"}, spec)
        if tp is str:
            return self._string({"type": "string"}, spec)
        if tp is dt.date:
            return {"type": "string", "format": "date", "pattern": DATE_PATTERN, "maxLength": 10}
        if tp is dt.datetime:
            return {"type": "string", "format": "date-time", "maxLength": 40}
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return self._enum(tp)
        if is_model(tp):
            return {"$ref": self.need(tp)}
        raise TypeError(f"no JSON Schema mapping for {tp!r}")

    @staticmethod
    def _string(out: dict[str, Any], spec: FieldSpec) -> dict[str, Any]:
        if spec.min_length is not None:
            out["minLength"] = spec.min_length
        if spec.max_length is None:
            raise TypeError("every string needs a maxLength")
        out["maxLength"] = spec.max_length
        if spec.pattern is not None:
            out["pattern"] = spec.pattern
        if spec.format is not None:
            out["format"] = spec.format
        return out

    @staticmethod
    def _number(out: dict[str, Any], spec: FieldSpec) -> dict[str, Any]:
        for key, value in (("minimum", spec.minimum), ("maximum", spec.maximum),
                           ("exclusiveMinimum", spec.exclusive_minimum)):
            if value is not None:
                out[key] = int(value) if float(value).is_integer() and abs(value) < 2**53 else value
        return out

    @staticmethod
    def _enum(cls: type[enum.Enum]) -> dict[str, Any]:
        values = [member.value for member in cls]
        # "enum" gives every validator a plain message; "oneOf" carries a description for each value.
        return {
            "title": cls.__name__,
            "type": "string",
            "enum": values,
            "oneOf": [{"const": member.value, "description": getattr(member, "description", "")} for member in cls],
        }

    def object_schema(self, cls: type[Any], *, with_header: bool) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if with_header:
            out["$schema"] = DRAFT_2020_12
            out["$id"] = self.base_uri + schema_filename(cls)
        out["title"] = cls.__name__
        out["description"] = _description(cls)
        out["type"] = "object"
        properties: dict[str, Any] = {}
        required: list[str] = []
        if root_of(cls) is not None:
            tag = tag_of(cls)
            properties["type"] = {"description": f"The type tag: always \"{tag}\" for a {cls.__name__}.",
                                  "const": tag}
            required.append("type")
        hints = type_hints(cls)
        for attribute in attrs.fields(cls):
            spec = spec_of(attribute)
            name = spec.json_name or attribute.name
            prop: dict[str, Any] = {"description": spec.description}
            prop.update(self.type_schema(hints[attribute.name], spec))
            default = attribute.default
            if default is attrs.NOTHING:
                required.append(name)
            elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                value = default.factory()
                if value == ():
                    prop["default"] = []
            elif default is not None:
                prop["default"] = default.value if isinstance(default, enum.Enum) else default
            if spec.examples:
                prop["examples"] = list(spec.examples)
            if spec.deprecated:
                prop["deprecated"] = True
            properties[name] = prop
        out["properties"] = properties
        out["required"] = required
        out["additionalProperties"] = False
        return out

    def union_schema(self, root: type[Any]) -> dict[str, Any]:
        registered = members(root)
        branches: list[dict[str, Any]] = []
        defs: dict[str, Any] = {}
        for tag, cls in registered.items():
            if cls is root:
                # The root is itself a member (Statement): its own object lives in this file's $defs.
                defs[tag] = self.object_schema(cls, with_header=False)
                branches.append({"$ref": f"#/$defs/{tag}"})
            else:
                branches.append({"$ref": self.need(cls)})
        out: dict[str, Any] = {
            "$schema": DRAFT_2020_12,
            "$id": self.base_uri + schema_filename(root),
            "title": root.__name__,
            "description": _description(root) + "\n\nOne of: " + ", ".join(registered) + " (by the \"type\" member).",
            "type": "object",
            "required": ["type"],
            "properties": {"type": {"description": "The type tag naming which kind this is.",
                                    "enum": list(registered)}},
            "oneOf": branches,
        }
        if defs:
            out["$defs"] = defs
        return out

    def schema_for(self, cls: type[Any]) -> dict[str, Any]:
        if is_root(cls):
            return self.union_schema(cls)
        return self.object_schema(cls, with_header=True)


def generate_schemas(
    roots: Iterable[type[Any]] = (Article,),
    *,
    base_uri: str = f"{SCHEMA_BASE}/{SCHEMA_VERSION}/",
) -> dict[str, dict[str, Any]]:
    """Schemas for ``roots`` and every model class they reach, keyed by file name, in a stable order.

    A downstream project passes its own classes (and its own ``base_uri``) to get schemas for its extensions;
    union members registered at call time are included.
    """
    gen = _Generator(base_uri)
    for root in roots:
        gen.need(root)
    result: dict[str, dict[str, Any]] = {}
    while gen.pending:
        cls = gen.pending.pop(0)
        result[schema_filename(cls)] = gen.schema_for(cls)
    return dict(sorted(result.items()))


def dumps(schema: Mapping[str, Any]) -> str:
    """The canonical text of a schema file: two-space indent, UTF-8, newline at the end."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def _expected_files(schemas: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    return {name: dumps(schema) for name, schema in schemas.items()}


def write_schemas(directory: Path, schemas: Mapping[str, Mapping[str, Any]] | None = None) -> list[str]:
    """Write the schema files into `directory`, removing stale ones; returns the names written or removed."""
    return sync_files(directory, _expected_files(schemas if schemas is not None else generate_schemas()),
                      "*" + SCHEMA_SUFFIX)


def check_schemas(directory: Path, schemas: Mapping[str, Mapping[str, Any]] | None = None) -> list[str]:
    """Names of the files in `directory` that are missing, stale or different from the generated ones."""
    return changed_files(directory, _expected_files(schemas if schemas is not None else generate_schemas()),
                         "*" + SCHEMA_SUFFIX)
