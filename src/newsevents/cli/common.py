"""What every command shares: exit codes, the usage error, and the reading options of `validate` and `convert`."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from ..datamodel.problems import Problem
    from ..feed.paths import Source
    from ..feed.records import Limits
    from ..feed.sources import RawRecord

__all__ = ["EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "MAX_DEPTH_LIMIT", "MAX_LINE_LIMIT", "UsageError",
           "add_input_options", "input_limits", "parsed_value", "record_location", "scan_paths", "silence",
           "terminal_safe"]

#: Largest --max-line-bytes accepted: far beyond any memory, and still an index the reader can pass around.
MAX_LINE_LIMIT = 2**62
_NAMES_SHOWN = 5

#: Deepest --max-depth accepted: every layer (orjson, the compiled validator, jsonschema) reads this deep.
MAX_DEPTH_LIMIT = 250
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
    if not 1 <= max_line_bytes <= MAX_LINE_LIMIT:
        raise UsageError(f"--max-line-bytes must be between 1 and {MAX_LINE_LIMIT}")
    if not 1 <= args.max_depth <= MAX_DEPTH_LIMIT:
        raise UsageError(f"--max-depth must be between 1 and {MAX_DEPTH_LIMIT}")
    return Limits(max_line_bytes=max_line_bytes, max_depth=args.max_depth)


def terminal_safe(text: str) -> str:
    """``text`` with control characters (newlines, terminal escapes) and unpaired surrogates shown as escapes,
    so a member name or a file name in a text report can neither forge report lines nor drive the terminal."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in text)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def scan_paths(files: list[str], stderr: IO[str], prefix: str = "newsevents") -> tuple[list[Source], list[str]]:
    """The sources named by ``files`` (directories searched), and the errors: every entry that could not be
    read is reported on ``stderr``; names a directory holds that are not taken as feeds get a note."""
    from ..feed.paths import ScanReport, display_name, expand_paths

    sources: list[Source] = []
    errors: list[str] = []
    for text in files:
        report = ScanReport()
        found = list(expand_paths([text], report))
        for where, why in report.errors:
            errors.append(f"{where}: {why}")
            print(f"{prefix}: error: cannot read {terminal_safe(where)}: {why}", file=stderr)
        for directory, names in report.ignored.items():
            shown = ", ".join(terminal_safe(name) for name in names[:_NAMES_SHOWN])
            more = f" and {len(names) - _NAMES_SHOWN} more" if len(names) > _NAMES_SHOWN else ""
            print(f"{prefix}: note: {terminal_safe(directory)}: {len(names)} entr{'ies' if len(names) != 1 else 'y'} "
                  f"not taken as feeds (not a file named *.json, *.jsonl or *.ndjson, maybe .gz): {shown}{more}",
                  file=stderr)
        if not found and text != "-" and not report.errors and Path(text).is_dir():
            message = f"{display_name(text)}: no .json, .jsonl or .ndjson files (or .gz of them) in this directory"
            print(f"{prefix}: error: {terminal_safe(message)}", file=stderr)
            errors.append(message)
        sources.extend(found)
    return sources, errors


def silence(stream: IO[str]) -> None:
    """Point ``stream``'s file descriptor at the null device, so what is still buffered (flushed at exit) cannot
    raise again once the reader has gone away or the disk is full."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, stream.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):
        pass  # not a real file (a test's buffer): nothing is flushed at exit


def record_location(source: str, record: RawRecord) -> str:
    """Where a record is, for a message: ``file:line`` in JSON Lines, ``file[index]`` in a JSON array."""
    if record.line is not None:
        return f"{source}:{record.line}"
    if record.index is not None:
        return f"{source}[{record.index}]"
    return source


def parsed_value(record: RawRecord, limits: Limits) -> tuple[object, list[Problem]]:
    """The parsed value of a record read by the feed reader, or the input problems that stop it."""
    from ..feed.strictjson import parse

    if record.problem is not None:
        return None, [record.problem]
    parsed = record.parsed if record.parsed is not None else parse(record.raw or b"", max_depth=limits.max_depth)
    if parsed.problems:
        return None, list(parsed.problems)
    return parsed.value, []
