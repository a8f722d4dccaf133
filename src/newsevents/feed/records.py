"""What reading a feed produces: one result per record, and the limits the reader keeps."""

from __future__ import annotations

from typing import Any, Literal, Protocol

import attrs

from ..datamodel.problems import Problem
from .strictjson import MAX_DEPTH

__all__ = ["INVALID", "MAX_LINE_BYTES", "MAX_PROBLEMS", "UNREADABLE", "VALID", "Limits", "ProgressListener",
           "RecordResult", "Status"]

Status = Literal["valid", "invalid", "unreadable"]
#: Every layer passed: JSON reading, the schema, and (unless schema-only) the typed loader and semantic checks.
VALID: Status = "valid"
#: The record is JSON, but something is wrong with it: each problem has a path into the record.
INVALID: Status = "invalid"
#: No JSON value could be read: bad bytes, bad syntax, an empty line, a line over the limit, too deep.
UNREADABLE: Status = "unreadable"

#: Default limit on one JSON Lines line, and on a whole JSON (not Lines) document: 64 MiB.
MAX_LINE_BYTES = 64 * 1024 * 1024
#: Default limit on the problems reported for one record.
MAX_PROBLEMS = 100


@attrs.frozen(kw_only=True)
class Limits:
    """The reader's limits. A record beyond one is reported (and skipped), never held or parsed whole."""

    #: Longest JSON Lines line, and largest JSON document, in bytes. A longer line is skipped by reading it in
    #: chunks, so memory stays near this limit whatever the input.
    max_line_bytes: int = attrs.field(default=MAX_LINE_BYTES, validator=attrs.validators.gt(0))
    #: Deepest nesting of arrays and objects (the top level counts as 1). Shallower than Python's recursion
    #: limit, so no layer can hit a RecursionError.
    max_depth: int = attrs.field(default=MAX_DEPTH, validator=[attrs.validators.gt(0), attrs.validators.le(250)])
    #: Most problems reported for one record; past it the work stops and a last problem says more were left
    #: out, so a record with a million faults costs no more than one with a hundred.
    max_problems: int = attrs.field(default=MAX_PROBLEMS, validator=attrs.validators.gt(0))


@attrs.frozen(kw_only=True)
class RecordResult:
    """The outcome for one record of a feed.

    A record is a JSON Lines line, an element of a top-level JSON array, or a whole JSON document; a problem
    with a file as a whole (empty, not UTF-8, a corrupt gzip stream) is reported as one unreadable record.
    """

    #: The file name as given (``<stdin>`` for standard input, ``<stream>`` for an unnamed stream).
    source: str
    #: 1-based line number for JSON Lines records, and where known for a syntax error; otherwise None.
    line: int | None = None
    #: Position in a top-level JSON array; None for JSON Lines and single documents.
    index: int | None = None
    status: Status
    problems: tuple[Problem, ...] = ()
    #: The record's ``id`` member, when it has a string one (handy in reports).
    record_id: str | None = None
    #: The typed object, when the record is valid and was loaded (not in schema-only mode); else None.
    value: Any = attrs.field(default=None, eq=False, repr=False)

    @property
    def ok(self) -> bool:
        """Whether the record is valid."""
        return self.status == VALID

    @property
    def location(self) -> str:
        """``file:line``, ``file[index]`` or ``file``: where the record is, for messages."""
        if self.line is not None:
            return f"{self.source}:{self.line}"
        if self.index is not None:
            return f"{self.source}[{self.index}]"
        return self.source

    def to_dict(self) -> dict[str, Any]:
        """The result as JSON-ready data (without the typed object)."""
        return {"file": self.source, "line": self.line, "index": self.index, "id": self.record_id,
                "status": self.status, "problems": [p.to_dict() for p in self.problems]}


class ProgressListener(Protocol):
    """Told how reading goes, for a progress display (the command line's, or any caller's own)."""

    def file(self, name: str, total: int | None) -> None:
        """A new file begins (``total`` is its size in bytes, when known)."""

    def bytes_read(self, count: int) -> None:
        """``count`` bytes of the current file have been read so far."""
