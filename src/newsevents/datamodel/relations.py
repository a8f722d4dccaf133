"""Relations between events, statements and claims: cause, purpose, context, negation."""

from __future__ import annotations

from .attribution import Attribution
from .evidence import Span
from .fields import field, model
from .references import ANY_ENTRY, CLAIM, ID_MAX, ID_PATTERN
from .vocab import RelationType

__all__ = ["Relation"]


@model
class Relation:
    """A typed link from one event or statement to another entry, asserted or explicitly negated."""

    type: RelationType = field(description="What the link is.")
    source: str = field(description="Id of the event or statement the relation starts from.",
                        pattern=ID_PATTERN, max_length=ID_MAX, refers_to=CLAIM)
    target: str = field(description="Id of the entry it points to (event, statement, actor, place or item).",
                        pattern=ID_PATTERN, max_length=ID_MAX, refers_to=ANY_ENTRY)
    negated: bool = field(default=False, description="True when the text says the relation does not hold "
                          "(\"Ukraine was not mentioned in the statement\").")
    attribution: Attribution | None = field(default=None, description="Who claims the relation holds.")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives it.", max_items=50)
