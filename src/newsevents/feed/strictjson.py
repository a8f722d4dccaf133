"""Strict JSON reading: RFC 8259 text in UTF-8, where every deviation is a problem and nothing changes silently.

Two parsers share the job. orjson reads every record; it is fast and strict about syntax and encoding, but it
keeps the last of duplicate keys, turns integers beyond 64 bits into floats and nonzero numbers too small for a
double into 0.0. Cheap byte-level evidence (below) says when a record might contain one of those; only then is it
re-read by the standard library parser with hooks that see every member and every number literal, which also
explains, with a line and column, every record orjson rejects. The evidence never misses: see `suspicious`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import chain
from typing import Any

import attrs
import orjson

from ..datamodel.problems import PathPart, Problem, json_path
from ..schema.bounds import MAX_SAFE_INTEGER

__all__ = [
    "INPUT",
    "MAX_DEPTH",
    "MAX_SAFE_INTEGER",
    "RENDER_LIMIT",
    "Parsed",
    "depth_exceeds",
    "diagnose",
    "duplicate_evidence",
    "number_evidence",
    "parse",
    "text_depth_exceeds",
]

#: Layer of the problems found while reading bytes as JSON (before any schema is involved).
INPUT = "input"
#: Default limit on nesting (arrays and objects inside each other). Articles need about ten levels.
MAX_DEPTH = 64

#: Records larger than this (bytes) are checked for dropped members by counting colons in the value rather than
#: in a second rendering of it, and scanned for long integers piece by piece: a huge record is then held about
#: twice (its text and its value), not four times.
RENDER_LIMIT = 1 << 20

_DIGITS_TO_NINE = bytes.maketrans(b"0123456789", b"9999999999")
_SIXTEEN_DIGITS = b"9" * 16
_SIXTEEN_ZEROS = b"0" * 16
_ESCAPED_COLON = b"\\u003"
_SURROGATE = re.compile("[\ud800-\udfff]")
_NONZERO_DIGIT = re.compile(r"[1-9]")
_FRACTION_DIGITS = re.compile(rb"\.[0-9]{15}")
_DIGIT_BYTES = frozenset(b"0123456789")


@attrs.frozen
class Parsed:
    """The outcome of reading one JSON text: a value, or the problems that stopped it.

    ``readable`` is false when no JSON value could be read at all (syntax, encoding, emptiness, depth); when it
    is true but there are problems, the text is JSON but breaks a rule the data must keep (a duplicate key, a
    number a double cannot hold, a lone surrogate) and ``value`` is None.
    """

    value: Any
    problems: tuple[Problem, ...] = ()
    readable: bool = True
    line: int | None = None  # where in the text the first problem is, when that is known
    #: With problems from a readable text: the careful parser's reading, flagged nodes and all. Parts without
    #: problems are sound (a top-level array's clean elements can still be checked).
    partial: Any = attrs.field(default=None, eq=False, repr=False)


def _problem(message: str, check: str, path: tuple[PathPart, ...] = ()) -> Problem:
    return Problem(path=path, message=message, check=check, layer=INPUT)


def _unreadable(message: str, check: str, line: int | None = None) -> Parsed:
    return Parsed(None, (_problem(message, check),), readable=False, line=line)


def _rendering(value: Any) -> bytes | None:
    try:
        return orjson.dumps(value)
    except orjson.JSONEncodeError:  # nested beyond orjson's writing limit (255): far too deep anyway
        return None


def duplicate_evidence(raw: bytes | bytearray, value: Any, rendered: bytes | None = None) -> bool:
    """Whether ``raw`` may hold an object with a repeated key that orjson silently merged into ``value``.

    Each object member in the text has exactly one colon outside strings; orjson writes every member it kept
    with one colon and copies the colons inside strings literally. So, when no colon is written as an escape
    (``\\u003a``), the text has more colons than orjson's rendering of the value exactly when members were
    dropped. The escape case is left to the careful parser.
    """
    if _ESCAPED_COLON in raw:
        return True
    if rendered is None and len(raw) > RENDER_LIMIT:
        colons = _rendered_colons(value)  # counted, not rendered: a large document is not held twice
        return colons < 0 or raw.count(b":") != colons
    rendered = rendered if rendered is not None else _rendering(value)
    return rendered is None or raw.count(b":") != rendered.count(b":")


def number_evidence(raw: bytes | bytearray, *, integers: bool = True) -> bool:
    """Whether ``raw`` may hold a number orjson changes.

    - A nonzero number below the smallest double reads as 0.0. Its literal needs an exponent of -100 or less
      (``e-`` and three digits) or a run of 16 zeros: both are cheap to look for.
    - An integer beyond 2^53 reads exactly but most JSON consumers round it; beyond 64 bits orjson makes it a
      float. Either needs 16 digits in a row. Looking for that costs a pass over the text, so the caller may
      skip it (``integers=False``) when the schema rejects such numbers anyway (`newsevents.schema.bounds`).

    Digits inside strings can raise false alarms, which only cost a careful re-read.
    """
    if _SIXTEEN_ZEROS in raw:
        return True
    for marker in (b"e-", b"E-"):
        at = raw.find(marker)
        while at >= 0:
            if len(raw[at + 2:at + 5]) == 3 and raw[at + 2:at + 5].isdigit():
                return True
            at = raw.find(marker, at + 2)
    for found in _FRACTION_DIGITS.finditer(raw):
        # 16 significant digits or more: a double may read a fraction as a whole number. Found from the point
        # (a literal the regex engine scans for quickly; prose is full of points but rarely of 15 digits after
        # one), then the digit before it looked at: what ``[0-9]\.[0-9]{15}`` finds, ten times faster.
        if found.start() and raw[found.start() - 1] in _DIGIT_BYTES:
            return True
    if not integers:
        return False
    if len(raw) <= RENDER_LIMIT:
        return _SIXTEEN_DIGITS in raw.translate(_DIGITS_TO_NINE)
    step, overlap = max(RENDER_LIMIT, 1), len(_SIXTEEN_DIGITS) - 1  # a run across two pieces is in the overlap
    return any(_SIXTEEN_DIGITS in raw[start:start + step + overlap].translate(_DIGITS_TO_NINE)
               for start in range(0, len(raw), step))


def _rendered_colons(value: Any) -> int:
    """The colons orjson's rendering of ``value`` would hold: one per member, plus those inside strings, which
    it never escapes; -1 when the value is nested deeper than orjson writes."""
    colons = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            colons += node.count(":")
        elif isinstance(node, dict | list):
            if depth > 255:
                return -1
            if isinstance(node, dict):
                colons += len(node) + sum(key.count(":") for key in node)
                node = node.values()
            stack.extend((child, depth + 1) for child in node)
    return colons


def parse(raw: bytes | bytearray, *, max_depth: int = MAX_DEPTH, check_integers: bool = True) -> Parsed:
    """Read one JSON text strictly: orjson first, the careful parser when orjson fails or evidence says so.

    A text that is byte for byte orjson's own rendering of the value it read (compact feeds written by orjson,
    ``JSON.stringify`` or ``json.dumps`` with compact separators mostly are) can have lost nothing: no member
    was dropped and no number changed, except that an integer beyond 2^53 keeps its digits. Other texts go
    through the evidence checks.

    The caller checks nesting depth (`depth_exceeds`) where the schema does not already bound it, and may skip
    the evidence for long integers (``check_integers=False``) where the schema rejects them anyway; it must then
    look for them (`number_evidence`) before explaining a rejected record.
    """
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        return diagnose(raw, max_depth=max_depth, fast_error=exc)
    if len(raw) > RENDER_LIMIT:
        colons = _rendered_colons(value)
        suspect = (_ESCAPED_COLON in raw or colons < 0 or raw.count(b":") != colons
                   or number_evidence(raw, integers=check_integers))
        return diagnose(raw, max_depth=max_depth) if suspect else Parsed(value)
    rendered = _rendering(value)
    if rendered == raw:
        suspect = check_integers and _SIXTEEN_DIGITS in raw.translate(_DIGITS_TO_NINE)
    else:
        suspect = duplicate_evidence(raw, value, rendered) or number_evidence(raw, integers=check_integers)
    return diagnose(raw, max_depth=max_depth) if suspect else Parsed(value)


# --- the careful parser -------------------------------------------------------------------------------------


class _Marked:
    """A value the careful parser flags; it takes the place of the value in the tree so the walk finds its path."""

    __slots__ = ("check", "message")

    def __init__(self, message: str, check: str) -> None:
        self.message = message
        self.check = check


class _Members(dict[str, Any]):
    """An object whose text repeated some keys (the dict keeps the last value, as every parser does)."""

    __slots__ = ("repeated",)
    repeated: list[str]


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) == len(pairs):
        return result
    marked = _Members(result)
    seen: set[str] = set()
    marked.repeated = []
    for key, _ in pairs:
        if key in seen:
            marked.repeated.append(key)
        seen.add(key)
    return marked


def _integer(text: str) -> Any:
    number = int(text)
    if -MAX_SAFE_INTEGER <= number <= MAX_SAFE_INTEGER:
        return number
    shown = text if len(text) <= 40 else text[:20] + "..." + text[-10:]
    return _Marked(f"integer {shown} is beyond ±(2^53 - 1) and would lose precision in most JSON consumers",
                   "number-precision")


def _float(text: str) -> Any:
    number = float(text)
    shown = text if len(text) <= 40 else text[:20] + "..." + text[-10:]
    if number in (float("inf"), float("-inf")):
        return _Marked(f"number {shown} is too large for a double (it would read as infinity)", "number-range")
    if number == 0.0 and _NONZERO_DIGIT.search(text.split("e")[0].split("E")[0]):
        return _Marked(f"number {shown} is too small for a double (it would read as 0)", "number-range")
    if number.is_integer() and number != 0.0:
        exact = Decimal(text)
        if exact != exact.to_integral_value():
            # 107.00000000000000001 reads as 107.0, which an integer member would take as 107: not silently.
            return _Marked(f"number {shown} is not an integer, but a double reads it as {number!r}: its "
                           "fraction would be lost", "number-precision")
    return number


def _constant(name: str) -> Any:
    return _Marked(f"{name} is not a JSON number (JSON has no NaN or infinities)", "non-finite")


_DECODER = json.JSONDecoder(object_pairs_hook=_object, parse_int=_integer, parse_float=_float,
                            parse_constant=_constant)


def _line_column(text: bytes | bytearray | str, offset: int) -> tuple[int, int]:
    newline = "\n" if isinstance(text, str) else b"\n"
    line = text.count(newline, 0, offset) + 1  # type: ignore[arg-type]
    start = text.rfind(newline, 0, offset) + 1  # type: ignore[arg-type]
    return line, offset - start + 1


def _encoding_problem(raw: bytes | bytearray) -> Parsed | None:
    if raw.startswith(b"\xef\xbb\xbf"):
        return _unreadable("the text starts with a UTF-8 byte-order mark (BOM); JSON must not have one "
                           "(RFC 8259 §8.1): save it as UTF-8 without a BOM", "bom", 1)
    # JSON text starts with an ASCII character, so a NUL among the first two bytes means UTF-16 or UTF-32.
    if len(raw) >= 2 and 0 in raw[:2]:
        return _unreadable("the text looks like UTF-16 or UTF-32 (or binary data); JSON exchanged between "
                           "systems must be UTF-8 (RFC 8259 §8.1)", "encoding", 1)
    zero = raw.find(b"\0")
    if zero >= 0:
        line, column = _line_column(raw, zero)
        return _unreadable(f"binary data: a NUL byte at line {line}, column {column}", "encoding", line)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _line_column(raw, exc.start)
        return _unreadable(f"not valid UTF-8: byte 0x{raw[exc.start]:02X} at line {line}, column {column} "
                           f"({exc.reason})", "encoding", line)
    return None


def diagnose(raw: bytes | bytearray, *, max_depth: int = MAX_DEPTH, fast_error: Exception | None = None) -> Parsed:
    """Read ``raw`` with the careful parser and say precisely what, if anything, is wrong with it."""
    if not raw.strip(b" \t\r\n"):
        return _unreadable("empty: there is no JSON value here", "empty", 1)
    encoding = _encoding_problem(raw)
    if encoding is not None:
        return encoding
    text = raw.decode("utf-8")
    try:
        value = _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        what = "truncated: the text ends inside a value" if exc.pos >= len(text.rstrip()) else exc.msg
        return _unreadable(f"invalid JSON at line {exc.lineno}, column {exc.colno}: {what}", "syntax", exc.lineno)
    except RecursionError:
        return _unreadable(f"nested deeper than the limit of {max_depth} levels", "depth")
    problems: list[Problem] = []
    for path, node in _walk(value, max_depth):
        if node is _TOO_DEEP:
            return _unreadable(f"nested deeper than the limit of {max_depth} levels (at {json_path(path)})", "depth")
        if isinstance(node, _Marked):
            problems.append(_problem(node.message, node.check, path))
        elif isinstance(node, str):
            if _SURROGATE.search(node):
                problems.append(_problem("the string has a lone UTF-16 surrogate escape (\\ud800-\\udfff without "
                                         "its pair), which is not a Unicode character", "surrogate", path))
        elif isinstance(node, _Members):
            for key in sorted(set(node.repeated)):
                problems.append(_problem(f"key {key!r} appears more than once in this object; parsers disagree "
                                         "on which value wins, so the data is ambiguous", "duplicate-key", path))
    if problems:
        return Parsed(None, tuple(problems), partial=value)
    if fast_error is not None:
        # orjson refused the text for a reason the careful parser does not share: say what orjson said.
        message = str(fast_error).split(": line ")[0]
        return _unreadable(f"invalid JSON: {message}", "syntax")
    return Parsed(value)


_TOO_DEEP = object()


def _walk(value: Any, max_depth: int) -> Iterator[tuple[tuple[PathPart, ...], Any]]:
    """Every node under ``value`` (keys included, as strings at their object's path) with its path, without
    recursion; yields `_TOO_DEEP` once and stops if the nesting exceeds ``max_depth``."""
    stack: list[tuple[tuple[PathPart, ...], Any, int]] = [((), value, 0)]
    while stack:
        path, node, depth = stack.pop()
        if isinstance(node, dict):
            if depth >= max_depth:
                yield path, _TOO_DEEP
                return
            yield path, node
            for key, item in node.items():
                yield path, key
                stack.append(((*path, key), item, depth + 1))
        elif isinstance(node, list):
            if depth >= max_depth:
                yield path, _TOO_DEEP
                return
            for index, item in enumerate(node):
                stack.append(((*path, index), item, depth + 1))
        else:
            yield path, node


#: A JSON string, as runs of plain bytes between escapes: a group repeated once per byte would make the regex
#: engine keep state per byte (a 5 MB string cost 600 MB).
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = bytes(set(range(256)) - set(b"[]{}"))
_SQUARE = bytes.maketrans(b"{}", b"[]")


def text_depth_exceeds(raw: bytes, max_depth: int = MAX_DEPTH) -> bool:
    """`depth_exceeds` for the value ``raw`` (valid JSON) holds, read from the text: the strings dropped, only
    the brackets kept (objects' as arrays', since both count alike), then the innermost pairs taken away one
    level at a time (each ``[]`` is one). Every step runs in C, so millions of small objects cost a fraction of
    a second and no more memory than a copy of the text."""
    brackets = _STRING.sub(b"", raw).translate(_SQUARE, _NOT_BRACKET)
    for _ in range(max_depth):
        if not brackets:
            return False
        brackets = brackets.replace(b"[]", b"")
    return bool(brackets)


def depth_exceeds(value: Any, max_depth: int = MAX_DEPTH) -> bool:
    """Whether ``value`` nests arrays and objects more than ``max_depth`` levels deep (checked without recursion).

    Level by level, with the per-node work in comprehensions and `chain`: a line of millions of empty objects
    is walked in about a second rather than half a minute.
    """
    level = [value] if isinstance(value, dict | list) else []
    for _ in range(max_depth):
        if not level:
            return False
        dicts = [node for node in level if isinstance(node, dict)]
        lists = [node for node in level if not isinstance(node, dict)]
        level = [child for child in chain(chain.from_iterable(map(dict.values, dicts)), chain.from_iterable(lists))
                 if isinstance(child, dict | list)]
    return bool(level)
