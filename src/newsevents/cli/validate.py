"""`newsevents validate`: parse options → build loaders → build checker → build reporter → execute.

Exit codes: 0 every record valid (warnings are reported but do not count, unless ``--strict``); 1 some record
invalid or unreadable; 2 a usage error or a file that could not
be opened or read (the other files are still checked and reported).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from typing import IO

import attrs

from ..datamodel.problems import Problem
from ..feed.engine import check_sources, usable_cores
from ..feed.records import INVALID, Limits, RecordResult
from ..feed.sources import Format, Source
from .common import EXIT_INVALID, EXIT_OK, EXIT_USAGE, UsageError, input_limits, scan_paths, silence, terminal_safe
from .progress import Progress
from .reporters import REPORTERS, Reporter, Summary

__all__ = ["Options", "execute", "note_terminal_input", "parse_options", "run"]


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
    #: Whether warnings fail a record as errors do.
    strict: bool = False


def parse_options(args: argparse.Namespace, stderr: IO[str]) -> Options:
    """Check the parsed flags; raise `UsageError` for values argparse cannot reject itself."""
    if args.max_errors is not None and args.max_errors < 1:
        raise UsageError("--max-errors must be at least 1")
    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (one per core) or more")
    cores = usable_cores()
    jobs = args.jobs or cores
    if jobs > cores:
        # More workers than cores only cost memory and start-up: each holds its own compiled validators.
        print(f"newsevents: note: --jobs {args.jobs} is more than the {cores} usable core(s); using {cores}",
              file=stderr)
        jobs = cores
    show = args.progress == "always" or (args.progress == "auto" and stderr.isatty())
    limits = input_limits(args)
    if args.max_errors is not None and args.max_errors < limits.max_problems:
        # No record needs more problems built than the run will report.
        limits = attrs.evolve(limits, max_problems=args.max_errors)
    return Options(files=tuple(args.files) or ("-",), format=args.format, type=args.type, output=args.output,
                   max_errors=args.max_errors, fail_fast=args.fail_fast, jobs=jobs,
                   limits=limits, verbose=args.verbose,
                   progress=show, schema_only=args.schema_only, engine=getattr(args, "engine", "local"),
                   scheduler=getattr(args, "scheduler", None), strict=getattr(args, "strict", False))


def _checked(options: Options, summary: Summary, progress: Progress, stderr: IO[str]) -> Iterator[RecordResult]:
    """Results for every record of every file; with ``--strict``, a valid record with warnings counts as
    invalid."""
    for result in _results(options, summary, progress, stderr):
        if options.strict and result.ok and result.problems:
            result = attrs.evolve(result, status=INVALID)
        yield result


def _results(options: Options, summary: Summary, progress: Progress, stderr: IO[str]) -> Iterator[RecordResult]:
    """Results for every record of every file, reporting files that cannot be read on ``stderr``."""
    sources, errors = scan_paths(list(options.files), stderr)
    summary.errors.extend(errors)
    summary.files = len(sources)

    def on_error(source: Source, exc: OSError) -> None:
        message = f"{source.name}: {exc.strerror or exc}"
        print(f"newsevents: error: cannot read {terminal_safe(message)}", file=stderr)
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
    """Check everything, report as it goes, and return the exit code.

    If the report's reader goes away (``| head``), checking goes on unreported until the verdict is known (the
    first record that is not valid, or the end), so the exit code still tells the truth. Ctrl-C still closes
    the report (a JSON report stays one JSON document).
    """
    summary = Summary()
    progress = Progress(stderr, options.progress)
    out = _Output(reporter)
    interrupted = False
    try:
        for result in _checked(options, summary, progress, stderr):
            out.start()
            progress.record()
            summary.add(result)
            problems = result.problems
            if options.max_errors is not None:
                problems = problems[: max(0, options.max_errors - summary.problems)]
            summary.problems += len(problems)
            if problems or result.ok:
                progress.close()
                out.record(result, problems)
            if out.gone and not result.ok:
                break  # the verdict is known; nobody reads the rest
            if options.max_errors is not None and summary.problems >= options.max_errors:
                summary.stopped = f"--max-errors {options.max_errors}"
                break
            if options.fail_fast and not result.ok:
                summary.stopped = "--fail-fast"
                break
    except KeyboardInterrupt:
        interrupted = True
        summary.stopped = "interrupted"
    finally:
        progress.close()
    out.start()
    out.finish(summary)
    if interrupted:
        print("newsevents: interrupted", file=stderr)
        return 130
    if out.failed is not None:
        print(f"newsevents: error: cannot write the report: {out.failed}", file=stderr)
        return EXIT_USAGE
    if summary.errors:
        return EXIT_USAGE
    return EXIT_INVALID if summary.invalid or summary.unreadable else EXIT_OK


class _Output:
    """The reporter, kept from raising: a reader gone away (broken pipe) or a failing output (a full disk) is
    noted, and nothing more is written."""

    def __init__(self, reporter: Reporter) -> None:
        self.reporter = reporter
        self.started = False
        self.gone = False
        self.failed: str | None = None

    def start(self) -> None:
        if not self.started:
            self.started = True
            self._guard(self.reporter.start)

    def record(self, result: RecordResult, problems: tuple[Problem, ...]) -> None:
        self._guard(lambda: self.reporter.record(result, problems))

    def finish(self, summary: Summary) -> None:
        def write() -> None:
            self.reporter.finish(summary)
            self.reporter.stream.flush()

        self._guard(write)

    def _guard(self, write: Callable[[], object]) -> None:
        if self.gone:
            return
        try:
            write()
        except BrokenPipeError:
            self.gone = True
        except OSError as exc:
            self.gone = True
            self.failed = exc.strerror or str(exc)
        if self.gone:
            silence(self.reporter.stream)


def run(args: argparse.Namespace) -> int:
    """The `validate` subcommand."""
    if sys.stdout is None:
        raise UsageError("standard output is closed: there is nowhere to write the report")
    options = parse_options(args, sys.stderr)
    note_terminal_input(options.files, sys.stdin, sys.stderr)
    reporter = REPORTERS[options.output](sys.stdout, verbose=options.verbose)
    if threading.current_thread() is not threading.main_thread():
        return execute(options, reporter, sys.stderr)  # only the main thread may handle signals
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        return execute(options, reporter, sys.stderr)
    finally:
        signal.signal(signal.SIGTERM, previous)


def note_terminal_input(files: tuple[str, ...], stdin: IO[str] | None, stderr: IO[str]) -> None:
    """Say on ``stderr`` that standard input is being read when it is a terminal: without a file name the
    command would otherwise seem to hang, waiting for someone to type a document."""
    if "-" not in files or stdin is None:
        return
    try:
        interactive = stdin.isatty()
    except ValueError:  # a closed stream
        return
    if interactive:
        print("newsevents: reading standard input (paste a document, then Ctrl-D; or give file names to validate, "
              "see --help)", file=stderr)


def _terminate(signum: int, frame: object) -> None:
    # SIGTERM stops the run as Ctrl-C does: workers are shut down and the report is closed.
    raise KeyboardInterrupt
