"""Severities: errors fail validation, warnings are reported and fail only with ``validate --strict``; and the
time checks that read a value against the calendar, its bounds, its anchor and its wording."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import newsevents
from newsevents.cli import main
from newsevents.datamodel.timechecks import value_range

from ._feeds import invalid_doc, jsonl, write

WARNED = invalid_doc("span-inside-word")  # one warning, no error
DANGLING = invalid_doc("dangling-reference")


def test_problem_severity_defaults_to_error_and_reaches_the_dict() -> None:
    """A Problem built without a severity is an error, and to_dict carries the severity member."""
    problem = newsevents.Problem(path=("id",), message="m", check="c", layer="semantic")
    assert problem.severity == "error"
    assert problem.is_error
    assert problem.to_dict()["severity"] == "error"
    assert str(problem) == "$.id: m [semantic:c]"


def test_warning_reads_as_one_in_text() -> None:
    """A warning's text says it is a warning, so a text report tells it from an error."""
    problem = newsevents.Problem(path=(), message="m", check="c", layer="semantic", severity="warning")
    assert not problem.is_error
    assert str(problem) == "$: m (warning) [semantic:c]"


def test_validate_reports_the_warning_and_ensure_valid_accepts() -> None:
    """validate() lists the warning; ensure_valid still returns the article."""
    assert [p.severity for p in newsevents.validate(WARNED)] == ["warning"]
    assert newsevents.ensure_valid(WARNED).id == WARNED["id"]


def test_cli_warning_exits_0_but_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Without --strict a record with only warnings is valid (exit 0) and its warning is printed."""
    feed = write(tmp_path / "w.jsonl", jsonl([WARNED]))
    code = main(["validate", str(feed)])
    out = capsys.readouterr().out
    assert code == 0
    assert "span-word-boundary" in out
    assert "(warning)" in out
    assert out.endswith("1 valid, 0 invalid, 0 unreadable\n")


def test_cli_strict_fails_on_a_warning(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """With --strict the same record is invalid and the run exits 1."""
    feed = write(tmp_path / "w.jsonl", jsonl([WARNED]))
    code = main(["validate", "--strict", str(feed)])
    assert code == 1
    assert "0 valid, 1 invalid" in capsys.readouterr().out


def test_cli_jsonl_report_carries_severity(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """JSON Lines reports give each problem's severity: warning for the warning, error for the error."""
    feed = write(tmp_path / "w.jsonl", jsonl([WARNED, DANGLING]))
    main(["validate", "-o", "jsonl", str(feed)])
    entries = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    problems = [(e["status"], e["severity"]) for e in entries if e["kind"] == "problem"]
    assert ("valid", "warning") in problems
    assert ("invalid", "error") in problems


@pytest.mark.parametrize(("value", "real"), [
    ("2024-02-29", True), ("2023-02-29", False), ("2023-13", False), ("2023-00", False), ("2020-W53", True),
    ("2021-W53", False), ("2023-W00", False), ("2023-12-22T09:30:00+09:00", True), ("2023-12-22T25:00Z", False),
    ("2024-Q4", True), ("199X", True), ("19XX", True), ("2024", True),
])
def test_value_range_knows_the_calendar(value: str, real: bool) -> None:
    """value_range accepts real dates, months, weeks and instants and refuses impossible ones."""
    assert (value_range(value) is not None) is real


def test_value_range_spans() -> None:
    """A quarter covers its three months, a week Monday to Sunday, a decade its ten years."""
    assert value_range("2024-Q1") == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert value_range("2023-W51") == (dt.date(2023, 12, 18), dt.date(2023, 12, 24))
    assert value_range("199X") == (dt.date(1990, 1, 1), dt.date(1999, 12, 31))


def test_weekday_agreeing_with_the_value_passes() -> None:
    """'on Saturday' normalised to a Saturday raises no weekday warning."""
    doc = invalid_doc("weekday-disagrees")
    doc["events"][0]["time"]["text"] = "on Saturday"
    assert newsevents.validate(doc) == []


def test_span_on_word_boundaries_passes() -> None:
    """A span that begins and ends at word boundaries is not warned about."""
    doc = invalid_doc("span-inside-word")
    doc["actors"][1]["mentions"][0] = {"start": 50, "end": 59, "text": "Southland"}
    assert newsevents.validate(doc) == []
