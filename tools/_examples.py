"""What the example-fixture builders share: locating spans in a body, and writing or checking the files.

Each ``build_<part>_fixtures.py`` codes its stories as model objects and hands them to `write_or_check`, which
refuses an article with problems, writes ``src/newsevents/fixtures/<name>.json`` byte for byte the same on every
platform, or with ``--check`` reports which committed file differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

from newsevents import Article, Span, check_article, unstructure

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "src" / "newsevents" / "fixtures"


class Body:
    """An article body and the spans in it, found by their text (a passage that is not there stops the build)."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __call__(self, passage: str, occurrence: int = 0) -> Span:
        """The ``occurrence``-th (0-based) occurrence of ``passage``."""
        position = -1
        for _ in range(occurrence + 1):
            position = self.text.find(passage, position + 1)
            if position < 0:
                raise LookupError(f"occurrence {occurrence} of {passage!r} is not in the body")
        return Span(start=position, end=position + len(passage), text=passage)

    def ev(self, *passages: str) -> tuple[Span, ...]:
        """The first occurrence of each passage."""
        return tuple(self(passage) for passage in passages)


def render(article: Article) -> str:
    """A fixture file's exact text."""
    return json.dumps(unstructure(article), indent=2, ensure_ascii=False) + "\n"


def write_or_check(stories: Mapping[str, Callable[[], Article]], script: str, description: str | None,
                   argv: list[str] | None = None) -> int:
    """Write each story's fixture, or with ``--check`` exit 1 when a committed one is missing or differs; exit 2
    when a story's article has problems (nothing is written then)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if a committed fixture differs from what would be written")
    args = parser.parse_args(argv)
    status = 0
    for name, build in stories.items():
        article = build()
        problems = check_article(article)
        if problems:
            for problem in problems:
                print(f"{name}: {problem}", file=sys.stderr)
            return 2
        target, expected = FIXTURES / f"{name}.json", render(article)
        if args.check:
            actual = target.read_bytes().decode("utf-8") if target.exists() else None
            if actual != expected:
                print(f"{target.relative_to(ROOT)} is {'missing' if actual is None else 'out of date'}; run "
                      f"python tools/{script}", file=sys.stderr)
                status = 1
            continue
        # newline="\n": the same bytes on every platform, so --check agrees everywhere.
        with open(target, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(expected)
        print(f"wrote {target.relative_to(ROOT)}")
    return status
