"""Validate feeds from Python: the engine behind `newsevents validate`, streaming.

>>> from newsevents import feed
>>> for result in feed.iter_results("articles.jsonl"):          # doctest: +SKIP
...     if not result.ok:
...         print(result.location, *result.problems, sep="\\n  ")
>>> articles = list(feed.iter_articles("articles.jsonl.gz"))    # doctest: +SKIP

A source is a path (a file, a directory of ``.json`` / ``.jsonl`` / ``.ndjson`` files, each maybe gzipped, or
``"-"`` for standard input) or a binary stream. Records are read one at a time; memory does not grow with the
feed. Nothing is fetched from the network: ``$ref``s resolve only to the shipped schemas.

Problems found while reading the bytes have the layer ``"input"``; their checks are listed in `INPUT_CHECKS`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING, Any, Literal, overload

from ..datamodel.problems import ValidationFailed

if TYPE_CHECKING:
    from ..datamodel.article import Article
from .engine import check_sources
from .records import INVALID, MAX_LINE_BYTES, UNREADABLE, VALID, Limits, RecordResult, Status
from .sources import Format, Source, expand_paths
from .strictjson import INPUT, MAX_DEPTH, MAX_SAFE_INTEGER

__all__ = [
    "INPUT",
    "INPUT_CHECKS",
    "INVALID",
    "MAX_DEPTH",
    "MAX_LINE_BYTES",
    "MAX_SAFE_INTEGER",
    "UNREADABLE",
    "VALID",
    "InvalidRecord",
    "Limits",
    "RecordResult",
    "Status",
    "iter_articles",
    "iter_results",
]

#: Every check the reader itself can report (layer ``"input"``), with what it means.
INPUT_CHECKS = {
    "empty": "an empty file, or an empty line in JSON Lines",
    "bom": "the text starts with a UTF-8 byte-order mark",
    "encoding": "not UTF-8: invalid bytes, UTF-16 or UTF-32, or binary data (a NUL byte)",
    "syntax": "not JSON: a syntax error, truncated text, or text after the value",
    "too-long": "a JSON Lines line, or a JSON document, longer than the limit (skipped unread)",
    "depth": "arrays and objects nested deeper than the limit",
    "duplicate-key": "an object repeats a key",
    "non-finite": "NaN or Infinity, which JSON does not have",
    "number-range": "a number a double cannot hold (1e400), or a nonzero one it rounds to 0 (1e-400)",
    "number-precision": "an integer beyond ±(2^53 - 1), which most JSON consumers silently round, or a "
                        "fraction a double reads as a whole number (107.00000000000000001)",
    "surrogate": "a string with a lone UTF-16 surrogate escape (\\ud800), which is not a character",
    "gzip": "a corrupt or truncated gzip stream",
    "too-many-problems": "the record has more problems than the per-record limit; the rest are not listed",
    "internal-error": "a fault of newsevents itself while checking the record (please report it)",
}

SourceLike = str | os.PathLike[str] | IO[bytes]


def _sources(source: SourceLike) -> Iterator[Source]:
    if isinstance(source, str | os.PathLike):
        return expand_paths([os.fspath(source)])
    return iter([Source.of(source)])


def iter_results(source: SourceLike, *, type: str = "article", format: Format = "auto",  # noqa: A002
                 schema_only: bool = False, limits: Limits | None = None, jobs: int = 1) -> Iterator[RecordResult]:
    """Check every record of ``source`` as ``type`` (a schema name such as ``"article"`` or ``"event"``) and
    yield one `RecordResult` per record, in order, as it is checked.

    ``format`` is ``"json"`` (one document, or an array of them), ``"jsonl"`` (JSON Lines) or ``"auto"`` (by
    extension, else by the first bytes). ``schema_only`` skips the typed loader and the semantic checks.
    ``jobs`` above 1 checks on that many worker processes. Bad data never raises: it is in the results. A file
    that cannot be opened or read raises `OSError`; an unknown ``type`` raises `ValueError`.
    """
    return check_sources(_sources(source), format, type=type, limits=limits, schema_only=schema_only, jobs=jobs)


class InvalidRecord(ValidationFailed):
    """`iter_articles` met a record that is not valid; ``result`` says where and why."""

    def __init__(self, result: RecordResult) -> None:
        super().__init__(result.problems)
        self.result = result
        self.args = (f"{result.location}: {result.status} record; {self.args[0]}",)


@overload
def iter_articles(source: SourceLike, *, type: Literal["article"] = "article", format: Format = "auto",
                  limits: Limits | None = None) -> Iterator[Article]: ...
@overload
def iter_articles(source: SourceLike, *, type: str, format: Format = "auto",
                  limits: Limits | None = None) -> Iterator[Any]: ...


def iter_articles(source: SourceLike, *, type: str = "article", format: Format = "auto",  # noqa: A002
                  limits: Limits | None = None) -> Iterator[Any]:
    """The records of ``source`` as typed objects (`Article` unless ``type`` says otherwise, and typed so for
    checkers), streaming.

    Raises `InvalidRecord` at the first record that is invalid or unreadable, after yielding the valid ones
    before it; use `iter_results` to go past bad records and report them instead.
    """
    for result in iter_results(source, type=type, format=format, limits=limits):
        if not result.ok:
            raise InvalidRecord(result)
        yield result.value
