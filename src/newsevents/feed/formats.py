"""What a file is, from its name and its first bytes: compressed or not, binary, JSON or JSON Lines.

Suffixes are compared without regard to case (``X.JSONL``, ``x.jsonl.GZ``). Without a telling suffix the
format is guessed from up to 1 MiB of text, never from the first line alone, so a bad or very long first record
does not turn a JSON Lines stream into one JSON document.
"""

from __future__ import annotations

from typing import Literal

import orjson

__all__ = ["FEED_SUFFIXES", "GZIP_MAGIC", "SNIFF", "Format", "Guess", "binary_problem", "guess_format",
           "is_feed_name", "strip_gz"]

Format = Literal["auto", "json", "jsonl"]
#: The names a directory is searched for (each also with ``.gz``), in any case.
FEED_SUFFIXES = (".json", ".jsonl", ".ndjson")
_LINES_SUFFIXES = (".jsonl", ".ndjson")
GZIP_MAGIC = b"\x1f\x8b"
SNIFF = 8000  # bytes looked at for a NUL (as git does to tell binary files)
_LINES_LOOKED_AT = 200

#: Compressed or archive formats the reader does not open, by their magic bytes: named, so the message says
#: what the file is instead of "looks like UTF-16".
_OTHER_MAGIC = ((b"BZh", "bzip2"), (b"\xfd7zXZ\x00", "xz"), (b"\x28\xb5\x2f\xfd", "zstd"),
                (b"PK\x03\x04", "zip"), (b"7z\xbc\xaf\x27\x1c", "7z"), (b"\x04\x22\x4d\x18", "lz4"))


def strip_gz(name: str) -> str:
    """``name`` without a ``.gz`` suffix (any case)."""
    return name[:-3] if name.lower().endswith(".gz") else name


def is_feed_name(name: str) -> bool:
    """Whether a directory scan takes ``name`` as a feed file."""
    return strip_gz(name).lower().endswith(FEED_SUFFIXES)


def binary_problem(start: bytes) -> str | None:
    """Why ``start`` (the first bytes, after gzip) cannot be a UTF-8 JSON text, or None if it may be one."""
    for magic, kind in _OTHER_MAGIC:
        if start.startswith(magic) and (kind != "bzip2" or start[3:4].isdigit()):
            return (f"the file is {kind}-compressed data, which the reader does not open (only gzip is read); "
                    "decompress it first")
    if 0 in start[:SNIFF].partition(b"\n")[0]:
        # No JSON text holds a raw NUL byte. A NUL before the first line end (within the first 8000 bytes, where
        # git looks) marks the file as UTF-16/32 or binary: reading it line by line would only give a nonsense
        # problem per line. A NUL further on only spoils its own line.
        return ("the file looks like UTF-16 or UTF-32 (or binary data); JSON exchanged between systems must be "
                "UTF-8 (RFC 8259 §8.1)")
    return None


class Guess:
    """A format, and whether the guess was unsure (the reader then names ``--format`` in its messages)."""

    __slots__ = ("format", "unsure")

    def __init__(self, format: Format, unsure: bool = False) -> None:  # noqa: A002
        self.format: Format = format
        self.unsure = unsure


def guess_format(name: str, start: bytes, at_end: bool) -> Guess:
    """The format by suffix; for other names (and stdin), from ``start`` (the first bytes; ``at_end``: all of
    them). One JSON value, or a text opening with ``[``, is JSON; a text with a second line that starts a JSON
    value at its first column, or whose first line is a whole value with more after it, is JSON Lines."""
    bare = strip_gz(name).lower()
    if bare.endswith(_LINES_SUFFIXES):
        return Guess("jsonl")
    if bare.endswith(".json"):
        return Guess("json")
    text = start.lstrip(b" \t\r\n")
    if text.startswith(b"["):
        return Guess("json")
    first, newline, rest = text.partition(b"\n")
    if not newline or not rest.strip():
        # A single line: one JSON value either way. A first line longer than the window is likelier a JSON
        # Lines record (a pretty-printed document opens with a short line): read line by line, which for a
        # one-line document gives the same verdict.
        return Guess("json" if newline or at_end else "jsonl")
    if at_end and _parses(text):
        return Guess("json")
    if _parses(first):
        return Guess("jsonl")
    # A pretty-printed document indents what is inside its top-level value; a second line opening an object at
    # the first column is a second record.
    lines = rest.split(b"\n")
    if not at_end:
        lines.pop()  # maybe cut short by the window
    if any(line[:1] == b"{" for line in lines[:_LINES_LOOKED_AT]):
        return Guess("jsonl")
    return Guess("json", unsure=True)


def _parses(text: bytes) -> bool:
    try:
        orjson.loads(text)
    except orjson.JSONDecodeError:
        return False
    return True
