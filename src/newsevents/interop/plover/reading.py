"""Reading the records out of a PLOVER file's text: a JSON array of records, one record, or JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

__all__ = ["read_records"]


def read_records(stream: TextIO) -> Iterator[object]:
    """The records of a PLOVER file: a JSON array of records, one record, or JSON Lines (one per line).

    Raises ``json.JSONDecodeError`` for text that is none of these.
    """
    text = stream.read()
    stripped = text.lstrip()
    if not stripped:
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        for line in text.splitlines():
            if line.strip():
                yield json.loads(line)
        return
    if isinstance(data, list):
        yield from data
    else:
        yield data
