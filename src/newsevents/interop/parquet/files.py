"""Writing and reading a table set: `DIR/<table>/part-NNNNN.parquet`, streamed in batches of articles.

The writer keeps one batch of articles' rows and writes it as one row group of every table (an empty one where
the batch has no rows for a table), so memory stays near one batch whatever the feed's size, and row group `i`
of every table holds the same articles: the reader rebuilds one batch at a time. An article id occurs at most
once in a batch (a repeated id starts a new batch), so the rows of a batch group by article id.

One part per writer: a local run writes `part-00000`; the Dask API writes one part per input file, so the
tables of a large corpus are partitioned by file and each part can be read alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from ...datamodel.article import Article
from ...datamodel.version import SCHEMA_VERSION
from .arrow import arrow_schemas
from .layout import ARTICLES, Layout, layout
from .rebuild import rebuild_articles
from .rows import Rows, article_rows

__all__ = ["BATCH_ROWS", "TableWriter", "part_names", "read_articles", "table_path"]

#: Rows (over all tables) a batch holds before it is written: a row group of a few thousand rows keeps
#: Parquet's compression good and the writer's memory at a few megabytes.
BATCH_ROWS = 20_000


def table_path(directory: Path, table: str, part: int | str) -> Path:
    """Where one part of one table is written."""
    name = part if isinstance(part, str) else f"part-{part:05d}"
    return directory / table / f"{name}.parquet"


class TableWriter:
    """Writes articles into one part of a table set. Use as a context manager, or call :meth:`close`."""

    def __init__(self, directory: str | Path, part: int | str = 0, *, batch_rows: int = BATCH_ROWS,
                 tables: Layout | None = None) -> None:
        import pyarrow.parquet as pq

        self.directory = Path(directory)
        self.tables = tables if tables is not None else layout()
        self.schemas = {name: schema.with_metadata({"newsevents.schema_version": SCHEMA_VERSION,
                                                        "newsevents.table": name})
                        for name, schema in arrow_schemas(self.tables).items()}
        self.batch_rows = batch_rows
        self.articles = 0
        self._pending: Rows = {name: [] for name in self.schemas}
        self._pending_rows = 0
        self._ids: set[str] = set()
        self._writers: dict[str, Any] = {}
        for name, schema in self.schemas.items():
            path = table_path(self.directory, name, part)
            path.parent.mkdir(parents=True, exist_ok=True)
            self._writers[name] = pq.ParquetWriter(path, schema, compression="zstd")

    def write(self, article: Article) -> None:
        """Add one article's rows; a full batch is written out."""
        if article.id in self._ids:
            self.flush()
        rows = article_rows(article, self.tables)
        for name, table_rows in rows.items():
            self._pending[name].extend(table_rows)
            self._pending_rows += len(table_rows)
        self._ids.add(article.id)
        self.articles += 1
        if self._pending_rows >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        """Write the batch held so far as one row group of every table."""
        import pyarrow as pa

        if not self._ids:
            return
        for name, rows in self._pending.items():
            self._writers[name].write_table(pa.Table.from_pylist(rows, schema=self.schemas[name]))
            rows.clear()
        self._pending_rows = 0
        self._ids.clear()

    def close(self) -> None:
        """Write what is left and close the files."""
        self.flush()
        for writer in self._writers.values():
            writer.close()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def part_names(directory: str | Path) -> list[str]:
    """The parts of a table set, in order (the file names of its `articles` table, without `.parquet`)."""
    return sorted(p.stem for p in (Path(directory) / ARTICLES).glob("*.parquet"))


def read_articles(directory: str | Path, *, tables: Layout | None = None) -> Iterator[Article]:
    """The articles of a table set, part by part and batch by batch, as they were written.

    Raises FileNotFoundError when the directory holds no `articles` table, and ValueError when a part's tables
    do not line up (a table missing, or written by another run).
    """
    import pyarrow.parquet as pq

    directory = Path(directory)
    tables = tables if tables is not None else layout()
    parts = part_names(directory)
    if not parts:
        raise FileNotFoundError(f"no Parquet tables in {directory} (expected {directory / ARTICLES}/*.parquet)")
    for part in parts:
        files = {}
        for table in tables.tables:
            path = table_path(directory, table.name, part)
            if not path.exists():
                raise ValueError(f"{path} is missing: the table set is incomplete")
            files[table.name] = pq.ParquetFile(path)
        groups = files[ARTICLES].num_row_groups
        if any(f.num_row_groups != groups for f in files.values()):
            raise ValueError(f"the tables of part {part} in {directory} have different row groups; they were not "
                             "written together")
        for group in range(groups):
            rows = {name: f.read_row_group(group).to_pylist() for name, f in files.items()}
            yield from rebuild_articles(rows, tables)
