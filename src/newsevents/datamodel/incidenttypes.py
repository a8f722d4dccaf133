"""Event types of disasters, accidents, emergency response and health.

The counts of people hurt, missing, trapped, displaced or evacuated live on `Event` itself (every type may
have them); the types here add what kind of hazard or accident it was and what disease.
"""

from __future__ import annotations

from typing import ClassVar

from .events import Event
from .fields import field, model
from .quantity import Quantity
from .unions import register
from .vocab import DescribedEnum

__all__ = [
    "Accident", "AccidentKind", "Disaster", "EmergencyResponse", "Evacuation", "Hazard", "Outbreak", "Rescue",
]


class Hazard(DescribedEnum):
    """The natural hazard behind a disaster."""

    FLOOD = "flood", "River, flash or coastal flooding."
    STORM = "storm", "Storms, cyclones, hurricanes, typhoons, tornadoes."
    EARTHQUAKE = "earthquake", "An earthquake or its aftershocks."
    TSUNAMI = "tsunami", "A tsunami."
    LANDSLIDE = "landslide", "Landslides and mudslides."
    WILDFIRE = "wildfire", "Wildfires and bushfires."
    DROUGHT = "drought", "Drought."
    HEATWAVE = "heatwave", "Extreme heat."
    COLD_WAVE = "cold_wave", "Extreme cold, snow and ice."
    VOLCANO = "volcano", "A volcanic eruption."
    OTHER = "other", "Another hazard; say which in the summary."


@register
@model
class Disaster(Event):
    """A natural disaster: a flood, storm, earthquake, fire or drought and what it did."""

    TYPE: ClassVar[str] = "disaster"

    hazard: Hazard = field(description="What kind of disaster.")
    magnitude: Quantity | None = field(default=None, description="Its measured strength (magnitude, wind speed, "
                                       "rainfall), with the unit.")


class AccidentKind(DescribedEnum):
    """What kind of accident."""

    ROAD = "road", "A road crash."
    RAIL = "rail", "A train crash or derailment."
    AIR = "air", "An air crash or incident."
    MARITIME = "maritime", "A shipwreck, capsizing or collision at sea."
    INDUSTRIAL = "industrial", "An accident at a plant, mine or building site."
    FIRE = "fire", "A fire that is not a wildfire."
    EXPLOSION = "explosion", "An accidental explosion."
    STRUCTURAL = "structural", "A building, bridge or dam collapsing."
    OTHER = "other", "Another kind; say which in the summary."


@register
@model
class Accident(Event):
    """An accident: a crash, a fire, an explosion, a collapse, not done on purpose."""

    TYPE: ClassVar[str] = "accident"

    accident_kind: AccidentKind = field(description="What kind of accident.")


@register
@model
class Rescue(Event):
    """People rescued or searched for (the rescuers as agent, the people as recipient)."""

    TYPE: ClassVar[str] = "rescue"

    rescued: Quantity | None = field(default=None, description="How many people were rescued.")


@register
@model
class Evacuation(Event):
    """People moved out of danger (the count in `evacuated`, the places left as origin participants)."""

    TYPE: ClassVar[str] = "evacuation"


@register
@model
class EmergencyResponse(Event):
    """An emergency declared, or crews, troops or relief sent to one (PLOVER AID where it is aid between states)."""

    TYPE: ClassVar[str] = "emergency_response"

    declared: bool = field(default=False, description="True when the event is a state of emergency declared.")


@register
@model
class Outbreak(Event):
    """An outbreak of disease, or a health alert about one."""

    TYPE: ClassVar[str] = "outbreak"

    disease: str | None = field(default=None, description="The disease or pathogen (\"cholera\", \"H5N1\").",
                                max_length=200)
    cases: Quantity | None = field(default=None, description="The number of cases.")
