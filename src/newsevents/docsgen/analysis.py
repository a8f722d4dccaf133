"""Analysis: a schema set turned into the page model (pages, sections, property rows, value lists, usage).

Each schema file becomes a :class:`~.model.Page`; its root and each object or union in its ``$defs`` become
sections. Enum value lists are collected across the set, so a list several properties share is found once and
named (``realis`` gets ``enum-realis.md``). Problems that do not stop generation, such as a missing
description, are collected as warnings.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from .markdown import anchor, code, fits_cell, readable_pattern
from .model import (
    Field,
    Member,
    Page,
    Section,
    Target,
    TChoice,
    TConst,
    TEnum,
    TList,
    TPrim,
    TRef,
    TypeExpr,
    Value,
    ValueList,
)
from .schemaset import SUFFIX, DocsInputError, SchemaSet, stem

__all__ = ["Analysis", "analyse"]


def _is_enum(node: Mapping[str, Any]) -> bool:
    """Whether a schema is a list of values: an ``enum``, or a ``oneOf`` of ``const``s (each with its meaning)."""
    if "enum" in node:
        return True
    branches = node.get("oneOf")
    return isinstance(branches, list) and bool(branches) and all(
        isinstance(b, Mapping) and "const" in b and "$ref" not in b for b in branches)


def _text(value: Any) -> str:
    """A description or title as text ('' when missing or not a string)."""
    return value.strip() if isinstance(value, str) else ""


def _version(schema_id: str) -> str | None:
    """The version in a schema's ``$id`` (``.../schemas/1.0/actor.schema.json`` -> ``1.0``), if it has one."""
    match = re.search(r"/v?([0-9]+(?:\.[0-9]+)*)/[^/]*$", schema_id)
    return match.group(1) if match else None


def _range(low: Any, high: Any, unit: str) -> str | None:
    """A pair of bounds in words (``1 to 128 characters``); None when neither bound says anything."""
    low, high = (f"{n:,}" if isinstance(n, int) else n for n in (low, high))
    if low is not None and high is not None:
        return f"{low} to {high} {unit}" if low != high else f"exactly {low} {unit}"
    if high is not None:
        return f"at most {high} {unit}"
    if low is not None and low != "0":
        return f"at least {low} {unit}"
    return None


class Analysis:
    """The pages of a schema set, the value lists they use and the warnings found on the way."""

    def __init__(self, schemas: SchemaSet) -> None:
        self.schemas = schemas
        self.enums: dict[tuple[tuple[str, str, bool], ...], ValueList] = {}
        self.pages: dict[str, Page] = {}
        self.warnings: list[str] = []
        #: Whether some pattern lost its ``$(?!\n)`` tail on the way to a page (the index then says why).
        self.trimmed_tail = False

    def constraints(self, node: Mapping[str, Any], pattern_anchor: str, below: list[str]) -> list[str]:
        """The validation keywords of a property schema, in words (``1 to 128 characters``).

        A pattern is shown as people read it (:func:`~.markdown.readable_pattern`); one that a table cell cannot
        hold as plain code (a ``|`` would split the cell) goes into ``below``, and the cell links to it there.
        """
        out: list[str] = []
        length = _range(node.get("minLength"), node.get("maxLength"), "characters")
        if length:
            out.append(length)
        if "pattern" in node:
            shown, trimmed = readable_pattern(str(node["pattern"]))
            self.trimmed_tail |= trimmed
            if fits_cell(shown):
                out.append(f"matches {code(shown)}")
            else:
                below.append(shown)
                out.append(f"matches the [pattern below](#{pattern_anchor})")
        low, high = node.get("minimum"), node.get("maximum")
        if low is not None and high is not None:
            out.append(f"from {low} to {high}")
        elif low is not None:
            out.append(f"at least {low}")
        elif high is not None:
            out.append(f"at most {high}")
        if node.get("exclusiveMinimum") is not None:
            out.append(f"greater than {node['exclusiveMinimum']}")
        if node.get("exclusiveMaximum") is not None:
            out.append(f"less than {node['exclusiveMaximum']}")
        if node.get("multipleOf") is not None:
            out.append(f"a multiple of {node['multipleOf']}")
        items = _range(node.get("minItems"), node.get("maxItems"), "items")
        if items:
            out.append(items)
        if node.get("uniqueItems"):
            out.append("no repeated items")
        if isinstance(node.get("items"), Mapping) and "$ref" not in node["items"]:
            inner = self.constraints(node["items"], pattern_anchor, below)
            if inner:
                out.append("each item: " + ", ".join(inner))
        return out

    # -- types -----------------------------------------------------------------------------------------------

    def value_list(self, node: Mapping[str, Any]) -> ValueList:
        """The value list of an enum schema: the same object for every property with the same values."""
        described: dict[str, tuple[str, bool]] = {}
        for branch in node.get("oneOf", ()) or node.get("anyOf", ()):
            if isinstance(branch, Mapping) and "const" in branch:
                described[json.dumps(branch["const"])] = (_text(branch.get("description")),
                                                          bool(branch.get("deprecated")))
        raw = node["enum"] if "enum" in node else [b["const"] for b in node["oneOf"]]
        values = tuple(Value(v, *described.get(json.dumps(v), ("", False))) for v in raw)
        key = tuple((json.dumps(v.value), v.description, v.deprecated) for v in values)
        known = self.enums.get(key)
        if known is None:
            title = node.get("title")
            known = self.enums[key] = ValueList(key, values, title if isinstance(title, str) else None)
        return known

    def type_of(self, node: Any, file: str) -> TypeExpr:
        """The type expression of a property schema written in ``file``."""
        if not isinstance(node, Mapping):
            return TPrim("any")
        if "$ref" in node:
            return TRef(self.schemas.target(str(node["$ref"]), file), str(node["$ref"]))
        if "const" in node:
            return TConst(node["const"])
        if _is_enum(node):
            return TEnum(self.value_list(node))
        for word, key in (("or", "oneOf"), ("or", "anyOf"), ("and", "allOf")):
            if isinstance(node.get(key), list):
                return TChoice(tuple(self.type_of(b, file) for b in node[key]), word)
        kind = node.get("type")
        if isinstance(kind, list):
            return TChoice(tuple(self.type_of({**node, "type": k}, file) for k in kind), "or")
        if kind == "array":
            return TList(self.type_of(node.get("items", {}), file))
        if kind == "string" and isinstance(node.get("format"), str):
            return TPrim(f"string ({node['format']})")
        return TPrim(kind if isinstance(kind, str) else "any")

    # -- objects ---------------------------------------------------------------------------------------------

    def fields(self, node: Mapping[str, Any], file: str, anchor_prefix: str, name_prefix: str = "") -> list[Field]:
        """The property rows of an object schema, inline nested objects included as dotted rows."""
        out: list[Field] = []
        properties = node.get("properties")
        if not isinstance(properties, Mapping):
            return out
        required = set(node.get("required", ()))
        for name, prop in properties.items():
            if not isinstance(prop, Mapping):
                continue
            full = name_prefix + name
            description = _text(prop.get("description"))
            if not description:
                self.warnings.append(f"{file}: property {full!r} has no description")
            below: list[str] = []
            pattern_anchor = anchor_prefix + "pattern-" + anchor(full)
            words = self.constraints(prop, pattern_anchor, below)
            out.append(Field(
                name=full, anchor=anchor_prefix + "property-" + anchor(full), type=self.type_of(prop, file),
                required=name in required, default=prop.get("default"), has_default="default" in prop,
                constraints=words, description=description, examples=list(prop.get("examples", ())),
                deprecated=bool(prop.get("deprecated")), patterns=below, pattern_anchor=pattern_anchor,
            ))
            # Inline nested objects (not in our schemas, common in others') become dotted rows.
            inner = prop.get("items") if prop.get("type") == "array" else prop
            if isinstance(inner, Mapping) and isinstance(inner.get("properties"), Mapping) and "$ref" not in inner:
                suffix = "[]." if inner is not prop else "."
                out.extend(self.fields(inner, file, anchor_prefix, full + suffix))
        return out

    def members(self, node: Mapping[str, Any], file: str) -> list[Member]:
        """The members of a tagged union (a ``oneOf`` of ``$ref``s each with a ``type`` const), else []."""
        branches = node.get("oneOf")
        if not isinstance(branches, list) or not branches:
            return []
        out = []
        for branch in branches:
            tag = self.schemas.member_tag(branch, file)
            target = self.schemas.target(branch["$ref"], file) if tag is not None else None
            if tag is None or target is None:
                return []
            body = self.schemas.node(branch["$ref"], file)
            out.append(Member(tag, target, _text(body.get("title")) or tag, _text(body.get("description"))))
        return out

    def section(self, node: Mapping[str, Any], file: str, name: str | None, anchor_prefix: str) -> Section:
        """One object or union of ``file``: its root (``name`` None) or a ``$defs`` entry."""
        members = self.members(node, file)
        fields = [] if members else self.fields(node, file, anchor_prefix)
        return Section(name=name, title=_text(node.get("title")) or (name or stem(file)),
                       description=_text(node.get("description")), fields=fields,
                       closed=node.get("additionalProperties") is False, members=members)

    def page(self, file: str) -> Page:
        """The page of one schema file, before usage is linked and examples chosen."""
        schema = self.schemas.files[file]
        sections = [self.section(schema, file, None, "")]
        defs = schema.get("$defs")
        if isinstance(defs, Mapping):
            taken = {f.anchor for f in sections[0].fields}
            for name, node in defs.items():
                if isinstance(node, Mapping) and (isinstance(node.get("properties"), Mapping) or "oneOf" in node):
                    probe = self.section(node, file, name, "")
                    if {f.anchor for f in probe.fields} & taken:
                        # Only prefix when two objects on the page would share an anchor.
                        probe = self.section(node, file, name, anchor(name) + "-")
                    taken |= {f.anchor for f in probe.fields}
                    sections.append(probe)
        if not sections[0].description:
            self.warnings.append(f"{file}: the schema has no description")
        schema_id = schema.get("$id") if isinstance(schema.get("$id"), str) else file
        return Page(stem=stem(file), file=file, title=sections[0].title, description=sections[0].description,
                    schema_id=str(schema_id), version=_version(str(schema_id)), sections=sections)

    def build(self) -> dict[str, Page]:
        """Every page of the set by file name, with usage linked and shared value lists named."""
        for file in self.schemas.files:
            self.pages[file] = self.page(file)
        for page in self.pages.values():
            for section in page.sections:
                for row in section.fields:
                    self._note_enum_users(row.type, page.stem, row.anchor, row.name)
        self._link_usage()
        self._name_shared_enums()
        return self.pages

    # -- usage -----------------------------------------------------------------------------------------------

    def _note_enum_users(self, typ: TypeExpr, page: str, field_anchor: str, name: str) -> None:
        """Record the property as a user of each value list in its type; warn once per list of undescribed values."""
        if isinstance(typ, TEnum):
            if not typ.values.users:
                for value in typ.values.values:
                    if not value.description:
                        self.warnings.append(f"{page}: value {value.value!r} of {name!r} has no description")
            typ.values.users.append((page, field_anchor, name))
        elif isinstance(typ, TList):
            self._note_enum_users(typ.items, page, field_anchor, name)
        elif isinstance(typ, TChoice):
            for option in typ.options:
                self._note_enum_users(option, page, field_anchor, name)

    def _refs(self, node: Any, file: str) -> Iterator[Target]:
        """Where every ``$ref`` anywhere under ``node`` leads (within the set)."""
        if isinstance(node, Mapping):
            if isinstance(node.get("$ref"), str):
                target = self.schemas.target(node["$ref"], file)
                if target is not None:
                    yield target
            for key, value in node.items():
                if key != "$ref":
                    yield from self._refs(value, file)
        elif isinstance(node, list):
            for value in node:
                yield from self._refs(value, file)

    def _link_usage(self) -> None:
        """Fill each page's ``member_of`` and ``used_by`` from the unions and properties that name it."""
        for page in self.pages.values():
            for section in page.sections:
                for member in section.members:
                    member_page = self.pages[member.target.file]
                    if member_page is not page:
                        member_page.member_of.append((page.stem, member.tag))
                props = (self.schemas.files[page.file] if section.name is None
                         else self.schemas.files[page.file]["$defs"][section.name]).get("properties", {})
                for row in section.fields:
                    top = row.name.split(".")[0].split("[")[0]
                    if row.name != top:
                        continue  # nested rows' refs are counted with their top-level property
                    for ref in self._refs(props.get(top, {}), page.file):
                        used = self.pages[ref.file]
                        entry = (page.stem, row.anchor, row.name)
                        if used is not page and entry not in used.used_by:
                            used.used_by.append(entry)
        for page in self.pages.values():
            page.used_by.sort(key=lambda u: (self.pages[u[0] + SUFFIX].title.lower(), u[2]))
            page.member_of.sort()

    def _name_shared_enums(self) -> None:
        """Give each value list used by several properties the slug of its own page (``enum-<slug>.md``)."""
        shared = [v for v in self.enums.values() if len(v.users) > 1]
        by_name: dict[str, list[ValueList]] = {}
        for value_list in shared:
            name = value_list.title or value_list.users[0][2].split(".")[-1].split("[")[0]
            by_name.setdefault(anchor(name.lower()), []).append(value_list)
        stems = {page.stem for page in self.pages.values()}
        for name, lists in by_name.items():
            for value_list in lists:
                slug = name if len(lists) == 1 else f"{value_list.users[0][0]}-{name}"
                if "enum-" + slug in stems:
                    raise DocsInputError(f"the value list page enum-{slug}.md would overwrite a schema's page")
                value_list.slug = slug


def analyse(schemas: SchemaSet) -> Analysis:
    """The analysed pages and value lists of a schema set (:attr:`Analysis.pages` by file name)."""
    analysis = Analysis(schemas)
    analysis.build()
    return analysis
