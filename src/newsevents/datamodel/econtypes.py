"""Event types of economic, corporate and science news: output, trade, prices, markets, figures, firms, research.

None of these is a PLOVER category: PLOVER codes interactions between political actors, and a harvest or a
recall coded as "cooperation" is wrong. Each type here keeps the figure the story turns on in a typed member.
"""

from __future__ import annotations

from typing import ClassVar

from .events import Event
from .fields import field, model
from .quantity import Quantity
from .time import Time
from .unions import register
from .vocab import DescribedEnum

__all__ = [
    "Acquisition", "Bankruptcy", "Discovery", "FinancialResults", "IndicatorRelease", "Launch", "Layoffs",
    "MarketMove", "Merger", "PriceChange", "Production", "Recall", "Trade", "TradeFlow",
]


@register
@model
class Production(Event):
    """Output of a crop, mine, factory or sector over a period: a harvest, a year's steel output."""

    TYPE: ClassVar[str] = "production"

    amount: Quantity | None = field(default=None, description="How much was produced, with any change against "
                                    "a baseline.")
    period: Time | None = field(default=None, description="The period the output covers (\"this season\").")


class TradeFlow(DescribedEnum):
    """Which way goods cross a border, from the reporting side's view."""

    EXPORT = "export", "Goods leaving (the agent exports)."
    IMPORT = "import", "Goods arriving (the agent imports)."
    BOTH = "both", "Trade both ways (a bilateral total)."


@register
@model
class Trade(Event):
    """Exports or imports of goods or services over a period (the goods as an item participant)."""

    TYPE: ClassVar[str] = "trade"

    flow: TradeFlow | None = field(default=None, description="Export, import or both.")
    amount: Quantity | None = field(default=None, description="How much was traded, in volume.")
    value: Quantity | None = field(default=None, description="What the trade was worth, in money.")
    period: Time | None = field(default=None, description="The period the figure covers.")


@register
@model
class PriceChange(Event):
    """A price set or moving: fuel prices raised, wheat prices falling."""

    TYPE: ClassVar[str] = "price_change"

    price: Quantity | None = field(default=None, description="The price, with its change against a baseline.")


@register
@model
class MarketMove(Event):
    """A move of a market, index, currency or share price over a session or period."""

    TYPE: ClassVar[str] = "market_move"

    market: str | None = field(default=None, description="What moved (\"the FTSE 100\", \"the yen\").",
                               max_length=300)
    level: Quantity | None = field(default=None, description="The level it reached, with its change.")


@register
@model
class IndicatorRelease(Event):
    """Publication of an official statistic: inflation, unemployment, a trade balance (the agency as agent)."""

    TYPE: ClassVar[str] = "indicator_release"

    indicator: str | None = field(default=None, description="The statistic (\"annual consumer price inflation\").",
                                  max_length=300)
    figure: Quantity | None = field(default=None, description="The value published, with its change.")
    period: Time | None = field(default=None, description="The period the figure covers.")


@register
@model
class FinancialResults(Event):
    """A company reporting its results: revenue, profit or loss over a period."""

    TYPE: ClassVar[str] = "financial_results"

    figures: tuple[Quantity, ...] = field(factory=tuple, description="The figures reported (each with what it "
                                          "counts: \"net profit\").", max_items=50)
    period: Time | None = field(default=None, description="The period the results cover.")


@register
@model
class Merger(Event):
    """Two or more companies combining into one (the companies as participants)."""

    TYPE: ClassVar[str] = "merger"

    value: Quantity | None = field(default=None, description="The value of the deal.")


@register
@model
class Acquisition(Event):
    """One company or investor buying another or a stake in it (the buyer as agent, the target as recipient)."""

    TYPE: ClassVar[str] = "acquisition"

    stake: Quantity | None = field(default=None, description="The share bought (unit percent), when not all.")
    value: Quantity | None = field(default=None, description="The price paid.")


@register
@model
class Recall(Event):
    """A product recall by its maker or seller (the maker as agent, the products as item participants)."""

    TYPE: ClassVar[str] = "recall"

    reason: str | None = field(default=None, description="Why the products are recalled (\"risk of fire\").",
                               max_length=1000)
    units: Quantity | None = field(default=None, description="How many units are recalled.")


@register
@model
class Layoffs(Event):
    """Job cuts announced or made by an employer (the employer as agent)."""

    TYPE: ClassVar[str] = "layoffs"

    jobs: Quantity | None = field(default=None, description="How many jobs go.")


@register
@model
class Bankruptcy(Event):
    """A company filing for bankruptcy, insolvency or administration."""

    TYPE: ClassVar[str] = "bankruptcy"

    debts: Quantity | None = field(default=None, description="The debts reported.")


@register
@model
class Discovery(Event):
    """A scientific finding, study result or discovery published or announced."""

    TYPE: ClassVar[str] = "discovery"

    field_of_study: str | None = field(default=None, description="The field (\"astronomy\", \"oncology\").",
                                       max_length=200)


@register
@model
class Launch(Event):
    """A launch: a product, service, rocket or satellite (what is launched as an item participant)."""

    TYPE: ClassVar[str] = "launch"
