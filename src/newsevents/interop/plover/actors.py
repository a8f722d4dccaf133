"""PLOVER's actors: the ``source`` and ``target`` lists read into model actors and participants, the marks of
the markup matched to them by name, and an actor written back as a list entry.

PLOVER lists actors by name (``actorText``) with a CAMEO ``code`` and a ``sector`` that may end in an ethnic code
(``REFtam``); the markup marks where the sentence names them. Which mark names which actor is not written
down, so it is matched on shared words (:func:`_match`).
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from ...datamodel.actors import Actor
from ...datamodel.events import Participant
from ...datamodel.identifiers import Identifiers
from ...datamodel.vocab import ActorKind, ParticipantRole
from .alignment import LocatedMark
from .markup import SOURCE, TARGET
from .problems import RecordProblems, attempt, shorten

__all__ = ["actor_entry", "read_actors"]

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
    return attempt(lambda: Actor(id="a", kind=ActorKind.STATE, name="a", sectors=sectors,
                                  ethnicity=ethnicity))[0] is not None


def _join_sector(actor: Actor) -> str | None:
    """An actor's sector codes and ethnic code written as PLOVER's one ``sector`` string; None for neither."""
    text = "".join(actor.sectors) + (actor.ethnicity or "")
    return text or None


def actor_entry(actor: Actor) -> dict[str, Any]:
    """The ``source``/``target`` list entry of an actor: its name, CAMEO code and sector, where it has them."""
    entry: dict[str, Any] = {"actorText": actor.name}
    if actor.identifiers is not None and actor.identifiers.cameo is not None:
        entry["code"] = actor.identifiers.cameo
    sector = _join_sector(actor)
    if sector is not None:
        entry["sector"] = sector
    return entry


@attrs.define
class _ActorEntry:
    """An actor from the source or target list while its marks are being found."""

    side: str
    index: int
    name: str
    code: str | None
    sectors: tuple[str, ...]
    ethnicity: str | None
    marks: list[LocatedMark] = attrs.Factory(list)


def read_actors(record: Mapping[str, Any], located: Sequence[LocatedMark],
                problems: RecordProblems) -> tuple[list[Actor], list[Participant]]:
    """The actors of a record's source and target lists, with the marks that name them as mentions, and the
    event's participants: each source actor an agent, each target a recipient, and also the other role when a
    ``SRC/TAR`` mark names it. What cannot be represented is reported and left out."""
    entries = _read_entries(record, problems)
    _attach_marks(entries, located, problems)
    actors: list[Actor] = []
    participants: list[Participant] = []
    for entry in entries:
        spans = sorted({span for span, _ in entry.marks}, key=lambda s: (s.start, s.end))
        identifiers = Identifiers(cameo=entry.code) if entry.code else None
        actor_id = f"{entry.side}-{entry.index + 1}"
        actor, reason = attempt(lambda: Actor(
            id=actor_id, kind=_guess_kind(entry.code, entry.sectors), name=entry.name,  # noqa: B023
            identifiers=identifiers, sectors=entry.sectors, ethnicity=entry.ethnicity,  # noqa: B023
            mentions=tuple(spans)))  # noqa: B023
        if actor is None:
            problems.add((entry.side, entry.index), "actor", f"actor {shorten(entry.name)} cannot be represented "
                         f"({reason}); left out")
            continue
        actors.append(actor)
        marked_as = {t for _, mark_tags in entry.marks for t in mark_tags}
        own, other = ((ParticipantRole.AGENT, ParticipantRole.RECIPIENT) if entry.side == "source"
                      else (ParticipantRole.RECIPIENT, ParticipantRole.AGENT))
        participants.append(Participant(role=own, ref=actor.id))
        if (TARGET if entry.side == "source" else SOURCE) in marked_as:
            participants.append(Participant(role=other, ref=actor.id))
    return actors, participants


def _read_entries(record: Mapping[str, Any], problems: RecordProblems) -> list[_ActorEntry]:
    """The usable entries of the source list, then the target list; what is not an actor is reported."""
    entries: list[_ActorEntry] = []
    for side in ("source", "target"):
        value = record.get(side)
        if value is None or value == "":
            continue
        if isinstance(value, str):
            problems.add((side,), "not-an-actor-list", f"{side} is the bare string {shorten(value)}, not a list of "
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


def _read_actor(side: str, index: int, item: object, problems: RecordProblems) -> _ActorEntry | None:
    """One list entry with its code and sector checked; None (reported) when it names no actor."""
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
    elif not isinstance(code, str) or attempt(lambda: Identifiers(cameo=code))[0] is None:
        what = ("a placeholder for a code not given" if isinstance(code, str) and not any(c.isalnum() for c in code)
                else "not a CAMEO actor code the model accepts")
        problems.add((*path, "code"), "actor-code", f"code {shorten(code)} is {what}; left out")
        code = None
    sectors: tuple[str, ...] = ()
    ethnicity = None
    sector = item.get("sector")
    if isinstance(sector, str) and sector:
        split = _split_sector(sector)
        if not any(c.isalpha() for c in sector):
            problems.add((*path, "sector"), "actor-sector", f"sector {shorten(sector)} is a placeholder for a "
                         "sector not coded, not a code; the model cannot record it, so it is left out")
        elif split is None or not _sectors_fit(*split):
            problems.add((*path, "sector"), "actor-sector", f"sector {shorten(sector)} does not split into "
                         "three-capital-letter sector codes and at most one final lower-case ISO 639-2 ethnic "
                         "code; left out")
        else:
            sectors, ethnicity = split
    elif sector is not None and sector != "":
        problems.add((*path, "sector"), "actor-sector", f"sector {shorten(sector)} is not a string; left out")
    return _ActorEntry(side=side, index=index, name=name, code=code, sectors=sectors, ethnicity=ethnicity)


def _attach_marks(entries: list[_ActorEntry], located: Sequence[LocatedMark],
                  problems: RecordProblems) -> None:
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
