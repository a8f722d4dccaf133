"""Writing an article back as PLOVER records, one per event.

The sentence is the article's body and the marks its evidence spans (actor mentions, the event's trigger and
evidence, the place's evidence); members the import kept verbatim in ``Provenance.source_values`` are put back
where the article still exports what they replaced, so edits made to the article win.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from ...datamodel.article import Article, SourceValue
from ...datamodel.events import Event
from ...datamodel.problems import PathPart
from ...datamodel.taxonomy import event_class_for_plover, plover_category_for, plover_mode_for
from ...datamodel.unions import tag_of
from ...datamodel.vocab import ParticipantRole
from .. import verbatim
from .actors import actor_entry
from .markup import EVENT, LOCATION, SOURCE, TARGET, render_markup
from .numbers import quantity_words
from .problems import LAYER, PloverError, PloverProblem, Severity, describe, shorten
from .record import CODEBOOKS, MEMBERS, QUANTITY_MEMBERS, Codebook

__all__ = ["codebook_for", "export_article", "export_articles", "to_plover"]


def _check_codebook(codebook: str | None) -> None:
    """Refuse a codebook this module cannot spell (a usage error, so it raises)."""
    if codebook is not None and codebook not in CODEBOOKS:
        raise ValueError(f"codebook must be one of {', '.join(CODEBOOKS)}, not {codebook!r}")


def codebook_for(article: Article, codebook: Codebook | None = None) -> Codebook:
    """The spelling to write ``article``'s categories in: ``codebook`` when given, else the PLOVER codebook the
    article was coded in (its provenance names it, so a record comes back as it came in), else 0.8."""
    if codebook is not None:
        return codebook
    provenance = article.provenance
    version = provenance.codebook_version if provenance is not None and provenance.codebook == "PLOVER" else None
    return "0.5b1" if version is not None and version.startswith("0.5") else "0.8"


def export_article(article: Article, *, codebook: Codebook | None = None) -> tuple[list[dict[str, Any]],
                                                                                     list[PloverProblem]]:
    """All PLOVER records of one article (one per event), with what could not be written.

    Categories are spelled in ``codebook``, by default the one the article was coded in (`codebook_for`).

    Never raises on article content: an event PLOVER has no category for, an actor in a role PLOVER does not
    code, marks that cross and so cannot be nested, are reported as problems.
    """
    _check_codebook(codebook)
    spelling = codebook_for(article, codebook)
    records: list[dict[str, Any]] = []
    problems: list[PloverProblem] = []
    if not article.events:
        problems.append(_export_problem(article, None, (), "no-event", "the article reports no event; PLOVER "
                                        "records one event each", "error"))
    for index in range(len(article.events)):
        record, found = _export_event(article, index, spelling)
        problems.extend(found)
        if record is not None:
            records.append(record)
    return records, problems


def export_articles(articles: Iterable[Article], *, codebook: Codebook | None = None
                    ) -> Iterator[tuple[dict[str, Any] | None, list[PloverProblem]]]:
    """Export many articles lazily: one ``(record, problems)`` per event, the article's problems coming with its
    first record, and ``(None, problems)`` for an article that gives no record at all."""
    _check_codebook(codebook)
    for article in articles:
        records, problems = export_article(article, codebook=codebook)
        if not records:
            yield None, problems
            continue
        for position, record in enumerate(records):
            yield record, problems if position == 0 else []


def to_plover(article: Article, *, codebook: Codebook | None = None, event: str | None = None) -> dict[str, Any]:
    """The PLOVER record of an article's event, its category spelled in ``codebook`` (by default the codebook the
    article was coded in, else 0.8: `codebook_for`).

    ``event`` is the id of the event to write; it may be left out when the article reports exactly one. Raises
    :class:`PloverError` when no record can be written; what a written record leaves out is reported by
    :func:`export_article` (an article holds much more than a PLOVER record can).
    """
    _check_codebook(codebook)
    chosen = [i for i, e in enumerate(article.events) if event is None or e.id == event]
    if len(chosen) != 1:
        if event is not None:
            reason = f"the article has no event {event!r}"
        elif not article.events:
            reason = "the article reports no event; a PLOVER record codes one"
        else:
            reason = f"the article reports {len(article.events)} events; name the one to write with event="
        raise PloverError([_export_problem(article, None, ("events",), "event-choice", reason, "error")])
    record, problems = _export_event(article, chosen[0], codebook_for(article, codebook))
    if record is None:
        raise PloverError(problems)
    return record


def _export_problem(article: Article, event: Event | None, path: tuple[PathPart, ...], check: str, message: str,
                    severity: Severity = "warning") -> PloverProblem:
    """A problem of exporting ``article`` (its ``event``), named after the record that export would write."""
    provenance = article.provenance
    record_id = provenance.record_id if provenance and provenance.record_id else article.id
    if event is not None and len(article.events) > 1:
        record_id = f"{record_id}-{event.id}"
    return PloverProblem(path=path, message=message, check=check, layer=LAYER, record_id=record_id,
                         severity=severity)


def _export_event(article: Article, index: int, codebook: Codebook) -> tuple[dict[str, Any] | None,
                                                                              list[PloverProblem]]:
    """The record of the article's ``index``-th event (None when PLOVER has no category for it), and what it
    leaves out."""
    event = article.events[index]
    path: tuple[PathPart, ...] = ("events", index)
    problems: list[PloverProblem] = []

    def report(where: tuple[PathPart, ...], check: str, message: str, severity: Severity = "warning") -> None:
        """Report a problem of this event's export."""
        problems.append(_export_problem(article, event, where, check, message, severity))

    try:
        category = plover_category_for(tag_of(type(event)), codebook=codebook)
    except KeyError:
        category = None
    if category is None:
        report((*path, "type"), "no-category", f"event type {tag_of(type(event))!r} has no PLOVER category",
               "error")
        return None, problems

    provenance = article.provenance
    from_plover_record = provenance is not None and provenance.codebook == "PLOVER"
    coded_to = provenance.codebook_version if provenance is not None else None
    other = "0.5b1" if codebook == "0.8" else "0.8"
    if coded_to is not None and coded_to.startswith(other) and plover_category_for(
            tag_of(type(event)), codebook=other) != category:
        report((*path, "type"), "codebook-spelling", f"the category is written {category!r}, its PLOVER {codebook} "
               f"name, while the record's version says {coded_to!r}, whose name is "
               f"{plover_category_for(tag_of(type(event)), codebook=other)!r}; pass codebook={other!r} to keep the "
               "record's own spelling", "info")
    values: dict[str, Any] = {}
    if from_plover_record and provenance is not None:
        if provenance.record_id is not None:
            several = len(article.events) > 1
            values["id"] = f"{provenance.record_id}-{event.id}" if several else provenance.record_id
    else:
        values["id"] = article.id if len(article.events) == 1 else f"{article.id}-{event.id}"
    if event.time is not None:
        if event.time.value is not None:
            values["date"] = event.time.value
        else:
            report((*path, "time"), "time", "the event's time has no calendar value; PLOVER's date is left out")

    actors = {actor.id: actor for actor in article.actors}
    places = {place.id: place for place in article.places}
    roles: dict[str, list[ParticipantRole]] = {}
    for number, participant in enumerate(event.participants):
        if participant.ref not in actors:
            report((*path, "participants", number), "participant", f"participant {participant.ref!r} is not an "
                   "actor; PLOVER codes only actors as source and target")
        elif participant.role not in (ParticipantRole.AGENT, ParticipantRole.RECIPIENT):
            report((*path, "participants", number), "participant", f"role {participant.role.value!r} has no "
                   "PLOVER counterpart (only source and target)")
        else:
            roles.setdefault(participant.ref, []).append(participant.role)
    lists: dict[str, list[dict[str, Any]]] = {"source": [], "target": []}
    marks: list[tuple[int, int, tuple[str, ...]]] = []
    for ref, actor_roles in roles.items():
        actor = actors[ref]
        side = "source" if actor_roles[0] is ParticipantRole.AGENT else "target"
        lists[side].append(actor_entry(actor))
        tags = tuple(tag for role, tag in ((ParticipantRole.AGENT, SOURCE), (ParticipantRole.RECIPIENT, TARGET))
                     if role in actor_roles)
        marks.extend((span.start, span.end, tags) for span in actor.mentions)
    values["source"] = lists["source"]
    values["target"] = lists["target"]
    values["event"] = category
    if event.summary is not None:
        values["eventText"] = event.summary
    if event.contexts:
        values["context"] = ", ".join(event.contexts)
    mode = _mode(tag_of(type(event)), category, event.mode, codebook, coded_to, (*path, "mode"), report)
    if mode is not None:
        values["mode"] = mode
    event_spans = {*event.evidence, *([event.trigger] if event.trigger else [])}
    marks.extend((span.start, span.end, (EVENT,)) for span in event_spans)
    if event.place is not None:
        place = places.get(event.place)
        if place is not None:
            location: dict[str, Any] = {"name": place.name}
            if place.country_code is not None:
                location["country code"] = place.country_code
            values["eventLoc"] = location
            marks.extend((span.start, span.end, (LOCATION,)) for span in place.evidence)
    for member, name in QUANTITY_MEMBERS:
        quantity = getattr(event, name)
        if quantity is not None:
            words = quantity_words(quantity)
            if words is None:
                report((*path, name), "quantity", f"{name} has neither wording, number nor bounds; left out")
            else:
                values[member] = words
    values["text"] = article.body
    markup, crossing = render_markup(article.body, marks)
    for start, end in crossing:
        report((*path,), "markup-crossing", f"the stretch {shorten(article.body[start:end])} crosses another mark; "
               "PLOVER's brackets must nest, so it is not marked")
    values["textInfo"] = {"markup": markup}
    values["language"] = article.language
    if article.publisher is not None and article.publisher in actors:
        values["publication"] = actors[article.publisher].name
    if provenance is not None:
        for member, name in (("coder", "coder"), ("version", "codebook_version"), ("comment", "comment")):
            if getattr(provenance, name) is not None:
                values[member] = getattr(provenance, name)
        if provenance.coded_on is not None:
            values["dateCoded"] = provenance.coded_on.isoformat()
    record = {key: values[key] for key in MEMBERS if values.get(key) not in (None, [])}
    if provenance is not None and provenance.source_values:
        if len(article.events) == 1:
            _restore_source_values(record, provenance.source_values, report)
        else:
            report(("provenance", "source_values"), "source-value-superseded", "the source record's kept members "
                   f"are not written: they belong to a record of one event, and the article now has "
                   f"{len(article.events)}")
    return record, problems


def _mode(event_type: str, category: str | None, stored: str | None, codebook: Codebook, coded_to: str | None,
          where: tuple[PathPart, ...], report: Callable[[tuple[PathPart, ...], str, str, Severity], None]
          ) -> str | None:
    """The mode to write: the stored one, except for a type PLOVER names by a mode (`arrest`: COERCE/detain), whose
    mode is that one in ``codebook``'s spelling, so the record imports back as the same type. A stored mode that
    would import as another type (a `coercion` with mode arrest) is written, with a warning."""
    own = plover_mode_for(event_type, codebook=codebook)
    if own is None:
        imports_as = tag_of(event_class_for_plover(category, stored)) if stored and category else event_type
        if imports_as != event_type:
            report(where, "mode", f"mode {stored!r} is written as stored, but PLOVER's {category}/{stored} names "
                   f"another type: the record imports as {imports_as!r}, not {event_type!r}", "warning")
        return stored
    other = "0.5b1" if codebook == "0.8" else "0.8"
    spellings = (own, plover_mode_for(event_type, codebook=other))
    if stored is not None and stored not in spellings:
        report(where, "mode", f"mode {stored!r} is not written: PLOVER codes {event_type!r} as mode {own!r}, and "
               "another mode would import as another type", "warning")
    elif coded_to is not None and coded_to.startswith(other) and spellings[1] != own:
        report(where, "codebook-spelling", f"the mode is written {own!r}, its PLOVER {codebook} spelling, while the "
               f"record's version says {coded_to!r}, whose spelling is {spellings[1]!r}; pass codebook={other!r} to "
               "keep the record's own spelling", "info")
    return own


def _restore_source_values(record: dict[str, Any], kept: Sequence[SourceValue],
                           report: Callable[[tuple[PathPart, ...], str, str], None]) -> None:
    """Put each kept member back where the article still exports what it replaced; report the others."""
    for item in verbatim.restore(record, kept):
        source = kept[item.index].value
        if item.reason == "edited":
            message = (f"at {item.pointer} the article now gives {describe(item.current)}, not what the source's "
                       f"{'no member' if source is None else source} was kept in place of (it was edited after the "
                       "import, or is exported with other options), so the article's own value is written")
        else:
            message = f"{item.pointer} has no place in the exported record; the source's value is not written"
        report(("provenance", "source_values", item.index), "source-value-superseded", message)
