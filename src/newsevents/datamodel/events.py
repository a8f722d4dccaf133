"""Events: one class per type in a closed taxonomy, told apart by the `type` tag."""

from __future__ import annotations

from typing import Any, ClassVar

from .attribution import Attribution
from .evidence import Span
from .fields import field, model
from .links import Damage, TransferTerms
from .quantity import Quantity
from .references import ID_MAX, ID_PATTERN, PLACE
from .time import Duration, Time
from .unions import defer, is_registered, register, union_root
from .vocab import ParticipantRole, Realis

__all__ = [
    "Agreement",
    "Announcement",
    "ArmedAttack",
    "Assault",
    "Coercion",
    "Concession",
    "Cooperation",
    "Demand",
    "Disapproval",
    "Event",
    "Investigation",
    "MediaReport",
    "Meeting",
    "Mobilization",
    "Participant",
    "Protest",
    "Rejection",
    "Retreat",
    "Sanction",
    "Support",
    "Threat",
    "Transfer",
]


@model
class Participant:
    """An actor, place or item taking part in an event, in a named role."""

    role: ParticipantRole = field(description="The part it plays.")
    ref: str = field(description="Id of the actor, place or item.", pattern=ID_PATTERN, max_length=ID_MAX,
                     refers_to=("actor", "place", "item"))
    quantity: Quantity | None = field(default=None, description="How many or how much of it takes part "
                                      "(\"dozens\" of missiles).")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text names it in this event.",
                                       max_items=50)


@union_root
@model
class Event:
    """Something an article reports as happening, having happened, planned or denied.

    An abstract base: every concrete event is one of the registered types, named by its `type` tag.
    """

    TYPE: ClassVar[str]

    id: str = field(description="Local id, unique within the article.", pattern=ID_PATTERN, max_length=ID_MAX)
    realis: Realis = field(description="Whether, per the text, the event happened, is planned, denied, etc.")
    summary: str | None = field(default=None, description="One plain sentence saying what the event is.",
                                max_length=1000)
    trigger: Span | None = field(default=None, description="The word or phrase that expresses the event.")
    participants: tuple[Participant, ...] = field(factory=tuple, description="Who and what takes part, by role.",
                                                  max_items=100)
    time: Time | None = field(default=None, description="When it happens; left out when the text does not say.")
    duration: Duration | None = field(default=None, description="How long it lasts or lasted (\"has lasted two "
                                      "years\"), when the text says.")
    place: str | None = field(default=None, description="Id of the place where it happens.",
                              pattern=ID_PATTERN, max_length=ID_MAX, refers_to=PLACE)
    mode: str | None = field(default=None, description="PLOVER mode: the category's sub-type, when coded "
                             "(\"third-party\", \"demonstrate\").", pattern=r"^[a-z][a-z_-]*$", max_length=60)
    contexts: tuple[str, ...] = field(factory=tuple, description="PLOVER contexts (\"military\", \"economic\").",
                                      pattern=r"^[a-z][a-z_]*$", max_length=60, max_items=20, unique_items=True)
    size: Quantity | None = field(default=None, description="Number of people taking part (protests, "
                                  "mobilisations).")
    killed: Quantity | None = field(default=None, description="Number of people killed.")
    injured: Quantity | None = field(default=None, description="Number of people injured.")
    missing: Quantity | None = field(default=None, description="Number of people missing.")
    trapped: Quantity | None = field(default=None, description="Number of people trapped (under rubble, by water).")
    displaced: Quantity | None = field(default=None, description="Number of people forced from their homes.")
    evacuated: Quantity | None = field(default=None, description="Number of people evacuated.")
    arrested: Quantity | None = field(default=None, description="Number of people arrested.")
    detained: Quantity | None = field(default=None, description="Number of people detained or held.")
    damage: tuple[Damage, ...] = field(factory=tuple, description="Places and items the event damaged.",
                                       max_items=100)
    attribution: Attribution | None = field(default=None, description="Who the claim that it happened comes from.")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text reports the event.",
                                       max_items=100)

    def __attrs_post_init__(self) -> None:
        if not is_registered(type(self)):
            raise TypeError(f"{type(self).__qualname__} is not a registered event type; decorate it with "
                            "newsevents.register")


def _event(tag: str) -> Any:
    """Class decorator: give an event class its tag and register it."""

    def decorate(cls: type[Event]) -> type[Event]:
        cls.TYPE = tag
        return register(model(cls))

    return decorate


@_event("agreement")
class Agreement(Event):
    """An agreement, decision or expressed intent to cooperate (PLOVER AGREE, CAMEO 03)."""


@_event("meeting")
class Meeting(Event):
    """A meeting, visit, talks or consultation (PLOVER CONSULT, CAMEO 04)."""


@_event("support")
class Support(Event):
    """Diplomatic or verbal support, endorsement, praise (PLOVER SUPPORT, CAMEO 05)."""


@_event("cooperation")
class Cooperation(Event):
    """Material or practical cooperation short of aid (PLOVER COOPERATE, CAMEO 06)."""


@_event("transfer")
class Transfer(Event):
    """A transfer of materiel, aid, money or goods from one party to another (PLOVER AID, CAMEO 07)."""

    terms: TransferTerms | None = field(default=None, description="On what terms: sale, aid, loan, licence; the "
                                        "price.")


@_event("concession")
class Concession(Event):
    """A concession: easing sanctions, releasing people, accepting demands (PLOVER CONCEDE, CAMEO 08)."""


@_event("retreat")
class Retreat(Event):
    """A withdrawal, de-escalation or demobilisation of forces (PLOVER RETREAT, CAMEO 08)."""


@_event("investigation")
class Investigation(Event):
    """An investigation or inquiry (PLOVER INVESTIGATE, CAMEO 09)."""


@_event("demand")
class Demand(Event):
    """A demand, request or appeal (PLOVER DEMAND, called REQUEST from version 0.8; CAMEO 10)."""


@_event("disapproval")
class Disapproval(Event):
    """Criticism, accusation or condemnation (PLOVER DISAPPROVE, called ACCUSE from 0.8; CAMEO 11)."""


@_event("rejection")
class Rejection(Event):
    """A refusal or rejection of a proposal, demand or accusation (PLOVER REJECT, CAMEO 12)."""


@_event("threat")
class Threat(Event):
    """A threat of force, sanctions or other harm (PLOVER THREATEN, CAMEO 13)."""


@_event("protest")
class Protest(Event):
    """A demonstration, strike, boycott or other collective protest (PLOVER PROTEST, CAMEO 14)."""


@_event("mobilization")
class Mobilization(Event):
    """A show or build-up of force: alerts, deployments, exercises (PLOVER MOBILIZE, CAMEO 15)."""


@_event("sanction")
class Sanction(Event):
    """A sanction, embargo, cut in relations or aid (PLOVER SANCTION, CAMEO 16)."""


@_event("coercion")
class Coercion(Event):
    """Coercion short of violence: arrests, seizures, expulsions, repression (PLOVER COERCE, CAMEO 17)."""


@_event("assault")
class Assault(Event):
    """Unconventional violence: bombings, assassinations, abductions, mass violence (PLOVER ASSAULT, CAMEO 18, 20)."""


@_event("armed_attack")
class ArmedAttack(Event):
    """Conventional military force: armed clashes, shelling, air and missile strikes (PLOVER FIGHT, CAMEO 19)."""


@_event("announcement")
class Announcement(Event):
    """A public announcement or official statement of a decision or position (CAMEO 01)."""


@_event("media_report")
class MediaReport(Event):
    """A news outlet publishing a report (the outlet is the agent; the report's subject is the topic)."""


# The 1.1 event types for news beyond politics, and the stages of a policy's making: their modules load the first
# time a document names one of them (or something lists every type), so a run builds only the classes it meets.
# tests/test_deferred_types.py checks that these are exactly the tags each module registers.
defer(Event, "newsevents.datamodel.econtypes", (
    "production", "trade", "price_change", "market_move", "indicator_release", "financial_results", "merger",
    "acquisition", "recall", "layoffs", "bankruptcy", "discovery", "launch"))
defer(Event, "newsevents.datamodel.incidenttypes", (
    "disaster", "accident", "rescue", "evacuation", "emergency_response", "outbreak"))
defer(Event, "newsevents.datamodel.justicetypes", (
    "crime", "arrest", "charge", "trial", "verdict", "sentencing", "election", "vote", "other"))
defer(Event, "newsevents.datamodel.procedure", (
    "proposal", "submission", "cabinet_approval", "passage", "signing", "official_publication", "legal_challenge",
    "strike_down"))
