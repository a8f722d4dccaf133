"""Issue 18, the command line: no traceback whatever the output or the options, the verdict kept when the
reader goes away, reports that cannot be forged, bounded workers."""

from __future__ import annotations

import errno
import io
import json
import os
import signal
import sys
from pathlib import Path

import pytest

from newsevents.cli import main
from newsevents.cli import validate as _validate

from ._feeds import invalid_doc, jsonl, valid_doc, write

MINIMAL = valid_doc("minimal")
BAD_ENUM = invalid_doc("bad-enum")


class _Failing(io.StringIO):
    """An output that fails after ``good`` writes, as a closed pipe or a full disk does."""

    def __init__(self, error: OSError, good: int = 0) -> None:
        super().__init__()
        self.error = error
        self.good = good

    def write(self, text: str) -> int:
        if self.good <= 0:
            raise self.error
        self.good -= 1
        return super().write(text)


def _run_with_stdout(stream: io.StringIO, monkeypatch: pytest.MonkeyPatch, *args: str | Path) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdout", stream)
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    return main(["validate", *(str(a) for a in args)]), err.getvalue()


def test_broken_pipe_keeps_the_verdict(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """`validate feed | head -1`: the reader goes away after one line, yet a later invalid record still makes
    the exit code 1."""
    feed = write(tmp_path / "feed.jsonl", jsonl([MINIMAL] * 3 + [BAD_ENUM]))
    code, err = _run_with_stdout(_Failing(BrokenPipeError(errno.EPIPE, "Broken pipe"), 0), monkeypatch,
                                 "-v", feed)
    assert code == 1
    assert err == ""


def test_broken_pipe_on_an_all_valid_feed_exits_0(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """With the reader gone and every record valid, the exit code is still 0."""
    feed = write(tmp_path / "feed.jsonl", jsonl([MINIMAL] * 3))
    code, _ = _run_with_stdout(_Failing(BrokenPipeError(errno.EPIPE, "Broken pipe")), monkeypatch, "-v", feed)
    assert code == 0


def test_full_disk_is_an_error_not_a_traceback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Writing the report to a full disk (`> /dev/full`) exits 2 with a message."""
    feed = write(tmp_path / "feed.jsonl", jsonl([BAD_ENUM]))
    code, err = _run_with_stdout(_Failing(OSError(errno.ENOSPC, "No space left on device")), monkeypatch, feed)
    assert code == 2
    assert "cannot write the report: No space left on device" in err


def test_closed_stdout_and_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A closed standard output is a usage error; a closed standard input is a file that cannot be read."""
    monkeypatch.setattr(sys, "stdin", None)
    assert main(["validate", "-"]) == 2
    assert "standard input is closed" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdout", None)
    assert main(["validate", "-"]) == 2
    assert "standard output is closed" in capsys.readouterr().err


@pytest.mark.parametrize("option", ["--max-line-bytes", "--max-depth"])
def test_huge_option_values_are_usage_errors(capsys: pytest.CaptureFixture[str], option: str) -> None:
    """An option value beyond any sensible bound is a usage error, not an OverflowError."""
    assert main(["validate", option, "99999999999999999999", "-"]) == 2
    assert "must be between" in capsys.readouterr().err


def test_huge_jobs_is_capped_at_the_cores(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`--jobs 99999999999999999999` runs on the usable cores and says so."""
    feed = write(tmp_path / "feed.jsonl", jsonl([MINIMAL]))
    assert main(["validate", "--jobs", "99999999999999999999", str(feed)]) == 0
    assert "usable core(s); using" in capsys.readouterr().err


def test_deepest_accepted_depth_reads_without_internal_error(capsys: pytest.CaptureFixture[str],
                                                             tmp_path: Path) -> None:
    """At the deepest --max-depth accepted, a record nested that deep is checked, not an internal error;
    one level more is refused as a usage error."""
    from newsevents.cli.common import MAX_DEPTH_LIMIT

    depth = MAX_DEPTH_LIMIT
    feed = write(tmp_path / "deep.jsonl", b"[" * depth + b"]" * depth + b"\n" + b"[" * (depth + 1) + b"]" * (depth + 1))
    code, out, _ = _main(capsys, "--max-depth", str(depth), feed)
    assert code == 1
    assert "internal" not in out
    assert "[schema:type]" in out
    assert "[input:depth]" in out
    assert main(["validate", "--max-depth", str(depth + 1), str(feed)]) == 2


def test_control_characters_in_member_names_are_escaped(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A key holding a newline and a terminal escape cannot forge a report line or reach the terminal raw."""
    doc = dict(MINIMAL, **{"x\n1 file, 0 records\x1b[2J": 1})
    code, out, _ = _main(capsys, write(tmp_path / "feed.jsonl", jsonl([doc])))
    assert code == 1
    assert "\x1b" not in out
    assert len(out.splitlines()) == 2
    assert "\\x0a" in out
    assert "\\x1b" in out


def test_interrupt_closes_the_json_report(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """SIGTERM (as Ctrl-C) in the middle of a run exits 130 with the JSON report closed and still parseable."""
    feed = write(tmp_path / "feed.jsonl", jsonl([BAD_ENUM] * 5))

    def stop() -> None:
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(_validate.Progress, "record", lambda self: stop())
    code, out, err = _main(capsys, "-o", "json", feed)
    assert code == 130
    assert json.loads(out)["summary"]["stopped"] == "interrupted"
    assert "interrupted" in err


def _main(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["validate", *(str(a) for a in args)])
    out, err = capsys.readouterr()
    return code, out, err
