"""Benchmark anchoring against full validation, on the seed fixture with every span reduced to a draft.

Run from the repository root, with newsevents installed (``pip install -e .``)::

    python benchmarks/bench_anchor.py               # 30 rounds
    python benchmarks/bench_anchor.py --rounds 5    # a quick look

The seed fixture's 239 spans are each reduced to their text and 24 characters of context (as an extractor
would write them). Each round times, on the same document and in the same process: ``anchor_document`` on the
drafts (finding every quote), ``anchor_document`` on the fixture itself (spans with offsets: only checked), and
``newsevents.validate`` on the fixture (the full verdict; its validator is built before timing). It prints the
median CPU time of each and the ratio of anchoring to validation: anchoring is one extra step of the extraction
loop, and should cost less than the validation that follows it.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from typing import Any

import newsevents
from newsevents import fixtures
from newsevents.validation.anchoring import anchor_document


def _drafts(value: Any, body: str) -> Any:
    if isinstance(value, dict) and set(value) == {"start", "end", "text"}:
        prefix, suffix = newsevents.quote_context(body, value["start"], value["end"], 24)
        return {"text": value["text"], "prefix": prefix, "suffix": suffix}
    if isinstance(value, dict):
        return {k: _drafts(v, body) for k, v in value.items()}
    if isinstance(value, list):
        return [_drafts(v, body) for v in value]
    return value


def _median_cpu(action: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> None:
    """Print the median CPU time of anchoring drafts, checking offset spans and validating, with ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    document = fixtures.data("seed-article")
    drafts = _drafts(document, document["body"])
    assert anchor_document(drafts) == (document, [])
    newsevents.validate(document)  # builds the validator before timing
    rows = {
        "anchor drafts": _median_cpu(lambda: anchor_document(drafts), args.rounds),
        "anchor (offsets already there)": _median_cpu(lambda: anchor_document(document), args.rounds),
        "validate (baseline)": _median_cpu(lambda: newsevents.validate(document), args.rounds),
    }
    baseline = rows["validate (baseline)"]
    print(f"seed fixture, 239 spans, median CPU time of {args.rounds} rounds")
    for name, seconds in rows.items():
        print(f"  {name:32} {seconds * 1000:8.2f} ms   {seconds / baseline:5.2f} x validate")


if __name__ == "__main__":
    main()
