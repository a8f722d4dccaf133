"""Instruments as entries: the laws, decrees, notifications and licences that rules live in, with identity.

An instrument listed once in `Article.instruments` can be named by id from every policy change, procedural
step and provision that concerns it, so "the notification of 3 March" and "the amended notification" are
the same thing to a program, not two free-text names.
"""

from __future__ import annotations

from .evidence import Span
from .fields import field, model
from .references import ACTOR, ID_MAX, ID_PATTERN, INSTRUMENT
from .time import Time
from .vocab import DescribedEnum

__all__ = ["InstrumentForm", "LegalInstrument"]


class InstrumentForm(DescribedEnum):
    """The legal form of an instrument."""

    LAW = "law", "An act or statute passed by a legislature."
    BILL = "bill", "A draft law before a legislature, not yet passed."
    DECREE = "decree", "A decree or ordinance of a head of state or government."
    EXECUTIVE_ORDER = "executive_order", "An executive order of a president or governor."
    REGULATION = "regulation", "A regulation or rule made by a ministry or agency under a law."
    NOTIFICATION = "notification", "A notification, notice or order published by an authority."
    CIRCULAR = "circular", "A circular or instruction from an authority to those who apply the rules."
    GUIDELINE = "guideline", "Guidelines or guidance, such as the principles a government applies."
    COURT_RULING = "court_ruling", "A judgment, ruling or injunction of a court."
    TREATY = "treaty", "A treaty, convention or agreement between states."
    LICENCE = "licence", "A licence, permit or authorisation granted to named parties."
    SANCTIONS_PACKAGE = "sanctions_package", "A set of sanctions adopted together (\"the 14th package\")."
    OTHER = "other", "Another form; describe it."


@model
class LegalInstrument:
    """A law, decree, notification, licence or other instrument the article names, once, with an id.

    Policy changes point at it with `instrument_ref`, procedural steps with their own `instrument_ref`. An
    instrument that amends another (an amending notification) names it in `amends`.
    """

    id: str = field(description="Local id, unique within the article.", pattern=ID_PATTERN, max_length=ID_MAX)
    name: str = field(description="What the instrument is, as the text names it or plainly described (\"the "
                      "export ban on rice\").", max_length=300)
    form: InstrumentForm = field(description="Its legal form.")
    number: str | None = field(default=None, description="Its official number, when given (\"No. 14/2025\").",
                               max_length=100)
    title: str | None = field(default=None, description="Its official title, when given.", max_length=500)
    issuer: str | None = field(default=None, description="Id of the actor that issues or adopts it.",
                               pattern=ID_PATTERN, max_length=ID_MAX, refers_to=ACTOR)
    jurisdiction: str | None = field(default=None, description="Id of the place or actor (a state, a region) "
                                     "where it applies.", pattern=ID_PATTERN, max_length=ID_MAX,
                                     refers_to=("actor", "place"))
    issued: Time | None = field(default=None, description="When it was issued, signed or adopted.")
    amends: tuple[str, ...] = field(factory=tuple, description="Ids of the instruments this one amends.",
                                    pattern=ID_PATTERN, max_length=ID_MAX, max_items=20, unique_items=True,
                                    refers_to=INSTRUMENT)
    description: str | None = field(default=None, description="What it covers.", max_length=1000)
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text names it.", max_items=50)
