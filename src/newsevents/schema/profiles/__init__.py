"""Extraction profiles: one self-contained JSON Schema per structured-output target, generated from the model.

A profile is the schema of a type (``article`` by default) bundled into one document (no external ``$ref``),
with every span in draft form (its text plus optional ``prefix`` / ``suffix`` context instead of offsets) and
only the keywords the target accepts. What a profile drops is listed in its description (counted by keyword)
and in full by :attr:`Profile.dropped`; a document that satisfies a profile becomes a checked article through
``newsevents anchor`` (nulls dropped, spans anchored) and then ``newsevents validate``, which enforce every
dropped constraint again.

The article profiles are shipped in ``schemas/profiles/`` (and drift-checked like the schemas); profiles of
other types are printed on demand by ``newsevents schema --profile NAME --type TYPE``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from ...datamodel.version import SCHEMA_VERSION
from ..files import changed_files, sync_files
from ..generate import dumps, generate_schemas
from ..refs import Schemas
from .bundle import bundle
from .targets import TARGETS, Target
from .transform import Dropped, adapt

__all__ = ["PROFILE_NAMES", "Dropped", "Profile", "Target", "build_profile", "check_profiles", "profile_files",
           "write_profiles"]

#: The targets a profile can be generated for.
PROFILE_NAMES = tuple(TARGETS)

#: Shipped profile files are named ``<target>.<type>.json``.
_SHIPPED_TYPE = "article"


@attrs.frozen(kw_only=True)
class Profile:
    """A generated extraction profile: its target, its type, the schema, and what it leaves to validation."""

    target: Target
    type: str
    schema: dict[str, Any]
    dropped: tuple[Dropped, ...]

    def listing(self) -> str:
        """Every dropped constraint, one per line (pointer into the profile, keyword, value)."""
        return "".join(f"{d}\n" for d in self.dropped)


def _summary(target: Target, type_name: str, dropped: list[Dropped]) -> str:
    counts = Counter(d.keyword for d in dropped)
    listed = ", ".join(f"{k} ({n})" for k, n in sorted(counts.items())) or "nothing"
    optional = ("Optional members are required here and admit null; " if target.all_required
                else "Optional members may be left out; ")
    return (f"newsevents {SCHEMA_VERSION} extraction profile for {target.summary}, type {type_name}. Spans are "
            f"drafts: the exact text with a little context, no offsets. {optional}tagged unions are anyOf. "
            f"Dropped for this target, and checked again after `newsevents anchor` (nulls dropped, spans "
            f"anchored) by `newsevents validate`: {listed}.")


def build_profile(name: str, type_name: str = _SHIPPED_TYPE, schemas: Schemas | None = None) -> Profile:
    """The profile of target ``name`` (one of :data:`PROFILE_NAMES`) for schema type ``type_name``.

    ``schemas`` defaults to the schemas generated from the model (registered extensions included). Raises
    KeyError for an unknown target or type, ValueError when the target cannot take the type at the top (OpenAI
    requires an object there, not a union such as ``event``).
    """
    if name not in TARGETS:
        raise KeyError(f"no profile named {name!r}; known: {', '.join(PROFILE_NAMES)}")
    target = TARGETS[name]
    source = bundle(schemas if schemas is not None else generate_schemas(), type_name)
    if target.object_root and "oneOf" in source:
        raise ValueError(f"{name} needs an object at the top of the schema; {type_name} is a union of types: "
                         f"extract an article, or one of its member types")
    schema, dropped = adapt(source, target)
    body = {k: v for k, v in schema.items() if k not in ("title", "description")}
    original = str(source.get("description", ""))
    head = {"title": schema.get("title", type_name),
            "description": _summary(target, type_name, dropped) + ("\n\n" + original if original else "")}
    return Profile(target=target, type=type_name, schema={**head, **body}, dropped=tuple(dropped))


def profile_files(schemas: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, str]:
    """The shipped profile files (the article profile of every target), by file name, as text."""
    schemas = schemas if schemas is not None else generate_schemas()
    return {f"{name}.{_SHIPPED_TYPE}.json": dumps(build_profile(name, _SHIPPED_TYPE, schemas).schema)
            for name in PROFILE_NAMES}


def write_profiles(directory: Path, schemas: Mapping[str, Mapping[str, Any]] | None = None) -> list[str]:
    """Write the shipped profiles into ``directory``, removing stale ones; the names written or removed."""
    return sync_files(directory, profile_files(schemas), "*.json")


def check_profiles(directory: Path, schemas: Mapping[str, Mapping[str, Any]] | None = None) -> list[str]:
    """Names of the shipped profiles in ``directory`` that are missing, stale or differ from the generated ones."""
    return changed_files(directory, profile_files(schemas), "*.json")
