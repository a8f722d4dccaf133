"""PLOVER's text markup: reading ``(SRC: …)``-style marks out of a sentence, writing them in, and its canonical
spelling.

``textInfo.markup`` is the sentence with the stretches that name the source ``(SRC: …)``, the target
``(TAR: …)``, both ``(SRC/TAR: …)``, the event ``(EVT: …)`` and its location ``(LOC: …)`` marked. Offsets here
are into the markup's *plain text* (the markup with the marks taken out); placing them on the record's sentence
is :mod:`.alignment`'s job.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Final

import attrs

__all__ = [
    "EVENT",
    "LOCATION",
    "SOURCE",
    "TAGS",
    "TARGET",
    "Mark",
    "normalise_markup",
    "parse_markup",
    "render_markup",
    "trim",
]

SOURCE: Final = "SRC"
TARGET: Final = "TAR"
EVENT: Final = "EVT"
LOCATION: Final = "LOC"
#: The tags PLOVER defines, in the order a joined mark lists them.
TAGS: Final = (SOURCE, TARGET, EVENT, LOCATION)
_OPENER = re.compile(r"\(\s*([A-Z]{2,5}(?:\s*/\s*[A-Z]{2,5})*)\s*:[ \t]*")


@attrs.frozen
class Mark:
    """A marked stretch: its tags and its offsets in the markup with the marks taken out."""

    tags: tuple[str, ...]
    start: int
    end: int
    closed: bool = True


def parse_markup(markup: str) -> tuple[str, list[Mark]]:
    """Split markup into its plain text and its marks (nested marks allowed, plain brackets kept)."""
    out: list[str] = []
    stack: list[list[Any]] = []  # [tags, start, depth of plain brackets opened inside]
    marks: list[Mark] = []
    i = 0
    while i < len(markup):
        char = markup[i]
        if char == "(":
            opener = _OPENER.match(markup, i)
            if opener:
                tags = tuple(tag.strip() for tag in opener.group(1).split("/"))
                stack.append([tags, len(out), 0])
                i = opener.end()
                continue
            if stack:
                stack[-1][2] += 1
            out.append(char)
        elif char == ")" and stack:
            if stack[-1][2]:
                stack[-1][2] -= 1
                out.append(char)
            else:
                tags, start, _ = stack.pop()
                marks.append(Mark(tags, start, len(out)))
        else:
            out.append(char)
        i += 1
    plain = "".join(out)
    marks.extend(Mark(tags, start, len(plain), closed=False) for tags, start, _ in reversed(stack))
    return plain, sorted(marks, key=lambda m: (m.start, -m.end))


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch [start, end) of ``text`` without the whitespace at its edges."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _tag_key(tag: str) -> tuple[int, str]:
    """Sort key putting PLOVER's tags in their order (SRC, TAR, EVT, LOC) and any others after them."""
    return (TAGS.index(tag) if tag in TAGS else len(TAGS), tag)


def render_markup(text: str, marks: Iterable[tuple[int, int, Iterable[str]]]) -> tuple[str, list[tuple[int, int]]]:
    """Write ``text`` with marks inserted; marks over the same stretch become one mark with joined tags.

    Returns the markup and the stretches left out because they cross another mark (brackets must nest).
    """
    merged: dict[tuple[int, int], set[str]] = {}
    for start, end, tags in marks:
        if start < end:
            merged.setdefault((start, end), set()).update(tags)
    out: list[str] = []
    open_ends: list[int] = []
    crossing: list[tuple[int, int]] = []
    pos = 0

    def close_until(limit: int) -> None:
        """Write the text up to each open mark that ends by ``limit``, and its closing bracket."""
        nonlocal pos
        while open_ends and open_ends[-1] <= limit:
            end = open_ends.pop()
            out.append(text[pos:end])
            out.append(")")
            pos = end

    for (start, end), tags in sorted(merged.items(), key=lambda item: (item[0][0], -item[0][1])):
        close_until(start)
        if open_ends and end > open_ends[-1]:
            crossing.append((start, end))
            continue
        out.append(text[pos:start])
        out.append("(" + "/".join(sorted(tags, key=_tag_key)) + ": ")
        pos = start
        open_ends.append(end)
    close_until(len(text))
    out.append(text[pos:])
    return "".join(out), crossing


def normalise_markup(markup: str) -> str:
    """The canonical spelling of a markup string, for comparing two markups of the same sentence.

    Runs of whitespace become one space; a mark's text has no space at its edges and one space after the
    tag's colon; marks over the same stretch are written as one mark with their tags joined by ``/`` in the
    order SRC, TAR, EVT, LOC (PLOVER writes both ``(SRC/LOC: …)`` and ``(LOC: (TAR: …))``); empty marks are
    dropped. The words, punctuation and brackets of the text itself are left as they are.
    """
    plain, marks = parse_markup(markup)
    trimmed = [(*trim(plain, m.start, m.end), m.tags) for m in marks]
    rendered, _ = render_markup(plain, trimmed)
    return re.sub(r"\s+", " ", rendered)
