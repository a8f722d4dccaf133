"""Things that events are about: weapons, aid, goods, money."""

from __future__ import annotations

from .evidence import Span
from .fields import field, model
from .links import Grouping
from .references import ACTOR, ID_MAX, ID_PATTERN, PLACE
from .vocab import DescribedEnum

__all__ = ["Item", "ItemKind"]


class ItemKind(DescribedEnum):
    """What sort of thing an item is."""

    WEAPON = "weapon", "Weapons and munitions (missiles, shells, rifles)."
    MILITARY_EQUIPMENT = "military_equipment", "Non-lethal military equipment and systems."
    HUMANITARIAN_AID = "humanitarian_aid", "Food, medicine, shelter and other relief."
    MONEY = "money", "Funds, loans, grants."
    GOODS = "goods", "Other goods and commodities."
    TECHNOLOGY = "technology", "Technology, licences and know-how."
    DOCUMENT = "document", "A document: a notification, report, court filing, gazette or letter."
    OTHER = "other", "Anything else; describe it."


@model
class Item:
    """A thing that events act on: what is transferred, produced, supplied or banned."""

    id: str = field(description="Local id, unique within the article.", pattern=ID_PATTERN, max_length=ID_MAX)
    name: str = field(description="What the item is (\"Patriot interceptor missiles\").", max_length=300)
    kind: ItemKind = field(description="What sort of thing it is.")
    description: str | None = field(default=None, description="Details the text gives.", max_length=1000)
    owner: str | None = field(default=None, description="Id of the actor that holds the item, when given.",
                              pattern=ID_PATTERN, max_length=ID_MAX, refers_to=ACTOR)
    maker: str | None = field(default=None, description="Id of the actor that makes or made the item.",
                              pattern=ID_PATTERN, max_length=ID_MAX, refers_to=ACTOR)
    origin: str | None = field(default=None, description="Id of the place the item comes from (where it is made, "
                               "grown or shipped from).", pattern=ID_PATTERN, max_length=ID_MAX, refers_to=PLACE)
    group: Grouping | None = field(default=None, description="For an item that stands for several (\"eight "
                                   "products\"): its count and the members the text names.")
    mentions: tuple[Span, ...] = field(factory=tuple, description="Where the text mentions the item.",
                                       max_items=500)
