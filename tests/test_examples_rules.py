"""The rules examples (model 1.1 part 2): built by their script, valid, and every listed fact in a typed member."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from newsevents import (
    CabinetApproval,
    ChangeDirection,
    InstrumentForm,
    ItemKind,
    LegalChallenge,
    Modality,
    OfficialPublication,
    Passage,
    PolicyChange,
    PolicyStatus,
    Proposal,
    ProvisionLinkType,
    QualificationKind,
    Quote,
    Realis,
    RelationType,
    ReportRelation,
    Signing,
    Submission,
    check_article,
    fixtures,
    validate,
)
from tests._paths import REPO

NAMES = ("example-rice-ban", "example-emergency", "example-sanctions", "example-rent-bill")


def _by_id(entries: Any) -> dict[str, Any]:
    return {entry.id: entry for entry in entries}


def test_builder_check_passes() -> None:
    """The committed rules fixtures are exactly what tools/build_rules_fixtures.py writes."""
    done = subprocess.run([sys.executable, str(REPO / "tools" / "build_rules_fixtures.py"), "--check"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("name", NAMES)
def test_example_is_valid_with_no_warnings(name: str) -> None:
    """Each rules example passes the validator and every semantic check, warnings included."""
    assert validate(fixtures.data(name)) == []
    assert check_article(fixtures.load(name)) == []


def test_seed_stays_last_for_the_doctest() -> None:
    """The example- prefix keeps seed-article the last fixture name, as the fixtures doctest expects."""
    assert fixtures.names()[-1] == "seed-article"
    assert set(NAMES) <= set(fixtures.names())


def test_rice_ban_facts() -> None:
    """A ban introduced, narrowed with nested exceptions, then lifted: a chain of three notifications."""
    article = fixtures.load("example-rice-ban")
    instruments, events, items = _by_id(article.instruments), _by_id(article.events), _by_id(article.items)
    # Three notifications, with numbers, all issued by the trade ministry for Kestria.
    assert [(i.form, i.number) for i in article.instruments] == [
        (InstrumentForm.NOTIFICATION, "12/2025"), (InstrumentForm.NOTIFICATION, "19/2025"),
        (InstrumentForm.NOTIFICATION, "7/2026")]
    assert {(i.issuer, i.jurisdiction) for i in article.instruments} == {("ministry", "kestria")}
    # No. 19/2025 amends No. 12/2025; No. 7/2026 cancels both.
    assert instruments["n19"].amends == ("n12",)
    assert instruments["n7"].amends == ("n12", "n19")
    ban, narrow, lift = events["ch_ban"], events["ch_narrow"], events["ch_lift"]
    assert all(isinstance(e, PolicyChange) for e in (ban, narrow, lift))
    # The ban was introduced on 4 August 2025 and binds exporters of non-basmati white rice.
    assert ban.direction is ChangeDirection.INTRODUCED
    assert ban.instrument_ref == "n12"
    provision = ban.after[0]
    assert (provision.id, provision.modality, provision.holder) == ("p_ban", Modality.PROHIBITED, "exporters")
    assert provision.scope_refs == ("rice",)
    assert items["rice"].name == "non-basmati white rice"
    assert provision.validity.start.value == "2025-08-04"
    # In October it was narrowed (eased): same provision id, now with exceptions.
    assert narrow.direction is ChangeDirection.EASED
    assert narrow.time.value == "2025-10"
    assert narrow.before[0].id == narrow.after[0].id == "p_ban"
    assert narrow.before[0] != narrow.after[0]
    quals = _by_id(narrow.after[0].qualifications)
    # Aid shipments to neighbouring countries are exempt ...
    assert quals["q_aid"].kind is QualificationKind.EXCEPTION
    assert quals["q_aid"].about == ("aid_rice", "neighbours")
    # ... but not rice bought by private traders for aid agencies: an exception to the exception.
    assert quals["q_private"].within == "q_aid"
    assert quals["q_private"].about == ("private_traders",)
    # Cargoes loaded before 4 August are exempt too.
    assert quals["q_loaded"].about == ("loaded",)
    assert quals["q_loaded"].within is None
    # The lift was decided on Thursday 12 March 2026 and takes effect on 16 March.
    assert lift.direction is ChangeDirection.LIFTED
    assert lift.status is PolicyStatus.ANNOUNCED
    assert lift.time.value == "2026-03-12"
    assert lift.effective.value == "2026-03-16"
    # The ban is gone after the lift; the duty to register contracts stays unchanged.
    assert [p.id for p in lift.before] == ["p_ban", "p_register"]
    assert [p.id for p in lift.after] == ["p_register"]
    assert lift.before[1] == lift.after[0]
    assert lift.after[0].modality is Modality.REQUIRED
    assert lift.after[0].recipient_refs == ("board",)
    # Until then the narrowed ban is in force; the original form is amended.
    assert (ban.status, narrow.status) == (PolicyStatus.AMENDED, PolicyStatus.IN_FORCE)
    # The chain: the narrowing amends the ban, the lift supersedes the narrowing.
    chain = {(r.type, r.source, r.target) for r in article.relations}
    assert {(RelationType.AMENDS, "ch_narrow", "ch_ban"), (RelationType.SUPERSEDES, "ch_lift", "ch_narrow")} <= chain
    # The notification itself is a document, the source of a quote and a hop in the lift's attribution.
    assert items["notice_7"].kind is ItemKind.DOCUMENT
    quote = _by_id(article.statements)["st_stocks"]
    assert isinstance(quote, Quote)
    assert quote.speaker == "notice_7"
    assert lift.attribution.chain[-1].source == "notice_7"
    assert lift.attribution.chain[-1].relation is ReportRelation.WROTE


def test_emergency_facts() -> None:
    """An emergency declared for 21 days and extended twice by 30 days; the curfew narrowed to one town."""
    article = fixtures.load("example-emergency")
    events, instruments = _by_id(article.events), _by_id(article.instruments)
    declare, first, second = events["ch_declare"], events["ch_extend_1"], events["ch_extend_2"]
    # Declared on 9 June 2025 for 21 days: open fires banned, forest roads closed except to residents and
    # firefighters.
    assert declare.direction is ChangeDirection.INTRODUCED
    assert declare.time.value == "2025-06-09"
    fires, roads = declare.after
    assert fires.validity.duration.value == "P21D"
    assert fires.validity.start.value == "2025-06-09"
    assert (fires.action, roads.action) == ("light open fires", "use forest roads")
    assert roads.qualifications[0].about == ("residents", "firefighters")
    # First extension on 28 June: by 30 days to 29 July, curfew added in Orsk and Velm.
    assert first.direction is ChangeDirection.EXTENDED
    assert first.time.value == "2025-06-28"
    extended = _by_id(first.after)
    assert extended["p_fires"].validity.until.value == "2025-07-29"
    assert extended["p_fires"].validity.duration.value == "P30D"
    assert "p_curfew" not in _by_id(first.before)
    assert extended["p_curfew"].scope_refs == ("orsk", "velm")
    # Second extension on Wednesday 30 July by decree No. 311, to 28 August; the curfew no longer covers Velm.
    assert second.instrument_ref == "decree_311"
    assert instruments["decree_311"].number == "311"
    assert instruments["decree_311"].amends == ("emergency",)
    again = _by_id(second.after)
    assert again["p_fires"].validity.until.value == "2025-08-28"
    assert again["p_curfew"].scope_refs == ("orsk",)
    # The narrowing of the curfew comes from the interior minister, per provision.
    assert again["p_curfew"].attribution.chain[-1].source == "weiss"
    # Each extension extends the change before it; the latest is in force, the earlier ones amended.
    assert {(r.type, r.source, r.target) for r in article.relations} == {
        (RelationType.EXTENDS, "ch_extend_1", "ch_declare"), (RelationType.EXTENDS, "ch_extend_2", "ch_extend_1")}
    assert [e.status for e in (declare, first, second)] == [PolicyStatus.AMENDED, PolicyStatus.AMENDED,
                                                           PolicyStatus.IN_FORCE]


def test_sanctions_facts() -> None:
    """A sanctions package with an exemption, a grace period for old contracts and a wind-down licence."""
    article = fixtures.load("example-sanctions")
    events, instruments = _by_id(article.events), _by_id(article.instruments)
    package = events["ch_package"]
    # The Council adopted the ninth package on Tuesday 19 May 2026: it tightens the rules on Corvania.
    assert instruments["package_9"].form is InstrumentForm.SANCTIONS_PACKAGE
    assert instruments["package_9"].issuer == "council"
    assert package.direction is ChangeDirection.TIGHTENED
    assert package.time.value == "2026-05-19"
    provisions = _by_id(package.after)
    # The steel ban applies from 1 June, to contracts signed after Tuesday; earlier contracts run to 30 September.
    steel = provisions["p_steel"]
    assert steel.scope_refs == ("steel",)
    assert steel.validity.start.value == "2026-06-01"
    assert steel.status is PolicyStatus.ANNOUNCED
    assert [q.kind for q in steel.qualifications] == [QualificationKind.CONDITION, QualificationKind.EXCEPTION]
    assert steel.qualifications[1].about == ("old_contracts",)
    # Aluminium used in medical equipment is exempt.
    assert provisions["p_aluminium"].qualifications[0].about == ("medical_aluminium",)
    # The assets of 27 officials and companies, Corvan Metals among them, are frozen.
    assert provisions["p_freeze"].modality is Modality.REQUIRED
    assert provisions["p_freeze"].scope_refs == ("listed", "corvan_metals")
    # A licence from the trade office lets Nordhav Lines wind down its contracts with Corvan Metals over 90 days.
    licence = events["ch_licence"]
    assert instruments["licence"].form is InstrumentForm.LICENCE
    assert instruments["licence"].issuer == "trade_office"
    wind_down = licence.after[0]
    assert (wind_down.modality, wind_down.holder) == (Modality.PERMITTED, "nordhav")
    assert wind_down.validity.duration.value == "P90D"
    assert [(link.type, link.target) for link in wind_down.links] == [(ProvisionLinkType.NARROWS, "p_freeze")]
    # Corvania called the sanctions illegal and said it would respond.
    assert events["ev_illegal"].TYPE == "disapproval"
    assert events["ev_respond"].realis is Realis.ANNOUNCED


def test_rent_bill_facts() -> None:
    """A bill's path: drafted, approved by cabinet, submitted, passed 212-187, signed; publication and a
    court challenge to come."""
    article = fixtures.load("example-rent-bill")
    events = _by_id(article.events)
    steps = [type(e) for e in article.events if not isinstance(e, PolicyChange)]
    assert steps == [Proposal, CabinetApproval, Submission, Passage, Signing, OfficialPublication, LegalChallenge]
    # Every step concerns the one instrument, the rent stabilisation law.
    assert {e.instrument_ref for e in article.events} == {"rent_law"}
    assert article.instruments[0].title == "Rent Stabilisation Bill"
    # Drafted last November by the housing ministry; approved by cabinet on 12 February; sent the same week.
    assert events["ev_draft"].time.value == "2024-11"
    assert events["ev_draft"].participants[0].ref == "housing"
    assert events["ev_cabinet"].time.value == "2025-02-12"
    assert events["ev_submit"].time.value == "2025-W07"
    assert events["ev_submit"].participants[1].ref == "assembly"
    # Passed on 21 October by 212 votes to 187 with 11 abstentions.
    vote = events["ev_vote"]
    assert vote.in_favour is not None
    assert vote.against is not None
    assert vote.abstentions is not None
    assert (vote.in_favour.value, vote.against.value, vote.abstentions.value) == (212, 187, 11)
    assert vote.time.value == "2025-10-21"
    # Signed by President Reyes on Thursday 6 November.
    assert events["ev_sign"].participants[0].ref == "reyes"
    assert events["ev_sign"].time.value == "2025-11-06"
    # Publication in the gazette is still to come; the cap starts then.
    assert events["ev_publish"].realis is Realis.PLANNED
    cap = events["ch_cap"].after[0]
    assert cap.validity.start.anchor.ref == "ev_publish"
    # Landlords may not raise rents by more than 3 percent a year; new flats exempt for ten years.
    assert (cap.modality, cap.holder, cap.scope_refs) == (Modality.PROHIBITED, "landlords", ("vellan",))
    assert cap.qualifications[0].about == ("new_flats",)
    # The league will challenge the law in the Constitutional Court.
    assert events["ev_challenge"].realis is Realis.ANNOUNCED
    assert events["ev_challenge"].participants[1].ref == "court"


def _without_evidence(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_evidence(v) for k, v in value.items() if k != "evidence"}
    if isinstance(value, list):
        return [_without_evidence(v) for v in value]
    return value


def _parts(value: Any) -> Iterator[Any]:
    yield value
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    for child in children:
        yield from _parts(child)


def test_rules_page_examples_come_from_the_fixtures() -> None:
    """Every JSON example on docs/rules.md is a part of a rules example (a list: its first entries), evidence left
    out, as the page says."""
    page = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    blocks = [json.loads(text) for text in re.findall(r"```json\n(.*?)```", page, re.S)]
    parts = [part for name in NAMES for part in _parts(_without_evidence(fixtures.data(name)))]
    assert len(blocks) >= 6
    for block in blocks:
        assert block in parts or any(isinstance(part, list) and part[:len(block)] == block for part in parts), block
