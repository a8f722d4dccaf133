"""Reading the schema set to document: loading a directory, and following its ``$ref``s by the shared resolver.

Any set is documented, not only ours: a hand-written one may have no ``$id``s, so each document without one is
given ``file:///<file name>``, and a ``$ref`` by file name between such documents resolves as usual.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin

from ..schema import refs
from .model import Target

__all__ = ["SUFFIX", "DocsInputError", "SchemaSet", "load_schema_dir", "stem"]

#: The file name ending of a schema; a page is named after the rest (its stem).
SUFFIX = ".schema.json"


class DocsInputError(Exception):
    """The schemas could not be read (missing directory, unreadable or malformed file)."""


def stem(filename: str) -> str:
    """The page name of a schema file: ``actor.schema.json`` -> ``actor``."""
    return filename.removesuffix(SUFFIX)


def load_schema_dir(directory: Path) -> dict[str, dict[str, Any]]:
    """The ``*.schema.json`` files of ``directory``, by file name, sorted."""
    if not directory.is_dir():
        raise DocsInputError(f"{directory} is not a directory")
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(directory.glob("*" + SUFFIX)):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DocsInputError(f"cannot read {path}: {exc}") from None
        if not isinstance(data, dict):
            raise DocsInputError(f"{path} is not a JSON object")
        out[path.name] = data
    if not out:
        raise DocsInputError(f"no *{SUFFIX} files in {directory}")
    return out


class SchemaSet:
    """A schema set by file name (sorted), with ``$ref`` resolution through :mod:`newsevents.schema.refs`."""

    def __init__(self, schemas: Mapping[str, Mapping[str, Any]]) -> None:
        self.files: dict[str, Mapping[str, Any]] = dict(sorted(schemas.items()))
        # The shared resolver finds documents by their whole $id, so every document gets one, fragment-free.
        self.with_ids: dict[str, Mapping[str, Any]] = {}
        for name, schema in self.files.items():
            sid = schema.get("$id")
            uri = urldefrag(sid)[0] if isinstance(sid, str) else "file:///" + name
            self.with_ids[name] = schema if sid == uri else {**schema, "$id": uri}
        self._ids = {str(schema["$id"]) for schema in self.with_ids.values()}

    def base(self, file: str) -> str:
        """The URI that refs inside ``file`` resolve against: its ``$id``, else one made from its name."""
        return str(self.with_ids[file]["$id"])

    def _rebased(self, ref: str, file: str) -> tuple[str, str]:
        """The base and ref to resolve ``ref`` of ``file`` by: as written, unless it names a document that is not
        in the set but has the file name of one that is; then that one (hand-written sets often ref that way)."""
        base = self.base(file)
        uri, fragment = urldefrag(urljoin(base, ref))
        name = uri.rsplit("/", 1)[-1]
        if uri not in self._ids and name in self.files:
            return self.base(name), "#" + fragment
        return base, ref

    def target(self, ref: str, file: str) -> Target | None:
        """Where ``ref``, written in ``file``, leads; None when it names no document of the set."""
        found = refs.locate(self.with_ids, *self._rebased(ref, file))
        return None if found is None else Target(found[0], tuple(found[1]))

    def node(self, ref: str, file: str) -> Any:
        """The schema ``ref``, written in ``file``, names; None when it names nothing in the set."""
        found = refs.resolve(self.with_ids, *self._rebased(ref, file))
        return None if found is None else found[1]

    def member_tag(self, branch: Any, file: str) -> str | None:
        """The ``type`` tag that the schema a union branch's ``$ref`` names fixes with a ``const``, else None.

        Laxer than :func:`newsevents.schema.refs.tag_required_by`: the tag need not be required, nor the ``$ref``
        alone in its branch. The reference has always read unions so, and its pages stay as they were.
        """
        if not isinstance(branch, Mapping) or not isinstance(branch.get("$ref"), str):
            return None
        body = self.node(branch["$ref"], file)
        properties = body.get("properties") if isinstance(body, Mapping) else None
        member = properties.get("type") if isinstance(properties, Mapping) else None
        tag = member.get("const") if isinstance(member, Mapping) else None
        return tag if isinstance(tag, str) else None
