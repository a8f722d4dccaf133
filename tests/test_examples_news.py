"""The model 1.1 news examples (harvest, flood, verdict, recall): each listed fact, member by member."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from typing import Any

import newsevents
from newsevents import fixtures

from ._paths import REPO

BUILDER = REPO / "tools" / "build_news_fixtures.py"


def _by_id(entries: Any) -> dict[str, Any]:
    return {entry.id: entry for entry in entries}


def test_builder_check_passes() -> None:
    """The committed example-* fixtures are exactly what tools/build_news_fixtures.py writes."""
    result = subprocess.run([sys.executable, str(BUILDER), "--check"], cwd=REPO, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr


def test_examples_validate_without_warnings() -> None:
    """Each example validates as JSON and passes every semantic check, warnings included."""
    for name in ("example-harvest", "example-flood", "example-verdict", "example-recall"):
        assert newsevents.validate(fixtures.data(name)) == []
        assert newsevents.check_article(fixtures.load(name)) == []


def test_harvest_facts() -> None:
    """Harvest: 3.2 million tonnes, up a third on last year, seven weeks, 10 of 14 districts, prices, exports."""
    article = fixtures.load("example-harvest")
    events, places, actors = _by_id(article.events), _by_id(article.places), _by_id(article.actors)
    harvest = events["e_harvest"]
    assert isinstance(harvest, newsevents.Production)
    # "3.2 million tonnes": 3,200,000 with the wording kept.
    assert (harvest.amount.value, harvest.amount.stated, harvest.amount.scale) == (3_200_000, 3.2,
                                                                                   newsevents.Scale.MILLION)
    assert harvest.amount.unit == "tonne"
    assert harvest.amount.text == "3.2 million tonnes"
    # "up a third on last year's drought-hit crop"
    change = harvest.amount.change
    assert change.direction is newsevents.AmountDirection.INCREASE
    assert change.kind is newsevents.AmountChangeKind.FRACTION
    assert round(change.amount, 2) == 0.33
    assert change.baseline_time.value == "2025"
    # "lasted seven weeks"
    assert harvest.duration.value == "P7W"
    # In Kostanay region, inside Kazakhstan.
    assert harvest.place == "kostanay_region"
    assert places["kostanay_region"].within == "kazakhstan"
    # "10 of the 14 districts"
    districts = events["e_districts"].amount
    assert (districts.value, districts.of_total) == (10, 14)
    assert events["e_districts"].time.latest == dt.date(2026, 9, 30)
    # "96,000 tenge per tonne, up 12% from a year earlier"
    price = events["e_farm_price"].price
    assert (price.value, price.currency, price.change.kind, price.change.amount) == (
        96_000, "KZT", newsevents.AmountChangeKind.PERCENT, 12)
    # "annual food price inflation fell 2.5 points in September to 8.1 percent"
    inflation = events["e_inflation"]
    assert isinstance(inflation, newsevents.IndicatorRelease)
    assert (inflation.figure.value, inflation.figure.unit) == (8.1, "percent")
    assert inflation.figure.change.direction is newsevents.AmountDirection.DECREASE
    assert (inflation.figure.change.kind, inflation.figure.change.amount) == (newsevents.AmountChangeKind.POINTS, 2.5)
    assert inflation.period.value == "2026-09"
    # Exports to Uzbekistan: 1.1 million tonnes, worth about $240 million, in the first nine months.
    exports = events["e_exports"]
    assert exports.flow is newsevents.TradeFlow.EXPORT
    assert exports.amount.value == 1_100_000
    assert exports.value.currency == "USD"
    assert exports.value.value == 240_000_000
    assert exports.value.approximate
    assert ("recipient", "uzbekistan_state") in {(p.role.value, p.ref) for p in exports.participants}
    # A grain farmer from Zhitikara; the Almaty-based Grain Union.
    assert actors["sadykova"].places[0].relation is newsevents.ActorPlaceRelation.HOME_TOWN
    assert actors["sadykova"].places[0].place == "zhitikara"
    assert actors["grain_union"].places[0].relation is newsevents.ActorPlaceRelation.BASED_IN
    assert article.headline is not None


def test_flood_facts() -> None:
    """Flood: four missing, about 1,200 evacuated, a dozen trapped, 37 rescued, villages inside the district."""
    article = fixtures.load("example-flood")
    events, places, actors = _by_id(article.events), _by_id(article.places), _by_id(article.actors)
    # Wire copy: no headline.
    assert article.headline is None
    flood = events["e_flood"]
    assert isinstance(flood, newsevents.Disaster)
    assert flood.hazard is newsevents.Hazard.FLOOD
    # "Four people were missing and about 1,200 had been evacuated"
    assert flood.missing.value == 4
    assert flood.evacuated.value == 1200
    assert flood.evacuated.approximate
    # "at least a dozen residents were still trapped"
    assert flood.trapped.minimum == 12
    # Villages in the Jesenik district; the footbridge in Lipova Hora.
    assert places["dolni_brana"].within == places["lipova_hora"].within == "jesenik_district"
    assert places["jesenik_district"].within == "czechia"
    assert places["footbridge"].within == "lipova_hora"
    # "The footbridge ... was swept away and around 300 houses ... were flooded"
    damage = {d.ref: d for d in flood.damage}
    assert damage["footbridge"].extent is newsevents.DamageExtent.DESTROYED
    assert damage["houses"].extent is newsevents.DamageExtent.FLOODED
    assert damage["houses"].quantity.value == 300
    # "three days of heavy rain"
    assert events["e_rain"].duration.value == "P3D"
    # "rescued 37 people ... since the river burst its banks"
    rescue = events["e_rescue"]
    assert rescue.rescued.value == 37
    assert (rescue.time.anchor.ref, rescue.time.anchor.relation, rescue.time.anchor.point) == (
        "e_flood", newsevents.AnchorRelation.SINCE, newsevents.AnchorPoint.START)
    # "meeting every two hours since Sunday"
    assert events["e_crisis_meetings"].time.recurrence.interval == "PT2H"
    # "a state of emergency in the district for 30 days"
    emergency = events["e_emergency"]
    assert emergency.declared
    assert emergency.duration.value == "P30D"
    assert emergency.place == "jesenik_district"
    # "a 71-year-old resident of Dolni Brana"
    assert actors["missing_resident"].places[0].relation is newsevents.ActorPlaceRelation.LIVES_IN


def test_verdict_facts() -> None:
    """Verdict: guilty, six years and a 200,000 zloty fine, a two-year suspended term, one acquittal."""
    article = fixtures.load("example-verdict")
    events, actors = _by_id(article.events), _by_id(article.actors)
    verdict = events["e_verdict"]
    assert isinstance(verdict, newsevents.Verdict)
    assert verdict.outcome is newsevents.VerdictOutcome.GUILTY
    sentences = {(s.defendant, s.kind): s for s in verdict.sentences}
    # "six years in prison and a fine of 200,000 zlotys"
    assert sentences["zielinski", newsevents.SentenceKind.PRISON].term.value == "P6Y"
    fine = sentences["zielinski", newsevents.SentenceKind.FINE].amount
    assert (fine.value, fine.currency) == (200_000, "PLN")
    # "a two-year suspended sentence" for Wrona
    assert sentences["wrona", newsevents.SentenceKind.SUSPENDED].term.value == "P2Y"
    # "acquitted the fourth"
    assert events["e_acquittal"].outcome is newsevents.VerdictOutcome.NOT_GUILTY
    # "one of four defendants", all four listed
    group = actors["defendants"].group
    assert group.count.value == 4
    assert len(group.members) == 4
    assert group.complete
    # "a trial that lasted 14 months"
    assert events["e_trial"].duration.value == "P14M"
    # "120 of the 160 flats"
    assert (events["e_flats_built"].amount.value, events["e_flats_built"].amount.of_total) == (120, 160)
    # "at least 1.4 million zlotys", "between 2017 and 2021"
    bribes = next(p.quantity for p in events["e_bribes"].participants if p.ref == "bribes")
    assert (bribes.minimum, bribes.stated, bribes.currency) == (1_400_000, 1.4, "PLN")
    assert events["e_bribes"].time.earliest.year == 2017
    assert events["e_bribes"].time.latest.year == 2021
    # "arrested in June 2023"; a former mayor.
    assert events["e_arrest"].time.value == "2023-06"
    assert actors["zielinski"].roles[0].status is newsevents.RoleStatus.FORMER


def test_recall_facts() -> None:
    """Recall: 41,000 heaters, eight models of which two named, made in Ningbo by a contract maker, prices."""
    article = fixtures.load("example-recall")
    events, actors, items, places = (_by_id(article.events), _by_id(article.actors), _by_id(article.items),
                                     _by_id(article.places))
    recall = events["e_recall"]
    assert isinstance(recall, newsevents.Recall)
    assert recall.units.value == 41_000
    assert ("agent", "northfield") in {(p.role.value, p.ref)
                                                                         for p in recall.participants}
    # "eight models, among them the Northfield Compact 2000 and the Northfield Oil Radiator 9"
    group = items["heaters"].group
    assert group.count.value == 8
    assert group.members == ("compact_2000", "oil_radiator_9")
    assert not group.complete
    # Made at a plant in Ningbo, China, by Haitong Electric.
    assert items["compact_2000"].maker == "haitong"
    assert items["compact_2000"].origin == "ningbo_plant"
    assert places["ningbo_plant"].within == "ningbo"
    assert places["ningbo"].within == "china"
    # Business links: contract manufacturer, subsidiary, supplier of the retailer.
    links = {(a.relation, a.actor) for a in actors["northfield"].affiliations}
    assert (newsevents.AffiliationRelation.SUBSIDIARY_OF, "vermaat") in links
    assert (newsevents.AffiliationRelation.SUPPLIER_OF, "homeco") in links
    assert actors["haitong"].affiliations[0].relation is newsevents.AffiliationRelation.MANUFACTURER_FOR
    # "12 of the 37 faults ... led to small fires"; "No one has been hurt."
    fires = events["e_fires"]
    assert (fires.participants[0].quantity.value, fires.participants[0].quantity.of_total) == (12, 37)
    assert fires.injured.value == 0
    # "at prices from 39 to 119 pounds"
    terms = events["e_sales"].terms
    assert terms.kind is newsevents.TransferKind.SALE
    assert (terms.price.minimum, terms.price.maximum, terms.price.currency) == (39, 119, "GBP")
    # "made between March and October last year"
    assert events["e_made"].period.earliest == dt.date(2026, 3, 1)
