"""Local identifiers and references between the entries of one article."""

from __future__ import annotations

__all__ = ["ID_MAX", "ID_PATTERN", "LANGUAGE_PATTERN"]

#: Local ids: a letter, then letters, digits, ``_``, ``-`` or ``.``. ASCII only, so the same pattern reads the
#: same in ECMAScript and Python regular expressions.
ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_.-]*$"
ID_MAX = 128

#: BCP 47 language tags in their common shape (``en``, ``en-GB``, ``zh-Hant-TW``, ``es-419``).
LANGUAGE_PATTERN = r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$"
