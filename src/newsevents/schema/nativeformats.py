"""The ``date`` format as a pattern the compiled validator runs in Rust, with jsonschema's verdicts kept exactly.

jsonschema-rs runs a format check written in Python (a callback) correctly, but a validator given any callback
at all checks every document markedly slower: 34 -> 47 us for the seed article's top level, even with a
callback that nothing calls. jsonschema's ``date`` check accepts ``YYYY-MM-DD`` in ASCII digits that
`datetime.date.fromisoformat` reads: a Gregorian calendar date in the years 1 to 9999, a regular language.
`DATE_PATTERN` says exactly that (leap years included: a year divisible by 4, except centuries not divisible by
400), and `newsevents.schema.rewrite` puts it in place of ``format: date`` in the schemas the compiled
validator compiles. (jsonschema-rs's own ``date`` check accepts the year 0000, which jsonschema refuses.)

``uri`` stays a check in Python (rfc3986-validator, as jsonschema calls it): the equivalent pattern takes the
Rust regex engine ~15 ms to compile at every start-up, and the model's one uri, the article's url, is checked
on its value beside the verdict instead (`newsevents.validation.compiled`).
`tests/test_native_formats.py` holds the pattern to jsonschema's own check.
"""

from __future__ import annotations

__all__ = ["DATE_PATTERN"]

_D = "[0-9]"
_YEAR = f"(?:{_D}{{3}}[1-9]|{_D}{{2}}[1-9]{_D}|{_D}[1-9]{_D}{{2}}|[1-9]{_D}{{3}})"  # 0001 to 9999
_FOURS = "(?:0[48]|[2468][048]|[13579][26])"  # two digits divisible by 4, 00 left out
_MONTH_DAY = (f"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]{_D}|3[01])"
              f"|(?:0[469]|11)-(?:0[1-9]|[12]{_D}|30)"
              f"|02-(?:0[1-9]|1{_D}|2[0-8]))")
_LEAP_YEAR = f"(?:{_D}{{2}}{_FOURS}|{_FOURS}00)"
#: Exactly the strings jsonschema's ``date`` format accepts.
DATE_PATTERN = f"^(?:{_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)$"
