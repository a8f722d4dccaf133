"""The `newsevents` command: validate feeds, convert, anchor draft spans, write and check schemas and docs, show
fixtures.

Exit codes: 0 all valid, 1 some data invalid or unreadable, 2 usage or I/O error. Each command is a module of
this package (`validate`, `convert`, `anchor`, `schema`, `docs`, `fixtures`) with a `run(args)` function,
imported only when it runs; `common` holds what they share.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from .common import EXIT_OK, EXIT_USAGE, UsageError, silence
from .parser import build_parser

__all__ = ["main"]


def _run(args: argparse.Namespace) -> int:
    command = importlib.import_module(f"{__name__}.{args.command}")
    return int(command.run(args))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    try:
        code = _run(args)
    except UsageError as exc:
        print(f"newsevents: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (`| head`) during a command that does not keep its own verdict.
        if sys.stdout is not None:
            silence(sys.stdout)
        return EXIT_OK
    except OSError as exc:  # writing the output failed (a full disk): say so, no traceback
        if sys.stdout is not None:
            silence(sys.stdout)
        print(f"newsevents: error: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    return code
