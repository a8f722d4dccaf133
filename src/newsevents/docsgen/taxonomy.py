"""The event taxonomy as the reference shows it: each member of the ``event`` union with its PLOVER and CAMEO places.

The mapping comes from :data:`newsevents.datamodel.taxonomy.TAXONOMY`; an event type it does not know (a
downstream project's) is listed as unmapped rather than left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..datamodel.taxonomy import TAXONOMY
from .model import Page
from .schemaset import SUFFIX

__all__ = ["CAMEO_ROOTS", "TaxonomyRow", "taxonomy_rows"]

#: The names of the CAMEO root codes, for the taxonomy page's reverse table.
CAMEO_ROOTS = {
    "01": "Make public statement",
    "02": "Appeal",
    "03": "Express intent to cooperate",
    "04": "Consult",
    "05": "Engage in diplomatic cooperation",
    "06": "Engage in material cooperation",
    "07": "Provide aid",
    "08": "Yield",
    "09": "Investigate",
    "10": "Demand",
    "11": "Disapprove",
    "12": "Reject",
    "13": "Threaten",
    "14": "Protest",
    "15": "Exhibit force posture",
    "16": "Reduce relations",
    "17": "Coerce",
    "18": "Assault",
    "19": "Fight",
    "20": "Use unconventional mass violence",
}


@dataclass(frozen=True)
class TaxonomyRow:
    """One event type: its tag, its schema file, and (when ``known``) its PLOVER category, the PLOVER modes that
    name it within that category (0.5b1 spelling first), and its CAMEO roots."""

    tag: str
    file: str
    known: bool
    plover: str | None = None
    aliases: tuple[str, ...] = ()
    cameo: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()


def taxonomy_rows(pages: Mapping[str, Page]) -> list[TaxonomyRow] | None:
    """The taxonomy's event types in its order, then the set's unknown ones; None when there is no event union."""
    union_page = pages.get("event" + SUFFIX)
    union = union_page.union if union_page is not None else None
    if union is None:
        return None
    files = {member.tag: member.target.file for member in union.members if member.target.is_root}
    rows = [TaxonomyRow(entry.event_type, files[entry.event_type], True, entry.plover,
                        tuple(entry.plover_aliases), tuple(entry.cameo_roots), tuple(entry.plover_modes))
            for entry in TAXONOMY if entry.event_type in files]
    known = {row.tag for row in rows}
    return rows + [TaxonomyRow(tag, file, False) for tag, file in files.items() if tag not in known]
