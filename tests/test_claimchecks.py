"""Statements as speech acts and value claims: each new check passes a clean article and fails a broken one."""

from __future__ import annotations

from typing import Any

from newsevents import Article, check_article, structure
from newsevents.datamodel.fields import rules_deferred

BODY = ("The ministry said 40 people died in the floods, but local officials put the toll at 70. "
        "The union welcomed the inquiry; the company declined to comment.")


def _span(text: str) -> dict[str, Any]:
    """The span of the first occurrence of ``text`` in the body."""
    start = BODY.index(text)
    return {"start": start, "end": start + len(text), "text": text}


def _doc() -> dict[str, Any]:
    """An article with two value claims linked by `contradicts`, a stance and a withheld statement."""
    return {
        "id": "a1", "headline": "Floods", "language": "en", "body": BODY,
        "actors": [
            {"id": "ministry", "kind": "organisation", "name": "the ministry", "organisation_type": "ministry"},
            {"id": "locals", "kind": "collective", "name": "local officials"},
            {"id": "union", "kind": "organisation", "name": "the union", "organisation_type": "other"},
            {"id": "company", "kind": "organisation", "name": "the company", "organisation_type": "company"},
        ],
        "events": [{"type": "assault", "id": "floods", "realis": "occurred", "killed": {"value": 70},
                    "evidence": [_span("floods")]},
                   {"type": "investigation", "id": "inquiry", "realis": "announced"}],
        "statements": [
            {"type": "statement", "id": "s_union", "speaker": "union", "content": "welcomed the inquiry",
             "form": "written_statement", "sourcing": "public",
             "stances": [{"target": "inquiry", "stance": "welcomes", "evidence": [_span("welcomed")]}]},
            {"type": "statement", "id": "s_company", "speaker": "company", "content": "no comment",
             "withheld": "declined_to_comment", "evidence": [_span("declined to comment")]},
        ],
        "value_claims": [
            {"id": "toll_ministry", "event": "floods", "member": "killed", "basis": "claimed", "source": "ministry",
             "quantity": {"value": 40, "text": "40"}, "evidence": [_span("40 people died")]},
            {"id": "toll_local", "event": "floods", "member": "killed", "basis": "claimed", "source": "locals",
             "quantity": {"value": 70, "text": "70"}, "evidence": [_span("put the toll at 70")]},
        ],
        "relations": [{"type": "contradicts", "source": "toll_local", "target": "toll_ministry"}],
    }


def _checks(doc: dict[str, Any]) -> list[tuple[str, str]]:
    """(check id, JSON path) of every problem ``check_article`` finds in ``doc``."""
    with rules_deferred():  # built as the validator builds it: rules between members are left to the checks
        article = structure(doc, Article)
    return [(p.check, p.json_path) for p in check_article(article)]


def test_clean_article_passes() -> None:
    """The article with claims, stances and a withheld statement has no problems."""
    assert _checks(_doc()) == []


def test_claim_member_must_be_an_event_member_with_a_value() -> None:
    """A claim about a member the event lacks (or one that holds no value) is reported at `member`."""
    doc = _doc()
    doc["value_claims"][0]["member"] = "wounded"
    assert _checks(doc) == [("claim-member", "$.value_claims[0].member")]
    doc["value_claims"][0]["member"] = "summary"
    assert _checks(doc) == [("claim-member", "$.value_claims[0].member")]


def test_claim_about_a_participant_names_one_of_the_events_participants() -> None:
    """A claim about a participant's amount needs that participant on the event and the member `quantity`."""
    doc = _doc()
    doc["events"][0]["participants"] = [{"role": "affected", "ref": "locals"}]
    doc["value_claims"][0].update(participant="locals", member="quantity")
    assert _checks(doc) == []
    doc["value_claims"][0]["participant"] = "union"
    assert _checks(doc) == [("claim-member", "$.value_claims[0].participant")]
    doc["value_claims"][0].update(participant="locals", member="killed")
    assert _checks(doc) == [("claim-member", "$.value_claims[0].member")]


def test_claim_gives_its_value_in_the_members_type() -> None:
    """A time given for a count, two values at once, or no value at all is a claim-value problem."""
    doc = _doc()
    doc["value_claims"][0]["time"] = {"value": "2024", "precision": "year"}
    assert _checks(doc) == [("claim-value", "$.value_claims[0]")]
    del doc["value_claims"][0]["quantity"]
    assert _checks(doc) == [("claim-value", "$.value_claims[0]")]
    del doc["value_claims"][0]["time"]
    assert _checks(doc) == [("claim-value", "$.value_claims[0]")]


def test_claim_value_agrees_with_its_bounds() -> None:
    """A claimed count outside its own bounds is the quantity's value-in-bounds problem, inside the claim."""
    doc = _doc()
    doc["value_claims"][0]["quantity"] = {"value": 40, "minimum": 50}
    assert _checks(doc) == [("value-in-bounds", "$.value_claims[0].quantity.value")]


def test_claim_references_resolve_to_the_right_kind() -> None:
    """A claim's event, source and statement must name an event, an actor and a statement."""
    doc = _doc()
    doc["value_claims"][0]["event"] = "ministry"
    doc["value_claims"][0]["statement"] = "s_missing"
    assert _checks(doc) == [("reference-kind", "$.value_claims[0].event"),
                            ("reference-resolves", "$.value_claims[0].statement")]


def test_revision_chains_have_no_cycle() -> None:
    """Claims that revise each other in a circle are reported at the relation that closes it."""
    doc = _doc()
    doc["relations"] = [{"type": "revises", "source": "toll_local", "target": "toll_ministry"},
                        {"type": "supersedes", "source": "toll_ministry", "target": "toll_local"}]
    assert _checks(doc) == [("revision-cycle", "$.relations[1]")]
    doc["relations"][1]["negated"] = True  # "did not replace": no link, no circle
    assert _checks(doc) == []


def test_stance_targets_exist_and_are_not_the_statement_itself() -> None:
    """A stance toward a missing entry or toward its own statement is reported at its target."""
    doc = _doc()
    stances = doc["statements"][0]["stances"]
    stances.append({"target": "nowhere", "stance": "opposes"})
    stances.append({"target": "s_union", "stance": "supports"})
    assert sorted(_checks(doc)) == [("no-self-reference", "$.statements[0].stances[2].target"),
                                    ("reference-resolves", "$.statements[0].stances[1].target")]


def test_addressees_and_venue_resolve_to_their_kinds() -> None:
    """Addressees name actors; a venue names a place or an event, never an actor."""
    doc = _doc()
    doc["statements"][0]["addressees"] = ["ministry"]
    doc["statements"][0]["venue"] = "inquiry"
    assert _checks(doc) == []
    doc["statements"][0]["venue"] = "ministry"
    doc["statements"][0]["addressees"] = ["floods"]
    assert _checks(doc) == [("reference-kind", "$.statements[0].addressees[0]"),
                            ("reference-kind", "$.statements[0].venue")]
