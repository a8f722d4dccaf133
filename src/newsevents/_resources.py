"""Files shipped inside the package: the JSON Schemas."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["load_shipped_schemas", "shipped_schema_dir"]


@cache
def shipped_schema_dir() -> Path:
    """The directory of the schemas shipped with the package.

    Installed wheels carry them as ``newsevents/schemas``; a source checkout (editable install) falls back to
    the repository's ``schemas/`` directory, which is the same content.
    """
    packaged = Path(str(resources.files("newsevents") / "schemas"))
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "schemas"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("the newsevents schemas are missing from this installation")


@cache
def load_shipped_schemas() -> dict[str, dict[str, Any]]:
    """The shipped schemas, by file name."""
    directory = shipped_schema_dir()
    return {path.name: json.loads(path.read_text(encoding="utf-8"))
            for path in sorted(directory.glob("*.schema.json"))}
