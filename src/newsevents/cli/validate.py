"""`newsevents validate`: parse options → build loaders → build checker → build reporter → execute.

Exit codes: 0 every record valid; 1 some record invalid or unreadable; 2 a usage error or a file that could not
be opened or read (the other files are still checked and reported).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from typing import IO

import attrs

from ..feed.engine import check_sources
from ..feed.records import Limits, RecordResult
from ..feed.sources import Format, Source, expand_paths
from .common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError, input_limits
from .progress import Progress
from .reporters import REPORTERS, Reporter, Summary

__all__ = ["Options", "execute", "parse_options", "run"]


@attrs.frozen(kw_only=True)
class Options:
    """The validated command-line options."""

    files: tuple[str, ...]
    format: Format
    type: str
    output: str
    max_errors: int | None
    fail_fast: bool
    jobs: int
    limits: Limits
    verbose: bool
    progress: bool
    schema_only: bool
    #: `local` (this process, or `jobs` worker processes) or `dask` (a Dask cluster: `scheduler`, or a local
    #: cluster of `jobs` workers).
    engine: str = "local"
    scheduler: str | None = None


def parse_options(args: argparse.Namespace, stderr: IO[str]) -> Options:
    """Check the parsed flags; raise `UsageError` for values argparse cannot reject itself."""
    if args.max_errors is not None and args.max_errors < 1:
        raise UsageError("--max-errors must be at least 1")
    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (one per core) or more")
    jobs = args.jobs or os.cpu_count() or 1
    show = args.progress == "always" or (args.progress == "auto" and stderr.isatty())
    return Options(files=tuple(args.files) or ("-",), format=args.format, type=args.type, output=args.output,
                   max_errors=args.max_errors, fail_fast=args.fail_fast, jobs=jobs,
                   limits=input_limits(args), verbose=args.verbose,
                   progress=show, schema_only=args.schema_only, engine=getattr(args, "engine", "local"),
                   scheduler=getattr(args, "scheduler", None))


def _checked(options: Options, summary: Summary, progress: Progress, stderr: IO[str]) -> Iterator[RecordResult]:
    """Results for every record of every file, reporting files that cannot be read on ``stderr``."""
    sources: list[Source] = []
    for text in options.files:
        found = list(expand_paths([text]))
        if not found:
            message = f"{text}: no .json, .jsonl or .ndjson files (or .gz of them) in this directory"
            print(f"newsevents: error: {message}", file=stderr)
            summary.errors.append(message)
        sources.extend(found)
    summary.files = len(sources)

    def on_error(source: Source, exc: OSError) -> None:
        message = f"{source.name}: {exc.strerror or exc}"
        print(f"newsevents: error: cannot read {message}", file=stderr)
        summary.errors.append(message)
        summary.files -= 1

    try:
        if options.engine == "dask":
            from .engines import checked_on_dask

            yield from checked_on_dask(sources, options.format, scheduler=options.scheduler, workers=options.jobs,
                                       on_error=on_error, progress=progress, type=options.type,
                                       limits=options.limits, schema_only=options.schema_only,
                                       keep_values=options.verbose)
            return
        yield from check_sources(sources, options.format, type=options.type, limits=options.limits,
                                 schema_only=options.schema_only, keep_values=options.verbose,
                                 jobs=options.jobs, on_error=on_error, progress=progress)
    except ValueError as exc:  # an unknown --type: the checker refuses it before reading anything
        raise UsageError(str(exc)) from None


def execute(options: Options, reporter: Reporter, stderr: IO[str]) -> int:
    """Check everything, report as it goes, and return the exit code."""
    summary = Summary()
    progress = Progress(stderr, options.progress)
    started = False
    try:
        for result in _checked(options, summary, progress, stderr):
            if not started:
                reporter.start()
                started = True
            progress.record()
            summary.add(result)
            problems = result.problems
            if options.max_errors is not None:
                problems = problems[: max(0, options.max_errors - summary.problems)]
            summary.problems += len(problems)
            if problems or result.ok:
                progress.close()
                reporter.record(result, problems)
            if options.max_errors is not None and summary.problems >= options.max_errors:
                summary.stopped = f"--max-errors {options.max_errors}"
                break
            if options.fail_fast and not result.ok:
                summary.stopped = "--fail-fast"
                break
    finally:
        progress.close()
    if not started:
        reporter.start()
    reporter.finish(summary)
    if summary.errors:
        return EXIT_USAGE
    return EXIT_INVALID if summary.invalid or summary.unreadable else EXIT_OK


def run(args: argparse.Namespace) -> int:
    """The `validate` subcommand."""
    options = parse_options(args, sys.stderr)
    reporter = REPORTERS[options.output](sys.stdout, verbose=options.verbose)
    try:
        return execute(options, reporter, sys.stderr)
    except KeyboardInterrupt:
        print("newsevents: interrupted", file=sys.stderr)
        return 130
