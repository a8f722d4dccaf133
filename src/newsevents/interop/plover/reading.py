"""Reading the records out of a PLOVER file's text: a JSON array of records, one record, or JSON Lines.

There is no PLOVER-specific reader: PLOVER files are plain JSON (the gold-standard file is strict RFC 8259
text), so this is the feed reader ``newsevents validate`` and ``newsevents convert`` use
(:func:`newsevents.feed.sources.read_source`, strict JSON by :mod:`newsevents.feed.strictjson`), fed from a text
stream and raising where the feed reader reports. A file thus reads the same here and on the command line; a
lenient ``json.loads`` would let through what strict reading refuses (a repeated key, NaN, an integer beyond
2^53) and leave the importer to guess about it.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import TextIO

from ...datamodel.problems import Problem

__all__ = ["read_records"]

#: The feed reader's problem for an empty file or a blank line, which here simply hold no record.
_EMPTY = "empty"


def read_records(stream: TextIO) -> Iterator[object]:
    """The records of a PLOVER file: a JSON array of records, one record, or JSON Lines (one per line).

    Blank lines and an empty text give no record. Raises ``json.JSONDecodeError`` (a ``ValueError``) at the first
    text that is none of these or breaks strict JSON (a repeated key, NaN, a number a double cannot hold), after
    yielding the records before it.
    """
    # Imported here: the feed package loads the validator, which importing the PLOVER package need not.
    from ...feed.records import MAX_LINE_BYTES, Limits
    from ...feed.sources import Source, read_source
    from ...feed.strictjson import parse

    text = stream.read()
    raw = text.encode("utf-8", "surrogatepass")  # a lone surrogate becomes bytes the reader refuses, not a crash
    # The whole text is in memory already, so the feed reader's size limit would only refuse, never protect.
    limits = Limits(max_line_bytes=max(len(raw), MAX_LINE_BYTES))
    problems: tuple[Problem, ...]
    for record in read_source(Source("<stream>", stream=io.BytesIO(raw)), "auto", limits):
        if record.problem is not None:
            value, problems = None, (record.problem,)
        else:
            parsed = record.parsed if record.parsed is not None else parse(record.raw or b"",
                                                                           max_depth=limits.max_depth)
            value, problems = parsed.value, parsed.problems
        refused = [p for p in problems if p.check != _EMPTY]
        if refused:
            raise _decode_error(text, record.line, record.index, refused[0])
        if not problems:
            yield value


def _decode_error(text: str, line: int | None, index: int | None, problem: Problem) -> json.JSONDecodeError:
    """The ``json.JSONDecodeError`` for a record the feed reader refused, placed at the start of its line."""
    pos = 0
    for _ in range((line or 1) - 1):
        found = text.find("\n", pos)
        if found < 0:
            break
        pos = found + 1
    where = f"record [{index}]: " if index is not None else ""
    return json.JSONDecodeError(f"{where}{problem}", text, pos)
