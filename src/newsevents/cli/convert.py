"""`newsevents convert`: PLOVER records to newsevents documents and back, as JSON Lines on stdout; articles to
Parquet tables (`--to parquet --out DIR`) and back (`--from parquet DIR`).

Reading is the feed reader `newsevents validate` uses (files, directories, `-` for stdin, JSON / JSON Lines,
gzip, strict JSON), so input problems read the same. Each output line is one converted record; problems go to
stderr as `source:line (record id): severity: path: message [check]`. A PLOVER record whose typed article
lacks something of it is converted with warnings saying what (the record's own value is kept verbatim in
`provenance.source_values`, so the way back stays exact); `--strict` refuses it instead. Exit codes: 0
everything converted, 1 some record unreadable, invalid, not convertible or (with `--strict`) with warnings
(the rest is still written), 2 usage or I/O error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from typing import IO, Any

import orjson

from ..datamodel.problems import Problem
from ..feed.checker import Checker
from ..feed.engine import records_of
from ..feed.records import Limits, RecordResult
from ..feed.sources import RawRecord, Source
from .common import input_limits, parsed_value, record_location, scan_paths

__all__ = ["run"]


class _Run:
    """Counts and writes for one conversion."""

    def __init__(self, out: IO[bytes], err: IO[str], *, strict: bool) -> None:
        self.out, self.err, self.strict = out, err, strict
        self.read = self.written = self.failed = self.skipped = 0

    def emit(self, value: Any) -> None:
        self.out.write(orjson.dumps(value) + b"\n")
        self.written += 1

    def report(self, where: str, problem: Problem, severity: str = "error") -> None:
        record = getattr(problem, "record", None)  # PLOVER problems name the record's id
        label = f"{where} ({record})" if record and not record.startswith("#") else where
        print(f"{label}: {severity}: {problem.json_path}: {problem.message} [{problem.check}]", file=self.err)


def _from_plover(run: _Run, records: Iterator[tuple[str, RawRecord]], limits: Limits) -> None:
    from ..datamodel.converter import unstructure
    from ..interop.plover import import_record

    checker = Checker("article", limits=limits, keep_values=False)

    for source, record in records:
        where = record_location(source, record)
        value, problems = parsed_value(record, limits)
        run.read += 1
        for problem in problems:
            run.report(where, problem)
        if problems:
            run.failed += 1
            continue
        article, plover_problems = import_record(value, index=record.index)
        for problem in plover_problems:
            run.report(where, problem, problem.severity)
        if article is not None and run.strict and any(p.severity == "warning" for p in plover_problems):
            run.failed += 1  # --strict: a record whose typed article lacks something of it is not written
            continue
        if article is None:
            # The DOCUMENT record carries licence and provenance, not an event: skipping it is not a failure.
            if all(p.severity == "info" for p in plover_problems):
                run.skipped += 1
            else:
                run.failed += 1
            continue
        document = unstructure(article)
        checked = checker.check_value(source, document, line=record.line, index=record.index)
        for problem in checked.problems:
            run.report(where, problem)
        if not checked.ok:
            run.failed += 1
            continue
        run.emit(document)


def _to_plover(run: _Run, records: Iterator[tuple[str, RawRecord]], limits: Limits, codebook: Any) -> None:
    from ..interop.plover import export_article

    checker = Checker("article", limits=limits)
    for source, record in records:
        where = record_location(source, record)
        value, problems = parsed_value(record, limits)
        run.read += 1
        if not problems:
            checked = checker.check_value(source, value, line=record.line, index=record.index)
            article, problems = checked.value, list(checked.problems)
        for problem in problems:
            run.report(where, problem)
        if problems:
            run.failed += 1
            continue
        exported, export_problems = export_article(article, codebook=codebook)
        for problem in export_problems:
            run.report(where, problem, problem.severity)
        lossy = run.strict and any(p.severity == "warning" for p in export_problems)
        if not exported or lossy or any(p.severity == "error" for p in export_problems):
            run.failed += 1
            if lossy:
                continue
        for plover_record in exported:
            run.emit(plover_record)


def _to_parquet(run: _Run, results: Iterator[RecordResult], directory: str) -> None:
    from ..interop.parquet import TableWriter

    with TableWriter(directory) as writer:
        for checked in results:
            run.read += 1
            for problem in checked.problems:
                run.report(checked.location, problem)
            if not checked.ok:
                run.failed += 1  # reported as `validate` reports it, and left out of the tables
                continue
            writer.write(checked.value)
            run.written += 1


def _from_parquet(run: _Run, directories: list[str]) -> None:
    from ..datamodel.converter import unstructure
    from ..interop.parquet import read_articles

    for directory in directories:
        for article in read_articles(directory):
            run.read += 1
            run.emit(unstructure(article))


def _usage(args: argparse.Namespace) -> str | None:
    """What is wrong with the combination of flags, if anything."""
    if (args.source_format is None) == (args.target_format is None):
        return "give exactly one of --from or --to"
    if (args.target_format == "parquet") != (args.out is not None):
        return "--out DIR goes with --to parquet, and --to parquet needs it"
    if args.source_format == "parquet" and not args.files:
        return "--from parquet needs the tables' directory"
    if getattr(args, "engine", "local") == "dask" and args.target_format != "parquet":
        return "--engine dask converts to parquet only (the other conversions run here)"
    return None


def run(args: argparse.Namespace, out: IO[bytes] | None = None, err: IO[str] | None = None) -> int:
    """Run `newsevents convert` with parsed arguments; returns the exit code."""
    err = err if err is not None else sys.stderr
    usage = _usage(args)
    if usage is not None:
        print(f"newsevents convert: error: {usage}", file=err)
        return 2
    limits = input_limits(args)
    run = _Run(out if out is not None else sys.stdout.buffer, err, strict=args.strict)
    if args.source_format == "parquet":
        try:
            _from_parquet(run, args.files)
        except (OSError, ValueError, ImportError) as exc:
            print(f"newsevents convert: error: {exc}", file=err)
            return 2
        finally:
            run.out.flush()
        print(f"{run.read} article(s) read, {run.written} written", file=err)
        return 0
    io_errors: list[str] = []

    def on_error(source: Source, exc: OSError) -> None:
        io_errors.append(source.name)
        print(f"newsevents convert: error: cannot read {source.name}: {exc.strerror or exc}", file=err)

    sources, errors = scan_paths(args.files or ["-"], err, "newsevents convert")
    io_errors.extend(errors)
    records = records_of(sources, args.format, limits, on_error=on_error)
    if args.source_format == "plover":
        _from_plover(run, records, limits)
    elif args.target_format == "parquet":
        if args.engine == "dask":
            from .engines import checked_on_dask

            results = checked_on_dask(sources, args.format, scheduler=args.scheduler,
                                      workers=os.cpu_count() or 1, on_error=on_error, limits=limits)
        else:
            checker = Checker("article", limits=limits)
            results = (checker.check(source, record) for source, record in records)
        try:
            _to_parquet(run, results, args.out)
        except ImportError as exc:
            print(f"newsevents convert: error: --to parquet needs pyarrow (pip install 'newsevents[parquet]'): "
                  f"{exc}", file=err)
            return 2
    else:
        _to_plover(run, records, limits, args.codebook)
    run.out.flush()
    print(f"{run.read} record(s) read, {run.written} written, {run.skipped} skipped (nothing to convert), "
          f"{run.failed} not converted", file=err)
    if io_errors:
        return 2
    return 1 if run.failed else 0
