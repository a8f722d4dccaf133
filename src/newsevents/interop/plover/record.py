"""What a PLOVER record is: its members in order, the codebooks whose spellings it may use, and the canonical
spelling two records are compared in.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, Final, Literal

from .markup import normalise_markup

__all__ = ["CODEBOOKS", "MEMBERS", "QUANTITY_MEMBERS", "Codebook", "codebook_of", "normalise_record"]

#: The codebook spellings :func:`to_plover` can write: 0.8 (REQUEST, ACCUSE) and 0.5b1 (DEMAND, DISAPPROVE).
CODEBOOKS: Final = ("0.8", "0.5b1")
Codebook = Literal["0.8", "0.5b1"]
#: The members of a record the model has a place for, in the order an export writes them.
MEMBERS: Final = ("id", "date", "source", "target", "event", "eventText", "context", "mode", "eventLoc", "size",
                  "dead", "injured", "text", "textInfo", "language", "publication", "coder", "version",
                  "dateCoded", "comment")
#: PLOVER's amount members with the event fields that hold them.
QUANTITY_MEMBERS: Final = (("size", "size"), ("dead", "killed"), ("injured", "injured"))


def codebook_of(record: Mapping[str, Any]) -> Codebook:
    """The codebook whose category spelling the record uses (0.5b1 when both spell it alike)."""
    category = record.get("event")
    return "0.8" if isinstance(category, str) and category.upper() in ("REQUEST", "ACCUSE") else "0.5b1"


def normalise_record(record: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a record with what PLOVER leaves free written one way, for comparing records.

    The markup is put in :func:`normalise_markup`'s canonical spelling and the items of ``context`` are
    separated by ``", "``; nothing else changes.
    """
    result: dict[str, Any] = copy.deepcopy(dict(record))
    context = result.get("context")
    if isinstance(context, str) and context:
        result["context"] = ", ".join(item.strip() for item in context.split(","))
    info = result.get("textInfo")
    if isinstance(info, dict) and isinstance(info.get("markup"), str):
        info["markup"] = normalise_markup(info["markup"])
    return result
