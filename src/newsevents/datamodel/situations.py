"""Situations: states of affairs and outcomes the text names without reporting them as events."""

from __future__ import annotations

from .attribution import Attribution
from .evidence import Span
from .fields import field, model
from .references import ANY_ENTRY, ID_MAX, ID_PATTERN, PLACE
from .time import Time

__all__ = ["Situation"]


@model
class Situation:
    """A state of affairs or an outcome: "amid a fuel shortage", "to keep prices stable", "if the ceasefire holds".

    Lighter than an event (no realis, no participants by role), a situation gives relations something to point
    at when the text names a condition, a goal, a background or a result rather than something that happens.
    """

    id: str = field(description="Local id, unique within the article.", pattern=ID_PATTERN, max_length=ID_MAX)
    description: str = field(description="The state of affairs in a plain phrase (\"a fuel shortage\", "
                             "\"stable prices\").", max_length=1000)
    about: tuple[str, ...] = field(factory=tuple, description="Ids of the entries the situation concerns (the "
                                   "actors, places or items it is a state of).", pattern=ID_PATTERN,
                                   max_length=ID_MAX, max_items=50, unique_items=True, refers_to=ANY_ENTRY)
    place: str | None = field(default=None, description="Id of the place where it holds.", pattern=ID_PATTERN,
                              max_length=ID_MAX, refers_to=PLACE)
    time: Time | None = field(default=None, description="When it holds, when the text says.")
    attribution: Attribution | None = field(default=None, description="Who says it holds or would hold.")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text names it.", max_items=50)
