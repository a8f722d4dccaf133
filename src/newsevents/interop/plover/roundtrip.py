"""Keeping what an imported article cannot give back, so that exporting the unedited article gives the record.

After the import, the article is exported and compared with the record (both in :func:`normalise_record`'s
spelling); every member that would come back different is kept verbatim in ``Provenance.source_values`` by the
format-neutral :mod:`newsevents.interop.verbatim`, and the import's problems say so. The export puts kept
members back (:mod:`.exporter`). :func:`compare_with_export` then checks the promise on every member.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

import attrs

from ...datamodel.article import Article
from ...datamodel.fields import evolve
from ...datamodel.problems import PathPart, json_pointer
from .. import verbatim
from ..verbatim import MISSING
from .exporter import export_article
from .markup import normalise_markup
from .problems import RecordProblems, describe
from .record import codebook_of, normalise_record

__all__ = ["compare_with_export", "keep_source_values"]

_KEPT_NOTE: Final = (" (the record's own value is kept verbatim in provenance.source_values, and an export writes it "
                     "back)")


def _covers(kept: Sequence[PathPart], found: Sequence[PathPart]) -> bool:
    """Whether a problem at ``found`` is about the member kept at ``kept`` (one path starts the other)."""
    if not found:
        return False
    shorter = min(len(kept), len(found))
    return [str(p) for p in kept[:shorter]] == [str(p) for p in found[:shorter]]


def _as_written_markup(record: Mapping[str, Any]) -> dict[str, Any]:
    """:func:`normalise_record`, but with the markup as the record spells it: the marks' spelling (spaces,
    ``(LOC:(TAR: ...))`` against ``(TAR/LOC: ...)``) is the coder's, and an export should give it back."""
    result = normalise_record(record)
    info = record.get("textInfo")
    if isinstance(info, Mapping) and "markup" in info and isinstance(result.get("textInfo"), dict):
        result["textInfo"]["markup"] = info["markup"]
    return result


def _same_marks(before: Any, after: Any) -> bool:
    """Whether two markups differ only in how the marks are spelled."""
    return isinstance(before, str) and isinstance(after, str) and normalise_markup(before) == normalise_markup(after)


def keep_source_values(record: Mapping[str, Any], article: Article, problems: RecordProblems) -> Article:
    """Keep verbatim every member of the record an export of the article would not give back as it was.

    The record and the export are compared in :func:`normalise_record`'s spelling, so what PLOVER leaves free
    (spacing in the context list) is not kept; the markup is compared as written, so an export gives back the
    coder's own spelling of the marks (an ``info`` problem says so). Problems about a kept member say so;
    a kept member no problem explains gets a ``kept-verbatim`` problem: a warning when the article lacks the
    record's value, info when the record gave "" or had no member there.
    """
    provenance = article.provenance
    if provenance is None:
        return article
    exported, _ = export_article(article, codebook=codebook_of(record))
    if len(exported) != 1:
        return article
    kept, refused = verbatim.keep(record, exported[0], normalise=_as_written_markup)
    for lost in refused:
        problems.add(lost.path, "not-round-trip", f"{json_pointer(lost.path)} cannot be kept verbatim "
                     f"({lost.reason}); an export writes {describe(lost.after)} instead of {describe(lost.before)}")
    for item in kept:
        explained = False
        for position, found in enumerate(problems.items):
            if _covers(item.path, found.path) and found.severity != "error":
                explained = True
                if not found.message.endswith(_KEPT_NOTE):
                    problems.items[position] = attrs.evolve(found, message=found.message + _KEPT_NOTE)
        if explained:
            continue
        pointer = json_pointer(item.path)
        if item.before == "":  # PLOVER writes "" for a member not coded; the article has nothing to hold
            problems.add(item.path, "kept-verbatim", f"{pointer} is given as an empty string; kept in "
                         "provenance.source_values, so an export writes it back", "info")
        elif _same_marks(item.before, item.after):  # the same marks, spelled otherwise: nothing is lost
            problems.add(item.path, "kept-verbatim", f"{pointer} spells its marks as {describe(item.before)}, "
                         f"where an export would write {describe(item.after)}; kept in provenance.source_values, so "
                         "an export writes the record's own spelling", "info")
        elif item.before is MISSING:  # the article lacks nothing: the record simply did not say this
            problems.add(item.path, "kept-verbatim", f"the record has no {pointer}, where an export of the "
                         f"article would write {describe(item.after)}; the absence is kept in "
                         "provenance.source_values, so an export leaves the member out", "info")
        else:
            problems.add(item.path, "kept-verbatim", f"an export of the article would write {describe(item.after)} "
                         f"instead of {describe(item.before)} at {pointer}; the article does not hold the record's "
                         "value" + _KEPT_NOTE)
    if not kept:
        return article
    return evolve(article, provenance=evolve(provenance, source_values=tuple(k.value for k in kept)))


def compare_with_export(record: Mapping[str, Any], article: Article, problems: RecordProblems) -> None:
    """Check the promise of the import: an export of the new article gives the record back (normalised).

    Members that cannot be kept were reported by :func:`keep_source_values`; anything else that still differs
    would be a fault of this module, and is reported too rather than left to a silent loss.
    """
    exported, _ = export_article(article, codebook=codebook_of(record))
    if not exported:
        problems.add((), "not-round-trip", "the article converted from this record cannot be exported again")
        return
    reported = {p.path for p in problems.items if p.check == "not-round-trip"}
    for path in verbatim.differences(normalise_record(record), normalise_record(exported[0])):
        if path not in reported:
            problems.add(path, "not-round-trip", f"{json_pointer(path)} would be exported as "
                         f"{describe(verbatim.lookup(exported[0], path))} instead of "
                         f"{describe(verbatim.lookup(record, path))}")
