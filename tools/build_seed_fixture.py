"""Build the seed-article fixture: the UNN report on Japan's Patriot transfer, coded as newsevents objects.

The article is built here as model objects, every evidence span is located in the body text (never typed in
as offsets), the result must pass ``newsevents.check_article``, and it is written to
``src/newsevents/fixtures/seed-article.json``. Output is deterministic, so ``--check`` can tell whether the
committed file is what this script writes.

Usage (from anywhere)::

    python tools/build_seed_fixture.py           # write the fixture
    python tools/build_seed_fixture.py --check   # exit 1 if the committed fixture is out of date
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

from newsevents import (
    PUBLICATION,
    Actor,
    ActorKind,
    Affiliation,
    AffiliationRelation,
    AnchorRelation,
    Announcement,
    ArmedAttack,
    Article,
    Attribution,
    Commitment,
    Cooperation,
    Disapproval,
    Event,
    Hop,
    Identifiers,
    Instrument,
    Item,
    ItemKind,
    MediaReport,
    Modality,
    OrganisationType,
    Participant,
    ParticipantRole,
    Place,
    PlaceKind,
    PolicyChange,
    PolicyStatus,
    Precision,
    Provenance,
    Provision,
    Quantity,
    Quote,
    Realis,
    Relation,
    RelationType,
    ReportRelation,
    Role,
    RoleStatus,
    Sanction,
    Sourcing,
    Span,
    Stance,
    StanceType,
    Statement,
    StatementForm,
    Support,
    Time,
    TimeAnchor,
    Transfer,
    ValueStatus,
    check_article,
    unstructure,
)

ROOT = Path(__file__).resolve().parent.parent
#: The article text, a byte copy of the shared seed kept in the repository so a clean clone can build.
SOURCE = ROOT / "tests" / "data" / "seed-article.txt"
TARGET = ROOT / "src" / "newsevents" / "fixtures" / "seed-article.json"


class Locator:
    """Finds evidence spans in one body text, failing loudly when a passage is not there."""

    def __init__(self, body: str) -> None:
        self.body = body

    def span(self, text: str, occurrence: int = 0, within: Span | str | None = None) -> Span:
        """The ``occurrence``-th (0-based) occurrence of ``text``, searched only inside ``within`` if given.

        ``within`` is a span, or a passage resolved to its first occurrence in the body.
        """
        if isinstance(within, str):
            within = self.span(within)
        low, high = (within.start, within.end) if within is not None else (0, len(self.body))
        position = low - 1
        for _ in range(occurrence + 1):
            position = self.body.find(text, position + 1, high)
            if position < 0:
                where = f" within {within.text[:50]!r}" if within is not None else ""
                raise LookupError(f"occurrence {occurrence} of {text!r} is not in the body{where}")
        return Span(start=position, end=position + len(text), text=text)

    def words(self, word: str, outside: tuple[Span, ...] = ()) -> tuple[Span, ...]:
        """Every whole-word occurrence of ``word`` ("Japan" but not "Japanese"), except those inside ``outside``."""
        pattern = re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")
        found = [Span(start=m.start(), end=m.end(), text=word) for m in pattern.finditer(self.body)]
        if not found:
            raise LookupError(f"{word!r} does not occur in the body as a word")
        return tuple(s for s in found if not any(o.start <= s.start and s.end <= o.end for o in outside))

    def line(self, opening: str) -> Span:
        """From the first occurrence of ``opening`` to the end of its line (newline excluded)."""
        start = self.span(opening).start
        end = self.body.find("\n", start)
        end = len(self.body) if end < 0 else end
        return Span(start=start, end=end, text=self.body[start:end])

    def quoted(self, opening: str) -> Span:
        """The words between a pair of straight quotation marks, found by the words the quote starts with."""
        start = self.span('"' + opening).start + 1
        end = self.body.find('"', start)
        if end < 0:
            raise LookupError(f"the quote starting {opening!r} has no closing quotation mark")
        return Span(start=start, end=end, text=self.body[start:end])


def in_order(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """Spans sorted by where they start in the body."""
    return tuple(sorted(spans, key=lambda s: (s.start, s.end)))


def _hop(source: str, relation: ReportRelation, commitment: Commitment, *evidence: Span) -> Hop:
    return Hop(source=source, relation=relation, commitment=commitment, evidence=evidence)


def _state(id: str, name: str, code: str, qid: str, mentions: tuple[Span, ...],  # noqa: A002
           aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(id=id, kind=ActorKind.STATE, name=name, aliases=aliases, country_code=code,
                 identifiers=Identifiers(wikidata=qid, iso3166_1=code), mentions=mentions)


NOTES = (
    "Hand-coded seed fixture. The body is the source page verbatim, defects included. Fragments the page "
    "repeats: 'official. official', 'Yoshimasa government spokesman Yoshimasa', 'going to to', 'for decades' "
    "(twice in one sentence), 'security. security.', 'deployment,\" Emanuel said.' (twice), \"Japan's Japan's\", "
    "'more more', and 'directly' (twice in one clause). Evidence spans point at one occurrence of a repeated "
    "fragment (the first, except for Hayashi's name, where they point at the intact 'government spokesman "
    "Yoshimasa Hayashi'); statement contents paraphrase without the repetitions. Quote texts are the characters "
    "between the quotation marks, trailing comma included; the quotes were probably translated, so no language "
    "is given. The text does not give its publication date: 'On Friday' is read as Friday 22 December 2023, "
    "the day Japan announced the decision (outside knowledge), so the article was published that day or later. "
    "ev_concerns codes \"Tokyo's concerns about China and North Korea\" as a disapproval event because the model "
    "has no entry for a concern or perception, and a cause must be an event or statement. ev_transfer_mod is "
    "the transfer as the Defense Ministry describes it (timing and scope undetermined); ev_wapo_policy and "
    "ev_wapo_transfer are what the earlier Washington Post report said."
)


def build(body: str) -> Article:
    """The seed article, with everything it reports, as model objects."""
    loc = Locator(body)
    span, words = loc.span, loc.words

    # Passages used more than once, to search within.
    lede = span("Japan has agreed to transfer dozens of Patriot interceptor missiles from its stockpile to the "
                "United States, which will in turn strengthen global air defense capabilities, including in "
                "Ukraine.")
    wsj_line = span("On Friday, Japan announced that it will provide the United States with Patriot missiles, "
                    "replenishing global stockpiles amid Russian missile attacks on Ukraine, The Wall Street "
                    "Journal reports, citing an American official.")
    official_line = span("According to a U.S. official, Tokyo is going to to transfer dozens of interceptor "
                         "missiles used to shoot down ballistic missiles and other airborne threats from its own "
                         "stockpile, starting in the first quarter of 2024.")
    ban_line = span("This decision is a landmark for Japan, which for decades has been imposing an arms export ban "
                    "on its own for decades because of its desire to stay out of global conflicts after World War "
                    "II.")
    rethink_line = span("The war in Ukraine and Tokyo's concerns about China and North Korea have forced Japan to "
                        "rethink its contribution to international security.")
    eased_line = span("On Friday, the Japanese government announced that it would ease controls on defense exports "
                      "products and will allow weapons manufactured in Japan under license to be sent to the "
                      "country that issued the license.")
    hayashi_line = loc.line('"This initiative is of great importance')
    ministry_line = span("A representative of the Japanese Defense Ministry said that the timing and scope of the "
                         "missile transfer has not yet been determined")
    emanuel_line = span("US Ambassador to Japan Rahm Emanuel said that the decision made on Friday shows Tokyo's "
                        "commitment to maintaining international security.")
    emanuel_quote_line = span('"This will help us manage our Patriot arsenal, with Ukraine and the Middle East, with '
                              'greater flexibility and strategic deployment," Emanuel said.')
    war_rule_line = span("According to the publication, Japan still prohibits to supply weapons to countries "
                         "involved in the war, meaning that it cannot directly send Patriot missiles to Ukraine "
                         "directly.")
    statement_line = span("Ukraine was not mentioned in the Japanese government's statement on Patriot exports.")
    officials_line = span("Tokyo officials said that the move would strengthen Japan's Japan's alliance with the "
                          "United States and will serve as a basis for regional security.")
    analysts_line = span("according to security analysts, this move shows that Japan is ready to look for new ways "
                         "to play a more more significant role in international security.")
    johnston_line = loc.line('"This is an important step for Japan')
    wapo_line = span("Earlier, The Washington Post wrote that Japan is preparing a significant policy shift in its "
                     "military export rules that would allow it to export several dozen missiles for the Patriot "
                     "to Washington.")

    # ---- Actors -------------------------------------------------------------------------------------------
    actors = (
        Actor(id="unn", kind=ActorKind.ORGANISATION, organisation_type=OrganisationType.NEWS_OUTLET, name="UNN",
              description="The news agency that published the article.", mentions=words("UNN")),
        Actor(id="wsj", kind=ActorKind.ORGANISATION, organisation_type=OrganisationType.NEWS_OUTLET,
              name="The Wall Street Journal", aliases=("the publication",),
              description="The newspaper whose report, citing a U.S. official, the article relays.",
              mentions=(span("The Wall Street Journal"), span("the publication", within=war_rule_line))),
        Actor(id="wapo", kind=ActorKind.ORGANISATION, organisation_type=OrganisationType.NEWS_OUTLET,
              name="The Washington Post", description="The newspaper that reported the plan earlier.",
              mentions=(span("The Washington Post"),)),
        Actor(id="us_official", kind=ActorKind.ANONYMOUS, name="a U.S. official", country_code="US",
              description="An unnamed American official, cited by The Wall Street Journal.",
              affiliations=(Affiliation(actor="us", relation=AffiliationRelation.NATIONAL_OF,
                                        evidence=(span("American official"), span("U.S. official"))),),
              mentions=(span("an American official"), span("a U.S. official"))),
        _state("jp", "Japan", "JP", "Q17", aliases=("Tokyo",),
               mentions=in_order(words("Japan", outside=(span("Japan's", occurrence=1, within=officials_line),))
                                 + words("Tokyo", outside=(span("Tokyo officials"),)))),
        Actor(id="jp_gov", kind=ActorKind.ORGANISATION, organisation_type=OrganisationType.GOVERNMENT,
              name="Government of Japan", aliases=("the Japanese government",), country_code="JP",
              affiliations=(Affiliation(actor="jp", relation=AffiliationRelation.PART_OF,
                                        evidence=(span("the Japanese government"),)),),
              mentions=(span("the Japanese government"), span("Japanese government", within=hayashi_line),
                        span("the Japanese government", within=statement_line))),
        Actor(id="jp_mod", kind=ActorKind.ORGANISATION, organisation_type=OrganisationType.MINISTRY,
              name="Japanese Defense Ministry", country_code="JP",
              affiliations=(Affiliation(actor="jp_gov", relation=AffiliationRelation.PART_OF),),
              mentions=(span("the Japanese Defense Ministry"),)),
        Actor(id="jp_mod_rep", kind=ActorKind.ANONYMOUS, name="a representative of the Japanese Defense Ministry",
              country_code="JP", description="An unnamed spokesperson for the ministry.",
              affiliations=(Affiliation(actor="jp_mod", relation=AffiliationRelation.REPRESENTS,
                                        evidence=(span("A representative of the Japanese Defense Ministry"),)),),
              mentions=(span("A representative of the Japanese Defense Ministry"),)),
        _state("us", "United States", "US", "Q30", aliases=("the United States", "the US", "Washington"),
               mentions=(span("the US"), *words("the United States"),
                         span("Washington", within=wapo_line, occurrence=1))),
        _state("ua", "Ukraine", "UA", "Q212", mentions=words("Ukraine")),
        _state("ru", "Russia", "RU", "Q159", mentions=words("Russian")),
        _state("cn", "China", "CN", "Q148", mentions=words("China")),
        _state("kp", "North Korea", "KP", "Q423", mentions=words("North Korea")),
        Actor(id="middle_east", kind=ActorKind.REGION, name="Middle East", mentions=(span("the Middle East"),)),
        Actor(id="hayashi", kind=ActorKind.PERSON, name="Yoshimasa Hayashi", country_code="JP",
              roles=(Role(title="government spokesman", organisation="jp_gov",
                          evidence=(span("Japanese government spokesman"),)),),
              mentions=(span("Yoshimasa Hayashi"),)),
        Actor(id="emanuel", kind=ActorKind.PERSON, name="Rahm Emanuel", country_code="US",
              roles=(Role(title="US Ambassador to Japan", organisation="us",
                          evidence=(span("US Ambassador to Japan"),)),),
              affiliations=(Affiliation(actor="us", relation=AffiliationRelation.REPRESENTS,
                                        evidence=(span("US Ambassador to Japan"),)),),
              mentions=(span("Rahm Emanuel"), span("Emanuel", within=emanuel_quote_line))),
        Actor(id="johnston", kind=ActorKind.PERSON, name="Christopher Johnston",
              description="A former U.S. National Security Council official who now works at the Center for "
                          "Strategic and International Studies.",
              roles=(Role(title="US National Security Council official", organisation="us_nsc",
                          status=RoleStatus.FORMER,
                          evidence=(span("a former US National Security Council official"),)),),
              affiliations=(Affiliation(actor="csis", relation=AffiliationRelation.EMPLOYED_BY,
                                        evidence=(span("now works at the Center for Strategic and International "
                                                       "Studies"),)),),
              mentions=(span("Christopher Johnston"),)),
        Actor(id="us_nsc", kind=ActorKind.ORGANISATION, organisation_type=OrganisationType.GOVERNMENT_BODY,
              name="United States National Security Council", aliases=("US National Security Council",),
              country_code="US",
              affiliations=(Affiliation(actor="us", relation=AffiliationRelation.PART_OF),),
              mentions=(span("US National Security Council"),)),
        Actor(id="csis", kind=ActorKind.ORGANISATION, organisation_type=OrganisationType.THINK_TANK,
              name="Center for Strategic and International Studies", country_code="US",
              description="A think tank in Washington.", location="washington",
              affiliations=(Affiliation(actor="us", relation=AffiliationRelation.BASED_IN,
                                        evidence=(span("in Washington", within=johnston_line),)),),
              mentions=(span("the Center for Strategic and International Studies"),)),
        Actor(id="tokyo_officials", kind=ActorKind.COLLECTIVE, name="Tokyo officials", country_code="JP",
              description="Unnamed Japanese officials.",
              affiliations=(Affiliation(actor="jp", relation=AffiliationRelation.NATIONAL_OF,
                                        evidence=(span("Tokyo officials"),)),),
              mentions=(span("Tokyo officials"),)),
        Actor(id="analysts", kind=ActorKind.COLLECTIVE, name="security analysts",
              description="Unnamed security analysts.", mentions=(span("security analysts"),)),
    )

    places = (
        Place(id="kyiv", name="Kyiv", kind=PlaceKind.CITY, country_code="UA", evidence=(span("Kyiv"),)),
        Place(id="washington", name="Washington, D.C.", kind=PlaceKind.CITY, country_code="US",
              evidence=(span("Washington", within=johnston_line),)),
    )

    items = (
        Item(id="patriot_missiles", name="Patriot interceptor missiles", kind=ItemKind.WEAPON, owner="jp",
             description="Interceptor missiles for the Patriot air defence system, used to shoot down ballistic "
                         "missiles and other airborne threats.",
             mentions=(span("Patriot missiles"), span("Patriot interceptor missiles"),
                       span("Patriot missiles", within=wsj_line),
                       span("interceptor missiles used to shoot down ballistic missiles and other airborne "
                            "threats"),
                       span("Patriot missiles", within=war_rule_line),
                       span("missiles for the Patriot"))),
        Item(id="jp_stockpile", name="Japan's stockpile of interceptor missiles", kind=ItemKind.WEAPON,
             owner="jp", description="The missiles Japan holds, from which the transfer is to come.",
             mentions=(span("its stockpile"), span("its own stockpile"))),
    )

    # ---- Times and attribution chains used by several entries ----------------------------------------------
    def friday(occurrence: int) -> Time:
        return Time(text="On Friday", relative=True,
                    anchor=TimeAnchor(ref=PUBLICATION, relation=AnchorRelation.NEAREST_BEFORE),
                    value="2023-12-22", precision=Precision.DAY,
                    evidence=(span("On Friday", occurrence=occurrence),))

    q1_2024 = Time(text="starting in the first quarter of 2024", value="2024-Q1", precision=Precision.QUARTER,
                   earliest=dt.date(2024, 1, 1), latest=dt.date(2024, 3, 31),
                   evidence=(span("starting in the first quarter of 2024"),))

    unn_reports = _hop("unn", ReportRelation.REPORTS, Commitment.REPORTS, span("reports UNN"))
    via_wsj = Attribution(chain=(
        unn_reports,
        _hop("wsj", ReportRelation.CITING, Commitment.REPORTS,
             span("The Wall Street Journal reports, citing")),
        _hop("us_official", ReportRelation.SAID, Commitment.ASSERTS,
             span("an American official"), span("According to a U.S. official")),
    ))
    wsj_own = Attribution(chain=(
        _hop("unn", ReportRelation.ACCORDING_TO, Commitment.REPORTS,
             span("According to the publication")),
        _hop("wsj", ReportRelation.REPORTS, Commitment.ASSERTS, span("the publication", within=war_rule_line)),
    ))
    wsj_report_chain = Attribution(chain=(
        unn_reports,
        _hop("wsj", ReportRelation.REPORTS, Commitment.ASSERTS, span("The Wall Street Journal reports")),
    ))
    via_wapo = Attribution(chain=(
        _hop("unn", ReportRelation.REPORTS, Commitment.REPORTS),
        _hop("wapo", ReportRelation.WROTE, Commitment.ASSERTS, span("The Washington Post wrote")),
    ))

    def quoting(speaker: str, said: Span) -> Attribution:
        return Attribution(chain=(_hop("unn", ReportRelation.QUOTING, Commitment.REPORTS),
                                  _hop(speaker, ReportRelation.SAID, Commitment.ASSERTS, said)))

    def reporting(speaker: str, said: Span) -> Attribution:
        return Attribution(chain=(_hop("unn", ReportRelation.REPORTS, Commitment.REPORTS),
                                  _hop(speaker, ReportRelation.SAID, Commitment.ASSERTS, said)))

    missiles = "Patriot interceptor missiles"

    # ---- Provisions of Japan's export rules ---------------------------------------------------------------
    export_ban = Provision(id="p_export_ban", modality=Modality.PROHIBITED, holder="jp", action="export arms",
                           evidence=(span("imposing an arms export ban on its own"),))
    no_war_supply = Provision(id="p_no_war_supply", modality=Modality.PROHIBITED, holder="jp",
                              action="supply weapons", recipient="countries involved in a war",
                              evidence=(span("Japan still prohibits to supply weapons to countries involved in "
                                             "the war"),))
    licensed_export = Provision(id="p_licensed_export", modality=Modality.PERMITTED, holder="jp",
                                action="send weapons manufactured in Japan under licence",
                                recipient="the country that issued the licence",
                                evidence=(span("will allow weapons manufactured in Japan under license to be sent "
                                               "to the country that issued the license"),))
    export_rules = Instrument(name="Japan's rules on exporting defence equipment",
                              description="Japan's controls on exports of defence equipment, which the article "
                                          "says long amounted to a self-imposed ban on arms exports.",
                              evidence=(span("controls on defense exports products"),))

    # ---- Events -------------------------------------------------------------------------------------------
    events: tuple[Event, ...] = (
        Transfer(
            id="ev_transfer", realis=Realis.PLANNED, contexts=("military",),
            summary="Japan is to transfer dozens of Patriot interceptor missiles from its stockpile to the United "
                    "States, starting in the first quarter of 2024.",
            trigger=span("transfer", within=lede),
            participants=(
                Participant(role=ParticipantRole.AGENT, ref="jp", evidence=(span("Japan", within=lede),)),
                Participant(role=ParticipantRole.ITEM, ref="patriot_missiles",
                            quantity=Quantity(text="dozens", approximate=True, minimum=24, counted=missiles,
                                              evidence=(span("dozens", within=lede),
                                                        span("dozens", within=official_line))),
                            evidence=(span("dozens of Patriot interceptor missiles"),)),
                Participant(role=ParticipantRole.ORIGIN, ref="jp_stockpile",
                            evidence=(span("from its stockpile"), span("from its own stockpile"))),
                Participant(role=ParticipantRole.RECIPIENT, ref="us",
                            evidence=(span("to the United States", within=lede),)),
                Participant(role=ParticipantRole.BENEFICIARY, ref="ua", evidence=(span("including in Ukraine"),)),
            ),
            time=q1_2024, attribution=via_wsj,
            evidence=(span("Japan agrees to transfer Patriot missiles to the US"), lede,
                      span("Tokyo is going to to transfer dozens of interceptor missiles", within=official_line)),
        ),
        Transfer(
            id="ev_transfer_mod", realis=Realis.PLANNED,
            summary="The missile transfer as the Japanese Defense Ministry describes it: its timing and scope are "
                    "not yet determined.",
            trigger=span("transfer", within=ministry_line),
            participants=(
                Participant(role=ParticipantRole.ITEM, ref="patriot_missiles",
                            quantity=Quantity(text="scope", status=ValueStatus.UNDETERMINED, counted=missiles,
                                              evidence=(span("scope", within=ministry_line),))),
            ),
            time=Time(text="the timing", status=ValueStatus.UNDETERMINED,
                      evidence=(span("the timing and scope of the missile transfer has not yet been "
                                     "determined"),)),
            attribution=reporting("jp_mod_rep", span("A representative of the Japanese Defense Ministry said")),
            evidence=(span("the timing and scope of the missile transfer has not yet been determined"),),
        ),
        Announcement(
            id="ev_announce_transfer", realis=Realis.OCCURRED,
            summary="Japan announced that it will provide the United States with Patriot missiles.",
            trigger=span("announced", within=wsj_line),
            participants=(Participant(role=ParticipantRole.AGENT, ref="jp",
                                      evidence=(span("Japan", within=wsj_line),)),),
            time=friday(0), attribution=via_wsj,
            evidence=(span("On Friday, Japan announced that it will provide the United States with Patriot "
                           "missiles"),),
        ),
        Announcement(
            id="ev_announce_policy", realis=Realis.OCCURRED,
            summary="The Japanese government announced that it would ease its controls on defence exports.",
            trigger=span("announced", within=eased_line),
            participants=(Participant(role=ParticipantRole.AGENT, ref="jp_gov",
                                      evidence=(span("the Japanese government", within=eased_line),)),),
            time=friday(1), evidence=(eased_line,),
        ),
        PolicyChange(
            id="ev_policy", realis=Realis.ANNOUNCED, status=PolicyStatus.ANNOUNCED, setter="jp_gov",
            summary="Japan eases its controls on defence exports: weapons made in Japan under licence may now be "
                    "sent to the licensing country; supplying weapons to countries involved in a war stays "
                    "prohibited.",
            instrument=export_rules,
            trigger=span("ease", within=eased_line),
            participants=(Participant(role=ParticipantRole.AGENT, ref="jp_gov",
                                      evidence=(span("the Japanese government", within=eased_line),)),),
            time=friday(1),
            before=(export_ban, no_war_supply),
            after=(licensed_export, no_war_supply),
            evidence=(span("it would ease controls on defense exports products and will allow weapons manufactured "
                           "in Japan under license to be sent to the country that issued the license"),
                      span("Japan still prohibits to supply weapons to countries involved in the war")),
        ),
        PolicyChange(
            id="ev_rethink", realis=Realis.OCCURRED, status=PolicyStatus.ANNOUNCED, setter="jp",
            summary="Japan rethinks its contribution to international security: a historic shift in its defence "
                    "policy.",
            instrument=Instrument(name="Japan's defence policy",
                                  description="Including Japan's contribution to international security.",
                                  evidence=(span("Japan's defense policy"),
                                            span("its contribution to international security"))),
            trigger=span("rethink"),
            participants=(Participant(role=ParticipantRole.AGENT, ref="jp",
                                      evidence=(span("Japan", within=rethink_line),)),),
            evidence=(span("a historic shift in Japan's defense policy"),
                      span("forced Japan to rethink its contribution to international security")),
        ),
        Cooperation(
            id="ev_replenish", realis=Realis.PLANNED, contexts=("military",),
            summary="The missiles Japan provides replenish global stockpiles.",
            trigger=span("replenishing"),
            participants=(Participant(role=ParticipantRole.AGENT, ref="jp",
                                      evidence=(span("Japan", within=wsj_line),)),
                          Participant(role=ParticipantRole.ITEM, ref="patriot_missiles",
                                      evidence=(span("Patriot missiles", within=wsj_line),))),
            attribution=via_wsj,
            evidence=(span("replenishing global stockpiles"),),
        ),
        Cooperation(
            id="ev_air_defense", realis=Realis.PLANNED, contexts=("military",),
            summary="The United States in turn strengthens global air defence capabilities, including in Ukraine.",
            trigger=span("strengthen", within=lede),
            participants=(Participant(role=ParticipantRole.AGENT, ref="us",
                                      evidence=(span("the United States", within=lede),)),
                          Participant(role=ParticipantRole.BENEFICIARY, ref="ua",
                                      evidence=(span("including in Ukraine"),))),
            evidence=(span("which will in turn strengthen global air defense capabilities, including in Ukraine"),),
        ),
        ArmedAttack(
            id="ev_ru_attacks", realis=Realis.ONGOING, contexts=("military",),
            summary="Russia's missile attacks on Ukraine.",
            trigger=span("attacks", within=wsj_line),
            participants=(Participant(role=ParticipantRole.AGENT, ref="ru",
                                      evidence=(span("Russian", within=wsj_line),)),
                          Participant(role=ParticipantRole.RECIPIENT, ref="ua",
                                      evidence=(span("Ukraine", within=wsj_line),))),
            evidence=(span("Russian missile attacks on Ukraine"),
                      span("Russian missile attacks on Ukraine", within=wsj_line)),
        ),
        ArmedAttack(
            id="ev_war", realis=Realis.ONGOING, contexts=("military",),
            summary="The war in Ukraine.",
            trigger=span("war", within=rethink_line),
            participants=(Participant(role=ParticipantRole.LOCATION, ref="ua",
                                      evidence=(span("Ukraine", within=rethink_line),)),),
            evidence=(span("The war in Ukraine"), span("the beginning of the war")),
        ),
        Disapproval(
            id="ev_concerns", realis=Realis.ONGOING,
            summary="Japan's concerns about China and North Korea.",
            trigger=span("concerns"),
            participants=(Participant(role=ParticipantRole.AGENT, ref="jp", evidence=(span("Tokyo's"),)),
                          Participant(role=ParticipantRole.TOPIC, ref="cn", evidence=(span("China"),)),
                          Participant(role=ParticipantRole.TOPIC, ref="kp", evidence=(span("North Korea"),))),
            evidence=(span("Tokyo's concerns about China and North Korea"),),
        ),
        Sanction(
            id="ev_export_ban", realis=Realis.GENERIC,
            summary="Japan's self-imposed ban on arms exports, kept for decades out of a desire to stay out of "
                    "global conflicts after World War II.",
            trigger=span("ban", within="an arms export ban"),
            participants=(Participant(role=ParticipantRole.AGENT, ref="jp",
                                      evidence=(span("Japan", within=ban_line),)),),
            time=Time(text="for decades", approximate=True, relative=True,
                      anchor=TimeAnchor(ref=PUBLICATION, relation=AnchorRelation.BEFORE),
                      evidence=(span("for decades"),)),
            evidence=(span("for decades has been imposing an arms export ban on its own for decades because of "
                           "its desire to stay out of global conflicts after World War II"),),
        ),
        Transfer(
            id="ev_no_transfer_ua", realis=Realis.DID_NOT_OCCUR,
            summary="Japan cannot send Patriot missiles directly to Ukraine.",
            trigger=span("send", within=war_rule_line),
            participants=(Participant(role=ParticipantRole.AGENT, ref="jp",
                                      evidence=(span("it cannot", within=war_rule_line),)),
                          Participant(role=ParticipantRole.ITEM, ref="patriot_missiles",
                                      evidence=(span("Patriot missiles", within=war_rule_line),)),
                          Participant(role=ParticipantRole.RECIPIENT, ref="ua",
                                      evidence=(span("to Ukraine", within=war_rule_line),))),
            attribution=wsj_own,
            evidence=(span("it cannot directly send Patriot missiles to Ukraine directly"),),
        ),
        Support(
            id="ev_jp_support_ua", realis=Realis.ONGOING,
            summary="Japan supports Ukraine's defence, as it has since the beginning of the war.",
            trigger=span("support", within=johnston_line),
            participants=(Participant(role=ParticipantRole.AGENT, ref="jp",
                                      evidence=(span("Japan", within=johnston_line),)),
                          Participant(role=ParticipantRole.RECIPIENT, ref="ua",
                                      evidence=(span("Ukraine's", within=johnston_line),))),
            time=Time(text="since the beginning of the war", relative=True,
                      anchor=TimeAnchor(ref="ev_war", relation=AnchorRelation.SINCE),
                      evidence=(span("since the beginning of the war"),)),
            attribution=quoting("johnston", span("said Christopher Johnston")),
            evidence=(span("its commitment to support Ukraine's defense since the beginning of the war"),),
        ),
        MediaReport(
            id="ev_wsj_report", realis=Realis.OCCURRED,
            summary="The Wall Street Journal reports Japan's decision, citing an American official.",
            trigger=span("reports", within=wsj_line),
            participants=(Participant(role=ParticipantRole.AGENT, ref="wsj",
                                      evidence=(span("The Wall Street Journal"),)),),
            attribution=wsj_report_chain,
            evidence=(span("The Wall Street Journal reports, citing an American official"),),
        ),
        MediaReport(
            id="ev_wapo_report", realis=Realis.OCCURRED,
            summary="The Washington Post reported earlier that Japan was preparing to change its export rules.",
            trigger=span("wrote"),
            participants=(Participant(role=ParticipantRole.AGENT, ref="wapo",
                                      evidence=(span("The Washington Post"),)),),
            time=Time(text="Earlier", relative=True,
                      anchor=TimeAnchor(ref=PUBLICATION, relation=AnchorRelation.BEFORE),
                      evidence=(span("Earlier"),)),
            attribution=via_wapo,
            evidence=(wapo_line,),
        ),
        PolicyChange(
            id="ev_wapo_policy", realis=Realis.PLANNED, status=PolicyStatus.PROPOSED, setter="jp",
            summary="Japan prepares a significant shift in its military export rules.",
            instrument=Instrument(name="Japan's military export rules", evidence=(span("its military export rules"),)),
            trigger=span("policy shift"),
            participants=(Participant(role=ParticipantRole.AGENT, ref="jp",
                                      evidence=(span("Japan", within=wapo_line),)),),
            after=(Provision(id="p_wapo_export", modality=Modality.PERMITTED, holder="jp",
                             action="export several dozen missiles for the Patriot", recipient_refs=("us",),
                             evidence=(span("would allow it to export several dozen missiles for the Patriot to "
                                            "Washington"),)),),
            attribution=via_wapo,
            evidence=(span("Japan is preparing a significant policy shift in its military export rules"),),
        ),
        Transfer(
            id="ev_wapo_transfer", realis=Realis.HYPOTHETICAL,
            summary="Japan would export several dozen Patriot missiles to the United States.",
            trigger=span("export", within="to export several dozen"),
            participants=(
                Participant(role=ParticipantRole.AGENT, ref="jp", evidence=(span("it", within="allow it to"),)),
                Participant(role=ParticipantRole.ITEM, ref="patriot_missiles",
                            quantity=Quantity(text="several dozen", approximate=True, minimum=24,
                                              counted="missiles for the Patriot",
                                              evidence=(span("several dozen"),)),
                            evidence=(span("several dozen missiles for the Patriot"),)),
                Participant(role=ParticipantRole.RECIPIENT, ref="us",
                            evidence=(span("to Washington"),)),
            ),
            attribution=via_wapo,
            evidence=(span("export several dozen missiles for the Patriot to Washington"),),
        ),
    )

    # ---- Statements and quotes -----------------------------------------------------------------------------
    hayashi_words = loc.quoted("This initiative")
    emanuel_words = loc.quoted("This will help us")
    johnston_words = loc.quoted("This is an important step")
    statements: tuple[Statement, ...] = (
        Statement(
            id="st_us_official", speaker="us_official", capacity="U.S. official",
            content="Japan is going to transfer dozens of interceptor missiles, used to shoot down ballistic "
                    "missiles and other airborne threats, from its own stockpile, starting in the first quarter "
                    "of 2024.",
            about=("ev_transfer", "ev_announce_transfer"), attribution=via_wsj, sourcing=Sourcing.RELAYED,
            evidence=(official_line, span("citing an American official")),
        ),
        Statement(
            id="st_mod_rep", speaker="jp_mod_rep", capacity="representative of the Japanese Defense Ministry",
            content="The timing and scope of the missile transfer have not yet been determined.",
            reporting_verb="said", about=("ev_transfer_mod",),
            attribution=reporting("jp_mod_rep", span("A representative of the Japanese Defense Ministry said")),
            evidence=(ministry_line,),
        ),
        Statement(
            id="st_emanuel", speaker="emanuel", capacity="US Ambassador to Japan",
            content="The decision made on Friday shows Tokyo's commitment to maintaining international security.",
            reporting_verb="said", about=("ev_transfer", "ev_policy"),
            stances=(Stance(target="ev_transfer", stance=StanceType.PRAISES,
                            evidence=(span("shows Tokyo's commitment"),)),),
            attribution=reporting("emanuel", span("Rahm Emanuel said")),
            evidence=(emanuel_line,),
        ),
        Statement(
            id="st_tokyo_officials", speaker="tokyo_officials",
            content="The move would strengthen Japan's alliance with the United States and will serve as a basis "
                    "for regional security.",
            reporting_verb="said", about=("ev_transfer",),
            stances=(Stance(target="ev_transfer", stance=StanceType.SUPPORTS),),
            attribution=reporting("tokyo_officials", span("Tokyo officials said")),
            evidence=(officials_line,),
        ),
        Statement(
            id="st_analysts", speaker="analysts",
            content="The move shows that Japan is ready to look for new ways to play a more significant role in "
                    "international security.",
            about=("ev_transfer",),
            attribution=Attribution(chain=(
                _hop("unn", ReportRelation.ACCORDING_TO, Commitment.REPORTS,
                     span("according to security analysts")),
                _hop("analysts", ReportRelation.SAID, Commitment.ASSERTS),
            )),
            evidence=(analysts_line,),
        ),
        Statement(
            id="st_gov", speaker="jp_gov", medium="government statement", form=StatementForm.WRITTEN_STATEMENT,
            content="A statement on Patriot exports; the article does not give its wording.",
            about=("ev_transfer",),
            evidence=(span("the Japanese government's statement on Patriot exports"),),
        ),
        Quote(
            id="q_hayashi", speaker="hayashi", capacity="Japanese government spokesman", reporting_verb="said",
            text=hayashi_words.text,
            content="The initiative is of great importance for strengthening the Japan-U.S. alliance.",
            about=("ev_policy", "ev_transfer"),
            stances=(Stance(target="ev_policy", stance=StanceType.SUPPORTS,
                            evidence=(span("of great importance"),)),),
            attribution=quoting("hayashi", span("government spokesman Yoshimasa Hayashi")),
            evidence=(hayashi_words, span("government spokesman Yoshimasa Hayashi")),
        ),
        Quote(
            id="q_emanuel", speaker="emanuel", capacity="US Ambassador to Japan", reporting_verb="said",
            text=emanuel_words.text,
            content="The decision will help the United States manage its Patriot arsenal, with Ukraine and the "
                    "Middle East, with greater flexibility and strategic deployment.",
            about=("ev_transfer", "us", "ua", "middle_east"),
            attribution=quoting("emanuel", span("Emanuel said", within=emanuel_quote_line)),
            evidence=(emanuel_words, span("Emanuel said", within=emanuel_quote_line)),
        ),
        Quote(
            id="q_johnston", speaker="johnston",
            capacity="former US National Security Council official, now at the Center for Strategic and "
                     "International Studies",
            reporting_verb="said", text=johnston_words.text,
            content="The step is important for Japan and reinforces its commitment to support Ukraine's defence "
                    "since the beginning of the war.",
            about=("ev_transfer", "ev_jp_support_ua"),
            stances=(Stance(target="ev_transfer", stance=StanceType.SUPPORTS,
                            evidence=(span("an important step"),)),),
            attribution=quoting("johnston", span("said Christopher Johnston")),
            evidence=(johnston_words, span("said Christopher Johnston")),
        ),
    )

    # ---- Relations ----------------------------------------------------------------------------------------
    def rel(kind: RelationType, source: str, target: str, *evidence: Span, negated: bool = False,
            attribution: Attribution | None = None) -> Relation:
        return Relation(type=kind, source=source, target=target, negated=negated, attribution=attribution,
                        evidence=evidence)

    rethink_cause = span("have forced Japan to rethink")
    relations = (
        rel(RelationType.MENTIONS, "ev_announce_transfer", "ev_transfer",
            span("announced that it will provide the United States with Patriot missiles")),
        rel(RelationType.MENTIONS, "ev_announce_policy", "ev_policy",
            span("announced that it would ease controls on defense exports products")),
        rel(RelationType.PURPOSE, "ev_transfer", "ev_replenish", span("replenishing global stockpiles")),
        rel(RelationType.PURPOSE, "ev_transfer", "ev_air_defense",
            span("which will in turn strengthen global air defense capabilities")),
        rel(RelationType.CONTEXT, "ev_transfer", "ev_ru_attacks", span("amid Russian missile attacks on Ukraine")),
        rel(RelationType.CONTEXT, "ev_replenish", "ev_ru_attacks",
            span("amid Russian missile attacks on Ukraine", within=wsj_line)),
        rel(RelationType.CONTEXT, "ev_transfer", "ev_export_ban",
            span("This decision is a landmark for Japan, which for decades has been imposing an arms export ban")),
        rel(RelationType.CAUSE, "ev_war", "ev_rethink", span("The war in Ukraine"), rethink_cause),
        rel(RelationType.CAUSE, "ev_concerns", "ev_rethink",
            span("Tokyo's concerns about China and North Korea"), rethink_cause),
        rel(RelationType.PART_OF, "ev_transfer", "ev_rethink", span("This marks a historic shift in Japan's "
                                                                    "defense policy")),
        rel(RelationType.PART_OF, "ev_policy", "ev_rethink", rethink_line, eased_line),
        rel(RelationType.CONSEQUENCE, "ev_policy", "ev_no_transfer_ua",
            span("meaning that it cannot directly send Patriot missiles to Ukraine directly"), attribution=wsj_own),
        rel(RelationType.MENTIONS, "st_gov", "ua", statement_line, negated=True),
        rel(RelationType.MENTIONS, "ev_wsj_report", "ev_announce_transfer", wsj_line),
        rel(RelationType.MENTIONS, "ev_wapo_report", "ev_wapo_policy", wapo_line),
        rel(RelationType.MENTIONS, "ev_wapo_report", "ev_wapo_transfer", wapo_line),
        rel(RelationType.CONSEQUENCE, "ev_wapo_policy", "ev_wapo_transfer",
            span("that would allow it to export")),
        rel(RelationType.SAME_AS, "ev_wapo_policy", "ev_policy"),
        rel(RelationType.SAME_AS, "ev_wapo_transfer", "ev_transfer"),
        rel(RelationType.SAME_AS, "ev_transfer_mod", "ev_transfer",
            span("the missile transfer", within=ministry_line)),
    )

    return Article(
        id="unn_japan_patriot_transfer",
        headline=body.split("\n", 1)[0],
        publisher="unn",
        dateline="kyiv",
        language="en",
        published=Time(earliest=dt.date(2023, 12, 22)),
        body=body,
        actors=actors,
        places=places,
        items=items,
        events=events,
        statements=statements,
        relations=relations,
        provenance=Provenance(coder="newsevents maintainers", dataset="newsevents fixtures",
                              record_id="seed-article", comment=NOTES),
    )


def render(article: Article) -> str:
    """The fixture file's exact text."""
    return json.dumps(unstructure(article), indent=2, ensure_ascii=False) + "\n"


def _read_exact(path: Path) -> str:
    """A file's text with its line endings untouched (no universal-newline translation)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def main(argv: list[str] | None = None) -> int:
    """Write the fixture, or with ``--check`` report whether the committed one is current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the committed fixture differs from what would be written")
    args = parser.parse_args(argv)

    with open(SOURCE, encoding="utf-8") as handle:
        body = handle.read()
    article = build(body)
    problems = check_article(article)
    if problems:
        for problem in problems:
            print(f"{problem}", file=sys.stderr)
        return 2
    expected = render(article)

    if args.check:
        actual = _read_exact(TARGET) if TARGET.exists() else None
        if actual != expected:
            state = "missing" if actual is None else "out of date"
            print(f"{TARGET.relative_to(ROOT)} is {state}; run python tools/build_seed_fixture.py",
                  file=sys.stderr)
            return 1
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    # newline="\n": the same bytes on every platform, so --check agrees everywhere.
    with open(TARGET, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(expected)
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
