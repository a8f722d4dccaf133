"""Anchoring: quotes with context found in a body, offsets converted between encodings, documents anchored."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsevents
from newsevents import fixtures
from newsevents.datamodel.anchoring import (
    QuoteAmbiguous,
    QuoteNotFound,
    byte_offset,
    find_quote,
    from_byte_offset,
    from_utf16_offset,
    span_from_quote,
    utf16_offset,
)
from newsevents.validation.anchoring import anchor_document

from ._drafts import count_spans, to_drafts

BODY = "Japanese officials met Japan's envoy in Japan. The envoy left."

# Letters, astral emoji (one with a skin-tone modifier), combining marks, Hebrew and Arabic words, a right-to-left
# mark and ASCII.
TEXTS = st.lists(st.sampled_from(["a", " ", "é", "e\u0301", "😀", "👍🏽", "שלום", "مرحبا", "\u200f", "\u0301", "𝔸",
                                  "中", "\n"]), max_size=30).map("".join)


def test_exact_context_picks_the_occurrence() -> None:
    """prefix + text + suffix matching the body exactly selects that occurrence."""
    assert find_quote(BODY, "Japan", suffix="'s envoy") == 23
    assert find_quote(BODY, "Japan", prefix="envoy in ") == 40


def test_no_match_inside_a_word() -> None:
    """"Japan" is not found inside "Japanese"; a lone remaining occurrence is taken without context."""
    assert find_quote("Japanese officials met Japan.", "Japan") == 23
    with pytest.raises(QuoteNotFound, match="only inside words"):
        find_quote("Japanese officials", "Japan")


def test_mid_word_quote_allowed_when_context_says_so() -> None:
    """A quote whose context shows it starts mid-word ("Japan" + "ese") is found inside the word."""
    assert find_quote(BODY, "ese", prefix="Japan") == 5


def test_ambiguous_quote_is_reported_with_candidates() -> None:
    """Two equally plausible occurrences raise QuoteAmbiguous naming both offsets, never a guess."""
    with pytest.raises(QuoteAmbiguous) as caught:
        find_quote(BODY, "Japan")
    assert caught.value.candidates == (23, 40)


def test_nearest_context_wins_when_none_matches_exactly() -> None:
    """With context that matches no occurrence exactly, the occurrence agreeing on most characters wins."""
    assert find_quote(BODY, "envoy", prefix="XXs ", suffix=" leftover") == 51


def test_occurrence_number() -> None:
    """occurrence=n takes the n-th occurrence at word boundaries (0 the first); one too many is not found."""
    assert span_from_quote(BODY, "Japan", occurrence=1).start == 40
    with pytest.raises(QuoteNotFound):
        span_from_quote(BODY, "Japan", occurrence=2)


def test_span_from_quote_builds_a_span() -> None:
    """The helper's span has offsets whose slice of the body is the quote."""
    span = span_from_quote(BODY, "envoy", prefix="Japan's ")
    assert (span.start, span.end, BODY[span.start:span.end]) == (31, 36, "envoy")


@given(TEXTS, st.data())
def test_utf16_round_trip(text: str, data: st.DataObject) -> None:
    """Code point -> UTF-16 -> code point is the identity, and agrees with an encoder's count."""
    offset = data.draw(st.integers(0, len(text)))
    units = utf16_offset(text, offset)
    assert units == len(text[:offset].encode("utf-16-le")) // 2
    assert from_utf16_offset(text, units) == offset


@given(TEXTS, st.data())
def test_utf8_round_trip(text: str, data: st.DataObject) -> None:
    """Code point -> UTF-8 -> code point is the identity, and agrees with an encoder's count."""
    offset = data.draw(st.integers(0, len(text)))
    size = byte_offset(text, offset)
    assert size == len(text[:offset].encode("utf-8"))
    assert from_byte_offset(text, size) == offset


def test_offsets_inside_a_character_are_refused() -> None:
    """A UTF-16 offset inside a surrogate pair, or a UTF-8 offset inside a character, is a ValueError."""
    with pytest.raises(ValueError, match="surrogate"):
        from_utf16_offset("a😀b", 2)
    with pytest.raises(ValueError, match="inside a character"):
        from_byte_offset("a😀b", 2)
    with pytest.raises(ValueError, match="outside"):
        byte_offset("ab", 3)


@given(TEXTS, TEXTS, TEXTS)
def test_quote_with_full_context_found_in_place(before: str, quote: str, after: str) -> None:
    """A quote given with all of the body around it as context is found exactly where it is."""
    body = before + quote + after
    if not quote:
        return
    assert find_quote(body, quote, prefix=before, suffix=after) == len(before)


def test_seed_fixture_anchors_back_exactly() -> None:
    """The seed fixture with every span reduced to text + 24 characters of context anchors back to itself."""
    document = fixtures.data("seed-article")
    drafts = to_drafts(document, document["body"])
    assert count_spans(drafts) == 0
    assert count_spans(document) > 200
    anchored, problems = anchor_document(drafts)
    assert problems == []
    assert anchored == document


@pytest.mark.parametrize("name", fixtures.names())
def test_every_fixture_anchors_back_from_drafts(name: str) -> None:
    """Every shipped fixture, its spans reduced to text + 24 characters of context, anchors back to itself."""
    document = fixtures.data(name)
    assert anchor_document(to_drafts(document, document["body"])) == (document, [])


def test_anchored_documents_come_out_unchanged() -> None:
    """Every shipped fixture, whose spans all carry offsets, comes out of anchoring equal to itself."""
    for name in fixtures.names():
        document = fixtures.data(name)
        assert anchor_document(document) == (document, [])


def _article(**members: Any) -> dict[str, Any]:
    return {"id": "a1", "headline": "Envoy", "language": "en", "body": BODY, **members}


def test_nulls_dropped_and_drafts_anchored() -> None:
    """Null members are dropped and a draft trigger and mention get offsets; the result validates."""
    draft = _article(url=None, actors=[{"id": "jp", "kind": "organisation", "name": "Japan", "description": None,
                                        "mentions": [{"text": "Japan", "prefix": "met ", "suffix": None}]}])
    anchored, problems = anchor_document(draft)
    assert problems == []
    assert "url" not in anchored
    assert "description" not in anchored["actors"][0]
    assert anchored["actors"][0]["mentions"] == [{"start": 23, "end": 28, "text": "Japan"}]
    assert newsevents.validate(anchored) == []


def test_missing_and_wrong_spans_are_problems() -> None:
    """A missing quote and an offset span that disagrees with the body are reported with their paths."""
    draft = _article(actors=[{"id": "jp", "kind": "organisation", "name": "Japan",
                              "mentions": [{"text": "Korea"}, {"start": 1, "end": 6, "text": "Japan"},
                                           {"text": "Japan"}]}])
    anchored, problems = anchor_document(draft)
    found = {(p.json_path, p.check) for p in problems}
    assert found == {("$.actors[0].mentions[0].text", "quote-not-found"),
                     ("$.actors[0].mentions[1]", "span-matches-body"),
                     ("$.actors[0].mentions[2].text", "quote-ambiguous")}
    assert "23, 40" in next(p.message for p in problems if p.check == "quote-ambiguous")
    assert anchored["actors"][0]["mentions"][0] == {"text": "Korea"}


def test_spans_in_union_members_are_anchored() -> None:
    """A draft trigger inside an event (a tagged union member) is anchored like any other span."""
    draft = _article(events=[{"id": "e1", "type": "meeting", "trigger": {"text": "met"}}])
    anchored, problems = anchor_document(draft)
    assert problems == []
    assert anchored["events"][0]["trigger"] == {"start": 19, "end": 22, "text": "met"}


def _anchor_cli(stdin: bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsevents", "anchor", "-"], input=stdin, capture_output=True,
                          check=False)


def test_cli_anchors_the_seed_drafts() -> None:
    """`newsevents anchor -` turns the seed drafts into the seed fixture (one JSON line), exit 0."""
    document = fixtures.data("seed-article")
    result = _anchor_cli(json.dumps(to_drafts(document, document["body"])).encode())
    assert result.returncode == 0, result.stderr.decode()
    assert [json.loads(line) for line in result.stdout.splitlines()] == [document]


def test_cli_reports_and_skips_unanchorable_records() -> None:
    """A record with an ambiguous quote is reported on stderr and not written; the other one is; exit 1."""
    bad = _article(actors=[{"id": "jp", "kind": "organisation", "name": "Japan", "mentions": [{"text": "Japan"}]}])
    good = _article()
    result = _anchor_cli((json.dumps(bad) + "\n" + json.dumps(good) + "\n").encode())
    assert result.returncode == 1
    assert [json.loads(line) for line in result.stdout.splitlines()] == [good]
    assert b"<stdin>:1: error: $.actors[0].mentions[0].text:" in result.stderr
    assert b"candidates at 23, 40" in result.stderr


def test_cli_reports_a_directory_without_feeds(tmp_path: Path) -> None:
    """`newsevents anchor DIR` scans directories as validate does: a directory with no feed is an error, exit 2."""
    (tmp_path / "notes.txt").write_text("not a feed", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "newsevents", "anchor", str(tmp_path)], capture_output=True,
                            check=False)
    assert result.returncode == 2
    assert b"not taken as feeds" in result.stderr
    assert b"no .json, .jsonl or .ndjson files" in result.stderr
