"""What every command shares: exit codes, the usage error, and the reading options of `validate` and `convert`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..feed.records import Limits

__all__ = ["EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "UsageError", "add_input_options", "input_limits"]

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Bad flags, missing files: exit code 2."""


def add_input_options(command: argparse.ArgumentParser) -> None:
    """The reading options `validate` and `convert` share: what to read, its format and the reader's limits."""
    command.add_argument("files", nargs="*", metavar="FILE",
                         help="files or directories to read (gzip is detected); '-' or none for stdin")
    command.add_argument("--format", choices=("auto", "json", "jsonl"), default="auto",
                         help="input format: a JSON document or array of them, or JSON Lines (default: by "
                         "extension, .jsonl/.ndjson are JSON Lines; otherwise guessed from the first bytes)")
    command.add_argument("--max-line-bytes", type=int, default=None, metavar="BYTES",
                         help="longest JSON Lines line, and largest JSON document, read; a longer one is "
                         "reported and skipped (default: 67108864, 64 MiB)")
    command.add_argument("--max-depth", type=int, default=64, metavar="N",
                         help="deepest nesting of arrays and objects accepted (default: 64)")


def input_limits(args: argparse.Namespace) -> Limits:
    """The reader's limits from the shared input flags; `UsageError` for values out of range."""
    # Imported here: the feed package loads the compiled validator, which `newsevents --help` does without.
    from ..feed.records import Limits

    max_line_bytes = args.max_line_bytes if args.max_line_bytes is not None else Limits().max_line_bytes
    if max_line_bytes < 1:
        raise UsageError("--max-line-bytes must be at least 1")
    if not 1 <= args.max_depth <= 512:
        raise UsageError("--max-depth must be between 1 and 512")
    return Limits(max_line_bytes=max_line_bytes, max_depth=args.max_depth)
