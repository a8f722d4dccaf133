"""The seed-article fixture: shipped, loadable, valid, faithful to its source text, and complete."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

import newsevents as ne
from newsevents import fixtures

ROOT = Path(__file__).resolve().parents[1]
SEED_COPY = ROOT / "tests" / "data" / "seed-article.txt"
SHARED_SEED = ROOT.parent / "shared" / "seed" / "article.txt"
BUILDER = ROOT / "tools" / "build_seed_fixture.py"
NAME = "seed-article"


# ---- helpers ------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def article() -> ne.Article:
    """The seed article, loaded through the public fixtures API."""
    return fixtures.load(NAME)


def _builder() -> ModuleType:
    """The fixture builder script, imported as a module."""
    spec = importlib.util.spec_from_file_location("build_seed_fixture", BUILDER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _spans(obj: Any, path: str = "$") -> Iterator[tuple[str, ne.Span]]:
    """Every Span anywhere under ``obj``, found by walking attrs fields and tuples generically."""
    if isinstance(obj, ne.Span):
        yield path, obj
    elif isinstance(obj, tuple):
        for index, item in enumerate(obj):
            yield from _spans(item, f"{path}[{index}]")
    elif attrs.has(type(obj)):
        for attribute in attrs.fields(type(obj)):
            yield from _spans(getattr(obj, attribute.name), f"{path}.{attribute.name}")


def _entries(article: ne.Article) -> dict[str, Any]:
    """Actors, places, items, events and statements by id."""
    return {entry.id: entry for group in (article.actors, article.places, article.items, article.events,
                                          article.statements) for entry in group}


def _actor(article: ne.Article, name: str) -> ne.Actor:
    """The one actor with this canonical name."""
    found = [actor for actor in article.actors if actor.name == name]
    assert len(found) == 1, f"expected one actor named {name!r}, found {len(found)}"
    return found[0]


def _refs(event: ne.Event, role: ne.ParticipantRole) -> list[str]:
    """Ids of the event's participants in ``role``."""
    return [p.ref for p in event.participants if p.role is role]


def _participant(event: ne.Event, role: ne.ParticipantRole) -> ne.Participant:
    """The event's one participant in ``role``."""
    found = [p for p in event.participants if p.role is role]
    assert len(found) == 1, f"{event.id} has {len(found)} participants in role {role.value}"
    return found[0]


def _relations(article: ne.Article, kind: ne.RelationType, *, source: str | None = None,
               target: str | None = None) -> list[ne.Relation]:
    """Relations of one type, optionally from ``source`` and/or to ``target``."""
    return [r for r in article.relations if r.type is kind and source in (None, r.source)
            and target in (None, r.target)]


def _patriot_transfers(article: ne.Article) -> list[ne.Transfer]:
    """Transfer events whose item is the Patriot missiles and whose recipient is the United States."""
    entries, us = _entries(article), _actor(article, "United States").id
    return [e for e in article.events if isinstance(e, ne.Transfer)
            and any("Patriot" in entries[ref].name for ref in _refs(e, ne.ParticipantRole.ITEM))
            and us in _refs(e, ne.ParticipantRole.RECIPIENT)]


def _main_transfer(article: ne.Article) -> ne.Transfer:
    """The planned transfer the U.S. official describes (the one with a normalised time)."""
    found = [e for e in _patriot_transfers(article) if e.time is not None and e.time.value is not None]
    assert len(found) == 1
    return found[0]


def _speaker_of(article: ne.Article, statement: ne.Statement) -> ne.Actor:
    """The actor who made ``statement``."""
    assert statement.speaker is not None
    speaker = _entries(article)[statement.speaker]
    assert isinstance(speaker, ne.Actor)
    return speaker


# ---- the API and the file -----------------------------------------------------------------------------------

def test_names_lists_the_shipped_json_files() -> None:
    """names() is the sorted list of *.json files shipped in newsevents.fixtures, the seed article among them."""
    shipped = sorted(p.name.removesuffix(".json") for p in resources.files("newsevents.fixtures").iterdir()
                     if p.name.endswith(".json"))
    assert fixtures.names() == shipped
    assert NAME in fixtures.names()


def test_text_data_and_load_agree() -> None:
    """text() is the raw JSON, data() parses it, and load() gives an Article."""
    raw = fixtures.text(NAME)
    assert raw.endswith("}\n")
    assert fixtures.data(NAME) == json.loads(raw)
    assert isinstance(fixtures.load(NAME), ne.Article)


@pytest.mark.parametrize("call", [fixtures.text, fixtures.data, fixtures.load])
def test_unknown_name_is_a_key_error_listing_known_names(call: Any) -> None:
    """Asking for a fixture that does not exist raises KeyError naming the fixtures that do."""
    with pytest.raises(KeyError, match=NAME):
        call("no-such-fixture")


def test_passes_semantic_checks(article: ne.Article) -> None:
    """check_article finds no problem in the fixture."""
    assert ne.check_article(article) == []


def test_passes_full_validation() -> None:
    """The fixture's JSON passes the shipped JSON Schema, the strict loader and the semantic checks."""
    assert ne.validate(fixtures.data(NAME)) == []


def test_body_is_the_seed_text_verbatim(article: ne.Article) -> None:
    """The body is tests/data/seed-article.txt exactly, duplicated fragments and missing final newline included."""
    with open(SEED_COPY, encoding="utf-8") as handle:
        assert article.body == handle.read()
    assert "Japan's Japan's" in article.body
    assert not article.body.endswith("\n")


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="the shared seed is only present next to a working copy")
def test_seed_copy_is_a_byte_copy_of_the_shared_seed() -> None:
    """tests/data/seed-article.txt is byte for byte the shared seed article."""
    assert SEED_COPY.read_bytes() == SHARED_SEED.read_bytes()


def test_every_span_matches_the_body(article: ne.Article) -> None:
    """Every evidence Span, wherever it is nested, quotes exactly body[start:end]."""
    found = list(_spans(article))
    assert len(found) > 200
    mismatched = [path for path, span in found if article.body[span.start:span.end] != span.text]
    assert mismatched == []


def test_schema_member_is_the_article_schema_id() -> None:
    """The top-level $schema is newsevents.ARTICLE_SCHEMA_ID."""
    assert fixtures.data(NAME)["$schema"] == ne.ARTICLE_SCHEMA_ID


def test_round_trip_is_lossless() -> None:
    """unstructure(structure(json)) gives back the same JSON data."""
    data = fixtures.data(NAME)
    assert ne.unstructure(ne.structure(data, ne.Article)) == data


def test_builder_check_passes() -> None:
    """The committed fixture is exactly what tools/build_seed_fixture.py writes (its --check exits 0)."""
    result = subprocess.run([sys.executable, str(BUILDER), "--check"], cwd=ROOT, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr


def test_builder_check_fails_on_drift(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--check exits 1 when the file differs, and writing then makes it pass with the committed bytes."""
    builder = _builder()
    target = tmp_path / "seed-article.json"
    target.write_text("{}\n", encoding="utf-8")
    monkeypatch.setattr(builder, "TARGET", target)
    monkeypatch.setattr(builder, "ROOT", tmp_path)
    assert builder.main(["--check"]) == 1
    assert builder.main([]) == 0
    assert builder.main(["--check"]) == 0
    assert target.read_bytes().decode("utf-8") == fixtures.text(NAME)


def test_span_helper_fails_loudly() -> None:
    """The builder's span helper raises instead of guessing when a passage is absent."""
    locator = _builder().Locator("one two one")
    assert locator.span("one", occurrence=1).start == 8
    with pytest.raises(LookupError):
        locator.span("three")
    with pytest.raises(LookupError):
        locator.span("one", occurrence=2)
    with pytest.raises(LookupError):
        locator.span("two", within=locator.span("one"))


# ---- article metadata ---------------------------------------------------------------------------------------

def test_article_metadata(article: ne.Article) -> None:
    """Headline is the first line, UNN publishes, the dateline is Kyiv (a city in UA), the language is English."""
    assert article.headline == article.body.split("\n", 1)[0]
    assert article.language == "en"
    publisher = _entries(article)[article.publisher or ""]
    assert (publisher.name, publisher.organisation_type) == ("UNN", ne.OrganisationType.NEWS_OUTLET)
    dateline = _entries(article)[article.dateline or ""]
    assert isinstance(dateline, ne.Place)
    assert (dateline.name, dateline.kind, dateline.country_code) == ("Kyiv", ne.PlaceKind.CITY, "UA")


def test_publication_date_is_an_honest_lower_bound(article: ne.Article) -> None:
    """Publication is recorded as 'on 22 December 2023 or later', with no invented value or upper bound."""
    published = article.published
    assert published is not None
    assert str(published.earliest) == "2023-12-22"
    assert (published.value, published.precision, published.latest) == (None, None, None)


def test_ids_are_short_snake_case(article: ne.Article) -> None:
    """Every entry id is short readable snake_case."""
    ids = list(_entries(article))
    assert all(re.fullmatch(r"[a-z][a-z0-9_]{1,24}", i) for i in ids), ids


# ---- actors -------------------------------------------------------------------------------------------------

ORG = ne.ActorKind.ORGANISATION
OT = ne.OrganisationType
ACTORS = [
    ("UNN", ORG, OT.NEWS_OUTLET),
    ("The Wall Street Journal", ORG, OT.NEWS_OUTLET),
    ("The Washington Post", ORG, OT.NEWS_OUTLET),
    ("a U.S. official", ne.ActorKind.ANONYMOUS, None),
    ("Japan", ne.ActorKind.STATE, None),
    ("Government of Japan", ORG, OT.GOVERNMENT),
    ("Japanese Defense Ministry", ORG, OT.MINISTRY),
    ("a representative of the Japanese Defense Ministry", ne.ActorKind.ANONYMOUS, None),
    ("United States", ne.ActorKind.STATE, None),
    ("Ukraine", ne.ActorKind.STATE, None),
    ("Russia", ne.ActorKind.STATE, None),
    ("China", ne.ActorKind.STATE, None),
    ("North Korea", ne.ActorKind.STATE, None),
    ("Middle East", ne.ActorKind.REGION, None),
    ("Yoshimasa Hayashi", ne.ActorKind.PERSON, None),
    ("Rahm Emanuel", ne.ActorKind.PERSON, None),
    ("Christopher Johnston", ne.ActorKind.PERSON, None),
    ("United States National Security Council", ORG, OT.GOVERNMENT_BODY),
    ("Center for Strategic and International Studies", ORG, OT.THINK_TANK),
    ("Tokyo officials", ne.ActorKind.COLLECTIVE, None),
    ("security analysts", ne.ActorKind.COLLECTIVE, None),
]


@pytest.mark.parametrize(("name", "kind", "organisation_type"), ACTORS, ids=[a[0] for a in ACTORS])
def test_actor_present(article: ne.Article, name: str, kind: ne.ActorKind,
                       organisation_type: ne.OrganisationType | None) -> None:
    """The actor is there once, with the right kind and organisation type, and is mentioned in the text."""
    actor = _actor(article, name)
    assert (actor.kind, actor.organisation_type) == (kind, organisation_type)
    assert actor.mentions


STATES = {"Japan": ("Q17", "JP"), "United States": ("Q30", "US"), "Ukraine": ("Q212", "UA"),
          "Russia": ("Q159", "RU"), "China": ("Q148", "CN"), "North Korea": ("Q423", "KP")}


def test_only_the_six_states_have_identifiers(article: ne.Article) -> None:
    """The states carry their Wikidata id and ISO 3166-1 alpha-2 code, and no other entry has identifiers."""
    for name, (qid, code) in STATES.items():
        actor = _actor(article, name)
        assert actor.identifiers == ne.Identifiers(wikidata=qid, iso3166_1=code)
        assert actor.country_code == code
    others = [a.id for a in article.actors if a.identifiers is not None and a.name not in STATES]
    others += [p.id for p in article.places if p.identifiers is not None]
    assert others == []


def test_hayashi_is_government_spokesman(article: ne.Article) -> None:
    """Yoshimasa Hayashi holds the current role of government spokesman in the Japanese government."""
    (role,) = _actor(article, "Yoshimasa Hayashi").roles
    assert role.title == "government spokesman"
    assert role.organisation == _actor(article, "Government of Japan").id
    assert role.status is ne.RoleStatus.CURRENT


def test_emanuel_is_us_ambassador_to_japan(article: ne.Article) -> None:
    """Rahm Emanuel holds the current role of US Ambassador to Japan, for the United States."""
    (role,) = _actor(article, "Rahm Emanuel").roles
    assert "Ambassador to Japan" in role.title
    assert role.organisation == _actor(article, "United States").id
    assert role.status is ne.RoleStatus.CURRENT


def test_johnston_former_nsc_now_csis(article: ne.Article) -> None:
    """Johnston's NSC role is former; his tie to CSIS is current employment."""
    johnston = _actor(article, "Christopher Johnston")
    (role,) = johnston.roles
    assert role.status is ne.RoleStatus.FORMER
    assert role.organisation == _actor(article, "United States National Security Council").id
    (affiliation,) = johnston.affiliations
    assert affiliation.actor == _actor(article, "Center for Strategic and International Studies").id
    assert (affiliation.relation, affiliation.status) == (ne.AffiliationRelation.EMPLOYED_BY, ne.RoleStatus.CURRENT)


def test_csis_is_in_washington(article: ne.Article) -> None:
    """CSIS is based in the United States, and Washington is recorded as a US city with its evidence."""
    csis = _actor(article, "Center for Strategic and International Studies")
    assert [(a.relation, a.actor) for a in csis.affiliations] == [(ne.AffiliationRelation.BASED_IN, "us")]
    assert csis.affiliations[0].evidence[0].text == "in Washington"
    assert any(p.name.startswith("Washington") and p.kind is ne.PlaceKind.CITY and p.country_code == "US"
               for p in article.places)


def test_ministry_and_its_representative(article: ne.Article) -> None:
    """The anonymous representative represents the Defense Ministry, which is part of the Japanese government."""
    ministry = _actor(article, "Japanese Defense Ministry")
    representative = _actor(article, "a representative of the Japanese Defense Ministry")
    assert [(a.relation, a.actor) for a in representative.affiliations] == [
        (ne.AffiliationRelation.REPRESENTS, ministry.id)]
    assert [(a.relation, a.actor) for a in ministry.affiliations] == [
        (ne.AffiliationRelation.PART_OF, _actor(article, "Government of Japan").id)]


# ---- the transfer -------------------------------------------------------------------------------------------

def test_planned_transfer_of_dozens_of_patriots(article: ne.Article) -> None:
    """Japan is to transfer 'dozens' (at least 24, no exact value) of Patriot missiles from its stockpile to the US."""
    transfer = _main_transfer(article)
    entries = _entries(article)
    assert transfer.realis in (ne.Realis.PLANNED, ne.Realis.ANNOUNCED)
    assert _refs(transfer, ne.ParticipantRole.AGENT) == ["jp"]
    item = _participant(transfer, ne.ParticipantRole.ITEM)
    assert entries[item.ref].kind is ne.ItemKind.WEAPON
    quantity = item.quantity
    assert quantity is not None
    assert (quantity.text, quantity.approximate, quantity.minimum, quantity.value) == ("dozens", True, 24, None)
    origin = entries[_participant(transfer, ne.ParticipantRole.ORIGIN).ref]
    assert "stockpile" in origin.name
    assert origin.owner == "jp"
    assert _refs(transfer, ne.ParticipantRole.BENEFICIARY) == [_actor(article, "Ukraine").id]


def test_transfer_starts_in_first_quarter_of_2024(article: ne.Article) -> None:
    """The transfer's time is 2024-Q1 at quarter precision, bounded 2024-01-01 to 2024-03-31, with its wording."""
    time = _main_transfer(article).time
    assert time is not None
    assert (time.text, time.value, time.precision) == ("starting in the first quarter of 2024", "2024-Q1",
                                                       ne.Precision.QUARTER)
    assert (str(time.earliest), str(time.latest)) == ("2024-01-01", "2024-03-31")


def test_transfer_purposes(article: ne.Article) -> None:
    """Replenishing stockpiles and strengthening air defence (Ukraine benefiting) are purposes of the transfer."""
    transfer = _main_transfer(article)
    entries = _entries(article)
    purposes = [entries[r.target] for r in _relations(article, ne.RelationType.PURPOSE, source=transfer.id)]
    summaries = " | ".join(p.summary or "" for p in purposes)
    assert "stockpiles" in summaries
    assert "air defence" in summaries
    air_defence = next(p for p in purposes if "air defence" in (p.summary or ""))
    assert _refs(air_defence, ne.ParticipantRole.BENEFICIARY) == ["ua"]


def test_ministry_says_timing_and_scope_undetermined(article: ne.Article) -> None:
    """The ministry representative's statement is about a version of the transfer with undetermined time and scope."""
    entries = _entries(article)
    representative = _actor(article, "a representative of the Japanese Defense Ministry")
    (statement,) = [s for s in article.statements if s.speaker == representative.id]
    assert "timing and scope" in statement.content
    assert statement.reporting_verb == "said"
    (described,) = [entries[ref] for ref in statement.about]
    assert isinstance(described, ne.Transfer)
    assert described.time is not None
    assert described.time.status is ne.ValueStatus.UNDETERMINED
    quantity = _participant(described, ne.ParticipantRole.ITEM).quantity
    assert quantity is not None
    assert quantity.status is ne.ValueStatus.UNDETERMINED
    assert _relations(article, ne.RelationType.SAME_AS, source=described.id, target=_main_transfer(article).id)


# ---- announcement and policy change -------------------------------------------------------------------------

def test_friday_announcement(article: ne.Article) -> None:
    """Announcements dated 'On Friday' are relative to publication (nearest before) and read as 2023-12-22."""
    fridays = [e for e in article.events if isinstance(e, ne.Announcement) and e.time is not None
               and e.time.text == "On Friday"]
    assert fridays
    for event in fridays:
        time = event.time
        assert time is not None
        assert time.relative
        assert time.anchor == ne.TimeAnchor(ref=ne.PUBLICATION, relation=ne.AnchorRelation.NEAREST_BEFORE)
        assert (time.value, time.precision) == ("2023-12-22", ne.Precision.DAY)
    assert {"jp", "jp_gov"} <= {ref for e in fridays for ref in _refs(e, ne.ParticipantRole.AGENT)}


def _export_policy(article: ne.Article) -> ne.PolicyChange:
    """The announced change to Japan's export rules."""
    (change,) = [e for e in article.events if isinstance(e, ne.PolicyChange)
                 and e.setter == _actor(article, "Government of Japan").id]
    return change


def test_policy_change_eases_export_rules(article: ne.Article) -> None:
    """The government's announced change turns the export ban into permission for licensed weapons."""
    change = _export_policy(article)
    assert change.status is ne.PolicyStatus.ANNOUNCED
    assert "export" in change.instrument.name
    before = {p.id: p for p in change.before}
    after = {p.id: p for p in change.after}
    bans = [p for p in change.before if p.modality is ne.Modality.PROHIBITED and p.action == "export arms"]
    assert len(bans) == 1
    assert bans[0].id not in after
    (licensed,) = [p for p in change.after if p.id not in before]
    assert licensed.modality is ne.Modality.PERMITTED
    assert "licence" in licensed.action
    assert _relations(article, ne.RelationType.MENTIONS, target=change.id)


def test_war_supply_ban_is_unchanged(article: ne.Article) -> None:
    """Supplying weapons to countries at war is prohibited before and after, with the same id and content."""
    change = _export_policy(article)
    (kept,) = [p for p in change.after if p in change.before]
    assert kept.modality is ne.Modality.PROHIBITED
    assert "war" in (kept.recipient or "")


def test_no_direct_transfer_to_ukraine(article: ne.Article) -> None:
    """A consequence of the rules is a transfer to Ukraine that cannot happen."""
    entries = _entries(article)
    (consequence,) = _relations(article, ne.RelationType.CONSEQUENCE, source=_export_policy(article).id)
    blocked = entries[consequence.target]
    assert isinstance(blocked, ne.Transfer)
    assert blocked.realis is ne.Realis.DID_NOT_OCCUR
    assert _refs(blocked, ne.ParticipantRole.RECIPIENT) == ["ua"]


# ---- quotes and statements ----------------------------------------------------------------------------------

QUOTES = [
    ("Yoshimasa Hayashi", "This initiative is of great importance"),
    ("Rahm Emanuel", "This will help us manage our Patriot arsenal"),
    ("Christopher Johnston", "This is an important step for Japan"),
]


@pytest.mark.parametrize(("speaker", "opening"), QUOTES, ids=[q[0] for q in QUOTES])
def test_direct_quote(article: ne.Article, speaker: str, opening: str) -> None:
    """The quote is a Quote by its speaker, 'said', its text exactly the words between the quotation marks."""
    (quote,) = [s for s in article.statements if isinstance(s, ne.Quote) and s.text.startswith(opening)]
    assert _speaker_of(article, quote).name == speaker
    assert quote.reporting_verb == "said"
    assert quote.capacity
    assert quote.language is None
    assert f'"{quote.text}"' in article.body
    assert quote.evidence[0].text == quote.text


INDIRECT = [
    ("a U.S. official", "stockpile", None),
    ("Rahm Emanuel", "commitment to maintaining international security", "said"),
    ("a representative of the Japanese Defense Ministry", "timing and scope", "said"),
    ("Tokyo officials", "regional security", "said"),
    ("security analysts", "more significant role", None),
]


@pytest.mark.parametrize(("speaker", "phrase", "verb"), INDIRECT, ids=[s[0] for s in INDIRECT])
def test_indirect_statement(article: ne.Article, speaker: str, phrase: str, verb: str | None) -> None:
    """The indirect statement is a plain Statement by its speaker, with its reporting verb and evidence."""
    found = [s for s in article.statements if not isinstance(s, ne.Quote) and phrase in s.content
             and _speaker_of(article, s).name == speaker]
    assert len(found) == 1
    assert found[0].reporting_verb == verb
    assert found[0].evidence


def test_government_statement_does_not_mention_ukraine(article: ne.Article) -> None:
    """A negated 'mentions' relation runs from the government's statement to Ukraine."""
    (relation,) = _relations(article, ne.RelationType.MENTIONS, target=_actor(article, "Ukraine").id)
    statement = _entries(article)[relation.source]
    assert isinstance(statement, ne.Statement)
    assert not isinstance(statement, ne.Quote)
    assert statement.speaker == _actor(article, "Government of Japan").id
    assert relation.negated


# ---- attribution chains -------------------------------------------------------------------------------------

def _chain(article: ne.Article, attribution: ne.Attribution | None) -> list[tuple[str, str, str]]:
    """An attribution chain as (source name, relation, commitment) triples."""
    assert attribution is not None
    entries = _entries(article)
    return [(entries[h.source].name, h.relation.value, h.commitment.value) for h in attribution.chain]


def test_wsj_chain_on_the_transfer_claims(article: ne.Article) -> None:
    """The transfer and its announcement come through UNN, then The Wall Street Journal, then the U.S. official."""
    expected = [("UNN", "reports", "reports"), ("The Wall Street Journal", "citing", "reports"),
                ("a U.S. official", "said", "asserts")]
    announcement = next(e for e in article.events if isinstance(e, ne.Announcement) and e.attribution)
    assert _chain(article, _main_transfer(article).attribution) == expected
    assert _chain(article, announcement.attribution) == expected


def test_washington_post_earlier_report(article: ne.Article) -> None:
    """WaPo's report is a media_report, 'Earlier' than publication, with the chain UNN -> WaPo (wrote)."""
    (report,) = [e for e in article.events if isinstance(e, ne.MediaReport)
                 and _refs(e, ne.ParticipantRole.AGENT) == [_actor(article, "The Washington Post").id]]
    assert report.time is not None
    assert (report.time.text, report.time.relative) == ("Earlier", True)
    assert report.time.anchor == ne.TimeAnchor(ref=ne.PUBLICATION, relation=ne.AnchorRelation.BEFORE)
    chain = _chain(article, report.attribution)
    assert [(name, relation) for name, relation, _ in chain] == [("UNN", "reports"),
                                                                ("The Washington Post", "wrote")]
    assert _relations(article, ne.RelationType.MENTIONS, source=report.id)


# ---- context and causes -------------------------------------------------------------------------------------

def test_russian_missile_attacks_are_context(article: ne.Article) -> None:
    """Ongoing Russian missile attacks on Ukraine are the context of the transfer."""
    entries = _entries(article)
    contexts = [entries[r.target] for r in _relations(article, ne.RelationType.CONTEXT,
                                                        source=_main_transfer(article).id)]
    (attacks,) = [e for e in contexts if isinstance(e, ne.ArmedAttack)]
    assert attacks.realis is ne.Realis.ONGOING
    assert (_refs(attacks, ne.ParticipantRole.AGENT), _refs(attacks, ne.ParticipantRole.RECIPIENT)) == (
        ["ru"], ["ua"])


def test_war_and_concerns_cause_the_rethink(article: ne.Article) -> None:
    """The war in Ukraine and Tokyo's concerns about China and North Korea cause the same rethink."""
    entries = _entries(article)
    causes = _relations(article, ne.RelationType.CAUSE)
    assert len({r.target for r in causes}) == 1
    sources = [entries[r.source] for r in causes]
    war = [e for e in sources if isinstance(e, ne.ArmedAttack)]
    concern = [e for e in sources if set(_refs(e, ne.ParticipantRole.TOPIC)) == {"cn", "kp"}]
    assert len(war) == 1
    assert "war in Ukraine" in (war[0].summary or "")
    assert len(concern) == 1
    assert _refs(concern[0], ne.ParticipantRole.AGENT) == ["jp"]


def test_post_war_export_ban_is_context(article: ne.Article) -> None:
    """Japan's decades-long, post-war arms export ban is context for the transfer decision."""
    entries = _entries(article)
    contexts = [entries[r.target] for r in _relations(article, ne.RelationType.CONTEXT,
                                                        source=_main_transfer(article).id)]
    (ban,) = [e for e in contexts if "ban on arms exports" in (e.summary or "")]
    assert "World War II" in (ban.summary or "")
    assert ban.time is not None
    assert ban.time.text == "for decades"
