"""Reporting for PLOVER conversions: the problem type, the error, and how values are shown in messages.

Every module of the package reports through :class:`RecordProblems` (one record's problems, as it is imported)
or builds :class:`PloverProblem` directly (export); :func:`attempt` turns a model constraint violation into the
reason a problem gives instead of an exception.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final, Literal, TypeVar

import attrs

from ...datamodel.problems import PathPart, Problem
from ..verbatim import MISSING

__all__ = ["LAYER", "PloverError", "PloverProblem", "RecordProblems", "Severity", "attempt", "describe", "shorten"]

#: The ``layer`` of every :class:`PloverProblem`.
LAYER: Final = "plover"

Severity = Literal["error", "warning", "info"]
_T = TypeVar("_T")


@attrs.frozen(kw_only=True)
class PloverProblem(Problem):
    """Something in a PLOVER record (or in an article being exported) that does not convert as it stands.

    ``path`` is the member of the record (``$.textInfo.markup``) or of the article; ``check`` names the rule
    in a stable, machine-readable way; ``severity`` says what became of it: ``error`` (nothing converted),
    ``warning`` (converted, but the article's typed data lacks something of the record or holds a guess; the
    record's own value is kept verbatim where it can be) or ``info`` (nothing lost).
    """

    record_id: str | None = None
    record_index: int | None = None
    severity: Severity = "warning"

    @property
    def record(self) -> str:
        """The record's id, or its position (``#3``) when it has none."""
        if self.record_id is not None:
            return self.record_id
        return f"#{self.record_index}" if self.record_index is not None else "record"

    def to_dict(self) -> dict[str, str | int]:
        """The problem as a JSON-ready mapping."""
        return {**super().to_dict(), "record": self.record, "severity": self.severity}

    def __str__(self) -> str:
        return f"{self.record}: {self.json_path}: {self.message} [{self.severity}:{self.check}]"


class PloverError(ValueError):
    """Raised by :func:`from_plover` and :func:`to_plover` when a record or article cannot be converted."""

    def __init__(self, problems: Sequence[PloverProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems[:10]) or "conversion failed")


class RecordProblems:
    """Collects the problems of one record as it is imported, each stamped with the record's id and position."""

    def __init__(self, record_id: str | None, index: int | None) -> None:
        self.record_id = record_id
        self.index = index
        self.items: list[PloverProblem] = []

    def add(self, path: Sequence[PathPart], check: str, message: str, severity: Severity = "warning") -> None:
        """Report a problem at ``path`` of the record."""
        self.items.append(PloverProblem(path=tuple(path), message=message, check=check, layer=LAYER,
                                        record_id=self.record_id, record_index=self.index, severity=severity))

    @property
    def failed(self) -> bool:
        """Whether any problem so far is an error (the record gives no article)."""
        return any(p.severity == "error" for p in self.items)


def shorten(value: object, limit: int = 60) -> str:
    """``repr(value)``, cut to ``limit`` characters, for quoting a value in a message."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def describe(value: object) -> str:
    """A member's value for a message, ``missing`` where the document has none."""
    return "missing" if value is MISSING else shorten(value, 80)


def attempt(build: Callable[[], _T]) -> tuple[_T | None, str | None]:
    """Build a model object; on a constraint violation return the reason instead of raising."""
    try:
        return build(), None
    except (TypeError, ValueError) as exc:
        return None, str(exc)
