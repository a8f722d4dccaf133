"""Relations between events, statements, situations and value claims: cause, purpose, revision, negation."""

from __future__ import annotations

from .attribution import Attribution
from .evidence import Span
from .fields import field, model
from .references import ANY_ENTRY, ID_MAX, ID_PATTERN, RELATION_SOURCE
from .vocab import RelationType

__all__ = ["Relation"]


@model
class Relation:
    """A typed link from one event, statement or value claim to another entry, asserted or explicitly negated."""

    type: RelationType = field(description="What the link is.")
    source: str = field(description="Id of the event, statement, situation or value claim the relation "
                        "starts from.",
                        pattern=ID_PATTERN, max_length=ID_MAX, refers_to=RELATION_SOURCE)
    target: str = field(description="Id of the entry it points to (event, statement, situation, value claim, "
                        "actor, place or item).",
                        pattern=ID_PATTERN, max_length=ID_MAX, refers_to=ANY_ENTRY)
    negated: bool = field(default=False, description="True when the text says the relation does not hold "
                          "(\"Ukraine was not mentioned in the statement\").")
    attribution: Attribution | None = field(default=None, description="Who claims the relation holds.")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives it.", max_items=50)
