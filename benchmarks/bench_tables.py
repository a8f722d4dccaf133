"""Benchmark the Dask engine against the local one, and the Parquet conversion's speed and peak memory.

Run from the repository root, with newsevents installed with its extras (``pip install -e ".[parquet,dask]"``)::

    python benchmarks/bench_tables.py                    # 2,000 and 8,000 records (a few minutes)
    python benchmarks/bench_tables.py --sizes 500 --repeat 1

It writes JSON Lines feeds of the shipped fixtures in turn (each copy with its own id; the seed article is
about 42 KB, the PLOVER ones about 3 KB) to a temporary directory, then runs each command as a whole process
and reports the median wall time over ``--repeat`` runs as records per second, and the process's peak memory
(maximum resident set size; Dask workers are processes of their own and not counted in it). The baseline of
every ratio is ``validate`` with one local process, measured in the same run:

- ``validate`` with ``--jobs 1`` and ``--jobs 2`` (worker processes of this machine);
- ``validate --engine dask`` with a local cluster of 1 and of 2 single-threaded worker processes, started by
  the command (its start-up is in the figure, as a user sees it);
- ``convert --to parquet`` and ``convert --from parquet``; their peak memory on the feeds of each size shows
  whether it stays flat as the feed grows.

The projection per cluster worker is the 2-worker Dask rate divided by 2.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

from newsevents import fixtures, unstructure

BASE = "validate, --jobs 1"


def write_feed(path: Path, size: int) -> None:
    """``size`` records: the fixtures in turn, each with an id of its own."""
    documents = [unstructure(fixtures.load(name)) for name in fixtures.names()]
    with path.open("wb") as out:
        for n in range(size):
            document = dict(documents[n % len(documents)], id=f"bench-{n}")
            out.write(orjson.dumps(document) + b"\n")


def run(command: list[str]) -> tuple[float, int]:
    """Wall seconds and peak memory (bytes) of one whole process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"failed: {' '.join(command)}")
    return elapsed, usage.ru_maxrss * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 8000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    cli = [sys.executable, "-m", "newsevents"]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="bench-tables-"))
    try:
        for size in args.sizes:
            feed = workdir / f"feed-{size}.jsonl"
            write_feed(feed, size)
            tables = workdir / f"tables-{size}"
            commands = {
                BASE: [*cli, "validate", "--jobs", "1", str(feed)],
                "validate, --jobs 2": [*cli, "validate", "--jobs", "2", str(feed)],
                "validate, --engine dask, 1 worker": [*cli, "validate", "--engine", "dask", "--jobs", "1", str(feed)],
                "validate, --engine dask, 2 workers": [*cli, "validate", "--engine", "dask", "--jobs", "2",
                                                       str(feed)],
                "convert --to parquet": [*cli, "convert", "--to", "parquet", "--out", str(tables), str(feed)],
                "convert --from parquet": [*cli, "convert", "--from", "parquet", str(tables)],
            }
            print(f"\n{size} records, {feed.stat().st_size / 1e6:.1f} MB, median of {args.repeat}")
            print(f"{'command':38} {'records/s':>10} {'vs base':>8} {'peak MB':>8}")
            rates: dict[str, float] = {}
            for name, command in commands.items():
                runs = [run(command) for _ in range(args.repeat)]
                rates[name] = size / statistics.median(t for t, _ in runs)
                peak = max(m for _, m in runs) / 1e6
                print(f"{name:38} {rates[name]:10.0f} {rates[name] / rates[BASE]:8.2f} {peak:8.0f}")
            per_worker = rates["validate, --engine dask, 2 workers"] / 2
            print(f"projected per cluster worker: {per_worker:.0f} records/s "
                  f"({per_worker / rates[BASE]:.2f} x one local process)")
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
