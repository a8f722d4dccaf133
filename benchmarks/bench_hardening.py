"""Benchmark the bounded paths of issue 18 against the unbounded ones they replaced, measured in the same run.

Run from the repository root, with newsevents installed (``pip install -e .``)::

    python benchmarks/bench_hardening.py            # about a minute
    python benchmarks/bench_hardening.py --size 2   # larger inputs (twice as large)

Each row prints the median of three runs of the baseline and of the new path on the same input, and their
ratio:

- a record with thousands of empty actors: the schema explanation uncapped (``Validator.explain(value)``, the
  baseline) and capped at 100 problems (``Validator.explain(value, 100)``, what the feed checker now does);
- the nesting check on a line of millions of empty objects: a walk of every Python node (the baseline) and
  the check on the record's text (``text_depth_exceeds``);
- PLOVER markup alignment of a long retyped sentence: difflib's ``SequenceMatcher`` on the whole text (the
  baseline) and the anchored ``opcodes``.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

import orjson

from newsevents.feed.strictjson import text_depth_exceeds
from newsevents.interop.plover.alignment import opcodes
from newsevents.validation.validator import validator_for


def _median(work: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _node_walk(value: Any, max_depth: int) -> bool:
    """The baseline: every node visited from Python."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict | list):
            if depth >= max_depth:
                return True
            stack.extend((item, depth + 1) for item in (node.values() if isinstance(node, dict) else node))
    return False


def _row(name: str, baseline: float, new: float) -> None:
    print(f"{name:<52} baseline {baseline:8.3f} s   new {new:8.3f} s   ratio {baseline / new:8.1f}x")


def main() -> None:
    """Print one row per bounded path."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1, help="scale the inputs (default 1)")
    args = parser.parse_args()

    minimal = {"id": "minimal", "headline": "Minimal article", "language": "en", "body": "Nothing happened."}
    validator = validator_for("article")
    actors = dict(minimal, actors=[{}] * (10_000 * args.size))
    _row(f"explain {len(actors['actors']):,} empty actors", _median(lambda: validator.explain(actors)),
         _median(lambda: validator.explain(actors, 100)))

    raw = json.dumps(dict(minimal, actors=[{}] * (1_000_000 * args.size))).encode()
    value = orjson.loads(raw)
    _row(f"depth check, {len(raw) / 1e6:.0f} MB of empty objects", _median(lambda: _node_walk(value, 64)),
         _median(lambda: text_depth_exceeds(raw, 64)))

    chooser = random.Random(1)
    size = 10_000 * args.size
    words = ["".join(chooser.choice("abcdefghij") for _ in range(chooser.randint(2, 8))) for _ in range(size // 4)]
    plain = " ".join(words)[:size]
    retyped = "".join(c if chooser.random() > 0.02 else chooser.choice("xyz") for c in plain)
    _row(f"alignment of a {size:,}-character retyped sentence",
         _median(lambda: difflib.SequenceMatcher(None, plain, retyped, autojunk=False).get_opcodes(), runs=1),
         _median(lambda: opcodes(plain, retyped)))


if __name__ == "__main__":
    main()
