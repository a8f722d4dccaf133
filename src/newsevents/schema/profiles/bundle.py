"""One self-contained document from a schema set: a type's schema at the top, everything it reaches in `$defs`.

Each file the type reaches becomes ``$defs/<schema name>``; a file's own ``$defs`` entries are hoisted to
``$defs/<schema name>_<key>``; every ``$ref`` is rewritten to point inside the document. Nothing outside the
set is ever followed: a ``$ref`` that names no file of the set is an error, not a fetch.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from ...datamodel.catalog import SCHEMA_SUFFIX
from ..refs import Schemas, locate

__all__ = ["bundle"]


def _def_name(key: str) -> str:
    return key[: -len(SCHEMA_SUFFIX)] if key.endswith(SCHEMA_SUFFIX) else key


class _Bundler:
    def __init__(self, schemas: Schemas, root: str) -> None:
        self.schemas, self.root = schemas, root
        self.pending: list[str] = []
        self.seen: set[str] = {root}

    def local(self, key: str, ref: str) -> str:
        found = locate(self.schemas, str(self.schemas[key].get("$id", "")), ref)
        if found is None:
            raise ValueError(f"{key}: $ref {ref!r} names no schema of the set")
        target, parts = found
        if target not in self.seen:
            self.seen.add(target)
            self.pending.append(target)
        if not parts:
            return "#" if target == self.root else f"#/$defs/{_def_name(target)}"
        if len(parts) == 2 and parts[0] == "$defs":
            return f"#/$defs/{_def_name(target)}_{parts[1]}"
        raise ValueError(f"{key}: $ref {ref!r} points inside a schema other than through $defs")

    def rewrite(self, key: str, node: Any) -> Any:
        if isinstance(node, Mapping):
            return {k: self.local(key, v) if k == "$ref" and isinstance(v, str) else self.rewrite(key, v)
                    for k, v in node.items()}
        if isinstance(node, list):
            return [self.rewrite(key, item) for item in node]
        return copy.copy(node)

    def document(self, key: str, defs: dict[str, Any]) -> dict[str, Any]:
        """The file's schema without its identity, its own `$defs` moved into ``defs``."""
        schema = {k: v for k, v in self.schemas[key].items() if k not in ("$schema", "$id", "$defs")}
        for inner, sub in self.schemas[key].get("$defs", {}).items():
            defs[f"{_def_name(key)}_{inner}"] = self.rewrite(key, sub)
        return dict(self.rewrite(key, schema))


def bundle(schemas: Schemas, type_name: str) -> dict[str, Any]:
    """The schema of ``type_name`` (a schema name such as ``article``) with everything it reaches in ``$defs``,
    sorted by name; no ``$ref`` leaves the document."""
    root = type_name + SCHEMA_SUFFIX
    if root not in schemas:
        known = ", ".join(sorted(_def_name(k) for k in schemas))
        raise KeyError(f"no schema named {type_name!r}; known: {known}")
    bundler = _Bundler(schemas, root)
    defs: dict[str, Any] = {}
    top = bundler.document(root, defs)
    while bundler.pending:
        key = bundler.pending.pop(0)
        defs[_def_name(key)] = bundler.document(key, defs)
    if defs:
        top["$defs"] = dict(sorted(defs.items()))
    return top
