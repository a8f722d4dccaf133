"""Repairs for rules: policy changes, provisions and their validity (see :mod:`.repairs`)."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from ..datamodel.fields import evolve
from ..datamodel.policy import Instrument, PolicyChange, Provision
from ..datamodel.provisions import ChangeDirection, Validity
from ..datamodel.rulechecks import IN_EFFECT, NOT_HAPPENED, validity_problems
from ..datamodel.vocab import PolicyStatus
from .parts import Parts

__all__ = ["repair_policy_change", "repair_provision", "repair_validity"]


def repair_policy_change(draw: st.DrawFn, change: PolicyChange, parts: Parts) -> PolicyChange:
    """Provision ids unique within ``before`` and within ``after``; a change that has not happened not in effect."""
    def unique(provisions: tuple[Provision, ...]) -> tuple[Provision, ...]:
        """The first provision of each id."""
        seen: dict[str, Provision] = {}
        for provision in provisions:
            seen.setdefault(provision.id, provision)
        return tuple(seen.values())

    status, after, direction = change.status, unique(change.after), change.direction
    if change.realis in NOT_HAPPENED:
        after = tuple(evolve(p, status=None) if p.status in IN_EFFECT else p for p in after)
        if status in IN_EFFECT:
            status = draw(st.sampled_from((PolicyStatus.PROPOSED, PolicyStatus.APPROVED, PolicyStatus.ANNOUNCED,
                                           PolicyStatus.REJECTED)))
    before = {p.id: p for p in unique(change.before)}
    # A kept provision id names the same rule: same holder, and no "introduced" direction over it.
    after = tuple(evolve(p, holder=before[p.id].holder) if p.id in before else p for p in after)
    if direction is ChangeDirection.INTRODUCED and any(p.id in before and p != before[p.id] for p in after):
        direction = None
    instrument = change.instrument
    if instrument is None and change.instrument_ref is None:
        instrument = draw(parts.model(Instrument))
    return evolve(change, before=tuple(before.values()), after=after, status=status, direction=direction,
                  instrument=instrument)


def repair_provision(_: st.DrawFn, provision: Provision, __: Parts) -> Provision:
    """Qualification ids unique and unnested (nesting by id is drawn flat); no links (drawn targets name no
    provision of the article)."""
    seen: dict[str, Any] = {}
    for qualification in provision.qualifications:
        seen.setdefault(qualification.id, evolve(qualification, within=None))
    return evolve(provision, qualifications=tuple(seen.values()), links=())


def repair_validity(_: st.DrawFn, validity: Validity, __: Parts) -> Validity:
    """A validity that ends before it starts loses its end."""
    if any(validity_problems(None, validity, (), None)):  # type: ignore[arg-type]
        return evolve(validity, until=None)
    return validity
