"""The checker pauses the cyclic garbage collector while it checks a record, and leaves it as it found it."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsevents import Article, fixtures, register_check, unregister_check
from newsevents.feed import iter_results


@pytest.fixture
def seen_during_checks() -> Iterator[list[bool]]:
    """Whether the collector was on, as seen by a semantic check, once per checked article."""
    seen: list[bool] = []

    def note(*_: Any) -> list[Any]:
        seen.append(gc.isenabled())
        return []

    register_check(Article, note)
    try:
        yield seen
    finally:
        unregister_check(Article, note)


def _feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([json.dumps(fixtures.data("seed-article"))] * 3 + ["{broken"]) + "\n")
    return path


def test_paused_while_checking_and_on_again_after(tmp_path: Path, seen_during_checks: list[bool]) -> None:
    assert gc.isenabled()
    statuses = []
    for result in iter_results(_feed(tmp_path)):
        statuses.append(result.status)
        assert gc.isenabled()  # the caller's code between records runs with it on
    assert statuses == ["valid", "valid", "valid", "unreadable"]
    assert seen_during_checks == [False, False, False]
    assert gc.isenabled()


def test_a_caller_that_turned_it_off_keeps_it_off(tmp_path: Path, seen_during_checks: list[bool]) -> None:
    gc.disable()
    try:
        assert [r.status for r in iter_results(_feed(tmp_path))] == ["valid", "valid", "valid", "unreadable"]
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert seen_during_checks == [False, False, False]


def test_on_again_after_a_check_that_fails(tmp_path: Path) -> None:
    def broken(*_: Any) -> list[Any]:
        raise RuntimeError("a check with a bug")

    register_check(Article, broken)
    try:
        results = list(iter_results(_feed(tmp_path)))
    finally:
        unregister_check(Article, broken)
    assert [r.status for r in results][:3] == ["invalid"] * 3
    assert "a check with a bug" in results[0].problems[0].message
    assert gc.isenabled()
