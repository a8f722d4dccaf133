"""Model objects compare, hash and print as attrs-made ones do, through the one shared implementation."""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import given

import newsevents as ne
from newsevents import fixtures, strategies


def test_equal_objects_hash_alike_and_differences_count() -> None:
    """Two loads of the seed article are equal and hash alike; changing one member anywhere makes them differ."""
    first = ne.structure(fixtures.data("seed-article"), ne.Article)
    second = ne.structure(fixtures.data("seed-article"), ne.Article)
    assert first == second
    assert hash(first) == hash(second)
    assert not first != second  # noqa: SIM202 - != is what is tested
    changed = ne.evolve(second, actors=(ne.evolve(second.actors[0], name="Other"), *second.actors[1:]))
    assert first != changed


def test_another_class_is_never_equal() -> None:
    """An object is not equal to one of another class with the same members, nor to a tuple of its values."""
    meeting = ne.Meeting(id="e1", realis=ne.Realis.OCCURRED)
    protest = ne.Protest(id="e1", realis=ne.Realis.OCCURRED)
    assert meeting != protest
    assert meeting.__eq__(protest) is NotImplemented
    assert meeting != ("e1",)


def test_repr_names_every_member_in_order() -> None:
    """The text is ``Class(member=value, ...)`` with every member, in declaration order."""
    span = ne.Span(start=3, end=7, text="Iran")
    assert repr(span) == "Span(start=3, end=7, text='Iran')"
    actor = ne.Actor(id="a1", kind=ne.ActorKind.PERSON, name="Ana")
    shown = repr(actor)
    names = [attribute.name for attribute in attrs.fields(ne.Actor)]
    assert shown.startswith("Actor(id='a1', kind=<ActorKind.PERSON: 'person'>, name='Ana'")
    assert [shown.index(f"{name}=") for name in names] == sorted(shown.index(f"{name}=") for name in names)


@given(strategies.from_model(ne.Quantity))
def test_a_copy_is_equal_and_hashes_alike(quantity: Any) -> None:
    """Any quantity equals a copy of itself made member by member, with the same hash."""
    copy = attrs.evolve(quantity)
    assert copy == quantity
    assert hash(copy) == hash(quantity)
