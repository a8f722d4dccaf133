"""Helpers several test modules share: the independent validator, and a walk over a JSON document."""

from __future__ import annotations

import functools
from typing import Any

import jsonschema_rs

from newsevents.schema.files import load_shipped_schemas


def _refuse(uri: str) -> Any:
    raise RuntimeError(f"attempted to retrieve {uri}")


@functools.cache
def rust_validator(type_name: str = "article") -> Any:
    """jsonschema-rs, an implementation independent of ours, over the shipped schema files and no network."""
    schemas = load_shipped_schemas()
    registry = jsonschema_rs.Registry([(s["$id"], s) for s in schemas.values()], retriever=_refuse)
    return jsonschema_rs.Draft202012Validator(schemas[f"{type_name}.schema.json"], registry=registry,
                                              validate_formats=True, retriever=_refuse)


def containers(doc: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    """Every object and array in a JSON document, with its path."""
    found: list[tuple[tuple[Any, ...], Any]] = []
    if isinstance(doc, dict | list):
        found.append((path, doc))
        items = doc.items() if isinstance(doc, dict) else enumerate(doc)
        for key, value in items:
            found.extend(containers(value, (*path, key)))
    return found
