"""The checks on rules: each built-in check of rulechecks.py fires on a small broken copy of a rules example."""

from __future__ import annotations

from typing import Any

import attrs

from newsevents import (
    ChangeDirection,
    Instrument,
    ItemKind,
    PolicyStatus,
    ProvisionLink,
    ProvisionLinkType,
    Realis,
    Relation,
    RelationType,
    Time,
    check_article,
    evolve,
    fixtures,
    validate,
)
from newsevents.datamodel.article import Article


def _rice() -> Article:
    return fixtures.load("example-rice-ban")


def _with_event(article: Article, event_id: str, **changes: Any) -> Article:
    events = tuple(evolve(e, **changes) if e.id == event_id else e for e in article.events)
    return evolve(article, events=events)


def _event(article: Article, event_id: str) -> Any:
    return next(e for e in article.events if e.id == event_id)


def _checks(article: Article) -> set[tuple[str, str]]:
    return {(p.check, "/".join(map(str, p.path))) for p in check_article(article)}


def test_a_change_needs_an_instrument_inline_or_by_id() -> None:
    """A policy change with neither instrument nor instrument_ref is reported; either one alone is enough."""
    article = _with_event(_rice(), "ch_ban", instrument_ref=None)
    assert ("policy-instrument", "events/0") in _checks(article)
    inline = _with_event(article, "ch_ban", instrument=Instrument(name="the rice export ban"))
    assert check_article(inline) == []


def test_one_point_zero_documents_with_an_inline_instrument_stay_valid() -> None:
    """The seed article (1.0 style, inline instrument, no instrument_ref) still validates without problems."""
    assert validate(fixtures.data("seed-article")) == []


def test_a_change_that_has_not_happened_has_no_provision_in_effect() -> None:
    """realis-status covers the new statuses and the status of each provision after the change."""
    article = _rice()
    planned = _with_event(article, "ch_narrow", realis=Realis.PLANNED, status=PolicyStatus.SUSPENDED)
    assert ("realis-status", "events/1/status") in _checks(planned)
    narrow = _event(article, "ch_narrow")
    after = (evolve(narrow.after[0], status=PolicyStatus.IN_FORCE),)
    per_provision = _with_event(article, "ch_narrow", realis=Realis.PLANNED, status=PolicyStatus.PROPOSED,
                                after=after)
    assert _checks(per_provision) == {("realis-status", "events/1/after/0/status")}


def test_a_kept_provision_id_names_the_same_rule() -> None:
    """Same id before and after with different content is an amendment in place: the holder must not change."""
    article = _rice()
    narrow = _event(article, "ch_narrow")
    moved = _with_event(article, "ch_narrow", after=(evolve(narrow.after[0], holder="board"),))
    assert ("provision-same-rule", "events/1/after/0/holder") in _checks(moved)


def test_evidence_and_attribution_are_not_the_content() -> None:
    """A provision kept with the same members, quoted from elsewhere and attributed, is not changed; a change in
    any other member is."""
    article = _rice()
    narrow = _event(article, "ch_narrow")
    before = narrow.before[0]
    assert before.evidence != narrow.after[0].evidence
    kept = evolve(narrow.after[0], **{a.name: getattr(before, a.name) for a in attrs.fields(type(before))
                                      if a.name not in ("evidence", "attribution")},
                  attribution=article.statements[0].attribution)
    introduced = _with_event(article, "ch_narrow", direction=ChangeDirection.INTRODUCED, after=(kept,))
    assert not {check for check, _ in _checks(introduced)} & {"change-direction", "provision-same-rule"}
    changed = evolve(kept, holder="board")
    introduced = _with_event(article, "ch_narrow", direction=ChangeDirection.INTRODUCED, after=(changed,))
    assert ("change-direction", "events/1/direction") in _checks(introduced)


def test_an_introduced_rule_amends_nothing() -> None:
    """Direction introduced on a change that alters a provision already in its before is reported."""
    article = _with_event(_rice(), "ch_narrow", direction=ChangeDirection.INTRODUCED)
    assert _checks(article) == {("change-direction", "events/1/direction")}


def test_validity_intervals_are_ordered() -> None:
    """A validity that ends before it starts is reported; one that ends on its start day is not."""
    article = _rice()
    ban = _event(article, "ch_ban")
    validity = ban.after[0].validity
    backwards = evolve(validity, until=Time(value="2025-08-03", precision=validity.start.precision))
    broken = _with_event(article, "ch_ban", after=(evolve(ban.after[0], validity=backwards),))
    assert _checks(broken) == {("validity-order", "events/0/after/0/validity")}
    same_day = evolve(validity, until=Time(value="2025-08-04", precision=validity.start.precision))
    assert check_article(_with_event(article, "ch_ban", after=(evolve(ban.after[0], validity=same_day),))) == []


def test_nested_qualifications_resolve_and_do_not_loop() -> None:
    """A qualification's within names a sibling; two that qualify each other are a cycle."""
    article = _rice()
    narrow = _event(article, "ch_narrow")
    aid, private, loaded = narrow.after[0].qualifications
    unknown = evolve(narrow.after[0], qualifications=(aid, evolve(private, within="q_nowhere"), loaded))
    assert _checks(_with_event(article, "ch_narrow", after=(unknown,))) == {
        ("reference-resolves", "events/1/after/0/qualifications/1/within")}
    looped = evolve(narrow.after[0], qualifications=(evolve(aid, within="q_private"), private, loaded))
    assert ("nesting-cycle", "events/1/after/0/qualifications/0/within") in _checks(
        _with_event(article, "ch_narrow", after=(looped,)))


def test_provision_links_resolve_and_do_not_loop() -> None:
    """A provision link names a provision of the article, not itself, and links do not form a cycle."""
    article = fixtures.load("example-sanctions")
    licence = _event(article, "ch_licence")
    wind_down = licence.after[0]
    dangling = evolve(wind_down, links=(ProvisionLink(type=ProvisionLinkType.NARROWS, target="p_nothing"),))
    assert _checks(_with_event(article, "ch_licence", after=(dangling,))) == {
        ("reference-resolves", "events/1/after/0/links/0/target")}
    package = _event(article, "ch_package")
    freeze = evolve(package.after[2], links=(ProvisionLink(type=ProvisionLinkType.WIDENS, target="p_wind_down"),))
    looped = _with_event(article, "ch_package", after=(*package.after[:2], freeze))
    assert _checks(looped) == {("amendment-cycle", "events")}


def test_amendment_chains_link_changes_on_one_instrument_without_cycles() -> None:
    """Chain relations need policy changes at both ends, the same (or an amended) instrument, and no loop."""
    article = _rice()
    not_a_change = evolve(article, relations=(*article.relations, Relation(
        type=RelationType.NARROWS, source="ch_lift", target="st_cost")))
    assert ("amendment-target", "relations/3") in _checks(not_a_change)
    unrelated = evolve(article, instruments=tuple(evolve(i, amends=()) if i.id == "n19" else i
                                                  for i in article.instruments))
    assert _checks(unrelated) == {("amendment-instrument", "relations/0")}
    loop = evolve(article, relations=(*article.relations, Relation(
        type=RelationType.AMENDS, source="ch_ban", target="ch_lift")))
    assert ("amendment-cycle", "relations") in _checks(loop)


def test_only_a_document_item_can_be_a_source() -> None:
    """A statement's speaker or a hop's source may be an item only when the item is a document."""
    article = _rice()
    items = tuple(evolve(i, kind=ItemKind.GOODS) if i.id == "notice_7" else i for i in article.items)
    checks = _checks(evolve(article, items=items))
    assert ("reference-kind", "statements/0/speaker") in checks
    assert ("reference-kind", "statements/0/attribution/chain/1/source") in checks
