"""Issue 18, the reader: nothing skipped in silence, format guessing that does not swallow a feed, workers that
notice a changed file and never hang on a pipe."""

from __future__ import annotations

import bz2
import itertools
import json
import os
import sys
from pathlib import Path

import pytest

from newsevents.cli import main
from newsevents.feed import ranges as _ranges
from newsevents.feed.formats import guess_format

from ._feeds import invalid_doc, jsonl, valid_doc, write

MINIMAL = valid_doc("minimal")
BAD_ENUM = invalid_doc("bad-enum")

posix_only = pytest.mark.skipif(os.name != "posix", reason="symbolic links, permissions and FIFOs as on POSIX")


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """Run `newsevents validate` in process; return (exit code, stdout, stderr)."""
    code = main(["validate", *(str(a) for a in args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_upper_case_suffixes_are_feeds(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A directory scan takes `X.JSONL` and `x.jsonl.GZ` as feeds, and names the files it does not take."""
    write(tmp_path / "X.JSONL", jsonl([MINIMAL]))
    write(tmp_path / "y.jsonl.GZ", jsonl([BAD_ENUM]), compress=True)
    write(tmp_path / "notes.txt", b"hello")
    code, out, err = run(capsys, tmp_path)
    assert code == 1
    assert out.splitlines()[-1] == "2 files, 2 records: 1 valid, 1 invalid, 0 unreadable"
    assert "1 entry not taken as feeds" in err
    assert "notes.txt" in err


@posix_only
def test_broken_and_looping_links_are_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A broken symbolic link, a link loop and a link back up the tree are each reported, and the run exits 2."""
    write(tmp_path / "ok.jsonl", jsonl([MINIMAL]))
    (tmp_path / "gone.jsonl").symlink_to(tmp_path / "missing.jsonl")
    (tmp_path / "a.jsonl").symlink_to(tmp_path / "b.jsonl")
    (tmp_path / "b.jsonl").symlink_to(tmp_path / "a.jsonl")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    code, out, err = run(capsys, tmp_path)
    assert code == 2
    assert "gone.jsonl: a broken symbolic link" in err
    assert "a.jsonl: a symbolic link loop" in err
    assert "b.jsonl: a symbolic link loop" in err
    assert "up: already searched" in err
    assert out.splitlines()[-1].startswith("1 file, 1 record: 1 valid")


def test_unreadable_subdirectory_is_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A subdirectory that cannot be listed (permission denied, even to root here) is reported, exit 2."""
    write(tmp_path / "ok.jsonl", jsonl([MINIMAL]))
    locked = tmp_path / "locked"
    locked.mkdir()
    write(locked / "hidden.jsonl", jsonl([BAD_ENUM]))
    real = os.scandir

    def scandir(path: object) -> object:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied")
        return real(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", scandir)
    code, _, err = run(capsys, tmp_path)
    assert code == 2
    assert "locked: cannot read this directory" in err


def test_bad_first_record_does_not_make_the_feed_one_document(capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """On stdin, a JSON Lines feed whose first line is broken is still read line by line: every record is
    checked and the problem points at line 1."""
    data = b'{"id": "broken",,}\n' + jsonl([MINIMAL, BAD_ENUM, MINIMAL, MINIMAL])
    monkeypatch.setattr(sys, "stdin", _stdin(data))
    code, out, _ = run(capsys, "-")
    lines = out.splitlines()
    assert code == 1
    assert lines[0].startswith("<stdin>:1: unreadable:")
    assert lines[-1] == "1 file, 5 records: 3 valid, 1 invalid, 1 unreadable"


def test_first_line_longer_than_the_window_is_read_as_lines() -> None:
    """A first line longer than the bytes looked at is taken as a JSON Lines record, not a whole document."""
    assert guess_format("<stdin>", b'{"body": "' + b"x" * 100, at_end=False).format == "jsonl"
    assert guess_format("<stdin>", b'{\n  "id": "a",\n  "b": {\n    "c": 1', at_end=False).format == "json"


def test_unsure_guess_names_the_format_option(capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """When the guess is unsure and the document does not parse, the message says --format jsonl."""
    monkeypatch.setattr(sys, "stdin", _stdin(b'{"id": 1\n  "x": 2}\n'))
    code, out, _ = run(capsys, "-")
    assert code == 1
    assert "--format jsonl" in out


def test_bz2_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A bzip2 file is described as bzip2-compressed, not as UTF-16."""
    code, out, _ = run(capsys, write(tmp_path / "feed.jsonl", bz2.compress(jsonl([MINIMAL]))))
    assert code == 1
    assert "bzip2-compressed" in out
    assert "UTF-16" not in out


def test_worker_notices_a_replaced_file(tmp_path: Path) -> None:
    """A range read after the file changed raises OSError instead of mixing two files' records."""
    feed = write(tmp_path / "feed.jsonl", jsonl([MINIMAL] * 3))
    from newsevents.feed.paths import Source
    from newsevents.feed.records import Limits

    cut = _ranges.line_ranges(Source(str(feed), feed), "auto")
    assert cut is not None
    identity, ranges = cut
    write(tmp_path / "feed.jsonl", jsonl([BAD_ENUM] * 4))
    with pytest.raises(OSError, match="changed while it was being read"):
        list(_ranges.read_range(feed, *ranges[0], Limits(), identity))


def test_jobs_report_a_file_deleted_under_the_workers(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """With --jobs, a file that disappears after it was cut into ranges is a read error (exit 2), not a
    worker traceback."""
    feed = write(tmp_path / "feed.jsonl", jsonl([MINIMAL] * 3))
    real = _ranges.line_ranges

    def cut_then_delete(*args: object, **kwargs: object) -> object:
        found = real(*args, **kwargs)  # type: ignore[arg-type]
        feed.unlink()
        return found

    monkeypatch.setattr("newsevents.feed.engine.line_ranges", cut_then_delete)
    code, _, err = run(capsys, "--jobs", "2", feed)
    assert code == 2
    assert f"cannot read {feed}" in err


@posix_only
def test_fifo_is_read_in_order_with_jobs(tmp_path: Path) -> None:
    """A FIFO named with --jobs is read sequentially: not cut into ranges, so it cannot hang a worker."""
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    from newsevents.feed.paths import Source

    assert _ranges.line_ranges(Source(str(fifo), fifo), "jsonl") is None


def _stdin(data: bytes) -> object:
    import io

    return io.TextIOWrapper(io.BytesIO(data))


def test_json_lines_report_keeps_the_file_name_valid_utf8(capsys: pytest.CaptureFixture[str],
                                                           tmp_path: Path) -> None:
    """A file name that is not UTF-8 is shown escaped, and the JSON report stays valid UTF-8."""
    if sys.platform == "darwin":
        pytest.skip("macOS file names are always UTF-8")
    name = os.fsdecode(b"bad-\xff.jsonl")
    write(tmp_path / name, jsonl([BAD_ENUM]))
    code, out, _ = run(capsys, "-o", "json", tmp_path / name)
    assert code == 1
    report = json.loads(out.encode("utf-8"))
    assert report["records"][0]["file"].endswith("bad-\\xff.jsonl")


def test_problems_per_record_are_capped(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A record with thousands of faults reports the first 100 and says more were left out; --max-errors 1
    reports one."""
    doc = dict(MINIMAL, actors=[{}] * 3000)
    feed = write(tmp_path / "feed.jsonl", jsonl([doc]))
    code, out, _ = run(capsys, "-o", "jsonl", feed)
    problems = [json.loads(line) for line in out.splitlines()][:-1]
    assert code == 1
    assert len(problems) == 101
    assert problems[-1]["check"] == "too-many-problems"
    code, out, _ = run(capsys, "--max-errors", "1", feed)
    assert len(out.splitlines()) == 2


def test_depth_from_text_agrees_with_depth_from_value() -> None:
    """The text-based depth check gives the value walk's answer, brackets inside strings and escapes included."""
    from newsevents.feed.strictjson import depth_exceeds, text_depth_exceeds

    def nest(levels: int) -> object:
        value: object = 1
        for level in range(levels):
            value = [value] if level % 2 else {"k": value, "s": "]}\\\"[{"}
        return value

    for value in (1, [], {"a": "[[["}, [{"a": [{"b": [{}]}]}, [[]]], nest(63), nest(64), nest(65)):
        raw = json.dumps(value).encode()
        for limit in (1, 2, 3, 64):
            assert text_depth_exceeds(raw, limit) == depth_exceeds(value, limit)


def test_docs_list_every_input_check() -> None:
    """docs/validating.md names every check the reader can report, so the page stays complete."""
    from newsevents.feed import INPUT_CHECKS

    from ._paths import REPO

    page = (REPO / "docs" / "validating.md").read_text(encoding="utf-8")
    assert [check for check in INPUT_CHECKS if f"| `{check}` |" not in page] == []


def test_tapered_ranges_cover_the_file_and_shrink_toward_its_end(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """With ``taper``, ranges still run end to end over the file at line boundaries, but each is a share of
    what is left, so the last ones are the smallest allowed and workers finish together."""
    from newsevents.feed.paths import Source

    monkeypatch.setattr(_ranges, "RANGE_BYTES", 8000)
    monkeypatch.setattr(_ranges, "MIN_RANGE_BYTES", 500)
    data = jsonl([MINIMAL] * 400)
    feed = write(tmp_path / "feed.jsonl", data)
    even = _ranges.line_ranges(Source(str(feed), feed), "auto", parts=4)
    cut = _ranges.line_ranges(Source(str(feed), feed), "auto", parts=4, taper=True)
    assert cut is not None
    assert even is not None
    _, ranges = cut
    assert ranges[0][0] == 0
    assert ranges[-1][1] == len(data)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(ranges))
    assert all(data[end - 1:end] == b"\n" for _, end in ranges)
    sizes = [end - start for start, end in ranges[1:-1]]
    line = len(data) // 400
    assert all(later <= earlier + line for earlier, later in itertools.pairwise(sizes))
    assert sizes[0] > 3 * sizes[-1]
    assert len(ranges) > len(even[1])
