"""Schema version and the ids derived from it."""

from __future__ import annotations

__all__ = ["ARTICLE_SCHEMA_ID", "ARTICLE_SCHEMA_ID_PATTERN", "SCHEMA_BASE", "SCHEMA_VERSION", "schema_id"]

#: The version of the schemas. Minor versions only add; a major version is a conscious break.
SCHEMA_VERSION = "1.1"
SCHEMA_BASE = "https://newsevents.dev/schemas"


def schema_id(name: str, version: str = SCHEMA_VERSION) -> str:
    """The absolute, versioned ``$id`` of the schema file for ``name`` (for example ``article``)."""
    return f"{SCHEMA_BASE}/{version}/{name}.schema.json"


ARTICLE_SCHEMA_ID = schema_id("article")
#: Any 1.x article schema: documents written for an earlier minor version stay valid.
ARTICLE_SCHEMA_ID_PATTERN = r"^https://newsevents\.dev/schemas/1\.[0-9]+/article\.schema\.json$"
