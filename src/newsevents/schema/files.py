"""Files shipped inside the package: the JSON Schemas."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["changed_files", "load_shipped_schemas", "schema_named", "shipped_schema_dir", "sync_files"]


@cache
def shipped_schema_dir() -> Path:
    """The directory of the schemas shipped with the package.

    Installed wheels carry them as ``newsevents/schemas``; a source checkout (editable install) falls back to
    the repository's ``schemas/`` directory, which is the same content.
    """
    # The package directory itself, not importlib.resources: the same place for an installed package, without
    # importing that machinery at every start-up.
    packaged = Path(__file__).resolve().parents[1] / "schemas"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "schemas"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("the newsevents schemas are missing from this installation")


@cache
def load_shipped_schemas() -> dict[str, dict[str, Any]]:
    """The shipped schemas, by file name."""
    directory = shipped_schema_dir()
    return {path.name: json.loads(path.read_text(encoding="utf-8"))
            for path in sorted(directory.glob("*.schema.json"))}


def schema_named(schemas: Mapping[str, Mapping[str, Any]], type_name: str) -> Mapping[str, Any]:
    """The schema of a top-level type (`article`, `event`, ...) in a schema set; ValueError naming the known ones."""
    name = type_name + ".schema.json"
    if name not in schemas:
        known = ", ".join(sorted(n.removesuffix(".schema.json") for n in schemas))
        raise ValueError(f"unknown type {type_name!r}; known types: {known}")
    return schemas[name]


def sync_files(directory: Path, expected: Mapping[str, str], pattern: str) -> list[str]:
    """Make the files matching `pattern` in `directory` exactly `expected` (name -> text): write what differs,
    delete what is not expected. Returns the names written or removed; an unchanged file is not rewritten."""
    directory.mkdir(parents=True, exist_ok=True)
    touched = []
    for stale in sorted(directory.glob(pattern)):
        if stale.name not in expected:
            stale.unlink()
            touched.append(stale.name)
    for name, text in expected.items():
        path = directory / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            touched.append(name)
    return touched


def changed_files(directory: Path, expected: Mapping[str, str], pattern: str) -> list[str]:
    """Names of the files matching `pattern` in `directory` that are missing, stale or differ from `expected`."""
    present = {p.name for p in directory.glob(pattern)} if directory.is_dir() else set()
    changed = set(present - expected.keys())
    for name, text in expected.items():
        if name not in present or (directory / name).read_text(encoding="utf-8") != text:
            changed.add(name)
    return sorted(changed)
