"""Rows back into articles: the inverse of :mod:`.rows`.

Each article's row becomes its document; each entry row goes back to the place its keys name (a top-level list
by position, or the member `member` of the object at the JSON Pointer `owner`, in position order), owners
before what they hold. The document is then loaded and written by the converter, which gives the canonical
form: what `newsevents validate` loads and what any export writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ...datamodel.article import Article
from .layout import ARTICLES, FLOAT_SUFFIX, Column, Layout

__all__ = ["rebuild_articles", "rebuild_documents"]


def _value(value: Any, kind: Any) -> Any:
    if value is None:
        return None
    if isinstance(kind, str):
        return value.isoformat() if isinstance(value, dt.date) else value
    if kind[0] == "list":
        return [_value(v, kind[1]) for v in value]
    return _members(value, kind[1])


def _members(row: Mapping[str, Any], columns: Iterable[Column]) -> dict[str, Any]:
    """The JSON members of a row or struct: nulls dropped, JSON names, numbers written as they were."""
    out: dict[str, Any] = {}
    columns = tuple(columns)
    companions = {c.name for c in columns if c.name.endswith(FLOAT_SUFFIX)}
    for column in columns:
        if column.name in companions:
            continue
        value = row.get(column.name)
        if value is None:
            continue
        if column.name + FLOAT_SUFFIX in companions:
            # An integer or a float member: an integral value is an integer unless the source wrote `5.0`.
            if value.is_integer() and not row.get(column.name + FLOAT_SUFFIX):
                value = int(value)
            out[column.json] = value
            continue
        out[column.json] = _value(value, column.type)
    return out


def _resolve(document: dict[str, Any], pointer: str) -> dict[str, Any]:
    """The object at a JSON Pointer, creating objects left out because all their members were in rows."""
    target: Any = document
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        target = target[int(token)] if isinstance(target, list) else target.setdefault(token, {})
    assert isinstance(target, dict)
    return target


def rebuild_documents(rows: Mapping[str, list[dict[str, Any]]], tables: Layout) -> Iterator[dict[str, Any]]:
    """The documents (unstructured articles) held in ``rows``: one batch of every table, in which an article id
    occurs once (the writer makes sure of it)."""
    documents: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    articles = tables.table(ARTICLES)
    for row in rows.get(ARTICLES, ()):
        document = {"id": row["article_id"], **_members(row, articles.columns)}
        documents[row["article_id"]] = document
        order.append(row["article_id"])
    top_level = {table: member for member, table in tables.top_level.items()}
    for table in tables.tables[1:]:
        table_rows = sorted(rows.get(table.name, ()), key=lambda r: -1 if r["position"] is None else r["position"])
        for row in table_rows:
            member = _members(row, table.columns)
            if "type" in row:
                member = {"type": row["type"], **member}
            document = documents[row["article_id"]]
            if table.name in top_level:
                document.setdefault(top_level[table.name], []).append(member)
                continue
            owner = _resolve(document, row["owner"])
            if row["position"] is None:
                owner[row["member"]] = member
            else:
                owner.setdefault(row["member"], []).append(member)
    for article_id in order:
        yield documents[article_id]


def rebuild_articles(rows: Mapping[str, list[dict[str, Any]]], tables: Layout) -> Iterator[Article]:
    """The typed articles held in ``rows`` (see :func:`rebuild_documents`)."""
    from ...datamodel.converter import structure

    for document in rebuild_documents(rows, tables):
        yield structure(document, Article)
