"""Issue 18, the API: data the feed reader would refuse is refused by `validate()` too, with problems instead
of exceptions, and `structure()` raises only the documented error."""

from __future__ import annotations

import json
from typing import Any

import orjson
import pytest

import newsevents as ne
from newsevents.cli import main

from ._feeds import valid_doc, write

MINIMAL = valid_doc("minimal")


def _checks(data: Any) -> list[tuple[str, str]]:
    return [(p.check, p.layer) for p in ne.validate(data)]


def test_huge_integer_is_a_problem_not_a_value_error() -> None:
    """`validate(10**10000)` reports the integer, as the reader does for one in a feed."""
    assert _checks(10**10000) == [("number-precision", "input")]


def test_deep_nesting_is_a_problem_not_a_recursion_error() -> None:
    """A list nested 1,000 deep is refused as too deep, without recursion."""
    deep: list[Any] = []
    for _ in range(1000):
        deep = [deep]
    assert _checks(deep) == [("depth", "input")]


def test_lone_surrogate_is_refused_as_the_cli_refuses_it(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """A string with a lone surrogate is invalid through the API, and `ensure_valid` raises, as the CLI
    reports the same document; the problems can be written as JSON."""
    doc = dict(MINIMAL, id="x\ud800")
    problems = ne.validate(doc)
    assert [(p.path, p.check) for p in problems] == [(("id",), "surrogate")]
    orjson.dumps([p.to_dict() for p in problems])
    with pytest.raises(ne.ValidationFailed):
        ne.ensure_valid(doc)
    feed = write(tmp_path / "feed.json", json.dumps(doc).encode())
    assert main(["validate", str(feed)]) == 1
    assert "[input:surrogate]" in capsys.readouterr().out


def test_surrogate_in_a_member_name_keeps_the_path_writable() -> None:
    """A member name with a lone surrogate is reported at its object, so the problem serializes as UTF-8."""
    problems = ne.validate(dict(MINIMAL, **{"k\udc80": 1}))
    assert [(p.path, p.check) for p in problems] == [((), "surrogate")]
    orjson.dumps([p.to_dict() for p in problems])


def test_tuple_is_named_as_a_tuple() -> None:
    """A tuple is described as a tuple, never as "expected an array, got array"."""
    problems = ne.validate(dict(MINIMAL, actors=()))
    assert [(p.path, p.check) for p in problems] == [(("actors",), "type")]
    assert "tuple" in problems[0].message


def test_non_finite_and_non_json_values() -> None:
    """NaN, bytes and a non-string key are problems, not exceptions."""
    assert _checks(dict(MINIMAL, x=float("nan"))) == [("non-finite", "input")]
    assert _checks(dict(MINIMAL, x=b"raw")) == [("type", "input")]
    assert _checks({**MINIMAL, 1: "one"}) == [("type", "input")]


def test_fraction_read_as_an_integer_is_refused(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """An offset written 10.00000000000000001 (read by a double as 10.0) is not silently made the integer 10;
    10.0, which JSON and JSON Schema take as the integer 10, is accepted."""
    text = json.dumps(valid_doc("policy-quote-negation"))
    marker = '"start": '
    at = text.index(marker) + len(marker)
    end = at + len(text[at:].split(",")[0].split("}")[0])
    number = text[at:end]
    lossy = write(tmp_path / "lossy.json", (text[:at] + number + ".00000000000000001" + text[end:]).encode())
    exact = write(tmp_path / "exact.json", (text[:at] + number + ".0" + text[end:]).encode())
    assert main(["validate", str(lossy)]) == 1
    assert "[input:number-precision]" in capsys.readouterr().out
    assert main(["validate", str(exact)]) == 0


def test_structure_raises_only_validation_failed() -> None:
    """`structure()` on data cattrs cannot place (nested past the recursion limit) raises `ValidationFailed`."""
    deep: list[Any] = []
    for _ in range(5000):
        deep = [deep]
    with pytest.raises(ne.ValidationFailed):
        ne.structure(dict(MINIMAL, actors=deep), ne.Article)
