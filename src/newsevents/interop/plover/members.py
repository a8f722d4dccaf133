"""Reading the members of a PLOVER record that become the event's fields, its place and the article's provenance.

Each reader takes what the model can hold and reports the rest (a date that is not a date, a mode the model
refuses); none raises on bad data.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from ...datamodel.article import Provenance
from ...datamodel.events import Event
from ...datamodel.evidence import Span
from ...datamodel.place import Place
from ...datamodel.quantity import Quantity
from ...datamodel.time import Time
from ...datamodel.vocab import PlaceKind, Precision, Realis
from .numbers import quantity_from_words
from .problems import RecordProblems, attempt, shorten
from .record import QUANTITY_MEMBERS

__all__ = ["read_event_fields", "read_place", "read_provenance"]

_DATE_SHAPES = ((re.compile(r"^\d{4}-\d{2}-\d{2}$"), Precision.DAY), (re.compile(r"^\d{4}-\d{2}$"), Precision.MONTH),
                (re.compile(r"^\d{4}$"), Precision.YEAR))


def read_place(value: object, spans: list[Span], problems: RecordProblems) -> Place | None:
    """The place of ``eventLoc`` (name and country code) with the LOC marks' ``spans`` as its evidence."""
    if value is None or value == "":
        if spans:
            problems.add(("textInfo", "markup"), "markup-location", "LOC marks without an eventLoc: there is no "
                         "place to attach them to; left out")
        return None
    if not isinstance(value, Mapping):
        problems.add(("eventLoc",), "event-location", "eventLoc is not an object; left out")
        return None
    for key in value:
        if key not in ("name", "country code"):
            problems.add(("eventLoc", key), "unknown-member", f"eventLoc member {key!r} has no counterpart; left "
                         "out")
    name = value.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.add(("eventLoc", "name"), "event-location", "eventLoc has no name; the place is left out")
        return None
    country = value.get("country code")
    if country is not None and (not isinstance(country, str)
                                or attempt(lambda: Place(id="p", name="p", kind=PlaceKind.OTHER,
                                                          country_code=country))[0] is None):
        problems.add(("eventLoc", "country code"), "event-location", f"country code {shorten(country)} is not an "
                     "ISO 3166-1 alpha-2 code; left out")
        country = None
    place, reason = attempt(lambda: Place(id="place", name=name, kind=PlaceKind.OTHER, country_code=country,
                                           evidence=tuple(sorted(set(spans), key=lambda s: (s.start, s.end)))))
    if place is None:
        problems.add(("eventLoc",), "event-location", f"eventLoc cannot be represented ({reason}); left out")
    return place


def read_event_fields(record: Mapping[str, Any], event_class: type[Event], fields: dict[str, Any],
                       problems: RecordProblems) -> None:
    """Add to ``fields`` what the record says of its event (eventText, date, mode, context, the amounts), each
    value checked against ``event_class``."""
    def check(name: str, value: Any) -> str | None:
        """Why ``event_class`` refuses ``value`` for field ``name``; None when it takes it."""
        extra: dict[str, Any] = {name: value}
        return attempt(lambda: event_class(id="e", realis=Realis.OCCURRED, **extra))[1]

    event_text = record.get("eventText")
    if isinstance(event_text, str) and event_text:
        reason = check("summary", event_text)
        if reason:
            problems.add(("eventText",), "event-text", f"eventText cannot be represented ({reason}); left out")
        else:
            fields["summary"] = event_text
    elif event_text not in (None, ""):
        problems.add(("eventText",), "event-text", "eventText is not a string; left out")

    date = record.get("date")
    if isinstance(date, str) and date:
        time = _read_date(date)
        if time is None:
            problems.add(("date",), "date", f"date {shorten(date)} is not YYYY-MM-DD, YYYY-MM or YYYY; left out")
        else:
            fields["time"] = time
    elif date not in (None, ""):
        problems.add(("date",), "date", "date is not a string; left out")

    mode = record.get("mode")
    if isinstance(mode, str) and mode:
        reason = check("mode", mode)
        if reason:
            problems.add(("mode",), "mode", f"mode {shorten(mode)} cannot be represented ({reason}); left out")
        else:
            fields["mode"] = mode
    elif mode not in (None, ""):
        problems.add(("mode",), "mode", "mode is not a string; left out")

    context = record.get("context")
    if isinstance(context, str) and context:
        kept: list[str] = []
        for item in (c.strip() for c in context.split(",")):
            if not item:
                problems.add(("context",), "context", f"context {shorten(context)} has an empty item; left out")
            elif item in kept:
                problems.add(("context",), "context", f"context {item!r} is repeated; kept once")
            elif reason := check("contexts", (item,)):
                problems.add(("context",), "context", f"context {item!r} cannot be represented ({reason}); left out")
            else:
                kept.append(item)
        fields["contexts"] = tuple(kept)
    elif context not in (None, ""):
        problems.add(("context",), "context", "context is not a string; left out")

    for member, name in QUANTITY_MEMBERS:
        value = record.get(member)
        if value is None or value == "":
            continue
        quantity: Quantity | None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            problems.add((member,), "quantity", f"{member} {shorten(value)} is not a string or number; left out")
            continue
        if not isinstance(value, str):
            quantity, reason = attempt(lambda: Quantity(value=value))  # noqa: B023
            problems.add((member,), "quantity", f"{member} is a JSON number, not PLOVER's string; the article holds "
                         "its value")
        else:
            quantity, reason = attempt(lambda: quantity_from_words(value))  # noqa: B023
            if quantity is None and reason is None:
                quantity, reason = attempt(lambda: Quantity(text=value))  # noqa: B023
                if quantity is not None:
                    problems.add((member,), "quantity", f"{member} {shorten(value)} is neither a number nor a known "
                                 "vague amount; kept as wording only", "info")
        if quantity is None:
            problems.add((member,), "quantity", f"{member} {shorten(value)} cannot be represented ({reason}); left "
                         "out")
        elif (reason := check(name, quantity)) is not None:
            problems.add((member,), "quantity", f"{member} cannot be represented ({reason}); left out")
        else:
            fields[name] = quantity


def _read_date(value: str) -> Time | None:
    """A ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` calendar date as a time of that precision; None otherwise."""
    for shape, precision in _DATE_SHAPES:
        if shape.match(value):
            try:
                dt.date.fromisoformat(value if precision is Precision.DAY else (value + "-01-01")[:10])
            except ValueError:
                return None
            return attempt(lambda: Time(value=value, precision=precision))[0]  # noqa: B023
    return None


def read_provenance(record: Mapping[str, Any], problems: RecordProblems) -> Provenance | None:
    """The provenance of a record: its id, coder, codebook version, comment and coding date."""
    values: dict[str, Any] = {}
    for member, name in (("id", "record_id"), ("coder", "coder"), ("version", "codebook_version"),
                         ("comment", "comment")):
        value = record.get(member)
        if value is None or value == "":
            continue
        extra: dict[str, Any] = {name: value}
        if not isinstance(value, str) or attempt(lambda: Provenance(**extra))[0] is None:  # noqa: B023
            problems.add((member,), "provenance", f"{member} {shorten(value)} cannot be represented; left out")
            continue
        values[name] = value
    coded = record.get("dateCoded")
    if isinstance(coded, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", coded):
        try:
            values["coded_on"] = dt.date.fromisoformat(coded)
        except ValueError:
            problems.add(("dateCoded",), "provenance", f"dateCoded {coded!r} is not a calendar date; left out")
    elif coded not in (None, ""):
        problems.add(("dateCoded",), "provenance", f"dateCoded {shorten(coded)} is not YYYY-MM-DD; left out")
    provenance, reason = attempt(lambda: Provenance(codebook="PLOVER", **values))
    if provenance is None:
        problems.add((), "provenance", f"the record's provenance cannot be represented ({reason}); left out")
    return provenance
