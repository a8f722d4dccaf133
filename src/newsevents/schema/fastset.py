"""The compiled validator's schema set for the shipped schemas, generated once instead of at every start-up.

What the compiled validator checks is the shipped set rewritten (`newsevents.schema.rewrite`) and, for the type
asked for, split (`newsevents.schema.split`): both pure functions of files we generate ourselves. So
`newsevents schema` writes their result beside the schemas, into `FASTSET_FILE`, and `--check` holds it to them;
a validator over the shipped set reads it (one orjson parse) rather than loading, rewriting and splitting the
schemas again. The file holds the rewritten set once, and for each type whose split changes anything, the
schemas the split replaced and its members; a type without an entry has nothing to split.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import orjson

from .files import shipped_schema_dir
from .refs import Schemas
from .rewrite import rewrite_schemas
from .split import SplitMember, split_unions

__all__ = ["FASTSET_FILE", "FastSet", "fastset_text", "shipped_fastset"]

#: Generated beside the schemas by `newsevents schema`; a machine file (compact JSON).
FASTSET_FILE = "validator/compiled.json"

_SUFFIX = ".schema.json"

#: The schemas to compile (rewritten, then split for one type) and the members checked branch by branch.
FastSet = tuple[dict[str, dict[str, Any]], list[SplitMember]]


def _splits(rewritten: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Each type's split, as the file keeps it: only the schemas it replaced, and its members."""
    found: dict[str, Any] = {}
    for name in rewritten:
        reduced, members = split_unions(rewritten, name)
        if members:
            found[name.removesuffix(_SUFFIX)] = {
                "schemas": {key: schema for key, schema in reduced.items() if schema is not rewritten[key]},
                "members": [{"name": m.name, "base": m.base, "branches": m.branches} for m in members]}
    return found


def fastset_text(schemas: Schemas) -> str:
    """The text of `FASTSET_FILE` for a schema set: its rewritten schemas and every type's split."""
    rewritten = rewrite_schemas(schemas)
    data = {"schemas": rewritten, "split": _splits(rewritten)}
    return orjson.dumps(data).decode("utf-8") + "\n"


@cache
def _shipped() -> dict[str, Any] | None:
    try:
        data = orjson.loads((shipped_schema_dir() / FASTSET_FILE).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None  # not generated (an old checkout): the set is worked out instead
    ok = isinstance(data, dict) and isinstance(data.get("schemas"), dict) and isinstance(data.get("split"), dict)
    return data if ok else None


def shipped_fastset(type_name: str) -> FastSet | None:
    """The generated set to compile for a type of the shipped schemas (``article``), the same as splitting the
    rewritten shipped set for it; None when the file is missing or unreadable. The schemas are shared between
    callers: compile them, never change them."""
    data = _shipped()
    if data is None:
        return None
    entry = data["split"].get(type_name)
    if entry is None:
        return dict(data["schemas"]), []
    members = [SplitMember(name=m["name"], base=m["base"], branches=m["branches"]) for m in entry["members"]]
    return {**data["schemas"], **entry["schemas"]}, members
