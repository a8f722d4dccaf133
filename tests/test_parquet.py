"""Parquet tables: the layout generated from the model, lossless round trips, counts DuckDB agrees with."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest
from hypothesis import HealthCheck, given, settings

from newsevents import Article, fixtures, strategies, unstructure
from newsevents.cli import main
from newsevents.datamodel.attribution import Hop
from newsevents.datamodel.events import Participant
from newsevents.datamodel.evidence import Span
from newsevents.datamodel.policy import Provision
from newsevents.interop.parquet import (
    LAYOUT_FILE,
    TableWriter,
    arrow_schemas,
    article_rows,
    layout,
    layout_text,
    read_articles,
    rebuild_articles,
)

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

ROOT = Path(__file__).resolve().parent.parent
LAYOUT = layout()
SCHEMAS = arrow_schemas(LAYOUT)
FIXTURES = [fixtures.load(name) for name in fixtures.names()]


def _through_parquet(rows: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    """Rows written to Parquet in memory and read back."""
    back = {}
    for name, table_rows in rows.items():
        buffer = io.BytesIO()
        pq.write_table(pa.Table.from_pylist(table_rows, schema=SCHEMAS[name]), buffer)
        back[name] = pq.read_table(io.BytesIO(buffer.getvalue())).to_pylist()
    return back


def _count(value: Any, cls: type[Any]) -> int:
    """How many objects of ``cls`` an article holds, at any depth."""
    if isinstance(value, cls):
        return 1 + sum(_count(getattr(value, a.name), cls) for a in attrs.fields(type(value)))
    if isinstance(value, tuple):
        return sum(_count(v, cls) for v in value)
    if attrs.has(type(value)):
        return sum(_count(getattr(value, a.name), cls) for a in attrs.fields(type(value)))
    return 0


def _feed(path: Path, articles: list[Article]) -> Path:
    path.write_bytes(b"".join(orjson.dumps(unstructure(a)) + b"\n" for a in articles))
    return path


def test_committed_layout_is_the_generated_one() -> None:
    """`schemas/tables/layout.json` is byte for byte what the model generates (run `newsevents schema`)."""
    assert (ROOT / "schemas" / LAYOUT_FILE).read_text(encoding="utf-8") == layout_text()


def test_layout_has_a_table_per_entity_with_keys() -> None:
    """Every entity the issue names has a table; each table starts with its key columns."""
    names = [t.name for t in LAYOUT.tables]
    assert names == ["articles", "actors", "places", "items", "events", "statements", "situations", "instruments",
                     "value_claims", "relations", "participants",
                     "provisions", "attribution_hops", "spans"]
    assert [c.name for c in LAYOUT.table("events").keys] == ["article_id", "position"]
    assert [c.name for c in LAYOUT.table("spans").keys] == ["article_id", "entry", "entry_id", "owner", "member",
                                                            "position"]


def test_arrow_types_are_proper() -> None:
    """Enums are dictionary-encoded, dates are date32, required members are not nullable."""
    events, provenance = SCHEMAS["events"], SCHEMAS["articles"].field("provenance").type
    assert pa.types.is_dictionary(events.field("type").type)
    assert pa.types.is_dictionary(events.field("realis").type)
    assert not events.field("realis").nullable
    assert events.field("summary").nullable
    assert events.field("status").nullable  # a policy change's member, so null for every other event type
    assert pa.types.is_date32(provenance.field("coded_on").type)
    assert pa.types.is_list(SCHEMAS["actors"].field("aliases").type)


def test_layout_follows_registered_event_types() -> None:
    """An event type registered later gets its own members as columns of `events`, without editing the layout."""
    code = ("import tests.extension_pkg\nfrom newsevents.interop.parquet import layout\n"
            "print(sorted(c.name for c in layout().table('events').columns))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    base = {c.name for c in LAYOUT.table("events").columns}
    assert set(eval(result.stdout)) > base


@pytest.mark.parametrize("article", FIXTURES, ids=fixtures.names())
def test_fixtures_round_trip_through_parquet(article: Article) -> None:
    """Every fixture comes back from its Parquet rows as the same article and the same JSON."""
    [back] = rebuild_articles(_through_parquet(article_rows(article, LAYOUT)), LAYOUT)
    assert back == article
    assert orjson.dumps(unstructure(back)) == orjson.dumps(unstructure(article))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(strategies.articles())
def test_generated_articles_round_trip_through_parquet(article: Article) -> None:
    """Any valid article (Hypothesis) comes back from its Parquet rows unchanged, integral floats included."""
    [back] = rebuild_articles(_through_parquet(article_rows(article, LAYOUT)), LAYOUT)
    assert orjson.dumps(unstructure(back)) == orjson.dumps(unstructure(article))


def test_nested_entries_get_rows_keyed_to_their_owner() -> None:
    """Participants, provisions, hops and spans are rows whose keys name the entry and object holding them."""
    seed = fixtures.load("seed-article")
    rows = article_rows(seed, LAYOUT)
    for table, cls in (("participants", Participant), ("provisions", Provision), ("attribution_hops", Hop),
                       ("spans", Span)):
        assert len(rows[table]) == _count(seed, cls), table
    hop = rows["attribution_hops"][0]
    assert hop["owner"].endswith("/attribution")
    assert hop["member"] == "chain"
    ids = {e.id for e in seed.events} | {s.id for s in seed.statements}
    assert all(r["entry_id"] in ids for r in rows["participants"])


def test_table_set_streams_in_batches(tmp_path: Path) -> None:
    """Small batches give many row groups; articles come back in order, repeated ids included."""
    articles = FIXTURES + FIXTURES[:3]
    with TableWriter(tmp_path, batch_rows=50) as writer:
        for article in articles:
            writer.write(article)
    assert pq.ParquetFile(tmp_path / "spans" / "part-00000.parquet").num_row_groups > 2
    assert list(read_articles(tmp_path)) == articles


def test_duckdb_counts_equal_the_feed(tmp_path: Path) -> None:
    """DuckDB's counts over the tables equal the feed's: articles, entries, and nested entries at any depth."""
    duckdb = pytest.importorskip("duckdb")
    with TableWriter(tmp_path) as writer:
        for article in FIXTURES:
            writer.write(article)
    expected = {"articles": len(FIXTURES), "actors": sum(len(a.actors) for a in FIXTURES),
                "events": sum(len(a.events) for a in FIXTURES), "relations": sum(len(a.relations) for a in FIXTURES),
                "participants": sum(_count(a, Participant) for a in FIXTURES),
                "attribution_hops": sum(_count(a, Hop) for a in FIXTURES),
                "spans": sum(_count(a, Span) for a in FIXTURES)}
    con = duckdb.connect()
    for table, count in expected.items():
        got = con.execute(f"select count(*) from read_parquet('{tmp_path}/{table}/*.parquet')").fetchone()
        assert got == (count,), table
    quotes = con.execute(f"select count(*) from read_parquet('{tmp_path}/statements/*.parquet') "
                         "where type = 'quote'").fetchone()
    assert quotes == (sum(1 for a in FIXTURES for s in a.statements if s.TYPE == "quote"),)


def test_cli_round_trip_skips_and_reports_invalid_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`convert --to parquet` reports bad records as validate does and skips them; `--from parquet` gives the
    valid ones back byte for byte."""
    feed = _feed(tmp_path / "feed.jsonl", FIXTURES)
    with feed.open("ab") as f:
        f.write(b'{"id": "x"}\nnot json\n')
    assert main(["convert", "--to", "parquet", "--out", str(tmp_path / "t"), str(feed)]) == 1
    err = capsys.readouterr().err
    assert f"{feed}:{len(FIXTURES) + 1}: error: $.body" in err
    assert f"{feed}:{len(FIXTURES) + 2}: error: $: invalid JSON" in err
    result = subprocess.run([sys.executable, "-m", "newsevents", "convert", "--from", "parquet", str(tmp_path / "t")],
                            capture_output=True, check=True)
    assert result.stdout == b"".join(orjson.dumps(unstructure(a)) + b"\n" for a in FIXTURES)


@pytest.mark.parametrize("args", [["--to", "parquet"], ["--to", "plover", "--out", "x"], ["--from", "parquet"]])
def test_cli_parquet_usage_errors(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """--out goes with --to parquet only, and --from parquet needs a directory: usage errors, exit 2."""
    assert main(["convert", *args]) == 2
    assert "error" in capsys.readouterr().err


def test_cli_from_parquet_without_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A directory without tables is an I/O error (exit 2), not a crash."""
    assert main(["convert", "--from", "parquet", str(tmp_path)]) == 2
    assert "no Parquet tables" in capsys.readouterr().err


def test_import_newsevents_leaves_out_pyarrow() -> None:
    """pyarrow is optional: importing newsevents (and the layout) does not load it."""
    code = "import newsevents, newsevents.interop.parquet.layout, sys\nprint('pyarrow' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_docs_queries_run_on_the_fixture_tables(tmp_path: Path) -> None:
    """Every DuckDB query on docs/tables.md runs on the fixtures' tables and finds rows."""
    duckdb = pytest.importorskip("duckdb")
    import re

    with TableWriter(tmp_path / "tables") as writer:
        for article in FIXTURES:
            writer.write(article)
    page = (ROOT / "docs" / "tables.md").read_text(encoding="utf-8")
    queries = re.findall(r"```sql\n(.*?)```", page, flags=re.DOTALL)
    assert len(queries) == 3
    con = duckdb.connect()
    for query in queries:
        assert con.execute(query.replace("'tables/", f"'{tmp_path}/tables/")).fetchall(), query


def test_integral_floats_and_integers_stay_apart() -> None:
    """A quantity written `5.0` comes back as `5.0` and one written `3` as `3`, though both are doubles in the table."""
    from newsevents import structure

    document = fixtures.data("seed-article")
    document["events"][0]["killed"] = {"value": 5.0, "minimum": 3, "maximum": 7.5}
    article = structure(document, Article)
    [back] = rebuild_articles(_through_parquet(article_rows(article, LAYOUT)), LAYOUT)
    killed = unstructure(back)["events"][0]["killed"]
    assert orjson.dumps(killed) == b'{"value":5.0,"minimum":3,"maximum":7.5}'
