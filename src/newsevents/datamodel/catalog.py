"""Every model class by its schema name: the names `--type` takes and the schema files are called by.

Walks field annotations and union members only (no schema is built), so the validator and the command line
can map a type name to its class without loading the schema generator.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Iterable
from typing import Any

import attrs

from .article import Article
from .fields import type_hints
from .unions import is_root, members

__all__ = ["SCHEMA_SUFFIX", "is_model", "model_classes", "model_types_in", "schema_filename", "schema_name"]

#: Schema files are named ``<schema name>.schema.json``.
SCHEMA_SUFFIX = ".schema.json"


def schema_name(cls: type[Any]) -> str:
    """The schema name of a model class: its name in snake case (``PolicyChange`` -> ``policy_change``)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()


def schema_filename(cls: type[Any]) -> str:
    """The file name of the schema for a model class (``PolicyChange`` -> ``policy_change.schema.json``)."""
    return schema_name(cls) + SCHEMA_SUFFIX


def is_model(tp: Any) -> bool:
    """Whether ``tp`` is a model (attrs) class."""
    return isinstance(tp, type) and attrs.has(tp)


def model_types_in(tp: Any) -> list[type[Any]]:
    """Model classes named in a field annotation (inside Optional and tuple too)."""
    if is_model(tp):
        return [tp]
    return [cls for arg in typing.get_args(tp) for cls in model_types_in(arg)]


def model_classes(roots: Iterable[type[Any]] = (Article,)) -> dict[str, type[Any]]:
    """Every model class reachable from ``roots``, by schema name (``policy_change``), sorted by name: the
    files the generator writes. Union members registered at call time are included."""
    found: dict[str, type[Any]] = {}
    pending = list(roots)
    while pending:
        cls = pending.pop()
        name = schema_name(cls)
        if name in found:
            continue
        found[name] = cls
        if is_root(cls):
            pending.extend(c for c in members(cls).values() if c is not cls)
            if cls not in members(cls).values():
                continue
        for tp in type_hints(cls).values():
            pending.extend(model_types_in(tp))
    return dict(sorted(found.items()))
