"""Large records are read as strictly as small ones: above `RENDER_LIMIT` the reader counts colons in the value
instead of rendering it again, and scans for long integers piece by piece, with the same outcome on every text.

The limit is lowered for these tests, so small texts built here take the large-record path.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import HealthCheck, given, settings

import newsevents.feed.strictjson as strictjson
from newsevents.feed.strictjson import number_evidence, parse

from .test_loader_fuzz import damaged

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(text=damaged())
def test_the_large_record_path_reads_every_text_alike(text: bytes) -> None:
    """Any text (valid examples damaged at random) parses to the same value and problems on both paths."""
    small = parse(text)
    with _limit(0):
        large = parse(text)
    assert large == small


def test_repeated_keys_and_long_integers_are_found_on_the_large_record_path() -> None:
    """A repeated key, a colon in a string, a long integer across a piece boundary: each still found."""
    with _limit(8):
        assert parse(b'{"a": 1, "a": 2, "b": "x:y"}').problems
        assert not parse(b'{"a": 1, "b": "x:y", "c": {"d:e": [1, 2]}}').problems
        assert number_evidence(b'{"n": 12345678901234567}')
        assert not number_evidence(b'{"n": 123456789012345, "m": 1}')
        assert parse(b'{"n": 123456789012345678901}').problems


@contextmanager
def _limit(limit: int) -> Iterator[None]:
    """Lower `RENDER_LIMIT` for a block."""
    saved, strictjson.RENDER_LIMIT = strictjson.RENDER_LIMIT, limit
    try:
        yield
    finally:
        strictjson.RENDER_LIMIT = saved
