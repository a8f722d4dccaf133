"""The participant-role check: each role names only the kinds of entry the documented table allows."""

from __future__ import annotations

import pytest

from newsevents import Article, structure
from newsevents.datamodel.checks import check_article
from newsevents.datamodel.rolechecks import ROLE_KINDS, roles_for_kind
from newsevents.datamodel.vocab import ParticipantRole

#: One entry of each kind, and the actor kinds a location may name.
_REFS = {"actor": "jp", "place": "tokyo", "item": "pac", "region": "gulf", "person": "kishida"}
_KIND_OF_REF = {"jp": "actor", "tokyo": "place", "pac": "item", "gulf": "actor", "kishida": "actor"}


def _article(role: str, ref: str) -> Article:
    return structure({
        "id": "a1", "headline": "h", "body": "Japan sends missiles.", "language": "en",
        "actors": [{"id": "jp", "kind": "state", "name": "Japan"},
                   {"id": "gulf", "kind": "region", "name": "the Gulf"},
                   {"id": "kishida", "kind": "person", "name": "Fumio Kishida"}],
        "places": [{"id": "tokyo", "name": "Tokyo", "kind": "city"}],
        "items": [{"id": "pac", "name": "Patriot missiles", "kind": "weapon"}],
        "events": [{"type": "transfer", "id": "ev", "realis": "occurred",
                    "participants": [{"role": role, "ref": ref}]}],
    }, Article)


_CASES = [(role, ref) for role in ParticipantRole for ref in ("jp", "tokyo", "pac", "gulf", "kishida")]


@pytest.mark.parametrize(("role", "ref"), _CASES, ids=[f"{r.value}-{ref}" for r, ref in _CASES])
def test_role_accepts_exactly_the_kinds_of_its_table_row(role: ParticipantRole, ref: str) -> None:
    """A role naming an entry of an allowed kind passes; any other kind is one participant-role error at the role."""
    kind = _KIND_OF_REF[ref]
    allowed = kind in ROLE_KINDS.get(role, frozenset({kind}))
    if role is ParticipantRole.LOCATION and ref == "kishida":
        allowed = False  # a person cannot stand for a place; a state (jp) or region (gulf) can
    problems = check_article(_article(role.value, ref))
    if allowed:
        assert problems == []
    else:
        assert [(p.path, p.check, p.severity) for p in problems] == [
            (("events", 0, "participants", 0, "role"), "participant-role", "error")]
        assert repr(ref) in problems[0].message


def test_message_names_the_roles_that_fit() -> None:
    """The message for an item as agent lists the roles an item can take, so the fix is one word."""
    (problem,) = check_article(_article("agent", "pac"))
    assert "role agent needs an actor" in problem.message
    assert "item, origin, instrument" in problem.message


def test_every_kind_has_some_role_and_every_role_some_kind() -> None:
    """The table leaves no role unusable and no kind of participant without a role."""
    for kind in ("actor", "place", "item"):
        assert roles_for_kind(kind)
    assert all(ROLE_KINDS.get(role) for role in ParticipantRole)


def test_a_reference_to_an_event_is_left_to_reference_kind() -> None:
    """A participant naming an event gets the reference-kind problem only, not a second one for its role."""
    data = _article("agent", "jp")
    from newsevents import evolve

    event = data.events[0]
    broken = evolve(data, events=(evolve(event, participants=(evolve(event.participants[0], ref="ev"),)),))
    assert [p.check for p in check_article(broken)] == ["reference-kind"]


def test_statement_and_situation_about_themselves() -> None:
    """A statement or situation listing its own id in about is a no-self-reference error at that item."""
    article = structure({
        "id": "a1", "headline": "h", "body": "b", "language": "en",
        "statements": [{"type": "quote", "id": "q", "content": "c", "text": "c", "about": ["q"]}],
        "situations": [{"id": "s", "description": "d", "about": ["q", "s"]}],
    }, Article)
    assert [(p.path, p.check) for p in check_article(article)] == [
        (("statements", 0, "about", 0), "no-self-reference"), (("situations", 0, "about", 1), "no-self-reference")]
