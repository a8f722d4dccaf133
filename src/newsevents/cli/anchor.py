"""`newsevents anchor`: articles with draft spans (quote + context) in, articles with offsets out, as JSON Lines.

Reading is the feed reader `newsevents validate` uses (files, directories, `-` for stdin, JSON / JSON Lines,
gzip, strict JSON). Each record is anchored by :func:`newsevents.validation.anchoring.anchor_document` (nulls
dropped, draft spans resolved, spans with offsets checked) and written as one line to stdout; a record with a
quote that is missing or ambiguous is reported on stderr as `source:line: error: path: message [check]` and not
written. The output is not validated: pipe it to `newsevents validate -`. Exit codes: 0 every record anchored,
1 some record unreadable or not anchored (the rest is still written), 2 usage or I/O error.
"""

from __future__ import annotations

import argparse
import sys
from typing import IO

import orjson

from ..datamodel.problems import Problem
from ..feed.engine import records_of
from ..feed.sources import RawRecord, Source, expand_paths
from ..feed.strictjson import parse
from ..validation.anchoring import anchor_document
from .common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, input_limits

__all__ = ["run"]


def _where(source: str, record: RawRecord) -> str:
    if record.line is not None:
        return f"{source}:{record.line}"
    if record.index is not None:
        return f"{source}[{record.index}]"
    return source


def run(args: argparse.Namespace, out: IO[bytes] | None = None, err: IO[str] | None = None) -> int:
    """Run `newsevents anchor` with parsed arguments; returns the exit code."""
    out = out if out is not None else sys.stdout.buffer
    err = err if err is not None else sys.stderr
    limits = input_limits(args)
    io_errors: list[str] = []

    def on_error(source: Source, exc: OSError) -> None:
        io_errors.append(source.name)
        print(f"newsevents anchor: error: cannot read {source.name}: {exc.strerror or exc}", file=err)

    read = failed = 0
    for source, record in records_of(expand_paths(args.files or ["-"]), args.format, limits, on_error=on_error):
        read += 1
        problems: list[Problem] = []
        if record.problem is not None:
            problems = [record.problem]
        else:
            parsed = record.parsed if record.parsed is not None else parse(record.raw or b"",
                                                                           max_depth=limits.max_depth)
            problems = list(parsed.problems)
            if not problems:
                anchored, problems = anchor_document(parsed.value)
        for problem in problems:
            print(f"{_where(source, record)}: error: {problem.json_path}: {problem.message} [{problem.check}]",
                  file=err)
        if problems:
            failed += 1
            continue
        out.write(orjson.dumps(anchored) + b"\n")
    out.flush()
    print(f"{read} record(s) read, {read - failed} anchored, {failed} not anchored", file=err)
    if io_errors:
        return EXIT_USAGE
    return EXIT_INVALID if failed else EXIT_OK
