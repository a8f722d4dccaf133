"""`newsevents validate`: formats, reports, flags and exit codes through the command line, and the same engine
through `newsevents.feed`."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsevents
from newsevents import feed
from newsevents.cli import main
from newsevents.cli import progress as _progress
from newsevents.feed import ranges as _ranges

from ._feeds import invalid_doc, jsonl, valid_doc, write

VALID = valid_doc()
MINIMAL = valid_doc("minimal")
BAD_ENUM = invalid_doc("bad-enum")  # $.events[0].realis
DANGLING = invalid_doc("dangling-reference")  # passes the schema, fails a semantic check


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """Run the command line in process; return (exit code, stdout, stderr)."""
    code = main(["validate", *(str(a) for a in args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A JSON Lines feed: valid, schema-invalid, unparsable, valid, semantically invalid."""
    data = jsonl([VALID, BAD_ENUM]) + b'{"id": "broken",\n' + jsonl([MINIMAL, DANGLING])
    return write(tmp_path / "feed.jsonl", data)


def test_all_valid_exits_0_with_a_summary(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A feed of valid articles exits 0, prints nothing but the summary."""
    code, out, err = run(capsys, write(tmp_path / "ok.jsonl", jsonl([VALID, MINIMAL])))
    assert code == 0
    assert out == "1 file, 2 records: 2 valid, 0 invalid, 0 unreadable\n"
    assert err == ""


def test_text_report_names_file_line_path_and_message(capsys: pytest.CaptureFixture[str], mixed: Path) -> None:
    """Each problem line gives file:line, the JSON path, the message and [layer:check]; the run goes on past
    bad records and ends with the counts."""
    code, out, _ = run(capsys, mixed)
    lines = out.splitlines()
    assert code == 1
    # The allowed values are listed in the vocabulary's order, which grows additively across schema versions.
    allowed = ", ".join(repr(realis.value) for realis in newsevents.Realis)
    assert lines[0] == f"{mixed}:2: $.events[0].realis: 'probable' is not one of {allowed} [schema:enum]"
    assert lines[1].startswith(f"{mixed}:3: unreadable: $: invalid JSON at line 1, column 17")
    assert lines[1].endswith("[input:syntax]")
    assert lines[2].startswith(f"{mixed}:5: $.events[0].participants[1].ref: reference 'westland'")
    assert lines[-1] == "1 file, 5 records: 2 valid, 2 invalid, 1 unreadable"


def test_json_report_is_one_document(capsys: pytest.CaptureFixture[str], mixed: Path) -> None:
    """`-o json` prints one JSON document: the records that are not valid, with their problems, and the summary."""
    code, out, _ = run(capsys, "-o", "json", mixed)
    report = json.loads(out)
    assert code == 1
    assert [(r["line"], r["status"]) for r in report["records"]] == [(2, "invalid"), (3, "unreadable"),
                                                                      (5, "invalid")]
    first = report["records"][0]
    assert first["file"] == str(mixed)
    assert first["id"] == "transfer-with-chain"
    assert first["problems"] == [{"path": "$.events[0].realis", "pointer": "/events/0/realis",
                                  "message": first["problems"][0]["message"], "check": "enum", "layer": "schema",
                                  "severity": "error"}]
    assert report["summary"] == {"files": 1, "records": 5, "valid": 2, "invalid": 2, "unreadable": 1, "problems": 3,
                                 "stopped": None, "errors": []}


def test_jsonl_report_is_one_object_per_problem(capsys: pytest.CaptureFixture[str], mixed: Path) -> None:
    """`-o jsonl` prints a `problem` object per problem with its location, then a `summary` object."""
    code, out, _ = run(capsys, "-o", "jsonl", mixed)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [r["kind"] for r in rows] == ["problem", "problem", "problem", "summary"]
    assert (rows[0]["line"], rows[0]["path"], rows[0]["check"]) == (2, "$.events[0].realis", "enum")
    assert (rows[1]["status"], rows[1]["layer"]) == ("unreadable", "input")
    assert (rows[-1]["records"], rows[-1]["unreadable"]) == (5, 1)


def test_verbose_reports_valid_records_too(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`--verbose` adds a line per valid record summarising what it holds."""
    code, out, _ = run(capsys, "--verbose", write(tmp_path / "a.json", json.dumps(VALID).encode()))
    assert code == 0
    assert out.splitlines()[0] == (f"{tmp_path / 'a.json'}: valid article 'transfer-with-chain': 4 actors, "
                                   "1 item, 1 event")


def test_json_array_problems_name_the_index(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A JSON array's elements are the records; problems name the array index."""
    feed = write(tmp_path / "feed.json", json.dumps([VALID, BAD_ENUM, MINIMAL], indent=2).encode())
    code, out, _ = run(capsys, feed)
    assert code == 1
    assert out.splitlines()[0].startswith(f"{feed}[1]: $.events[0].realis:")
    assert out.splitlines()[-1] == "1 file, 3 records: 2 valid, 1 invalid, 0 unreadable"


def test_gzip_is_read_transparently(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Gzip-compressed feeds are recognised by their bytes, whatever their name."""
    packed = write(tmp_path / "feed.jsonl.gz", jsonl([VALID, BAD_ENUM]), compress=True)
    oddly_named = write(tmp_path / "feed.data", json.dumps(VALID).encode(), compress=True)
    code, out, _ = run(capsys, packed, oddly_named)
    assert code == 1
    assert out.splitlines()[0].startswith(f"{packed}:2: $.events[0].realis")
    assert out.splitlines()[-1] == "2 files, 3 records: 2 valid, 1 invalid, 0 unreadable"


@pytest.mark.parametrize(("data", "expected"), [
    (jsonl([VALID, MINIMAL]), "2 records"),  # JSON Lines: the first line is a whole value and more follows
    (json.dumps([VALID, MINIMAL]).encode(), "2 records"),  # an array
    (json.dumps(VALID, indent=2).encode(), "1 record"),  # a pretty-printed document
])
def test_format_is_guessed_for_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                     data: bytes, expected: str) -> None:
    """Without a file name, the format is guessed from the first bytes."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsys)
    assert code == 0
    assert f"1 file, {expected}: " in out


def test_format_flag_overrides_the_extension(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`--format jsonl` reads a .json file as JSON Lines (and --format json reads .jsonl as one document)."""
    lines = write(tmp_path / "feed.json", jsonl([VALID, MINIMAL]))
    assert run(capsys, "--format", "jsonl", lines)[1].endswith("2 records: 2 valid, 0 invalid, 0 unreadable\n")
    one = write(tmp_path / "one.jsonl", json.dumps(VALID, indent=2).encode())
    assert run(capsys, "--format", "json", one)[1].endswith("1 record: 1 valid, 0 invalid, 0 unreadable\n")


def test_type_validates_another_top_level_type(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`--type event` checks records against the event schema."""
    events = [VALID["events"][0], {"type": "transfer", "id": "e2", "realis": "perhaps"}]
    code, out, _ = run(capsys, "--type", "event", write(tmp_path / "events.jsonl", jsonl(events)))
    assert code == 1
    assert out.splitlines()[0].startswith(f"{tmp_path / 'events.jsonl'}:2: $.realis: 'perhaps' is not one of")


def test_schema_only_skips_the_semantic_checks(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`--schema-only` accepts a record that passes the schema but fails a semantic check."""
    feed = write(tmp_path / "feed.jsonl", jsonl([DANGLING]))
    assert run(capsys, feed)[0] == 1
    assert run(capsys, "--schema-only", feed)[0] == 0


def test_max_errors_stops_after_n_problems(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`--max-errors 2` reports two problems, stops reading, and says so in the summary."""
    feed = write(tmp_path / "feed.jsonl", jsonl([BAD_ENUM] * 5))
    code, out, _ = run(capsys, "--max-errors", "2", feed)
    assert code == 1
    assert len(out.splitlines()) == 3
    assert out.splitlines()[-1].endswith("2 records: 0 valid, 2 invalid, 0 unreadable (stopped early: --max-errors 2)")


def test_fail_fast_stops_at_the_first_bad_record(capsys: pytest.CaptureFixture[str], mixed: Path) -> None:
    """`--fail-fast` stops after the first invalid record."""
    code, out, _ = run(capsys, "--fail-fast", mixed)
    assert code == 1
    assert out.splitlines()[-1] == "1 file, 2 records: 1 valid, 1 invalid, 0 unreadable (stopped early: --fail-fast)"


def test_bad_files_do_not_stop_the_others(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An empty file and a binary file are reported as unreadable; the good file after them is still checked."""
    empty = write(tmp_path / "empty.json", b"")
    binary = write(tmp_path / "blob.jsonl", bytes(range(256)))
    good = write(tmp_path / "good.jsonl", jsonl([VALID]))
    code, out, _ = run(capsys, empty, binary, good)
    assert code == 1
    assert out.splitlines() == [
        f"{empty}: unreadable: $: the file is empty: there are no records in it [input:empty]",
        f"{binary}: unreadable: $: the file looks like UTF-16 or UTF-32 (or binary data); JSON exchanged between "
        "systems must be UTF-8 (RFC 8259 §8.1) [input:encoding]",
        "3 files, 3 records: 1 valid, 0 invalid, 2 unreadable",
    ]


def test_missing_file_exits_2_but_checks_the_rest(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A file that cannot be opened is an I/O error (exit 2, message on stderr); the other files are checked."""
    good = write(tmp_path / "good.jsonl", jsonl([VALID]))
    code, out, err = run(capsys, tmp_path / "missing.jsonl", good)
    assert code == 2
    assert err == f"newsevents: error: cannot read {tmp_path / 'missing.jsonl'}: No such file or directory\n"
    assert out.splitlines()[-1] == "1 file, 1 record: 1 valid, 0 invalid, 0 unreadable; 1 path could not be read"


def test_a_directory_is_searched_for_feed_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A directory argument means every .json/.jsonl/.ndjson (maybe .gz) file under it, in name order."""
    write(tmp_path / "b.ndjson", jsonl([BAD_ENUM]))
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "a.json.gz", json.dumps(VALID).encode(), compress=True)
    write(tmp_path / "notes.txt", b"not a feed")
    code, out, _ = run(capsys, tmp_path)
    assert code == 1
    assert out.splitlines() == [
        f"{tmp_path / 'b.ndjson'}:1: " + out.splitlines()[0].split(":1: ", 1)[1],
        "2 files, 2 records: 1 valid, 1 invalid, 0 unreadable",
    ]


@pytest.mark.parametrize("args", [
    ["--max-errors", "0"], ["--jobs", "-1"], ["--max-line-bytes", "0"], ["--max-depth", "0"],
    ["--type", "no_such_type"], ["--output", "xml"], ["--no-such-flag"], ["--jobs", "two"],
])
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str]) -> None:
    """Bad flags and values exit 2 with a message on stderr, before reading anything."""
    code, out, err = run(capsys, *args, write(tmp_path / "ok.jsonl", jsonl([VALID])))
    assert code == 2
    assert "error" in err
    assert "valid" not in out


def test_long_lines_are_skipped_and_reported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A line over --max-line-bytes is reported and skipped; the lines around it are checked."""
    huge = dict(VALID, body="x" * 5000)
    feed = write(tmp_path / "feed.jsonl", jsonl([VALID, huge, MINIMAL]))
    code, out, _ = run(capsys, "--max-line-bytes", "4096", feed)
    assert code == 1
    assert out.splitlines() == [
        f"{feed}:2: unreadable: $: line longer than the limit of 4096 bytes; skipped without reading it whole "
        "(raise the limit with --max-line-bytes) [input:too-long]",
        "1 file, 3 records: 2 valid, 0 invalid, 1 unreadable",
    ]


def test_jobs_give_the_same_report_in_the_same_order(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`--jobs 2` produces exactly the report of a single process."""
    feed = write(tmp_path / "feed.jsonl", jsonl([VALID, BAD_ENUM, MINIMAL, DANGLING] * 40) + b"oops\n")
    single = run(capsys, "-o", "jsonl", feed)
    double = run(capsys, "-o", "jsonl", "--jobs", "2", feed)
    assert double == single
    assert single[0] == 1


def test_jobs_cut_files_at_line_boundaries(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                           tmp_path: Path) -> None:
    """With files cut into small byte ranges for the workers, every line keeps its number and its verdict, even
    a skipped over-long line that spans several ranges, blank lines, and a last line without a newline."""
    monkeypatch.setattr(_ranges, "RANGE_BYTES", 3000)
    huge = dict(MINIMAL, body="x" * 9000)
    data = jsonl([VALID, MINIMAL, huge, BAD_ENUM]) + b"\n" + jsonl([MINIMAL] * 7 + [DANGLING]) + b'{"id": 1}'
    feed = write(tmp_path / "feed.jsonl", data)
    single = run(capsys, "-o", "jsonl", "--max-line-bytes", "8000", feed)
    double = run(capsys, "-o", "jsonl", "--max-line-bytes", "8000", "--jobs", "2", feed)
    assert double == single
    assert [(r["line"], r["check"]) for r in map(json.loads, single[1].splitlines()) if r["kind"] == "problem"][:3] \
        == [(3, "too-long"), (4, "enum"), (5, "empty")]


def test_no_progress_bar_unless_stderr_is_a_terminal(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """With stderr captured (not a terminal), nothing at all is written to it on a clean run."""
    feed = write(tmp_path / "feed.jsonl", jsonl([MINIMAL] * 300))
    _, _, err = run(capsys, feed)
    assert err == ""


def test_progress_bar_when_asked(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                 tmp_path: Path) -> None:
    """`--progress always` draws a progress line on stderr and erases it before the report."""
    monkeypatch.setattr(_progress, "_AFTER", 0.0)
    monkeypatch.setattr(_progress, "_EVERY", 0.0)
    feed = write(tmp_path / "feed.jsonl", jsonl([MINIMAL] * 300))
    code, out, err = run(capsys, "--progress", "always", feed)
    assert code == 0
    assert re.search(r"\r\d+ records, [\d,]+/s", err)
    assert err.endswith("\r")
    assert out == "1 file, 300 records: 300 valid, 0 invalid, 0 unreadable\n"


def _process(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsevents", "validate", *args], input=stdin,
                          capture_output=True, check=False, timeout=120)


def test_a_real_process_reads_stdin_and_sets_the_exit_code() -> None:
    """As a process: stdin by default, exit 1 for invalid data, no traceback, the report on stdout."""
    done = _process(stdin=jsonl([VALID, BAD_ENUM]) + b"\xff\xfe garbage\n")
    assert done.returncode == 1
    assert done.stderr == b""
    assert done.stdout.decode().splitlines()[-1] == "1 file, 3 records: 1 valid, 1 invalid, 1 unreadable"


def test_a_real_process_exits_2_on_a_bad_flag() -> None:
    """As a process: an unknown flag exits 2 with argparse's usage message."""
    done = _process("--bogus")
    assert done.returncode == 2
    assert b"unrecognized arguments: --bogus" in done.stderr



# --- the same engine from Python ----------------------------------------------------------------------------

def test_api_reads_paths_and_streams_alike(tmp_path: Path) -> None:
    """`feed.iter_results` gives the same results for a path and for a binary stream of the same bytes."""
    data = jsonl([VALID, BAD_ENUM]) + b"{oops\n"
    from_path = list(feed.iter_results(write(tmp_path / "f.jsonl", data)))
    from_stream = list(feed.iter_results(io.BytesIO(data), format="jsonl"))
    assert [(r.line, r.status, r.problems) for r in from_path] == [(r.line, r.status, r.problems) for r in from_stream]
    assert [r.status for r in from_path] == ["valid", "invalid", "unreadable"]


class _CountingStream(io.RawIOBase):
    """A stream of many records that counts how much has been read from it."""

    def __init__(self, line: bytes, count: int) -> None:
        self.data = io.BytesIO(line * count)
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self.data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        self.read_bytes += len(chunk)
        return len(chunk)


def test_api_streams() -> None:
    """The first result arrives after reading a few MiB of a 50 MiB feed, not the whole of it."""
    line = jsonl([VALID])
    stream = _CountingStream(line, 50 * 1024 * 1024 // len(line))
    results = feed.iter_results(stream, format="jsonl")  # type: ignore[arg-type]
    assert next(results).ok
    assert stream.read_bytes < 4 * 1024 * 1024


def test_iter_articles_yields_typed_objects_then_raises(tmp_path: Path) -> None:
    """`feed.iter_articles` yields Article objects and raises InvalidRecord, with the location, at a bad record."""
    articles = feed.iter_articles(write(tmp_path / "f.jsonl", jsonl([VALID, MINIMAL, BAD_ENUM, VALID])))
    first, second = next(articles), next(articles)
    assert isinstance(first, newsevents.Article)
    assert second.id == "minimal"
    with pytest.raises(feed.InvalidRecord, match=r"f\.jsonl:3: invalid record") as info:
        next(articles)
    assert [p.json_path for p in info.value.problems] == ["$.events[0].realis"]


def test_iter_articles_loads_other_types(tmp_path: Path) -> None:
    """With `type`, `feed.iter_articles` yields objects of that model type."""
    events = list(feed.iter_articles(write(tmp_path / "e.jsonl", jsonl(VALID["events"])), type="event"))
    assert all(isinstance(e, newsevents.Event) for e in events)
    assert len(events) == len(VALID["events"])


def test_api_errors_are_exceptions(tmp_path: Path) -> None:
    """A missing file raises FileNotFoundError and an unknown type ValueError; bad data never raises."""
    with pytest.raises(FileNotFoundError):
        list(feed.iter_results(tmp_path / "missing.jsonl"))
    with pytest.raises(ValueError, match="unknown type"):
        list(feed.iter_results(io.BytesIO(b"{}"), type="no_such_type"))


class _Terminal(io.TextIOWrapper):
    """Standard input that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_reading_a_terminal_says_so(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """With no file and a terminal on stdin, stderr says standard input is being read (and the run goes on)."""
    monkeypatch.setattr(sys, "stdin", _Terminal(io.BytesIO(json.dumps(VALID).encode())))
    code, out, err = run(capsys)
    assert code == 0
    assert "newsevents: reading standard input" in err
    assert "1 file, 1 record: " in out


def test_piped_stdin_is_read_without_a_note(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A pipe or a file on stdin gets no note: only a person at a terminal needs telling."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(json.dumps(VALID).encode())))
    assert "reading standard input" not in run(capsys)[2]


def test_a_json_file_holding_json_lines_names_the_flag(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A .json file with one document per line is unreadable as one document, and the message names --format
    jsonl; with the flag, each line is a valid record."""
    feed = write(tmp_path / "feed.json", jsonl([VALID, MINIMAL]))
    code, out, _ = run(capsys, feed)
    assert code == 1
    assert "this .json file holds JSON Lines" in out
    assert "--format jsonl" in out
    assert run(capsys, "--format", "jsonl", feed)[0] == 0


def test_a_broken_json_document_gets_no_json_lines_hint(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A pretty-printed .json document with a syntax error is not taken for JSON Lines."""
    broken = json.dumps(VALID, indent=2).replace('"id"', '"id" "x"', 1).encode()
    code, out, _ = run(capsys, write(tmp_path / "one.json", broken))
    assert code == 1
    assert "[input:syntax]" in out
    assert "JSON Lines" not in out
