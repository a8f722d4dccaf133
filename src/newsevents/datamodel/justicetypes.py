"""Event types of crime and justice and of elections and votes, and the labelled `other` type.

A verdict keeps its outcome and each sentence; an election keeps each contender's result; a vote its tally.
"""

from __future__ import annotations

from typing import ClassVar

from .events import Event
from .evidence import Span
from .fields import field, model
from .quantity import Quantity
from .references import ACTOR, ID_MAX, ID_PATTERN
from .time import Duration
from .unions import register
from .vocab import DescribedEnum

__all__ = [
    "Arrest", "Charge", "Crime", "Election", "ElectionResult", "OtherEvent", "Sentence", "SentenceKind",
    "Sentencing", "Trial", "Verdict", "VerdictOutcome", "Vote", "VoteOutcome",
]


@register
@model
class Crime(Event):
    """A crime reported as committed: theft, fraud, murder (the suspects as agent, the victims as affected)."""

    TYPE: ClassVar[str] = "crime"

    offence: str | None = field(default=None, description="The offence as the text names it.", max_length=300)


@register
@model
class Arrest(Event):
    """People arrested or detained by police or security forces (CAMEO 173; the count in `arrested`)."""

    TYPE: ClassVar[str] = "arrest"


@register
@model
class Charge(Event):
    """Formal charges brought by a prosecutor (the suspects as recipient)."""

    TYPE: ClassVar[str] = "charge"

    offences: tuple[str, ...] = field(factory=tuple, description="The offences charged.", max_length=300,
                                      max_items=50)


@register
@model
class Trial(Event):
    """A trial or hearing opening, under way or adjourned (the court as location or agent)."""

    TYPE: ClassVar[str] = "trial"


class VerdictOutcome(DescribedEnum):
    """What a court decided."""

    GUILTY = "guilty", "Convicted of all charges."
    PARTLY_GUILTY = "partly_guilty", "Convicted of some charges, cleared of others."
    NOT_GUILTY = "not_guilty", "Acquitted."
    DISMISSED = "dismissed", "The case was dismissed or thrown out."
    UPHELD = "upheld", "An appeal court upheld the earlier ruling."
    OVERTURNED = "overturned", "An appeal court overturned the earlier ruling."
    OTHER = "other", "Another outcome; say which in the summary."


class SentenceKind(DescribedEnum):
    """What a sentence imposes."""

    PRISON = "prison", "A prison term (its length in `term`)."
    SUSPENDED = "suspended", "A suspended prison term."
    LIFE = "life", "Life imprisonment."
    FINE = "fine", "A fine (its amount in `amount`)."
    COMMUNITY = "community", "Community service or probation."
    DEATH = "death", "The death penalty."
    OTHER = "other", "Another penalty; say which in `text`."


@model
class Sentence:
    """A penalty imposed on one defendant: "jailed for six years and fined 40,000 euros" is two."""

    defendant: str | None = field(default=None, description="Id of the person sentenced.", pattern=ID_PATTERN,
                                  max_length=ID_MAX, refers_to=ACTOR)
    kind: SentenceKind = field(description="What the penalty is.")
    term: Duration | None = field(default=None, description="How long a prison or suspended term runs.")
    amount: Quantity | None = field(default=None, description="A fine's amount, with its currency.")
    text: str | None = field(default=None, description="The wording of the sentence.", max_length=500)
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the sentence.",
                                       max_items=50)


@register
@model
class Verdict(Event):
    """A court's verdict (the court as agent, the defendants as recipient), with the sentences if given."""

    TYPE: ClassVar[str] = "verdict"

    outcome: VerdictOutcome = field(description="What the court decided.")
    sentences: tuple[Sentence, ...] = field(factory=tuple, description="The penalties imposed.", max_items=100)


@register
@model
class Sentencing(Event):
    """A sentence handed down separately from the verdict."""

    TYPE: ClassVar[str] = "sentencing"

    sentences: tuple[Sentence, ...] = field(factory=tuple, description="The penalties imposed.", max_items=100)


@model
class ElectionResult:
    """How one candidate or party did in an election."""

    contender: str = field(description="Id of the candidate or party.", pattern=ID_PATTERN, max_length=ID_MAX,
                           refers_to=ACTOR)
    votes: Quantity | None = field(default=None, description="Votes won.")
    share: Quantity | None = field(default=None, description="Share of the vote (unit percent).")
    seats: Quantity | None = field(default=None, description="Seats won.")
    elected: bool | None = field(default=None, description="Whether the contender won or was elected.")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the result.",
                                       max_items=50)


@register
@model
class Election(Event):
    """An election, held, under way or called (the voters' place as the event's place)."""

    TYPE: ClassVar[str] = "election"

    office: str | None = field(default=None, description="What is elected (\"president\", \"the regional "
                               "assembly\").", max_length=300)
    results: tuple[ElectionResult, ...] = field(factory=tuple, description="Each contender's result.",
                                                max_items=200)
    turnout: Quantity | None = field(default=None, description="Turnout (unit percent).")


class VoteOutcome(DescribedEnum):
    """How a vote ended."""

    CARRIED = "carried", "The motion, bill or proposal passed."
    DEFEATED = "defeated", "It was voted down."
    TIED = "tied", "The votes were tied."


@register
@model
class Vote(Event):
    """A vote in a body or a referendum, with its tally (the question as topic participant)."""

    TYPE: ClassVar[str] = "vote"

    result: VoteOutcome | None = field(default=None, description="How the vote ended.")
    in_favour: Quantity | None = field(default=None, description="Votes for.")
    against: Quantity | None = field(default=None, description="Votes against.")
    abstentions: Quantity | None = field(default=None, description="Abstentions.")


@register
@model
class OtherEvent(Event):
    """An event of none of the built-in types, with a label saying what it is, so that none is forced to fit."""

    TYPE: ClassVar[str] = "other"

    label: str = field(description="What kind of event it is, in a word or two (\"eclipse\", \"festival\").",
                       max_length=100)
