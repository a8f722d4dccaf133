"""Times as news reports give them: exact, fuzzy, relative, or explicitly undetermined."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import messages
from .evidence import Span
from .fields import broken_rule, field, model
from .ordering import ordered
from .references import CLAIM, ID_MAX, ID_PATTERN, PUBLICATION
from .vocab import AnchorRelation, DescribedEnum, Precision, ValueStatus

__all__ = [
    "DURATION_PATTERN", "PUBLICATION", "TIME_VALUE_PATTERN", "AnchorPoint", "Duration", "Recurrence", "Time",
    "TimeAnchor",
]


#: Normalised values by precision: 2023-12-22T09:30:00+09:00, 2023-12-22, 2023-W51, 2023-12, 2024-Q1, 2024,
#: 199X, 19XX. Eras have no calendar value.
TIME_VALUE_PATTERN = (
    r"^([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:[0-9]{2})"
    r"|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-W[0-9]{2}|[0-9]{4}-[0-9]{2}|[0-9]{4}-Q[1-4]|[0-9]{4}|[0-9]{3}X|[0-9]{2}XX)$"
)

def _some_of(units: str) -> str:
    """A regex for one or more of ``units`` in order, each after an amount (``YMWD`` -> ``2Y6M``, ``3W``, ...)
    written without lookahead, which some grammar-constrained decoders cannot compile."""
    amount = "[0-9]+([.][0-9]+)?"
    return "(" + "|".join(amount + units[i] + "".join(f"({amount}{u})?" for u in units[i + 1:])
                          for i in range(len(units))) + ")"


#: ISO 8601 durations: P2Y, P3W, P1Y6M, PT36H, P0.5D. At least one component; a T only before a time component.
DURATION_PATTERN = f"^P({_some_of('YMWD')}(T{_some_of('HMS')})?|T{_some_of('HMS')})$"


class AnchorPoint(DescribedEnum):
    """Which end of an anchor event a time counts from."""

    START = "start", "The anchor's beginning (\"since the invasion began\")."
    END = "end", "The anchor's end (\"after the talks ended\")."


@model
class TimeAnchor:
    """What a relative time expression ("on Friday", "earlier") is relative to."""

    ref: str = field(
        description=f"Id of the event or statement whose time is the anchor, or \"{PUBLICATION}\" for the "
        "article's publication time.",
        pattern=ID_PATTERN, max_length=ID_MAX, refers_to=CLAIM | {PUBLICATION},
    )
    relation: AnchorRelation = field(description="How the expression relates to the anchor's time.")
    point: AnchorPoint | None = field(default=None, description="Which end of the anchor the time counts from, "
                                      "when the text says (\"since the invasion began\": start).")


@ordered("earliest", "latest")
def _after_earliest(time: Any, _: Any, latest: dt.date | None) -> None:
    if latest is not None and time.earliest is not None and time.earliest > latest:
        broken_rule(("latest",), "interval-order", messages.bounds_order("earliest", time.earliest, "latest", latest))


@model
class Time:
    """A time the text gives or implies, keeping its wording next to what it normalises to.

    `value` and `precision` hold the normalised reading ("2024-Q1", quarter); `earliest`/`latest` bound
    it as dates; `anchor` says what a relative expression counts from. A time the text says is not yet known
    has `status: undetermined`; a time the text does not mention is simply left out.
    """

    text: str | None = field(default=None, description="The wording in the article (\"in the first quarter of "
                             "2024\", \"on Friday\").", max_length=500)
    status: ValueStatus = field(default=ValueStatus.SPECIFIED,
                                description="Whether the time is given or said to be undetermined.")
    value: str | None = field(default=None, description="Normalised value in ISO 8601 form at the stated "
                              "precision (2024-Q1 for a quarter, 199X for a decade).",
                              pattern=TIME_VALUE_PATTERN, max_length=32,
                              examples=["2023-12-22", "2024-Q1", "199X"])
    precision: Precision | None = field(default=None, description="How fine the normalised value is.")
    earliest: dt.date | None = field(default=None, description="First day the time can fall on (inclusive).")
    latest: dt.date | None = field(default=None, description="Last day the time can fall on (inclusive).",
                                   rule=_after_earliest)

    approximate: bool = field(default=False, description="True for hedged wording (\"around\", \"about\").")
    relative: bool = field(default=False, description="True when the wording only makes sense against an anchor "
                           "(\"Friday\", \"earlier\", \"next week\").")
    anchor: TimeAnchor | None = field(default=None, description="What a relative expression is relative to.")
    era: str | None = field(default=None, description="Name of a period without calendar bounds given "
                            "(\"after World War II\").", max_length=200)
    recurrence: Recurrence | None = field(default=None, description="How the time repeats (\"every Friday\", "
                                          "\"repeatedly since March\"), when it does.")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the time.", max_items=50)


@model
class Duration:
    """How long something lasts or lasted, as the text gives it: "for two years", "a three-week", "for months".

    `value` is the ISO 8601 duration the wording means ("P2Y"); `minimum`/`maximum` bound a vague one ("for
    months" is at least P2M). The wording stays in `text`.
    """

    text: str | None = field(default=None, description="The wording in the article (\"for two years\").",
                             max_length=500)
    status: ValueStatus = field(default=ValueStatus.SPECIFIED,
                                description="Whether the duration is given or said to be undetermined.")
    value: str | None = field(default=None, description="The duration in ISO 8601 form (P2Y, P3W, PT36H).",
                              pattern=DURATION_PATTERN, max_length=40, examples=["P2Y", "P3W", "PT36H"])
    minimum: str | None = field(default=None, description="Shortest duration the wording allows (ISO 8601).",
                                pattern=DURATION_PATTERN, max_length=40)
    maximum: str | None = field(default=None, description="Longest duration the wording allows (ISO 8601).",
                                pattern=DURATION_PATTERN, max_length=40)
    approximate: bool = field(default=False, description="True for hedged wording (\"about a year\").")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the duration.",
                                       max_items=50)


@model
class Recurrence:
    """A time that repeats: "every Friday", "twice a year", "repeatedly since March".

    `interval` is the ISO 8601 period between occurrences when the wording gives one ("every Friday" is P1W);
    the time's own `value` and bounds say when the repetition runs.
    """

    text: str | None = field(default=None, description="The wording in the article (\"every Friday\").",
                             max_length=500)
    interval: str | None = field(default=None, description="The period between occurrences (ISO 8601: P1W for "
                                 "weekly).", pattern=DURATION_PATTERN, max_length=40, examples=["P1W", "P1D"])
    count: int | None = field(default=None, description="How many times it has happened or will, when the text "
                              "says (\"for the third time\").", minimum=1, maximum=1_000_000)
    regular: bool = field(default=True, description="False for repetition at no fixed interval (\"repeatedly\").")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the repetition.",
                                       max_items=50)
