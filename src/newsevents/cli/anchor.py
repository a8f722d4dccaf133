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

from ..feed.engine import records_of
from ..feed.sources import Source
from ..validation.anchoring import anchor_document
from .common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    input_limits,
    parsed_value,
    record_location,
    scan_paths,
    terminal_safe,
)

__all__ = ["run"]


def run(args: argparse.Namespace, out: IO[bytes] | None = None, err: IO[str] | None = None) -> int:
    """Run `newsevents anchor` with parsed arguments; returns the exit code."""
    out = out if out is not None else sys.stdout.buffer
    err = err if err is not None else sys.stderr
    limits = input_limits(args)
    io_errors: list[str] = []

    def on_error(source: Source, exc: OSError) -> None:
        io_errors.append(source.name)
        print(f"newsevents anchor: error: cannot read {source.name}: {exc.strerror or exc}", file=err)

    sources, errors = scan_paths(args.files or ["-"], err, "newsevents anchor")
    io_errors.extend(errors)
    read = failed = 0
    for source, record in records_of(sources, args.format, limits, on_error=on_error):
        read += 1
        value, problems = parsed_value(record, limits)
        if not problems:
            anchored, problems = anchor_document(value)
        for problem in problems:
            print(f"{terminal_safe(record_location(source, record))}: error: {problem.json_path}: {problem.message} "
                  f"[{problem.check}]", file=err)
        if problems:
            failed += 1
            continue
        out.write(orjson.dumps(anchored) + b"\n")
    out.flush()
    print(f"{read} record(s) read, {read - failed} anchored, {failed} not anchored", file=err)
    if io_errors:
        return EXIT_USAGE
    return EXIT_INVALID if failed else EXIT_OK
