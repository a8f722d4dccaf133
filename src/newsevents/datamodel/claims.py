"""Value claims: one source's value for a member of an event, as of a time, with its own epistemic status."""

from __future__ import annotations

from .attribution import Attribution
from .evidence import Span
from .fields import field, model
from .quantity import Quantity
from .references import ACTOR, EVENT, ID_MAX, ID_PATTERN, STATEMENT
from .time import Duration, Time
from .vocab import DescribedEnum

__all__ = ["ClaimBasis", "ValueClaim"]


class ClaimBasis(DescribedEnum):
    """How the source arrived at a value, as the text presents it (its epistemic status)."""

    MEASURED = "measured", "Counted, measured or recorded (\"the confirmed toll\", official statistics)."
    ESTIMATED = "estimated", "An estimate of a value that exists now (\"an estimated 40\", \"about 70\")."
    FORECAST = "forecast", "A forecast or projection of a future value (\"expected to reach 3 million tonnes\")."
    CLAIMED = "claimed", "Asserted by a party to the story without saying how it was arrived at."
    POSSIBLE = "possible", "Put forward as possible, not asserted (\"could be higher\", \"may exceed\")."


@model
class ValueClaim:
    """One value a source gives for a member of an event: "local officials put the toll at 70".

    The event keeps its one best value in the member itself (`killed`, `time`, ...); each value claim holds a
    value as one source gives it, as of a time, with its status. Claims link to each other by relations of type
    `revises`, `supersedes`, `contradicts` and `confirms`. Give exactly one of `quantity`, `time` and
    `duration`: the one whose type the event member has.
    """

    id: str = field(description="Local id, unique within the article.", pattern=ID_PATTERN, max_length=ID_MAX)
    event: str = field(description="Id of the event whose member the value is for.", pattern=ID_PATTERN,
                       max_length=ID_MAX, refers_to=EVENT)
    member: str = field(description="The event member the value is for, by its JSON name (\"killed\", "
                        "\"injured\", \"size\", \"time\", \"duration\").", pattern=r"^[a-z][a-z0-9_]*$",
                        max_length=60, examples=["killed", "time"])
    participant: str | None = field(default=None, description="Id of the event's participant (actor, place or "
                                    "item) whose amount the value is for (\"3 million tonnes\" of wheat); "
                                    "`member` is then \"quantity\".", pattern=ID_PATTERN, max_length=ID_MAX,
                                    refers_to=("actor", "place", "item"))
    basis: ClaimBasis = field(description="How the source arrived at the value: measured, estimated, forecast, "
                              "claimed or possible.")
    quantity: Quantity | None = field(default=None, description="The value, for a member that holds a quantity.")
    time: Time | None = field(default=None, description="The value, for a member that holds a time.")
    duration: Duration | None = field(default=None, description="The value, for a member that holds a duration.")
    as_of: Time | None = field(default=None, description="When the value was given or holds (\"as of Tuesday "
                               "evening\", \"first given\").")
    source: str | None = field(default=None, description="Id of the actor who gives the value.",
                               pattern=ID_PATTERN, max_length=ID_MAX, refers_to=ACTOR)
    statement: str | None = field(default=None, description="Id of the statement that gives the value, when the "
                                  "article reports one.", pattern=ID_PATTERN, max_length=ID_MAX,
                                  refers_to=STATEMENT)
    attribution: Attribution | None = field(default=None, description="The chain of sources the value comes "
                                            "through.")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the value.", max_items=50)
