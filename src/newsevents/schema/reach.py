"""Which ``format`` names a schema can meet: those written in it and in every document its ``$ref`` reach.

The compiled validator passes a format check written in Python only to the validators that may need it, since
jsonschema-rs runs any validator given such a callback slower on every document. The answer counts whole
documents, not the parts of them a ``$ref`` fragment points at, so it may be too large but never too small; a
document it cannot follow (a subschema with an ``$id`` of its own, a reference outside the set) makes it answer
with every format of the set.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .rewrite import SUBSCHEMA_LISTS, SUBSCHEMA_MAPS, SUBSCHEMA_SINGLE
from .split import refs_in

__all__ = ["FormatReach", "formats_in"]


def formats_in(node: Any) -> set[str]:
    """The ``format`` values written anywhere in one schema (subschemas included, ``$ref`` not followed)."""
    found: set[str] = set()
    pending = [node]
    while pending:
        node = pending.pop()
        if not isinstance(node, dict):
            continue
        if isinstance(node.get("format"), str):
            found.add(node["format"])
        for key, value in node.items():
            if key in SUBSCHEMA_MAPS and isinstance(value, dict):
                pending.extend(value.values())
            elif key in SUBSCHEMA_LISTS and isinstance(value, list):
                pending.extend(value)
            elif key in SUBSCHEMA_SINGLE:
                pending.append(value)
    return found


class FormatReach:
    """Answers `reached` for schemas of one set, remembering what each document holds and refers to."""

    def __init__(self, schemas: Mapping[str, Mapping[str, Any]]) -> None:
        self._documents = {str(s["$id"]): s for s in schemas.values() if "$id" in s}
        self._schemas = schemas
        self._seen: dict[str, tuple[set[str], list[str] | None]] = {}
        self._everything: set[str] | None = None

    def everything(self) -> set[str]:
        """Every format of the set."""
        if self._everything is None:
            self._everything = set().union(*(formats_in(s) for s in self._schemas.values()))
        return self._everything

    def reached(self, schema: Any, base: str | None = None) -> set[str]:
        """The formats ``schema`` (whose relative refs resolve against its ``$id``, else ``base``) can meet."""
        found = formats_in(schema)
        refs = refs_in(schema, base)
        if refs is None:
            return self.everything()
        visited: set[str] = set()
        pending = list(refs)
        while pending:
            uri = pending.pop()
            if uri in visited:
                continue
            visited.add(uri)
            if uri not in self._seen:
                document = self._documents.get(uri)
                if document is None:
                    return self.everything()
                self._seen[uri] = (formats_in(document), refs_in(document))
            formats, further = self._seen[uri]
            if further is None:
                return self.everything()
            found |= formats
            pending.extend(further)
        return found
