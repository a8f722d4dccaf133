"""Places."""

from __future__ import annotations

from .evidence import Span
from .fields import field, model
from .identifiers import Identifiers
from .references import ID_MAX, ID_PATTERN, PLACE
from .vocab import PlaceKind

__all__ = ["Coordinates", "Place"]


@model
class Coordinates:
    """A point on the WGS 84 ellipsoid, in decimal degrees."""

    latitude: float = field(description="Latitude, -90 to 90.", minimum=-90, maximum=90)
    longitude: float = field(description="Longitude, -180 to 180.", minimum=-180, maximum=180)


@model
class Place:
    """A place the article names: a dateline, where an event happens, a region it concerns."""

    id: str = field(description="Local id, unique within the article.", pattern=ID_PATTERN, max_length=ID_MAX)
    name: str = field(description="The place's usual English name.", max_length=300)
    kind: PlaceKind = field(description="What sort of place it is.")
    country_code: str | None = field(default=None, description="ISO 3166-1 alpha-2 code of the country it is in.",
                                     pattern=r"^[A-Z]{2}$", max_length=2)
    identifiers: Identifiers | None = field(default=None, description="Certain identifiers in outside registries.")
    coordinates: Coordinates | None = field(default=None, description="A representative point, when known.")
    within: str | None = field(default=None, description="Id of the place this one lies inside (a building in a "
                               "city, a village in a district).", pattern=ID_PATTERN, max_length=ID_MAX,
                               refers_to=PLACE)
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text names the place.", max_items=200)
