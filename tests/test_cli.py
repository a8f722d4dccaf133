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


def test_version_prints_the_package_and_schema_versions() -> None:
    """`newsevents --version` prints both version numbers and exits 0 (no command needed)."""
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"newsevents {newsevents.__version__} (schemas {newsevents.SCHEMA_VERSION})"


def test_every_command_describes_itself_in_its_help() -> None:
    """Each command's --help has a description paragraph, not only its usage line and flags."""
    for name in ("validate", "convert", "schema", "docs", "fixtures"):
        text = _run(name, "--help").stdout
        description = text.split("\n\n")[1]  # usage, then the description, then the options
        assert not description.startswith(("positional arguments", "options")), f"{name} --help has no description"


def test_checking_a_directory_that_does_not_exist_is_a_usage_error(tmp_path: object) -> None:
    """`schema --check` and `docs --check` on a missing directory exit 2 and say so, instead of listing drift."""
    for command in ("schema", "docs"):
        result = _run(command, "--check", "--out", f"{tmp_path}/missing")
        assert result.returncode == 2, command
        assert "is not a directory" in result.stderr
        assert "out of date" not in result.stderr
