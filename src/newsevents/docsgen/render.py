"""Rendering: the page model turned into Markdown through the Jinja2 templates in ``templates/``.

The templates lay out each page (type, shared value list, taxonomy, index); this module gives them the inline
pieces that depend on the whole set (a type expression with its links, a value list's title) and the
escaping filters of :mod:`.markdown`. Every page then gets the same finish: runs of blank lines made one,
one final newline, so the templates need not count blank lines.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import jinja2

from .markdown import MISSING, anchor, cell, code, code_span, compact_json, link, para
from .model import Field, Member, Page, Target, TChoice, TConst, TEnum, TList, TPrim, TRef, TypeExpr, ValueList
from .taxonomy import CAMEO_ROOTS, TaxonomyRow

__all__ = ["FOLD_LINES", "Renderer", "environment"]

#: Examples longer than this many lines are folded away on the page.
FOLD_LINES = 80
_PLURALS = {"string": "strings", "integer": "integers", "number": "numbers", "boolean": "booleans",
            "object": "objects", "any": "any values"}


def _pretty_json(value: Any) -> str:
    """``value`` as indented JSON, as an example block shows it."""
    return json.dumps(value, indent=2, ensure_ascii=False)


def _line_count(text: str) -> int:
    """How many lines ``text`` has."""
    return text.count("\n") + 1


def environment() -> jinja2.Environment:
    """The template environment: the package's templates, Markdown escaping filters, no HTML autoescaping."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("newsevents.docsgen", "templates"),
        autoescape=False,  # Markdown, not HTML: the filters below do the escaping a table cell needs
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,  # a misspelt name fails loudly instead of vanishing from a page
    )
    env.filters.update(anchor=anchor, cell=cell, code=code, code_span=code_span, json=compact_json,
                       line_count=_line_count, para=para, pretty_json=_pretty_json)
    env.globals.update(FOLD_LINES=FOLD_LINES, MISSING=MISSING, link=link)
    return env


def _finish(text: str) -> str:
    """One blank line at most between blocks, and exactly one newline at the end."""
    return re.sub(r"\n{3,}", "\n\n", text).rstrip("\n") + "\n"


class Renderer:
    """Writes the Markdown of a set's pages; one per set, since links depend on every page."""

    def __init__(self, pages: Mapping[str, Page], taxonomy: list[TaxonomyRow] | None) -> None:
        self.pages = pages
        self.by_stem = {page.stem: page for page in pages.values()}
        self.taxonomy = taxonomy
        # An environment of its own: the globals below (pages, links) belong to this set only.
        self.env = environment()
        self.env.globals.update(
            pages=pages, named=self.by_stem, taxonomy=taxonomy,
            taxonomy_by_tag={row.tag: row for row in taxonomy or ()},
            enum_title=self.enum_title, local_enums=self.local_enums, member_link=self.member_link,
            type_md=self.type_md,
        )

    def _render(self, template: str, **values: Any) -> str:
        """One page from ``template``, finished."""
        return _finish(self.env.get_template(template).render(**values))

    # -- inline pieces ---------------------------------------------------------------------------------------

    def ref_label(self, target: Target, here: str) -> str:
        """A link to where a ``$ref`` leads: the page, or the ``$defs`` section it names."""
        page = self.pages[target.file]
        section = next((s for s in page.sections if s.name == target.name), None) if target.parts else None
        if section is None:
            return link(page.stem, "", page.title, here)
        return link(page.stem, "defs-" + anchor(target.name), section.title, here)

    def union_spelled(self, target: Target, here: str) -> str:
        """A link to a ``$ref``'s target, followed by its members when it is a tagged union."""
        page = self.pages[target.file]
        union = page.union if target.is_root else None
        label = self.ref_label(target, here)
        if union is None:
            return label
        return f"{label}: one of " + ", ".join(self.member_link(page, member, here) for member in union.members)

    def member_link(self, union_page: Page, member: Member, here: str) -> str:
        """A union member's tag, linked to its page or (when defined on the union's page) its section."""
        if member.target.file == union_page.file and member.target.parts:
            return link(union_page.stem, "defs-" + anchor(member.target.name), code(member.tag), here)
        return link(self.pages[member.target.file].stem, "", code(member.tag), here)

    def type_md(self, typ: TypeExpr, here: str, field_anchor: str) -> str:
        """A property's type in words, with links to the pages and value lists it names."""
        if isinstance(typ, TPrim):
            return typ.name
        if isinstance(typ, TRef):
            return self.union_spelled(typ.target, here) if typ.target else code(typ.raw)
        if isinstance(typ, TConst):
            return code(compact_json(typ.value))
        if isinstance(typ, TEnum):
            values = typ.values
            if values.slug:
                return f"one of the [{self.enum_title(values)}](enum-{values.slug}.md) values"
            return f"one of the [values below](#values-{field_anchor.removeprefix('property-')})"
        if isinstance(typ, TList):
            if isinstance(typ.items, TPrim) and typ.items.name in _PLURALS:
                return "list of " + _PLURALS[typ.items.name]
            return "list of " + self.type_md(typ.items, here, field_anchor)
        return f" {typ.word} ".join(self.type_md(option, here, field_anchor) for option in typ.options)

    def enum_title(self, values: ValueList) -> str:
        """A value list's title: its own, else made from the property name (with owners when names clash)."""
        if values.title:
            return values.title
        name = values.users[0][2].split(".")[-1].split("[")[0]
        words = name.replace("_", " ")
        title = words[:1].upper() + words[1:]
        if values.slug != anchor(name.lower()):
            owners = sorted({self.by_stem[user[0]].title for user in values.users})
            return f"{title} ({', '.join(owners)})"
        return title

    @staticmethod
    def local_enums(fields: Sequence[Field]) -> Iterator[tuple[Field, ValueList]]:
        """The value lists of ``fields`` that are not shared, so are listed on the page, with their property."""
        def find(typ: TypeExpr) -> Iterator[ValueList]:
            """The unshared value lists anywhere in a type expression."""
            if isinstance(typ, TEnum) and not typ.values.slug:
                yield typ.values
            elif isinstance(typ, TList):
                yield from find(typ.items)
            elif isinstance(typ, TChoice):
                for option in typ.options:
                    yield from find(option)

        for row in fields:
            for values in find(row.type):
                yield row, values

    # -- pages -----------------------------------------------------------------------------------------------

    def type_page(self, page: Page) -> str:
        """The page of one schema file."""
        return self._render("type.md.j2", page=page)

    def enum_page(self, values: ValueList, version: str | None) -> str:
        """The page of a value list several properties share."""
        users = sorted(values.users, key=lambda u: (self.by_stem[u[0]].title.lower(), u[2]))
        return self._render("enum.md.j2", values=values, version=version, users=users)

    def taxonomy_page(self) -> str:
        """The event taxonomy page (only for a set with an ``event`` tagged union)."""
        assert self.taxonomy is not None
        by_root = [(root, name, [row for row in self.taxonomy if root in row.cameo])
                   for root, name in CAMEO_ROOTS.items()]
        return self._render("taxonomy.md.j2", by_root=by_root,
                            unmapped=[row.tag for row in self.taxonomy if not row.known])

    def index_page(self, value_lists: Sequence[ValueList], *, trimmed_tail: bool = False, diagram: bool = False) -> str:
        """The index: every page, grouped into documents, tagged unions (and their members) and other types."""
        pages = sorted(self.pages.values(), key=lambda p: (p.title.lower(), p.stem))
        roots = [p for p in pages if not p.used_by and not p.member_of]
        unions = [p for p in pages if p.union is not None and p not in roots]
        members = [p for p in pages if p.member_of and p not in roots and p not in unions]
        objects = [p for p in pages if p not in roots and p not in unions and p not in members]
        return self._render("index.md.j2", count=len(pages), versions=sorted({p.version for p in pages if p.version}),
                            groups=[("Documents", roots), ("Tagged unions", unions), ("Other types", objects)],
                            members=members, value_lists=value_lists, trimmed_tail=trimmed_tail,
                            diagram=diagram)
