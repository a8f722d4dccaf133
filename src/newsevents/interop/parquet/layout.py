"""The table layout, generated from the model: which tables there are, their key columns, and each column's type.

The layout is plain data (no pyarrow), so it can be dumped, diffed and checked without the `parquet` extra;
:mod:`.arrow` turns it into Arrow schemas. It is worked out from the model classes and the union registry when
asked, so an event type or a top-level list a downstream project adds gets its columns (or its table) without
editing this module.

The rules: every entry of a top-level list of the article is a row of the table named after the list
(`actors`, `events`, ...); participants, provisions, attribution hops and evidence spans, wherever they sit,
are rows of their own tables; everything else stays in its row, as a struct or list column. A union (events,
statements) is one table whose columns are the union of its members' fields, with `type` telling them apart.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Iterator
from typing import Any

import attrs

from ...datamodel.article import Article
from ...datamodel.attribution import Hop
from ...datamodel.catalog import is_model
from ...datamodel.events import Participant
from ...datamodel.evidence import Span
from ...datamodel.fields import spec_of, type_hints
from ...datamodel.policy import Provision
from ...datamodel.unions import is_root, members, root_of

__all__ = ["ARTICLES", "FLOAT_SUFFIX", "KEY_COLUMNS", "LAYOUT_FILE", "NESTED_KEY_COLUMNS", "Column", "Layout",
           "TableLayout", "layout", "layout_dump", "layout_text"]

#: The table of the articles themselves.
ARTICLES = "articles"
#: Nested entries that get a table of their own wherever they sit, by class.
NESTED_TABLES: dict[type[Any], str] = {Participant: "participants", Provision: "provisions",
                                       Hop: "attribution_hops", Span: "spans"}
#: A number member that may be an integer or a float is a float64 column, with a companion boolean column of
#: this suffix set where the source wrote an integral float (``5.0``), so that the way back writes it as it was.
FLOAT_SUFFIX = "__float"
#: Key columns: of a top-level entry's table, and of a nested entry's table.
KEY_COLUMNS = ("article_id", "position")
NESTED_KEY_COLUMNS = ("article_id", "entry", "entry_id", "owner", "member", "position")
#: Where `newsevents schema` writes the layout, relative to the schema directory.
LAYOUT_FILE = "tables/layout.json"


@attrs.frozen
class Column:
    """One column (or struct field): its name, the member's JSON name, its type and whether it may be null.

    ``type`` is a string (``string``, ``int64``, ``int32``, ``float64``, ``bool``, ``date32``, ``enum``: a
    dictionary-encoded string), or ``("list", item)``, or ``("struct", columns)``.
    """

    name: str
    json: str
    type: Any
    nullable: bool = True


@attrs.frozen
class TableLayout:
    """One table: its name, the class of its rows, its key columns and its value columns."""

    name: str
    cls: type[Any]
    keys: tuple[Column, ...]
    columns: tuple[Column, ...]
    #: Tables nest: a row of this table sits inside a row of a table of lower depth (spans are last).
    depth: int

    @property
    def all_columns(self) -> tuple[Column, ...]:
        """Key columns, then value columns."""
        return self.keys + self.columns


@attrs.frozen
class Layout:
    """Every table, in the order rows must be put back into articles (owners before what they hold)."""

    tables: tuple[TableLayout, ...]
    #: Top-level list member of the article -> its table.
    top_level: dict[str, str]

    def table(self, name: str) -> TableLayout:
        """The table of that name."""
        return next(t for t in self.tables if t.name == name)


def _strip_optional(tp: Any) -> tuple[Any, bool]:
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return (rest[0] if len(rest) == 1 else typing.Union[tuple(rest)]), True  # noqa: UP007 - built at run time
    return tp, False


def _element(tp: Any) -> tuple[Any, bool]:
    """The element type of a field and whether it is a list."""
    tp, _ = _strip_optional(tp)
    if typing.get_origin(tp) is tuple:
        return typing.get_args(tp)[0], True
    return tp, False


def _is_number(tp: Any) -> bool:
    return set(typing.get_args(tp)) == {int, float}


def _scalar(tp: Any) -> str:
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return "enum"
    if tp is bool:
        return "bool"
    if tp is int:
        return "int64"
    if tp is float or _is_number(tp):
        return "float64"
    if tp is str:
        return "string"
    if tp is dt.date:
        return "date32"
    raise TypeError(f"no column type for {tp!r}")


def fields_of(cls: type[Any]) -> Iterator[tuple[attrs.Attribute[Any], Any]]:
    """The fields of a model class, or of every member of a union (each name once), with their types."""
    classes = [cls, *members(cls).values()] if is_root(cls) else [cls]
    seen: dict[str, Any] = {}
    for klass in classes:
        hints = type_hints(klass)
        for attribute in attrs.fields(klass):
            tp = hints[attribute.name]
            if attribute.name in seen:
                if seen[attribute.name] != tp:
                    raise TypeError(f"{klass.__qualname__}.{attribute.name} has another type than in its union")
                continue
            seen[attribute.name] = tp
            yield attribute, tp


class _Builder:
    def __init__(self) -> None:
        self.top_level: dict[str, str] = {}
        self.split: dict[type[Any], str] = dict(NESTED_TABLES)
        self.depth: dict[str, int] = {ARTICLES: 0}
        self.classes: dict[str, type[Any]] = {ARTICLES: Article}
        self.columns: dict[str, tuple[Column, ...]] = {}

    def table_of(self, tp: Any) -> str | None:
        if not is_model(tp):
            return None
        root = root_of(tp) or tp
        return self.split.get(root)

    def build(self) -> Layout:
        for attribute, tp in fields_of(Article):
            element, many = _element(tp)
            if many and is_model(element):
                self.top_level[attribute.name] = attribute.name
                self.split[root_of(element) or element] = attribute.name
        self.visit(ARTICLES, Article, 0)
        # The article's id is its key column, `article_id`, in every table.
        self.columns[ARTICLES] = tuple(c for c in self.columns[ARTICLES] if c.name != "id")
        tables = []
        for name, depth in sorted(self.depth.items(), key=lambda item: (item[1], _order(item[0], self))):
            keys = _keys(name, self.top_level)
            tables.append(TableLayout(name=name, cls=self.classes[name], keys=keys, columns=self.columns[name],
                                      depth=depth))
        return Layout(tables=tuple(tables), top_level=dict(self.top_level))

    def visit(self, table: str, cls: type[Any], depth: int) -> None:
        self.depth[table] = max(self.depth.get(table, 0), depth)
        self.classes[table] = cls
        if table not in self.columns:
            self.columns[table] = ()  # mark as under way: the model has no cycles through tables, but be safe
            self.columns[table] = self.struct(cls, depth, top=True)
        else:
            self.struct(cls, depth, top=True)  # a deeper owner may raise the depth of what it holds

    def struct(self, cls: type[Any], depth: int, *, top: bool = False) -> tuple[Column, ...]:
        columns = []
        in_union = {a.name for a in attrs.fields(cls)}
        if is_root(cls):
            columns.append(Column("type", "type", "enum", nullable=False))
        for attribute, tp in fields_of(cls):
            spec = spec_of(attribute)
            element, many = _element(tp)
            child = self.table_of(element)
            if child is not None:
                self.visit(child, root_of(element) or element, depth + 1)
                continue
            kind: Any
            if is_model(element):
                inner = self.struct(element, depth)
                if not inner:
                    continue  # everything in it went to other tables (an attribution is only its hops)
                kind = ("struct", inner)
            else:
                kind = _scalar(element)
            nullable = _strip_optional(tp)[1] or attribute.default is not attrs.NOTHING or \
                attribute.name not in in_union or not top
            column = Column(attribute.name, spec.json_name or attribute.name, ("list", kind) if many else kind,
                            nullable=nullable)
            columns.append(column)
            if _is_number(_strip_optional(element)[0]):
                columns.append(Column(attribute.name + FLOAT_SUFFIX, "", "bool"))
        return tuple(columns)


def _order(name: str, builder: _Builder) -> int:
    """Top-level tables in the article's member order, then the nested ones in declaration order."""
    names = [ARTICLES, *builder.top_level.values(), *NESTED_TABLES.values()]
    return names.index(name) if name in names else len(names)


def _keys(name: str, top_level: dict[str, str]) -> tuple[Column, ...]:
    if name == ARTICLES:
        return (Column("article_id", "", "string", nullable=False),)
    if name in top_level.values():
        return (Column("article_id", "", "string", nullable=False), Column("position", "", "int32", nullable=False))
    types = {"article_id": "string", "entry": "enum", "entry_id": "string", "owner": "string", "member": "enum",
             "position": "int32"}
    return tuple(Column(key, "", types[key], nullable=key in ("entry", "entry_id", "position"))
                 for key in NESTED_KEY_COLUMNS)


def layout() -> Layout:
    """The table layout of the model as it is now (union members registered so far included)."""
    return _Builder().build()


def _dump_type(kind: Any) -> Any:
    if isinstance(kind, str):
        return kind
    if kind[0] == "list":
        return {"list": _dump_type(kind[1])}
    return {"struct": [_dump_column(c) for c in kind[1]]}


def _dump_column(column: Column) -> dict[str, Any]:
    dumped: dict[str, Any] = {"name": column.name, "type": _dump_type(column.type)}
    if column.json and column.json != column.name:
        dumped["json"] = column.json
    if not column.nullable:
        dumped["nullable"] = False
    return dumped


def layout_dump(tables: Layout | None = None) -> dict[str, Any]:
    """The layout as JSON-ready data, deterministic: what `schemas/tables/layout.json` holds."""
    tables = tables if tables is not None else layout()
    return {"tables": [{"name": t.name, "keys": [c.name for c in t.keys],
                        "columns": [_dump_column(c) for c in t.all_columns]} for t in tables.tables]}


def layout_text(tables: Layout | None = None) -> str:
    """The layout as the JSON text of `schemas/tables/layout.json`: sorted as built, two-space indent."""
    import json

    return json.dumps(layout_dump(tables), indent=2, ensure_ascii=False) + "\n"
