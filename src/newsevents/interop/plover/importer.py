"""Reading PLOVER records into articles: the sentence becomes the body, the marks evidence spans, the coded
fields the event, its actors and its place.

Never raises on bad data: :func:`import_record` returns the article (or ``None``) with every problem found;
:func:`from_plover` is the raising variant.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ...datamodel.actors import Actor
from ...datamodel.article import Article
from ...datamodel.checks import check_article
from ...datamodel.events import Event
from ...datamodel.problems import PathPart
from ...datamodel.references import ID_MAX, ID_PATTERN, LANGUAGE_PATTERN
from ...datamodel.taxonomy import event_class_for_plover
from ...datamodel.vocab import ActorKind, Realis
from .actors import read_actors
from .alignment import locate_marks
from .markup import EVENT, LOCATION
from .members import read_event_fields, read_place, read_provenance
from .problems import PloverError, PloverProblem, RecordProblems, attempt, shorten
from .record import MEMBERS
from .roundtrip import compare_with_export, keep_source_values

__all__ = ["from_plover", "import_record", "import_records"]

#: The category of the record a PLOVER file uses for its own licence and provenance.
_DOCUMENT = "DOCUMENT"


def _article_id(record_id: str | None) -> str:
    """The article id for a record id: the record's own when the model allows it, else a cleaned-up copy."""
    if record_id and len(record_id) <= ID_MAX and re.fullmatch(ID_PATTERN, record_id):
        return record_id
    cleaned = re.sub(r"[^A-Za-z0-9_.-]+", "-", record_id or "").strip("-")
    return ("plover-" + cleaned)[:ID_MAX] if cleaned else "plover-record"


def import_record(record: object, *, index: int | None = None) -> tuple[Article | None, list[PloverProblem]]:
    """Convert one PLOVER record; never raises on bad data.

    Returns the article (``None`` when the record cannot become one) and every problem found, each carrying
    the record's id (or ``index``, its position in a file) and a reason. The DOCUMENT record PLOVER files use
    for their own licence and provenance is skipped with an ``info`` problem.
    """
    if not isinstance(record, Mapping):
        problems = RecordProblems(None, index)
        problems.add((), "record-object", f"a PLOVER record is a JSON object, not {type(record).__name__}",
                     "error")
        return None, problems.items
    raw_id = record.get("id")
    problems = RecordProblems(raw_id if isinstance(raw_id, str) and raw_id else None, index)
    if record.get("event") == _DOCUMENT:
        problems.add(("event",), "document-record", "a DOCUMENT record documents the file (licence, provenance); "
                     "it reports no event and is skipped: keep its licence with the converted data", "info")
        return None, problems.items
    try:
        article = _import(record, problems)
        if article is not None:
            article = keep_source_values(record, article, problems)
            for found in check_article(article):
                problems.add(found.path, found.check, f"the converted article fails a check: {found.message}")
            compare_with_export(record, article, problems)
    except Exception as exc:  # noqa: BLE001 - a bug here must not stop a whole file from converting
        problems.add((), "internal-error", f"could not convert the record: {type(exc).__name__}: {exc}", "error")
        return None, problems.items
    return article, problems.items


def _import(record: Mapping[str, Any], problems: RecordProblems) -> Article | None:
    """The article of an event record, or None when it cannot have one (the errors say why)."""
    for key in record:
        if key not in MEMBERS:
            problems.add((key,), "unknown-member", f"member {key!r} has no counterpart in the model; left out")

    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.add(("text",), "missing-text", "the record has no sentence in \"text\"; an article needs a body",
                     "error")
    category = record.get("event")
    event_class: type[Event] | None = None
    if not isinstance(category, str) or not category:
        problems.add(("event",), "unknown-category", "the record names no event category in \"event\"", "error")
    else:
        try:
            # The mode picks the type where PLOVER names one by a mode alone (COERCE/detain: arrest).
            mode = record.get("mode")
            event_class = event_class_for_plover(category, mode if isinstance(mode, str) else None)
        except KeyError:
            problems.add(("event",), "unknown-category", f"{category!r} is not a PLOVER category newsevents "
                         "knows (either codebook's spelling)", "error")
    if problems.failed or event_class is None:
        return None
    assert isinstance(text, str)

    markup = _string_member(record.get("textInfo"), "markup", ("textInfo",), problems)
    located = locate_marks(markup, text, problems)
    actors, participants = read_actors(record, located, problems)

    place = read_place(record.get("eventLoc"), [s for s, tags in located if LOCATION in tags], problems)
    event_spans = sorted({s for s, tags in located if EVENT in tags}, key=lambda s: (s.start, s.end))
    fields: dict[str, Any] = {
        "id": "event", "realis": Realis.OCCURRED, "participants": tuple(participants),
        "trigger": event_spans[0] if event_spans else None, "evidence": tuple(event_spans),
        "place": place.id if place else None,
    }
    read_event_fields(record, event_class, fields, problems)
    event, reason = attempt(lambda: event_class(**fields))
    if event is None:
        problems.add(("event",), "event", f"the event cannot be represented ({reason})", "error")
        return None

    publisher = None
    publication = record.get("publication")
    if isinstance(publication, str) and publication:
        publisher, reason = attempt(lambda: Actor(id="publisher", kind=ActorKind.ORGANISATION, name=publication))
        if publisher is None:
            problems.add(("publication",), "publication", f"publication cannot be represented ({reason}); left out")
    elif publication is not None and publication != "":
        problems.add(("publication",), "publication", f"publication {shorten(publication)} is not a string; left out")

    language = record.get("language")
    if not isinstance(language, str) or not re.fullmatch(LANGUAGE_PATTERN, language):
        problems.add(("language",), "language", f"language {shorten(language)} is not a BCP 47 tag; the article "
                     "says \"und\" (undetermined)")
        language = "und"

    provenance = read_provenance(record, problems)
    record_id = provenance.record_id if provenance else None
    article, reason = attempt(lambda: Article(
        id=_article_id(record_id), headline=f"PLOVER record {record_id or 'without an id'}", language=language,
        body=text, actors=(*actors, *([publisher] if publisher else [])), places=(place,) if place else (),
        events=(event,), publisher=publisher.id if publisher else None, provenance=provenance))
    if article is None:
        problems.add((), "article", f"the article cannot be represented ({reason})", "error")
    return article


def _string_member(container: object, key: str, path: tuple[PathPart, ...], problems: RecordProblems) -> str | None:
    """The string ``key`` of an object member such as ``textInfo``; other keys and other types are reported."""
    if container is None:
        return None
    if not isinstance(container, Mapping):
        problems.add(path, "text-info", f"{path[-1]} is not an object; left out")
        return None
    for other in container:
        if other != key:
            problems.add((*path, other), "unknown-member", f"member {other!r} has no counterpart in the model; "
                         "left out")
    value = container.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        problems.add((*path, key), "text-info", f"{key} is not a string; left out")
        return None
    return value


def from_plover(record: Mapping[str, Any], *, strict: bool = False) -> Article:
    """The article for one PLOVER record.

    Raises :class:`PloverError` when the record cannot become an article (no sentence, unknown category, the
    DOCUMENT record) and, with ``strict=True``, also when anything of the record is left out or will not be
    exported as it was. Without ``strict`` such losses are not raised: call :func:`import_record` to see them.
    """
    article, problems = import_record(record)
    if article is None or (strict and any(p.severity == "warning" for p in problems)):
        raise PloverError([p for p in problems if p.severity != "info"] or problems)
    return article


def import_records(records: Iterable[object]) -> Iterator[tuple[Article | None, list[PloverProblem]]]:
    """Convert many records lazily: one ``(article or None, problems)`` per record, in order."""
    for index, record in enumerate(records):
        yield import_record(record, index=index)
