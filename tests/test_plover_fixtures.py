"""The plover-* fixtures: gold-standard records converted for the event types the seed article lacks."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

import newsevents
from newsevents import fixtures
from newsevents.datamodel.unions import tag_of
from newsevents.docsgen import fixture_samples
from newsevents.interop.plover import normalise_record, to_plover

from ._paths import REPO, TESTS

BUILDER = REPO / "tools" / "build_plover_fixtures.py"
GOLD = {r["id"]: r for r in json.loads((TESTS / "data" / "plover" / "gold-standard-records.json").read_text("utf-8"))}
PLOVER = [name for name in fixtures.names() if name.startswith("plover-")]


def test_every_plover_mapped_type_has_a_fixture_example() -> None:
    """Between the seed article and the plover-* fixtures, every event type with a PLOVER category occurs."""
    shown = {tag_of(type(event)) for name in fixtures.names() for event in fixtures.load(name).events}
    mapped = {entry.event_type for entry in newsevents.TAXONOMY if entry.plover is not None}
    assert mapped <= shown
    assert len(PLOVER) == 13


@pytest.mark.parametrize("name", PLOVER)
def test_plover_fixture_is_a_valid_import_of_its_gold_record(name: str) -> None:
    """Each plover-* fixture validates, names its record and licence, and exports back to that record."""
    data: Any = fixtures.data(name)
    assert newsevents.validate(data) == []
    credit = fixtures.attribution(name)
    assert credit is not None
    assert "CC BY-SA 4.0" in credit
    assert "Open Event Data Alliance" in credit
    article = fixtures.load(name)
    assert article.provenance is not None
    record_id = article.provenance.record_id
    assert record_id is not None
    assert record_id in credit
    assert name == "plover-" + tag_of(type(article.events[0])).replace("_", "-")
    assert normalise_record(to_plover(article, codebook="0.5b1")) == normalise_record(GOLD[record_id])


def test_own_fixtures_carry_no_attribution_and_come_first_in_the_docs() -> None:
    """The seed article is the project's own (no attribution) and is the docs' first source of examples; the
    project's other examples follow, then the attributed ones."""
    assert fixtures.attribution("seed-article") is None
    with pytest.raises(KeyError, match="seed-article"):
        fixtures.attribution("no-such-fixture")
    samples = fixture_samples()
    assert samples[0].source == "fixture `seed-article`"
    credited = ["CC BY-SA 4.0" in s.source for s in samples[1:]]
    assert credited == sorted(credited)
    assert any(credited)
    assert all("CC BY-SA 4.0" in s.source for s in samples if s.source.startswith("fixture `plover-"))
    assert all("CC BY-SA" not in s.source for s in samples if "example-" in s.source)


def test_builder_check_passes() -> None:
    """The committed plover-* files are exactly what tools/build_plover_fixtures.py writes (--check exits 0)."""
    done = subprocess.run([sys.executable, str(BUILDER), "--check"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_builder_check_fails_on_drift(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """--check exits 1 when a plover-* file differs from what the builder writes, and writing repairs it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_plover_fixtures", BUILDER)
    assert spec is not None
    assert spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    for name, text in builder.expected_files().items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(builder, "TARGET", tmp_path)
    assert builder.main(["--check"]) == 0
    (tmp_path / "plover-protest.json").write_text("{}\n", encoding="utf-8")
    assert builder.main(["--check"]) == 1
    assert builder.main([]) == 0
    assert builder.main(["--check"]) == 0
