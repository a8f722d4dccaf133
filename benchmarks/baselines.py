"""Baselines and measurements for `bench_validate.py` beyond the feed tables: ajv-cli, start-up, one huge record.

ajv-cli (an npm package, with ajv-formats for ``date`` and ``uri``) is optional: the benchmark looks for an
``ajv`` executable given with ``--ajv``, on ``PATH`` or in ``./node_modules/.bin``, and skips the row with a
message when there is none, or when ajv-formats cannot be loaded beside it. Install both with, for example,
``npm install --prefix /tmp/ajv ajv-cli ajv-formats`` and pass ``--ajv /tmp/ajv/node_modules/.bin/ajv``.
Nothing here installs anything.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Row = dict[str, Any]

#: What `newsevents validate` needs loaded in any case; the start-up target is measured against importing it.
DEPENDENCIES = "import attrs, cattrs, orjson, jsonschema_rs"


def find_ajv(given: str | None) -> str | None:
    """The ajv-cli executable: ``--ajv``, else ``ajv`` on PATH, else ``./node_modules/.bin/ajv``."""
    if given:
        return given if Path(given).exists() else None
    local = Path("node_modules/.bin/ajv")
    return shutil.which("ajv") or (str(local.resolve()) if local.exists() else None)


def ajv_command(ajv: str, bundle: Path, data: Path) -> list[str]:
    """ajv-cli on one JSON file against the bundled schemas, Draft 2020-12, with the formats newsevents checks;
    ``--all-errors`` so that, as newsevents does, it goes on past the first invalid record of the array."""
    return [ajv, "validate", "--spec=draft2020", "-c", "ajv-formats", "--strict=false", "--all-errors",
            "-s", str(bundle), "-d", str(data)]


def ajv_works(ajv: str, bundle: Path, workdir: Path) -> str | None:
    """None when ajv-cli validates an empty array with the bundle, else why it cannot be used."""
    empty = workdir / "empty.json"
    empty.write_text("[]", encoding="utf-8")
    done = subprocess.run(ajv_command(ajv, bundle, empty), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return (done.stderr or done.stdout).strip().splitlines()[-1:][0] if (done.stderr or done.stdout) else "failed"
    return None


def startup(small: Path, newsevents_command: Callable[..., list[str]], runs: int) -> list[Row]:
    """Median wall time of `python -c pass`, of importing the dependencies alone, of `import newsevents` and of
    `newsevents validate` on one small file.

    Each command runs once untimed first, with bytecode writing allowed even where the environment turns it off
    (``PYTHONDONTWRITEBYTECODE``): an installed package has its ``.pyc`` files (pip writes them at install), so
    the timed runs load compiled modules, as a user's would, for the dependencies and for newsevents alike."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    commands = {"python -c pass": [sys.executable, "-c", "pass"],
                f"python -c '{DEPENDENCIES}'": [sys.executable, "-c", DEPENDENCIES],
                "python -c 'import newsevents'": [sys.executable, "-c", "import newsevents"],
                "newsevents validate (one small file)": newsevents_command(str(small))}
    rows = []
    for name, command in commands.items():
        times = []
        subprocess.run(command, capture_output=True, check=False, env=env)  # writes the bytecode caches
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False, env=env)
            times.append(time.perf_counter() - start)
        rows.append({"name": name, "wall": statistics.median(times)})
    return rows


def show_startup(rows: list[Row]) -> None:
    """The start-up table and its two ratios."""
    for row in rows:
        print(f"  {row['name']:58} {row['wall'] * 1000:8.0f} ms")
    python, deps, validate = rows[0]["wall"], rows[1]["wall"], rows[3]["wall"]
    print(f"  ratio, newsevents validate / importing its dependencies: {validate / deps:.2f}x (target: <= 1.3x)")
    print(f"  ratio, newsevents validate / python -c pass: {validate / python:.1f}x")


def huge_records(workdir: Path, megabytes: int, keys: int,
                 measure: Callable[[str, int, list[str], Path], Row],
                 newsevents_command: Callable[..., list[str]]) -> None:
    """Peak memory of `newsevents validate` on one record with a long unknown member, and on one with many
    members, against the issue's bound (three times the record's size plus 50 MB)."""
    base = {"id": "huge", "headline": "One huge record", "language": "en", "body": "Nothing happened today."}
    cases = {f"a {megabytes} MB string in an unknown member": dict(base, padding="x" * (megabytes * 1_000_000)),
             f"{keys:,} keys in an unknown member": dict(base, padding={f"k{i}": i for i in range(keys)}),
             f"{keys:,} keys in a known member (each one unknown)": dict(
                 base, provenance={f"k{i}": i for i in range(keys)}),
             f"{10 * keys:,} keys in a known member": dict(base, provenance={f"k{i}": i for i in range(10 * keys)}),
             f"a {megabytes} MB body": dict(base, body="y" * (megabytes * 1_000_000))}
    print(f"  {'':58} {'size MB':>8} {'peak MB':>8} {'bound MB':>9}")
    for name, doc in cases.items():
        path = workdir / "huge.json"
        path.write_text(json.dumps(doc), encoding="utf-8")
        size = path.stat().st_size / 1e6
        row = measure(name, 1, newsevents_command(str(path)), workdir)
        bound = 3 * size + 50
        print(f"  {name:58} {size:8.1f} {row['rss_mb']:8.0f} {bound:9.0f}  "
              f"{'within' if row['rss_mb'] < bound else 'OVER'}; {row['note']}")
        path.unlink()
