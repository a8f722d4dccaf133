"""Build the PLOVER fixtures: for each event type the seed article lacks, one gold-standard record, imported.

The PLOVER gold-standard records (``tests/data/plover``) are real sentences coded by hand. For every event type
with a PLOVER category that the seed article does not report, the first record of that type that imports
without a warning is converted with ``newsevents.interop.plover`` and written to
``src/newsevents/fixtures/plover-<type>.json``, with its source and licence (CC BY-SA 4.0, © 2016 Open Event
Data Alliance) in ``plover-<type>.attribution`` beside it. The reference docs take examples from every fixture,
so these give the event types the seed article lacks a real example. Output is deterministic, so ``--check``
can tell whether the committed files are what this script writes.

Usage::

    python tools/build_plover_fixtures.py           # write the fixtures
    python tools/build_plover_fixtures.py --check   # exit 1 if the committed ones are out of date
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from newsevents import Article, fixtures, unstructure
from newsevents.datamodel.unions import tag_of
from newsevents.interop.plover import import_record
from newsevents.schema.files import changed_files, sync_files

ROOT = Path(__file__).resolve().parents[1]
RECORDS = ROOT / "tests" / "data" / "plover" / "gold-standard-records.json"
TARGET = ROOT / "src" / "newsevents" / "fixtures"
PATTERN = "plover-*"
ATTRIBUTION = ("PLOVER gold-standard record {id} (codebook {version}), © 2016 Open Event Data Alliance, "
               "CC BY-SA 4.0; converted by newsevents.interop.plover")


def chosen_records(records: list[dict[str, Any]]) -> dict[str, tuple[dict[str, Any], Article]]:
    """Event type -> (record, article): the first clean record of each type the seed article lacks."""
    seed_types = {tag_of(type(event)) for event in fixtures.load("seed-article").events}
    chosen: dict[str, tuple[dict[str, Any], Article]] = {}
    for record in records:
        article, problems = import_record(record)
        if article is None or any(p.severity != "info" for p in problems):
            continue
        event_type = tag_of(type(article.events[0]))
        if event_type not in seed_types and event_type not in chosen:
            chosen[event_type] = (record, article)
    return dict(sorted(chosen.items()))


def expected_files() -> dict[str, str]:
    """File name -> exact text of every PLOVER fixture and its attribution."""
    records = json.loads(RECORDS.read_text(encoding="utf-8"))
    files: dict[str, str] = {}
    for event_type, (record, article) in chosen_records(records).items():
        name = "plover-" + event_type.replace("_", "-")
        files[f"{name}.json"] = json.dumps(unstructure(article), indent=2, ensure_ascii=False) + "\n"
        files[f"{name}.attribution"] = ATTRIBUTION.format(id=record["id"], version=record["version"]) + "\n"
    return files


def main(argv: list[str] | None = None) -> int:
    """Write the fixtures, or with ``--check`` report whether the committed ones are current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the committed fixtures differ from what would be written")
    args = parser.parse_args(argv)
    expected = expected_files()
    if args.check:
        changed = changed_files(TARGET, expected, PATTERN)
        if changed:
            print(f"PLOVER fixtures out of date: {', '.join(changed)}; run python tools/build_plover_fixtures.py",
                  file=sys.stderr)
            return 1
        return 0
    touched = sync_files(TARGET, expected, PATTERN)
    print(f"wrote {len(expected) // 2} PLOVER fixtures to {TARGET} ({len(touched)} files changed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
