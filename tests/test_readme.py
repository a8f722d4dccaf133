"""README.md stays true: its Python example runs, its test command is the one CI runs."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

import newsevents

from ._paths import EDITABLE, REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


def test_python_example_runs() -> None:
    """The README's Python API example executes as written, assertions included."""
    (code,) = [b for b in _blocks("python") if "import newsevents" in b]
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    assert isinstance(namespace["article"], newsevents.Article)


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run ends with exactly the test command the README gives."""
    commands = [line for block in _blocks("sh") for line in block.splitlines() if "pytest" in line]
    assert len(commands) == 1
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == commands[0]


def test_main_job_command_works_on_the_fixture() -> None:
    """The README's main job (show the fixture, validate it from stdin) exits 0 with a summary."""
    show = subprocess.run([sys.executable, "-m", "newsevents", "fixtures", "show", "seed-article"],
                          capture_output=True, check=True)
    result = subprocess.run([sys.executable, "-m", "newsevents", "validate", "--verbose", "-"], input=show.stdout,
                            capture_output=True, check=False)
    assert result.returncode == 0, result.stderr
    assert b"valid" in result.stdout + result.stderr


def test_tests_run_against_the_installed_package() -> None:
    """The package under test is the installed one, with its data files, not the src/ tree."""
    if EDITABLE:
        pytest.skip("an editable install runs the src/ tree by design; CI and the README test the built wheel")
    location = Path(newsevents.__file__).resolve()
    assert REPO / "src" not in location.parents, f"testing {location}: install the package (not editable)"
    assert (Path(str(resources.files("newsevents"))) / "schemas" / "article.schema.json").is_file()
    assert (Path(str(resources.files("newsevents"))) / "fixtures" / "seed-article.json").is_file()


def test_the_licence_ships_with_the_package() -> None:
    """The installed distribution carries the LICENSE file its metadata names (MIT AND CC-BY-SA-4.0)."""
    from importlib import metadata

    distribution = metadata.distribution("newsevents")
    assert distribution.metadata["License-Expression"] == "MIT AND CC-BY-SA-4.0"
    licence = [f for f in distribution.files or () if f.name == "LICENSE"]
    assert licence, "no LICENSE in the installed distribution"
    text = licence[0].locate().read_text(encoding="utf-8")
    assert "MIT License" in text
    assert "CC-BY-SA-4.0" in text


def test_console_examples_print_what_the_readme_shows(tmp_path: Path) -> None:
    """Every `$ newsevents ...` example in README.md prints exactly the output shown under it (the feed it
    reads is written by the README's own sh block)."""
    newsevents_cmd = f"{sys.executable} -m newsevents"
    (feed_block,) = [b for b in _blocks("sh") if "feed.jsonl" in b]
    subprocess.run(["bash", "-c", feed_block.replace("newsevents ", newsevents_cmd + " ")], cwd=tmp_path,
                   check=True)
    examples = re.findall(r"```console\n\$ (newsevents[^\n]*)\n(.*?)```", README, flags=re.DOTALL)
    assert len(examples) >= 4
    for command, shown in examples:
        run = subprocess.run(["bash", "-c", command.replace("newsevents ", newsevents_cmd + " ")], cwd=tmp_path,
                             capture_output=True, text=True, check=False)
        assert run.stdout + run.stderr == shown, command
