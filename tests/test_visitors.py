"""The generated visitors: each field's code follows its annotation, and a field whose annotation cannot be
resolved is still walked whatever it holds."""

from __future__ import annotations

from typing import Any

import attrs

from newsevents.datamodel.fields import field, model
from newsevents.datamodel.visitors import _holds_tuple, child_fields, compile_visitor


@model
class Leaf:
    """A leaf."""

    name: str = field(description="Its name.")


@model
class Holder:
    """Holds leaves in each way a field can."""

    one: Leaf = field(description="A leaf.")
    maybe: Leaf | None = field(description="A leaf or none.", default=None)
    many: tuple[Leaf, ...] = field(description="Leaves.", factory=tuple)
    ref: str | None = field(description="A reference.", default=None, refers_to=("actor",))
    refs: tuple[str, ...] = field(description="References.", factory=tuple, refers_to=("actor",))


@model
class Loose:
    """Its annotation names a type nobody can resolve."""

    anything: NoSuchType = field(description="Anything.", default=None)  # type: ignore[name-defined]  # noqa: F821


def _visits(cls: type[Any], obj: Any, kinds: dict[str, str]) -> tuple[list[Any], list[Any]]:
    """(path, leaf name) of each leaf the visitor of ``cls`` reached, and the references it found wrong."""
    seen: list[Any] = []
    wrong: list[Any] = []
    visitors: dict[type[Any], Any] = {Leaf: lambda leaf, path, *_: seen.append((path, leaf.name))}
    references = tuple((a.name, a.name, frozenset({"actor"})) for a in attrs.fields(cls) if a.name.startswith("ref"))

    def explain(_: Any, path: Any, ref: Any, __: Any) -> list[Any]:
        wrong.append((path, ref))
        return []

    visit = compile_visitor(cls, references=references, checks=(), children=child_fields(cls), visitors=visitors,
                            visitor_of=lambda c: lambda *_: None, reference_problems=explain)
    index = type("Index", (), {"kinds": kinds})()
    visit(obj, ("top",), None, index, [])
    return seen, wrong


def test_the_annotation_decides_the_code() -> None:
    assert [_holds_tuple(Holder, name) for name in ("one", "maybe", "many", "ref", "refs")] == \
        [False, False, True, False, True]
    assert _holds_tuple(Loose, "anything") is None


def test_each_field_shape_is_walked() -> None:
    holder = Holder(one=Leaf(name="a"), maybe=Leaf(name="b"), many=(Leaf(name="c"), Leaf(name="d")), ref="x",
                    refs=("y", "z"))
    seen, wrong = _visits(Holder, holder, {"x": "actor", "z": "place"})
    assert seen == [(("top", "one"), "a"), (("top", "maybe"), "b"), (("top", "many", 0), "c"),
                    (("top", "many", 1), "d")]
    assert wrong == [(("top", "refs", 0), "y"), (("top", "refs", 1), "z")]
    seen, wrong = _visits(Holder, Holder(one=Leaf(name="a")), {})
    assert seen == [(("top", "one"), "a")]
    assert wrong == []


def test_an_unresolvable_annotation_is_walked_either_way() -> None:
    with attrs.validators.disabled():  # its own validator cannot resolve the annotation either
        one, two, none = (Loose(anything=Leaf(name="a")), Loose(anything=(Leaf(name="b"), Leaf(name="c"))),
                          Loose(anything=None))
    assert _visits(Loose, one, {})[0] == [(("top", "anything"), "a")]
    assert _visits(Loose, two, {})[0] == [(("top", "anything", 0), "b"), (("top", "anything", 1), "c")]
    assert _visits(Loose, none, {})[0] == []
