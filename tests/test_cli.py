"""The `schema` and `fixtures` commands, usage errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import newsevents


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsevents", *args], capture_output=True, text=True, check=False)


def test_fixtures_lists_the_seed_article() -> None:
    """`newsevents fixtures` lists the shipped fixtures by name."""
    result = _run("fixtures")
    assert result.returncode == 0
    assert "seed-article" in result.stdout.split()


def test_fixtures_show_prints_the_document() -> None:
    """`newsevents fixtures show NAME` prints the fixture's JSON, which is a valid article."""
    result = _run("fixtures", "show", "seed-article")
    assert result.returncode == 0
    assert newsevents.validate(json.loads(result.stdout)) == []


def test_fixtures_show_unknown_name_is_a_usage_error() -> None:
    """An unknown fixture name exits 2 with a message naming the known ones, no traceback."""
    result = _run("fixtures", "show", "nope")
    assert result.returncode == 2
    assert "seed-article" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_command_is_a_usage_error() -> None:
    """A command that does not exist exits 2."""
    assert _run("frobnicate").returncode == 2


def test_console_script_and_module_agree() -> None:
    """`python -m newsevents --help` works and names the subcommands."""
    result = _run("--help")
    assert result.returncode == 0
    for command in ("validate", "schema", "fixtures"):
        assert command in result.stdout
