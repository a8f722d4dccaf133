"""Keeping what a source format says and the typed model cannot, so that conversions round-trip.

An importer builds an article from a source record, exports the article back, and hands both to :func:`keep`:
every member the export would not give back as written becomes a :class:`~newsevents.SourceValue` for
``Provenance.source_values``. An exporter, after writing a record from an article, calls :func:`restore` to put
those members back where the article still exports exactly what they replaced; where the article has been edited
since, the article's own value stays and the member is reported. Nothing here knows a particular format;
``newsevents.interop.plover`` is one user.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Final

import attrs

from ..datamodel.article import SourceValue
from ..datamodel.problems import PathPart, json_pointer, json_pointer_parts

__all__ = ["MISSING", "Kept", "Refused", "Superseded", "differences", "keep", "lookup", "restore"]

class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


#: What :func:`lookup` returns where a document has no member.
MISSING: Final[Any] = _Missing()


def _json_text(value: Any, *, canonical: bool = False) -> str:
    """JSON text of a value; ``canonical`` sorts keys and drops spaces, for comparing two values."""
    if canonical:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, sort_keys=True, separators=(",", ":"))
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def lookup(document: Any, path: Sequence[PathPart]) -> Any:
    """The value at a path (object keys or list positions, given as str or int), or :data:`MISSING`."""
    node = document
    for part in path:
        if isinstance(node, Mapping) and str(part) in node:
            node = node[str(part)]
        elif isinstance(node, list) and str(part).isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return MISSING
    return node


def differences(before: Any, after: Any, path: tuple[PathPart, ...] = ()) -> Iterator[tuple[PathPart, ...]]:
    """The innermost paths where two JSON values differ: objects member by member, lists of one length item by item.

    A member present on one side only differs at its own path; lists of different lengths differ as a whole.
    """
    if before == after and type(before) is type(after):
        return
    if isinstance(before, Mapping) and isinstance(after, Mapping):
        for key in [*before, *(k for k in after if k not in before)]:
            yield from differences(before.get(key, MISSING), after.get(key, MISSING), (*path, key))
    elif isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        for position, (one, other) in enumerate(zip(before, after, strict=True)):
            yield from differences(one, other, (*path, position))
    else:
        yield path


@attrs.frozen
class Kept:
    """A member kept verbatim: where it is, what the source had and what the export wrote (either may be MISSING)."""

    path: tuple[PathPart, ...]
    before: Any
    after: Any
    value: SourceValue


@attrs.frozen
class Refused:
    """A differing member that cannot be kept (JSON cannot write it, or it is longer than a kept value may be)."""

    path: tuple[PathPart, ...]
    before: Any
    after: Any
    reason: str


def keep(source: Mapping[str, Any], exported: Mapping[str, Any], *,
         normalise: Callable[[Mapping[str, Any]], Any] = dict) -> tuple[list[Kept], list[Refused]]:
    """The members of ``source`` that ``exported`` does not give back as written.

    ``normalise`` puts both records in one spelling before they are compared (what the format leaves free, such
    as whitespace, is then not kept); the kept value is the source's own, unnormalised member.
    """
    kept: list[Kept] = []
    refused: list[Refused] = []
    for path in differences(normalise(source), normalise(exported)):
        before, after = lookup(source, path), lookup(exported, path)
        try:
            value = SourceValue(pointer=json_pointer(path),
                                value=None if before is MISSING else _json_text(before),
                                replaced=None if after is MISSING else _json_text(after, canonical=True))
        except ValueError as exc:  # NaN from a lenient reader, a pointer or text beyond the model's limits
            refused.append(Refused(path, before, after, str(exc)))
            continue
        kept.append(Kept(path, before, after, value))
    return kept, refused


@attrs.frozen
class Superseded:
    """A kept member not written back: its position in the kept tuple, its pointer and what stands there now."""

    index: int
    pointer: str
    current: Any
    reason: str


def restore(record: dict[str, Any], kept: Sequence[SourceValue]) -> list[Superseded]:
    """Put each kept member back into ``record`` (in place) where it still holds what the member replaced.

    Returns the members left out: where the record now holds something else (the article was edited since the
    import, or exported with other options), or where the member's place no longer exists.
    """
    left_out: list[Superseded] = []
    for number, item in enumerate(kept):
        parts = json_pointer_parts(item.pointer)
        current = lookup(record, parts)
        now = None if current is MISSING else _json_text(current, canonical=True)
        if now != item.replaced:
            left_out.append(Superseded(number, item.pointer, current, "edited"))
            continue
        parent = lookup(record, parts[:-1])
        key = parts[-1] if parts else ""
        if isinstance(parent, list) and key.isdigit() and int(key) < len(parent) and item.value is not None:
            parent[int(key)] = json.loads(item.value)
        elif isinstance(parent, dict) and item.value is not None:
            parent[key] = json.loads(item.value)
        elif isinstance(parent, dict) and key in parent:
            del parent[key]
        else:
            left_out.append(Superseded(number, item.pointer, current, "no-place"))
    return left_out
