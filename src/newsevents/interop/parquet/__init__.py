"""Articles as Parquet tables, one per entity, for DuckDB, Polars, Spark and pandas; and back, losslessly.

An article becomes a row of `articles`; each entry of its top-level lists a row of `actors`, `places`,
`items`, `events`, `statements` or `relations` (keyed by `article_id` and `position`, with the entry's own
local `id`); participants, provisions, attribution hops and evidence spans, wherever they sit, are rows of
`participants`, `provisions`, `attribution_hops` and `spans`, keyed by `article_id`, the top-level entry that
holds them (`entry`, `entry_id`), the JSON Pointer of the object they belong to (`owner`), the member they are
in (`member`) and their `position` there. Everything else stays in its row as struct and list columns.

The layout is generated from the model (:mod:`.layout`; committed as `schemas/tables/layout.json` and drift
checked by `newsevents schema --check`), the Arrow schemas from the layout (:mod:`.arrow`). :mod:`.rows`
flattens an article, :mod:`.rebuild` puts it back together, :mod:`.files` streams a table set to and from
disk. pyarrow is needed only to write and read files: install ``newsevents[parquet]``.
"""

from __future__ import annotations

from .arrow import arrow_schema, arrow_schemas
from .files import BATCH_ROWS, TableWriter, part_names, read_articles, table_path
from .layout import LAYOUT_FILE, Layout, TableLayout, layout, layout_dump, layout_text
from .rebuild import rebuild_articles, rebuild_documents
from .rows import article_rows

__all__ = ["BATCH_ROWS", "LAYOUT_FILE", "Layout", "TableLayout", "TableWriter", "arrow_schema", "arrow_schemas",
           "article_rows", "layout", "layout_dump", "layout_text", "part_names", "read_articles",
           "rebuild_articles", "rebuild_documents", "table_path"]
