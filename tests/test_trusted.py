"""The trusted loader changes nothing but speed: for every document the pipeline's verdict, problems and objects
are what the strict converter gives, and objects built in Python are checked as before.

The trusted path (`newsevents.datamodel.trusted`) builds objects from data the compiled validator accepted
against the shipped schemas without re-running the field validators. These tests compare it with the strict
path over every example, generated values of every model type and their mutations, and values only Python
code can hand over (subclasses, tuples, NaN, mappings that are not dicts).
"""

from __future__ import annotations

import collections
import datetime as dt
import math
import threading
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsevents
from newsevents import fixtures, strategies
from newsevents.datamodel.catalog import model_classes
from newsevents.datamodel.trusted import Untrusted, trusted_structure
from newsevents.feed.checker import Checker
from newsevents.feed.records import MAX_PROBLEMS
from newsevents.validation.jsonvalue import value_problems
from newsevents.validation.loading import load_checked
from newsevents.validation.validator import Validator, validator_for

from ._feeds import examples
from .test_fastpath import mutated

TYPES = sorted(model_classes())
BOUNDED = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def strict_pipeline(type_: str, doc: Any) -> tuple[Any, list[newsevents.Problem]]:
    """The pipeline as it was before the trusted path: the reader's checks on the value, schema problems, else the
    strict loader and the semantic checks."""
    problems = value_problems(doc)
    if problems:
        return None, problems
    validator = validator_for(type_)
    if not validator.compiled.is_valid(doc):
        problems = validator.invalid_problems(doc)  # every layer that can run, in one pass
        if problems:
            return None, problems
    return load_checked(type_, doc, trusted=False)


def outcome(run: Any, *args: Any) -> Any:
    """What ``run(*args)`` returns, or the text of the ValueError it raises (jsonschema-rs refuses some Python
    values, such as a str subclass, outright; both paths must then refuse alike)."""
    try:
        return run(*args)
    except ValueError as exc:
        return f"ValueError: {exc}"


def same(type_: str, doc: Any) -> None:
    """Assert the pipeline (trusted where the verdict allows) gives what the strict pipeline gives."""
    piped, strict = outcome(validator_for(type_).load, doc), outcome(strict_pipeline, type_, doc)
    assert repr(piped) == repr(strict)  # repr tells 3 from 3.0 and an enum member from its value
    assert piped == strict
    if isinstance(strict, tuple) and not value_problems(doc):
        # The feed checker is given values it parsed itself; what value_problems finds, it finds in the text.
        # It lists at most MAX_PROBLEMS and then says there are more (a generated article can have over 100).
        result = Checker(type_).check_value("<test>", doc)
        listed = list(result.problems)
        if len(strict[1]) > MAX_PROBLEMS:
            assert listed[-1].check == "too-many-problems"
            listed = listed[:-1]
        assert listed == strict[1][:MAX_PROBLEMS]


def same_objects(data: Any, cls: type[Any]) -> None:
    """Assert the trusted loader and the strict converter build equal objects from schema-valid ``data``."""
    trusted, strict = trusted_structure(data, cls), newsevents.structure(data, cls)
    assert repr(trusted) == repr(strict)
    assert trusted == strict


def test_the_fixtures_load_the_same() -> None:
    """Every shipped fixture loads on the trusted path into exactly the strict converter's objects."""
    for name in fixtures.names():
        same_objects(fixtures.data(name), newsevents.Article)


@pytest.mark.parametrize(("kind", "name"), [(kind, name) for kind in ("valid", "invalid")
                                             for name in sorted(examples(kind))])
def test_examples_get_the_same_verdicts(kind: str, name: str) -> None:
    """Every valid and invalid example gets the same verdict, problems and object on both paths."""
    same("article", examples(kind)[name])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_articles_get_the_same_verdicts(data: st.DataObject) -> None:
    """Mutations of the valid example articles get the same verdict, problems and object on both paths."""
    base = data.draw(st.sampled_from(sorted(examples("valid").items())))[1]
    same("article", data.draw(mutated(base)))


@pytest.mark.parametrize("type_", TYPES)
@BOUNDED
@given(data=st.data())
def test_generated_values_load_the_same(type_: str, data: st.DataObject) -> None:
    """For every model type, generated values (schema-valid) and their mutations load the same on both paths."""
    value = newsevents.unstructure(data.draw(strategies.from_model(model_classes()[type_])))
    assert validator_for(type_).is_valid_schema(value)
    same_objects(value, model_classes()[type_])
    same(type_, value)
    same(type_, data.draw(mutated(value)) if isinstance(value, dict | list) else value)


@BOUNDED
@given(article=strategies.articles())
def test_generated_articles_load_the_same(article: newsevents.Article) -> None:
    """Articles that pass every check load into equal objects on both paths, with no problems."""
    doc = newsevents.unstructure(article)
    same("article", doc)
    assert validator_for("article").load(doc) == (article, [])


class _Text(str):
    """A str subclass: JSON never holds one, Python code may."""


def _seed_with(change: Any) -> dict[str, Any]:
    doc = fixtures.data("seed-article")
    change(doc)
    return doc


@pytest.mark.parametrize("change", [
    lambda d: d.update(headline=_Text(d["headline"])),
    lambda d: d.update(actors=tuple(d["actors"])),
    lambda d: d["events"][0].update(id=_Text(d["events"][0]["id"])),
    lambda d: d.update(events=[collections.OrderedDict(d["events"][0]), *d["events"][1:]]),
    lambda d: d["actors"][0]["mentions"][0].update(start=float(d["actors"][0]["mentions"][0]["start"])),
    lambda d: d["actors"][0]["mentions"][0].update(start=True),
])
def test_values_only_python_hands_over_load_the_same(change: Any) -> None:
    """Subclasses, tuples, ordered dicts, 3.0 for 3 and booleans for numbers get the strict path's answer."""
    same("article", _seed_with(change))


def test_the_trusted_loader_refuses_what_the_schema_cannot_prove() -> None:
    """A str subclass, a NaN, an unknown member and an unknown tag are left to the strict converter."""
    span = {"start": 0, "end": 1, "text": "x"}
    with pytest.raises(Untrusted):
        trusted_structure({**span, "text": _Text("x")}, newsevents.Span)
    with pytest.raises(Untrusted):
        trusted_structure({**span, "zz": 1}, newsevents.Span)
    with pytest.raises(Untrusted):
        trusted_structure({"value": math.nan}, newsevents.Quantity)
    with pytest.raises(Untrusted):
        trusted_structure({"type": "bogus", "id": "e1", "realis": "actual"}, newsevents.Event)


@newsevents.model
class _Stamp:
    """A test class: a date-time and a vocabulary value, which no shipped type holds."""

    at: dt.datetime = newsevents.field(description="When.")
    when: dt.date | None = newsevents.field(default=None, description="Which day.")


def test_naive_datetimes_and_bad_dates_are_left_to_the_strict_converter() -> None:
    """A date-time without a UTC offset or a date off the calendar never loads on the trusted path."""
    loaded = trusted_structure({"at": "2024-03-29T10:00:00+01:00", "when": "2024-02-29"}, _Stamp)
    assert loaded == _Stamp(at=dt.datetime(2024, 3, 29, 9, tzinfo=dt.UTC), when=dt.date(2024, 2, 29))
    with pytest.raises(Exception):  # noqa: B017, PT011 - any refusal sends the data to the strict converter
        trusted_structure({"at": "2024-03-29T10:00:00"}, _Stamp)
    with pytest.raises(Exception):  # noqa: B017, PT011
        trusted_structure({"at": "2024-03-29T10:00:00Z", "when": "2023-02-29"}, _Stamp)


def test_objects_built_in_python_are_still_checked() -> None:
    """Loading on the trusted path, even in another thread at the same time, switches no validator off."""
    doc = fixtures.data("seed-article")
    done = threading.Event()

    def load_many() -> None:
        for _ in range(20):
            validator_for("article").load(doc)
        done.set()

    worker = threading.Thread(target=load_many)
    worker.start()
    while not done.is_set():
        with pytest.raises(ValueError):  # noqa: PT011 - the field's own constraint
            newsevents.Span(start=0, end=1, text="")
    worker.join()
    with pytest.raises(ValueError):  # noqa: PT011
        newsevents.evolve(fixtures.load("seed-article"), headline="")


def test_only_the_shipped_schemas_are_trusted() -> None:
    """A validator built on another schema set loads what it accepts strictly: that set may be looser."""
    assert validator_for("article").trusted
    assert not Validator("article", schemas=dict(validator_for("article").schemas)).trusted
