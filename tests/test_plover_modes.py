"""PLOVER modes that name a newsevents type within a category (COERCE/detain is `arrest`), on import and export."""

from __future__ import annotations

import copy
import json
from collections import Counter
from typing import Any

import pytest

import newsevents
from newsevents import Arrest, Coercion, Realis, event_class_for_plover, plover_category_for, plover_mode_for
from newsevents.datamodel.unions import members, tag_of
from newsevents.interop.plover import codebook_for, export_article, from_plover, import_record, to_plover

from ._paths import TESTS

GOLD = {r["id"]: r for r in json.loads((TESTS / "data" / "plover" / "gold-standard-records.json").read_text("utf-8"))}
DETAIN = "PLOVER-GSR01-COERCE-0017"
#: Every (category spelling, mode spelling, event type) the taxonomy maps at mode level.
MODE_PAIRS = [(name, mode, entry.event_type) for entry in newsevents.TAXONOMY if entry.plover
              for name in (entry.plover, *entry.plover_aliases) for mode in entry.plover_modes]


def _checks(problems: list[Any]) -> list[tuple[str, str]]:
    return [(p.check, p.severity) for p in problems]


def test_gold_detain_record_imports_as_arrest_and_exports_back() -> None:
    """The gold COERCE record with mode detain imports as an `arrest` (mode kept) and exports back unchanged."""
    record = GOLD[DETAIN]
    assert (record["event"], record["mode"], record["version"]) == ("COERCE", "detain", "0.5b1")
    article, problems = import_record(record)
    assert article is not None
    assert [p for p in problems if p.severity != "info"] == []
    event = article.events[0]
    assert type(event) is Arrest
    assert event.mode == "detain"
    assert to_plover(article) == record
    assert to_plover(article, codebook="0.5b1") == record


def test_gold_detain_record_exported_in_0_8_spells_the_mode_arrest() -> None:
    """Asked for 0.8, the detain record is written COERCE/arrest, with an info note that the version says 0.5b1."""
    article = from_plover(GOLD[DETAIN])
    records, problems = export_article(article, codebook="0.8")
    assert [(r["event"], r["mode"]) for r in records] == [("COERCE", "arrest")]
    assert _checks(problems) == [("codebook-spelling", "info")]
    assert type(from_plover(records[0]).events[0]) is Arrest


@pytest.mark.parametrize(("category", "mode", "event_type"), MODE_PAIRS)
def test_each_mode_mapping_imports_as_its_type(category: str, mode: str, event_type: str) -> None:
    """Each mapped category+mode gives its type, in any letter case, by lookup and by importing a record."""
    assert tag_of(event_class_for_plover(category, mode)) == event_type
    assert tag_of(event_class_for_plover(category.lower(), f" {mode.upper()} ")) == event_type
    record = copy.deepcopy(GOLD[DETAIN])
    record.update(event=category, mode=mode)
    article, _ = import_record(record)
    assert article is not None
    assert tag_of(type(article.events[0])) == event_type


def test_the_mode_mappings_are_the_reviewed_ones() -> None:
    """The taxonomy maps exactly COERCE/detain (0.5b1) and COERCE/arrest (0.8) to `arrest`, and says which is which."""
    assert MODE_PAIRS == [("COERCE", "detain", "arrest"), ("COERCE", "arrest", "arrest")]
    assert plover_category_for("arrest") == plover_category_for("arrest", codebook="0.5b1") == "COERCE"
    assert plover_mode_for("arrest", codebook="0.5b1") == "detain"
    assert plover_mode_for("arrest") == "arrest"
    assert plover_mode_for("coercion") is None
    assert plover_mode_for("election") is None
    with pytest.raises(KeyError):
        plover_mode_for("no-such-type")


@pytest.mark.parametrize("mode", [None, "", "restrict", "ban", "no-such-mode", "Detained"])
def test_unknown_or_other_modes_fall_back_to_the_category_type(mode: str | None) -> None:
    """A mode that names no type (or none at all) leaves the category's own type; the old one-argument call works."""
    assert event_class_for_plover("COERCE", mode) is Coercion
    assert event_class_for_plover("coerce") is Coercion
    record = copy.deepcopy(GOLD["PLOVER-GSR01-COERCE-0001"])
    record["mode"] = mode
    article, _ = import_record(record)
    assert article is not None
    assert type(article.events[0]) is Coercion


def test_a_mode_with_an_unknown_category_is_still_unknown() -> None:
    """A mapped mode does not rescue an unknown category: the lookup raises KeyError and the import reports it."""
    with pytest.raises(KeyError):
        event_class_for_plover("CRIME", "arrest")
    article, problems = import_record({**GOLD[DETAIN], "event": "CRIME"})
    assert article is None
    assert ("unknown-category", "error") in _checks(problems)


def test_no_type_maps_to_two_places() -> None:
    """Each type has one taxonomy row, each category+mode pair one type, and every mode sits in a known category."""
    counts = Counter(entry.event_type for entry in newsevents.TAXONOMY)
    assert [tag for tag, n in counts.items() if n > 1] == []
    pairs = Counter((name, mode) for name, mode, _ in MODE_PAIRS)
    assert [pair for pair, n in pairs.items() if n > 1] == []
    categories = {name for entry in newsevents.TAXONOMY if entry.plover and not entry.plover_modes
                  for name in (entry.plover, *entry.plover_aliases)}
    for entry in newsevents.TAXONOMY:
        if entry.plover_modes:
            assert entry.plover in categories
            assert 1 <= len(entry.plover_modes) <= 2
    # A category alone still names exactly one type: the category-level one.
    for name in categories:
        chosen = event_class_for_plover(name)
        assert not next(e for e in newsevents.TAXONOMY if e.event_type == tag_of(chosen)).plover_modes
    assert set(members(newsevents.Event)) >= set(counts)


@pytest.mark.parametrize(("codebook", "mode"), [("0.8", "arrest"), ("0.5b1", "detain")])
def test_a_new_arrest_exports_as_coerce_with_the_codebooks_mode(codebook: str, mode: str) -> None:
    """An `arrest` written from scratch exports as COERCE with the codebook's mode and imports back as `arrest`."""
    article = newsevents.Article(id="a", headline="h", language="en", body="Police detained two men.",
                                 events=(Arrest(id="e", realis=Realis.OCCURRED),))
    records, problems = export_article(article, codebook=codebook)  # type: ignore[arg-type]
    assert problems == []
    assert (records[0]["event"], records[0]["mode"]) == ("COERCE", mode)
    assert type(from_plover(records[0]).events[0]) is Arrest
    assert codebook_for(article) == "0.8"


def test_an_arrest_with_another_mode_is_written_with_its_own_mode() -> None:
    """An `arrest` holding a mode PLOVER gives another type is written with the arrest mode, and a warning says so."""
    article = newsevents.Article(id="a", headline="h", language="en", body="Police detained two men.",
                                 events=(Arrest(id="e", realis=Realis.OCCURRED, mode="deport"),))
    records, problems = export_article(article)
    assert records[0]["mode"] == "arrest"
    assert _checks(problems) == [("mode", "warning")]
    assert problems[0].path == ("events", 0, "mode")


def test_a_0_8_arrest_record_round_trips_in_its_own_spelling() -> None:
    """A 0.8 record COERCE/arrest imports as `arrest` and, with no codebook named, is written back as it came."""
    record = copy.deepcopy(GOLD[DETAIN])
    record.update(mode="arrest", version="0.8")
    article, problems = import_record(record)
    assert article is not None
    assert [p for p in problems if p.severity != "info"] == []
    assert type(article.events[0]) is Arrest
    assert to_plover(article) == record
    unversioned = {k: v for k, v in record.items() if k != "version"}
    article, problems = import_record(unversioned)
    assert article is not None
    assert [p for p in problems if p.severity != "info"] == []
    assert to_plover(article) == unversioned


def test_a_coercion_whose_mode_names_another_type_is_written_with_a_warning() -> None:
    """A `coercion` holding mode arrest is written as stored, with a warning that it imports back as an `arrest`."""
    article = newsevents.Article(id="a", headline="h", language="en", body="Police detained two men.",
                                 events=(Coercion(id="e", realis=Realis.OCCURRED, mode="arrest"),))
    records, problems = export_article(article)
    assert (records[0]["event"], records[0]["mode"]) == ("COERCE", "arrest")
    assert _checks(problems) == [("mode", "warning")]
    assert type(from_plover(records[0]).events[0]) is Arrest
    plain = newsevents.Article(id="a", headline="h", language="en", body="Police detained two men.",
                               events=(Coercion(id="e", realis=Realis.OCCURRED, mode="ban"),))
    assert export_article(plain)[1] == []
