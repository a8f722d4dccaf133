"""Closed vocabularies. Every member carries a description a person can read; it reaches schemas and docs."""

from __future__ import annotations

import enum
from typing import Any, Self

__all__ = [
    "ActorKind",
    "AffiliationRelation",
    "AnchorRelation",
    "Commitment",
    "DescribedEnum",
    "Modality",
    "OrganisationType",
    "ParticipantRole",
    "PlaceKind",
    "PolicyStatus",
    "Precision",
    "Realis",
    "RelationType",
    "ReportRelation",
    "RoleStatus",
    "ValueStatus",
]


class DescribedEnum(enum.StrEnum):
    """A string enum whose members are declared as `NAME = "value", "description"`."""

    _value_: str
    description: str

    def __new__(cls, value: str, description: str = "") -> Self:
        member = str.__new__(cls, value)
        member._value_ = value
        member.description = description
        return member

    def __init__(self, *args: Any) -> None:
        if not self.description:
            raise TypeError(f"{type(self).__name__}.{self.name} needs a description")


class ValueStatus(DescribedEnum):
    """Whether a time or quantity is given, or explicitly said not to be known yet."""

    SPECIFIED = "specified", "The text gives the value (exactly, approximately or as a range)."
    UNDETERMINED = "undetermined", (
        "The text says the value has not been determined or is not known (\"the timing has not yet been "
        "determined\"). Different from leaving the member out, which means the text does not mention it."
    )


class Precision(DescribedEnum):
    """How fine a normalised time value is."""

    INSTANT = "instant", "A moment given to the minute or second, with a UTC offset."
    DAY = "day", "A calendar day (YYYY-MM-DD)."
    WEEK = "week", "An ISO 8601 week (YYYY-Www)."
    MONTH = "month", "A calendar month (YYYY-MM)."
    QUARTER = "quarter", "A calendar quarter (YYYY-Qn)."
    YEAR = "year", "A calendar year (YYYY)."
    DECADE = "decade", "A decade (YYYX, for example 199X for the 1990s)."
    CENTURY = "century", "A century (YYXX, for example 19XX for the 1900s)."
    ERA = "era", "A named period without calendar bounds given in the text (\"after World War II\")."


class AnchorRelation(DescribedEnum):
    """How a relative time expression relates to its anchor."""

    SAME = "same", "The time is the anchor's own time (\"that day\")."
    BEFORE = "before", "Some time before the anchor (\"earlier\", \"last week\")."
    AFTER = "after", "Some time after the anchor (\"later\", \"next month\")."
    NEAREST_BEFORE = "nearest_before", (
        "The closest matching calendar unit at or before the anchor (\"on Friday\" in a report published after "
        "that Friday)."
    )
    NEAREST_AFTER = "nearest_after", "The closest matching calendar unit after the anchor (\"on Monday\", ahead)."
    SINCE = "since", "From the anchor's time onwards (\"since the beginning of the war\")."


class ActorKind(DescribedEnum):
    """What sort of actor an entry is."""

    PERSON = "person", "A named individual."
    ORGANISATION = "organisation", "A named body: government, ministry, company, outlet, armed force, NGO, etc."
    STATE = "state", "A sovereign state acting as a whole (\"Japan\", \"the United States\")."
    REGION = "region", "A region or area acting or referred to as an actor (\"the Middle East\")."
    COLLECTIVE = "collective", "An unnamed group of people (\"security analysts\", \"Tokyo officials\")."
    ANONYMOUS = "anonymous", "An unnamed individual source (\"a U.S. official\", \"a ministry representative\")."
    UNSPECIFIED = "unspecified", ("The source does not say which of these the actor is (an actor code such as "
                                  "CAMEO's covers people and bodies alike).")


class OrganisationType(DescribedEnum):
    """What sort of organisation an actor of kind `organisation` is."""

    GOVERNMENT = "government", "A national or regional government as a whole (the cabinet, the executive)."
    GOVERNMENT_BODY = "government_body", "A council, agency or office of a government that is not a ministry."
    MINISTRY = "ministry", "A government ministry or department."
    LEGISLATURE = "legislature", "A parliament or legislative chamber."
    ARMED_FORCE = "armed_force", "A military or armed group."
    COMPANY = "company", "A business."
    NEWS_OUTLET = "news_outlet", "A newspaper, agency, broadcaster or other publisher of news."
    THINK_TANK = "think_tank", "A research institute or policy think tank."
    INTERNATIONAL_ORGANISATION = "international_organisation", "An organisation of states (UN, NATO, EU)."
    NGO = "ngo", "A non-governmental or civil-society organisation."
    POLITICAL_PARTY = "political_party", "A political party."
    OTHER = "other", "Another kind of organisation; say which in the actor's description."


class RoleStatus(DescribedEnum):
    """Whether a role is held at the time of reporting."""

    CURRENT = "current", "Held at the time of reporting."
    FORMER = "former", "Held before, no longer (\"a former official\")."
    FUTURE = "future", "To be held (\"the incoming minister\")."


class AffiliationRelation(DescribedEnum):
    """How an actor is tied to another actor."""

    MEMBER_OF = "member_of", "Belongs to a group or organisation."
    PART_OF = "part_of", "Is a component of (a ministry of a government, a government of a state)."
    EMPLOYED_BY = "employed_by", "Works for."
    REPRESENTS = "represents", "Speaks or acts for."
    NATIONAL_OF = "national_of", "Is a citizen or official of a state."
    BASED_IN = "based_in", "Is located in (an actor of kind state or region)."
    SUBSIDIARY_OF = "subsidiary_of", "Is a subsidiary of (a company owned and controlled by the other)."
    OWNED_BY = "owned_by", "Is owned, wholly or in part, by the other."
    SUPPLIER_OF = "supplier_of", "Supplies goods or services to the other."
    MANUFACTURER_FOR = "manufacturer_for", "Makes products that the other sells under its name."
    LICENSEE_OF = "licensee_of", "Makes or uses something under a licence from the other."
    LICENSOR_OF = "licensor_of", "Grants the other a licence to make or use something."


class PlaceKind(DescribedEnum):
    """What sort of place an entry is."""

    COUNTRY = "country", "A country."
    REGION = "region", "A region within or across countries."
    CITY = "city", "A city, town or village."
    SITE = "site", "A facility, building, base or other specific site."
    WATER = "water", "A sea, river or other body of water."
    OTHER = "other", "Another kind of place."


class Realis(DescribedEnum):
    """Whether, per the text, an event happened (ACE/ERE realis, with finer future and negated states)."""

    OCCURRED = "occurred", "The text reports the event as having happened."
    ONGOING = "ongoing", "The text reports the event as under way."
    ANNOUNCED = "announced", "Declared by a participant as decided or going to happen."
    PLANNED = "planned", "Intended or scheduled for the future, not yet begun."
    INTENDED = "intended", ("Wanted or intended by an actor, not yet decided or scheduled (\"plans to\", \"wants "
                            "to\", \"aims to\").")
    FORECAST = "forecast", ("Expected or projected by a source, not decided by anyone (\"output is expected to "
                            "reach\", \"is forecast to grow\").")
    HYPOTHETICAL = "hypothetical", "Conditional, possible or speculated; not asserted to happen."
    DENIED = "denied", "A source denies that the event happened or will happen."
    DID_NOT_OCCUR = "did_not_occur", "The text states that the event did not or cannot happen."
    GENERIC = "generic", "A habitual or general statement, not one event (\"Japan prohibits such exports\")."


class ParticipantRole(DescribedEnum):
    """The part a participant plays in an event (ACE/ERE and PLOVER argument roles)."""

    AGENT = "agent", "Who carries out the event (PLOVER source)."
    RECIPIENT = "recipient", "Who the event is directed at or who receives something (PLOVER target)."
    ITEM = "item", "What is transferred, produced or acted on."
    BENEFICIARY = "beneficiary", "Who benefits without being the direct recipient."
    ORIGIN = "origin", "Where or whom something comes from (a stockpile, a country)."
    DESTINATION = "destination", "Where something is sent."
    LOCATION = "location", "Where the event takes place, when it is an actor-like place."
    INSTRUMENT = "instrument", "What the agent uses."
    TOPIC = "topic", "What a statement, meeting or report is about."
    AFFECTED = "affected", "Who suffers the consequences (victims, targets of sanctions)."
    PARTICIPANT = "participant", "Takes part, where the text gives no finer role (meeting attendees)."


class ReportRelation(DescribedEnum):
    """How one hop of an attribution chain passes on what the next hop said."""

    REPORTS = "reports", "Publishes the claim as its own report (\"The Wall Street Journal reports\")."
    CITING = "citing", "Names the next source as its basis (\"citing an American official\")."
    ACCORDING_TO = "according_to", "Attributes the claim (\"according to a U.S. official\")."
    QUOTING = "quoting", "Reproduces the next source's words verbatim."
    SAID = "said", "The origin: the source itself said it."
    WROTE = "wrote", "The source wrote or published it (\"The Washington Post wrote\")."


class Commitment(DescribedEnum):
    """How far a source commits to a claim's truth (after FactBank's factuality values)."""

    ASSERTS = "asserts", "States the claim as fact."
    REPORTS = "reports", "Passes the claim on from another source without vouching for it."
    SPECULATES = "speculates", "Presents the claim as possible or probable."
    DENIES = "denies", "States the claim is false."
    UNCOMMITTED = "uncommitted", "Mentions the claim without taking a position."


class RelationType(DescribedEnum):
    """How two events or claims are related."""

    CAUSE = "cause", "The source brought about the target (\"forced Japan to rethink\")."
    PURPOSE = "purpose", "The source is done in order to achieve the target."
    CONSEQUENCE = "consequence", "The target follows from the source (\"meaning that it cannot\")."
    CONTEXT = "context", "The target is background to the source (\"amid Russian missile attacks\")."
    MENTIONS = "mentions", "The source statement or report mentions the target."
    PART_OF = "part_of", "The source event is part of the target event."
    SAME_AS = "same_as", "Source and target are the same event reported twice."
    ELABORATES = "elaborates", "The source gives details of the target."
    RESPONSE_TO = "response_to", ("The source reacts or answers to the target (a reply to a question, a reaction "
                                   "to an event, a notice or a statement).")
    CONDITION = "condition", "The source holds or happens only if the target does (\"if the ceasefire holds\")."
    REVISES = "revises", "The source gives a new value or version of what the target gave (a toll raised to 19)."
    SUPERSEDES = "supersedes", "The source replaces the target, which no longer holds."
    CONTRADICTS = "contradicts", "The source and the target cannot both be true (two sources' different tolls)."
    CONFIRMS = "confirms", "The source says the target is true."
    AMENDS = "amends", "The source change alters the rule the target change made, which stays in force as altered."
    NARROWS = "narrows", "The source change makes the target change's rule cover less (an exemption added)."
    WIDENS = "widens", "The source change makes the target change's rule cover more (more goods or parties)."
    EXTENDS = "extends", "The source change makes the target change's rule hold for longer."


class Modality(DescribedEnum):
    """The deontic force of a policy provision."""

    PERMITTED = "permitted", "The holder may do the action."
    PROHIBITED = "prohibited", "The holder must not do the action."
    REQUIRED = "required", "The holder must do the action."


class PolicyStatus(DescribedEnum):
    """Where a policy change stands."""

    PROPOSED = "proposed", "Under preparation or proposed, not yet decided."
    APPROVED = "approved", "Decided by the body that sets it, not yet announced."
    ANNOUNCED = "announced", "Publicly announced."
    IN_FORCE = "in_force", "Applies now."
    REPEALED = "repealed", "Withdrawn after being in force."
    REJECTED = "rejected", "Proposed and turned down."
    AMENDED = "amended", "Was in force and still is, in the form a later change gave it."
    SUPERSEDED = "superseded", "Was in force and has been replaced by another rule."
    SUSPENDED = "suspended", "Was in force and is paused for now; it may apply again."
    EXPIRED = "expired", "Was in force and stopped applying when its validity ran out."
    LIFTED = "lifted", "Was in force and has been ended by a decision (a ban or sanction lifted)."
