"""External identifiers for actors and places, given only where they are certain."""

from __future__ import annotations

from .fields import field, model

__all__ = ["Identifiers"]


@model
class Identifiers:
    """Identifiers of an actor or place in outside registries. Leave out any that are not certain."""

    wikidata: str | None = field(
        default=None, description="Wikidata item id (QID), for example Q17 for Japan.", pattern=r"^Q[1-9][0-9]*$",
        max_length=20, examples=["Q17"],
    )
    iso3166_1: str | None = field(
        default=None, description="ISO 3166-1 alpha-2 country code, for states and their territory.",
        pattern=r"^[A-Z]{2}$", max_length=2, examples=["JP"],
    )
    iso3166_1_alpha3: str | None = field(
        default=None, description="ISO 3166-1 alpha-3 country code.", pattern=r"^[A-Z]{3}$", max_length=3,
        examples=["JPN"],
    )
    cameo: str | None = field(
        default=None, description="CAMEO actor code as used by PLOVER and GDELT (country plus role codes).",
        pattern=r"^[A-Z0-9]{3}([A-Z0-9]{3}| [A-Z0-9]{3})*$", max_length=60, examples=["JPN", "USAGOV"],
    )
    geonames: int | None = field(
        default=None, description="GeoNames feature id, for places.", minimum=1, maximum=999_999_999,
    )
