"""The ``format`` checks our schemas use, as patterns the compiled validator runs in Rust, with jsonschema's
verdicts kept exactly.

jsonschema-rs runs a format check written in Python (a callback) correctly, but a validator given any callback
at all checks every document markedly slower: 34 → 47 µs for the seed article's top level, even with a
callback that nothing calls. Both formats the model uses describe regular languages, so
`newsevents.schema.rewrite` replaces them, in the schemas the compiled validator compiles, with patterns:

- ``date``: jsonschema accepts ``YYYY-MM-DD`` in ASCII digits that `datetime.date.fromisoformat` reads, which is a
  Gregorian calendar date in the years 1 to 9999. `DATE_PATTERN` says exactly that, leap years included (a year
  divisible by 4, except centuries not divisible by 400).
- ``uri``: jsonschema calls the rfc3986-validator package, which is one regular expression in Python's verbose
  syntax matched with ``re.match`` and an ending ``$``. `uri_pattern` rewrites that very expression, read from the
  installed package, into the syntax jsonschema-rs reads: whitespace and comments dropped, ``{,n}`` written
  ``{0,n}``, and Python's ``$`` (which also matches before a final newline) spelled out as an optional newline
  before the end. It is registered once under `URI_ID` and referred to from each place a schema says
  ``format: uri``, so the long expression is neither copied into every use nor into the generated files.

`tests/test_native_formats.py` holds both to jsonschema's own checks.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

__all__ = ["DATE_PATTERN", "NATIVE_FORMATS", "URI_ID", "format_resources", "uri_pattern"]

_D = "[0-9]"
_YEAR = f"(?:{_D}{{3}}[1-9]|{_D}{{2}}[1-9]{_D}|{_D}[1-9]{_D}{{2}}|[1-9]{_D}{{3}})"  # 0001 to 9999
_FOURS = "(?:0[48]|[2468][048]|[13579][26])"  # two digits divisible by 4, 00 left out
_MONTH_DAY = (f"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]{_D}|3[01])"
              f"|(?:0[469]|11)-(?:0[1-9]|[12]{_D}|30)"
              f"|02-(?:0[1-9]|1{_D}|2[0-8]))")
_LEAP_YEAR = f"(?:{_D}{{2}}{_FOURS}|{_FOURS}00)"
#: Exactly the strings jsonschema's ``date`` format accepts.
DATE_PATTERN = f"^(?:{_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)$"

#: Where the ``uri`` pattern is registered for the compiled validator (a name, never fetched).
URI_ID = "urn:newsevents:format:uri"

#: The formats the rewrite turns into patterns; any other format is still checked by a callback.
NATIVE_FORMATS = frozenset({"date", "uri"})


def _drop_verbose(pattern: str) -> str:
    """A verbose-mode expression without its layout: unescaped whitespace and ``#`` comments outside character
    classes removed, everything else kept as written."""
    out: list[str] = []
    at, in_class = 0, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            out.append(pattern[at:at + 2])
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # A "]" first in a class (after an optional "^") is a member, not the end.
            opening = "[^]" if pattern.startswith("[^]", at) else "[]" if pattern.startswith("[]", at) else "["
            out.append(opening)
            at += len(opening)
            continue
        elif char.isspace():
            at += 1
            continue
        elif char == "#":
            end = pattern.find("\n", at)
            at = len(pattern) if end < 0 else end
            continue
        out.append(char)
        at += 1
    return "".join(out)


@cache
def uri_pattern() -> str:
    """rfc3986-validator's ``URI`` expression as a pattern jsonschema-rs matches exactly as the package does."""
    from rfc3986_validator import URI_RE_COMP  # type: ignore[import-untyped]

    expression: re.Pattern[str] = URI_RE_COMP
    if expression.flags & ~(re.VERBOSE | re.UNICODE):
        raise ValueError(f"rfc3986-validator's expression has flags this rewrite does not handle: {expression.flags}")
    flat = _drop_verbose(expression.pattern)
    if not (flat.startswith("^") and flat.endswith("$")) or flat.endswith("\\$"):
        raise ValueError("rfc3986-validator's expression is not anchored as this rewrite expects")
    body = re.sub(r"\{,(\d+)\}", r"{0,\1}", flat[1:-1]).replace("\\#", "#")
    # re.match from the start; Python's "$" also matches just before a final newline.
    return f"^(?:{body})\n?$"


def format_resources() -> list[tuple[str, Any]]:
    """The registry entries the rewritten schemas refer to (``format: uri`` becomes a ``$ref`` to `URI_ID`)."""
    return [(URI_ID, {"$schema": "https://json-schema.org/draft/2020-12/schema", "pattern": uri_pattern()})]
