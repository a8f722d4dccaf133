"""A downstream event type (tests/extension_pkg) gets conversion, checks and strategies without editing newsevents."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st

import newsevents
from newsevents import (
    ActorKind,
    Article,
    Event,
    PlaceKind,
    Quantity,
    Realis,
    Span,
    ValueStatus,
    check_article,
    strategies,
    structure,
    unstructure,
)

#: Made before the extension is registered: union strategies look members up when they draw.
EVENTS_MADE_EARLY = strategies.from_model(Event)

BODY = "Hackers used a phishing e-mail to steal 10,000 records from Acme Bank in Zurich."
TAG = "acme.cyber_attack"


def _span(text: str) -> Span:
    start = BODY.index(text)
    return Span(start=start, end=start + len(text), text=text)


@pytest.fixture(scope="module")
def acme() -> Iterator[ModuleType]:
    """The extension package, registered for this module's tests only.

    Registering is process-wide, so the fixture unregisters afterwards: otherwise every later test (the
    committed-schema drift test, for one) would see the extra event type.
    """
    package = importlib.import_module(f"{__package__}.extension_pkg")
    cls = package.CyberAttack
    yield package
    newsevents.unregister(cls)
    newsevents.unregister_check(cls, package.check_attacker_is_actor)
    for name in [n for n in sys.modules if n == package.__name__ or n.startswith(package.__name__ + ".")]:
        del sys.modules[name]


def _article(acme: ModuleType, **changes: Any) -> Article:
    """An article reporting one cyber attack, every extension field filled in and valid."""
    attack = acme.CyberAttack(
        id="ev_hack", realis=Realis.OCCURRED, trigger=_span("steal"), place="zurich",
        vector=_span("a phishing e-mail"), attacker="hackers",
        records_stolen=Quantity(text="10,000 records", value=10_000, evidence=(_span("10,000 records"),)),
    )
    attack = _replace(attack, **changes)
    return Article(
        id="a1", headline="Bank hacked", language="en", body=BODY,
        actors=(newsevents.Actor(id="hackers", kind=ActorKind.COLLECTIVE, name="hackers"),
                newsevents.Actor(id="bank", kind=ActorKind.ORGANISATION, name="Acme Bank")),
        places=(newsevents.Place(id="zurich", name="Zurich", kind=PlaceKind.CITY),),
        events=(attack,),
    )


def _replace(obj: Any, **changes: Any) -> Any:
    import attrs

    return attrs.evolve(obj, **changes)


def test_extension_article_round_trips(acme: ModuleType) -> None:
    """An article holding the extension event converts to JSON and back equal, through the library's converter."""
    article = _article(acme)
    assert check_article(article) == []
    data = json.loads(json.dumps(unstructure(article)))
    event = data["events"][0]
    assert event["type"] == TAG
    assert event["vector"] == {"start": 13, "end": 30, "text": "a phishing e-mail"}
    assert event["attacker"] == "hackers"
    assert event["records_stolen"]["value"] == 10_000
    back = structure(data, Article)
    assert back == article
    assert type(back.events[0]) is acme.CyberAttack


def test_extension_fields_are_strict(acme: ModuleType) -> None:
    """The extension's declared constraints are enforced by the converter like the library's own."""
    data = unstructure(_article(acme))
    data["events"][0]["attacker"] = "1 bad id"
    with pytest.raises(newsevents.ValidationFailed) as caught:
        structure(data, Article)
    assert [(p.json_path, p.check) for p in caught.value.problems] == [("$.events[0].attacker", "pattern")]


def test_wrong_span_in_extension_field_is_caught(acme: ModuleType) -> None:
    """The generic walk checks a span in a field only the extension declares."""
    wrong = Span(start=13, end=30, text="a phishing email")
    problems = check_article(_article(acme, vector=wrong))
    assert [(p.check, p.path) for p in problems] == [("span-matches-body", ("events", 0, "vector", "text"))]


def test_extension_quantity_is_checked(acme: ModuleType) -> None:
    """The generic walk checks a quantity in a field only the extension declares."""
    quantity = Quantity(text="not yet known", status=ValueStatus.UNDETERMINED, value=3)
    problems = check_article(_article(acme, records_stolen=quantity))
    assert [(p.check, p.path) for p in problems] == [("undetermined-empty", ("events", 0, "records_stolen"))]


@pytest.mark.parametrize("attacker", ["zurich", "nobody"])
def test_extension_check_runs(acme: ModuleType, attacker: str) -> None:
    """The check the extension registered runs on its events and reports under its own name and path."""
    problems = check_article(_article(acme, attacker=attacker))
    assert [(p.check, p.path, p.layer) for p in problems] == [
        ("acme.attacker-is-actor", ("events", 0, "attacker"), "semantic")]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_from_model_generates_the_extension(acme: ModuleType, data: st.DataObject) -> None:
    """strategies.from_model builds the extension class from its declared fields, and the values round-trip."""
    attack = data.draw(strategies.from_model(acme.CyberAttack))
    assert type(attack) is acme.CyberAttack
    assert structure(json.loads(json.dumps(unstructure(attack))), Event) == attack


def test_union_strategy_made_before_registration_includes_the_extension(acme: ModuleType) -> None:
    """from_model(Event) resolves members when it draws, so an event type registered afterwards is generated too."""
    found = find(EVENTS_MADE_EARLY, lambda event: isinstance(event, acme.CyberAttack),
                 settings=settings(database=None, max_examples=2000, phases=[Phase.generate]))
    assert found.TYPE == TAG


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_articles_with_the_extension_pass_every_check(acme: ModuleType, data: st.DataObject) -> None:
    """articles() can build valid articles around the extension, its own check included, given what it refers to."""
    article = data.draw(strategies.articles(event_types=[acme.CyberAttack],
                                            references={(acme.CyberAttack, "attacker"): {"actor"}}))
    assert check_article(article) == []
    assert all(type(event) is acme.CyberAttack for event in article.events)
    assert structure(unstructure(article), Article) == article


def test_duplicate_tag_is_refused(acme: ModuleType) -> None:
    """A second class cannot take a registered tag, and the first keeps it."""

    @newsevents.model
    class Impostor(Event):
        """Another class claiming the extension's tag."""

        TYPE: ClassVar[str] = TAG

    with pytest.raises(TypeError, match="already registered"):
        newsevents.register(Impostor)
    assert structure({"type": TAG, "id": "ev1", "realis": "occurred"}, Event).__class__ is acme.CyberAttack


def test_library_tag_cannot_be_taken() -> None:
    """An extension cannot replace a built-in event type by reusing its tag."""

    @newsevents.model
    class MyTransfer(Event):
        """A would-be replacement for the library's transfer."""

        TYPE: ClassVar[str] = "transfer"

    with pytest.raises(TypeError, match="already registered"):
        newsevents.register(MyTransfer)


def test_unregistered_event_subclass_cannot_be_instantiated() -> None:
    """An Event subclass that was never registered cannot be made, so no document holds an unknown type."""

    @newsevents.model
    class Unregistered(Event):
        """An event type its author forgot to register."""

        TYPE: ClassVar[str] = "acme.unregistered"

    with pytest.raises(TypeError, match="not a registered event type"):
        Unregistered(id="ev1", realis=Realis.OCCURRED)
    with pytest.raises(TypeError, match="not registered"):
        strategies.from_model(Unregistered)
