"""`newsevents convert`: PLOVER records in and out through the command line, with the validate exit codes."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import newsevents
from newsevents.interop.plover import normalise_record

from ._paths import TESTS

GOLD = TESTS / "data" / "plover" / "gold-standard-records.json"
RECORDS = json.loads(GOLD.read_text(encoding="utf-8"))
EVENT_RECORDS = [r for r in RECORDS if r.get("event") != "DOCUMENT"]


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsevents", "convert", *args], input=stdin, capture_output=True,
                          check=False)


def _lines(output: bytes) -> list[Any]:
    return [json.loads(line) for line in output.splitlines()]


def test_gold_file_converts_to_valid_documents() -> None:
    """All 164 event records of the gold file come out as newsevents documents that validate; exit 0."""
    result = _run("--from", "plover", str(GOLD))
    assert result.returncode == 0, result.stderr.decode()
    documents = _lines(result.stdout)
    assert len(documents) == len(EVENT_RECORDS) == 164
    assert all(newsevents.validate(doc) == [] for doc in documents)
    assert b"165 record(s) read, 164 written, 1 skipped (nothing to convert), 0 not converted" in result.stderr


def test_round_trip_through_the_command_line() -> None:
    """plover -> newsevents -> plover, with no flag, gives back all 164 event records (in their own 0.5b1 names),
    in order, exit 0 both ways."""
    forward = _run("--from", "plover", str(GOLD))
    back = _run("--to", "plover", "-", stdin=forward.stdout)
    assert back.returncode == 0, back.stderr.decode()
    assert [normalise_record(r) for r in _lines(back.stdout)] == [normalise_record(r) for r in EVENT_RECORDS]


def test_strict_refuses_lossy_records_and_names_them() -> None:
    """--strict exits 1, skips the 16 records whose article lacks something typed, and names each by id."""
    result = _run("--from", "plover", "--strict", str(GOLD))
    assert result.returncode == 1
    assert len(_lines(result.stdout)) == 148
    assert b"PLOVER-GSR01-THREATEN-0005" in result.stderr
    assert b"16 not converted" in result.stderr


def test_export_keeps_the_codebook_the_record_came_in_unless_told() -> None:
    """Without --codebook, a 0.5b1 DEMAND record comes back as DEMAND; --codebook 0.8 writes REQUEST."""
    demand = next(r for r in EVENT_RECORDS if r["event"] == "DEMAND")
    document = _lines(_run("--from", "plover", "-", stdin=json.dumps(demand).encode()).stdout)
    stdin = json.dumps(document[0]).encode()
    assert _lines(_run("--to", "plover", "-", stdin=stdin).stdout)[0]["event"] == "DEMAND"
    assert _lines(_run("--to", "plover", "--codebook", "0.8", "-", stdin=stdin).stdout)[0]["event"] == "REQUEST"


def test_json_lines_and_gzip_input(tmp_path: Path) -> None:
    """Records may come as gzipped JSON Lines, like validate's input."""
    feed = tmp_path / "records.jsonl.gz"
    with gzip.open(feed, "wt", encoding="utf-8") as handle:
        for record in EVENT_RECORDS[:5]:
            handle.write(json.dumps(record) + "\n")
    result = _run("--from", "plover", str(feed))
    assert result.returncode == 0
    assert len(_lines(result.stdout)) == 5


def test_bad_records_exit_1_and_the_rest_still_convert(tmp_path: Path) -> None:
    """An unreadable line and a record without a sentence are reported with their place; the good one converts."""
    feed = tmp_path / "mixed.jsonl"
    broken = dict(EVENT_RECORDS[0], id="NO-TEXT")
    del broken["text"]
    feed.write_text("\n".join([json.dumps(EVENT_RECORDS[1]), "{not json", json.dumps(broken)]) + "\n",
                    encoding="utf-8")
    result = _run("--from", "plover", str(feed))
    assert result.returncode == 1
    assert len(_lines(result.stdout)) == 1
    err = result.stderr.decode()
    assert f"{feed}:2" in err
    assert "NO-TEXT" in err
    assert "Traceback" not in err


def test_invalid_newsevents_document_is_not_exported() -> None:
    """--to plover validates its input first: an invalid document is reported (exit 1), not exported."""
    result = _run("--to", "plover", "-", stdin=b'{"id": "x", "headline": "h", "language": "en"}\n')
    assert result.returncode == 1
    assert result.stdout == b""
    assert b"$.body" in result.stderr


def test_usage_and_io_errors_exit_2() -> None:
    """No direction, both directions, or a missing file are usage / I/O errors (exit 2)."""
    assert _run(str(GOLD)).returncode == 2
    assert _run("--from", "plover", "--to", "plover", str(GOLD)).returncode == 2
    missing = _run("--from", "plover", "does-not-exist.json")
    assert missing.returncode == 2
    assert b"does-not-exist.json" in missing.stderr
    for flag, value in (("--max-line-bytes", "0"), ("--max-depth", "0"), ("--max-depth", "600")):
        refused = _run("--from", "plover", flag, value, str(GOLD))
        assert refused.returncode == 2, (flag, value)
        assert flag.encode() in refused.stderr


def test_reader_limits_apply_as_in_validate() -> None:
    """--max-depth and --max-line-bytes bound what convert reads, with the problems validate reports (exit 1)."""
    lines = "\n".join(json.dumps(record) for record in EVENT_RECORDS[:3]).encode() + b"\n"
    shallow = _run("--from", "plover", "--format", "jsonl", "--max-depth", "2", "-", stdin=lines)
    assert shallow.returncode == 1
    assert shallow.stdout == b""
    assert shallow.stderr.count(b"[depth]") == 3
    short = _run("--from", "plover", "--format", "jsonl", "--max-line-bytes", "100", "-", stdin=lines)
    assert short.returncode == 1
    assert b"3 record(s) read, 0 written, 0 skipped (nothing to convert), 3 not converted" in short.stderr
