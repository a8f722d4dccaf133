"""Local identifiers and references between the entries of one article."""

from __future__ import annotations

__all__ = [
    "ACTOR", "ANY_ENTRY", "CLAIM", "ENTRY_COLLECTIONS", "EVENT", "ID_MAX", "ID_PATTERN", "INSTRUMENT",
    "LANGUAGE_PATTERN", "PLACE", "PUBLICATION", "RELATION_SOURCE", "SITUATION", "SOURCE", "STATEMENT",
    "kinds_wanted",
]

#: The article's members that hold entries with ids, and the kind of entry each holds: what references name.
ENTRY_COLLECTIONS: tuple[tuple[str, str], ...] = (
    ("actors", "actor"), ("places", "place"), ("items", "item"), ("events", "event"), ("statements", "statement"),
    ("situations", "situation"), ("instruments", "instrument"), ("value_claims", "value_claim"),
)

#: Kinds of entry a reference may name (see `field(refers_to=...)`).
ACTOR = frozenset({"actor"})
PLACE = frozenset({"place"})
CLAIM = frozenset({"event", "statement"})
SITUATION = frozenset({"situation"})
INSTRUMENT = frozenset({"instrument"})
#: Who a statement or an attribution hop comes from: an actor, or a document (an item of kind document).
SOURCE = frozenset({"actor", "item"})
EVENT = frozenset({"event"})
STATEMENT = frozenset({"statement"})
#: What a relation may start from: an event, a statement, a situation ("a wetter spring" as a cause) or a value
#: claim (one value revising another).
RELATION_SOURCE = CLAIM | {"situation", "value_claim"}
#: Every kind of entry: one per entry collection, so a new collection is a reference target without more edits.
ANY_ENTRY = frozenset(kind for _, kind in ENTRY_COLLECTIONS)


def kinds_wanted(allowed: frozenset[str]) -> str:
    """The kinds a reference may name, for messages: ``actor or place``; ``entry`` when any kind will do."""
    kinds = allowed - {PUBLICATION}
    return "entry" if kinds >= ANY_ENTRY else " or ".join(sorted(kinds))


#: The anchor reference that means "the article's publication time"; a kind of its own for references.
PUBLICATION = "publication"

#: Local ids: a letter, then letters, digits, ``_``, ``-`` or ``.``. ASCII only, so the same pattern reads the
#: same in ECMAScript and Python regular expressions.
ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_.-]*$"
ID_MAX = 128

#: BCP 47 language tags in their common shape (``en``, ``en-GB``, ``zh-Hant-TW``, ``es-419``).
LANGUAGE_PATTERN = r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$"
