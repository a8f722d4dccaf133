"""The semantic checks: a clean article passes, and each check fails on one broken example, at the right path."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from newsevents import Article, Problem, check_article, structure, unstructure
from newsevents.datamodel.fields import rules_deferred

BODY = ("Tokyo said on Friday that Japan will send Patriot missiles to the United States, "
        "according to a government spokesman.")


def _span(text: str) -> dict[str, Any]:
    """The span of the first occurrence of ``text`` in the body."""
    start = BODY.index(text)
    return {"start": start, "end": start + len(text), "text": text}


def _base() -> dict[str, Any]:
    """A small article that passes every check and uses every kind of reference."""
    return {
        "id": "a1",
        "headline": "Japan to send Patriot missiles to the US",
        "language": "en",
        "publisher": "wire",
        "dateline": "tokyo",
        "published": {"value": "2023-12-22", "precision": "day"},
        "body": BODY,
        "actors": [
            {"id": "wire", "kind": "organisation", "name": "A wire service", "organisation_type": "news_outlet"},
            {"id": "jp", "kind": "state", "name": "Japan", "mentions": [_span("Japan")]},
            {"id": "us", "kind": "state", "name": "United States", "mentions": [_span("United States")]},
            {"id": "spox", "kind": "person", "name": "a government spokesman",
             "roles": [{"title": "government spokesman", "organisation": "jp"}],
             "affiliations": [{"actor": "jp", "relation": "represents"}]},
        ],
        "places": [{"id": "tokyo", "name": "Tokyo", "kind": "city", "evidence": [_span("Tokyo")]}],
        "items": [{"id": "pac", "name": "Patriot missiles", "kind": "weapon", "owner": "jp",
                   "mentions": [_span("Patriot missiles")]}],
        "events": [
            {"type": "transfer", "id": "ev_send", "realis": "announced", "trigger": _span("send"),
             "place": "tokyo",
             "participants": [
                 {"role": "agent", "ref": "jp"},
                 {"role": "recipient", "ref": "us"},
                 {"role": "item", "ref": "pac",
                  "quantity": {"text": "missiles", "minimum": 2, "maximum": 40, "value": 8, "approximate": True}},
             ],
             "time": {"text": "on Friday", "relative": True, "value": "2023-12-22", "precision": "day",
                      "earliest": "2023-12-18", "latest": "2023-12-22",
                      "anchor": {"ref": "st_said", "relation": "same"}},
             "attribution": {"chain": [{"source": "wire", "relation": "reports", "commitment": "reports"},
                                       {"source": "spox", "relation": "said", "commitment": "asserts"}]}},
            {"type": "policy_change", "id": "ev_rules", "realis": "occurred", "status": "announced",
             "setter": "jp", "instrument": {"name": "export rules"},
             "before": [{"id": "p1", "modality": "prohibited", "holder": "jp", "action": "export missiles",
                         "recipient_refs": ["us"]}],
             "after": [{"id": "p1", "modality": "permitted", "holder": "jp", "action": "export missiles",
                        "recipient_refs": ["us"]}]},
        ],
        "statements": [
            {"type": "statement", "id": "st_said", "speaker": "spox", "content": "Japan will send missiles.",
             "about": ["ev_send"],
             "time": {"text": "on Friday", "relative": True,
                      "anchor": {"ref": "publication", "relation": "nearest_before"}}},
            {"type": "quote", "id": "q1", "speaker": "spox", "content": "Japan will send missiles.",
             "text": "Japan will send", "evidence": [_span("that Japan will send Patriot missiles")]},
        ],
        "situations": [{"id": "sit_stock", "description": "US stocks of interceptors running low",
                        "about": ["us", "pac"], "place": "tokyo"}],
        "relations": [{"type": "mentions", "source": "st_said", "target": "ev_send"},
                      {"type": "purpose", "source": "ev_send", "target": "sit_stock"}],
    }


def _broken(path: tuple[str | int, ...], value: Any) -> Article:
    """The base article with the member at ``path`` set to ``value`` (built as the validator builds it, with the
    rules between members left to the checks)."""
    data = _base()
    node: Any = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = copy.deepcopy(value)
    with rules_deferred():
        return structure(data, Article)


def _single(article: Article) -> Problem:
    problems = check_article(article)
    assert len(problems) == 1, problems
    return problems[0]


def _assert_single(article: Article, check: str, path: tuple[str | int, ...]) -> None:
    problem = _single(article)
    assert (problem.check, problem.path, problem.layer) == (check, path, "semantic")


def test_base_article_passes() -> None:
    """The article the negative examples start from passes every check (so each failure below is its edit)."""
    article = structure(_base(), Article)
    assert check_article(article) == []
    assert structure(unstructure(article), Article) == article


# unique-id


def test_repeated_id_across_kinds() -> None:
    """An id used by an actor and again by an event is reported at the second use."""
    _assert_single(_broken(("events", 1, "id"), "jp"), "unique-id", ("events", 1, "id"))


def test_publication_is_a_reserved_id() -> None:
    """No entry may be called "publication": that name is the publication-time anchor."""
    article = _broken(("places", 0, "id"), "publication")
    problems = [p for p in check_article(article) if p.check == "unique-id"]
    assert [p.path for p in problems] == [("places", 0, "id")]


def test_repeated_provision_id_within_one_side() -> None:
    """Two provisions with one id in the same list of a policy change are reported."""
    provisions = _base()["events"][1]["after"] * 2
    _assert_single(_broken(("events", 1, "after"), provisions), "unique-id", ("events", 1, "after", 1, "id"))


# reference-resolves / reference-kind, for every reference field

REFERENCES = [
    (("publisher",), "wire", "tokyo"),
    (("dateline",), "tokyo", "jp"),
    (("actors", 3, "roles", 0, "organisation"), "jp", "tokyo"),
    (("actors", 3, "affiliations", 0, "actor"), "jp", "pac"),
    (("items", 0, "owner"), "jp", "ev_send"),
    (("events", 0, "place"), "tokyo", "us"),
    (("events", 0, "participants", 0, "ref"), "jp", "st_said"),
    (("events", 0, "time", "anchor", "ref"), "st_said", "jp"),
    (("events", 0, "attribution", "chain", 1, "source"), "spox", "q1"),
    (("events", 1, "setter"), "jp", "tokyo"),
    (("events", 1, "before", 0, "holder"), "jp", "pac"),
    (("events", 1, "after", 0, "recipient_refs", 0), "us", "tokyo"),
    (("statements", 0, "speaker"), "spox", "ev_send"),
    (("relations", 0, "source"), "st_said", "jp"),
    (("situations", 0, "place"), "tokyo", "sit_stock"),
]
_IDS = [".".join(map(str, path)) for path, _, _ in REFERENCES]


@pytest.mark.parametrize(("path", "good", "wrong_kind"), REFERENCES, ids=_IDS)
def test_reference_that_resolves_to_nothing(path: tuple[str | int, ...], good: str, wrong_kind: str) -> None:
    """A reference to an id that no entry has is reported at the reference."""
    assert good != "nobody"
    _assert_single(_broken(path, "nobody"), "reference-resolves", path)


@pytest.mark.parametrize(("path", "good", "wrong_kind"), REFERENCES, ids=_IDS)
def test_reference_to_the_wrong_kind(path: tuple[str | int, ...], good: str, wrong_kind: str) -> None:
    """A reference to an entry of the wrong kind (a place as a speaker, ...) is reported at the reference."""
    assert good != wrong_kind
    _assert_single(_broken(path, wrong_kind), "reference-kind", path)


def test_statement_about_and_relation_target_accept_any_entry() -> None:
    """"about" and a relation's target may name any kind of entry, but must name one."""
    assert check_article(_broken(("statements", 0, "about"), ["jp", "tokyo", "pac", "ev_send", "q1"])) == []
    assert check_article(_broken(("relations", 0, "target"), "tokyo")) == []
    assert check_article(_broken(("situations", 0, "about"), ["jp", "ev_send", "q1"])) == []
    _assert_single(_broken(("situations", 0, "about"), ["nobody"]), "reference-resolves", ("situations", 0, "about", 0))
    _assert_single(_broken(("statements", 0, "about"), ["jp", "nobody"]), "reference-resolves",
                   ("statements", 0, "about", 1))
    _assert_single(_broken(("relations", 0, "target"), "nobody"), "reference-resolves", ("relations", 0, "target"))
    problem = _single(_broken(("relations", 0, "target"), "nobody"))
    assert problem.message == "reference 'nobody' does not match the id of any entry in the article"


# Spans


def test_span_end_not_after_start() -> None:
    """A span whose start is not before its end is reported at the span."""
    _assert_single(_broken(("events", 0, "trigger"), {"start": 9, "end": 5, "text": "send"}), "span-order",
                   ("events", 0, "trigger"))


def test_span_past_the_end_of_the_body() -> None:
    """A span ending after the body does is reported at its end."""
    span = {"start": len(BODY) - 2, "end": len(BODY) + 3, "text": "n.xyz"}
    _assert_single(_broken(("actors", 1, "mentions", 0), span), "span-in-body", ("actors", 1, "mentions", 0, "end"))


def test_span_text_differs_from_the_body() -> None:
    """A span whose text is not the body's text between its offsets is reported at its text."""
    span = {**_span("Japan"), "text": "Nippon"}
    _assert_single(_broken(("actors", 1, "mentions", 0), span), "span-matches-body",
                   ("actors", 1, "mentions", 0, "text"))


def test_span_off_by_one() -> None:
    """Offsets shifted by one character are caught even though the text occurs in the body."""
    good = _span("Japan")
    span = {**good, "start": good["start"] + 1, "end": good["end"] + 1}
    problem = _single(_broken(("actors", 1, "mentions", 0), span))
    assert problem.check == "span-matches-body"
    assert f"occurs at {good['start']}" in problem.message


# Times and quantities


def test_relative_time_without_anchor() -> None:
    """A relative time with no anchor is reported at the time."""
    _assert_single(_broken(("statements", 0, "time"), {"text": "on Friday", "relative": True}),
                   "relative-time-anchor", ("statements", 0, "time"))


def test_time_bounds_out_of_order() -> None:
    """A time whose earliest day is after its latest is reported at the time."""
    _assert_single(_broken(("events", 0, "time", "earliest"), "2023-12-23"), "interval-order", ("events", 0, "time"))


def test_quantity_bounds_out_of_order() -> None:
    """A quantity whose minimum is above its maximum is reported at the quantity."""
    quantity = {"text": "dozens", "minimum": 50, "maximum": 24}
    _assert_single(_broken(("events", 0, "participants", 2, "quantity"), quantity), "interval-order",
                   ("events", 0, "participants", 2, "quantity"))


def test_undetermined_time_with_a_value() -> None:
    """A time said to be undetermined may not also give a value."""
    time = {"text": "not yet determined", "status": "undetermined", "value": "2024", "precision": "year"}
    _assert_single(_broken(("events", 1, "effective"), time), "undetermined-empty", ("events", 1, "effective"))


def test_undetermined_quantity_with_bounds() -> None:
    """A quantity said to be undetermined may not also give bounds."""
    quantity = {"status": "undetermined", "minimum": 1}
    _assert_single(_broken(("events", 0, "participants", 2, "quantity"), quantity), "undetermined-empty",
                   ("events", 0, "participants", 2, "quantity"))


def test_value_with_the_wrong_precision() -> None:
    """A quarter value labelled as a month is reported at the precision."""
    time = {"value": "2024-Q1", "precision": "month"}
    _assert_single(_broken(("published",), time), "value-precision", ("published", "precision"))


def test_value_without_precision() -> None:
    """A value needs its precision."""
    _assert_single(_broken(("published",), {"value": "2023-W51"}), "value-precision", ("published",))


def test_precision_without_value() -> None:
    """A calendar precision needs a value."""
    _assert_single(_broken(("published",), {"precision": "day"}), "value-precision", ("published",))


def test_era_without_a_name() -> None:
    """An era needs its name."""
    _assert_single(_broken(("published",), {"text": "after the war", "precision": "era"}), "era-named",
                   ("published",))


def test_value_outside_its_bounds() -> None:
    """A quantity's value must lie within its own minimum and maximum."""
    _assert_single(_broken(("events", 0, "participants", 2, "quantity", "value"), 41), "value-in-bounds",
                   ("events", 0, "participants", 2, "quantity", "value"))


# Statements, relations, attribution


def test_quote_text_not_in_its_evidence() -> None:
    """A direct quote's words must appear verbatim in one of its evidence spans."""
    _assert_single(_broken(("statements", 1, "text"), "Japan shall send"), "quote-in-evidence",
                   ("statements", 1, "text"))


def test_actor_affiliated_with_itself() -> None:
    """An actor cannot be affiliated with itself."""
    _assert_single(_broken(("actors", 3, "affiliations", 0, "actor"), "spox"), "no-self-reference",
                   ("actors", 3, "affiliations", 0, "actor"))


def test_relation_from_an_entry_to_itself() -> None:
    """A relation cannot link an entry to itself."""
    _assert_single(_broken(("relations", 0, "target"), "st_said"), "no-self-reference", ("relations", 0))


def test_consecutive_hops_with_the_same_source() -> None:
    """An attribution chain may not name the same source twice in a row."""
    hop = {"source": "wire", "relation": "reports", "commitment": "reports"}
    _assert_single(_broken(("events", 0, "attribution", "chain", 1), hop), "distinct-hops",
                   ("events", 0, "attribution", "chain", 1, "source"))


def test_same_source_may_return_later_in_a_chain() -> None:
    """Only consecutive hops must differ: A, B, A is a valid chain."""
    chain = _base()["events"][0]["attribution"]["chain"]
    assert check_article(_broken(("events", 0, "attribution", "chain"), [*chain, chain[0]])) == []


@pytest.mark.parametrize(("kept", "path"), [
    ({"pointer": "/size", "value": "'5'"}, ("value",)),
    ({"pointer": "/size", "value": "5", "replaced": "NaN"}, ("replaced",)),
    ({"pointer": "/size"}, ()),
    ({"pointer": "/size", "value": "\"5\"", "replaced": "\"5\""}, ()),
], ids=["value not JSON", "replaced a non-JSON constant", "neither given", "nothing to keep"])
def test_kept_source_value_must_be_json_and_differ(kept: dict[str, Any], path: tuple[str, ...]) -> None:
    """A kept source member holds JSON text, names what it replaced or its value, and differs from it."""
    article = _broken(("provenance",), {"source_values": [kept]})
    _assert_single(article, "source-value", ("provenance", "source_values", 0, *path))


def test_kept_source_value_absent_member_passes() -> None:
    """Keeping the absence of a member (no value, only what it replaced) is valid."""
    article = _broken(("provenance",), {"source_values": [{"pointer": "/language", "replaced": "\"und\""}]})
    assert check_article(article) == []


def test_checks_registered_between_runs_take_effect() -> None:
    """A check registered after articles were checked runs from the next call on, and stops once unregistered."""
    from newsevents import Actor, register_check, unregister_check

    article = structure(_base(), Article)
    assert check_article(article) == []

    def no_spokespeople(_: Article, actor: Actor, path: tuple[str | int, ...], __: object) -> Any:
        if actor.id == "spox":
            yield Problem(path=path, message="no spokespeople here", check="test.no-spox", layer="semantic")

    register_check(Actor, no_spokespeople)
    try:
        assert [p.check for p in check_article(article)] == ["test.no-spox"]
    finally:
        unregister_check(Actor, no_spokespeople)
    assert check_article(article) == []
