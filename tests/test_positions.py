"""Line and column numbers for problems: found in the JSON text, reported by the CLI and in JSON reports."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from newsevents import fixtures
from newsevents.cli import main
from newsevents.feed.positions import locate

_TEXT = json.dumps({"a": 1, "b": [{"x": "[{,:}]\\\""}, {"y": [3, "q"]}], "c": {}}, indent=2)


def test_members_are_placed_at_their_keys_and_items_at_their_start() -> None:
    """A member's place is its key; an array item's is its first character; the root is 1:1."""
    places = locate(_TEXT, [("a",), ("b", 1, "y", 1), ("b", 0), ()])
    lines = _TEXT.splitlines()
    assert places[()] == (1, 1)
    assert lines[places[("a",)][0] - 1][places[("a",)][1] - 1:].startswith('"a"')
    line, column = places[("b", 1, "y", 1)]
    assert lines[line - 1][column - 1:].startswith('"q"')
    assert lines[places[("b", 0)][0] - 1].strip() == "{"


def test_punctuation_inside_strings_does_not_mislead_the_walk() -> None:
    """Brackets, commas, colons and escaped quotes inside a string are text, not structure."""
    line, column = locate(_TEXT, [("c",)])[("c",)]
    assert _TEXT.splitlines()[line - 1][column - 1:].startswith('"c"')


def test_a_missing_member_is_placed_at_the_object_that_lacks_it() -> None:
    """A path the text does not have falls back to its nearest enclosing value."""
    assert locate(_TEXT, [("c", "missing")])[("c", "missing")] == locate(_TEXT, [("c",)])[("c",)]


def test_text_that_is_not_json_places_nothing_it_cannot() -> None:
    """A truncated text yields places only for what was reached, and never raises."""
    assert locate('{"a": [1, 2', [("a", 5), ("z",)]) == {("a", 5): (1, 2), ("z",): (1, 1)}


def _broken_seed() -> dict[str, object]:
    data = copy.deepcopy(fixtures.data("seed-article"))
    trigger = data["events"][0]["trigger"]  # type: ignore[index]
    trigger["start"], trigger["end"] = trigger["end"], trigger["start"]
    return data


def test_cli_text_report_gives_file_line_column(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A pretty-printed document's problem is reported as file:line:column, pointing at the member."""
    text = json.dumps(_broken_seed(), indent=2)
    path = tmp_path / "article.json"
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    where, _, rest = first.partition(": ")
    assert rest.startswith("$.events[0].trigger: start")
    line, column = (int(n) for n in where.rsplit(":", 2)[1:])
    assert text.splitlines()[line - 1][column - 1:].startswith('"trigger"')


def test_cli_json_report_carries_line_and_column(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """-o json gives a pretty-printed document's problem line and column members; a JSON Lines record keeps its
    own line and gets no column (its one line is the record)."""
    document = tmp_path / "article.json"
    text = json.dumps(_broken_seed(), indent=2)
    document.write_text(text, encoding="utf-8")
    lines = tmp_path / "feed.jsonl"
    lines.write_bytes(json.dumps(fixtures.data("seed-article")).encode() + b"\n"
                      + json.dumps(_broken_seed()).encode() + b"\n")
    assert main(["validate", "-o", "json", str(document), str(lines)]) == 1
    report = json.loads(capsys.readouterr().out)
    located, in_line = [p for record in report["records"] for p in record["problems"]]
    assert text.splitlines()[located["line"] - 1][located["column"] - 1:].startswith('"trigger"')
    assert "column" not in in_line
    assert [record["line"] for record in report["records"]] == [None, 2]
