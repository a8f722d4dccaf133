"""Rules between members that only ask for an order (a span's start before its end, bounds around a value).

A rule declared with :func:`ordered` says which members it keeps in order; the Hypothesis strategies read that
to put a draw in order instead of throwing it away (most pairs drawn independently are out of order, and a
class with many spans or quantities would otherwise be filtered until Hypothesis gives up).
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["ORDERED", "RULE_KEY", "ordered"]

#: Where a field declared with ``field(rule=...)`` keeps its rule in the attrs metadata.
RULE_KEY = "newsevents.rule"

#: Each ordering rule with the members it keeps in order (first to last) and whether neighbours must differ.
ORDERED: dict[Callable[..., None], tuple[tuple[str, ...], bool]] = {}


def ordered(*names: str, strict: bool = False) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Declare that a rule holds exactly when the members ``names`` that are set are in ascending order
    (strictly with ``strict``)."""

    def declare(rule: Callable[..., None]) -> Callable[..., None]:
        ORDERED[rule] = (names, strict)
        return rule

    return declare
