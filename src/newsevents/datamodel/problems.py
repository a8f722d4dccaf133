"""Problems: what is wrong with a document, as data."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

__all__ = ["ERROR", "WARNING", "Layer", "Problem", "Severity", "ValidationFailed", "json_path", "json_pointer",
           "json_pointer_parts"]

#: Which layer found a problem: the JSON Schema, the typed loader, or the semantic checks.
Layer = str
SCHEMA = "schema"
STRUCTURE = "structure"
SEMANTIC = "semantic"

PathPart = str | int

#: How bad a problem is: an ``error`` makes the document invalid; a ``warning`` (most likely a mistake, but
#: sometimes meant) is reported, and fails validation only when asked to (``validate --strict``).
Severity = str
ERROR = "error"
WARNING = "warning"


def json_path(parts: Sequence[PathPart]) -> str:
    """``$.events[0].id`` style path, quoting keys that are not plain identifiers."""
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part.isidentifier():
            out += f".{part}"
        else:
            escaped = part.replace("\\", "\\\\").replace("'", "\\'")
            out += f"['{escaped}']"
    return out


def json_pointer(parts: Sequence[PathPart]) -> str:
    """RFC 6901 pointer (``/events/0/id``)."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def json_pointer_parts(pointer: str) -> list[str]:
    """The reference tokens of an RFC 6901 pointer (``/a~1b/0`` -> ``["a/b", "0"]``), the inverse of json_pointer."""
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer.split("/")[1:]]


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with a document: where, what, and which check says so."""

    path: tuple[PathPart, ...]
    message: str
    check: str
    layer: Layer
    severity: Severity = ERROR
    #: Where in the file the problem is, when the reader knows the text (1-based; the column in characters):
    #: the line and column of the member or item at ``path``, or of the nearest enclosing one the text has.
    line: int | None = None
    column: int | None = None

    @property
    def json_path(self) -> str:
        """The location as a JSON path (``$.events[0].id``)."""
        return json_path(self.path)

    @property
    def pointer(self) -> str:
        """The location as a JSON Pointer (``/events/0/id``)."""
        return json_pointer(self.path)

    @property
    def is_error(self) -> bool:
        """Whether the problem makes the document invalid (a warning does not, unless validation is strict)."""
        return self.severity != WARNING

    def to_dict(self) -> dict[str, str | int]:
        """The problem as a JSON-ready mapping (with ``line`` and ``column`` when they are known)."""
        entry: dict[str, str | int] = {"path": self.json_path, "pointer": self.pointer, "message": self.message,
                                       "check": self.check, "layer": self.layer, "severity": self.severity}
        if self.line is not None and self.column is not None:
            entry["line"], entry["column"] = self.line, self.column
        return entry

    def __str__(self) -> str:
        # Errors read as they always have; a warning says so, so a text report tells the two apart.
        note = "" if self.is_error else " (warning)"
        return f"{self.json_path}: {self.message}{note} [{self.layer}:{self.check}]"


class ValidationFailed(ValueError):
    """Raised by the raising variants of loading and validation; carries every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        lines = [str(p) for p in self.problems[:20]]
        if len(self.problems) > 20:
            lines.append(f"... and {len(self.problems) - 20} more")
        super().__init__(f"{len(self.problems)} problem(s):\n" + "\n".join(lines))
