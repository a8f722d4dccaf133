"""Build the model 1.1 part 3 example fixtures: a harvest, a flood, a verdict and a recall, coded as objects.

Each article body is our own invented wire copy. Every evidence span is located in the body by this script
(never typed in as offsets), each article must pass ``newsevents.check_article``, and each is written to
``src/newsevents/fixtures/example-<story>.json``. Output is deterministic, so ``--check`` can tell whether the
committed files are what this script writes.

Usage::

    python tools/build_news_fixtures.py           # write the fixtures
    python tools/build_news_fixtures.py --check   # exit 1 if a committed fixture is out of date
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable

from _examples import Body, write_or_check  # tools/ is the script's directory, so first on sys.path

from newsevents import (
    Accident,
    AccidentKind,
    Actor,
    ActorKind,
    ActorPlace,
    ActorPlaceRelation,
    Affiliation,
    AffiliationRelation,
    AmountChange,
    AmountChangeKind,
    AmountDirection,
    AnchorPoint,
    AnchorRelation,
    Arrest,
    Article,
    Crime,
    Damage,
    DamageExtent,
    Disaster,
    Duration,
    EmergencyResponse,
    Grouping,
    Hazard,
    IndicatorRelease,
    Investigation,
    Item,
    ItemKind,
    Meeting,
    OrganisationType,
    Participant,
    ParticipantRole,
    Place,
    PlaceKind,
    Precision,
    PriceChange,
    Production,
    Provenance,
    Quantity,
    Realis,
    Recall,
    Recurrence,
    Rescue,
    Role,
    RoleStatus,
    Scale,
    Sentence,
    SentenceKind,
    Time,
    TimeAnchor,
    Trade,
    TradeFlow,
    Transfer,
    TransferKind,
    TransferTerms,
    Trial,
    Verdict,
    VerdictOutcome,
)

PROVENANCE = Provenance(coder="newsevents maintainers", dataset="newsevents fixtures",
                        comment="Invented wire copy written for the model 1.1 examples; people, firms and figures "
                        "are fictional.")





def _p(role: ParticipantRole, ref: str, quantity: Quantity | None = None) -> Participant:
    return Participant(role=role, ref=ref, quantity=quantity)


AGENT, RECIPIENT, ITEM, LOCATION, AFFECTED = (ParticipantRole.AGENT, ParticipantRole.RECIPIENT,
                                              ParticipantRole.ITEM, ParticipantRole.LOCATION,
                                              ParticipantRole.AFFECTED)

HARVEST = """\
ASTANA, Oct 14 (Newswire) - Kazakhstan harvested 3.2 million tonnes of wheat in its northern Kostanay region \
this season, up a third on last year's drought-hit crop, the agriculture ministry said on Tuesday.
The harvest, which lasted seven weeks, was finished in 10 of the 14 districts of the region by the end of \
September, the ministry said, and the rest were expected to finish within days.
Farmers were paid an average of 96,000 tenge per tonne, up 12% from a year earlier. Separately, the \
statistics bureau said annual food price inflation fell 2.5 points in September to 8.1 percent.
Grain exports to Uzbekistan, the country's largest buyer, reached 1.1 million tonnes in the first nine months \
of the year, worth about $240 million, the ministry said.
"The weather finally worked with us," said Aigerim Sadykova, a grain farmer from Zhitikara, who said her \
family had sold part of its crop to a trader in Kostanay before the harvest began.
Analysts at the Almaty-based Grain Union said the figure was likely to be revised up once every district had \
reported, as yields in the south of the region were better than expected.
"""


def harvest() -> Article:
    """A harvest and trade figures compared with the year before."""
    b = Body(HARVEST)
    places = (
        Place(id="kazakhstan", name="Kazakhstan", kind=PlaceKind.COUNTRY, country_code="KZ",
              evidence=b.ev("Kazakhstan")),
        Place(id="kostanay_region", name="Kostanay Region", kind=PlaceKind.REGION, country_code="KZ",
              within="kazakhstan", evidence=b.ev("Kostanay region")),
        Place(id="zhitikara", name="Zhitikara", kind=PlaceKind.CITY, country_code="KZ", within="kostanay_region",
              evidence=b.ev("Zhitikara")),
        Place(id="almaty", name="Almaty", kind=PlaceKind.CITY, country_code="KZ", within="kazakhstan",
              evidence=b.ev("Almaty")),
        Place(id="astana", name="Astana", kind=PlaceKind.CITY, country_code="KZ", within="kazakhstan",
              evidence=b.ev("ASTANA")),
        Place(id="uzbekistan", name="Uzbekistan", kind=PlaceKind.COUNTRY, country_code="UZ",
              evidence=b.ev("Uzbekistan")),
    )
    actors = (
        Actor(id="ministry", kind=ActorKind.ORGANISATION, name="Ministry of Agriculture of Kazakhstan",
              organisation_type=OrganisationType.MINISTRY, country_code="KZ",
              mentions=b.ev("the agriculture ministry")),
        Actor(id="bureau", kind=ActorKind.ORGANISATION, name="Bureau of National Statistics of Kazakhstan",
              organisation_type=OrganisationType.GOVERNMENT_BODY, country_code="KZ",
              mentions=b.ev("the statistics bureau")),
        Actor(id="uzbekistan_state", kind=ActorKind.STATE, name="Uzbekistan", country_code="UZ",
              mentions=(b("Uzbekistan"),)),
        Actor(id="farmers", kind=ActorKind.COLLECTIVE, name="wheat farmers in Kostanay region",
              mentions=b.ev("Farmers")),
        Actor(id="sadykova", kind=ActorKind.PERSON, name="Aigerim Sadykova", description="A grain farmer.",
              places=(ActorPlace(place="zhitikara", relation=ActorPlaceRelation.HOME_TOWN,
                                 evidence=b.ev("a grain farmer from Zhitikara")),),
              mentions=b.ev("Aigerim Sadykova")),
        Actor(id="grain_union", kind=ActorKind.ORGANISATION, name="Grain Union",
              organisation_type=OrganisationType.OTHER, description="An industry group whose analysts the "
              "article cites.",
              places=(ActorPlace(place="almaty", relation=ActorPlaceRelation.BASED_IN,
                                 evidence=b.ev("Almaty-based Grain Union")),),
              mentions=b.ev("Grain Union")),
    )
    items = (Item(id="wheat", name="wheat", kind=ItemKind.GOODS, origin="kostanay_region",
                  mentions=b.ev("wheat")),
             Item(id="grain", name="grain", kind=ItemKind.GOODS, origin="kazakhstan", mentions=b.ev("Grain exports")))
    season = Time(text="this season", value="2026", precision=Precision.YEAR, evidence=b.ev("this season"))
    last_year = Time(text="last year", value="2025", precision=Precision.YEAR, evidence=b.ev("last year"))
    events = (
        Production(
            id="e_harvest", realis=Realis.OCCURRED, summary="Kostanay region harvested 3.2 million tonnes of wheat, "
            "a third more than last year.", trigger=b("harvested"), place="kostanay_region",
            participants=(_p(ITEM, "wheat"),), period=season, duration=Duration(
                text="lasted seven weeks", value="P7W", evidence=b.ev("lasted seven weeks")),
            amount=Quantity(text="3.2 million tonnes", value=3_200_000, stated=3.2, scale=Scale.MILLION,
                            unit="tonne", counted="wheat", evidence=b.ev("3.2 million tonnes"), change=AmountChange(
                                direction=AmountDirection.INCREASE, kind=AmountChangeKind.FRACTION, amount=0.3333,
                                approximate=True, text="up a third on last year's drought-hit crop",
                                baseline_time=last_year, baseline_text="last year's drought-hit crop",
                                evidence=b.ev("up a third on last year's drought-hit crop"))),
            attribution=None, evidence=b.ev("Kazakhstan harvested 3.2 million tonnes of wheat")),
        Production(
            id="e_districts", realis=Realis.OCCURRED, summary="Harvesting was finished in 10 of the region's 14 "
            "districts by the end of September.", trigger=b("finished"), place="kostanay_region",
            time=Time(text="by the end of September", latest=dt.date(2026, 9, 30),
                      evidence=b.ev("by the end of September")),
            amount=Quantity(text="10 of the 14 districts", value=10, of_total=14,
                            counted="districts of Kostanay region where the harvest was finished",
                            evidence=b.ev("10 of the 14 districts")),
            evidence=b.ev("was finished in 10 of the 14 districts of the region")),
        PriceChange(
            id="e_farm_price", realis=Realis.OCCURRED, summary="Farmers were paid 96,000 tenge a tonne on average, "
            "12% more than a year earlier.", trigger=b("paid"), participants=(_p(RECIPIENT, "farmers"),),
            price=Quantity(text="an average of 96,000 tenge per tonne", value=96_000, currency="KZT",
                           counted="average price paid to farmers per tonne of wheat", approximate=False,
                           evidence=b.ev("96,000 tenge per tonne"), change=AmountChange(
                               direction=AmountDirection.INCREASE, kind=AmountChangeKind.PERCENT, amount=12,
                               text="up 12% from a year earlier", baseline_text="a year earlier",
                               evidence=b.ev("up 12% from a year earlier"))),
            evidence=b.ev("Farmers were paid an average of 96,000 tenge per tonne")),
        IndicatorRelease(
            id="e_inflation", realis=Realis.OCCURRED, summary="The statistics bureau reported annual food price "
            "inflation of 8.1% in September, down 2.5 points.", trigger=b("said", 1),
            participants=(_p(AGENT, "bureau"),), indicator="annual food price inflation",
            period=Time(text="in September", value="2026-09", precision=Precision.MONTH,
                        evidence=b.ev("in September")),
            figure=Quantity(text="8.1 percent", value=8.1, unit="percent", evidence=b.ev("8.1 percent"),
                            change=AmountChange(direction=AmountDirection.DECREASE, kind=AmountChangeKind.POINTS,
                                                amount=2.5, text="fell 2.5 points",
                                                evidence=b.ev("fell 2.5 points"))),
            evidence=b.ev("annual food price inflation fell 2.5 points in September to 8.1 percent")),
        Trade(
            id="e_exports", realis=Realis.OCCURRED, summary="Kazakhstan exported 1.1 million tonnes of grain "
            "to Uzbekistan in January to September, worth about $240 million.", trigger=b("exports"),
            flow=TradeFlow.EXPORT, participants=(_p(ITEM, "grain"), _p(RECIPIENT, "uzbekistan_state")),
            period=Time(text="the first nine months of the year", earliest=dt.date(2026, 1, 1),
                        latest=dt.date(2026, 9, 30), evidence=b.ev("the first nine months of the year")),
            amount=Quantity(text="1.1 million tonnes", value=1_100_000, stated=1.1, scale=Scale.MILLION,
                            unit="tonne", counted="grain", evidence=b.ev("1.1 million tonnes")),
            value=Quantity(text="about $240 million", value=240_000_000, stated=240, scale=Scale.MILLION,
                           currency="USD", approximate=True, evidence=b.ev("about $240 million")),
            evidence=b.ev("Grain exports to Uzbekistan")),
    )
    return Article(id="example-harvest", headline="Kazakh wheat harvest up a third on last year",
                   dateline="astana", language="en",
                   published=Time(value="2026-10-14", precision=Precision.DAY), body=HARVEST, actors=actors,
                   places=places, items=items, events=events, provenance=PROVENANCE)


FLOOD = """\
PRAGUE, May 18 (Newswire) - Four people were missing and about 1,200 had been evacuated from villages in the \
Jesenik district on Monday after three days of heavy rain sent the Bela river over its banks.
Firefighters said they had rescued 37 people from flooded homes in Dolni Brana and Lipova Hora since the river \
burst its banks on Sunday morning, and that at least a dozen residents were still trapped on upper floors.
The footbridge in Lipova Hora was swept away and around 300 houses in the two villages were flooded, the \
regional governor, Petr Kolar, told reporters in Jesenik.
Among the missing is a 71-year-old resident of Dolni Brana who was last seen trying to move his car, police \
said. The regional crisis staff has been meeting every two hours since Sunday.
The government declared a state of emergency in the district for 30 days, allowing army engineers to be sent \
to build temporary bridges and shore up the river banks.
"""


def flood() -> Article:
    """A flood with missing and evacuated people in named villages of a district; wire copy without headline."""
    b = Body(FLOOD)
    places = (
        Place(id="czechia", name="Czech Republic", kind=PlaceKind.COUNTRY, country_code="CZ"),
        Place(id="jesenik_district", name="Jesenik District", kind=PlaceKind.REGION, country_code="CZ",
              within="czechia", evidence=b.ev("Jesenik district")),
        Place(id="dolni_brana", name="Dolni Brana", kind=PlaceKind.CITY, country_code="CZ",
              within="jesenik_district", evidence=b.ev("Dolni Brana")),
        Place(id="lipova_hora", name="Lipova Hora", kind=PlaceKind.CITY, country_code="CZ",
              within="jesenik_district", evidence=b.ev("Lipova Hora")),
        Place(id="footbridge", name="footbridge in Lipova Hora", kind=PlaceKind.SITE, country_code="CZ",
              within="lipova_hora", evidence=b.ev("The footbridge")),
        Place(id="bela", name="Bela", kind=PlaceKind.WATER, country_code="CZ", evidence=b.ev("Bela river")),
        Place(id="prague", name="Prague", kind=PlaceKind.CITY, country_code="CZ", within="czechia",
              evidence=b.ev("PRAGUE")),
    )
    actors = (
        Actor(id="firefighters", kind=ActorKind.COLLECTIVE, name="firefighters", mentions=b.ev("Firefighters")),
        Actor(id="kolar", kind=ActorKind.PERSON, name="Petr Kolar",
              roles=(Role(title="regional governor", evidence=b.ev("regional governor")),),
              mentions=b.ev("Petr Kolar")),
        Actor(id="missing_resident", kind=ActorKind.ANONYMOUS, name="a 71-year-old resident of Dolni Brana",
              places=(ActorPlace(place="dolni_brana", relation=ActorPlaceRelation.LIVES_IN,
                                 evidence=b.ev("resident of Dolni Brana")),),
              mentions=b.ev("a 71-year-old resident")),
        Actor(id="crisis_staff", kind=ActorKind.ORGANISATION, name="regional crisis staff",
              organisation_type=OrganisationType.GOVERNMENT_BODY, mentions=b.ev("regional crisis staff")),
        Actor(id="government", kind=ActorKind.ORGANISATION, name="Government of the Czech Republic",
              organisation_type=OrganisationType.GOVERNMENT, country_code="CZ", mentions=b.ev("The government")),
    )
    items = (Item(id="houses", name="houses in Dolni Brana and Lipova Hora", kind=ItemKind.OTHER,
                  mentions=b.ev("houses")),)
    sunday = Time(text="on Sunday morning", value="2026-05-17", precision=Precision.DAY,
                  evidence=b.ev("on Sunday morning"))
    events = (
        Disaster(
            id="e_flood", realis=Realis.OCCURRED, hazard=Hazard.FLOOD, summary="The Bela river flooded villages "
            "in the Jesenik district after three days of rain.", trigger=b("over its banks"),
            place="jesenik_district", participants=(_p(AFFECTED, "dolni_brana"), _p(AFFECTED, "lipova_hora")),
            time=sunday, missing=Quantity(text="Four", value=4, evidence=b.ev("Four")),
            evacuated=Quantity(text="about 1,200", value=1200, approximate=True, evidence=b.ev("about 1,200")),
            trapped=Quantity(text="at least a dozen", minimum=12, approximate=True,
                             evidence=b.ev("at least a dozen")),
            damage=(Damage(ref="footbridge", extent=DamageExtent.DESTROYED, evidence=b.ev("swept away")),
                    Damage(ref="houses", extent=DamageExtent.FLOODED, quantity=Quantity(
                        text="around 300", value=300, approximate=True, counted="houses",
                        evidence=b.ev("around 300")), evidence=b.ev("around 300 houses in the two villages "
                                                                    "were flooded"))),
            evidence=b.ev("sent the Bela river over its banks")),
        Disaster(
            id="e_rain", realis=Realis.OCCURRED, hazard=Hazard.STORM, summary="Three days of heavy rain.",
            trigger=b("heavy rain"), place="jesenik_district",
            duration=Duration(text="three days", value="P3D", evidence=b.ev("three days")),
            evidence=b.ev("three days of heavy rain")),
        Rescue(
            id="e_rescue", realis=Realis.OCCURRED, summary="Firefighters rescued 37 people from flooded homes.",
            trigger=b("rescued"), participants=(_p(AGENT, "firefighters"),),
            rescued=Quantity(text="37 people", value=37, evidence=b.ev("37 people")),
            time=Time(text="since the river burst its banks", relative=True,
                      anchor=TimeAnchor(ref="e_flood", relation=AnchorRelation.SINCE, point=AnchorPoint.START),
                      evidence=b.ev("since the river burst its banks")),
            evidence=b.ev("rescued 37 people from flooded homes")),
        Meeting(
            id="e_crisis_meetings", realis=Realis.ONGOING, summary="The crisis staff meets every two hours.",
            trigger=b("meeting"), participants=(_p(ParticipantRole.PARTICIPANT, "crisis_staff"),),
            time=Time(text="every two hours since Sunday", earliest=dt.date(2026, 5, 17), recurrence=Recurrence(
                text="every two hours", interval="PT2H", evidence=b.ev("every two hours")),
                evidence=b.ev("every two hours since Sunday")),
            evidence=b.ev("has been meeting every two hours since Sunday")),
        EmergencyResponse(
            id="e_emergency", realis=Realis.OCCURRED, declared=True, summary="A 30-day state of emergency.",
            trigger=b("declared"), participants=(_p(AGENT, "government"),), place="jesenik_district",
            duration=Duration(text="for 30 days", value="P30D", evidence=b.ev("for 30 days")),
            evidence=b.ev("declared a state of emergency in the district for 30 days")),
    )
    return Article(id="example-flood", language="en", dateline="prague",
                   published=Time(value="2026-05-18", precision=Precision.DAY), body=FLOOD, actors=actors,
                   places=places, items=items, events=events, provenance=PROVENANCE)


VERDICT = """\
KRAKOW, Poland, March 3 (Newswire) - A regional court in Krakow on Tuesday found a former mayor of Nowa Lipnica \
guilty of taking bribes over municipal housing contracts and sentenced him to six years in prison and a fine of \
200,000 zlotys.
Marek Zielinski, 58, who ran the town for 11 years, was one of four defendants in a trial that lasted 14 \
months. The court also convicted the builder Tomasz Wrona and a former town treasurer, and acquitted the fourth.
Wrona, whose company built 120 of the 160 flats at the centre of the case, was given a two-year suspended \
sentence. Judge Anna Borowska said the bribes, paid between 2017 and 2021, totalled at least 1.4 million zlotys.
Zielinski, who was arrested in June 2023, has denied wrongdoing. His lawyer said he would appeal.
The case began when an audit by the regional accounts chamber found that the town had paid well above market \
prices for the flats. Prosecutors had asked for eight years for the former mayor.
"""


def verdict() -> Article:
    """A court verdict with its sentences."""
    b = Body(VERDICT)
    places = (
        Place(id="krakow", name="Krakow", kind=PlaceKind.CITY, country_code="PL", evidence=b.ev("KRAKOW")),
        Place(id="nowa_lipnica", name="Nowa Lipnica", kind=PlaceKind.CITY, country_code="PL",
              evidence=b.ev("Nowa Lipnica")),
    )
    actors = (
        Actor(id="court", kind=ActorKind.ORGANISATION, name="Regional Court in Krakow",
              organisation_type=OrganisationType.GOVERNMENT_BODY, location="krakow",
              mentions=b.ev("A regional court in Krakow")),
        Actor(id="zielinski", kind=ActorKind.PERSON, name="Marek Zielinski",
              roles=(Role(title="mayor of Nowa Lipnica", status=RoleStatus.FORMER,
                          evidence=b.ev("a former mayor of Nowa Lipnica")),),
              mentions=b.ev("Marek Zielinski")),
        Actor(id="wrona", kind=ActorKind.PERSON, name="Tomasz Wrona", description="A builder.",
              mentions=b.ev("Tomasz Wrona")),
        Actor(id="treasurer", kind=ActorKind.ANONYMOUS, name="a former town treasurer",
              mentions=b.ev("a former town treasurer")),
        Actor(id="fourth_defendant", kind=ActorKind.ANONYMOUS, name="the fourth defendant",
              mentions=b.ev("the fourth")),
        Actor(id="defendants", kind=ActorKind.COLLECTIVE, name="the four defendants",
              group=Grouping(count=Quantity(text="four", value=4, evidence=b.ev("four defendants")),
                             members=("zielinski", "wrona", "treasurer", "fourth_defendant"), complete=True),
              mentions=b.ev("four defendants")),
        Actor(id="borowska", kind=ActorKind.PERSON, name="Anna Borowska",
              roles=(Role(title="judge", organisation="court", evidence=b.ev("Judge")),),
              mentions=b.ev("Anna Borowska")),
    )
    items = (Item(id="flats", name="municipal flats", kind=ItemKind.OTHER, mentions=b.ev("flats")),
             Item(id="bribes", name="bribes", kind=ItemKind.MONEY, mentions=b.ev("bribes", "the bribes")))
    events = (
        Verdict(
            id="e_verdict", realis=Realis.OCCURRED, outcome=VerdictOutcome.GUILTY, summary="The court convicted "
            "Zielinski, Wrona and the former treasurer.", trigger=b("guilty"), place="krakow",
            participants=(_p(AGENT, "court"), _p(RECIPIENT, "zielinski"), _p(RECIPIENT, "wrona"),
                          _p(RECIPIENT, "treasurer")),
            time=Time(text="on Tuesday", value="2026-03-03", precision=Precision.DAY, evidence=b.ev("on Tuesday")),
            sentences=(
                Sentence(defendant="zielinski", kind=SentenceKind.PRISON, text="six years in prison",
                         term=Duration(text="six years", value="P6Y", evidence=b.ev("six years")),
                         evidence=b.ev("six years in prison")),
                Sentence(defendant="zielinski", kind=SentenceKind.FINE, text="a fine of 200,000 zlotys",
                         amount=Quantity(text="200,000 zlotys", value=200_000, currency="PLN",
                                         evidence=b.ev("200,000 zlotys")), evidence=b.ev("a fine of 200,000 zlotys")),
                Sentence(defendant="wrona", kind=SentenceKind.SUSPENDED, text="a two-year suspended sentence",
                         term=Duration(text="two-year", value="P2Y", evidence=b.ev("two-year")),
                         evidence=b.ev("a two-year suspended sentence"))),
            evidence=b.ev("found a former mayor of Nowa Lipnica guilty", "The court also convicted")),
        Verdict(
            id="e_acquittal", realis=Realis.OCCURRED, outcome=VerdictOutcome.NOT_GUILTY, trigger=b("acquitted"),
            participants=(_p(AGENT, "court"), _p(RECIPIENT, "fourth_defendant")),
            evidence=b.ev("acquitted the fourth")),
        Trial(
            id="e_trial", realis=Realis.OCCURRED, trigger=b("trial"), place="krakow",
            participants=(_p(ParticipantRole.PARTICIPANT, "defendants"),),
            duration=Duration(text="14 months", value="P14M", evidence=b.ev("14 months")),
            evidence=b.ev("a trial that lasted 14 months")),
        Crime(
            id="e_bribes", realis=Realis.OCCURRED, offence="bribery", summary="Bribes paid over municipal "
            "housing contracts.", trigger=b("bribes"), place="nowa_lipnica",
            participants=(_p(RECIPIENT, "zielinski"), _p(ParticipantRole.TOPIC, "flats"), _p(ITEM, "bribes", Quantity(
                text="at least 1.4 million zlotys", minimum=1_400_000, currency="PLN", scale=Scale.MILLION,
                stated=1.4, evidence=b.ev("at least 1.4 million zlotys")))),
            time=Time(text="between 2017 and 2021", earliest=dt.date(2017, 1, 1), latest=dt.date(2021, 12, 31),
                      evidence=b.ev("between 2017 and 2021")),
            evidence=b.ev("the bribes, paid between 2017 and 2021, totalled at least 1.4 million zlotys")),
        Production(
            id="e_flats_built", realis=Realis.OCCURRED, summary="Wrona's company built 120 of the 160 flats.",
            trigger=b("built"), participants=(_p(ITEM, "flats"),),
            amount=Quantity(text="120 of the 160 flats", value=120, of_total=160, counted="flats",
                            evidence=b.ev("120 of the 160 flats")),
            evidence=b.ev("whose company built 120 of the 160 flats")),
        Arrest(
            id="e_arrest", realis=Realis.OCCURRED, trigger=b("arrested"),
            participants=(_p(RECIPIENT, "zielinski"),),
            time=Time(text="in June 2023", value="2023-06", precision=Precision.MONTH, evidence=b.ev("in June 2023")),
            evidence=b.ev("was arrested in June 2023")),
    )
    return Article(id="example-verdict", headline="Polish court jails former mayor for six years over bribes",
                   dateline="krakow", language="en", published=Time(value="2026-03-03", precision=Precision.DAY),
                   body=VERDICT, actors=actors, places=places, items=items, events=events, provenance=PROVENANCE)


RECALL = """\
LEEDS, England, Jan 9 (Newswire) - Northfield Appliances is recalling 41,000 electric heaters sold in Britain \
and Ireland after 12 of the 37 faults reported by customers led to small fires, the company said on Friday.
The recall covers eight models, among them the Northfield Compact 2000 and the Northfield Oil Radiator 9, made \
between March and October last year at a plant in Ningbo, China, by the contract manufacturer Haitong Electric.
Northfield, a subsidiary of the Dutch group Vermaat Holding, sold the heaters through the retailer HomeCo at \
prices from 39 to 119 pounds. Customers should stop using them and will get a full refund, the company said.
Britain's product safety regulator said it was looking into the faults. No one has been hurt.
The company said a thermostat switch in the affected heaters could overheat when they were left on for long \
periods. Owners can check their model number on its website or call a free helpline, it added.
"""


def recall() -> Article:
    """A product recall by a manufacturer."""
    b = Body(RECALL)
    places = (
        Place(id="leeds", name="Leeds", kind=PlaceKind.CITY, country_code="GB", evidence=b.ev("LEEDS")),
        Place(id="china", name="China", kind=PlaceKind.COUNTRY, country_code="CN", evidence=b.ev("China")),
        Place(id="ningbo", name="Ningbo", kind=PlaceKind.CITY, country_code="CN", within="china",
              evidence=b.ev("Ningbo")),
        Place(id="ningbo_plant", name="Haitong Electric plant in Ningbo", kind=PlaceKind.SITE, country_code="CN",
              within="ningbo", evidence=b.ev("a plant in Ningbo")),
    )
    actors = (
        Actor(id="northfield", kind=ActorKind.ORGANISATION, name="Northfield Appliances",
              organisation_type=OrganisationType.COMPANY, location="leeds",
              affiliations=(Affiliation(actor="vermaat", relation=AffiliationRelation.SUBSIDIARY_OF,
                                        evidence=b.ev("a subsidiary of the Dutch group Vermaat Holding")),
                            Affiliation(actor="homeco", relation=AffiliationRelation.SUPPLIER_OF,
                                        evidence=b.ev("sold the heaters through the retailer HomeCo"))),
              mentions=b.ev("Northfield Appliances")),
        Actor(id="vermaat", kind=ActorKind.ORGANISATION, name="Vermaat Holding", country_code="NL",
              organisation_type=OrganisationType.COMPANY, mentions=b.ev("Vermaat Holding")),
        Actor(id="haitong", kind=ActorKind.ORGANISATION, name="Haitong Electric", country_code="CN",
              organisation_type=OrganisationType.COMPANY,
              affiliations=(Affiliation(actor="northfield", relation=AffiliationRelation.MANUFACTURER_FOR,
                                        evidence=b.ev("by the contract manufacturer Haitong Electric")),),
              places=(ActorPlace(place="ningbo_plant", relation=ActorPlaceRelation.BASED_IN),),
              mentions=b.ev("Haitong Electric")),
        Actor(id="homeco", kind=ActorKind.ORGANISATION, name="HomeCo", organisation_type=OrganisationType.COMPANY,
              mentions=b.ev("HomeCo")),
        Actor(id="customers", kind=ActorKind.COLLECTIVE, name="customers", mentions=b.ev("Customers")),
        Actor(id="regulator", kind=ActorKind.ORGANISATION, name="Britain's product safety regulator",
              organisation_type=OrganisationType.GOVERNMENT_BODY, country_code="GB",
              mentions=b.ev("Britain's product safety regulator")),
    )
    models = (
        Item(id="compact_2000", name="Northfield Compact 2000", kind=ItemKind.GOODS, maker="haitong",
             origin="ningbo_plant", mentions=b.ev("Northfield Compact 2000")),
        Item(id="oil_radiator_9", name="Northfield Oil Radiator 9", kind=ItemKind.GOODS, maker="haitong",
             origin="ningbo_plant", mentions=b.ev("Northfield Oil Radiator 9")),
        Item(id="heaters", name="Northfield electric heaters (eight models)", kind=ItemKind.GOODS, maker="haitong",
             origin="ningbo_plant", owner=None, group=Grouping(
                 count=Quantity(text="eight models", value=8, evidence=b.ev("eight models")),
                 members=("compact_2000", "oil_radiator_9"), complete=False,
                 evidence=b.ev("eight models, among them the Northfield Compact 2000 and the Northfield Oil "
                               "Radiator 9")),
             mentions=b.ev("electric heaters")),
    )
    events = (
        Recall(
            id="e_recall", realis=Realis.ONGOING, summary="Northfield is recalling 41,000 heaters over fire risk.",
            trigger=b("recalling"), participants=(_p(AGENT, "northfield"), _p(ITEM, "heaters")),
            reason="faults that led to small fires",
            units=Quantity(text="41,000", value=41_000, unit="units", evidence=b.ev("41,000")),
            time=Time(text="on Friday", value="2027-01-08", precision=Precision.DAY, evidence=b.ev("on Friday")),
            evidence=b.ev("Northfield Appliances is recalling 41,000 electric heaters")),
        Accident(
            id="e_fires", realis=Realis.OCCURRED, accident_kind=AccidentKind.FIRE, summary="12 of 37 reported "
            "faults led to small fires; no one was hurt.", trigger=b("small fires"),
            participants=(_p(ITEM, "heaters", Quantity(text="12 of the 37 faults", value=12, of_total=37,
                                                         counted="faults reported by customers that led to fires",
                                                         evidence=b.ev("12 of the 37 faults"))),),
            injured=Quantity(text="No one", value=0, evidence=b.ev("No one")),
            evidence=b.ev("led to small fires")),
        Production(
            id="e_made", realis=Realis.OCCURRED, trigger=b("made"), place="ningbo_plant",
            participants=(_p(AGENT, "haitong"), _p(ITEM, "heaters")),
            period=Time(text="between March and October last year", earliest=dt.date(2026, 3, 1),
                        latest=dt.date(2026, 10, 31), evidence=b.ev("between March and October last year")),
            evidence=b.ev("made between March and October last year at a plant in Ningbo")),
        Transfer(
            id="e_sales", realis=Realis.OCCURRED, trigger=b("sold", 1),
            participants=(_p(AGENT, "homeco"), _p(ITEM, "heaters"), _p(RECIPIENT, "customers")),
            terms=TransferTerms(kind=TransferKind.SALE, price=Quantity(
                text="from 39 to 119 pounds", minimum=39, maximum=119, currency="GBP",
                evidence=b.ev("from 39 to 119 pounds")), evidence=b.ev("at prices from 39 to 119 pounds")),
            evidence=b.ev("sold the heaters through the retailer HomeCo")),
        Transfer(
            id="e_refund", realis=Realis.PLANNED, trigger=b("refund"),
            participants=(_p(AGENT, "northfield"), _p(RECIPIENT, "customers")),
            terms=TransferTerms(kind=TransferKind.OTHER, text="a full refund of the price paid",
                                evidence=b.ev("a full refund")),
            evidence=b.ev("will get a full refund")),
        Investigation(
            id="e_inquiry", realis=Realis.ONGOING, trigger=b("looking into"),
            participants=(_p(AGENT, "regulator"), _p(ParticipantRole.TOPIC, "heaters")),
            evidence=b.ev("said it was looking into the faults")),
    )
    return Article(id="example-recall", headline="Heater maker recalls 41,000 units over fire risk",
                   dateline="leeds", language="en", published=Time(value="2027-01-09", precision=Precision.DAY),
                   body=RECALL, actors=actors, places=places, items=models, events=events, provenance=PROVENANCE)


BUILDERS: dict[str, Callable[[], Article]] = {
    "example-harvest": harvest, "example-flood": flood, "example-verdict": verdict, "example-recall": recall,
}


def main(argv: list[str] | None = None) -> int:
    """Write the fixtures, or with ``--check`` report whether the committed ones are current."""
    return write_or_check(BUILDERS, "build_news_fixtures.py", __doc__.splitlines()[0] if __doc__ else None, argv)


if __name__ == "__main__":
    sys.exit(main())
