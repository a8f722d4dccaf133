"""Build the model 1.1 part 1 fixtures: four short wire stories about statements and values by source.

Each story is written here (invented places and people), coded as newsevents objects with every evidence span
located in the body by this script (never typed offsets), checked with ``newsevents.check_article`` and
written to ``src/newsevents/fixtures/example-<story>.json``. Output is deterministic, so ``--check`` tells
whether the committed files are what this script writes.

Usage::

    python tools/build_speech_fixtures.py           # write the fixtures
    python tools/build_speech_fixtures.py --check   # exit 1 if a committed fixture is out of date
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from _examples import Body, write_or_check  # tools/ is the script's directory, so first on sys.path

from newsevents import (
    PUBLICATION,
    Actor,
    ActorKind,
    AnchorRelation,
    ArmedAttack,
    Article,
    ClaimBasis,
    Demand,
    Instrument,
    Item,
    ItemKind,
    Meeting,
    OrganisationType,
    Participant,
    ParticipantRole,
    Place,
    PlaceKind,
    PolicyChange,
    PolicyStatus,
    Precision,
    Quantity,
    Quote,
    Realis,
    Relation,
    RelationType,
    Role,
    Sanction,
    Situation,
    Sourcing,
    Stance,
    StanceType,
    Statement,
    StatementForm,
    Threat,
    Time,
    TimeAnchor,
    Transfer,
    ValueClaim,
    Withholding,
)


def _org(id: str, name: str, kind: OrganisationType, b: Body, *mentions: str) -> Actor:  # noqa: A002
    return Actor(id=id, kind=ActorKind.ORGANISATION, name=name, organisation_type=kind,
                 mentions=tuple(b(m) for m in mentions))


def _person(id: str, name: str, title: str, org: str | None, b: Body, *mentions: str) -> Actor:  # noqa: A002
    return Actor(id=id, kind=ActorKind.PERSON, name=name, roles=(Role(title=title, organisation=org),),
                 mentions=tuple(b(m) for m in mentions))


def _day(value: str, text: str | None = None, b: Body | None = None) -> Time:
    evidence = (b(text),) if b is not None and text is not None else ()
    return Time(text=text, value=value, precision=Precision.DAY, evidence=evidence)


def _relative_day(value: str, text: str, b: Body) -> Time:
    """A weekday the text names, counted back from the publication."""
    return Time(text=text, value=value, precision=Precision.DAY, relative=True,
                anchor=TimeAnchor(ref=PUBLICATION, relation=AnchorRelation.NEAREST_BEFORE), evidence=(b(text),))


TOLL = Body("""SARNOW, March 13 (Newswire) - The death toll from Tuesday's missile strike on a market in the town of \
Sarnow has risen to 19, the regional emergency service said on Thursday, after a first count of 12 was raised to \
15 on Wednesday evening.

Town officials put the number of dead at 26, saying several victims buried by their families on Wednesday had not \
been included in the regional count. The emergency service said it could not confirm the higher figure.

"Our teams are still clearing the rubble, and the toll could be higher," emergency service spokeswoman Ana Lind \
told reporters at a briefing in the regional capital, Dravo. At least 40 people were injured, she said.

Velnia's defence ministry denied that its forces had struck the market, saying in a statement that its missiles \
had hit a military depot outside the town.

Interior Minister Petar Holm told state television that the government would ask the United Nations to \
investigate the strike. He did not say when the request would be filed.
""")


def build_toll() -> Article:
    """A disputed death toll, revised twice, with a denial and an intention."""
    b = TOLL
    count = Quantity
    return Article(
        id="example-disputed-toll", headline="Death toll from market strike in Sarnow rises to 19",
        language="en", publisher="newswire", dateline="sarnow", body=b.text,
        published=_day("2025-03-13", "March 13", b),
        actors=(
            _org("newswire", "Newswire", OrganisationType.NEWS_OUTLET, b, "Newswire"),
            _org("emergency", "the regional emergency service", OrganisationType.GOVERNMENT_BODY, b,
                 "the regional emergency service", "The emergency service"),
            Actor(id="town", kind=ActorKind.COLLECTIVE, name="Sarnow town officials", mentions=(b("Town officials"),)),
            _person("lind", "Ana Lind", "spokeswoman", "emergency", b, "Ana Lind"),
            Actor(id="reporters", kind=ActorKind.COLLECTIVE, name="reporters", mentions=(b("reporters"),)),
            Actor(id="velnia", kind=ActorKind.STATE, name="Velnia", mentions=(b("Velnia"),)),
            _org("velnia_mod", "Velnia's defence ministry", OrganisationType.MINISTRY, b, "defence ministry"),
            _person("holm", "Petar Holm", "Interior Minister", None, b, "Petar Holm"),
            _org("state_tv", "state television", OrganisationType.NEWS_OUTLET, b, "state television"),
            _org("un", "the United Nations", OrganisationType.INTERNATIONAL_ORGANISATION, b, "the United Nations"),
        ),
        places=(
            Place(id="sarnow", name="Sarnow", kind=PlaceKind.CITY, evidence=(b("SARNOW"), b("Sarnow"))),
            Place(id="dravo", name="Dravo", kind=PlaceKind.CITY, evidence=(b("Dravo"),)),
        ),
        events=(
            ArmedAttack(id="strike", realis=Realis.OCCURRED, trigger=b("missile strike"), place="sarnow",
                        summary="A missile strike hit a market in Sarnow.",
                        time=_relative_day("2025-03-11", "Tuesday's", b),
                        killed=count(value=19, text="19", evidence=(b("19"),)),
                        injured=count(minimum=40, text="At least 40", evidence=(b("At least 40"),)),
                        participants=(Participant(role=ParticipantRole.AFFECTED, ref="sarnow"),),
                        evidence=(b("missile strike on a market"),)),
            Demand(id="un_request", realis=Realis.INTENDED, trigger=b("ask"),
                   summary="The government intends to ask the United Nations to investigate the strike.",
                   participants=(Participant(role=ParticipantRole.RECIPIENT, ref="un"),),
                   evidence=(b("would ask the United Nations to investigate the strike"),)),
        ),
        statements=(
            Quote(id="q_lind", speaker="lind", capacity="emergency service spokeswoman", reporting_verb="told",
                  content="Rescuers are still clearing the rubble and the toll could rise.",
                  text="Our teams are still clearing the rubble, and the toll could be higher",
                  form=StatementForm.BRIEFING, addressees=("reporters",), venue="dravo", sourcing=Sourcing.PUBLIC,
                  about=("strike",), evidence=(b("Our teams are still clearing the rubble, and the toll could be "
                                                 "higher"),)),
            Statement(id="s_unconfirmed", speaker="emergency", content="It could not confirm the town's figure of 26.",
                      withheld=Withholding.WOULD_NOT_CONFIRM, about=("toll_town",),
                      evidence=(b("could not confirm the higher figure"),)),
            Statement(id="s_denial", speaker="velnia_mod", reporting_verb="denied",
                      form=StatementForm.WRITTEN_STATEMENT,
                      content="Its forces did not strike the market; its missiles hit a military depot outside the "
                      "town.",
                      stances=(Stance(target="strike", stance=StanceType.DENIES, evidence=(b("denied"),)),),
                      about=("strike",), sourcing=Sourcing.PUBLIC,
                      evidence=(b("denied that its forces had struck the market"),)),
            Statement(id="s_holm", speaker="holm", reporting_verb="told", form=StatementForm.INTERVIEW,
                      addressees=("state_tv",), sourcing=Sourcing.PUBLIC, about=("un_request",),
                      content="The government will ask the United Nations to investigate the strike.",
                      evidence=(b("told state television that the government would ask the United Nations"),)),
            Statement(id="s_holm_when", speaker="holm", withheld=Withholding.DID_NOT_SAY, about=("un_request",),
                      content="When the request would be filed.",
                      evidence=(b("He did not say when the request would be filed"),)),
        ),
        value_claims=(
            ValueClaim(id="toll_first", event="strike", member="killed", basis=ClaimBasis.MEASURED,
                       source="emergency", quantity=count(value=12, text="12"),
                       evidence=(b("a first count of 12"),)),
            ValueClaim(id="toll_wednesday", event="strike", member="killed", basis=ClaimBasis.MEASURED,
                       source="emergency", quantity=count(value=15, text="15"),
                       as_of=Time(text="Wednesday evening", value="2025-03-12", precision=Precision.DAY,
                                  relative=True, evidence=(b("Wednesday evening"),),
                                  anchor=TimeAnchor(ref=PUBLICATION, relation=AnchorRelation.NEAREST_BEFORE)),
                       evidence=(b("raised to 15"),)),
            ValueClaim(id="toll_thursday", event="strike", member="killed", basis=ClaimBasis.MEASURED,
                       source="emergency", quantity=count(value=19, text="19"),
                       as_of=Time(text="on Thursday", value="2025-03-13", precision=Precision.DAY, relative=True,
                                  anchor=TimeAnchor(ref=PUBLICATION, relation=AnchorRelation.SAME),
                                  evidence=(b("on Thursday"),)),
                       evidence=(b("has risen to 19"),)),
            ValueClaim(id="toll_town", event="strike", member="killed", basis=ClaimBasis.CLAIMED, source="town",
                       quantity=count(value=26, text="26"), evidence=(b("put the number of dead at 26"),)),
            ValueClaim(id="toll_higher", event="strike", member="killed", basis=ClaimBasis.POSSIBLE, source="lind",
                       statement="q_lind", quantity=count(minimum=20, text="could be higher", approximate=True),
                       evidence=(b("the toll could be higher"),)),
        ),
        relations=(
            Relation(type=RelationType.REVISES, source="toll_wednesday", target="toll_first",
                     evidence=(b("raised to"),)),
            Relation(type=RelationType.REVISES, source="toll_thursday", target="toll_wednesday",
                     evidence=(b("has risen to"),)),
            Relation(type=RelationType.CONTRADICTS, source="toll_town", target="toll_thursday",
                     evidence=(b("had not been included in the regional count"),)),
            Relation(type=RelationType.CONTRADICTS, source="s_denial", target="strike"),
        ),
    )


RAIL = Body("""BRENHOLT, June 3 (Newswire) - The national rail safety regulator fined Nordline Rail 2.4 million \
euros on Tuesday for repeated signalling failures on its northern routes and ordered the operator to replace faulty \
equipment within six months.

Nordline Rail declined to comment on the fine. Its chief executive, Marta Weiss, has not responded to requests \
for comment sent on Monday.

The Rail Workers' Union welcomed the decision, saying in a statement that its members had warned of the failures \
for more than a year. "This fine is overdue, but it will not fix a single signal," union leader Tomas Berg wrote \
on social media.

The regulator's director, Helena Voss, told a press conference in Brenholt that the operator could lose its \
licence if the repairs were not finished on time. "Passengers are not at risk today," she said, adding that \
temporary speed limits were in place.

Opposition transport spokesman Erik Dahl criticised the regulator for acting too late.
""")


def build_rail() -> Article:
    """A company declines to comment while the regulator, a union and the opposition react."""
    b = RAIL
    return Article(
        id="example-declined-comment", headline="Regulator fines Nordline Rail over signalling failures",
        language="en", publisher="newswire", dateline="brenholt", body=b.text,
        published=_day("2025-06-03", "June 3", b),
        actors=(
            _org("newswire", "Newswire", OrganisationType.NEWS_OUTLET, b, "Newswire"),
            _org("regulator", "the national rail safety regulator", OrganisationType.GOVERNMENT_BODY, b,
                 "The national rail safety regulator"),
            _org("nordline", "Nordline Rail", OrganisationType.COMPANY, b, "Nordline Rail"),
            _person("weiss", "Marta Weiss", "chief executive", "nordline", b, "Marta Weiss"),
            _org("union", "the Rail Workers' Union", OrganisationType.OTHER, b, "The Rail Workers' Union"),
            _person("berg", "Tomas Berg", "union leader", "union", b, "Tomas Berg"),
            _person("voss", "Helena Voss", "director", "regulator", b, "Helena Voss"),
            _person("dahl", "Erik Dahl", "opposition transport spokesman", None, b, "Erik Dahl"),
        ),
        places=(Place(id="brenholt", name="Brenholt", kind=PlaceKind.CITY,
                      evidence=(b("BRENHOLT"), b("Brenholt"))),),
        items=(Item(id="fine", name="a fine of 2.4 million euros", kind=ItemKind.MONEY,
                    mentions=(b("the fine"), b("This fine"))),),
        events=(
            Sanction(id="fine_event", realis=Realis.OCCURRED, trigger=b("fined"),
                     summary="The rail safety regulator fined Nordline Rail for signalling failures.",
                     time=_relative_day("2025-06-03", "Tuesday", b),
                     participants=(
                         Participant(role=ParticipantRole.AGENT, ref="regulator"),
                         Participant(role=ParticipantRole.AFFECTED, ref="nordline"),
                         Participant(role=ParticipantRole.ITEM, ref="fine", quantity=Quantity(
                             value=2_400_000, currency="EUR", text="2.4 million euros",
                             evidence=(b("2.4 million euros"),))),
                     ), evidence=(b("fined Nordline Rail 2.4 million euros"),)),
            Demand(id="repair_order", realis=Realis.OCCURRED, trigger=b("ordered"),
                   summary="The regulator ordered Nordline Rail to replace faulty equipment within six months.",
                   participants=(Participant(role=ParticipantRole.AGENT, ref="regulator"),
                                 Participant(role=ParticipantRole.RECIPIENT, ref="nordline")),
                   evidence=(b("ordered the operator to replace faulty equipment within six months"),)),
            Threat(id="licence_threat", realis=Realis.HYPOTHETICAL, trigger=b("could lose its licence"),
                   summary="Nordline Rail could lose its licence if the repairs are late.",
                   participants=(Participant(role=ParticipantRole.AFFECTED, ref="nordline"),),
                   evidence=(b("the operator could lose its licence"),)),
        ),
        situations=(
            Situation(id="repairs_late", description="the repairs are not finished on time", about=("nordline",),
                      evidence=(b("the repairs were not finished on time"),)),
            Situation(id="passengers_safe", description="passengers are not at risk", about=("nordline",),
                      evidence=(b("Passengers are not at risk today"),)),
        ),
        statements=(
            Statement(id="s_nordline", speaker="nordline", withheld=Withholding.DECLINED_TO_COMMENT,
                      about=("fine_event",), content="No comment on the fine.",
                      evidence=(b("declined to comment on the fine"),)),
            Statement(id="s_weiss", speaker="weiss", withheld=Withholding.NO_RESPONSE, about=("fine_event",),
                      content="No response to requests for comment sent on Monday.",
                      evidence=(b("has not responded to requests for comment"),)),
            Statement(id="s_union", speaker="union", reporting_verb="saying", form=StatementForm.WRITTEN_STATEMENT,
                      sourcing=Sourcing.PUBLIC, content="Its members had warned of the failures for more than a year.",
                      stances=(Stance(target="fine_event", stance=StanceType.WELCOMES, evidence=(b("welcomed"),)),),
                      evidence=(b("welcomed the decision, saying in a statement"),)),
            Quote(id="q_berg", speaker="berg", capacity="union leader", reporting_verb="wrote",
                  form=StatementForm.SOCIAL_MEDIA_POST, sourcing=Sourcing.PUBLIC,
                  content="The fine is overdue and will not repair the signals.",
                  text="This fine is overdue, but it will not fix a single signal",
                  stances=(Stance(target="fine_event", stance=StanceType.DOUBTS),),
                  evidence=(b("This fine is overdue, but it will not fix a single signal"),)),
            Statement(id="s_voss", speaker="voss", reporting_verb="told", form=StatementForm.PRESS_CONFERENCE,
                      venue="brenholt", sourcing=Sourcing.PUBLIC, about=("licence_threat",),
                      content="The operator could lose its licence if the repairs are not finished on time.",
                      stances=(Stance(target="licence_threat", stance=StanceType.WARNS),),
                      evidence=(b("told a press conference in Brenholt that the operator could lose its licence"),)),
            Quote(id="q_voss", speaker="voss", reporting_verb="said", form=StatementForm.PRESS_CONFERENCE,
                  venue="brenholt", sourcing=Sourcing.PUBLIC, content="Passengers are not at risk today.",
                  text="Passengers are not at risk today",
                  stances=(Stance(target="passengers_safe", stance=StanceType.REASSURES),),
                  evidence=(b("Passengers are not at risk today"),)),
            Statement(id="s_dahl", speaker="dahl", reporting_verb="criticised", content="The regulator acted too late.",
                      stances=(Stance(target="regulator", stance=StanceType.CRITICISES, evidence=(b("criticised"),)),),
                      evidence=(b("criticised the regulator for acting too late"),)),
        ),
        relations=(
            Relation(type=RelationType.CONDITION, source="licence_threat", target="repairs_late",
                     evidence=(b("if the repairs were not finished on time"),)),
            Relation(type=RelationType.RESPONSE_TO, source="s_union", target="fine_event"),
            Relation(type=RelationType.RESPONSE_TO, source="s_dahl", target="fine_event"),
        ),
    )


EXPORTS = Body("""LENTARA, Aug 27 (Newswire) - Wheat exports from Lentara are expected to reach 3 million tonnes this \
year, a third more than last year's 2.25 million tonnes, the national statistics office said on Wednesday in its \
first harvest forecast.

The office said in its report that the rise reflected a wetter spring and a larger sown area after two years of \
drought.

The farmers' association said the forecast was too optimistic. Its president, Ivo Marek, told Newswire that \
growers in the south had lost up to half their crop and that exports could fall short of 2.7 million tonnes. \
"The south had its driest July in forty years, and the forecast ignores it," Marek said.

The agriculture ministry plans to raise export quotas once the harvest is in, a ministry official said, speaking \
on condition of anonymity because the decision had not been announced. The official would not say by how much.
""")


def _tonnes(value: float | None, text: str, b: Body, occurrence: int = 0, **bounds: float) -> Quantity:
    return Quantity(value=value, unit="tonne", counted="wheat", text=text, evidence=(b(text, occurrence),), **bounds)


def build_exports() -> Article:
    """A statistics office's forecast, last year's figure, and a lower figure from farmers."""
    b = EXPORTS
    return Article(
        id="example-export-forecast", headline="Lentara wheat exports forecast to rise by a third",
        language="en", publisher="newswire", dateline="lentara_city", body=b.text,
        published=_day("2025-08-27", "Aug 27", b),
        actors=(
            _org("newswire", "Newswire", OrganisationType.NEWS_OUTLET, b, "Newswire", "Newswire"),
            Actor(id="lentara", kind=ActorKind.STATE, name="Lentara", mentions=(b("Lentara"),)),
            _org("stats", "the national statistics office", OrganisationType.GOVERNMENT_BODY, b,
                 "the national statistics office"),
            _org("farmers", "the farmers' association", OrganisationType.NGO, b, "The farmers' association"),
            _person("marek", "Ivo Marek", "president", "farmers", b, "Ivo Marek"),
            _org("agri", "the agriculture ministry", OrganisationType.MINISTRY, b, "The agriculture ministry"),
            Actor(id="official", kind=ActorKind.ANONYMOUS, name="a ministry official",
                  mentions=(b("a ministry official"),)),
        ),
        places=(Place(id="lentara_city", name="Lentara", kind=PlaceKind.CITY, evidence=(b("LENTARA"),)),),
        items=(Item(id="wheat", name="wheat", kind=ItemKind.GOODS, mentions=(b("Wheat"),)),),
        events=(
            Transfer(id="exports_2025", realis=Realis.FORECAST, trigger=b("exports"),
                     summary="Lentara exports about 3 million tonnes of wheat this year.",
                     time=Time(text="this year", value="2025", precision=Precision.YEAR, evidence=(b("this year"),)),
                     participants=(Participant(role=ParticipantRole.AGENT, ref="lentara"),
                                   Participant(role=ParticipantRole.ITEM, ref="wheat",
                                               quantity=_tonnes(3_000_000, "3 million tonnes", b))),
                     evidence=(b("Wheat exports from Lentara are expected to reach 3 million tonnes"),)),
            Transfer(id="exports_2024", realis=Realis.OCCURRED, trigger=b("last year's"),
                     summary="Lentara exported 2.25 million tonnes of wheat last year.",
                     time=Time(text="last year's", value="2024", precision=Precision.YEAR,
                               evidence=(b("last year's"),)),
                     participants=(Participant(role=ParticipantRole.AGENT, ref="lentara"),
                                   Participant(role=ParticipantRole.ITEM, ref="wheat",
                                               quantity=_tonnes(2_250_000, "2.25 million tonnes", b))),
                     evidence=(b("last year's 2.25 million tonnes"),)),
            PolicyChange(id="quota_rise", realis=Realis.INTENDED, status=PolicyStatus.PROPOSED, setter="agri",
                         trigger=b("plans to raise"), instrument=Instrument(name="wheat export quotas"),
                         summary="The agriculture ministry plans to raise wheat export quotas.",
                         evidence=(b("plans to raise export quotas once the harvest is in"),)),
        ),
        situations=(
            Situation(id="wet_spring", description="a wetter spring", evidence=(b("a wetter spring"),)),
            Situation(id="larger_area", description="a larger sown area after two years of drought",
                      evidence=(b("a larger sown area after two years of drought"),)),
            Situation(id="harvest_in", description="the harvest is in", evidence=(b("the harvest is in"),)),
        ),
        statements=(
            Statement(id="s_forecast", speaker="stats", reporting_verb="said", form=StatementForm.REPORT,
                      sourcing=Sourcing.PUBLIC, medium="first harvest forecast", about=("exports_2025",),
                      content="Wheat exports are expected to reach 3 million tonnes this year.",
                      evidence=(b("the national statistics office said on Wednesday in its first harvest forecast"),)),
            Statement(id="s_optimistic", speaker="farmers", reporting_verb="said",
                      content="The forecast is too optimistic.",
                      stances=(Stance(target="claim_stats", stance=StanceType.DOUBTS,
                                      evidence=(b("too optimistic"),)),),
                      evidence=(b("said the forecast was too optimistic"),)),
            Statement(id="s_marek", speaker="marek", reporting_verb="told", form=StatementForm.INTERVIEW,
                      addressees=("newswire",), sourcing=Sourcing.FIRST_HAND,
                      content="Southern growers lost up to half their crop; exports could fall short of 2.7 million "
                      "tonnes.", evidence=(b("told Newswire that growers in the south had lost up to half their "
                                             "crop"),)),
            Quote(id="q_marek", speaker="marek", reporting_verb="said", sourcing=Sourcing.FIRST_HAND,
                  content="The forecast leaves out the south's driest July in forty years.",
                  text="The south had its driest July in forty years, and the forecast ignores it",
                  stances=(Stance(target="claim_stats", stance=StanceType.CRITICISES,
                                  evidence=(b("the forecast ignores it"),)),),
                  evidence=(b("The south had its driest July in forty years, and the forecast ignores it"),)),
            Statement(id="s_official", speaker="official", reporting_verb="said", sourcing=Sourcing.FIRST_HAND,
                      about=("quota_rise",),
                      content="The ministry plans to raise export quotas once the harvest is in.",
                      evidence=(b("a ministry official said, speaking on condition of anonymity"),)),
            Statement(id="s_how_much", speaker="official", withheld=Withholding.DID_NOT_SAY, about=("quota_rise",),
                      content="By how much the quotas would rise.",
                      evidence=(b("The official would not say by how much"),)),
        ),
        value_claims=(
            ValueClaim(id="claim_stats", event="exports_2025", participant="wheat", member="quantity",
                       basis=ClaimBasis.FORECAST, source="stats", statement="s_forecast",
                       quantity=_tonnes(3_000_000, "3 million tonnes", b),
                       as_of=_relative_day("2025-08-27", "Wednesday", b),
                       evidence=(b("expected to reach 3 million tonnes"),)),
            ValueClaim(id="claim_farmers", event="exports_2025", participant="wheat", member="quantity",
                       basis=ClaimBasis.POSSIBLE, source="marek", statement="s_marek",
                       quantity=_tonnes(None, "2.7 million tonnes", b, maximum=2_700_000),
                       evidence=(b("could fall short of 2.7 million tonnes"),)),
        ),
        relations=(
            Relation(type=RelationType.CONTRADICTS, source="claim_farmers", target="claim_stats"),
            Relation(type=RelationType.CAUSE, source="wet_spring", target="exports_2025",
                     evidence=(b("reflected"),)),
            Relation(type=RelationType.CAUSE, source="larger_area", target="exports_2025",
                     evidence=(b("reflected"),)),
            Relation(type=RelationType.CONDITION, source="quota_rise", target="harvest_in",
                     evidence=(b("once the harvest is in"),)),
        ),
    )


PARLIAMENT = Body("""VARSENA, Nov 5 (Newswire) - Energy Minister Clara Nyberg told parliament on Tuesday that the \
government would cap household electricity prices this winter if wholesale prices rose above 200 euros per \
megawatt hour, answering a question from opposition lawmaker Jonas Falk.

"We will not let families choose between heating and eating," Nyberg said during question time, adding that the \
cap would cost the budget about 1.5 billion euros. She did not say how the cap would be financed. \
The cap would take effect in December, she said.

Falk had asked whether the government planned to act before the first cold spell. He called the answer "too \
little, too late" and said his party wanted to bring its own bill to parliament.

The finance ministry declined to comment on the cost estimate. The Consumers' Council welcomed the plan, saying \
in a press release that it would protect low-income households amid record energy bills.
""")


def build_parliament() -> Article:
    """A minister answers a question in parliament; the opposition, a ministry and a council react."""
    b = PARLIAMENT
    return Article(
        id="example-question-time", headline="Minister promises winter cap on household power prices",
        language="en", publisher="newswire", dateline="varsena", body=b.text,
        published=_day("2025-11-05", "Nov 5", b),
        actors=(
            _org("newswire", "Newswire", OrganisationType.NEWS_OUTLET, b, "Newswire"),
            _person("nyberg", "Clara Nyberg", "Energy Minister", "government", b, "Clara Nyberg"),
            _org("government", "the government", OrganisationType.GOVERNMENT, b, "the government"),
            _org("parliament", "parliament", OrganisationType.LEGISLATURE, b, "parliament"),
            _person("falk", "Jonas Falk", "opposition lawmaker", "falk_party", b, "Jonas Falk"),
            _org("falk_party", "Falk's party", OrganisationType.POLITICAL_PARTY, b, "his party"),
            _org("finance", "the finance ministry", OrganisationType.MINISTRY, b, "The finance ministry"),
            _org("consumers", "the Consumers' Council", OrganisationType.NGO, b, "The Consumers' Council"),
        ),
        places=(Place(id="varsena", name="Varsena", kind=PlaceKind.CITY, evidence=(b("VARSENA"),)),),
        items=(Item(id="budget", name="budget funds", kind=ItemKind.MONEY, mentions=(b("the budget"),)),),
        events=(
            Meeting(id="question_time", realis=Realis.OCCURRED, trigger=b("question time"),
                    summary="Question time in parliament.", time=_relative_day("2025-11-04", "on Tuesday", b),
                    participants=(Participant(role=ParticipantRole.PARTICIPANT, ref="parliament"),),
                    evidence=(b("during question time"),)),
            PolicyChange(id="price_cap", realis=Realis.ANNOUNCED, status=PolicyStatus.ANNOUNCED, setter="government",
                         trigger=b("cap"), instrument=Instrument(name="household electricity price cap"),
                         summary="The government will cap household electricity prices this winter.",
                         effective=Time(text="in December", value="2025-12", precision=Precision.MONTH,
                                        evidence=(b("in December"),)),
                         participants=(Participant(role=ParticipantRole.INSTRUMENT, ref="budget",
                                                   quantity=Quantity(value=1_500_000_000, currency="EUR",
                                                                     approximate=True, text="about 1.5 billion euros",
                                                                     evidence=(b("about 1.5 billion euros"),))),),
                         evidence=(b("would cap household electricity prices this winter"),)),
            PolicyChange(id="falk_bill", realis=Realis.INTENDED, status=PolicyStatus.PROPOSED, setter="parliament",
                         trigger=b("bring its own bill"), instrument=Instrument(name="the opposition's own bill"),
                         participants=(Participant(role=ParticipantRole.AGENT, ref="falk_party"),),
                         summary="Falk's party wants to bring its own bill to parliament.",
                         evidence=(b("his party wanted to bring its own bill to parliament"),)),
        ),
        situations=(
            Situation(id="wholesale_high", description="wholesale electricity prices above 200 euros per megawatt "
                      "hour", evidence=(b("wholesale prices rose above 200 euros per megawatt hour"),)),
            Situation(id="record_bills", description="record energy bills", evidence=(b("record energy bills"),)),
        ),
        statements=(
            Statement(id="s_question", speaker="falk", reporting_verb="asked", form=StatementForm.PARLIAMENTARY,
                      addressees=("government",), venue="question_time", sourcing=Sourcing.PUBLIC,
                      content="Does the government plan to act before the first cold spell?",
                      evidence=(b("Falk had asked whether the government planned to act before the first cold "
                                  "spell"),)),
            Statement(id="s_answer", speaker="nyberg", reporting_verb="told", form=StatementForm.PARLIAMENTARY,
                      addressees=("parliament", "falk"), venue="question_time", sourcing=Sourcing.PUBLIC,
                      about=("price_cap",),
                      content="The government will cap household electricity prices this winter if wholesale "
                      "prices rise above 200 euros per megawatt hour.",
                      evidence=(b("told parliament on Tuesday that the government would cap household electricity "
                                  "prices"),)),
            Quote(id="q_nyberg", speaker="nyberg", reporting_verb="said", form=StatementForm.PARLIAMENTARY,
                  venue="question_time", sourcing=Sourcing.PUBLIC, content="Families will not have to choose "
                  "between heating and eating.", text="We will not let families choose between heating and eating",
                  evidence=(b("We will not let families choose between heating and eating"),)),
            Statement(id="s_financing", speaker="nyberg", withheld=Withholding.DID_NOT_SAY, about=("price_cap",),
                      content="How the cap would be financed.",
                      evidence=(b("She did not say how the cap would be financed"),)),
            Quote(id="q_falk", speaker="falk", reporting_verb="called", content="The answer is too little, too late.",
                  text="too little, too late", form=StatementForm.PARLIAMENTARY, sourcing=Sourcing.PUBLIC,
                  stances=(Stance(target="s_answer", stance=StanceType.CRITICISES),),
                  evidence=(b("too little, too late"),)),
            Statement(id="s_finance", speaker="finance", withheld=Withholding.DECLINED_TO_COMMENT,
                      about=("cost_estimate",), content="No comment on the cost estimate.",
                      evidence=(b("declined to comment on the cost estimate"),)),
            Statement(id="s_consumers", speaker="consumers", reporting_verb="saying", form=StatementForm.PRESS_RELEASE,
                      sourcing=Sourcing.PUBLIC, content="The cap will protect low-income households.",
                      stances=(Stance(target="price_cap", stance=StanceType.WELCOMES, evidence=(b("welcomed"),)),),
                      evidence=(b("saying in a press release that it would protect low-income households"),)),
        ),
        value_claims=(
            ValueClaim(id="cost_estimate", event="price_cap", participant="budget", member="quantity",
                       basis=ClaimBasis.ESTIMATED, source="nyberg", statement="s_answer",
                       quantity=Quantity(value=1_500_000_000, currency="EUR", approximate=True,
                                         text="about 1.5 billion euros"),
                       evidence=(b("the cap would cost the budget about 1.5 billion euros"),)),
        ),
        relations=(
            Relation(type=RelationType.RESPONSE_TO, source="s_answer", target="s_question",
                     evidence=(b("answering a question from opposition lawmaker Jonas Falk"),)),
            Relation(type=RelationType.RESPONSE_TO, source="q_falk", target="s_answer"),
            Relation(type=RelationType.CONDITION, source="price_cap", target="wholesale_high",
                     evidence=(b("if wholesale prices rose above 200 euros per megawatt hour"),)),
            Relation(type=RelationType.CONTEXT, source="s_consumers", target="record_bills",
                     evidence=(b("amid record energy bills"),)),
        ),
    )


#: Each fixture's name and the function that builds it.
STORIES: dict[str, Callable[[], Article]] = {
    "example-disputed-toll": build_toll,
    "example-declined-comment": build_rail,
    "example-export-forecast": build_exports,
    "example-question-time": build_parliament,
}


def main(argv: list[str] | None = None) -> int:
    """Write the fixtures, or with ``--check`` report whether the committed ones are current."""
    return write_or_check(STORIES, "build_speech_fixtures.py", __doc__.splitlines()[0] if __doc__ else None, argv)


if __name__ == "__main__":
    sys.exit(main())
