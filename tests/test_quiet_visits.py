"""The visitors pass over a span whose quick test says it has nothing to report; nothing is lost that way."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newsevents import Article, Problem, Span, check_article, fixtures, register_check, structure, unregister_check
from newsevents.datamodel.checks import _check_span, _span_quiet


def _spans(obj: Any) -> int:
    """How many span objects ``obj`` holds, counted by walking every field."""
    if isinstance(obj, Span):
        return 1
    if isinstance(obj, tuple):
        return sum(_spans(item) for item in obj)
    if attrs.has(type(obj)):
        return sum(_spans(getattr(obj, field.name)) for field in attrs.fields(type(obj)))
    return 0


_TEXT = st.text(alphabet="ab .-’é1", max_size=12)


@given(body=_TEXT, start=st.integers(0, 14), end=st.integers(0, 14), text=_TEXT)
def test_the_quick_test_passes_exactly_the_spans_the_check_passes(body: str, start: int, end: int,
                                                                  text: str) -> None:
    """The quick test is true exactly when the full span check finds no problem and no warning."""
    # Stand-ins: the model refuses a backwards or empty span when built, the check must not rely on that.
    span: Any = SimpleNamespace(start=start, end=end, text=text)
    article: Any = SimpleNamespace(body=body)
    full = list(_check_span(article, span, ("s",), None))  # type: ignore[arg-type]
    assert _span_quiet(span, body, len(body)) == (not full)


def test_a_check_registered_on_spans_still_sees_every_span() -> None:
    """Registering a check on Span turns the quick pass-over off: the check is called once per span."""
    article = structure(fixtures.data("seed-article"), Article)
    seen: list[tuple[Any, ...]] = []

    def count(_: Article, span: Span, path: tuple[Any, ...], __: Any) -> list[Problem]:
        seen.append(path)
        return []

    register_check(Span, count)
    try:
        check_article(article)
    finally:
        unregister_check(Span, count)
    assert len(seen) == _spans(article) > 100
    assert check_article(article) == []


def test_a_span_cut_inside_a_word_is_still_reported() -> None:
    """A span that matches the body but starts inside a word fails the quick test and gets its warning."""
    data = fixtures.data("seed-article")
    body = data["body"]
    start = next(i for i in range(1, len(body) - 3) if body[i - 1].isalnum() and body[i:i + 3].isalnum())
    data["actors"][0]["mentions"] = [{"start": start, "end": start + 3, "text": body[start:start + 3]}]
    problems = check_article(structure(data, Article))
    assert [(p.check, p.path) for p in problems] == [("span-word-boundary", ("actors", 0, "mentions", 0))]
