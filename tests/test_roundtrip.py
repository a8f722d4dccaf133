"""Round trips: every model value survives unstructure, JSON and structure unchanged; generated articles are valid."""

from __future__ import annotations

import datetime as dt
import enum
import json
import subprocess
import sys
import textwrap
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsevents
from newsevents import Article, check_article, strategies, structure, unstructure
from newsevents.datamodel.fields import spec_of
from newsevents.strategies import plugin


def _is_model(obj: object) -> bool:
    """A class of the model: attrs, and every field declared with newsevents.field()."""
    if not (isinstance(obj, type) and attrs.has(obj)):
        return False
    try:
        for attribute in attrs.fields(obj):
            spec_of(attribute)
    except TypeError:
        return False
    return True


MODELS = sorted((getattr(newsevents, name) for name in newsevents.__all__ if _is_model(getattr(newsevents, name))),
                key=lambda cls: cls.__name__)

FAST = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _assert_plain_json(value: Any, path: str = "$") -> None:
    """Only what json.loads produces: dict with str keys, list, str, int, float, bool (no tuples, enums, dates)."""
    if isinstance(value, dict):
        for key, item in value.items():
            assert type(key) is str, f"{path}: key {key!r}"
            _assert_plain_json(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _assert_plain_json(item, f"{path}[{index}]")
    else:
        assert type(value) in (str, int, float, bool), f"{path}: {type(value).__name__} {value!r}"
        assert value is not None


def _assert_round_trip(obj: Any, cls: type[Any]) -> None:
    raw = unstructure(obj)
    _assert_plain_json(raw)
    text = json.dumps(raw, ensure_ascii=False, allow_nan=False)
    assert json.loads(text) == raw
    assert json.dumps(json.loads(text), ensure_ascii=False) == text  # same types too (1 stays 1, 1.0 stays 1.0)
    assert structure(raw, cls) == obj
    assert structure(json.loads(text), type(obj)) == obj


def test_public_model_classes_are_found() -> None:
    """The parametrised tests below really cover the model: events, statements, the article and the roots."""
    assert {newsevents.Article, newsevents.Event, newsevents.Statement, newsevents.Quote, newsevents.Span,
            newsevents.PolicyChange, newsevents.Transfer} <= set(MODELS)
    assert newsevents.Problem not in MODELS


def test_every_public_model_class_is_registered_with_hypothesis() -> None:
    """The Hypothesis plugin registers one strategy per public model class, no more, no fewer."""
    assert set(plugin.model_classes()) == set(MODELS)
    assert strategies.__all__ == sorted(strategies.__all__)
    assert {"articles", "from_model", "source_values"} <= set(strategies.__all__)


@pytest.mark.parametrize("cls", [c for c in MODELS if c is not Article], ids=lambda c: c.__name__)
@FAST
@given(data=st.data())
def test_round_trip(cls: type[Any], data: st.DataObject) -> None:
    """structure(unstructure(x)) == x, and the unstructured form is plain JSON that json.dumps/loads keeps as is."""
    obj = data.draw(st.from_type(cls))
    assert isinstance(obj, cls)
    _assert_round_trip(obj, cls)


@FAST
@given(value=strategies.source_values())
def test_source_values_hold_json_and_round_trip(value: newsevents.SourceValue) -> None:
    """source_values() draws members whose texts are JSON, as check_article asks, and they round-trip."""
    assert value.value is not None or value.replaced is not None
    for text in (value.value, value.replaced):
        if text is not None:
            json.loads(text)
    _assert_round_trip(value, newsevents.SourceValue)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=strategies.from_model(Article))
def test_structural_article_round_trip(article: Article) -> None:
    """Any article the classes can hold (references and spans arbitrary) round-trips through JSON."""
    _assert_round_trip(article, Article)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=strategies.articles())
def test_generated_articles_pass_the_checks_and_round_trip(article: Article) -> None:
    """articles() builds articles with no semantic problem, and they round-trip through JSON."""
    assert check_article(article) == []
    assert article.actors
    _assert_round_trip(article, Article)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=strategies.articles())
def test_generated_articles_are_not_trivial(article: Article) -> None:
    """Generated spans are cut from the body and references point at the article's own entries."""
    ids = {entry.id for entry in (*article.actors, *article.places, *article.items, *article.events,
                                  *article.statements)}
    for event in article.events:
        for participant in event.participants:
            assert participant.ref in ids
        if event.trigger is not None:
            assert article.body[event.trigger.start:event.trigger.end] == event.trigger.text


def _everything(obj: Any) -> list[Any]:
    """``obj`` and every model object inside it."""
    found = [obj]
    for attribute in attrs.fields(type(obj)):
        value = getattr(obj, attribute.name)
        for item in value if isinstance(value, tuple) else (value,):
            if attrs.has(type(item)):
                found.extend(_everything(item))
    return found


def test_articles_cover_the_interesting_cases() -> None:
    """Across examples, articles() produces relations, quoted evidence, anchored times, provisions, bounds."""
    seen: set[str] = set()

    @settings(max_examples=60, deadline=None, database=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(article=strategies.articles(event_types=[newsevents.PolicyChange, newsevents.Transfer],
                                       statement_types=[newsevents.Quote]))
    def collect(article: Article) -> None:
        for obj in _everything(article):
            if isinstance(obj, newsevents.Relation):
                seen.add("relation")
            elif isinstance(obj, newsevents.Quote) and obj.evidence:
                seen.add("quote with evidence")
            elif isinstance(obj, newsevents.PolicyChange) and (obj.before or obj.after):
                seen.add("policy change")
            elif isinstance(obj, newsevents.Time):
                seen.update({"anchored time"} if obj.anchor is not None and obj.anchor.ref != "publication" else ())
                seen.update({"time value"} if obj.value is not None else ())
            elif isinstance(obj, newsevents.Quantity) and obj.value is not None and obj.minimum is not None:
                seen.add("bounded quantity")

    collect()
    assert seen == {"relation", "quote with evidence", "policy change", "anchored time", "time value",
                    "bounded quantity"}


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_from_type_builds_public_types(cls: type[Any], data: st.DataObject) -> None:
    """st.from_type works for every public model class (the Hypothesis plugin registered them)."""
    assert isinstance(data.draw(st.from_type(cls)), cls)


def test_hypothesis_plugin_is_loaded_through_the_entry_point() -> None:
    """In a fresh interpreter, importing Hypothesis runs our entry point without loading newsevents, and importing
    newsevents afterwards registers the strategies."""
    script = textwrap.dedent("""
        import sys
        import hypothesis
        from hypothesis import strategies as st
        assert "_newsevents_hypothesis" in sys.modules, "the entry point was not run"
        assert "newsevents" not in sys.modules, "the entry point loaded newsevents"
        import newsevents
        actor = st.from_type(newsevents.Actor).example()
        assert isinstance(actor, newsevents.Actor), actor
        event = st.from_type(newsevents.Event).example()
        assert isinstance(event, newsevents.Event), event
        print("ok")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("ok")


def test_from_model_refuses_a_non_model_class() -> None:
    """from_model is for model classes; anything else is a TypeError, not an empty strategy."""
    with pytest.raises(TypeError):
        strategies.from_model(dt.date)
    with pytest.raises(TypeError):
        strategies.from_model(enum.Enum)


def test_evolve_copies_with_changes_and_validates_them() -> None:
    """newsevents.evolve returns a changed copy, leaves the original alone and refuses a value its field forbids."""
    actor = newsevents.Actor(id="jp", kind=newsevents.ActorKind.STATE, name="Japan")
    renamed = newsevents.evolve(actor, name="Nippon")
    assert (renamed.name, actor.name, renamed.id) == ("Nippon", "Japan", "jp")
    with pytest.raises(ValueError, match="shorter than 1"):
        newsevents.evolve(actor, name="")
