"""Arrow schemas from the table layout: the one place that knows pyarrow's types."""

from __future__ import annotations

from typing import Any

from .layout import Column, Layout, TableLayout

__all__ = ["arrow_schema", "arrow_schemas", "arrow_type"]


def arrow_type(kind: Any) -> Any:
    """The Arrow type of a layout column type."""
    import pyarrow as pa

    if isinstance(kind, str):
        simple = {"string": pa.string(), "int64": pa.int64(), "int32": pa.int32(), "float64": pa.float64(),
                  "bool": pa.bool_(), "date32": pa.date32(), "enum": pa.dictionary(pa.int32(), pa.string())}
        return simple[kind]
    if kind[0] == "list":
        return pa.list_(arrow_type(kind[1]))
    return pa.struct([_field(c) for c in kind[1]])


def _field(column: Column) -> Any:
    import pyarrow as pa

    return pa.field(column.name, arrow_type(column.type), nullable=column.nullable)


def arrow_schema(table: TableLayout) -> Any:
    """The Arrow schema of one table."""
    import pyarrow as pa

    return pa.schema([_field(c) for c in table.all_columns])


def arrow_schemas(tables: Layout) -> dict[str, Any]:
    """The Arrow schema of every table, by table name."""
    return {t.name: arrow_schema(t) for t in tables.tables}
