"""Command-line paths → sources: files as given, directories searched for feed files, nothing left out unsaid.

A directory scan follows symbolic links (each real directory once, so a link back up the tree is reported, not
followed forever) and reports every entry it could not read: an unreadable directory, a broken or looping link.
Names that are not taken as feeds are counted and named, so a feed under an unexpected name is not missed
without a word.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import attrs

from .formats import is_feed_name

#: The display name of standard input.
STDIN = "<stdin>"

__all__ = ["STDIN", "ScanReport", "Source", "display_name", "expand_paths"]


def display_name(text: str) -> str:
    """A file name fit to print in any locale: bytes that are not UTF-8 (kept by the OS as lone surrogates)
    shown as ``\\xNN``, so writing a report never fails on them."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return text


@attrs.frozen
class Source:
    """Something to read: a path, standard input (``-``), or an open binary stream, with its display name."""

    name: str
    path: Path | None = None
    stream: IO[bytes] | None = attrs.field(default=None, eq=False)

    @classmethod
    def of(cls, source: str | os.PathLike[str] | IO[bytes]) -> Source:
        """A source for a path (``-`` is standard input; None as stream when stdin is closed) or a binary
        stream."""
        if isinstance(source, str | os.PathLike):
            text = os.fspath(source)
            if text == "-":
                return cls(STDIN, None, sys.stdin.buffer if sys.stdin is not None else None)
            return cls(display_name(text), Path(text))
        return cls(display_name(str(getattr(source, "name", "<stream>"))), None, source)


@attrs.define
class ScanReport:
    """What a directory scan left out: entries it could not read (errors), and names it did not take as feeds."""

    #: (path, why) for each entry that could not be read: the run must not pass as if it had been.
    errors: list[tuple[str, str]] = attrs.Factory(list)
    #: Files (and other entries) whose names are not feed names, by directory.
    ignored: dict[str, list[str]] = attrs.Factory(dict)


def expand_paths(paths: list[str], report: ScanReport | None = None) -> Iterator[Source]:
    """Sources for command-line paths: files as given, directories searched (sorted, case-blind suffixes) for
    feed files.

    A path that does not exist is passed through; opening it raises the `OSError` the caller reports. An entry
    of a directory that cannot be read goes to ``report`` or, without one, raises `OSError`.
    """
    for text in paths:
        path = Path(text)
        if text != "-" and path.is_dir():
            def error(where: str, why: str) -> None:
                if report is None:
                    raise OSError(errno.EIO, f"{display_name(where)}: {why}")
                report.errors.append((display_name(where), why))

            def ignore(directory: str, name: str) -> None:
                if report is not None:
                    report.ignored.setdefault(display_name(directory), []).append(display_name(name))

            for file in _scan(path, set(), error, ignore):
                yield Source(display_name(str(file)), file)
        else:
            yield Source.of(text)


def _scan(directory: Path, seen: set[tuple[int, int]], error: Callable[[str, str], None],
          ignore: Callable[[str, str], None]) -> Iterator[Path]:
    try:
        info = os.stat(directory)
        if (info.st_dev, info.st_ino) in seen:
            error(str(directory), "already searched: a symbolic link loop, or a second link to this directory")
            return
        seen.add((info.st_dev, info.st_ino))
        with os.scandir(directory) as entries:
            names = sorted(entry.name for entry in entries)
    except OSError as exc:
        error(str(directory), f"cannot read this directory: {exc.strerror or exc}")
        return
    for name in names:
        path = directory / name
        try:
            info = os.stat(path)
        except OSError as exc:
            why = ("a symbolic link loop" if exc.errno == errno.ELOOP
                   else "a broken symbolic link" if os.path.islink(path) else f"cannot read: {exc.strerror}")
            error(str(path), why)
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _scan(path, seen, error, ignore)
        elif stat.S_ISREG(info.st_mode) and is_feed_name(name):
            yield path
        else:
            ignore(str(directory), name)
