"""The event taxonomy as data: each event type with its PLOVER category (and, for a type PLOVER names only by a
mode within a category, that mode) and CAMEO root codes."""

from __future__ import annotations

from .econtypes import (
    Acquisition,
    Bankruptcy,
    Discovery,
    FinancialResults,
    IndicatorRelease,
    Launch,
    Layoffs,
    MarketMove,
    Merger,
    PriceChange,
    Production,
    Recall,
    Trade,
)
from .events import (
    Agreement,
    Announcement,
    ArmedAttack,
    Assault,
    Coercion,
    Concession,
    Cooperation,
    Demand,
    Disapproval,
    Event,
    Investigation,
    MediaReport,
    Meeting,
    Mobilization,
    Protest,
    Rejection,
    Retreat,
    Sanction,
    Support,
    Threat,
    Transfer,
)
from .fields import field, model
from .incidenttypes import Accident, Disaster, EmergencyResponse, Evacuation, Outbreak, Rescue
from .justicetypes import Arrest, Charge, Crime, Election, OtherEvent, Sentencing, Trial, Verdict, Vote
from .policy import PolicyChange
from .procedure import (
    CabinetApproval,
    LegalChallenge,
    OfficialPublication,
    Passage,
    Proposal,
    Signing,
    StrikeDown,
    Submission,
)
from .unions import tag_of

__all__ = ["TAXONOMY", "TaxonomyEntry", "event_class_for_plover", "plover_category_for", "plover_mode_for"]


@model
class TaxonomyEntry:
    """One event type and where it sits in PLOVER and CAMEO."""

    event_type: str = field(description="The event's `type` tag.", max_length=100)
    plover: str | None = field(default=None, description="PLOVER category (codebook 0.5b1 name).", max_length=20)
    plover_aliases: tuple[str, ...] = field(factory=tuple, description="Other names of the PLOVER category in "
                                            "later codebooks (0.8: REQUEST for DEMAND, ACCUSE for DISAPPROVE).",
                                            max_length=20)
    cameo_roots: tuple[str, ...] = field(factory=tuple, description="CAMEO two-digit root codes mapped here.",
                                         pattern=r"^[0-9]{2}$", max_length=2)
    plover_modes: tuple[str, ...] = field(factory=tuple, description="For a type PLOVER has no category for but "
                                          "names by a mode within `plover`: that mode, in codebook 0.5b1's "
                                          "spelling first, then 0.8's where it differs (`arrest`: COERCE with "
                                          "mode detain, from 0.8 arrest). Empty when the whole category maps here.",
                                          pattern=r"^[a-z][a-z_-]*$", max_length=60, max_items=2)


def _entry(
    cls: type[Event], plover: str | None, cameo: tuple[str, ...], aliases: tuple[str, ...] = (),
    modes: tuple[str, ...] = (),
) -> TaxonomyEntry:
    return TaxonomyEntry(event_type=tag_of(cls), plover=plover, plover_aliases=aliases, cameo_roots=cameo,
                         plover_modes=modes)


#: The built-in taxonomy, in PLOVER's order, then the types PLOVER has no category for.
TAXONOMY: tuple[TaxonomyEntry, ...] = (
    _entry(Agreement, "AGREE", ("03",)),
    _entry(Meeting, "CONSULT", ("04",)),
    _entry(Support, "SUPPORT", ("05",)),
    _entry(Cooperation, "COOPERATE", ("06",)),
    _entry(Transfer, "AID", ("07",)),
    _entry(Concession, "CONCEDE", ("08",)),
    _entry(Retreat, "RETREAT", ("08",)),
    _entry(Investigation, "INVESTIGATE", ("09",)),
    _entry(Demand, "DEMAND", ("10",), ("REQUEST",)),
    _entry(Disapproval, "DISAPPROVE", ("11",), ("ACCUSE",)),
    _entry(Rejection, "REJECT", ("12",)),
    _entry(Threat, "THREATEN", ("13",)),
    _entry(Protest, "PROTEST", ("14",)),
    _entry(Mobilization, "MOBILIZE", ("15",)),
    _entry(Sanction, "SANCTION", ("16",)),
    _entry(Coercion, "COERCE", ("17",)),
    _entry(Assault, "ASSAULT", ("18", "20")),
    _entry(ArmedAttack, "FIGHT", ("19",)),
    _entry(Announcement, None, ("01",)),
    _entry(PolicyChange, None, ()),
    _entry(MediaReport, None, ()),
    # Procedure: PLOVER has no category for law-making. CAMEO codes a lawsuit under 11 (115, "bring lawsuit
    # against"); the other steps have no CAMEO root and are unmapped.
    _entry(Proposal, None, ()),
    _entry(Submission, None, ()),
    _entry(CabinetApproval, None, ()),
    _entry(Passage, None, ()),
    _entry(Signing, None, ()),
    _entry(OfficialPublication, None, ()),
    _entry(LegalChallenge, None, ("11",)),
    _entry(StrikeDown, None, ()),
    # Model 1.1: news beyond political interaction. PLOVER has no category for these; CAMEO roots are given
    # where a CAMEO code names the same act (173 arrest, 112 accuse of crime, 0233/073 humanitarian aid).
    # PLOVER names one of them by a mode (`arrest`, below). Modes looked at and left unmapped, because they
    # name more than the type: ACCUSE/allege (115 "bring lawsuit against", but also 1121-1125 and 114
    # accusations and complaints) for `legal_challenge` and `charge`; ACCUSE/disapprove (116 "find guilty or
    # liable", but also 110-113 criticism) for `verdict`. No other PLOVER mode names a 1.1 type.
    _entry(Production, None, ()),
    _entry(Trade, None, ()),
    _entry(PriceChange, None, ()),
    _entry(MarketMove, None, ()),
    _entry(IndicatorRelease, None, ()),
    _entry(FinancialResults, None, ()),
    _entry(Merger, None, ()),
    _entry(Acquisition, None, ()),
    _entry(Recall, None, ()),
    _entry(Layoffs, None, ()),
    _entry(Bankruptcy, None, ()),
    _entry(Discovery, None, ()),
    _entry(Launch, None, ()),
    _entry(Disaster, None, ()),
    _entry(Accident, None, ()),
    _entry(Rescue, None, ()),
    _entry(Evacuation, None, ()),
    _entry(EmergencyResponse, None, ("07",)),
    _entry(Outbreak, None, ()),
    _entry(Crime, None, ()),
    # COERCE's arrest mode is CAMEO 173, "arrest, detain, or charge with legal action": the act `arrest`
    # records. The 0.5b1 gold records spell it detain (CAMEO2PLOVER for 0.8: arrest). Charging alone is
    # `charge`, which this mode cannot tell apart, so only `arrest` takes it.
    _entry(Arrest, "COERCE", ("17",), modes=("detain", "arrest")),
    _entry(Charge, None, ("11",)),
    _entry(Trial, None, ()),
    _entry(Verdict, None, ()),
    _entry(Sentencing, None, ()),
    _entry(Election, None, ()),
    _entry(Vote, None, ()),
    _entry(OtherEvent, None, ()),
)

# A category-level entry answers for its whole category; a mode-level one only for its (category, mode) pairs.
_BY_PLOVER = {name: entry for entry in TAXONOMY if entry.plover and not entry.plover_modes
              for name in (entry.plover, *entry.plover_aliases)}
_BY_MODE = {(name, mode): entry for entry in TAXONOMY if entry.plover
            for name in (entry.plover, *entry.plover_aliases) for mode in entry.plover_modes}
_BY_TYPE = {entry.event_type: entry for entry in TAXONOMY}


def event_class_for_plover(category: str, mode: str | None = None) -> type[Event]:
    """The event class for a PLOVER category name (either codebook's spelling) and, optionally, its mode.

    A category and mode that name a type PLOVER has no category for (COERCE with mode detain or arrest: `arrest`)
    give that type; any other mode, or none, gives the category's own type. KeyError if the category is unknown.
    """
    from .unions import members

    name = category.upper()
    entry = _BY_MODE.get((name, mode.strip().lower())) if mode else None
    return members(Event)[(entry or _BY_PLOVER[name]).event_type]


def plover_category_for(event_type: str, *, codebook: str = "0.8") -> str | None:
    """The PLOVER category of an event type tag, in the 0.8 names by default or the 0.5b1 names."""
    entry = _BY_TYPE[event_type]
    if entry.plover is None:
        return None
    if codebook == "0.8" and entry.plover_aliases:
        return entry.plover_aliases[0]
    return entry.plover


def plover_mode_for(event_type: str, *, codebook: str = "0.8") -> str | None:
    """The PLOVER mode that names an event type within its category (`arrest`: detain in 0.5b1, arrest in 0.8);
    None for a type that has a category of its own or none. KeyError for an unknown type."""
    modes = _BY_TYPE[event_type].plover_modes
    if not modes:
        return None
    return modes[-1] if codebook == "0.8" else modes[0]
