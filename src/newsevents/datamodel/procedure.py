"""Procedure: the steps that make and unmake rules, as event types of their own.

Each step may name the instrument it concerns (`instrument_ref`, an id from `Article.instruments`); who takes
the step is the `agent` participant as for any event. PLOVER has no categories for legislative procedure; the
mapping in taxonomy.py says which steps CAMEO has a root for.
"""

from __future__ import annotations

from typing import Any

from .events import Event
from .fields import field, model
from .quantity import Quantity
from .references import ID_MAX, ID_PATTERN, INSTRUMENT
from .unions import register

__all__ = ["CabinetApproval", "LegalChallenge", "OfficialPublication", "Passage", "Proposal", "Signing",
           "StrikeDown", "Submission"]


def _event(tag: str) -> Any:
    """Class decorator: give a step class its tag and register it as an event type."""

    def decorate(cls: type[Event]) -> type[Event]:
        cls.TYPE = tag
        return register(model(cls))

    return decorate


def _instrument_ref() -> Any:
    """The `instrument_ref` member every procedural step has."""
    return field(default=None, description="Id of the instrument (bill, law, decree) the step concerns.",
                 pattern=ID_PATTERN, max_length=ID_MAX, refers_to=INSTRUMENT)


@_event("proposal")
class Proposal(Event):
    """A rule or bill proposed or drafted (a ministry's draft, a member's bill)."""

    instrument_ref: str | None = _instrument_ref()


@_event("submission")
class Submission(Event):
    """A draft sent to the body that decides on it (to cabinet, to parliament, to a committee)."""

    instrument_ref: str | None = _instrument_ref()


@_event("cabinet_approval")
class CabinetApproval(Event):
    """A government or cabinet approving a draft or a measure."""

    instrument_ref: str | None = _instrument_ref()


@_event("passage")
class Passage(Event):
    """A legislature or chamber passing (or, with realis did_not_occur, failing to pass) a bill in a vote."""

    instrument_ref: str | None = _instrument_ref()
    # The tally has the members a `vote` has, so a passage and a vote read alike (and share table columns).
    in_favour: Quantity | None = field(default=None, description="Votes in favour, when given.")
    against: Quantity | None = field(default=None, description="Votes against, when given.")
    abstentions: Quantity | None = field(default=None, description="Abstentions, when given.")


@_event("signing")
class Signing(Event):
    """A head of state or official signing an instrument into law or into effect."""

    instrument_ref: str | None = _instrument_ref()


@_event("official_publication")
class OfficialPublication(Event):
    """An instrument published officially (in a gazette, on a ministry's site), which often starts its force."""

    instrument_ref: str | None = _instrument_ref()


@_event("legal_challenge")
class LegalChallenge(Event):
    """A court challenge or appeal brought against an instrument."""

    instrument_ref: str | None = _instrument_ref()


@_event("strike_down")
class StrikeDown(Event):
    """A court annulling or suspending an instrument, in whole or in part."""

    instrument_ref: str | None = _instrument_ref()
