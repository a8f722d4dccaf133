"""Policy changes: rules before and after, as deontic provisions."""

from __future__ import annotations

from typing import ClassVar

from .attribution import Attribution
from .events import Event
from .evidence import Span
from .fields import field, model
from .provisions import ChangeDirection, ProvisionLink, Qualification, Validity
from .references import ACTOR, ID_MAX, ID_PATTERN, INSTRUMENT
from .time import Time
from .unions import register
from .vocab import Modality, PolicyStatus

__all__ = ["Instrument", "PolicyChange", "Provision"]


@model
class Instrument:
    """The law, rule set or policy a change applies to ("Japan's rules on exporting defence equipment")."""

    name: str = field(description="What the instrument is, as the text names it or plainly described.",
                      max_length=300)
    description: str | None = field(default=None, description="What it covers.", max_length=1000)
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text names it.", max_items=50)


@model
class Provision:
    """One deontic rule: who is permitted, prohibited or required to do what, to whom, on which terms."""

    id: str = field(description="Local id; a provision that appears both before and after a change keeps its id.",
                    pattern=ID_PATTERN, max_length=ID_MAX)
    modality: Modality = field(description="Permitted, prohibited or required.")
    holder: str | None = field(default=None, description="Id of the actor the rule binds.", pattern=ID_PATTERN,
                               max_length=ID_MAX, refers_to=ACTOR)
    action: str = field(description="What the holder may, must not or must do (\"export weapons made under "
                        "licence\").", max_length=500)
    recipient: str | None = field(default=None, description="To whom, when the rule names a class of parties "
                                  "(\"countries involved in a war\").", max_length=300)
    recipient_refs: tuple[str, ...] = field(factory=tuple, description="Ids of actors the rule names as "
                                            "recipients.", pattern=ID_PATTERN, max_length=ID_MAX, max_items=50,
                                            unique_items=True, refers_to=ACTOR)
    conditions: tuple[str, ...] = field(factory=tuple, description="Conditions under which the rule applies.",
                                        max_length=500, max_items=20)
    exceptions: tuple[str, ...] = field(factory=tuple, description="Cases the rule does not cover.",
                                        max_length=500, max_items=20)
    scope: str | None = field(default=None, description="What the rule covers, in words (\"all grades of rice\").",
                              max_length=500)
    scope_refs: tuple[str, ...] = field(factory=tuple, description="Ids of the items (goods, products), actors "
                                        "(parties, categories of parties) and places the rule covers.",
                                        pattern=ID_PATTERN, max_length=ID_MAX, max_items=50, unique_items=True,
                                        refers_to=("actor", "item", "place"))
    qualifications: tuple[Qualification, ...] = field(factory=tuple, description="Exceptions and conditions as "
                                                      "structured entries; they may nest.", max_items=50)
    validity: Validity | None = field(default=None, description="When the provision holds.")
    status: PolicyStatus | None = field(default=None, description="Where this provision stands, when the text "
                                        "says and it differs from the change's status.")
    links: tuple[ProvisionLink, ...] = field(factory=tuple, description="Typed links to other provisions (the "
                                             "one it amends, narrows, supersedes ...).", max_items=20)
    attribution: Attribution | None = field(default=None, description="Who gives this provision, when sources "
                                            "differ between provisions.")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the rule.", max_items=50)


@register
@model
class PolicyChange(Event):
    """A change to a law, rule set or policy, with the provisions before and after.

    A provision id names one rule throughout the article. Present in both `before` and `after` with the same
    content, the provision stays unchanged; with different content, this change amends that rule in place (it
    keeps its holder; a rule for another holder is a new provision, linked with `supersedes`). Give the
    instrument inline (`instrument`, the 1.0 form) or, better, by id (`instrument_ref`); one of the two is
    required.
    """

    TYPE: ClassVar[str] = "policy_change"

    instrument: Instrument | None = field(default=None, description="The instrument that changes, inline (the 1.0 "
                                         "form; give `instrument_ref` instead where the article lists it).")
    instrument_ref: str | None = field(default=None, description="Id of the instrument that changes, from the "
                                       "article's instruments.", pattern=ID_PATTERN, max_length=ID_MAX,
                                       refers_to=INSTRUMENT)
    direction: ChangeDirection | None = field(default=None, description="Which way the change moves the rule, "
                                              "even when the text does not give the old rule.")
    setter: str | None = field(default=None, description="Id of the actor that sets the instrument.",
                               pattern=ID_PATTERN, max_length=ID_MAX, refers_to=ACTOR)
    status: PolicyStatus = field(description="Where the change stands.")
    effective: Time | None = field(default=None, description="When the change takes effect.")
    before: tuple[Provision, ...] = field(factory=tuple, description="Provisions before the change.",
                                          max_items=100)
    after: tuple[Provision, ...] = field(factory=tuple, description="Provisions after the change.", max_items=100)
