"""The Dask engine: the same results as a local run, in input order, on a small in-process cluster."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from newsevents import fixtures, unstructure
from newsevents.cli import main
from newsevents.feed.engine import check_sources
from newsevents.feed.records import Limits
from newsevents.feed.sources import Source, expand_paths

distributed = pytest.importorskip("distributed")
dask_feed = pytest.importorskip("newsevents.feed.dask")

ARTICLES = [fixtures.load(name) for name in fixtures.names()]
LINES = [orjson.dumps(unstructure(a)) for a in ARTICLES]
#: A line limit every fixture fits in, so that one hostile line of the feeds is over it.
LIMIT = max(len(line) for line in LINES) + 10


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """One small cluster for the module: two worker threads in this process, started once."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cl, \
            distributed.Client(cl) as c:
        yield c


@pytest.fixture(scope="module")
def feeds(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Files with valid, invalid and unreadable records: plain JSON Lines, gzip, a JSON array, a missing file."""
    root = tmp_path_factory.mktemp("feeds")
    bad = [b'{"id": "x"}', b"not json", b"", b'{"id": "\xff"}', b"x" * (LIMIT + 100)]
    plain = root / "mixed.jsonl"
    plain.write_bytes(b"\n".join([*LINES[:5], *bad, *LINES[5:]]) + b"\n")
    (root / "mixed.jsonl.gz").write_bytes(gzip.compress(b"\n".join([*bad[:2], *LINES[:3]]) + b"\n"))
    (root / "array.json").write_bytes(b"[" + b",".join([*LINES[:2], b"3"]) + b"]")
    return [str(plain), str(root / "mixed.jsonl.gz"), str(root / "array.json"), str(root / "missing.jsonl")]


def _errors() -> tuple[list[str], Any]:
    seen: list[str] = []
    return seen, lambda source, exc: seen.append(f"{source.name}: {type(exc).__name__}")


def test_dask_results_equal_local_results(client: Any, feeds: list[str]) -> None:
    """Every result (status, problems, line, index) and every I/O error equals the local run's, in order."""
    limits = Limits(max_line_bytes=LIMIT)
    local_errors, on_local = _errors()
    dask_errors, on_dask = _errors()
    local = list(check_sources(expand_paths(feeds), limits=limits, keep_values=False, on_error=on_local))
    remote = list(dask_feed.check_on_dask(expand_paths(feeds), client=client, limits=limits, keep_values=False,
                                          on_error=on_dask))
    assert remote == local
    assert {r.status for r in remote} == {"valid", "invalid", "unreadable"}
    assert dask_errors == local_errors == [f"{feeds[-1]}: FileNotFoundError"]


def test_dask_keeps_values_and_reads_streams(client: Any) -> None:
    """A stream is read here and sent in batches; valid records come back with their typed articles."""
    stream = Source("<stream>", None, io.BytesIO(b"\n".join(LINES) + b"\n"))
    results = list(dask_feed.check_on_dask([stream], client=client))
    assert [r.value for r in results] == ARTICLES
    assert [r.line for r in results] == list(range(1, len(LINES) + 1))


def test_check_paths_api(client: Any, feeds: list[str]) -> None:
    """`check_paths` gives the results of `check_sources` for a list of files."""
    assert dask_feed.check_paths(feeds[:3], client=client) == list(check_sources(expand_paths(feeds[:3]),
                                                                                 keep_values=False))


def test_check_lines_on_a_bag(client: Any) -> None:
    """A bag of JSON Lines texts is checked lazily; each partition's lines are numbered from 1."""
    bag = pytest.importorskip("dask.bag")
    texts = [line.decode() + "\n" for line in LINES[:4]] + ["{}\n", "\n"]
    results = dask_feed.check_lines(bag.from_sequence(texts, npartitions=2)).compute()
    assert [r.status for r in results] == ["valid"] * 4 + ["invalid", "unreadable"]
    assert results[3].source == "<bag>[partition 1]"


def test_cli_validate_on_dask_equals_local(client: Any, feeds: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """`validate --engine dask --scheduler ADDRESS` prints the same report and exits as the local run does."""
    common = ["validate", "-o", "jsonl", "--max-line-bytes", str(LIMIT), *feeds]
    local_code = main(common)
    local = capsys.readouterr()
    remote_code = main([*common, "--engine", "dask", "--scheduler", client.scheduler.address])
    remote = capsys.readouterr()
    assert (remote_code, remote.out, remote.err) == (local_code, local.out, local.err)
    assert remote_code == 2  # the missing file


def test_cli_convert_to_parquet_on_dask(client: Any, feeds: list[str], tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    """`convert --to parquet --engine dask` writes the same tables a local run writes."""
    pytest.importorskip("pyarrow")
    args = ["convert", "--to", "parquet", *feeds[:3]]
    assert main([*args, "--out", str(tmp_path / "local")]) == 1
    local = capsys.readouterr().err
    assert main([*args, "--out", str(tmp_path / "dask"), "--engine", "dask",
                 "--scheduler", client.scheduler.address]) == 1
    assert capsys.readouterr().err == local
    assert main(["convert", "--from", "parquet", str(tmp_path / "dask")]) == 0
    remote_out = capsys.readouterr().out
    assert main(["convert", "--from", "parquet", str(tmp_path / "local")]) == 0
    assert capsys.readouterr().out == remote_out


def test_convert_paths_partitions_by_file(client: Any, feeds: list[str], tmp_path: Path) -> None:
    """`convert_paths` writes one part per file on the workers; reading the parts gives every valid article."""
    pytest.importorskip("pyarrow")
    from newsevents.interop.parquet import part_names, read_articles
    from newsevents.interop.parquet.dask import convert_paths

    results = convert_paths(feeds[:3], tmp_path, client=client)
    assert part_names(tmp_path) == ["part-00000", "part-00001", "part-00002"]
    valid = sum(r.ok for file_results in results for r in file_results)
    assert len(list(read_articles(tmp_path))) == valid == len(ARTICLES) + 3 + 2


def test_blank_scheduler_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """A blank scheduler address is refused as a usage error (exit 2), before anything is read."""
    assert main(["validate", "--engine", "dask", "--scheduler", " ", "x.jsonl"]) == 2
    assert "--scheduler" in capsys.readouterr().err


def test_import_newsevents_leaves_out_dask() -> None:
    """dask is optional: importing newsevents, its feed API and the CLI does not load it."""
    import subprocess
    import sys

    code = "import newsevents, newsevents.feed, newsevents.cli, sys\nprint('dask' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
