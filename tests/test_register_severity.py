"""Severities of problems from checks registered with register_check."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import newsevents as ne
from newsevents import fixtures


def _flag_first_actor(article: Any, actor: ne.Actor, path: Any, index: Any) -> Iterator[ne.Problem]:
    if actor.id == article.actors[0].id:
        yield ne.Problem(path=path, message="flagged", check="acme.flag", layer="semantic")


def _warn_first_actor(article: Any, actor: ne.Actor, path: Any, index: Any) -> Iterator[ne.Problem]:
    if actor.id == article.actors[0].id:
        yield ne.Problem(path=path, message="flagged", check="acme.warn", layer="semantic", severity="warning")


def _problems_with(check: Any, **options: Any) -> list[ne.Problem]:
    ne.register_check(ne.Actor, check, **options)
    try:
        return [p for p in ne.validate(fixtures.data("seed-article")) if p.check.startswith("acme.")]
    finally:
        ne.unregister_check(ne.Actor, check)


def test_problems_keep_the_severity_they_are_made_with() -> None:
    """An extension check's problem is an error by default, and a warning when it says so."""
    assert [p.severity for p in _problems_with(_flag_first_actor)] == ["error"]
    assert [p.severity for p in _problems_with(_warn_first_actor)] == ["warning"]


def test_registering_with_a_severity_gives_every_problem_that_one() -> None:
    """severity= at registration turns an error-making check into advice, or a warning-making one into errors."""
    assert [(p.check, p.severity) for p in _problems_with(_flag_first_actor, severity="warning")] == [
        ("acme.flag", "warning")]
    assert [p.severity for p in _problems_with(_warn_first_actor, severity="error")] == ["error"]


def test_a_check_registered_as_a_warning_does_not_fail_ensure_valid() -> None:
    """Warnings from an extension check leave the document valid for ensure_valid, as built-in warnings do."""
    ne.register_check(ne.Actor, _flag_first_actor, severity="warning")
    try:
        assert ne.ensure_valid(fixtures.data("seed-article")) is not None
    finally:
        ne.unregister_check(ne.Actor, _flag_first_actor)
    assert _problems_with(_flag_first_actor)[0].severity == "error"  # unregistered: the wrapper is gone too


def test_an_unknown_severity_is_refused_at_registration() -> None:
    """Only 'error' and 'warning' are severities; anything else is a ValueError when registering."""
    with pytest.raises(ValueError, match="severity must be"):
        ne.register_check(ne.Actor, _flag_first_actor, severity="fatal")
