"""newsevents.interop.verbatim: keeping source members the model cannot type, and putting them back."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newsevents import Article, Provenance, check_article
from newsevents.interop.verbatim import MISSING, differences, keep, lookup, restore

_SCALARS = st.none() | st.booleans() | st.integers(-1000, 1000) | st.text(max_size=6)
_JSON = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(st.text(max_size=4), inner, max_size=3), max_leaves=8)
_RECORDS = st.dictionaries(st.text(max_size=4), _JSON, max_size=5)


def test_differences_are_innermost_and_typed() -> None:
    """Objects differ member by member, equal-length lists item by item, 1 and 1.0 differ, missing is a path."""
    before = {"a": {"b": 1, "c": [1, 2]}, "d": [1], "e": 1, "f": "x"}
    after = {"a": {"b": 2, "c": [1, 3]}, "d": [1, 2], "e": 1.0, "g": "y"}
    assert list(differences(before, after)) == [("a", "b"), ("a", "c", 1), ("d",), ("e",), ("f",), ("g",)]
    assert lookup(before, ("a", "c", 1)) == 2
    assert lookup(before, ("g",)) is MISSING
    assert lookup(before, ("a", "c", 5)) is MISSING


@settings(max_examples=300, deadline=None)
@given(source=_RECORDS, exported=_RECORDS)
def test_restoring_what_was_kept_gives_the_source_back(source: dict[str, Any], exported: dict[str, Any]) -> None:
    """For any two JSON objects, restoring the kept members into the export gives the source exactly."""
    kept, refused = keep(source, exported)
    record = copy.deepcopy(exported)
    left_out = restore(record, [k.value for k in kept])
    if not refused:
        assert left_out == []
        assert record == source
    article = Article(id="a", headline="h", language="en", body="b",
                      provenance=Provenance(source_values=tuple(k.value for k in kept)))
    assert check_article(article) == []


def test_an_edited_export_keeps_the_edit() -> None:
    """A member whose place now holds something else than what it replaced is reported, and the edit stays."""
    source = {"sector": "***", "name": "Libya"}
    exported = {"name": "Libya"}
    [kept], _ = keep(source, exported)
    edited = {"name": "Libya", "sector": "GOV"}
    [left_out] = restore(edited, [kept.value])
    assert edited["sector"] == "GOV"
    assert (left_out.pointer, left_out.current, left_out.reason) == ("/sector", "GOV", "edited")
    unedited = {"name": "Libya"}
    assert restore(unedited, [kept.value]) == []
    assert unedited == source


def test_pointers_escape_slashes_and_tildes() -> None:
    """Member names with / and ~ are kept under RFC 6901 pointers and put back under the right name."""
    source = {"a/b": 1, "c~d": {"e": 2}}
    kept, _ = keep(source, {"c~d": {}})
    assert sorted(k.value.pointer for k in kept) == ["/a~1b", "/c~0d/e"]
    record: dict[str, Any] = {"c~d": {}}
    assert restore(record, [k.value for k in kept]) == []
    assert record == source


def test_members_that_cannot_be_kept_are_refused() -> None:
    """A value JSON cannot write (NaN) is refused with a reason, never kept half-way."""
    kept, refused = keep({"size": float("nan")}, {"size": "5"})
    assert kept == []
    assert [r.path for r in refused] == [("size",)]
    assert "JSON" in refused[0].reason or "nan" in refused[0].reason.lower()
