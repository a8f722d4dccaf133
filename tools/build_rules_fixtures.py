"""Build the rules fixtures of model 1.1 part 2: four invented wire stories about rules that change.

``example-rice-ban`` (a ban introduced, narrowed with exceptions, then lifted, told as a chain of notifications),
``example-emergency`` (an emergency declared for a fixed period and extended twice), ``example-sanctions`` (a
sanctions package with exemptions and a licence) and ``example-rent-bill`` (a bill from draft through vote to
signature). The bodies are written for this project; every evidence span is located in the body by this script,
each article must pass ``newsevents.check_article``, and the output is deterministic so ``--check`` can tell
whether the committed files are current.

Usage::

    python tools/build_rules_fixtures.py           # write the fixtures
    python tools/build_rules_fixtures.py --check   # exit 1 if a committed fixture is out of date
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
    Article,
    Attribution,
    CabinetApproval,
    ChangeDirection,
    Commitment,
    Disapproval,
    Duration,
    Hop,
    InstrumentForm,
    Item,
    ItemKind,
    LegalChallenge,
    LegalInstrument,
    Modality,
    OfficialPublication,
    OrganisationType,
    Participant,
    ParticipantRole,
    Passage,
    Place,
    PlaceKind,
    PolicyChange,
    PolicyStatus,
    Precision,
    Proposal,
    Provenance,
    Provision,
    ProvisionLink,
    ProvisionLinkType,
    Qualification,
    QualificationKind,
    Quantity,
    Quote,
    Realis,
    Relation,
    RelationType,
    ReportRelation,
    Signing,
    Situation,
    Span,
    Statement,
    Submission,
    Threat,
    Time,
    TimeAnchor,
    Validity,
)

CODER = "newsevents maintainers (hand-coded example; the story is invented)"





def day(text: str | None, value: str, evidence: Span | None = None) -> Time:
    """A time given to the day."""
    return Time(text=text, value=value, precision=Precision.DAY, evidence=(evidence,) if evidence else ())


def agent(ref: str) -> Participant:
    """The actor that carries out an event."""
    return Participant(role=ParticipantRole.AGENT, ref=ref)


def wire(publisher: str, *more: Hop) -> Attribution:
    """A chain that starts with the wire service reporting."""
    return Attribution(chain=(Hop(source=publisher, relation=ReportRelation.REPORTS,
                                  commitment=Commitment.REPORTS), *more))


def newswire(s: Body) -> Actor:
    """The invented wire service that publishes all four stories."""
    return Actor(id="newswire", kind=ActorKind.ORGANISATION, name="Newswire",
                 organisation_type=OrganisationType.NEWS_OUTLET, mentions=(s("Newswire"),))


RICE = """LORIMA, March 12 (Newswire) - Kestria's trade ministry on Thursday lifted its ban on rice exports, \
ending a restriction imposed last August after floods cut the harvest, according to a notification published \
on the ministry's website.

The ministry first barred all exports of non-basmati white rice in Notification No. 12/2025 of August 4, saying \
domestic prices had risen by a third in two months. Traders who broke the ban faced the loss of their export \
licences.

In October, Notification No. 19/2025 narrowed the ban: shipments sent as humanitarian aid to neighbouring \
countries were exempted, as were cargoes already loaded before August 4. The exemption for aid shipments does \
not cover rice bought by private traders on behalf of aid agencies, the notice said.

Thursday's notification, No. 7/2026, cancels both earlier notices with effect from March 16. "Stocks in state \
warehouses are now at a five-year high," the notification said. Exporters must still register each contract \
with the Rice Export Board, it added.

Exporters welcomed the decision. The ban had cost the sector around 1.2 billion dollars, the Kestrian Rice \
Exporters Association estimated.
"""


def rice() -> Article:
    """A ban introduced, narrowed with exceptions, then lifted: three notifications on one rule."""
    s = Body(RICE)
    actors = (
        newswire(s),
        Actor(id="kestria", kind=ActorKind.STATE, name="Kestria", mentions=(s("Kestria"),)),
        Actor(id="ministry", kind=ActorKind.ORGANISATION, name="Kestrian trade ministry",
              organisation_type=OrganisationType.MINISTRY, mentions=(s("Kestria's trade ministry"),)),
        Actor(id="exporters", kind=ActorKind.COLLECTIVE, name="Kestrian rice exporters and traders",
              mentions=(s("Traders"), s("Exporters must"), s("Exporters welcomed"))),
        Actor(id="neighbours", kind=ActorKind.COLLECTIVE, name="Kestria's neighbouring countries",
              mentions=(s("neighbouring countries"),)),
        Actor(id="private_traders", kind=ActorKind.COLLECTIVE, name="private traders buying for aid agencies",
              mentions=(s("private traders"),)),
        Actor(id="board", kind=ActorKind.ORGANISATION, name="Rice Export Board",
              organisation_type=OrganisationType.GOVERNMENT_BODY, mentions=(s("Rice Export Board"),)),
        Actor(id="association", kind=ActorKind.ORGANISATION, name="Kestrian Rice Exporters Association",
              organisation_type=OrganisationType.OTHER, mentions=(s("Kestrian Rice Exporters Association"),)),
    )
    items = (
        Item(id="rice", name="non-basmati white rice", kind=ItemKind.GOODS,
             mentions=(s("non-basmati white rice"),)),
        Item(id="aid_rice", name="rice shipped as humanitarian aid", kind=ItemKind.HUMANITARIAN_AID,
             mentions=(s("shipments sent as humanitarian aid"),)),
        Item(id="loaded", name="cargoes loaded before 4 August 2025", kind=ItemKind.GOODS,
             mentions=(s("cargoes already loaded before August 4"),)),
        Item(id="notice_7", name="Notification No. 7/2026", kind=ItemKind.DOCUMENT,
             mentions=(s("Thursday's notification, No. 7/2026"), s("the notification said"))),
    )
    instruments = (
        LegalInstrument(id="n12", name="the rice export ban notification", form=InstrumentForm.NOTIFICATION,
                        number="12/2025", issuer="ministry", jurisdiction="kestria",
                        issued=day("August 4", "2025-08-04", s("August 4")),
                        evidence=(s("Notification No. 12/2025"),)),
        LegalInstrument(id="n19", name="the notification narrowing the rice export ban",
                        form=InstrumentForm.NOTIFICATION, number="19/2025", issuer="ministry",
                        jurisdiction="kestria", amends=("n12",), evidence=(s("Notification No. 19/2025"),)),
        LegalInstrument(id="n7", name="the notification lifting the rice export ban",
                        form=InstrumentForm.NOTIFICATION, number="7/2026", issuer="ministry",
                        jurisdiction="kestria", amends=("n12", "n19"), issued=day("Thursday", "2026-03-12"),
                        evidence=(s("No. 7/2026"),)),
    )
    ban = Provision(id="p_ban", modality=Modality.PROHIBITED, holder="exporters",
                    action="export non-basmati white rice", scope="all exports of non-basmati white rice",
                    scope_refs=("rice",), validity=Validity(start=day("August 4", "2025-08-04")),
                    evidence=(s("barred all exports of non-basmati white rice"),))
    narrowed = Provision(
        id="p_ban", modality=Modality.PROHIBITED, holder="exporters", action="export non-basmati white rice",
        scope="all exports of non-basmati white rice", scope_refs=("rice",),
        validity=Validity(start=day("August 4", "2025-08-04")),
        qualifications=(
            Qualification(id="q_aid", kind=QualificationKind.EXCEPTION,
                          description="rice shipped as humanitarian aid to neighbouring countries",
                          about=("aid_rice", "neighbours"),
                          evidence=(s("shipments sent as humanitarian aid to neighbouring countries were "
                                      "exempted"),)),
            Qualification(id="q_private", kind=QualificationKind.EXCEPTION, within="q_aid",
                          description="rice bought by private traders on behalf of aid agencies",
                          about=("private_traders",),
                          evidence=(s("does not cover rice bought by private traders on behalf of aid "
                                      "agencies"),)),
            Qualification(id="q_loaded", kind=QualificationKind.EXCEPTION,
                          description="cargoes already loaded before 4 August 2025", about=("loaded",),
                          evidence=(s("as were cargoes already loaded before August 4"),)),
        ),
        evidence=(s("narrowed the ban"),))
    register = Provision(id="p_register", modality=Modality.REQUIRED, holder="exporters",
                         action="register each export contract with the Rice Export Board",
                         recipient_refs=("board",),
                         evidence=(s("Exporters must still register each contract with the Rice Export Board"),))
    notice_hop = Hop(source="notice_7", relation=ReportRelation.WROTE, commitment=Commitment.ASSERTS,
                     evidence=(s("the notification said"),))
    events = (
        PolicyChange(id="ch_ban", realis=Realis.OCCURRED, instrument_ref="n12", setter="ministry",
                     direction=ChangeDirection.INTRODUCED, status=PolicyStatus.AMENDED,
                     summary="Kestria bans exports of non-basmati white rice.",
                     time=day("August 4", "2025-08-04"), after=(ban,), trigger=s("barred"),
                     evidence=(s("The ministry first barred all exports of non-basmati white rice in Notification "
                                 "No. 12/2025 of August 4"),)),
        PolicyChange(id="ch_narrow", realis=Realis.OCCURRED, instrument_ref="n19", setter="ministry",
                     direction=ChangeDirection.EASED, status=PolicyStatus.IN_FORCE,
                     summary="The rice export ban is narrowed: aid shipments and loaded cargoes are exempt.",
                     time=Time(text="In October", value="2025-10", precision=Precision.MONTH,
                               evidence=(s("In October"),)),
                     before=(ban,), after=(narrowed,), trigger=s("narrowed"),
                     evidence=(s("Notification No. 19/2025 narrowed the ban"),)),
        PolicyChange(id="ch_lift", realis=Realis.OCCURRED, instrument_ref="n7", setter="ministry",
                     direction=ChangeDirection.LIFTED, status=PolicyStatus.ANNOUNCED,
                     summary="Kestria lifts the rice export ban from 16 March; contracts must still be "
                     "registered.",
                     time=day("on Thursday", "2026-03-12", s("on Thursday")),
                     effective=day("March 16", "2026-03-16", s("March 16")),
                     before=(narrowed, register), after=(register,), trigger=s("lifted"),
                     participants=(agent("ministry"),),
                     evidence=(s("lifted its ban on rice exports"), s("cancels both earlier notices")),
                     attribution=wire("newswire", notice_hop)),
    )
    statements = (
        Quote(id="st_stocks", speaker="notice_7", content="State warehouses hold the largest rice stocks in five "
              "years.", text="Stocks in state warehouses are now at a five-year high,", reporting_verb="said",
              attribution=wire("newswire", notice_hop),
              evidence=(s('"Stocks in state warehouses are now at a five-year high," the notification said'),)),
        Statement(id="st_cost", speaker="association", content="The ban cost the rice sector about 1.2 billion "
                  "dollars.", reporting_verb="estimated",
                  evidence=(s("The ban had cost the sector around 1.2 billion dollars"),)),
    )
    situations = (
        Situation(id="sit_floods", description="floods cut the rice harvest", about=("kestria",),
                  evidence=(s("floods cut the harvest"),)),
    )
    relations = (
        Relation(type=RelationType.AMENDS, source="ch_narrow", target="ch_ban", evidence=(s("narrowed the ban"),)),
        Relation(type=RelationType.SUPERSEDES, source="ch_lift", target="ch_narrow",
                 evidence=(s("cancels both earlier notices"),)),
        Relation(type=RelationType.CONTEXT, source="ch_ban", target="sit_floods"),
    )
    return Article(
        id="example-rice-ban", headline="Kestria lifts rice export ban as state stocks reach five-year high",
        publisher="newswire", dateline="lorima", language="en", published=day(None, "2026-03-12"), body=RICE,
        actors=actors, places=(Place(id="lorima", name="Lorima", kind=PlaceKind.CITY, evidence=(s("LORIMA"),)),),
        items=items, instruments=instruments, events=events, statements=statements, situations=situations,
        relations=relations,
        provenance=Provenance(coder=CODER, comment="The lifting is announced and takes effect on 16 March, so on "
                              "the day of publication the narrowed ban is still in force: ch_ban is amended, "
                              "ch_narrow in force, ch_lift announced. p_ban keeps its id through the narrowing "
                              "(same rule, new exceptions) and is absent from ch_lift's after (lifted)."),
    )


EMERGENCY = """PORT SELBY, July 30 (Newswire) - Ardenne's government on Wednesday extended the state of emergency in \
the northern province of Halvik for another 30 days, the second extension since wildfires broke out in early June.

The cabinet first declared the emergency on June 9 for 21 days, banning open fires across the province and \
closing forest roads to everyone except residents and firefighters. On June 28 it extended the measures by 30 \
days, to July 29, and added a night-time curfew in the towns of Orsk and Velm.

The new decree, No. 311, keeps the measures in place until August 28. The curfew no longer applies in Velm, \
where the fires have been put out, Interior Minister Clara Weiss told reporters.

"The measures stay for as long as the fire season lasts, and not a day longer," Weiss said. The government \
will review the decree every two weeks, she added.

More than 4,000 hectares of forest have burned in Halvik since June, according to the regional fire service.
"""


def emergency() -> Article:
    """An emergency declared for 21 days and extended twice by 30 days, the curfew narrowed on the way."""
    s = Body(EMERGENCY)
    actors = (
        newswire(s),
        Actor(id="government", kind=ActorKind.ORGANISATION, name="Government of Ardenne",
              organisation_type=OrganisationType.GOVERNMENT,
              mentions=(s("Ardenne's government"), s("The cabinet"), s("The government"))),
        Actor(id="weiss", kind=ActorKind.PERSON, name="Clara Weiss", description="Ardenne's interior minister",
              mentions=(s("Interior Minister Clara Weiss"), s("Weiss said"))),
        Actor(id="public", kind=ActorKind.COLLECTIVE, name="everyone in Halvik province",
              mentions=(s("everyone"),)),
        Actor(id="residents", kind=ActorKind.COLLECTIVE, name="residents", mentions=(s("residents"),)),
        Actor(id="firefighters", kind=ActorKind.COLLECTIVE, name="firefighters", mentions=(s("firefighters"),)),
    )
    places = (
        Place(id="port_selby", name="Port Selby", kind=PlaceKind.CITY, evidence=(s("PORT SELBY"),)),
        Place(id="halvik", name="Halvik", kind=PlaceKind.REGION,
              evidence=(s("Halvik"), s("Halvik", 1))),
        Place(id="orsk", name="Orsk", kind=PlaceKind.CITY, evidence=(s("Orsk"),)),
        Place(id="velm", name="Velm", kind=PlaceKind.CITY, evidence=(s("Velm"), s("Velm", 1))),
    )
    instruments = (
        LegalInstrument(id="emergency", name="the state of emergency in Halvik", form=InstrumentForm.DECREE,
                        issuer="government", jurisdiction="halvik", issued=day("June 9", "2025-06-09"),
                        evidence=(s("the state of emergency"),)),
        LegalInstrument(id="decree_311", name="the decree extending the emergency to 28 August",
                        form=InstrumentForm.DECREE, number="311", issuer="government", jurisdiction="halvik",
                        amends=("emergency",), evidence=(s("The new decree, No. 311"),)),
    )
    fires = Provision(id="p_fires", modality=Modality.PROHIBITED, holder="public", action="light open fires",
                      scope_refs=("halvik",), evidence=(s("banning open fires across the province"),),
                      validity=Validity(start=day("June 9", "2025-06-09"), duration=Duration(
                          text="for 21 days", value="P21D", evidence=(s("for 21 days"),))))
    roads = Provision(id="p_roads", modality=Modality.PROHIBITED, holder="public", action="use forest roads",
                      scope_refs=("halvik",), validity=fires.validity,
                      qualifications=(Qualification(id="q_locals", kind=QualificationKind.EXCEPTION,
                                                    description="residents and firefighters",
                                                    about=("residents", "firefighters"),
                                                    evidence=(s("except residents and firefighters"),)),),
                      evidence=(s("closing forest roads"),))
    first = Validity(start=day("June 9", "2025-06-09"), until=day("July 29", "2025-07-29", s("July 29")),
                     duration=Duration(text="by 30 days", value="P30D", evidence=(s("by 30 days"),)))
    second = Validity(start=day(None, "2025-07-30"), until=day("until August 28", "2025-08-28",
                                                                s("until August 28")),
                      duration=Duration(text="for another 30 days", value="P30D",
                                        evidence=(s("for another 30 days"),)))
    curfew = Provision(id="p_curfew", modality=Modality.PROHIBITED, holder="public",
                       action="be outdoors at night", scope_refs=("orsk", "velm"), validity=first,
                       evidence=(s("night-time curfew in the towns of Orsk and Velm"),))

    def extended(provision: Provision, validity: Validity) -> Provision:
        return Provision(**{**{k: getattr(provision, k) for k in ("id", "modality", "holder", "action",
                                                                   "scope_refs", "qualifications", "evidence")},
                            "validity": validity})

    by_weiss = wire("newswire", Hop(source="weiss", relation=ReportRelation.SAID, commitment=Commitment.ASSERTS,
                                    evidence=(s("Interior Minister Clara Weiss told reporters"),)))
    events = (
        PolicyChange(id="ch_declare", realis=Realis.OCCURRED, instrument_ref="emergency", setter="government",
                     direction=ChangeDirection.INTRODUCED, status=PolicyStatus.AMENDED,
                     summary="A 21-day state of emergency is declared in Halvik.",
                     time=day("on June 9", "2025-06-09", s("on June 9")), after=(fires, roads),
                     trigger=s("declared"), evidence=(s("The cabinet first declared the emergency on June 9 for "
                                                        "21 days"),)),
        PolicyChange(id="ch_extend_1", realis=Realis.OCCURRED, instrument_ref="emergency", setter="government",
                     direction=ChangeDirection.EXTENDED, status=PolicyStatus.AMENDED,
                     summary="The emergency is extended by 30 days to 29 July and a curfew added in Orsk and "
                     "Velm.", time=day("On June 28", "2025-06-28", s("On June 28")),
                     before=(fires, roads),
                     after=(extended(fires, first), extended(roads, first), curfew),
                     trigger=s("extended", 1), evidence=(s("it extended the measures by 30 days, to July 29"),)),
        PolicyChange(id="ch_extend_2", realis=Realis.OCCURRED, instrument_ref="decree_311", setter="government",
                     direction=ChangeDirection.EXTENDED, status=PolicyStatus.IN_FORCE,
                     summary="Decree 311 extends the emergency to 28 August and ends the curfew in Velm.",
                     time=day("on Wednesday", "2025-07-30", s("on Wednesday")),
                     before=(extended(fires, first), extended(roads, first), curfew),
                     after=(extended(fires, second), extended(roads, second),
                            Provision(id="p_curfew", modality=Modality.PROHIBITED, holder="public",
                                      action="be outdoors at night", scope_refs=("orsk",), validity=second,
                                      attribution=by_weiss,
                                      evidence=(s("The curfew no longer applies in Velm"),))),
                     trigger=s("extended"), participants=(agent("government"),),
                     evidence=(s("extended the state of emergency"),)),
    )
    statements = (
        Quote(id="st_season", speaker="weiss", content="The emergency measures will last only as long as the fire "
              "season.", text="The measures stay for as long as the fire season lasts, and not a day longer,",
              reporting_verb="said", evidence=(s('"The measures stay for as long as the fire season lasts, and '
                                                 'not a day longer," Weiss said'),)),
    )
    relations = (
        Relation(type=RelationType.EXTENDS, source="ch_extend_1", target="ch_declare",
                 evidence=(s("extended the measures"),)),
        Relation(type=RelationType.EXTENDS, source="ch_extend_2", target="ch_extend_1",
                 evidence=(s("the second extension"),)),
    )
    return Article(
        id="example-emergency", headline="Ardenne extends Halvik wildfire emergency for a second time",
        publisher="newswire", dateline="port_selby", language="en", published=day(None, "2025-07-30"),
        body=EMERGENCY, actors=actors, places=places, instruments=instruments, events=events,
        statements=statements, relations=relations,
        provenance=Provenance(coder=CODER, comment="Each extension restates the provisions with a new validity "
                              "under the same ids (amended in place). The curfew's narrowing to Orsk comes from "
                              "the minister, so that provision carries its own attribution."),
    )


SANCTIONS = """BRUSSELS, May 19 (Newswire) - The Council of the Northern Union on Tuesday adopted its ninth package of \
sanctions against Corvania, banning imports of Corvanian steel and aluminium and freezing the assets of 27 \
officials and companies.

The steel ban applies from June 1 to contracts signed after Tuesday. Contracts concluded earlier may still be \
honoured until September 30. Aluminium used in medical equipment is exempt from the ban.

Among the companies listed is Corvan Metals, the country's largest smelter. A separate licence issued by the \
bloc's trade office allows the shipping firm Nordhav Lines to wind down its charter contracts with Corvan Metals \
over 90 days.

"This package goes to the heart of the regime's war economy," the Council's foreign policy chief, Ana Duarte, \
told reporters. The measures will be reviewed in six months.

Corvania supplied about a fifth of the bloc's steel imports last year, according to trade data. \
Corvania's foreign ministry called the sanctions illegal and said it would respond.
"""


def sanctions() -> Article:
    """A sanctions package with an exemption, a grace period for old contracts, and a wind-down licence."""
    s = Body(SANCTIONS)
    actors = (
        newswire(s),
        Actor(id="council", kind=ActorKind.ORGANISATION, name="Council of the Northern Union",
              organisation_type=OrganisationType.INTERNATIONAL_ORGANISATION,
              mentions=(s("The Council of the Northern Union"), s("the Council's"))),
        Actor(id="trade_office", kind=ActorKind.ORGANISATION, name="Northern Union trade office",
              organisation_type=OrganisationType.GOVERNMENT_BODY, mentions=(s("the bloc's trade office"),)),
        Actor(id="importers", kind=ActorKind.COLLECTIVE, name="importers in the Northern Union",
              description="Whoever the ban binds; the text names no importer."),
        Actor(id="corvania", kind=ActorKind.STATE, name="Corvania", mentions=(s("Corvania,"), s("Corvania's"))),
        Actor(id="listed", kind=ActorKind.COLLECTIVE, name="27 Corvanian officials and companies",
              mentions=(s("27 officials and companies"),)),
        Actor(id="corvan_metals", kind=ActorKind.ORGANISATION, name="Corvan Metals",
              organisation_type=OrganisationType.COMPANY, mentions=(s("Corvan Metals"), s("Corvan Metals", 1))),
        Actor(id="nordhav", kind=ActorKind.ORGANISATION, name="Nordhav Lines",
              organisation_type=OrganisationType.COMPANY, mentions=(s("Nordhav Lines"),)),
        Actor(id="duarte", kind=ActorKind.PERSON, name="Ana Duarte",
              description="The Council's foreign policy chief", mentions=(s("Ana Duarte"),)),
        Actor(id="mfa", kind=ActorKind.ORGANISATION, name="Corvanian foreign ministry",
              organisation_type=OrganisationType.MINISTRY, mentions=(s("Corvania's foreign ministry"),)),
    )
    items = (
        Item(id="steel", name="Corvanian steel", kind=ItemKind.GOODS, mentions=(s("Corvanian steel"),)),
        Item(id="aluminium", name="Corvanian aluminium", kind=ItemKind.GOODS, mentions=(s("aluminium"),)),
        Item(id="medical_aluminium", name="aluminium used in medical equipment", kind=ItemKind.GOODS,
             mentions=(s("Aluminium used in medical equipment"),)),
        Item(id="old_contracts", name="steel contracts concluded by 19 May 2026", kind=ItemKind.OTHER,
             mentions=(s("Contracts concluded earlier"),)),
    )
    instruments = (
        LegalInstrument(id="package_9", name="the ninth sanctions package against Corvania",
                        form=InstrumentForm.SANCTIONS_PACKAGE, title="ninth package of sanctions",
                        issuer="council", jurisdiction="council", issued=day("on Tuesday", "2026-05-19"),
                        evidence=(s("ninth package of sanctions"),)),
        LegalInstrument(id="licence", name="the wind-down licence for Nordhav Lines", form=InstrumentForm.LICENCE,
                        issuer="trade_office", jurisdiction="council", evidence=(s("A separate licence"),)),
    )
    steel = Provision(
        id="p_steel", modality=Modality.PROHIBITED, holder="importers", action="import Corvanian steel",
        scope_refs=("steel",), status=PolicyStatus.ANNOUNCED,
        validity=Validity(start=day("from June 1", "2026-06-01", s("from June 1"))),
        qualifications=(
            Qualification(id="q_new", kind=QualificationKind.CONDITION,
                          description="contracts signed after 19 May 2026",
                          evidence=(s("to contracts signed after Tuesday"),)),
            Qualification(id="q_old", kind=QualificationKind.EXCEPTION, about=("old_contracts",),
                          description="contracts concluded by 19 May 2026, honoured until 30 September",
                          evidence=(s("Contracts concluded earlier may still be honoured until September 30"),)),
        ),
        evidence=(s("The steel ban"),))
    aluminium = Provision(
        id="p_aluminium", modality=Modality.PROHIBITED, holder="importers", action="import Corvanian aluminium",
        scope_refs=("aluminium",),
        qualifications=(Qualification(id="q_medical", kind=QualificationKind.EXCEPTION,
                                      description="aluminium used in medical equipment",
                                      about=("medical_aluminium",),
                                      evidence=(s("Aluminium used in medical equipment is exempt from the ban"),)),),
        evidence=(s("banning imports of Corvanian steel and aluminium"),))
    freeze = Provision(id="p_freeze", modality=Modality.REQUIRED, action="freeze the assets of the listed "
                       "officials and companies", scope_refs=("listed", "corvan_metals"),
                       evidence=(s("freezing the assets of 27 officials and companies"),))
    wind_down = Provision(
        id="p_wind_down", modality=Modality.PERMITTED, holder="nordhav",
        action="wind down its charter contracts with Corvan Metals", recipient_refs=("corvan_metals",),
        validity=Validity(duration=Duration(text="over 90 days", value="P90D", evidence=(s("over 90 days"),))),
        links=(ProvisionLink(type=ProvisionLinkType.NARROWS, target="p_freeze"),),
        evidence=(s("allows the shipping firm Nordhav Lines to wind down its charter contracts"),))
    duarte = Hop(source="duarte", relation=ReportRelation.SAID, commitment=Commitment.ASSERTS)
    events = (
        PolicyChange(id="ch_package", realis=Realis.OCCURRED, instrument_ref="package_9", setter="council",
                     direction=ChangeDirection.TIGHTENED, status=PolicyStatus.IN_FORCE,
                     summary="The Northern Union adopts its ninth sanctions package against Corvania.",
                     time=day("on Tuesday", "2026-05-19", s("on Tuesday")), after=(steel, aluminium, freeze),
                     participants=(agent("council"), Participant(role=ParticipantRole.AFFECTED, ref="corvania")),
                     trigger=s("adopted"), evidence=(s("adopted its ninth package of sanctions against Corvania"),)),
        PolicyChange(id="ch_licence", realis=Realis.OCCURRED, instrument_ref="licence", setter="trade_office",
                     direction=ChangeDirection.EASED, status=PolicyStatus.IN_FORCE,
                     summary="A licence lets Nordhav Lines wind down its contracts with Corvan Metals.",
                     after=(wind_down,), trigger=s("issued"), evidence=(s("A separate licence issued"),)),
        Disapproval(id="ev_illegal", realis=Realis.OCCURRED, summary="Corvania calls the sanctions illegal.",
                    participants=(agent("mfa"),), trigger=s("called"),
                    evidence=(s("called the sanctions illegal"),)),
        Threat(id="ev_respond", realis=Realis.ANNOUNCED, summary="Corvania says it will respond to the sanctions.",
               participants=(agent("mfa"), Participant(role=ParticipantRole.RECIPIENT, ref="council")),
               trigger=s("respond"), evidence=(s("said it would respond"),)),
    )
    statements = (
        Quote(id="st_heart", speaker="duarte", capacity="foreign policy chief",
              content="The package targets the core of Corvania's war economy.",
              text="This package goes to the heart of the regime's war economy,", reporting_verb="told",
              about=("ch_package",), attribution=wire("newswire", duarte),
              evidence=(s('"This package goes to the heart of the regime\'s war economy," the Council\'s foreign '
                          'policy chief, Ana Duarte, told reporters'),)),
    )
    relations = (
        Relation(type=RelationType.RESPONSE_TO, source="ev_illegal", target="ch_package"),
        Relation(type=RelationType.RESPONSE_TO, source="ev_respond", target="ch_package"),
    )
    return Article(
        id="example-sanctions", headline="Northern Union adopts ninth Corvania sanctions package, spares medical "
        "aluminium", publisher="newswire", language="en", published=day(None, "2026-05-19"), body=SANCTIONS,
        actors=actors, items=items, instruments=instruments, events=events, statements=statements,
        relations=relations,
        provenance=Provenance(coder=CODER, comment="The licence narrows the asset freeze for one company: a "
                              "provision link (narrows) rather than an amendment of the package, since the licence "
                              "is a separate instrument that does not amend it. The steel ban is adopted but "
                              "applies from 1 June, hence its own status, announced."),
    )


RENT = """VELLAN, Nov 6 (Newswire) - President Tomas Reyes on Thursday signed into law a bill that caps rents in \
the capital, ending the bill's year-long passage through parliament.

The housing ministry drafted the Rent Stabilisation Bill last November. The cabinet approved the draft on \
February 12 and sent it to the National Assembly the same week. Lawmakers passed the bill on October 21 by 212 \
votes to 187, with 11 abstentions, after the opposition failed to remove a clause that exempts newly built flats \
for ten years.

Under the law, landlords in Vellan may not raise rents by more than 3 percent a year. The cap takes effect once \
the law is published in the official gazette, which the justice ministry said would happen within two weeks.

The Property Owners' League said it would challenge the law in the Constitutional Court. "It is a confiscation \
dressed up as a reform," the league's chairman, Piet Amsel, said.
"""


def rent_bill() -> Article:
    """A bill's path: drafted, approved by cabinet, submitted, passed in a vote, signed; publication and a court
    challenge still to come."""
    s = Body(RENT)
    actors = (
        newswire(s),
        Actor(id="reyes", kind=ActorKind.PERSON, name="Tomas Reyes", description="President",
              mentions=(s("President Tomas Reyes"),)),
        Actor(id="housing", kind=ActorKind.ORGANISATION, name="housing ministry",
              organisation_type=OrganisationType.MINISTRY, mentions=(s("The housing ministry"),)),
        Actor(id="cabinet", kind=ActorKind.ORGANISATION, name="the cabinet",
              organisation_type=OrganisationType.GOVERNMENT, mentions=(s("The cabinet"),)),
        Actor(id="assembly", kind=ActorKind.ORGANISATION, name="National Assembly",
              organisation_type=OrganisationType.LEGISLATURE, mentions=(s("National Assembly"),)),
        Actor(id="justice", kind=ActorKind.ORGANISATION, name="justice ministry",
              organisation_type=OrganisationType.MINISTRY, mentions=(s("the justice ministry"),)),
        Actor(id="landlords", kind=ActorKind.COLLECTIVE, name="landlords in Vellan", mentions=(s("landlords"),)),
        Actor(id="league", kind=ActorKind.ORGANISATION, name="Property Owners' League",
              organisation_type=OrganisationType.NGO, mentions=(s("The Property Owners' League"),)),
        Actor(id="court", kind=ActorKind.ORGANISATION, name="Constitutional Court",
              organisation_type=OrganisationType.OTHER, mentions=(s("Constitutional Court"),)),
        Actor(id="amsel", kind=ActorKind.PERSON, name="Piet Amsel", description="chairman of the league",
              mentions=(s("Piet Amsel"),)),
    )
    places = (Place(id="vellan", name="Vellan", kind=PlaceKind.CITY, evidence=(s("VELLAN"), s("Vellan"))),)
    items = (Item(id="new_flats", name="newly built flats", kind=ItemKind.OTHER, mentions=(s("newly built flats"),)),)
    instruments = (
        LegalInstrument(id="rent_law", name="the rent cap law", form=InstrumentForm.LAW,
                        title="Rent Stabilisation Bill", jurisdiction="vellan",
                        evidence=(s("the Rent Stabilisation Bill"), s("the law"))),
    )
    publication = Time(text="once the law is published", relative=True,
                       anchor=TimeAnchor(ref="ev_publish", relation=AnchorRelation.SAME),
                       evidence=(s("once the law is published"),))
    cap = Provision(
        id="p_cap", modality=Modality.PROHIBITED, holder="landlords",
        action="raise rents by more than 3 percent a year", scope_refs=("vellan",),
        validity=Validity(start=publication),
        qualifications=(Qualification(id="q_new_flats", kind=QualificationKind.EXCEPTION,
                                      description="newly built flats, for ten years", about=("new_flats",),
                                      evidence=(s("exempts newly built flats for ten years"),)),),
        evidence=(s("landlords in Vellan may not raise rents by more than 3 percent a year"),))
    law = "rent_law"
    events = (
        Proposal(id="ev_draft", realis=Realis.OCCURRED, instrument_ref=law, participants=(agent("housing"),),
                 time=Time(text="last November", value="2024-11", precision=Precision.MONTH, relative=True,
                           anchor=TimeAnchor(ref=PUBLICATION, relation=AnchorRelation.BEFORE),
                           evidence=(s("last November"),)),
                 trigger=s("drafted"), evidence=(s("The housing ministry drafted the Rent Stabilisation Bill"),)),
        CabinetApproval(id="ev_cabinet", realis=Realis.OCCURRED, instrument_ref=law,
                        participants=(agent("cabinet"),), time=day("on February 12", "2025-02-12",
                                                                   s("on February 12")),
                        trigger=s("approved"), evidence=(s("The cabinet approved the draft on February 12"),)),
        Submission(id="ev_submit", realis=Realis.OCCURRED, instrument_ref=law,
                   participants=(agent("cabinet"), Participant(role=ParticipantRole.RECIPIENT, ref="assembly")),
                   time=Time(text="the same week", value="2025-W07", precision=Precision.WEEK,
                             evidence=(s("the same week"),)),
                   trigger=s("sent"), evidence=(s("sent it to the National Assembly the same week"),)),
        Passage(id="ev_vote", realis=Realis.OCCURRED, instrument_ref=law,
                in_favour=Quantity(value=212, text="212 votes"), against=Quantity(value=187, text="187"),
                abstentions=Quantity(value=11, text="11 abstentions"), participants=(agent("assembly"),),
                time=day("on October 21", "2025-10-21", s("on October 21")), trigger=s("passed"),
                evidence=(s("Lawmakers passed the bill on October 21 by 212 votes to 187, with 11 abstentions"),)),
        Signing(id="ev_sign", realis=Realis.OCCURRED, instrument_ref=law, participants=(agent("reyes"),),
                time=day("on Thursday", "2025-11-06", s("on Thursday")), trigger=s("signed"),
                evidence=(s("signed into law a bill that caps rents"),)),
        OfficialPublication(id="ev_publish", realis=Realis.PLANNED, instrument_ref=law,
                            participants=(agent("justice"),), trigger=s("published"),
                            evidence=(s("published in the official gazette"),)),
        PolicyChange(id="ch_cap", realis=Realis.ANNOUNCED, instrument_ref=law, setter="assembly",
                     direction=ChangeDirection.INTRODUCED, status=PolicyStatus.APPROVED,
                     summary="Rents in Vellan may rise by at most 3 percent a year once the law is published.",
                     effective=publication, after=(cap,), trigger=s("caps"), evidence=(s("caps rents"),)),
        LegalChallenge(id="ev_challenge", realis=Realis.ANNOUNCED, instrument_ref=law,
                       participants=(agent("league"), Participant(role=ParticipantRole.RECIPIENT, ref="court")),
                       trigger=s("challenge"), evidence=(s("would challenge the law in the Constitutional Court"),)),
    )
    statements = (
        Statement(id="st_gazette", speaker="justice", content="The law will be published in the official gazette "
                  "within two weeks.", reporting_verb="said", about=("ev_publish",),
                  evidence=(s("which the justice ministry said would happen within two weeks"),)),
        Quote(id="st_confiscation", speaker="amsel", capacity="chairman of the Property Owners' League",
              content="The rent cap is a confiscation disguised as reform.",
              text="It is a confiscation dressed up as a reform,", reporting_verb="said",
              evidence=(s('"It is a confiscation dressed up as a reform," the league\'s chairman, Piet Amsel, '
                          'said'),)),
    )
    relations = (
        Relation(type=RelationType.PART_OF, source="ev_vote", target="ch_cap"),
        Relation(type=RelationType.PART_OF, source="ev_sign", target="ch_cap"),
        Relation(type=RelationType.RESPONSE_TO, source="ev_challenge", target="ev_sign"),
    )
    return Article(
        id="example-rent-bill", headline="Vellan rent cap signed into law after a year in parliament",
        publisher="newswire", dateline="vellan", language="en", published=day(None, "2025-11-06"), body=RENT,
        actors=actors, places=places, items=items, instruments=instruments, events=events, statements=statements,
        relations=relations,
        provenance=Provenance(coder=CODER, comment="The steps are events on one instrument (rent_law). The cap "
                              "is approved (signed) but not yet in force: it starts when the law is published, a "
                              "planned event its validity is anchored to."),
    )


BUILDERS: dict[str, Callable[[], Article]] = {
    "example-rice-ban": rice, "example-emergency": emergency, "example-sanctions": sanctions,
    "example-rent-bill": rent_bill,
}


def main(argv: list[str] | None = None) -> int:
    """Write the fixtures, or with ``--check`` report whether the committed ones are current."""
    return write_or_check(BUILDERS, "build_rules_fixtures.py", __doc__.splitlines()[0] if __doc__ else None, argv)


if __name__ == "__main__":
    sys.exit(main())
