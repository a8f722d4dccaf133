"""Reporters: what `newsevents validate` writes, as text, one JSON document, or JSON Lines.

Each reporter writes as results arrive (nothing accumulates, however long the feed) and ends with the summary.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import IO, Any

import attrs

from ..datamodel.problems import Problem
from ..datamodel.references import ENTRY_COLLECTIONS
from ..feed.records import INVALID, UNREADABLE, VALID, RecordResult
from .common import terminal_safe

__all__ = ["REPORTERS", "Reporter", "Summary"]


@attrs.define
class Summary:
    """Counts for a run."""

    files: int = 0
    records: int = 0
    valid: int = 0
    invalid: int = 0
    unreadable: int = 0
    problems: int = 0
    #: Why the run stopped before the end of the input ("--fail-fast", "--max-errors N"), if it did.
    stopped: str | None = None
    #: Files that could not be opened or read (each also reported on stderr).
    errors: list[str] = attrs.Factory(list)

    def add(self, result: RecordResult) -> None:
        """Count one result."""
        self.records += 1
        if result.status == VALID:
            self.valid += 1
        elif result.status == INVALID:
            self.invalid += 1
        else:
            self.unreadable += 1

    def to_dict(self) -> dict[str, Any]:
        """The counts as JSON-ready data."""
        return attrs.asdict(self)

    def __str__(self) -> str:
        files = f"{self.files} file{'s' if self.files != 1 else ''}"
        text = (f"{files}, {self.records} record{'s' if self.records != 1 else ''}: {self.valid} valid, "
                f"{self.invalid} invalid, {self.unreadable} unreadable")
        if self.errors:
            text += f"; {len(self.errors)} path{'s' if len(self.errors) != 1 else ''} could not be read"
        if self.stopped:
            text += f" (stopped early: {self.stopped})"
        return text


def describe(result: RecordResult) -> str:
    """A one-line summary of a valid record: its kind, id and (when loaded) how much it holds."""
    value = result.value
    if attrs.has(type(value)):
        data: Mapping[str, Any] = {f.name: getattr(value, f.name) for f in attrs.fields(type(value))}
        kind = type(value).__name__.lower()
    else:
        return f"valid {result.record_id!r}" if result.record_id is not None else "valid"
    parts = []
    for member in (*(member for member, _ in ENTRY_COLLECTIONS), "relations"):
        count = len(data.get(member) or ())
        if count:
            parts.append(f"{count} {member if count != 1 else member[:-1]}")
    ident = data.get("id")
    label = f"{kind} {ident!r}" if isinstance(ident, str) else kind
    return f"valid {label}" + (f": {', '.join(parts)}" if parts else "")


class Reporter:
    """Writes results to a stream; ``verbose`` also reports valid records."""

    def __init__(self, stream: IO[str], *, verbose: bool = False) -> None:
        self.stream = stream
        self.verbose = verbose

    def start(self) -> None:
        """Write whatever comes before the first result."""

    def record(self, result: RecordResult, problems: tuple[Problem, ...]) -> None:
        """Report one result (``problems`` may be fewer than ``result.problems`` when --max-errors cuts in)."""
        raise NotImplementedError

    def finish(self, summary: Summary) -> None:
        """Write the summary."""
        raise NotImplementedError


class TextReporter(Reporter):
    """``FILE:LINE: $.path: message [layer:check]`` per problem, then a summary line."""

    def record(self, result: RecordResult, problems: tuple[Problem, ...]) -> None:
        where = result.location
        if result.status == VALID:
            if self.verbose:
                self.stream.write(terminal_safe(f"{where}: {describe(result)}") + "\n")
            if not problems:
                return
        label = "unreadable: " if result.status == UNREADABLE else ""
        for problem in problems:
            # file:line:column, as compilers write it, where the reader knows the problem's place in the text.
            at = where if problem.line is None else f"{result.source}:{problem.line}:{problem.column}"
            self.stream.write(terminal_safe(f"{at}: {label}{problem}") + "\n")

    def finish(self, summary: Summary) -> None:
        self.stream.write(terminal_safe(str(summary)) + "\n")


def _dumps(entry: dict[str, Any]) -> str:
    """One JSON text, always valid UTF-8: a string holding a lone surrogate (which UTF-8 cannot encode) makes the
    whole entry ASCII with escapes."""
    text = json.dumps(entry, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(entry)
    return text


def _location(result: RecordResult) -> dict[str, Any]:
    return {"file": result.source, "line": result.line, "index": result.index, "id": result.record_id}


class JsonReporter(Reporter):
    """One JSON document: ``{"records": [...], "summary": {...}}``, written incrementally."""

    def __init__(self, stream: IO[str], *, verbose: bool = False) -> None:
        super().__init__(stream, verbose=verbose)
        self.first = True

    def start(self) -> None:
        self.stream.write('{"records": [')

    def record(self, result: RecordResult, problems: tuple[Problem, ...]) -> None:
        if result.status == VALID and not self.verbose and not problems:
            return
        entry = {**_location(result), "status": result.status, "problems": [p.to_dict() for p in problems]}
        self.stream.write(("\n  " if self.first else ",\n  ") + _dumps(entry))
        self.first = False

    def finish(self, summary: Summary) -> None:
        self.stream.write(("" if self.first else "\n") + '],\n"summary": ' + json.dumps(summary.to_dict()) + "}\n")


class JsonLinesReporter(Reporter):
    """One JSON object per line: ``{"kind": "problem", ...}`` per problem (``"valid"`` per valid record when
    verbose), and a final ``{"kind": "summary", ...}``."""

    def record(self, result: RecordResult, problems: tuple[Problem, ...]) -> None:
        if result.status == VALID:
            if self.verbose:
                self.stream.write(_dumps({"kind": "valid", **_location(result)}) + "\n")
            if not problems:
                return
        for problem in problems:
            entry = {"kind": "problem", **_location(result), "status": result.status, **problem.to_dict()}
            self.stream.write(_dumps(entry) + "\n")

    def finish(self, summary: Summary) -> None:
        self.stream.write(json.dumps({"kind": "summary", **summary.to_dict()}) + "\n")


REPORTERS: dict[str, type[Reporter]] = {"text": TextReporter, "json": JsonReporter, "jsonl": JsonLinesReporter}
