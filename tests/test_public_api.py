"""The public face: every name `newsevents` and `newsevents.feed` export, with its signature, against a snapshot.

A change to the public API shows up here as a diff of tests/data/public_api.txt; regenerate it with
``NEWSEVENTS_UPDATE_SNAPSHOT=1 python -m pytest tests/test_public_api.py`` and review the diff like code.
"""

from __future__ import annotations

import enum
import inspect
import os
import re
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import newsevents
from newsevents import feed

from ._paths import TESTS

SNAPSHOT = TESTS / "data" / "public_api.txt"


def _describe(name: str, value: Any) -> str:
    if isinstance(value, type) and issubclass(value, enum.Enum):
        return f"enum {name}: {', '.join(repr(member.value) for member in value)}"
    if isinstance(value, type):
        try:
            signature = str(inspect.signature(value))
        except (TypeError, ValueError):
            signature = "(...)"
        return f"class {name}{signature}"
    if typing.get_origin(value) is not None:
        return f"type {name} = {value!r}"
    if callable(value):
        return f"def {name}{inspect.signature(value)}"
    if isinstance(value, str | int):
        return f"{name}: {type(value).__name__} = {value!r}"
    return f"{name}: {type(value).__name__}"  # data such as TAXONOMY: its contents are tested elsewhere


def _face(module: ModuleType) -> list[str]:
    return [_describe(name, getattr(module, name)) for name in module.__all__]


def _snapshot() -> str:
    lines = ["# newsevents", *_face(newsevents), "", "# newsevents.feed", *_face(feed)]
    return "\n".join(lines) + "\n"


def _isort_key(name: str) -> tuple[int, list[tuple[int, str]]]:
    """The order ruff keeps `__all__` in: CONSTANTS, then Classes, then functions, each in natural order (digits
    compare as numbers, so utf8 comes before utf16)."""
    parts = [(int(piece), "") if piece.isdigit() else (-1, piece) for piece in re.split(r"(\d+)", name) if piece]
    return (0 if name.isupper() else 1 if name[0].isupper() else 2, parts)


def test_all_is_sorted_and_complete() -> None:
    """Each public `__all__` is sorted, has no repeats, and names only what the module has."""
    for module in (newsevents, feed):
        assert list(module.__all__) == sorted(set(module.__all__), key=_isort_key), module.__name__
        assert all(hasattr(module, name) for name in module.__all__), module.__name__


def test_public_names_and_signatures_match_the_snapshot() -> None:
    """The exported names and their signatures are exactly the reviewed snapshot."""
    current = _snapshot()
    if os.environ.get("NEWSEVENTS_UPDATE_SNAPSHOT"):
        SNAPSHOT.write_text(current, encoding="utf-8")
    assert SNAPSHOT.read_text(encoding="utf-8") == current, "public API changed: see the module docstring"


def test_help_shows_each_member_with_its_type_and_description() -> None:
    """help() and editors show every member's declared type and description on the constructor, not `Any`."""
    import pydoc

    text = pydoc.render_doc(newsevents.Article, renderer=pydoc.plaintext)
    assert "actors: tuple[Actor, ...] (optional)" in text
    assert "BCP 47 language tag of the body." in text
    signature = inspect.signature(newsevents.Article)
    assert signature.parameters["actors"].annotation == "tuple[Actor, ...]"
    assert "Any" not in str(signature)


def test_type_checkers_see_articles(tmp_path: Path) -> None:
    """mypy sees `ensure_valid` and `feed.iter_articles` return articles (not Any) unless `type=` says otherwise."""
    import subprocess
    import sys

    probe = tmp_path / "probe.py"
    probe.write_text("import newsevents\nfrom newsevents import feed\n"
                     "reveal_type(newsevents.ensure_valid({}))\n"
                     "reveal_type(newsevents.ensure_valid({}, type='event'))\n"
                     "for item in feed.iter_articles('x.jsonl'):\n    reveal_type(item)\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(probe)],
                          capture_output=True, text=True, check=False, cwd=tmp_path)
    revealed = [line.split("Revealed type is ")[1] for line in done.stdout.splitlines() if "Revealed type" in line]
    assert revealed == ['"newsevents.datamodel.article.Article"', '"Any"', '"newsevents.datamodel.article.Article"']
