"""Semantic checks on places: none lies inside itself, directly or through a chain of `within` links."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .problems import SEMANTIC, PathPart, Problem

__all__ = ["check_places_within"]

Path = tuple[PathPart, ...]


def check_places_within(article: Any, _: Any, path: Path, __: Any) -> Iterator[Problem]:
    """Report each place whose `within` chain comes back to it (a city inside a district inside the city)."""
    places = article.places
    if not any(place.within is not None for place in places):
        return
    parent = {place.id: place.within for place in places}
    in_cycle: set[str] = set()
    cleared: set[str] = set()
    for place in places:
        seen: list[str] = []
        at: str | None = place.id
        while at is not None and at not in cleared and at not in in_cycle and at not in seen:
            seen.append(at)
            at = parent.get(at)
        if at is not None and at in seen:  # the walk from this place closed a loop: its tail is the cycle
            in_cycle.update(seen[seen.index(at):])
        cleared.update(p for p in seen if p not in in_cycle)
    for i, place in enumerate(places):
        if place.id in in_cycle:
            message = ("a place cannot lie inside itself" if place.within == place.id else
                       f"place {place.id!r} lies inside itself through a chain of \"within\" links")
            yield Problem(path=(*path, "places", i, "within"), message=message, check="place-not-within-itself",
                          layer=SEMANTIC)
