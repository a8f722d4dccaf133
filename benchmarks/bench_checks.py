"""Benchmark full validation of the shipped fixtures, with the typed loading and semantic checks on their own.

Run from the repository root, with newsevents installed (``pip install -e .``)::

    python benchmarks/bench_checks.py               # 40 rounds
    python benchmarks/bench_checks.py --rounds 10   # a quick look

Each round times, in the same process and on the same data (every shipped fixture, as parsed JSON): the parse
floor (``orjson.loads`` of the fixtures' text, the named baseline), ``newsevents.validate`` (the full verdict:
compiled schema, typed loading, semantic checks; its validator is built before timing), and ``check_article``
on the already loaded articles (the semantic checks alone). It prints the median CPU time of each and their
ratios to the parse floor, so that runs on machines of different speed can be compared; the construction-time
rules of the model (``Span``, ``Quantity``, ``Time``) are paid by objects built in Python, not by these.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

import orjson

import newsevents
from newsevents import fixtures
from newsevents.datamodel.checks import check_article


def _median_cpu(action: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
    return statistics.median(times)


def main() -> None:
    """Print the median CPU time of parsing, full validation and the semantic checks, with ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40, help="timed rounds (default 40)")
    args = parser.parse_args()
    texts = [fixtures.text(name).encode() for name in fixtures.names()]
    documents = [orjson.loads(text) for text in texts]
    articles = [fixtures.load(name) for name in fixtures.names()]
    validator = newsevents.validator_for("article")
    for document in documents:  # warm the caches: the figures are for a running validator
        assert not [p for p in validator.validate(document) if p.is_error]

    def parse() -> None:
        for text in texts:
            orjson.loads(text)

    def validate() -> None:
        for document in documents:
            validator.validate(document)

    def checks() -> None:
        for article in articles:
            check_article(article)

    floor = _median_cpu(parse, args.rounds)
    full = _median_cpu(validate, args.rounds)
    semantic = _median_cpu(checks, args.rounds)
    print(f"{len(documents)} fixtures, {args.rounds} rounds, median CPU time per round")
    print(f"parse floor (orjson.loads)   {floor * 1000:9.3f} ms   1.00x")
    print(f"full validation              {full * 1000:9.3f} ms   {full / floor:7.2f}x the parse floor")
    print(f"semantic checks alone        {semantic * 1000:9.3f} ms   {semantic / floor:7.2f}x the parse floor")


if __name__ == "__main__":
    main()
