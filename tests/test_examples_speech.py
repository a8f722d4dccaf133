"""Fact checklists for the model 1.1 part 1 example articles: every listed fact of each story, member by member.

Each fact is stated in a comment (the story's words), followed by assertions on the typed members of the loaded
fixture that hold it. The fixtures are built by tools/build_speech_fixtures.py; the builder's --check runs here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsevents import (
    Article,
    ClaimBasis,
    Realis,
    RelationType,
    Sourcing,
    StanceType,
    StatementForm,
    ValueClaim,
    Withholding,
    check_article,
    fixtures,
)

BUILDER = Path(__file__).resolve().parent.parent / "tools" / "build_speech_fixtures.py"
NAMES = ("example-disputed-toll", "example-declined-comment", "example-export-forecast", "example-question-time")


def _by_id(article: Article) -> dict[str, Any]:
    """Every entry of the article by its id."""
    return {entry.id: entry for member in ("actors", "places", "items", "events", "statements", "situations",
                                          "value_claims") for entry in getattr(article, member)}


def _links(article: Article, kind: RelationType) -> set[tuple[str, str]]:
    """The (source, target) pairs of the article's asserted relations of one type."""
    return {(r.source, r.target) for r in article.relations if r.type is kind and not r.negated}


def _stances(entry: Any) -> set[tuple[str, StanceType]]:
    """The (target, stance) pairs of a statement."""
    return {(s.target, s.stance) for s in entry.stances}


def test_builder_check_passes() -> None:
    """The committed example-* files of this part are exactly what the builder writes (--check exits 0)."""
    done = subprocess.run([sys.executable, str(BUILDER), "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("name", NAMES)
def test_example_is_valid_and_long_enough(name: str) -> None:
    """Each story passes every check and is a wire story of 150-400 words."""
    article = fixtures.load(name)
    assert check_article(article) == []
    assert 150 <= len(article.body.split()) <= 400


def test_disputed_toll_facts() -> None:
    """The disputed toll revised twice: every fact in a typed member."""
    article = fixtures.load("example-disputed-toll")
    e = _by_id(article)
    claims: dict[str, ValueClaim] = {c.id: c for c in article.value_claims}
    # A missile strike on a market in Sarnow, on Tuesday.
    strike = e["strike"]
    assert strike.TYPE == "armed_attack"
    assert strike.realis is Realis.OCCURRED
    assert strike.place == "sarnow"
    assert strike.time.value == "2025-03-11"
    # The event keeps the best value: 19 dead; at least 40 injured.
    assert strike.killed.value == 19
    assert strike.injured.minimum == 40
    # The first count was 12, raised to 15 on Wednesday evening, then to 19 on Thursday: measured by the service.
    assert [(c.quantity.value, c.source, c.basis) for c in (claims["toll_first"], claims["toll_wednesday"],
                                                              claims["toll_thursday"])] == [
        (12, "emergency", ClaimBasis.MEASURED), (15, "emergency", ClaimBasis.MEASURED),
        (19, "emergency", ClaimBasis.MEASURED)]
    assert claims["toll_wednesday"].as_of.value == "2025-03-12"
    assert claims["toll_thursday"].as_of.value == "2025-03-13"
    assert _links(article, RelationType.REVISES) == {("toll_wednesday", "toll_first"),
                                                     ("toll_thursday", "toll_wednesday")}
    # Town officials put the toll at 26, contradicting the regional count.
    assert (claims["toll_town"].quantity.value, claims["toll_town"].source) == (26, "town")
    assert claims["toll_town"].basis is ClaimBasis.CLAIMED
    assert ("toll_town", "toll_thursday") in _links(article, RelationType.CONTRADICTS)
    # Every claim is about the strike's `killed` member.
    assert {(c.event, c.member) for c in claims.values()} == {("strike", "killed")}
    # The emergency service could not confirm the higher figure.
    assert e["s_unconfirmed"].withheld is Withholding.WOULD_NOT_CONFIRM
    assert e["s_unconfirmed"].about == ("toll_town",)
    # "The toll could be higher", Lind told reporters at a briefing in Dravo.
    assert claims["toll_higher"].basis is ClaimBasis.POSSIBLE
    assert claims["toll_higher"].quantity.minimum == 20
    assert claims["toll_higher"].statement == "q_lind"
    lind = e["q_lind"]
    assert (lind.speaker, lind.form, lind.addressees, lind.venue) == ("lind", StatementForm.BRIEFING,
                                                                      ("reporters",), "dravo")
    # Velnia's defence ministry denied the strike in a statement.
    assert _stances(e["s_denial"]) == {("strike", StanceType.DENIES)}
    assert e["s_denial"].form is StatementForm.WRITTEN_STATEMENT
    # Holm told state television the government would ask the UN to investigate; he did not say when.
    assert e["s_holm"].addressees == ("state_tv",)
    assert e["s_holm"].form is StatementForm.INTERVIEW
    assert e["un_request"].realis is Realis.INTENDED
    assert e["s_holm_when"].withheld is Withholding.DID_NOT_SAY
    assert e["s_holm_when"].about == ("un_request",)


def test_declined_comment_facts() -> None:
    """The company that declines to comment while a regulator and a union react: every fact in a typed member."""
    article = fixtures.load("example-declined-comment")
    e = _by_id(article)
    # The regulator fined Nordline Rail 2.4 million euros on Tuesday.
    fine = e["fine_event"]
    assert fine.TYPE == "sanction"
    assert fine.realis is Realis.OCCURRED
    assert fine.time.value == "2025-06-03"
    assert {(p.role.value, p.ref) for p in fine.participants} == {("agent", "regulator"), ("affected", "nordline"),
                                                                  ("item", "fine")}
    amount = next(p.quantity for p in fine.participants if p.ref == "fine")
    assert (amount.value, amount.currency) == (2_400_000, "EUR")
    # ... and ordered the operator to replace faulty equipment.
    assert e["repair_order"].TYPE == "demand"
    # Nordline Rail declined to comment; its chief executive has not responded to requests for comment.
    assert (e["s_nordline"].speaker, e["s_nordline"].withheld) == ("nordline", Withholding.DECLINED_TO_COMMENT)
    assert (e["s_weiss"].speaker, e["s_weiss"].withheld) == ("weiss", Withholding.NO_RESPONSE)
    # The union welcomed the decision in a statement, in response to the fine.
    assert _stances(e["s_union"]) == {("fine_event", StanceType.WELCOMES)}
    assert e["s_union"].form is StatementForm.WRITTEN_STATEMENT
    assert ("s_union", "fine_event") in _links(article, RelationType.RESPONSE_TO)
    # Berg wrote on social media that the fine will not fix a single signal.
    assert e["q_berg"].form is StatementForm.SOCIAL_MEDIA_POST
    assert _stances(e["q_berg"]) == {
        ("fine_event", StanceType.DOUBTS)}
    # Voss told a press conference in Brenholt the operator could lose its licence if repairs are late.
    assert (e["s_voss"].form, e["s_voss"].venue) == (StatementForm.PRESS_CONFERENCE, "brenholt")
    assert e["licence_threat"].realis is Realis.HYPOTHETICAL
    assert _stances(e["s_voss"]) == {("licence_threat", StanceType.WARNS)}
    assert ("licence_threat", "repairs_late") in _links(article, RelationType.CONDITION)
    # "Passengers are not at risk today": reassurance.
    assert _stances(e["q_voss"]) == {("passengers_safe", StanceType.REASSURES)}
    # Dahl criticised the regulator.
    assert _stances(e["s_dahl"]) == {("regulator", StanceType.CRITICISES)}


def test_export_forecast_facts() -> None:
    """The statistics office's forecast against last year: every fact in a typed member."""
    article = fixtures.load("example-export-forecast")
    e = _by_id(article)
    # Exports are expected to reach 3 million tonnes this year (a forecast) ...
    this_year, last_year = e["exports_2025"], e["exports_2024"]
    assert this_year.realis is Realis.FORECAST
    assert this_year.time.value == "2025"
    assert next(p.quantity.value for p in this_year.participants if p.ref == "wheat") == 3_000_000
    # ... against last year's 2.25 million tonnes (a third more: 3 / 2.25, from the two typed amounts).
    assert last_year.realis is Realis.OCCURRED
    assert last_year.time.value == "2024"
    assert next(p.quantity.value for p in last_year.participants if p.ref == "wheat") == 2_250_000
    # The forecast is the statistics office's, given on Wednesday in its report.
    office = next(c for c in article.value_claims if c.id == "claim_stats")
    assert (office.basis, office.source, office.participant, office.member) == (
        ClaimBasis.FORECAST, "stats", "wheat", "quantity")
    assert office.as_of.value == "2025-08-27"
    assert e["s_forecast"].form is StatementForm.REPORT
    # The rise reflects a wetter spring and a larger sown area.
    assert _links(article, RelationType.CAUSE) == {("wet_spring", "exports_2025"), ("larger_area", "exports_2025")}
    # The farmers say the forecast is too optimistic and exports could fall short of 2.7 million tonnes.
    assert _stances(e["s_optimistic"]) == {("claim_stats", StanceType.DOUBTS)}
    farmers = next(c for c in article.value_claims if c.id == "claim_farmers")
    assert (farmers.basis, farmers.quantity.maximum) == (ClaimBasis.POSSIBLE, 2_700_000)
    assert ("claim_farmers", "claim_stats") in _links(article, RelationType.CONTRADICTS)
    # Marek told Newswire (first-hand) ...
    assert e["s_marek"].sourcing is Sourcing.FIRST_HAND
    assert e["s_marek"].addressees == ("newswire",)
    assert _stances(e["q_marek"]) == {("claim_stats", StanceType.CRITICISES)}
    # The ministry plans to raise quotas once the harvest is in; the official would not say by how much.
    assert e["quota_rise"].realis is Realis.INTENDED
    assert e["quota_rise"].setter == "agri"
    assert ("quota_rise", "harvest_in") in _links(article, RelationType.CONDITION)
    assert e["official"].kind.value == "anonymous"
    assert e["s_how_much"].withheld is Withholding.DID_NOT_SAY


def test_question_time_facts() -> None:
    """The minister answering questions in parliament: every fact in a typed member."""
    article = fixtures.load("example-question-time")
    e = _by_id(article)
    # Falk asked in question time; Nyberg told parliament, answering him.
    assert (e["s_question"].form, e["s_question"].venue) == (StatementForm.PARLIAMENTARY, "question_time")
    answer = e["s_answer"]
    assert (answer.speaker, answer.form, answer.venue) == ("nyberg", StatementForm.PARLIAMENTARY, "question_time")
    assert set(answer.addressees) == {"parliament", "falk"}
    assert ("s_answer", "s_question") in _links(article, RelationType.RESPONSE_TO)
    assert e["question_time"].TYPE == "meeting"
    assert e["question_time"].time.value == "2025-11-04"
    # The government would cap prices if wholesale prices rose above 200 euros per megawatt hour.
    cap = e["price_cap"]
    assert cap.realis is Realis.ANNOUNCED
    assert cap.setter == "government"
    assert ("price_cap", "wholesale_high") in _links(article, RelationType.CONDITION)
    # The cap takes effect in December.
    assert cap.effective.value == "2025-12"
    # It would cost about 1.5 billion euros: the minister's estimate.
    cost = next(c for c in article.value_claims if c.id == "cost_estimate")
    assert (cost.basis, cost.source, cost.quantity.value, cost.quantity.approximate) == (
        ClaimBasis.ESTIMATED, "nyberg", 1_500_000_000, True)
    # She did not say how it would be financed.
    assert e["s_financing"].withheld is Withholding.DID_NOT_SAY
    # Falk called the answer "too little, too late" and his party wants its own bill.
    assert _stances(e["q_falk"]) == {("s_answer", StanceType.CRITICISES)}
    assert e["falk_bill"].realis is Realis.INTENDED
    # The finance ministry declined to comment on the cost estimate.
    assert e["s_finance"].withheld is Withholding.DECLINED_TO_COMMENT
    assert e["s_finance"].about == ("cost_estimate",)
    # The Consumers' Council welcomed the plan in a press release, amid record energy bills.
    assert _stances(e["s_consumers"]) == {("price_cap", StanceType.WELCOMES)}
    assert e["s_consumers"].form is StatementForm.PRESS_RELEASE
    assert ("s_consumers", "record_bills") in _links(article, RelationType.CONTEXT)
