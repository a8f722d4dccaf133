"""Placing the marks of a record's markup on its sentence, where the two texts may differ.

The markup's plain text should be the sentence itself, but PLOVER coders retyped it: whitespace differs often,
words now and then. :class:`Aligner` maps offsets in the plain text onto the sentence ignoring whitespace, and
finds marked words that moved or were misspelt; :func:`locate_marks` turns every mark into an evidence span of
the sentence, reporting what it could not place or placed on a guess.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Sequence

from ...datamodel.evidence import Span
from .markup import TAGS, parse_markup, trim
from .problems import RecordProblems, shorten

__all__ = ["Aligner", "LocatedMark", "locate_marks", "opcodes"]

#: A mark placed on the sentence: its span there and its (known) tags.
LocatedMark = tuple[Span, tuple[str, ...]]


class Aligner:
    """Maps stretches of the markup's plain text onto the sentence, ignoring differences in whitespace."""

    def __init__(self, plain: str, text: str) -> None:
        self.plain = plain
        self.text = text
        self.plain_pos = [i for i, c in enumerate(plain) if not c.isspace()]
        self.text_pos = [i for i, c in enumerate(text) if not c.isspace()]
        self.plain_chars = "".join(plain[i] for i in self.plain_pos)
        self.text_chars = "".join(text[i] for i in self.text_pos)
        self.exact = self.plain_chars == self.text_chars
        self.to_text: list[int] = list(range(len(self.plain_chars)))
        self.opcodes: Sequence[tuple[str, int, int, int, int]] = ()
        if not self.exact:
            self.opcodes = opcodes(self.plain_chars, self.text_chars)
            self.to_text = [-1] * len(self.plain_chars)
            for op, i1, i2, j1, _ in self.opcodes:
                if op == "equal":
                    for k in range(i1, i2):
                        self.to_text[k] = j1 + k - i1
        # The opcodes that cover plain-text characters, by start: found by bisection, not a scan per mark.
        self._covering = [code for code in self.opcodes if code[2] > code[1]]
        self._starts = [code[1] for code in self._covering]

    def differences(self, limit: int = 3) -> list[str]:
        """Where the markup's text and the sentence differ (not counting whitespace), for messages."""
        found = []
        for op, i1, i2, j1, j2 in self.opcodes:
            if op == "equal":
                continue
            found.append(f"{self._excerpt(self.plain, self.plain_pos, i1, i2)} in the markup, "
                         f"{self._excerpt(self.text, self.text_pos, j1, j2)} in the sentence")
            if len(found) == limit:
                break
        return found

    @staticmethod
    def _excerpt(source: str, positions: list[int], k1: int, k2: int) -> str:
        """The differing characters with the word before and after them."""
        start = positions[k1] if k1 < len(positions) else len(source)
        end = positions[k2 - 1] + 1 if k2 > k1 else start
        for _ in range(2):  # back over any space, then over one word
            while start > 0 and source[start - 1].isspace() == (_ == 0):
                start -= 1
        for _ in range(2):
            while end < len(source) and source[end].isspace() == (_ == 0):
                end += 1
        return shorten(re.sub(r"\s+", " ", source[start:end].strip()), 60)

    def _approximate(self, k: int, *, at_end: bool) -> int:
        """The sentence character plain-text character ``k`` corresponds to, or its nearest guess (-1: none)."""
        at = bisect.bisect_right(self._starts, k) - 1
        if at < 0:
            return -1
        op, i1, i2, j1, j2 = self._covering[at]
        if not i1 <= k < i2:
            return -1
        if op == "equal":
            return j1 + k - i1
        if j2 == j1:  # deleted from the sentence: nearest sentence character on the inner side
            return j1 - 1 if at_end else j1
        return j1 + min(j2 - j1 - 1, (k - i1) * (j2 - j1) // (i2 - i1))

    def locate(self, start: int, end: int) -> tuple[Span | None, str]:
        """The sentence span for plain-text stretch [start, end), and how it was found.

        The second value is ``exact``, ``moved`` (the marked words are in the sentence, but not where the
        markup has them), ``approximate`` (the sentence has similar but different words there) or ``missing``.
        """
        ka = bisect.bisect_left(self.plain_pos, start)
        kb = bisect.bisect_left(self.plain_pos, end) - 1
        if ka > kb:
            return None, "missing"
        mapped = self.to_text[ka:kb + 1]
        if -1 not in mapped and mapped[-1] - mapped[0] == kb - ka:
            return self._span(mapped[0], mapped[-1]), "exact"
        needle = self.plain_chars[ka:kb + 1]
        guess_start = self._approximate(ka, at_end=False)
        guess_end = self._approximate(kb, at_end=True)
        found = [m.start() for m in re.finditer(re.escape(needle), self.text_chars)]
        if found:
            anchor = max(guess_start, 0)
            best = min(found, key=lambda j: abs(j - anchor))
            return self._span(best, best + len(needle) - 1), "moved"
        if 0 <= guess_start <= guess_end:
            candidate = self.text_chars[guess_start:guess_end + 1]
            matcher = difflib.SequenceMatcher(None, needle, candidate, autojunk=False)
            # A long stretch gets the linear estimate: ratio() is quadratic in its length.
            similar = matcher.ratio() if len(needle) * len(candidate) <= _SMALL else matcher.quick_ratio()
            if similar >= 0.75:
                return self._span(guess_start, guess_end), "approximate"
        return None, "missing"

    def _span(self, k1: int, k2: int) -> Span:
        """The sentence span from its ``k1``-th to its ``k2``-th non-space character."""
        start, end = self.text_pos[k1], self.text_pos[k2] + 1
        return Span(start=start, end=end, text=self.text[start:end])


Opcode = tuple[str, int, int, int, int]
#: Largest (len(a) × len(b)) stretch handed to difflib, which is quadratic: about 2,000 characters a side.
_SMALL = 4_000_000
_GRAM = 12  # characters in the pieces that anchor a long alignment


def opcodes(a: str, b: str) -> list[Opcode]:
    """`difflib.SequenceMatcher.get_opcodes` for ``a`` and ``b``, in near-linear time on long texts.

    The common head and tail are cut off first. What is left, when long, is split at anchors (pieces of
    `_GRAM` characters that occur once in each text, kept in the order both texts have them: patience
    diffing) and difflib aligns only the short stretches between them; a long stretch with no anchor is taken
    as replaced whole, which `Aligner.locate` then reports like any other difference.
    """
    head = 0
    limit = min(len(a), len(b))
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[len(a) - 1 - tail] == b[len(b) - 1 - tail]:
        tail += 1
    codes: list[Opcode] = [("equal", 0, head, 0, head)] if head else []
    codes.extend(_middle(a, b, head, len(a) - tail, head, len(b) - tail))
    if tail:
        codes.append(("equal", len(a) - tail, len(a), len(b) - tail, len(b)))
    return codes


def _middle(a: str, b: str, i1: int, i2: int, j1: int, j2: int) -> list[Opcode]:
    if (i2 - i1) * (j2 - j1) <= _SMALL:
        return _small(a, b, i1, i2, j1, j2)
    codes: list[Opcode] = []
    i, j = i1, j1
    for ai, bj in _anchors(a[i1:i2], b[j1:j2]):
        ai, bj = ai + i1, bj + j1
        if ai < i or bj < j:
            continue  # inside the equal run of the anchor before
        codes.extend(_small(a, b, i, ai, j, bj) if (ai - i) * (bj - j) <= _SMALL else _replaced(i, ai, j, bj))
        end = 0
        while ai + end < i2 and bj + end < j2 and a[ai + end] == b[bj + end]:
            end += 1
        codes.append(("equal", ai, ai + end, bj, bj + end))
        i, j = ai + end, bj + end
    codes.extend(_small(a, b, i, i2, j, j2) if (i2 - i) * (j2 - j) <= _SMALL else _replaced(i, i2, j, j2))
    return codes


def _small(a: str, b: str, i1: int, i2: int, j1: int, j2: int) -> list[Opcode]:
    if i1 == i2 or j1 == j2:
        return _replaced(i1, i2, j1, j2)
    matcher = difflib.SequenceMatcher(None, a[i1:i2], b[j1:j2], autojunk=False)
    return [(op, x1 + i1, x2 + i1, y1 + j1, y2 + j1) for op, x1, x2, y1, y2 in matcher.get_opcodes()]


def _replaced(i1: int, i2: int, j1: int, j2: int) -> list[Opcode]:
    if i1 == i2 and j1 == j2:
        return []
    op = "insert" if i1 == i2 else "delete" if j1 == j2 else "replace"
    return [(op, i1, i2, j1, j2)]


def _anchors(a: str, b: str) -> list[tuple[int, int]]:
    """(position in ``a``, position in ``b``) of pieces unique in both, the longest run increasing in both."""
    def unique(text: str) -> dict[str, int]:
        seen: dict[str, int] = {}
        for at in range(len(text) - _GRAM + 1):
            piece = text[at:at + _GRAM]
            seen[piece] = -1 if piece in seen else at
        return seen

    in_b = unique(b)
    pairs = [(at, in_b[piece]) for piece, at in unique(a).items() if at >= 0 and in_b.get(piece, -1) >= 0]
    pairs.sort()
    # Longest increasing subsequence of the b positions (patience sorting), kept with back links.
    tops: list[int] = []
    top_index: list[int] = []
    back: list[int] = [-1] * len(pairs)
    for index, (_, bj) in enumerate(pairs):
        pile = bisect.bisect_left(tops, bj)
        back[index] = top_index[pile - 1] if pile else -1
        if pile == len(tops):
            tops.append(bj)
            top_index.append(index)
        else:
            tops[pile] = bj
            top_index[pile] = index
    chain: list[tuple[int, int]] = []
    index = top_index[-1] if top_index else -1
    while index >= 0:
        chain.append(pairs[index])
        index = back[index]
    return chain[::-1]


def locate_marks(markup: str | None, text: str, problems: RecordProblems) -> list[LocatedMark]:
    """The marks of ``markup`` as spans of the sentence ``text``, in markup order; what cannot be placed is
    reported and left out (no markup: no marks)."""
    plain, marks = parse_markup(markup) if markup is not None else (text, [])
    aligner = Aligner(plain, text)
    if markup is not None and not aligner.exact:
        shown = "; ".join(aligner.differences())
        problems.add(("textInfo", "markup"), "markup-text", "the markup's text differs from the sentence beyond "
                     f"whitespace ({shown}); the marks are placed on the sentence")
    located: list[LocatedMark] = []
    for mark in marks:
        start, end = trim(plain, mark.start, mark.end)
        marked_text = plain[start:end]
        unknown = [t for t in mark.tags if t not in TAGS]
        if unknown:
            problems.add(("textInfo", "markup"), "markup-tag", f"mark tag(s) {', '.join(unknown)} in "
                         f"{shorten(marked_text)} are not PLOVER's SRC, TAR, EVT or LOC; ignored")
        if not mark.closed:
            problems.add(("textInfo", "markup"), "markup-unclosed", f"the mark opened before {shorten(marked_text)} "
                         "is never closed; it is taken to run to the end")
        tags = tuple(t for t in mark.tags if t in TAGS)
        if not tags:
            continue
        if start == end:
            problems.add(("textInfo", "markup"), "markup-empty", f"an empty ({'/'.join(tags)}: ) mark; ignored")
            continue
        span, how = aligner.locate(start, end)
        if span is None:
            problems.add(("textInfo", "markup"), "markup-alignment", f"the marked text {shorten(marked_text)} "
                         f"({'/'.join(tags)}) does not occur in the sentence; the mark is left out")
            continue
        if how == "approximate":
            problems.add(("textInfo", "markup"), "markup-alignment", f"the marked text {shorten(marked_text)} is "
                         f"not in the sentence; the mark is placed on the similar {shorten(span.text)} at "
                         f"{span.start}-{span.end}")
        located.append((span, tags))
    return located
