"""In-process ratios measured in turns: the parse floor, ``--schema-only`` and the full check, round after round.

On a shared machine a slow spell can last seconds: measured one after the other over a long feed, one row may
get it and the next not, and their ratio moves by half. Here each round times all three on the same records
within a second or two, the ratio is taken within the round, and the median over rounds is reported with its
range. Times are CPU times of this process; ``newsevents`` reads the records from the file itself, the floor
gets them in memory, so the ratios are conservative.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from newsevents import feed


def _cpu(work: Callable[[], Any]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def _drain(path: Path, **options: Any) -> None:
    for _ in feed.iter_results(path, **options):
        pass


def interleaved(path: Path, rounds: int = 9) -> None:
    """Print the median (and range) over ``rounds`` of --schema-only and full / parse floor on ``path``."""
    records = path.read_bytes().splitlines()
    _drain(path)  # warm up: compiled branches, generated loaders and visitors

    def floor() -> None:
        for record in records:
            orjson.loads(record)

    fast, full = [], []
    for _ in range(rounds):
        base = min(_cpu(floor) for _ in range(3))
        fast.append(base / _cpu(lambda: _drain(path, schema_only=True)))
        full.append(base / _cpu(lambda: _drain(path)))
    for name, ratios, target in (("--schema-only", fast, 0.5), ("full", full, 0.1)):
        print(f"  in turns ({rounds} rounds of {len(records)} records, CPU time): newsevents {name} in process / "
              f"parse floor: median {statistics.median(ratios):.3f}x (range {min(ratios):.3f}-{max(ratios):.3f}x; "
              f"target: >= {target}x)")
