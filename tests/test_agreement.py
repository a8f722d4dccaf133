"""Classes and schemas agree: what the model generates validates, and mutations are rejected by both or neither."""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsevents
from newsevents import strategies
from newsevents.datamodel.catalog import model_classes
from newsevents.datamodel.fields import rules_deferred
from newsevents.datamodel.unions import members
from newsevents.validation.reference import reference_for

from ._independent import containers, rust_validator

TYPES = model_classes()
FAST = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _converter_accepts(data: Any, cls: type[Any]) -> bool:
    try:
        # The rules between members (a span's end after its start) are no schema's: the semantic checks have them.
        with rules_deferred():
            newsevents.structure(data, cls)
    except newsevents.ValidationFailed:
        return False
    return True


_WRONG_VALUES = [None, "3", 3, 3.5, -1, 10**16, True, [], {}, "", "x" * 2001, "\u00e9t\u00e9\n", "2024-13-01",
                 [None], ["a", "a"], "not a uri"]
# Fresh copies: a drawn [] or {} must not be shared between documents.
_wrong_values = st.sampled_from(_WRONG_VALUES).map(copy.deepcopy)
_EVENT_TAGS = sorted(members(newsevents.Event))


@st.composite
def _mutation(draw: st.DrawFn, data: Any) -> Any:
    """A copy of `data` with one schema-relevant change somewhere inside it."""
    doc = copy.deepcopy(data)
    _path, node = draw(st.sampled_from(containers(doc)))
    if isinstance(node, list):
        if node and draw(st.booleans()):
            node[draw(st.integers(0, len(node) - 1))] = draw(_wrong_values)
        else:
            node.append(draw(_wrong_values))
        return doc
    kind = draw(st.sampled_from(["drop", "unknown", "replace", "retag"] if node else ["unknown"]))
    if kind == "unknown":
        node[draw(st.sampled_from(["zz_unknown", "$ref", "Type", "id "]))] = 1
    elif kind == "drop":
        del node[draw(st.sampled_from(sorted(node)))]
    elif kind == "replace":
        node[draw(st.sampled_from(sorted(node)))] = draw(_wrong_values)
    else:
        node["type"] = draw(st.sampled_from([*_EVENT_TAGS, "quote", "statement", "bogus"]))
    return doc


@pytest.mark.parametrize("name", sorted(TYPES))
@FAST
@given(data=st.data())
def test_generated_values_are_valid_against_their_schema(name: str, data: st.DataObject) -> None:
    """Every value the model can hold, unstructured, passes its schema in jsonschema and jsonschema-rs."""
    value = data.draw(strategies.from_model(TYPES[name]))
    document = newsevents.unstructure(value)
    assert reference_for(name).problems(document) == []
    assert rust_validator(name).is_valid(document)


@pytest.mark.parametrize("name", sorted(TYPES))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_schema_rejects_exactly_when_the_converter_rejects(name: str, data: st.DataObject) -> None:
    """For a mutated document, the schema, jsonschema-rs and the strict converter give the same verdict."""
    cls = TYPES[name]
    original = newsevents.unstructure(data.draw(strategies.from_model(cls)))
    mutated = data.draw(_mutation(original))
    schema_ok = reference_for(name).is_valid(mutated)
    assert rust_validator(name).is_valid(mutated) is schema_ok
    assert _converter_accepts(mutated, cls) is schema_ok, reference_for(name).problems(mutated)


@FAST
@given(article=strategies.articles())
def test_generated_articles_pass_every_layer(article: newsevents.Article) -> None:
    """A semantically valid generated article passes schema, loader and semantic checks."""
    assert newsevents.validate(newsevents.unstructure(article)) == []


def test_every_public_model_type_has_a_schema() -> None:
    """Each model class exported by the package has its own schema file (and so a validator)."""
    public = {getattr(newsevents, n) for n in newsevents.__all__}
    model_types = {c for c in public if isinstance(c, type) and attrs.has(c)
                   and all("newsevents" in a.metadata for a in attrs.fields(c))}
    missing = {c.__name__ for c in model_types} - {c.__name__ for c in TYPES.values()}
    # The taxonomy row is reference data (a model class, but not part of any document).
    assert missing == {"TaxonomyEntry"}
