"""Finding a quoted passage in a body, and converting offsets between code points, UTF-16 and UTF-8.

A quote is located the way a W3C Web Annotation TextQuoteSelector is: by its exact text plus a little context
before (``prefix``) and after (``suffix``). Offsets here, as everywhere in newsevents, count Unicode code points
(Python string indices); the conversion helpers translate them for JavaScript and Java (UTF-16 code units) and
for Rust and Go (UTF-8 bytes).

>>> body = "Japanese officials met Japan's envoy in Japan."
>>> span_from_quote(body, "Japan", suffix="'s envoy")
Span(start=23, end=28, text='Japan')
>>> span_from_quote(body, "Japan", occurrence=1).start
40
"""

from __future__ import annotations

import unicodedata

from .evidence import Span

__all__ = [
    "QuoteAmbiguous",
    "QuoteNotFound",
    "QuoteProblem",
    "byte_offset",
    "find_quote",
    "from_byte_offset",
    "from_utf16_offset",
    "quote_context",
    "span_from_quote",
    "utf16_offset",
]


class QuoteProblem(ValueError):
    """A quote that cannot be placed in the body; ``candidates`` are the start offsets it could be at."""

    def __init__(self, message: str, text: str, candidates: tuple[int, ...]) -> None:
        super().__init__(message)
        self.text = text
        self.candidates = candidates


class QuoteNotFound(QuoteProblem):
    """The quote does not occur in the body (not even once at word boundaries)."""


class QuoteAmbiguous(QuoteProblem):
    """The quote occurs more than once and its context does not single one occurrence out."""


def _is_word(ch: str) -> bool:
    # Combining marks belong to the word they sit on: "e\u0301" is one letter to a reader.
    return ch.isalnum() or ch == "_" or unicodedata.category(ch).startswith("M")


def _occurrences(body: str, text: str) -> list[int]:
    """Every start offset of ``text`` in ``body``, overlapping ones included."""
    found, at = [], body.find(text)
    while at >= 0:
        found.append(at)
        at = body.find(text, at + 1)
    return found


def _at_boundaries(body: str, text: str, start: int, prefix: str, suffix: str) -> bool:
    """No match inside a word, unless the quote itself starts or ends mid-word (its context says so)."""
    end = start + len(text)
    if _is_word(text[0]) and start > 0 and _is_word(body[start - 1]) and not (prefix and _is_word(prefix[-1])):
        return False
    return not (_is_word(text[-1]) and end < len(body) and _is_word(body[end]) and not (suffix and _is_word(suffix[0])))


def _context_score(body: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many characters of the context agree with the body next to an occurrence (nearest first)."""
    score = 0
    for a, b in zip(reversed(prefix), reversed(body[max(0, start - len(prefix)):start]), strict=False):
        if a != b:
            break
        score += 1
    for a, b in zip(suffix, body[end:end + len(suffix)], strict=False):
        if a != b:
            break
        score += 1
    return score


def find_quote(body: str, text: str, *, prefix: str = "", suffix: str = "", occurrence: int | None = None) -> int:
    """The start offset (code points) of the quote ``text`` in ``body``.

    With ``occurrence`` (0 the first), the n-th occurrence at word boundaries. Otherwise: the one occurrence
    whose ``prefix`` + ``text`` + ``suffix`` matches the body exactly; failing that, the one occurrence whose
    surroundings agree with the most characters of the context (closest to the quote first). An occurrence
    inside a word is never taken unless the context shows the quote starts or ends mid-word. Raises
    :class:`QuoteNotFound` or :class:`QuoteAmbiguous` (with the candidate offsets) instead of guessing.
    """
    if not text:
        raise QuoteNotFound("the quote is empty", text, ())
    everywhere = _occurrences(body, text)
    candidates = [at for at in everywhere if _at_boundaries(body, text, at, prefix, suffix)]
    if not candidates:
        if everywhere:
            raise QuoteNotFound(f"{text[:60]!r} occurs only inside words (at {', '.join(map(str, everywhere[:10]))}); "
                                "give the prefix or suffix that shows it starts or ends mid-word", text, ())
        raise QuoteNotFound(f"{text[:60]!r} does not occur in the body", text, ())
    if occurrence is not None:
        if not 0 <= occurrence < len(candidates):
            raise QuoteNotFound(f"{text[:60]!r} occurs {len(candidates)} time(s); there is no occurrence "
                                f"{occurrence}", text, tuple(candidates))
        return candidates[occurrence]
    if len(candidates) == 1:
        return candidates[0]
    n = len(text)
    exact = [at for at in candidates
             if body[max(0, at - len(prefix)):at] == prefix and body[at + n:at + n + len(suffix)] == suffix
             ]
    if len(exact) == 1:
        return exact[0]
    if not exact:
        scores = {at: _context_score(body, at, at + n, prefix, suffix) for at in candidates}
        best = max(scores.values())
        nearest = [at for at, score in scores.items() if score == best]
        if best > 0 and len(nearest) == 1:
            return nearest[0]
        candidates = nearest
    else:
        candidates = exact
    raise QuoteAmbiguous(f"{text[:60]!r} occurs {len(candidates)} times and the context does not tell which: "
                         f"give more prefix or suffix", text, tuple(candidates))


def span_from_quote(body: str, text: str, *, prefix: str = "", suffix: str = "",
                    occurrence: int | None = None) -> Span:
    """A :class:`Span` for the quote ``text`` in ``body``, located by :func:`find_quote`."""
    start = find_quote(body, text, prefix=prefix, suffix=suffix, occurrence=occurrence)
    return Span(start=start, end=start + len(text), text=text)


def quote_context(body: str, start: int, end: int, width: int = 24) -> tuple[str, str]:
    """The ``width`` characters of ``body`` before ``start`` and after ``end`` (fewer at the body's edges)."""
    return body[max(0, start - width):start], body[end:end + width]


def _check_offset(text: str, offset: int) -> None:
    if not 0 <= offset <= len(text):
        raise ValueError(f"offset {offset} is outside the text (0 to {len(text)} code points)")


def utf16_offset(text: str, offset: int) -> int:
    """The UTF-16 code unit offset (JavaScript, Java) of code point offset ``offset`` in ``text``."""
    _check_offset(text, offset)
    return offset + sum(1 for ch in text[:offset] if ord(ch) > 0xFFFF)


def byte_offset(text: str, offset: int) -> int:
    """The UTF-8 byte offset (Rust, Go) of code point offset ``offset`` in ``text``."""
    _check_offset(text, offset)
    return len(text[:offset].encode("utf-8", "surrogatepass"))


def from_utf16_offset(text: str, units: int) -> int:
    """The code point offset of UTF-16 code unit offset ``units`` in ``text``; ValueError inside a pair."""
    if units < 0:
        raise ValueError(f"UTF-16 offset {units} is negative")
    seen = 0
    for index, ch in enumerate(text):
        if seen == units:
            return index
        seen += 2 if ord(ch) > 0xFFFF else 1
        if seen > units:
            raise ValueError(f"UTF-16 offset {units} falls inside the surrogate pair of code point {index}")
    if seen == units:
        return len(text)
    raise ValueError(f"UTF-16 offset {units} is past the end of the text ({seen} code units)")


def from_byte_offset(text: str, byte_offset: int) -> int:
    """The code point offset of UTF-8 byte offset ``byte_offset`` in ``text``; ValueError inside a character."""
    data = text.encode("utf-8", "surrogatepass")
    if not 0 <= byte_offset <= len(data):
        raise ValueError(f"UTF-8 offset {byte_offset} is outside the text (0 to {len(data)} bytes)")
    if byte_offset < len(data) and data[byte_offset] & 0xC0 == 0x80:
        raise ValueError(f"UTF-8 offset {byte_offset} falls inside a character")
    return len(data[:byte_offset].decode("utf-8", "surrogatepass"))
