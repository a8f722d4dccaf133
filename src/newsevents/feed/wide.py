"""Large records with a very wide object, read without building that object whole.

Parsed, an object costs many times its text: 200,000 members of a few bytes each (3.6 MB of text) become about
30 MB of dict, names and values, and orjson holds more than that while it reads. No object of the model has more
than a few dozen members, so every object of more than `WIDE` members is refused for its unknown members, and
the report names at most `UNKNOWN_LISTED` of them (the first by name) and counts the rest at the object.

So a record over `RENDER_LIMIT` bytes that holds such an object is checked from a narrowed copy of its text: each
wide object keeps the members whose names some shipped schema knows, and the `UNKNOWN_LISTED` + 1 first (by
name) of the others, which are all the report names; the members left out are still read, a chunk at a time, so
that a syntax or encoding fault or a repeated name among them is found, but never held all at once. The checker
adds the members left out to the count the report gives for that object (`with_counts`); every other problem is
about members the copy keeps, so the report is the one the whole record gets.

Whatever the narrowing cannot vouch for makes it give up, and the record is read whole as before: numbers orjson
would change, nesting beyond the limit, text that is not JSON, a name given twice in a wide object. So does a fault
the reading finds in the narrowed copy, so that its line and column are those of the user's text.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable, Sequence
from functools import cache

import attrs
import orjson

from ..datamodel import messages
from ..datamodel.problems import PathPart, Problem
from ..schema.files import load_shipped_schemas
from ..validation import validator
from . import strictjson

__all__ = ["Narrowed", "narrowed", "schema_names", "with_counts"]

Path = tuple[PathPart, ...]

_STRING = rb'"[^"\\]*(?:\\.[^"\\]*)*"'  # as runs of plain bytes between escapes: see `strictjson`
#: Everything up to the next bracket or comma outside a string, and that byte (group 1).
_STRUCTURE = re.compile(rb"(?:" + _STRING + rb'|[^"{}\[\],]+)*([{}\[\],])')
#: The name of the member that starts at a position.
_NAME = re.compile(rb"[ \t\r\n]*(" + _STRING + rb")")
#: Braces, colons and quotes are all the shape needs: a colon is never directly inside an array, so array
#: brackets do not change which object it belongs to.
_NOT_SHAPE = bytes(set(range(256)) - set(b'{}:"'))
#: With strings, values and arrays gone, an object whose members hold no object is "{" and a colon per member.
_INNERMOST = re.compile(rb"\{:*\}")
#: The innermost objects most texts are made of, taken away by `bytes.replace` (no object per match).
_SMALL = tuple(b"{" + b":" * members + b"}" for members in range(9))
#: Members of a wide object parsed at a time.
_CHUNK = 1024
#: Bytes of the shape split at a time (`_outside_strings`).
_PIECE = 1 << 16
#: Bits of the maps of names (`_narrow_object`) for each member of a wide object.
_BITS_PER_NAME = 32
_COMMA, _OPEN, _CLOSE, _OPEN_LIST = b",{}["


class _GiveUp(Exception):
    """The text is not one the narrowing can vouch for: read it whole."""


@attrs.frozen
class Narrowed:
    """A narrowed copy of a record's text, and what it leaves out."""

    text: bytes
    #: The path of each wide object and how many of its members the copy leaves out (all of them unknown there).
    left_out: tuple[tuple[Path, int], ...]


def narrowed(raw: bytes | bytearray, *, max_depth: int = strictjson.MAX_DEPTH,
             check_integers: bool = True) -> Narrowed | None:
    """The narrowed copy of ``raw`` when it is over `RENDER_LIMIT` bytes and holds an object of more than `WIDE`
    members; None when it does not, or when the copy could not be trusted to get the same report."""
    if len(raw) <= strictjson.RENDER_LIMIT or raw.count(b":") <= validator.WIDE:
        return None
    if not _may_be_wide(raw, max_depth) or strictjson.number_evidence(raw, integers=check_integers):
        return None
    try:
        return _narrow(raw, max_depth, schema_names())
    except _GiveUp:
        return None


def with_counts(problems: Iterable[Problem], left_out: Iterable[tuple[Path, int]]) -> tuple[Problem, ...]:
    """``problems`` of a narrowed copy, with the members it left out added to the count of each object's
    unlisted unknown members: the problems of the whole record."""
    extra = dict(left_out)
    result = []
    for problem in problems:
        count = messages.unlisted_count(problem.message) if problem.path in extra else None
        if count is not None and problem.check == "additionalProperties":
            problem = attrs.evolve(problem, message=messages.unknown_members_unlisted(count + extra[problem.path]))
        result.append(problem)
    return tuple(result)


@cache
def schema_names() -> frozenset[str]:
    """Every member name some shipped schema lists: a wide object's members by these names are always kept."""
    names: set[str] = set()
    stack: list[object] = list(load_shipped_schemas().values())
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            members = node.get("properties")
            if isinstance(members, dict):
                names.update(members)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return frozenset(names)


def _may_be_wide(raw: bytes | bytearray, max_depth: int) -> bool:
    """Whether ``raw`` may hold an object of more than `WIDE` members, found without a Python step per member:
    strings, values and arrays dropped, the innermost objects are looked at and taken away, a level at a time."""
    wide = re.compile(rb"\{:{%d,}\}" % (validator.WIDE + 1))
    small = _SMALL[:validator.WIDE + 1]  # never a wide one: it would go before it is looked at
    shape = _outside_strings(raw)
    for _ in range(max_depth + 1):
        before = len(shape)
        for innermost in small:
            if innermost in shape:
                shape = shape.replace(innermost, b"")
        if wide.search(shape):  # after the small ones went: their parents may be innermost now
            return True
        shape = _INNERMOST.sub(b"", shape)
        if not shape:
            return False
        if len(shape) == before:
            return False  # not JSON: reading it whole says what is wrong
    return False


def _outside_strings(raw: bytes | bytearray) -> bytes:
    """The braces and colons of ``raw`` that are outside its strings (of JSON text; of other text, something).

    Escaped backslashes and quotes taken out, the quotes left open and close strings; all but braces, colons
    and quotes dropped, every other piece between quotes is outside. It is split a piece of text at a time, at a
    quote that closes a string: the split makes a list entry per string, and Python shares the pieces themselves
    (mostly single colons), so 200,000 members cost well under a megabyte, not the tens of megabytes that a
    regex substitution over the text (an object per piece) cost."""
    for escape in (b"\\\\", b'\\"'):
        if escape in raw:
            raw = raw.replace(escape, b"")
    text = bytes(raw.translate(None, _NOT_SHAPE))
    pieces = []
    start = 0
    while start < len(text):
        end = min(start + _PIECE, len(text))
        if text.count(b'"', start, end) % 2:  # inside a string: go on to the quote that closes it
            close = text.find(b'"', end)
            end = len(text) if close < 0 else close + 1
        pieces.append(b"".join(text[start:end].split(b'"')[::2]))
        start = end
    return b"".join(pieces)


class _Frame:
    """An object or array the walk is inside."""

    __slots__ = ("index", "mark", "members", "start")

    def __init__(self, is_object: bool, start: int, mark: int) -> None:
        self.start = start
        self.mark = mark  # how many cuts were made before it opened: those after are inside it
        self.members = array("q", (start,)) if is_object else None  # offsets of "{", each ",", then "}"
        self.index = 0  # of an array: the entry the walk is in

    def step(self, raw: bytes | bytearray) -> PathPart:
        """The name or index of the member or entry the walk is in."""
        if self.members is None:
            return self.index
        found = _NAME.match(raw, self.members[-1] + 1)
        if found is None:
            raise _GiveUp
        try:
            return str(orjson.loads(found.group(1)))
        except orjson.JSONDecodeError:
            raise _GiveUp from None


def _narrow(raw: bytes | bytearray, max_depth: int, known: frozenset[str]) -> Narrowed | None:
    frames: list[_Frame] = []
    cuts: list[tuple[int, int, bytes]] = []  # (start, end, text instead), in text order
    left_out: list[tuple[Path, int]] = []
    for match in _STRUCTURE.finditer(raw):
        at = match.start(1)
        byte = raw[at]
        if byte == _COMMA:
            if not frames:
                raise _GiveUp
            frame = frames[-1]
            if frame.members is not None:
                frame.members.append(at)
            else:
                frame.index += 1
        elif byte in (_OPEN, _OPEN_LIST):
            if len(frames) >= max_depth:
                raise _GiveUp
            frames.append(_Frame(byte == _OPEN, at, len(cuts)))
        else:
            if not frames:
                raise _GiveUp
            frame = frames.pop()
            if (frame.members is not None) != (byte == _CLOSE):
                raise _GiveUp
            if frame.members is not None and len(frame.members) > validator.WIDE:
                frame.members.append(at)
                inside = cuts[frame.mark:]
                del cuts[frame.mark:]
                text, dropped = _narrow_object(raw, frame.members, inside, known)
                cuts.append((frame.start, at + 1, text))
                left_out.append((tuple(outer.step(raw) for outer in frames), dropped))
    if frames:
        raise _GiveUp
    if not left_out:
        return None
    return Narrowed(_spliced(raw, 0, len(raw), cuts), tuple(left_out))


def _narrow_object(raw: bytes | bytearray, bounds: array[int], cuts: list[tuple[int, int, bytes]],
                   known: frozenset[str]) -> tuple[bytes, int]:
    """The text of one wide object with only the members a report needs, and how many it leaves out. Every member
    is parsed on the way, a chunk at a time: a fault in any of them, or a repeated name, gives up.

    Its names are held as bits of their hashes, not as a set (which would cost as much as the object): only the
    members whose bit another member also set may repeat a name, and only they are parsed again and compared."""
    from ..validation import reference  # jsonschema's, which a run imports only to explain a refused record

    count = len(bounds) - 1
    listed = reference.UNKNOWN_LISTED + 1  # one more than listed, so the report still counts the rest
    kept: list[int] = []
    first: list[tuple[str, int]] = []  # the first unknown names, sorted, with their members' indexes
    mask = (1 << (_BITS_PER_NAME * count).bit_length()) - 1
    seen, twice, bits = bytearray((mask >> 3) + 1), bytearray((mask >> 3) + 1), array("I")
    for begin in range(0, count, _CHUNK):
        members = _parsed(raw, bounds, range(begin, min(begin + _CHUNK, count)), cuts)
        for index, name in enumerate(members, begin):
            bit = hash(name) & mask
            bits.append(bit)
            if seen[bit >> 3] & (1 << (bit & 7)):
                twice[bit >> 3] |= 1 << (bit & 7)
            else:
                seen[bit >> 3] |= 1 << (bit & 7)
            if name in known:
                kept.append(index)
            elif len(first) < listed or name < first[-1][0]:
                bisect.insort(first, (name, index))
                del first[listed:]
        del members
    suspects = [index for index, bit in enumerate(bits) if twice[bit >> 3] & (1 << (bit & 7))]
    if suspects:
        _parsed(raw, bounds, suspects, cuts)  # a name given twice among them gives up
    kept.extend(index for _, index in first)
    kept.sort()
    return b"{" + b",".join(_member(raw, bounds, index, cuts) for index in kept) + b"}", count - len(kept)


def _parsed(raw: bytes | bytearray, bounds: array[int], indexes: Sequence[int],
            cuts: list[tuple[int, int, bytes]]) -> dict[str, object]:
    """The members at ``indexes``, parsed as one object; gives up on a fault or a name given twice among them."""
    if isinstance(indexes, range) and indexes and not _cut_inside(cuts, bounds[indexes[0]], bounds[indexes[-1] + 1]):
        text = raw[bounds[indexes[0]] + 1:bounds[indexes[-1] + 1]]  # members side by side, with their commas
    else:
        text = b",".join(_member(raw, bounds, index, cuts) for index in indexes)
    try:
        members = orjson.loads(b"{" + text + b"}")
    except orjson.JSONDecodeError:
        raise _GiveUp from None
    if len(members) != len(indexes):
        raise _GiveUp
    return members  # type: ignore[no-any-return]


def _cut_inside(cuts: list[tuple[int, int, bytes]], start: int, end: int) -> bool:
    index = bisect.bisect_left(cuts, (start,))
    return index < len(cuts) and cuts[index][0] < end


def _member(raw: bytes | bytearray, bounds: array[int], index: int, cuts: list[tuple[int, int, bytes]]) -> bytes:
    start, end = bounds[index] + 1, bounds[index + 1]
    return _spliced(raw, start, end, cuts) if _cut_inside(cuts, start, end) else bytes(raw[start:end])


def _spliced(raw: bytes | bytearray, start: int, end: int, cuts: list[tuple[int, int, bytes]]) -> bytes:
    """``raw[start:end]`` with the cuts inside it made."""
    pieces: list[bytes | bytearray] = []
    at = start
    for index in range(bisect.bisect_left(cuts, (start,)), len(cuts)):
        begin, stop, text = cuts[index]
        if begin >= end:
            break
        pieces += (raw[at:begin], text)
        at = stop
    pieces.append(raw[at:end])
    return b"".join(pieces)
