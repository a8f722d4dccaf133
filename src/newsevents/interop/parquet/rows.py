"""Articles into rows: one row per entry in the table the layout gives it, keyed so that a join finds its owner.

Rows are plain dicts of Python values that pyarrow takes as they are (strings, numbers, dates, nested dicts and
lists). Values are written as the typed article holds them, defaults included (`negated` is false, not
missing), so that queries need no knowledge of the defaults; the way back drops them again through the
converter, which writes the canonical document.
"""

from __future__ import annotations

from typing import Any

import attrs

from ...datamodel.article import Article
from ...datamodel.catalog import is_model
from ...datamodel.unions import is_root, tag_of
from .layout import ARTICLES, FLOAT_SUFFIX, Column, Layout, TableLayout

__all__ = ["Rows", "article_rows"]

#: Rows by table name.
Rows = dict[str, list[dict[str, Any]]]


class _Flattener:
    def __init__(self, tables: Layout, article_id: str) -> None:
        self.tables = tables
        self.article_id = article_id
        self.rows: Rows = {t.name: [] for t in tables.tables}
        self.nested = {t.cls: t for t in tables.tables if t.name != ARTICLES}

    def table_for(self, value: Any) -> TableLayout | None:
        for klass in type(value).__mro__:
            table = self.nested.get(klass)
            if table is not None:
                return table
        return None

    def entry_row(self, table: TableLayout, obj: Any, pointer: str, keys: dict[str, Any],
                  entry: tuple[str | None, str | None]) -> None:
        row = dict(keys)
        if is_root(table.cls):
            row["type"] = tag_of(type(obj))
        self.fill(row, table.columns, obj, pointer, entry)
        self.rows[table.name].append(row)

    def fill(self, row: dict[str, Any], columns: tuple[Column, ...], obj: Any, pointer: str,
             entry: tuple[str | None, str | None]) -> None:
        """Put the members of ``obj`` into ``row``; members that go to other tables become rows there."""
        by_name = {c.name: c for c in columns}
        for attribute in attrs.fields(type(obj)):
            value = getattr(obj, attribute.name)
            column = by_name.get(attribute.name)
            json_name = column.json if column is not None else attribute.name
            if column is None:
                if not (is_model(type(value)) or (isinstance(value, tuple) and value and is_model(type(value[0])))):
                    continue  # the article's id: its key column, not a member column
                self.split(value, f"{pointer}/{json_name}", json_name, pointer, entry)
                continue
            row[column.name] = self.cell(value, column.type, f"{pointer}/{json_name}", entry)
            float_column = attribute.name + FLOAT_SUFFIX
            if float_column in by_name:
                row[float_column] = True if type(value) is float and value.is_integer() else None

    def split(self, value: Any, pointer: str, member: str, owner: str,
              entry: tuple[str | None, str | None]) -> None:
        """A member held in other tables: one row per entry, or, for an object whose members all went to
        other tables (an attribution, which is only its chain), its members' rows."""
        if value is None:
            return
        values = value if isinstance(value, tuple) else (value,)
        for position, item in enumerate(values):
            table = self.table_for(item)
            if table is None:
                self.fill({}, (), item, pointer, entry)
                continue
            where = f"{pointer}/{position}" if isinstance(value, tuple) else pointer
            if owner == "":
                keys: dict[str, Any] = {"article_id": self.article_id, "position": position}
                local_id = getattr(item, "id", None)
                self.entry_row(table, item, where, keys, (table.name, local_id if isinstance(local_id, str)
                                                          else None))
                continue
            keys = {"article_id": self.article_id, "entry": entry[0], "entry_id": entry[1], "owner": owner,
                    "member": member, "position": position if isinstance(value, tuple) else None}
            self.entry_row(table, item, where, keys, entry)

    def cell(self, value: Any, kind: Any, pointer: str, entry: tuple[str | None, str | None]) -> Any:
        if value is None:
            return None
        if isinstance(kind, str):
            if kind == "float64":
                return float(value)
            if kind == "enum" or kind == "string":
                return str(value)
            return value
        if kind[0] == "list":
            return [self.cell(v, kind[1], f"{pointer}/{i}", entry) for i, v in enumerate(value)]
        inner: dict[str, Any] = {}
        self.fill(inner, kind[1], value, pointer, entry)
        return inner


def article_rows(article: Article, tables: Layout) -> Rows:
    """The rows of one article, by table (a table the article has nothing for gets an empty list)."""
    flattener = _Flattener(tables, article.id)
    row: dict[str, Any] = {"article_id": article.id}
    flattener.fill(row, tables.table(ARTICLES).columns, article, "", (None, None))
    flattener.rows[ARTICLES].append(row)
    return flattener.rows

