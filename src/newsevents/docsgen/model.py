"""The documentation model: what each reference page says, before it becomes Markdown.

:mod:`.analysis` builds these from a schema set, :mod:`.examples` gives pages their example, and
:mod:`.render` turns them into Markdown. Type expressions (:data:`TypeExpr`) stay symbolic until rendering,
because a link's text and target depend on pages that may not be analysed yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Field",
    "Member",
    "Page",
    "Section",
    "TChoice",
    "TConst",
    "TEnum",
    "TList",
    "TPrim",
    "TRef",
    "Target",
    "TypeExpr",
    "Value",
    "ValueList",
]


@dataclass(frozen=True)
class Target:
    """Where a ``$ref`` leads: a file of the set and the decoded JSON Pointer tokens inside it (none for the root)."""

    file: str
    parts: tuple[str, ...]

    @property
    def is_root(self) -> bool:
        """Whether the ref names the whole document (its page) rather than something inside it."""
        return not self.parts

    @property
    def name(self) -> str:
        """The last pointer token: the ``$defs`` key when the ref names a definition ('' for the root)."""
        return self.parts[-1] if self.parts else ""


@dataclass(frozen=True)
class Value:
    """One enum value and what it means."""

    value: Any
    description: str
    deprecated: bool = False


@dataclass
class ValueList:
    """An enum: its values, the properties that use it, and (once known) the page or section that lists it."""

    key: tuple[tuple[str, str, bool], ...]
    values: tuple[Value, ...]
    title: str | None
    users: list[tuple[str, str, str]] = field(default_factory=list)  # (page stem, field anchor, field name)
    slug: str = ""  # set when shared: the page is enum-<slug>.md


@dataclass(frozen=True)
class TPrim:
    """A JSON type by name (``string``, ``string (date-time)``, ``any``...)."""

    name: str


@dataclass(frozen=True)
class TRef:
    """A ``$ref``: where it leads, or None when it leads outside the set (then shown as written)."""

    target: Target | None
    raw: str


@dataclass(frozen=True)
class TEnum:
    """A list of allowed values."""

    values: ValueList


@dataclass(frozen=True)
class TConst:
    """A single allowed value."""

    value: Any


@dataclass(frozen=True)
class TList:
    """An array of one type."""

    items: TypeExpr


@dataclass(frozen=True)
class TChoice:
    """Several types joined by a word: ``or`` for ``oneOf``, ``anyOf`` and type lists, ``and`` for ``allOf``."""

    options: tuple[TypeExpr, ...]
    word: str


#: A type expression, rendered to Markdown once every page is known.
TypeExpr = TPrim | TRef | TEnum | TConst | TList | TChoice


@dataclass
class Field:
    """One row of a property table."""

    name: str
    anchor: str
    type: TypeExpr
    required: bool
    default: Any
    has_default: bool
    constraints: list[str]
    description: str
    examples: list[Any]
    deprecated: bool
    patterns: list[str] = field(default_factory=list)  # patterns too awkward for the table, shown under it
    pattern_anchor: str = ""  # where the page lists them


@dataclass
class Member:
    """One member of a tagged union."""

    tag: str
    target: Target
    title: str
    description: str


@dataclass
class Section:
    """An object described on a page: the schema's root, or one of its ``$defs``."""

    name: str | None  # None for the root; the $defs key otherwise
    title: str
    description: str
    fields: list[Field]
    closed: bool
    members: list[Member]


@dataclass
class Page:
    """Everything one type's page says."""

    stem: str
    file: str
    title: str
    description: str
    schema_id: str
    version: str | None
    sections: list[Section]
    used_by: list[tuple[str, str, str]] = field(default_factory=list)  # (page, anchor, field name)
    member_of: list[tuple[str, str]] = field(default_factory=list)  # (union page, tag)
    example: tuple[str, Any] | None = None  # (where it comes from, the instance)

    @property
    def union(self) -> Section | None:
        """The root section when the page's type is a tagged union, else None."""
        root = self.sections[0]
        return root if root.members else None
