"""What a PLOVER record is: its members in order, the codebooks whose spellings it may use, and the canonical
spelling two records are compared in.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, Final, Literal

from ...datamodel.taxonomy import event_class_for_plover, plover_mode_for
from ...datamodel.unions import tag_of
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
    """The codebook whose category spelling, or spelling of a mode that names a type (COERCE/arrest rather than
    0.5b1's detain), the record uses (0.5b1 when both spell it alike)."""
    category = record.get("event")
    if not isinstance(category, str):
        return "0.5b1"
    if category.upper() in ("REQUEST", "ACCUSE"):
        return "0.8"
    mode = record.get("mode")
    try:
        event_type = tag_of(event_class_for_plover(category, mode if isinstance(mode, str) else None))
    except KeyError:
        return "0.5b1"
    spelled = mode.strip().lower() if isinstance(mode, str) else None
    later = plover_mode_for(event_type, codebook="0.8")
    return "0.8" if later is not None and spelled == later != plover_mode_for(event_type, codebook="0.5b1") else "0.5b1"


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
