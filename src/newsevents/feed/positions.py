"""Where in a JSON text a problem is: line and column numbers for JSON paths.

A document edited by hand is a multi-line file, and an editor goes to ``file:line:column`` where a JSON path
has to be followed by eye. The text is tokenised with one regular expression (the scan runs in C) and walked once
for all of a record's problems; only records with problems pay for it. Lines and columns count from 1, columns
in characters. A member is located at its key, an array item at its first character; a path the text does not
have (a missing member) at the nearest enclosing value that it does.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from ..datamodel.problems import PathPart, Problem

__all__ = ["locate", "with_positions"]

Path = tuple[PathPart, ...]
#: Strings, punctuation, and the rest (numbers, true, false, null); whitespace falls between the matches. A
#: string is matched as runs of plain characters between escapes: a group repeated once per character would
#: make the regex engine keep state per character (a 5 MB string cost 600 MB).
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\],:]|[^\s{}\[\],:"]+')


def locate(text: str, paths: Iterable[Path]) -> dict[Path, tuple[int, int]]:
    """(line, column) of each of ``paths`` in the JSON ``text``, or of its nearest enclosing value the text has;
    paths that cannot be placed at all (text that is not JSON) are left out."""
    wanted = set(paths)
    prefixes = {path[:i] for path in wanted for i in range(len(path) + 1)}
    offsets: dict[Path, int] = {}
    tokens = _TOKEN.finditer(text)
    with contextlib.suppress(StopIteration, ValueError, RecursionError):  # not JSON: place what was placed
        _walk(tokens, next(tokens), (), prefixes, offsets)
    found: dict[Path, tuple[int, int]] = {}
    for path in wanted:
        known = next((path[:i] for i in range(len(path), -1, -1) if path[:i] in offsets), None)
        if known is not None:
            found[path] = _line_column(text, offsets[known])
    return found


def _walk(tokens: Iterator[re.Match[str]], first: re.Match[str], path: Path, prefixes: set[Path],
          offsets: dict[Path, int]) -> None:
    """Walk the value that starts with token ``first``, noting the offsets of ``prefixes`` met on the way."""
    if path in prefixes and path not in offsets:
        offsets[path] = first.start()
    opening = first.group()
    if opening == "{":
        token = next(tokens)
        while token.group() != "}":
            key = json.loads(token.group())
            member = (*path, key)
            if member in prefixes:
                offsets[member] = token.start()  # at the key: where the member is written
            next(tokens)  # the colon
            _walk(tokens, next(tokens), member, prefixes, offsets)
            token = next(tokens)
            if token.group() == ",":
                token = next(tokens)
    elif opening == "[":
        token = next(tokens)
        index = 0
        while token.group() != "]":
            _walk(tokens, token, (*path, index), prefixes, offsets)
            index += 1
            token = next(tokens)
            if token.group() == ",":
                token = next(tokens)


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def with_positions(problems: Iterable[Problem], raw: bytes, first_line: int = 1) -> list[Problem]:
    """``problems`` with the line and column of each in ``raw`` (whose first line is ``first_line`` of its
    file); problems that cannot be placed are kept as they are."""
    listed = list(problems)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return listed
    places = locate(text, (p.path for p in listed))
    placed: list[Problem] = []
    for problem in listed:
        place: Any = places.get(problem.path)
        if place is None:
            placed.append(problem)
        else:
            placed.append(attrs.evolve(problem, line=place[0] + first_line - 1, column=place[1]))
    return placed
