"""PLOVER event records <-> newsevents articles.

A PLOVER record codes one event in one sentence: its category, mode and context, its source and target actors
with their CAMEO codes, and ``textInfo.markup``, the sentence with the stretches that name the source ``(SRC:
…)``, the target ``(TAR: …)``, both ``(SRC/TAR: …)``, the event ``(EVT: …)`` and its location ``(LOC: …)``
marked. :func:`from_plover` turns a record into an :class:`~newsevents.Article` whose body is the sentence and
whose evidence spans are the marks, located in the sentence by aligning the markup with it; :func:`to_plover`
writes the record back. ``docs/plover.md`` gives the field mapping, the normalisations and what the model
cannot hold.

Reading never raises on bad data: :func:`import_record` and :func:`import_records` return the article (or
``None``) with a list of :class:`PloverProblem`. A problem of severity ``error`` means no article; ``warning``
means the article's typed data lacks something the record had or holds a guess; ``info`` means nothing was lost.
A member the article cannot give back as written is kept verbatim in ``Provenance.source_values``, so an export
of the unedited article gives the record back; :func:`to_plover` puts a kept member back only while the article
still exports what it replaced, so edits made to the article win.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import difflib
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, Literal, TextIO, TypeVar

import attrs

from ...datamodel.actors import Actor
from ...datamodel.article import Article, Provenance, SourceValue
from ...datamodel.checks import check_article
from ...datamodel.events import Event, Participant
from ...datamodel.evidence import Span
from ...datamodel.fields import evolve
from ...datamodel.identifiers import Identifiers
from ...datamodel.place import Place
from ...datamodel.problems import PathPart, Problem, json_pointer
from ...datamodel.quantity import Quantity
from ...datamodel.references import ID_MAX, ID_PATTERN, LANGUAGE_PATTERN
from ...datamodel.taxonomy import event_class_for_plover, plover_category_for
from ...datamodel.time import Time
from ...datamodel.unions import tag_of
from ...datamodel.vocab import ActorKind, ParticipantRole, PlaceKind, Precision, Realis
from .. import verbatim
from ..verbatim import MISSING

__all__ = [
    "CODEBOOKS",
    "LAYER",
    "Codebook",
    "PloverError",
    "PloverProblem",
    "export_article",
    "export_articles",
    "from_plover",
    "import_record",
    "import_records",
    "normalise_markup",
    "normalise_record",
    "read_records",
    "to_plover",
]

#: The codebook spellings :func:`to_plover` can write: 0.8 (REQUEST, ACCUSE) and 0.5b1 (DEMAND, DISAPPROVE).
CODEBOOKS: Final = ("0.8", "0.5b1")
Codebook = Literal["0.8", "0.5b1"]
#: The ``layer`` of every :class:`PloverProblem`.
LAYER: Final = "plover"

Severity = Literal["error", "warning", "info"]
_T = TypeVar("_T")


# --- problems ------------------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class PloverProblem(Problem):
    """Something in a PLOVER record (or in an article being exported) that does not convert as it stands.

    ``path`` is the member of the record (``$.textInfo.markup``) or of the article; ``check`` names the rule
    in a stable, machine-readable way; ``severity`` says what became of it: ``error`` (nothing converted),
    ``warning`` (converted, but the article's typed data lacks something of the record or holds a guess; the
    record's own value is kept verbatim where it can be) or ``info`` (nothing lost).
    """

    record_id: str | None = None
    record_index: int | None = None
    severity: Severity = "warning"

    @property
    def record(self) -> str:
        """The record's id, or its position (``#3``) when it has none."""
        if self.record_id is not None:
            return self.record_id
        return f"#{self.record_index}" if self.record_index is not None else "record"

    def to_dict(self) -> dict[str, str]:
        """The problem as a JSON-ready mapping."""
        return {**super().to_dict(), "record": self.record, "severity": self.severity}

    def __str__(self) -> str:
        return f"{self.record}: {self.json_path}: {self.message} [{self.severity}:{self.check}]"


class PloverError(ValueError):
    """Raised by :func:`from_plover` and :func:`to_plover` when a record or article cannot be converted."""

    def __init__(self, problems: Sequence[PloverProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(str(p) for p in self.problems[:10]) or "conversion failed")


class _Problems:
    """Collects the problems of one record."""

    def __init__(self, record_id: str | None, index: int | None) -> None:
        self.record_id = record_id
        self.index = index
        self.items: list[PloverProblem] = []

    def add(self, path: Sequence[PathPart], check: str, message: str, severity: Severity = "warning") -> None:
        self.items.append(PloverProblem(path=tuple(path), message=message, check=check, layer=LAYER,
                                        record_id=self.record_id, record_index=self.index, severity=severity))

    @property
    def failed(self) -> bool:
        return any(p.severity == "error" for p in self.items)


def _short(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _attempt(build: Callable[[], _T]) -> tuple[_T | None, str | None]:
    """Build a model object; on a constraint violation return the reason instead of raising."""
    try:
        return build(), None
    except (TypeError, ValueError) as exc:
        return None, str(exc)


# --- markup --------------------------------------------------------------------------------------------------

SOURCE: Final = "SRC"
TARGET: Final = "TAR"
EVENT: Final = "EVT"
LOCATION: Final = "LOC"
_KNOWN_TAGS = (SOURCE, TARGET, EVENT, LOCATION)
_OPENER = re.compile(r"\(\s*([A-Z]{2,5}(?:\s*/\s*[A-Z]{2,5})*)\s*:[ \t]*")


@attrs.frozen
class _Mark:
    """A marked stretch: its tags and its offsets in the markup with the marks taken out."""

    tags: tuple[str, ...]
    start: int
    end: int
    closed: bool = True


def _parse_markup(markup: str) -> tuple[str, list[_Mark]]:
    """Split markup into its plain text and its marks (nested marks allowed, plain brackets kept)."""
    out: list[str] = []
    stack: list[list[Any]] = []  # [tags, start, depth of plain brackets opened inside]
    marks: list[_Mark] = []
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
                marks.append(_Mark(tags, start, len(out)))
        else:
            out.append(char)
        i += 1
    plain = "".join(out)
    marks.extend(_Mark(tags, start, len(plain), closed=False) for tags, start, _ in reversed(stack))
    return plain, sorted(marks, key=lambda m: (m.start, -m.end))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _tag_key(tag: str) -> tuple[int, str]:
    return (_KNOWN_TAGS.index(tag) if tag in _KNOWN_TAGS else len(_KNOWN_TAGS), tag)


def _render(text: str, marks: Iterable[tuple[int, int, Iterable[str]]]) -> tuple[str, list[tuple[int, int]]]:
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
    plain, marks = _parse_markup(markup)
    trimmed = [(*_trim(plain, m.start, m.end), m.tags) for m in marks]
    rendered, _ = _render(plain, trimmed)
    return re.sub(r"\s+", " ", rendered)


class _Aligner:
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
            matcher = difflib.SequenceMatcher(None, self.plain_chars, self.text_chars, autojunk=False)
            self.opcodes = matcher.get_opcodes()
            self.to_text = [-1] * len(self.plain_chars)
            for op, i1, i2, j1, _ in self.opcodes:
                if op == "equal":
                    for k in range(i1, i2):
                        self.to_text[k] = j1 + k - i1

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
        return _short(re.sub(r"\s+", " ", source[start:end].strip()), 60)

    def _approximate(self, k: int, *, at_end: bool) -> int:
        for op, i1, i2, j1, j2 in self.opcodes:
            if i1 <= k < i2:
                if op == "equal":
                    return j1 + k - i1
                if j2 == j1:  # deleted from the sentence: nearest sentence character on the inner side
                    return j1 - 1 if at_end else j1
                return j1 + min(j2 - j1 - 1, (k - i1) * (j2 - j1) // (i2 - i1))
        return -1

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
            if difflib.SequenceMatcher(None, needle, candidate, autojunk=False).ratio() >= 0.75:
                return self._span(guess_start, guess_end), "approximate"
        return None, "missing"

    def _span(self, k1: int, k2: int) -> Span:
        start, end = self.text_pos[k1], self.text_pos[k2] + 1
        return Span(start=start, end=end, text=self.text[start:end])


# --- quantities ----------------------------------------------------------------------------------------------

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_MULTIPLIERS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
#: Vague plural amounts with the bounds they are read as ("thousands": 2,000 to 9,999).
_VAGUE = {
    "dozens": (24, 99), "scores": (40, 199), "tens": (20, 99), "hundreds": (200, 999),
    "thousands": (2_000, 9_999), "millions": (2_000_000, 9_999_999), "billions": (2_000_000_000, 9_999_999_999),
}
_FEW = {"a few": (2, 9), "few": (2, 9), "several": (3, 9), "a handful": (2, 9), "a dozen": (12, 12),
        "dozen": (12, 12)}
#: Hedges before a number or amount, and how each bounds it.
_HEDGES = (
    (("about", "around", "approximately", "roughly", "some", "nearly", "almost", "close to", "an estimated"),
     "about"),
    (("at least", "no fewer than", "no less than"), "min"),
    (("more than", "over"), "over"),
    (("up to", "at most", "no more than"), "max"),
    (("fewer than", "less than", "under"), "under"),
)
_CANONICAL_INT = re.compile(r"^(0|[1-9][0-9]*)$")


def _read_number(text: str) -> int | float | None:
    """ "1,000", "2.5", "3 million" as a number; None for anything else."""
    match = re.fullmatch(rf"({_NUM})(?:\s+(hundred|thousand|million|billion))?", text)
    if not match:
        return None
    digits = match.group(1).replace(",", "")
    value: int | float = float(digits) if "." in digits else int(digits)
    if match.group(2):
        value = value * _MULTIPLIERS[match.group(2)]
        if isinstance(value, float) and value.is_integer():
            value = int(value)
    return value


def _read_vague(text: str) -> tuple[int, int] | None:
    """Bounds of a vague amount ("dozens", "tens of thousands"); None for anything else."""
    if text in _FEW:
        return _FEW[text]
    match = re.fullmatch(r"(dozens|scores|tens|hundreds|thousands|millions|billions)"
                         r"(?:\s+of\s+(thousands|millions|billions))?", text)
    if not match:
        return None
    low, high = _VAGUE[match.group(1)]
    if match.group(2):
        unit = _MULTIPLIERS[match.group(2)[:-1]]
        return low * unit, (high + 1) * unit - 1
    return low, high


def _vague_quantity(words: str, bounds: tuple[int, int]) -> Quantity:
    low, high = bounds
    if low == high:
        return Quantity(text=words, value=low, approximate=True)
    return Quantity(text=words, minimum=low, maximum=high, approximate=True)


def _hedged(words: str, hedge: str, rest: str) -> Quantity | None:
    number = _read_number(rest)
    if number is None:
        vague = _read_vague(rest)
        return _vague_quantity(words, vague) if vague is not None else None
    step = 1 if isinstance(number, int) else 0
    if hedge == "about":
        return Quantity(text=words, value=number, approximate=True)
    if hedge == "min":
        return Quantity(text=words, minimum=number)
    if hedge == "over":
        return Quantity(text=words, minimum=number + step)
    if hedge == "max":
        return Quantity(text=words, maximum=number)
    return Quantity(text=words, maximum=number - step)


def _quantity_from_words(words: str) -> Quantity | None:
    """Read a PLOVER size/dead/injured value; None when it is neither a number nor a known amount.

    A plain whole number becomes an exact value. Any other wording is kept in ``text`` (an export writes it
    back as it was) next to what it is read as: a number, bounds, or for vague amounts approximate bounds.
    """
    if _CANONICAL_INT.match(words):
        return Quantity(value=int(words))
    text = re.sub(r"\s+", " ", words.strip().lower())
    for prefixes, hedge in _HEDGES:
        for prefix in prefixes:
            if text.startswith(prefix + " "):
                return _hedged(words, hedge, text[len(prefix) + 1:].strip())
    number = _read_number(text)
    if number is not None:
        return Quantity(text=words, value=number)
    interval = re.fullmatch(rf"({_NUM})\s*(?:-|–|to)\s*({_NUM})", text)
    if interval:
        low, high = _read_number(interval.group(1)), _read_number(interval.group(2))
        if low is not None and high is not None and low <= high:
            return Quantity(text=words, minimum=low, maximum=high)
    vague = _read_vague(text)
    return _vague_quantity(words, vague) if vague is not None else None


def _quantity_words(quantity: Quantity) -> str | None:
    """The PLOVER spelling of a quantity: its wording when it has one, else its number or bounds."""
    if quantity.text is not None:
        return quantity.text
    if quantity.value is not None:
        return _number_text(quantity.value)
    if quantity.minimum is not None and quantity.maximum is not None:
        return f"{_number_text(quantity.minimum)}-{_number_text(quantity.maximum)}"
    if quantity.minimum is not None:
        return f"at least {_number_text(quantity.minimum)}"
    if quantity.maximum is not None:
        return f"up to {_number_text(quantity.maximum)}"
    return None


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


# --- actors --------------------------------------------------------------------------------------------------

#: CAMEO primary codes that name organisations rather than states.
_ORGANISATION_CODES = frozenset({"IGO", "NGO", "IMG", "MNC"})
#: Sector codes of unorganised groups of people (civilians, refugees).
_COLLECTIVE_SECTORS = frozenset({"CVL", "CIV", "REF"})
_STOP_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "s", "the", "to", "with"})


def _guess_kind(code: str | None, sectors: Sequence[str]) -> ActorKind:
    """PLOVER does not say what sort of actor it codes; read what the CAMEO code does say (never exported).

    IGO/NGO/IMG/MNC codes are organisations, civilian and refugee sectors collectives, a bare country code the
    state; a code with any other sector ("PSEPTY") is as likely a person (Mahmoud Abbas) as a body (Fatah), and
    no code says nothing, so the kind is then left unspecified rather than guessed.
    """
    if code in _ORGANISATION_CODES:
        return ActorKind.ORGANISATION
    if sectors and sectors[0] in _COLLECTIVE_SECTORS:
        return ActorKind.COLLECTIVE
    if code is not None and not sectors:
        return ActorKind.STATE
    return ActorKind.UNSPECIFIED


def _words(text: str) -> set[str]:
    """The words of a name that tell it apart (all its words when it has only little ones)."""
    words = set(re.findall(r"\w+", text.lower()))
    return (words - _STOP_WORDS) or words


def _similarity(name: str, marked: str) -> float:
    """How well an actor's name fits a marked stretch: shared words, with spelling as a tie-breaker."""
    a, b = _words(name), _words(marked)
    shared = len(a & b) / min(len(a), len(b)) if a and b else 0.0
    return shared + 0.01 * difflib.SequenceMatcher(None, name.lower(), marked.lower(), autojunk=False).ratio()


def _match(names: Sequence[str], marked: Sequence[str], hold: Sequence[bool]) -> dict[int, list[int]]:
    """Assign marks to actors: mark index -> actor indices.

    As many marks as actors: the pairing with the best total fit, the list order on ties. Otherwise every mark
    goes to the actor it fits best, every actor left without a mark shares the mark that fits it best, and
    what is still unpaired is paired in order, except marks in ``hold`` (SRC/TAR marks the target list may
    claim next).
    """
    n, m = len(names), len(marked)
    if not n or not m:
        return {}
    score = [[_similarity(name, text) for name in names] for text in marked]
    if n == m:
        if n > 7:
            return {k: [k] for k in range(m)}
        best = max(itertools.permutations(range(n)),
                   key=lambda p: (round(sum(score[k][p[k]] for k in range(m)), 9),
                                  sum(1 for k in range(m) if p[k] == k)))
        return {k: [best[k]] for k in range(m)}
    result: dict[int, list[int]] = {}
    for k in range(m):
        i = max(range(n), key=lambda i: score[k][i])
        if score[k][i] >= 1e-9 and _words(names[i]) & _words(marked[k]):
            result[k] = [i]
    for i in range(n):
        if any(i in actors for actors in result.values()):
            continue
        k = max(range(m), key=lambda k: score[k][i])
        if _words(names[i]) & _words(marked[k]):
            result.setdefault(k, []).append(i)
    taken = {i for actors in result.values() for i in actors}
    free_marks = [k for k in range(m) if k not in result and not hold[k]]
    free_actors = [i for i in range(n) if i not in taken]
    for k, i in zip(free_marks, free_actors, strict=False):
        result[k] = [i]
    return result


def _split_sector(sector: str) -> tuple[tuple[str, ...], str | None] | None:
    """Split a PLOVER sector ("GOV", "CRMMOS", "REFtam") into sector codes and an ISO 639-2 ethnic code."""
    if not sector or len(sector) % 3:
        return None
    parts = [sector[i:i + 3] for i in range(0, len(sector), 3)]
    codes = tuple(p for p in parts if re.fullmatch(r"[A-Z]{3}", p))
    ethnic = [p for p in parts if re.fullmatch(r"[a-z]{3}", p)]
    if len(codes) + len(ethnic) != len(parts) or len(ethnic) > 1 or (ethnic and parts[-1] != ethnic[0]):
        return None
    return codes, ethnic[0] if ethnic else None


def _sectors_fit(sectors: tuple[str, ...], ethnicity: str | None) -> bool:
    """Whether the model accepts these sector codes and ethnic code (its patterns are the judge)."""
    return _attempt(lambda: Actor(id="a", kind=ActorKind.STATE, name="a", sectors=sectors,
                                  ethnicity=ethnicity))[0] is not None


def _join_sector(actor: Actor) -> str | None:
    text = "".join(actor.sectors) + (actor.ethnicity or "")
    return text or None


# --- import --------------------------------------------------------------------------------------------------

_KNOWN_MEMBERS = ("id", "date", "source", "target", "event", "eventText", "context", "mode", "eventLoc", "size",
                  "dead", "injured", "text", "textInfo", "language", "publication", "coder", "version",
                  "dateCoded", "comment")
_QUANTITY_MEMBERS = (("size", "size"), ("dead", "killed"), ("injured", "injured"))
_DATE_SHAPES = ((re.compile(r"^\d{4}-\d{2}-\d{2}$"), Precision.DAY), (re.compile(r"^\d{4}-\d{2}$"), Precision.MONTH),
                (re.compile(r"^\d{4}$"), Precision.YEAR))
_DOCUMENT = "DOCUMENT"


@attrs.define
class _ActorEntry:
    """An actor from the source or target list while its marks are being found."""

    side: str
    index: int
    name: str
    code: str | None
    sectors: tuple[str, ...]
    ethnicity: str | None
    marks: list[tuple[Span, tuple[str, ...]]] = attrs.Factory(list)


def _article_id(record_id: str | None) -> str:
    if record_id and len(record_id) <= ID_MAX and re.fullmatch(ID_PATTERN, record_id):
        return record_id
    cleaned = re.sub(r"[^A-Za-z0-9_.-]+", "-", record_id or "").strip("-")
    return ("plover-" + cleaned)[:ID_MAX] if cleaned else "plover-record"


def import_record(record: object, *, index: int | None = None) -> tuple[Article | None, list[PloverProblem]]:
    """Convert one PLOVER record; never raises on bad data.

    Returns the article (``None`` when the record cannot become one) and every problem found, each carrying
    the record's id (or ``index``, its position in a file) and a reason. The DOCUMENT record PLOVER files use
    for their own licence and provenance is skipped with an ``info`` problem.
    """
    if not isinstance(record, Mapping):
        problems = _Problems(None, index)
        problems.add((), "record-object", f"a PLOVER record is a JSON object, not {type(record).__name__}",
                     "error")
        return None, problems.items
    raw_id = record.get("id")
    problems = _Problems(raw_id if isinstance(raw_id, str) and raw_id else None, index)
    if record.get("event") == _DOCUMENT:
        problems.add(("event",), "document-record", "a DOCUMENT record documents the file (licence, provenance); "
                     "it reports no event and is skipped: keep its licence with the converted data", "info")
        return None, problems.items
    try:
        article = _import(record, problems)
        if article is not None:
            article = _keep_source_values(record, article, problems)
            for found in check_article(article):
                problems.add(found.path, found.check, f"the converted article fails a check: {found.message}")
            _compare_with_export(record, article, problems)
    except Exception as exc:  # noqa: BLE001 - a bug here must not stop a whole file from converting
        problems.add((), "internal-error", f"could not convert the record: {type(exc).__name__}: {exc}", "error")
        return None, problems.items
    return article, problems.items


def _import(record: Mapping[str, Any], problems: _Problems) -> Article | None:
    for key in record:
        if key not in _KNOWN_MEMBERS:
            problems.add((key,), "unknown-member", f"member {key!r} has no counterpart in the model; left out")

    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.add(("text",), "missing-text", "the record has no sentence in \"text\"; an article needs a body",
                     "error")
    category = record.get("event")
    event_class: type[Event] | None = None
    if not isinstance(category, str) or not category:
        problems.add(("event",), "unknown-category", "the record names no event category in \"event\"", "error")
    else:
        try:
            event_class = event_class_for_plover(category)
        except KeyError:
            problems.add(("event",), "unknown-category", f"{category!r} is not a PLOVER category newsevents "
                         "knows (either codebook's spelling)", "error")
    if problems.failed or event_class is None:
        return None
    assert isinstance(text, str)

    markup = _string_member(record.get("textInfo"), "markup", ("textInfo",), problems)
    plain, marks = _parse_markup(markup) if markup is not None else (text, [])
    aligner = _Aligner(plain, text)
    if markup is not None and not aligner.exact:
        shown = "; ".join(aligner.differences())
        problems.add(("textInfo", "markup"), "markup-text", "the markup's text differs from the sentence beyond "
                     f"whitespace ({shown}); the marks are placed on the sentence")
    located: list[tuple[Span, tuple[str, ...]]] = []
    for mark in marks:
        start, end = _trim(plain, mark.start, mark.end)
        marked_text = plain[start:end]
        unknown = [t for t in mark.tags if t not in _KNOWN_TAGS]
        if unknown:
            problems.add(("textInfo", "markup"), "markup-tag", f"mark tag(s) {', '.join(unknown)} in "
                         f"{_short(marked_text)} are not PLOVER's SRC, TAR, EVT or LOC; ignored")
        if not mark.closed:
            problems.add(("textInfo", "markup"), "markup-unclosed", f"the mark opened before {_short(marked_text)} "
                         "is never closed; it is taken to run to the end")
        tags = tuple(t for t in mark.tags if t in _KNOWN_TAGS)
        if not tags:
            continue
        if start == end:
            problems.add(("textInfo", "markup"), "markup-empty", f"an empty ({'/'.join(tags)}: ) mark; ignored")
            continue
        span, how = aligner.locate(start, end)
        if span is None:
            problems.add(("textInfo", "markup"), "markup-alignment", f"the marked text {_short(marked_text)} "
                         f"({'/'.join(tags)}) does not occur in the sentence; the mark is left out")
            continue
        if how == "approximate":
            problems.add(("textInfo", "markup"), "markup-alignment", f"the marked text {_short(marked_text)} is "
                         f"not in the sentence; the mark is placed on the similar {_short(span.text)} at "
                         f"{span.start}-{span.end}")
        located.append((span, tags))

    entries = _read_actors(record, problems)
    _attach_marks(entries, located, problems)

    actors: list[Actor] = []
    participants: list[Participant] = []
    for entry in entries:
        spans = sorted({span for span, _ in entry.marks}, key=lambda s: (s.start, s.end))
        identifiers = Identifiers(cameo=entry.code) if entry.code else None
        actor_id = f"{entry.side}-{entry.index + 1}"
        actor, reason = _attempt(lambda: Actor(
            id=actor_id, kind=_guess_kind(entry.code, entry.sectors), name=entry.name,  # noqa: B023
            identifiers=identifiers, sectors=entry.sectors, ethnicity=entry.ethnicity,  # noqa: B023
            mentions=tuple(spans)))  # noqa: B023
        if actor is None:
            problems.add((entry.side, entry.index), "actor", f"actor {_short(entry.name)} cannot be represented "
                         f"({reason}); left out")
            continue
        actors.append(actor)
        marked_as = {t for _, mark_tags in entry.marks for t in mark_tags}
        own, other = ((ParticipantRole.AGENT, ParticipantRole.RECIPIENT) if entry.side == "source"
                      else (ParticipantRole.RECIPIENT, ParticipantRole.AGENT))
        participants.append(Participant(role=own, ref=actor.id))
        if (TARGET if entry.side == "source" else SOURCE) in marked_as:
            participants.append(Participant(role=other, ref=actor.id))

    place = _read_place(record.get("eventLoc"), [s for s, tags in located if LOCATION in tags], problems)
    event_spans = sorted({s for s, tags in located if EVENT in tags}, key=lambda s: (s.start, s.end))
    fields: dict[str, Any] = {
        "id": "event", "realis": Realis.OCCURRED, "participants": tuple(participants),
        "trigger": event_spans[0] if event_spans else None, "evidence": tuple(event_spans),
        "place": place.id if place else None,
    }
    _read_event_fields(record, event_class, fields, problems)
    event, reason = _attempt(lambda: event_class(**fields))
    if event is None:
        problems.add(("event",), "event", f"the event cannot be represented ({reason})", "error")
        return None

    publisher = None
    publication = record.get("publication")
    if isinstance(publication, str) and publication:
        publisher, reason = _attempt(lambda: Actor(id="publisher", kind=ActorKind.ORGANISATION, name=publication))
        if publisher is None:
            problems.add(("publication",), "publication", f"publication cannot be represented ({reason}); left out")
    elif publication is not None and publication != "":
        problems.add(("publication",), "publication", f"publication {_short(publication)} is not a string; left out")

    language = record.get("language")
    if not isinstance(language, str) or not re.fullmatch(LANGUAGE_PATTERN, language):
        problems.add(("language",), "language", f"language {_short(language)} is not a BCP 47 tag; the article "
                     "says \"und\" (undetermined)")
        language = "und"

    provenance = _read_provenance(record, problems)
    record_id = provenance.record_id if provenance else None
    article, reason = _attempt(lambda: Article(
        id=_article_id(record_id), headline=f"PLOVER record {record_id or 'without an id'}", language=language,
        body=text, actors=(*actors, *([publisher] if publisher else [])), places=(place,) if place else (),
        events=(event,), publisher=publisher.id if publisher else None, provenance=provenance))
    if article is None:
        problems.add((), "article", f"the article cannot be represented ({reason})", "error")
    return article


def _string_member(container: object, key: str, path: tuple[PathPart, ...], problems: _Problems) -> str | None:
    if container is None:
        return None
    if not isinstance(container, Mapping):
        problems.add(path, "text-info", f"{path[-1]} is not an object; left out")
        return None
    for other in container:
        if other != key:
            problems.add((*path, other), "unknown-member", f"member {other!r} has no counterpart in the model; "
                         "left out")
    value = container.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        problems.add((*path, key), "text-info", f"{key} is not a string; left out")
        return None
    return value


def _read_actors(record: Mapping[str, Any], problems: _Problems) -> list[_ActorEntry]:
    entries: list[_ActorEntry] = []
    for side in ("source", "target"):
        value = record.get(side)
        if value is None or value == "":
            continue
        if isinstance(value, str):
            problems.add((side,), "not-an-actor-list", f"{side} is the bare string {_short(value)}, not a list of "
                         "actors; it names no actor and the model has no place for it, so it is left out")
            continue
        if not isinstance(value, list):
            problems.add((side,), "not-an-actor-list", f"{side} is not a list of actors; left out")
            continue
        if not value:
            problems.add((side,), "not-an-actor-list", f"{side} is an empty list; the article has no actor for it")
        for index, item in enumerate(value):
            entry = _read_actor(side, index, item, problems)
            if entry is not None:
                entries.append(entry)
    return entries


def _read_actor(side: str, index: int, item: object, problems: _Problems) -> _ActorEntry | None:
    path = (side, index)
    if not isinstance(item, Mapping):
        problems.add(path, "actor", "an actor is a JSON object; left out")
        return None
    for key in item:
        if key not in ("actorText", "code", "sector"):
            problems.add((*path, key), "unknown-member", f"actor member {key!r} has no counterpart; left out")
    name = item.get("actorText")
    if not isinstance(name, str) or not name.strip():
        problems.add((*path, "actorText"), "actor", "the actor has no actorText (name); left out")
        return None
    code = item.get("code")
    if code == "" or code is None:
        code = None
    elif not isinstance(code, str) or _attempt(lambda: Identifiers(cameo=code))[0] is None:
        what = ("a placeholder for a code not given" if isinstance(code, str) and not any(c.isalnum() for c in code)
                else "not a CAMEO actor code the model accepts")
        problems.add((*path, "code"), "actor-code", f"code {_short(code)} is {what}; left out")
        code = None
    sectors: tuple[str, ...] = ()
    ethnicity = None
    sector = item.get("sector")
    if isinstance(sector, str) and sector:
        split = _split_sector(sector)
        if not any(c.isalpha() for c in sector):
            problems.add((*path, "sector"), "actor-sector", f"sector {_short(sector)} is a placeholder for a "
                         "sector not coded, not a code; the model cannot record it, so it is left out")
        elif split is None or not _sectors_fit(*split):
            problems.add((*path, "sector"), "actor-sector", f"sector {_short(sector)} does not split into "
                         "three-capital-letter sector codes and at most one final lower-case ISO 639-2 ethnic "
                         "code; left out")
        else:
            sectors, ethnicity = split
    elif sector is not None and sector != "":
        problems.add((*path, "sector"), "actor-sector", f"sector {_short(sector)} is not a string; left out")
    return _ActorEntry(side=side, index=index, name=name, code=code, sectors=sectors, ethnicity=ethnicity)


def _attach_marks(entries: list[_ActorEntry], located: list[tuple[Span, tuple[str, ...]]],
                  problems: _Problems) -> None:
    """Give each SRC/TAR mark to the actor(s) it names, first from the source list, then the target list."""
    actor_marks = [(span, tags) for span, tags in located if SOURCE in tags or TARGET in tags]
    used: set[int] = set()
    for side, tag in (("source", SOURCE), ("target", TARGET)):
        side_entries = [e for e in entries if e.side == side]
        candidates = [k for k, (_, tags) in enumerate(actor_marks) if tag in tags and k not in used]
        hold = [side == "source" and TARGET in actor_marks[k][1] for k in candidates]
        pairs = _match([e.name for e in side_entries], [actor_marks[k][0].text for k in candidates], hold)
        for position, actor_indices in pairs.items():
            k = candidates[position]
            used.add(k)
            for i in actor_indices:
                side_entries[i].marks.append(actor_marks[k])
    # Marks no list claimed by name go, in text order, to actors still without a mark on a side they allow.
    for k, (span, tags) in enumerate(actor_marks):
        if k in used:
            continue
        for entry in entries:
            if not entry.marks and (SOURCE if entry.side == "source" else TARGET) in tags:
                entry.marks.append((span, tags))
                used.add(k)
                break
    for k, (span, tags) in enumerate(actor_marks):
        if k not in used:
            problems.add(("textInfo", "markup"), "markup-actor", f"the ({'/'.join(tags)}: {span.text}) mark names "
                         "no actor of the source or target list; left out")


def _read_place(value: object, spans: list[Span], problems: _Problems) -> Place | None:
    if value is None or value == "":
        if spans:
            problems.add(("textInfo", "markup"), "markup-location", "LOC marks without an eventLoc: there is no "
                         "place to attach them to; left out")
        return None
    if not isinstance(value, Mapping):
        problems.add(("eventLoc",), "event-location", "eventLoc is not an object; left out")
        return None
    for key in value:
        if key not in ("name", "country code"):
            problems.add(("eventLoc", key), "unknown-member", f"eventLoc member {key!r} has no counterpart; left "
                         "out")
    name = value.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.add(("eventLoc", "name"), "event-location", "eventLoc has no name; the place is left out")
        return None
    country = value.get("country code")
    if country is not None and (not isinstance(country, str)
                                or _attempt(lambda: Place(id="p", name="p", kind=PlaceKind.OTHER,
                                                          country_code=country))[0] is None):
        problems.add(("eventLoc", "country code"), "event-location", f"country code {_short(country)} is not an "
                     "ISO 3166-1 alpha-2 code; left out")
        country = None
    place, reason = _attempt(lambda: Place(id="place", name=name, kind=PlaceKind.OTHER, country_code=country,
                                           evidence=tuple(sorted(set(spans), key=lambda s: (s.start, s.end)))))
    if place is None:
        problems.add(("eventLoc",), "event-location", f"eventLoc cannot be represented ({reason}); left out")
    return place


def _read_event_fields(record: Mapping[str, Any], event_class: type[Event], fields: dict[str, Any],
                       problems: _Problems) -> None:
    def check(name: str, value: Any) -> str | None:
        extra: dict[str, Any] = {name: value}
        return _attempt(lambda: event_class(id="e", realis=Realis.OCCURRED, **extra))[1]

    event_text = record.get("eventText")
    if isinstance(event_text, str) and event_text:
        reason = check("summary", event_text)
        if reason:
            problems.add(("eventText",), "event-text", f"eventText cannot be represented ({reason}); left out")
        else:
            fields["summary"] = event_text
    elif event_text not in (None, ""):
        problems.add(("eventText",), "event-text", "eventText is not a string; left out")

    date = record.get("date")
    if isinstance(date, str) and date:
        time = _read_date(date)
        if time is None:
            problems.add(("date",), "date", f"date {_short(date)} is not YYYY-MM-DD, YYYY-MM or YYYY; left out")
        else:
            fields["time"] = time
    elif date not in (None, ""):
        problems.add(("date",), "date", "date is not a string; left out")

    mode = record.get("mode")
    if isinstance(mode, str) and mode:
        reason = check("mode", mode)
        if reason:
            problems.add(("mode",), "mode", f"mode {_short(mode)} cannot be represented ({reason}); left out")
        else:
            fields["mode"] = mode
    elif mode not in (None, ""):
        problems.add(("mode",), "mode", "mode is not a string; left out")

    context = record.get("context")
    if isinstance(context, str) and context:
        kept: list[str] = []
        for item in (c.strip() for c in context.split(",")):
            if not item:
                problems.add(("context",), "context", f"context {_short(context)} has an empty item; left out")
            elif item in kept:
                problems.add(("context",), "context", f"context {item!r} is repeated; kept once")
            elif reason := check("contexts", (item,)):
                problems.add(("context",), "context", f"context {item!r} cannot be represented ({reason}); left out")
            else:
                kept.append(item)
        fields["contexts"] = tuple(kept)
    elif context not in (None, ""):
        problems.add(("context",), "context", "context is not a string; left out")

    for member, name in _QUANTITY_MEMBERS:
        value = record.get(member)
        if value is None or value == "":
            continue
        quantity: Quantity | None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            problems.add((member,), "quantity", f"{member} {_short(value)} is not a string or number; left out")
            continue
        if not isinstance(value, str):
            quantity, reason = _attempt(lambda: Quantity(value=value))  # noqa: B023
            problems.add((member,), "quantity", f"{member} is a JSON number, not PLOVER's string; the article holds "
                         "its value")
        else:
            quantity, reason = _attempt(lambda: _quantity_from_words(value))  # noqa: B023
            if quantity is None and reason is None:
                quantity, reason = _attempt(lambda: Quantity(text=value))  # noqa: B023
                if quantity is not None:
                    problems.add((member,), "quantity", f"{member} {_short(value)} is neither a number nor a known "
                                 "vague amount; kept as wording only", "info")
        if quantity is None:
            problems.add((member,), "quantity", f"{member} {_short(value)} cannot be represented ({reason}); left "
                         "out")
        elif (reason := check(name, quantity)) is not None:
            problems.add((member,), "quantity", f"{member} cannot be represented ({reason}); left out")
        else:
            fields[name] = quantity


def _read_date(value: str) -> Time | None:
    for shape, precision in _DATE_SHAPES:
        if shape.match(value):
            try:
                dt.date.fromisoformat(value if precision is Precision.DAY else (value + "-01-01")[:10])
            except ValueError:
                return None
            return _attempt(lambda: Time(value=value, precision=precision))[0]  # noqa: B023
    return None


def _read_provenance(record: Mapping[str, Any], problems: _Problems) -> Provenance | None:
    values: dict[str, Any] = {}
    for member, name in (("id", "record_id"), ("coder", "coder"), ("version", "codebook_version"),
                         ("comment", "comment")):
        value = record.get(member)
        if value is None or value == "":
            continue
        extra: dict[str, Any] = {name: value}
        if not isinstance(value, str) or _attempt(lambda: Provenance(**extra))[0] is None:  # noqa: B023
            problems.add((member,), "provenance", f"{member} {_short(value)} cannot be represented; left out")
            continue
        values[name] = value
    coded = record.get("dateCoded")
    if isinstance(coded, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", coded):
        try:
            values["coded_on"] = dt.date.fromisoformat(coded)
        except ValueError:
            problems.add(("dateCoded",), "provenance", f"dateCoded {coded!r} is not a calendar date; left out")
    elif coded not in (None, ""):
        problems.add(("dateCoded",), "provenance", f"dateCoded {_short(coded)} is not YYYY-MM-DD; left out")
    provenance, reason = _attempt(lambda: Provenance(codebook="PLOVER", **values))
    if provenance is None:
        problems.add((), "provenance", f"the record's provenance cannot be represented ({reason}); left out")
    return provenance


def _codebook_of(record: Mapping[str, Any]) -> Codebook:
    """The codebook whose category spelling the record uses (0.5b1 when both spell it alike)."""
    category = record.get("event")
    return "0.8" if isinstance(category, str) and category.upper() in ("REQUEST", "ACCUSE") else "0.5b1"


# --- members kept verbatim -------------------------------------------------------------------------------------

_KEPT_NOTE: Final = (" (the record's own value is kept verbatim in provenance.source_values, and an export writes it "
                     "back)")


def _covers(kept: Sequence[PathPart], found: Sequence[PathPart]) -> bool:
    """Whether a problem at ``found`` is about the member kept at ``kept`` (one path starts the other)."""
    if not found:
        return False
    shorter = min(len(kept), len(found))
    return [str(p) for p in kept[:shorter]] == [str(p) for p in found[:shorter]]


def _keep_source_values(record: Mapping[str, Any], article: Article, problems: _Problems) -> Article:
    """Keep verbatim every member of the record an export of the article would not give back as it was.

    The record and the export are compared in :func:`normalise_record`'s spelling, so what PLOVER leaves free
    (whitespace in the markup, spacing in the context list) is not kept. Problems about a kept member say so;
    a kept member no problem explains gets a ``kept-verbatim`` problem: a warning when the article lacks the
    record's value, info when the record gave "" or had no member there.
    """
    provenance = article.provenance
    if provenance is None:
        return article
    exported, _ = export_article(article, codebook=_codebook_of(record))
    if len(exported) != 1:
        return article
    kept, refused = verbatim.keep(record, exported[0], normalise=normalise_record)
    for lost in refused:
        problems.add(lost.path, "not-round-trip", f"{json_pointer(lost.path)} cannot be kept verbatim "
                     f"({lost.reason}); an export writes {_describe(lost.after)} instead of {_describe(lost.before)}")
    for item in kept:
        explained = False
        for position, found in enumerate(problems.items):
            if _covers(item.path, found.path) and found.severity != "error":
                explained = True
                if not found.message.endswith(_KEPT_NOTE):
                    problems.items[position] = attrs.evolve(found, message=found.message + _KEPT_NOTE)
        if explained:
            continue
        pointer = json_pointer(item.path)
        if item.before == "":  # PLOVER writes "" for a member not coded; the article has nothing to hold
            problems.add(item.path, "kept-verbatim", f"{pointer} is given as an empty string; kept in "
                         "provenance.source_values, so an export writes it back", "info")
        elif item.before is MISSING:  # the article lacks nothing: the record simply did not say this
            problems.add(item.path, "kept-verbatim", f"the record has no {pointer}, where an export of the "
                         f"article would write {_describe(item.after)}; the absence is kept in "
                         "provenance.source_values, so an export leaves the member out", "info")
        else:
            problems.add(item.path, "kept-verbatim", f"an export of the article would write {_describe(item.after)} "
                         f"instead of {_describe(item.before)} at {pointer}; the article does not hold the record's "
                         "value" + _KEPT_NOTE)
    if not kept:
        return article
    return evolve(article, provenance=evolve(provenance, source_values=tuple(k.value for k in kept)))


def _compare_with_export(record: Mapping[str, Any], article: Article, problems: _Problems) -> None:
    """Check the promise of the import: an export of the new article gives the record back (normalised).

    Members that cannot be kept were reported by :func:`_keep_source_values`; anything else that still differs
    would be a fault of this module, and is reported too rather than left to a silent loss.
    """
    exported, _ = export_article(article, codebook=_codebook_of(record))
    if not exported:
        problems.add((), "not-round-trip", "the article converted from this record cannot be exported again")
        return
    reported = {p.path for p in problems.items if p.check == "not-round-trip"}
    for path in verbatim.differences(normalise_record(record), normalise_record(exported[0])):
        if path not in reported:
            problems.add(path, "not-round-trip", f"{json_pointer(path)} would be exported as "
                         f"{_describe(verbatim.lookup(exported[0], path))} instead of "
                         f"{_describe(verbatim.lookup(record, path))}")


def _describe(value: object) -> str:
    return "missing" if value is MISSING else _short(value, 80)


# --- export --------------------------------------------------------------------------------------------------


def _check_codebook(codebook: str) -> None:
    if codebook not in CODEBOOKS:
        raise ValueError(f"codebook must be one of {', '.join(CODEBOOKS)}, not {codebook!r}")


def export_article(article: Article, *, codebook: Codebook = "0.8") -> tuple[list[dict[str, Any]],
                                                                              list[PloverProblem]]:
    """All PLOVER records of one article (one per event), with what could not be written.

    Never raises on article content: an event PLOVER has no category for, an actor in a role PLOVER does not
    code, marks that cross and so cannot be nested, are reported as problems.
    """
    _check_codebook(codebook)
    records: list[dict[str, Any]] = []
    problems: list[PloverProblem] = []
    if not article.events:
        problems.append(_export_problem(article, None, (), "no-event", "the article reports no event; PLOVER "
                                        "records one event each", "error"))
    for index in range(len(article.events)):
        record, found = _export_event(article, index, codebook)
        problems.extend(found)
        if record is not None:
            records.append(record)
    return records, problems


def export_articles(articles: Iterable[Article], *, codebook: Codebook = "0.8"
                    ) -> Iterator[tuple[dict[str, Any] | None, list[PloverProblem]]]:
    """Export many articles lazily: one ``(record, problems)`` per event, the article's problems coming with its
    first record, and ``(None, problems)`` for an article that gives no record at all."""
    _check_codebook(codebook)
    for article in articles:
        records, problems = export_article(article, codebook=codebook)
        if not records:
            yield None, problems
            continue
        for position, record in enumerate(records):
            yield record, problems if position == 0 else []


def to_plover(article: Article, *, codebook: Codebook = "0.8", event: str | None = None) -> dict[str, Any]:
    """The PLOVER record of an article's event, with categories in the 0.8 names unless ``codebook="0.5b1"``.

    ``event`` is the id of the event to write; it may be left out when the article reports exactly one. Raises
    :class:`PloverError` when no record can be written; what a written record leaves out is reported by
    :func:`export_article` (an article holds much more than a PLOVER record can).
    """
    _check_codebook(codebook)
    chosen = [i for i, e in enumerate(article.events) if event is None or e.id == event]
    if len(chosen) != 1:
        if event is not None:
            reason = f"the article has no event {event!r}"
        elif not article.events:
            reason = "the article reports no event; a PLOVER record codes one"
        else:
            reason = f"the article reports {len(article.events)} events; name the one to write with event="
        raise PloverError([_export_problem(article, None, ("events",), "event-choice", reason, "error")])
    record, problems = _export_event(article, chosen[0], codebook)
    if record is None:
        raise PloverError(problems)
    return record


def _export_problem(article: Article, event: Event | None, path: tuple[PathPart, ...], check: str, message: str,
                    severity: Severity = "warning") -> PloverProblem:
    provenance = article.provenance
    record_id = provenance.record_id if provenance and provenance.record_id else article.id
    if event is not None and len(article.events) > 1:
        record_id = f"{record_id}-{event.id}"
    return PloverProblem(path=path, message=message, check=check, layer=LAYER, record_id=record_id,
                         severity=severity)


def _export_event(article: Article, index: int, codebook: Codebook) -> tuple[dict[str, Any] | None,
                                                                              list[PloverProblem]]:
    event = article.events[index]
    path: tuple[PathPart, ...] = ("events", index)
    problems: list[PloverProblem] = []

    def report(where: tuple[PathPart, ...], check: str, message: str, severity: Severity = "warning") -> None:
        problems.append(_export_problem(article, event, where, check, message, severity))

    try:
        category = plover_category_for(tag_of(type(event)), codebook=codebook)
    except KeyError:
        category = None
    if category is None:
        report((*path, "type"), "no-category", f"event type {tag_of(type(event))!r} has no PLOVER category",
               "error")
        return None, problems

    provenance = article.provenance
    from_plover_record = provenance is not None and provenance.codebook == "PLOVER"
    coded_to = provenance.codebook_version if provenance is not None else None
    other = "0.5b1" if codebook == "0.8" else "0.8"
    if coded_to is not None and coded_to.startswith(other) and plover_category_for(
            tag_of(type(event)), codebook=other) != category:
        report((*path, "type"), "codebook-spelling", f"the category is written {category!r}, its PLOVER {codebook} "
               f"name, while the record's version says {coded_to!r}, whose name is "
               f"{plover_category_for(tag_of(type(event)), codebook=other)!r}; pass codebook={other!r} to keep the "
               "record's own spelling", "info")
    values: dict[str, Any] = {}
    if from_plover_record and provenance is not None:
        if provenance.record_id is not None:
            several = len(article.events) > 1
            values["id"] = f"{provenance.record_id}-{event.id}" if several else provenance.record_id
    else:
        values["id"] = article.id if len(article.events) == 1 else f"{article.id}-{event.id}"
    if event.time is not None:
        if event.time.value is not None:
            values["date"] = event.time.value
        else:
            report((*path, "time"), "time", "the event's time has no calendar value; PLOVER's date is left out")

    actors = {actor.id: actor for actor in article.actors}
    places = {place.id: place for place in article.places}
    roles: dict[str, list[ParticipantRole]] = {}
    for number, participant in enumerate(event.participants):
        if participant.ref not in actors:
            report((*path, "participants", number), "participant", f"participant {participant.ref!r} is not an "
                   "actor; PLOVER codes only actors as source and target")
        elif participant.role not in (ParticipantRole.AGENT, ParticipantRole.RECIPIENT):
            report((*path, "participants", number), "participant", f"role {participant.role.value!r} has no "
                   "PLOVER counterpart (only source and target)")
        else:
            roles.setdefault(participant.ref, []).append(participant.role)
    lists: dict[str, list[dict[str, Any]]] = {"source": [], "target": []}
    marks: list[tuple[int, int, tuple[str, ...]]] = []
    for ref, actor_roles in roles.items():
        actor = actors[ref]
        side = "source" if actor_roles[0] is ParticipantRole.AGENT else "target"
        entry: dict[str, Any] = {"actorText": actor.name}
        if actor.identifiers is not None and actor.identifiers.cameo is not None:
            entry["code"] = actor.identifiers.cameo
        sector = _join_sector(actor)
        if sector is not None:
            entry["sector"] = sector
        lists[side].append(entry)
        tags = tuple(tag for role, tag in ((ParticipantRole.AGENT, SOURCE), (ParticipantRole.RECIPIENT, TARGET))
                     if role in actor_roles)
        marks.extend((span.start, span.end, tags) for span in actor.mentions)
    values["source"] = lists["source"]
    values["target"] = lists["target"]
    values["event"] = category
    if event.summary is not None:
        values["eventText"] = event.summary
    if event.contexts:
        values["context"] = ", ".join(event.contexts)
    if event.mode is not None:
        values["mode"] = event.mode
    event_spans = {*event.evidence, *([event.trigger] if event.trigger else [])}
    marks.extend((span.start, span.end, (EVENT,)) for span in event_spans)
    if event.place is not None:
        place = places.get(event.place)
        if place is not None:
            location: dict[str, Any] = {"name": place.name}
            if place.country_code is not None:
                location["country code"] = place.country_code
            values["eventLoc"] = location
            marks.extend((span.start, span.end, (LOCATION,)) for span in place.evidence)
    for member, name in _QUANTITY_MEMBERS:
        quantity = getattr(event, name)
        if quantity is not None:
            words = _quantity_words(quantity)
            if words is None:
                report((*path, name), "quantity", f"{name} has neither wording, number nor bounds; left out")
            else:
                values[member] = words
    values["text"] = article.body
    markup, crossing = _render(article.body, marks)
    for start, end in crossing:
        report((*path,), "markup-crossing", f"the stretch {_short(article.body[start:end])} crosses another mark; "
               "PLOVER's brackets must nest, so it is not marked")
    values["textInfo"] = {"markup": markup}
    values["language"] = article.language
    if article.publisher is not None and article.publisher in actors:
        values["publication"] = actors[article.publisher].name
    if provenance is not None:
        for member, name in (("coder", "coder"), ("version", "codebook_version"), ("comment", "comment")):
            if getattr(provenance, name) is not None:
                values[member] = getattr(provenance, name)
        if provenance.coded_on is not None:
            values["dateCoded"] = provenance.coded_on.isoformat()
    record = {key: values[key] for key in _KNOWN_MEMBERS if values.get(key) not in (None, [])}
    if provenance is not None and provenance.source_values:
        if len(article.events) == 1:
            _restore_source_values(record, provenance.source_values, report)
        else:
            report(("provenance", "source_values"), "source-value-superseded", "the source record's kept members "
                   f"are not written: they belong to a record of one event, and the article now has "
                   f"{len(article.events)}")
    return record, problems


def _restore_source_values(record: dict[str, Any], kept: Sequence[SourceValue],
                           report: Callable[[tuple[PathPart, ...], str, str], None]) -> None:
    """Put each kept member back where the article still exports what it replaced; report the others."""
    for item in verbatim.restore(record, kept):
        source = kept[item.index].value
        if item.reason == "edited":
            message = (f"at {item.pointer} the article now gives {_describe(item.current)}, not what the source's "
                       f"{'no member' if source is None else source} was kept in place of (it was edited after the "
                       "import, or is exported with other options), so the article's own value is written")
        else:
            message = f"{item.pointer} has no place in the exported record; the source's value is not written"
        report(("provenance", "source_values", item.index), "source-value-superseded", message)


# --- convenience ---------------------------------------------------------------------------------------------


def from_plover(record: Mapping[str, Any], *, strict: bool = False) -> Article:
    """The article for one PLOVER record.

    Raises :class:`PloverError` when the record cannot become an article (no sentence, unknown category, the
    DOCUMENT record) and, with ``strict=True``, also when anything of the record is left out or will not be
    exported as it was. Without ``strict`` such losses are not raised: call :func:`import_record` to see them.
    """
    article, problems = import_record(record)
    if article is None or (strict and any(p.severity == "warning" for p in problems)):
        raise PloverError([p for p in problems if p.severity != "info"] or problems)
    return article


def import_records(records: Iterable[object]) -> Iterator[tuple[Article | None, list[PloverProblem]]]:
    """Convert many records lazily: one ``(article or None, problems)`` per record, in order."""
    for index, record in enumerate(records):
        yield import_record(record, index=index)


def read_records(stream: TextIO) -> Iterator[object]:
    """The records of a PLOVER file: a JSON array of records, one record, or JSON Lines (one per line).

    Raises ``json.JSONDecodeError`` for text that is none of these.
    """
    text = stream.read()
    stripped = text.lstrip()
    if not stripped:
        return
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        for line in text.splitlines():
            if line.strip():
                yield json.loads(line)
        return
    if isinstance(data, list):
        yield from data
    else:
        yield data


def normalise_record(record: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a record with what PLOVER leaves free written one way, for comparing records.

    The markup is put in :func:`normalise_markup`'s canonical spelling and the items of ``context`` are
    separated by ``", "``; nothing else changes.
    """
    result: dict[str, Any] = copy.deepcopy(dict(record))
    context = result.get("context")
    if isinstance(context, str) and context:
        result["context"] = ", ".join(item.strip() for item in context.split(","))
    info = result.get("textInfo")
    if isinstance(info, dict) and isinstance(info.get("markup"), str):
        info["markup"] = normalise_markup(info["markup"])
    return result
