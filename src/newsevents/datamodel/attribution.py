"""Attribution: who says a claim is so, hop by hop from the publisher to the origin."""

from __future__ import annotations

from .evidence import Span
from .fields import field, model
from .references import ID_MAX, ID_PATTERN, SOURCE
from .vocab import Commitment, ReportRelation

__all__ = ["Attribution", "Hop"]


@model
class Hop:
    """One source in an attribution chain, and how it passes the claim on."""

    source: str = field(description="Id of the actor at this hop, or of the document (an item of kind document) "
                        "the claim is taken from.", pattern=ID_PATTERN, max_length=ID_MAX, refers_to=SOURCE)
    relation: ReportRelation = field(description="How this source passes on what the next hop said.")
    commitment: Commitment = field(description="How far this source commits to the claim.")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text names this hop (\"citing an "
                                       "American official\").", max_items=20)


@model
class Attribution:
    """The ordered chain of sources behind a claim: first the publisher, last the origin.

    "UNN reports that The Wall Street Journal reports, citing an American official" is the chain
    UNN → The Wall Street Journal → the official.
    """

    chain: tuple[Hop, ...] = field(description="The hops, publisher first, origin last.", min_items=1,
                                   max_items=20)
