"""Benchmark feed validation against the parse floor, jsonschema and check-jsonschema, side by side.

Run from the repository root, with newsevents installed (``pip install -e .``)::

    python benchmarks/bench_validate.py --quick              # a look in well under a minute (about 30 MB)
    python benchmarks/bench_validate.py                      # 10,000 records (about 3 minutes, 0.9 GB on disk)
    python benchmarks/bench_validate.py --sizes 10000,100000 # the full run (about 15 minutes, 9 GB on disk)

check-jsonschema and ajv-cli are optional baselines, installed on their own (``pip install check-jsonschema``;
``npm install --prefix /tmp/ajv ajv-cli ajv-formats`` and ``--ajv /tmp/ajv/node_modules/.bin/ajv``, see
``baselines.py``); without one, its row is skipped with a message. This script installs nothing.

It writes JSON Lines feeds of copies of the seed fixture (42 KB each; 10k records make 420 MB, 100k make 4.2 GB)
to a temporary directory (``--workdir`` to choose one, ``--keep`` to keep it): one all valid, one with every
20th record invalid (5 %: six kinds of schema problem and one semantic problem, in turn). Then it measures, on
the same feeds and the same shipped schemas:

- the parse floor: ``orjson.loads`` on each line, nothing else;
- jsonschema's ``Draft202012Validator`` (built once, offline registry, format checker) ``is_valid``;
- ``newsevents validate`` in process (``feed.iter_results``) and as a whole process, with ``--schema-only``
  (what the other validators do) and in full (also the typed loader and the semantic checks), each also with
  ``--jobs 2``; in full on the first ``--full-sample`` records and, once more, on the whole feed;
- typed loading in process: bytes to attrs objects (``orjson.loads`` then ``newsevents.structure``);
- check-jsonschema as a whole process, on the same records as one JSON array (its unit is a file), against a
  bundle of the shipped schemas so that every ``$ref`` resolves inside it;
- ajv-cli the same way, on the first ``--full-sample`` records (the ones the full newsevents check runs on);
- peak memory (maximum resident set size) of each whole process, and of `newsevents validate` on one huge
  record (``--huge-mb``, ``--huge-keys``);
- start-up: `newsevents validate` on one small file against importing its dependencies alone;
- the in-process ratios again, measured in turns on the first 300 records (``rounds.py``): on a shared machine
  these are the steadier figures.

jsonschema and check-jsonschema need about a second per record on these documents, so they run on the first
``--sample`` records (20 by default: the 20th is the first invalid one), and the full newsevents check (about
60 records a second) on the first ``--full-sample``; rates are records per second either way. In-process
figures are given as wall-clock and as CPU-time rates: on a shared machine the CPU-time rate is the steadier
one. The ratios under each table are the issue's targets.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import orjson

import newsevents
from newsevents import feed, fixtures
from newsevents.schema.files import load_shipped_schemas
from newsevents.validation.reference import reference_for

sys.path.insert(0, str(Path(__file__).parent))  # run as a script: its helper module sits beside it
import baselines
import rounds

Row = dict[str, Any]
#: jsonschema, set up as newsevents sets it up: built once, offline registry of the shipped schemas, formats.
REFERENCE = reference_for("article")

# Run a command and report its wall time, CPU time (its own and its children's) and peak memory as JSON.
_WRAPPER = """
import json, resource, subprocess, sys, time
out = open(sys.argv[1], "wb")
start = time.perf_counter()
code = subprocess.run(sys.argv[2:], stdout=out, stderr=subprocess.DEVNULL).returncode
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "maxrss_kb": usage.ru_maxrss,
                  "code": code}))
"""


# --- building the feeds ---------------------------------------------------------------------------------------

def _mutations() -> list[tuple[str, Callable[[dict[str, Any]], None]]]:
    def realis(doc: dict[str, Any]) -> None:
        doc["events"][0]["realis"] = "perhaps"

    def body(doc: dict[str, Any]) -> None:
        del doc["body"]

    def date(doc: dict[str, Any]) -> None:
        doc["events"][0]["time"]["latest"] = "2024-02-30"

    def member(doc: dict[str, Any]) -> None:
        doc["actors"][0]["confidence"] = 0.5

    def kind(doc: dict[str, Any]) -> None:
        doc["actors"][0]["mentions"][0]["start"] = "10"

    def empty(doc: dict[str, Any]) -> None:
        doc["headline"] = ""

    def dangling(doc: dict[str, Any]) -> None:
        doc["events"][0]["participants"][0]["ref"] = "nobody"

    return [("enum", realis), ("required", body), ("format", date), ("additionalProperties", member),
            ("type", kind), ("minLength", empty), ("semantic reference", dangling)]


def build_feed(path: Path, size: int, *, invalid_every: int | None) -> None:
    """Write ``size`` copies of the seed article (each with its own id) as compact JSON Lines."""
    seed = fixtures.data("seed-article")
    mutations = _mutations()
    with path.open("wb") as out:
        for index in range(size):
            doc = dict(seed, id=f"seed-{index}")
            if invalid_every and index % invalid_every == invalid_every - 1:
                doc = json.loads(json.dumps(doc))
                mutations[(index // invalid_every) % len(mutations)][1](doc)
            out.write(orjson.dumps(doc) + b"\n")


def head(path: Path, count: int, target: Path, *, as_array: bool = False) -> int:
    """Copy the first ``count`` records of a JSON Lines feed (as JSON Lines, or as one JSON array)."""
    lines = []
    with path.open("rb") as source:
        for line in source:
            lines.append(line.rstrip(b"\n"))
            if len(lines) == count:
                break
    target.write_bytes(b"[" + b",\n".join(lines) + b"]\n" if as_array else b"\n".join(lines) + b"\n")
    return len(lines)


def lines(path: Path, limit: int | None = None) -> Iterator[bytes]:
    """The records of a JSON Lines feed, as bytes."""
    with path.open("rb") as source:
        for count, line in enumerate(source):
            if limit is not None and count >= limit:
                return
            yield line


# --- measuring --------------------------------------------------------------------------------------------------

def in_process(name: str, records: int, run: Callable[[], Any]) -> Row:
    """Time ``run`` in this process (wall clock and CPU)."""
    wall, cpu = time.perf_counter(), time.process_time()
    outcome = run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"name": name, "records": records, "wall": wall, "cpu": cpu, "note": outcome}


def timed_loop(name: str, items: Iterator[bytes], work: Callable[[bytes], Any]) -> Row:
    """Time only ``work`` on each item (reading the file is not counted)."""
    wall = cpu = 0.0
    count = 0
    batch: list[bytes] = []

    def flush() -> None:
        nonlocal wall, cpu
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        for item in batch:
            work(item)
        wall += time.perf_counter() - start_wall
        cpu += time.process_time() - start_cpu
        batch.clear()

    for item in items:
        batch.append(item)
        count += 1
        if len(batch) == 500:
            flush()
    flush()
    return {"name": name, "records": count, "wall": wall, "cpu": cpu, "note": ""}


def whole_process(name: str, records: int, command: list[str], workdir: Path) -> Row:
    """Run ``command`` as a process of its own; record wall time, CPU time, peak memory and exit code."""
    report = workdir / "report.out"
    done = subprocess.run([sys.executable, "-c", _WRAPPER, str(report), *command], capture_output=True, text=True,
                          check=True)
    measured = json.loads(done.stdout)
    tail = report.read_text(errors="replace").strip().splitlines()[-1:] or [""]
    return {"name": name, "records": records, "wall": measured["wall"], "cpu": measured["cpu"],
            "rss_mb": measured["maxrss_kb"] / 1024, "note": f"exit {measured['code']}: {tail[0][:70]}"}


def count_statuses(path: Path, **kwargs: Any) -> str:
    counts: dict[str, int] = {}
    for result in feed.iter_results(path, **kwargs):
        counts[result.status] = counts.get(result.status, 0) + 1
    return ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))


def load_typed(line: bytes) -> Any:
    """Bytes to an `Article` through the strict converter (None for a record it rejects)."""
    try:
        return newsevents.structure(orjson.loads(line), newsevents.Article)
    except newsevents.ValidationFailed:
        return None


def newsevents_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsevents", "validate", "--progress", "never", *args]


def check_jsonschema() -> str | None:
    beside = Path(sys.executable).with_name("check-jsonschema")
    return str(beside) if beside.exists() else shutil.which("check-jsonschema")


def write_bundle(path: Path) -> None:
    """One schema file holding every shipped schema (each keeps its $id), for an array of articles."""
    schemas = load_shipped_schemas()
    article = schemas["article.schema.json"]
    bundle = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://newsevents.dev/schemas/1.0/feed-bundle.schema.json",
              "type": "array", "items": {"$ref": article["$id"]}, "$defs": dict(schemas)}
    path.write_text(json.dumps(bundle), encoding="utf-8")


# --- reporting --------------------------------------------------------------------------------------------------

def rate(row: Row, key: str = "wall") -> float:
    return row["records"] / row[key] if row.get(key) else float("nan")


def show(rows: list[Row]) -> None:
    print(f"  {'':58} {'records':>8} {'rec/s wall':>11} {'rec/s CPU':>10} {'peak MB':>8}")
    for row in rows:
        rss = f"{row['rss_mb']:8.0f}" if "rss_mb" in row else " " * 8
        print(f"  {row['name']:58} {row['records']:>8} {rate(row):>11,.1f} {rate(row, 'cpu'):>10,.1f} {rss}"
              + (f"  {row['note']}" if row.get("note") else ""))


def messages(path: Path) -> None:
    """For each kind of invalid record: newsevents' problems next to jsonschema's best match."""
    names = [name for name, _ in _mutations()]
    bad = [result for result in feed.iter_results(path) if not result.ok][: len(names)]
    records = {number: text for number, text in enumerate(lines(path), 1) if any(r.line == number for r in bad)}
    for name, result in zip(names, bad, strict=False):
        assert result.line is not None
        print(f"  {name}:")
        for problem in result.problems:
            print(f"    newsevents: {problem}")
        best = REFERENCE.best_match(orjson.loads(records[result.line]))
        text = f"{best.json_path}: {best.message}" if best is not None else "(no schema error: a semantic problem)"
        print(f"    jsonschema: {text[:160]}{'...' if len(text) > 160 else ''}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000", help="feed sizes, comma-separated (default 10000; each size "
                        "writes two feeds of 42 KB per record, and the run says how much before writing)")
    parser.add_argument("--quick", action="store_true",
                        help="a short run: 500 records, samples of 3 and 200, small huge records (under a minute)")
    parser.add_argument("--sample", type=int, default=20,
                        help="records for jsonschema and check-jsonschema (default 20, which takes in the first "
                        "invalid record; ~1 s each)")
    parser.add_argument("--full-sample", type=int, default=1000,
                        help="records for the full newsevents check and typed loading (default 1000)")
    parser.add_argument("--workdir", help="where to write the feeds (default: a temporary directory)")
    parser.add_argument("--keep", action="store_true", help="keep the feeds afterwards")
    parser.add_argument("--ajv", help="the ajv-cli executable (default: ajv on PATH or in ./node_modules/.bin)")
    parser.add_argument("--huge-mb", type=int, default=50, help="size of the one huge record (default 50 MB)")
    parser.add_argument("--huge-keys", type=int, default=200_000, help="members of the one wide record")
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.sample, args.full_sample, args.huge_mb, args.huge_keys = "500", 3, 200, 5, 20_000
    sizes = [int(s) for s in args.sizes.split(",")]
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="newsevents-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    checker_cli = check_jsonschema()
    args.ajv = baselines.find_ajv(args.ajv)
    print(f"python {sys.version.split()[0]}, newsevents {newsevents.__version__}, {os.cpu_count()} cores; "
          f"feeds in {workdir}")
    # Two feeds per size of 42 KB records, plus the huge records: say so before filling a disk.
    print(f"writing about {2 * 42 * sum(sizes) / 1e6 + 3 * args.huge_mb:,.0f} MB of feeds "
          f"({', '.join(f'{s:,}' for s in sizes)} records each; --quick for a short run)")
    try:
        for size in sizes:
            run_size(size, args, workdir, checker_cli)
        print("\nStart-up (median of 9 runs):")
        small = workdir / "minimal.json"
        small.write_text(json.dumps({"id": "minimal", "headline": "Minimal article", "language": "en",
                                     "body": "Nothing happened today."}), encoding="utf-8")
        baselines.show_startup(baselines.startup(small, newsevents_command, 9))
        print("\nOne huge record, whole process:")
        baselines.huge_records(workdir, args.huge_mb, args.huge_keys, whole_process, newsevents_command)
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)


def run_size(size: int, args: argparse.Namespace, workdir: Path, checker_cli: str | None) -> None:
    valid, invalid = workdir / f"valid-{size}.jsonl", workdir / f"invalid-{size}.jsonl"
    build_feed(valid, size, invalid_every=None)
    build_feed(invalid, size, invalid_every=20)
    full = min(args.full_sample, size)
    sample = min(args.sample, size)
    valid_head, invalid_head = workdir / f"valid-{full}.head.jsonl", workdir / f"invalid-{full}.head.jsonl"
    head(valid, full, valid_head)
    head(invalid, full, invalid_head)
    print(f"\n{size:,} records of {valid.stat().st_size / size / 1000:.0f} KB "
          f"({valid.stat().st_size / 1e9:.2f} GB per feed)")

    for label, path, head_path in (("valid feed", valid, valid_head), ("5 % invalid feed", invalid, invalid_head)):
        print(f"\n {label}:")
        rows: list[Row] = []
        rows.append(timed_loop("orjson.loads alone (the parse floor)", lines(path), orjson.loads))
        rows.append(timed_loop(f"jsonschema Draft202012Validator.is_valid (first {sample})", lines(path, sample),
                               lambda line: REFERENCE.is_valid(orjson.loads(line))))
        rows.append(in_process("newsevents validate --schema-only, in process", size,
                               partial(count_statuses, path, schema_only=True)))
        rows.append(in_process(f"newsevents validate (full), in process (first {full})", full,
                               partial(count_statuses, head_path)))
        rows.append(timed_loop(f"strict typed loading: bytes -> attrs, in process (first {full})", lines(head_path),
                               load_typed))
        rows.append(whole_process("newsevents validate --schema-only, whole process", size,
                                  newsevents_command("--schema-only", str(path)), workdir))
        rows.append(whole_process("newsevents validate --schema-only --jobs 2, whole process", size,
                                  newsevents_command("--schema-only", "--jobs", "2", str(path)), workdir))
        rows.append(whole_process(f"newsevents validate (full), whole process (first {full})", full,
                                  newsevents_command(str(head_path)), workdir))
        rows.append(whole_process(f"newsevents validate (full) --jobs 2, whole process (first {full})", full,
                                  newsevents_command("--jobs", "2", str(head_path)), workdir))
        # The same pair on the whole feed, where one start-up weighs less against the checking it pays for.
        rows.append(whole_process("newsevents validate (full), whole process", size,
                                  newsevents_command(str(path)), workdir))
        rows.append(whole_process("newsevents validate (full) --jobs 2, whole process", size,
                                  newsevents_command("--jobs", "2", str(path)), workdir))
        if checker_cli is None:
            print("  check-jsonschema: not installed, skipped (pip install check-jsonschema to include it)")
        else:
            array, bundle = workdir / f"sample-{sample}.json", workdir / "bundle.schema.json"
            head(path, sample, array, as_array=True)
            write_bundle(bundle)
            rows.append(whole_process(f"check-jsonschema, whole process (first {sample}, as a JSON array)",
                                      sample, [checker_cli, "--schemafile", str(bundle), str(array)], workdir))
        one = workdir / "one.head.jsonl"
        head(path, 1, one)
        rows.append(whole_process("newsevents validate (full), whole process, one record", 1,
                                  newsevents_command(str(one)), workdir))
        ajv = ajv_row(args.ajv, path, full, workdir)
        show(rows + ([ajv] if ajv else []))
        ratios(rows, checker_cli is not None, ajv)
        rounds_head = workdir / "rounds.head.jsonl"
        head(path, min(300, full), rounds_head)
        rounds.interleaved(rounds_head)
        if label != "valid feed" and size == int(args.sizes.split(",")[0]):
            print("\n messages for each kind of invalid record (newsevents, then jsonschema's best match):")
            messages(invalid_head)


def ajv_row(ajv: str | None, path: Path, count: int, workdir: Path) -> Row | None:
    """ajv-cli as a whole process on the first ``count`` records as one JSON array; None (and why) without it."""
    if ajv is None:
        print("  ajv-cli: not found, skipped (npm install ajv-cli ajv-formats, then --ajv PATH to include it)")
        return None
    bundle, array = workdir / "bundle.schema.json", workdir / f"sample-{count}.json"
    write_bundle(bundle)
    problem = baselines.ajv_works(ajv, bundle, workdir)
    if problem is not None:
        print(f"  ajv-cli: cannot run ({problem}), skipped")
        return None
    head(path, count, array, as_array=True)
    return whole_process(f"ajv-cli, whole process (first {count}, as a JSON array)", count,
                         baselines.ajv_command(ajv, bundle, array), workdir)


def ratios(rows: list[Row], with_checker: bool, ajv: Row | None) -> None:
    floor, fast, full_in, single, double, full = rows[0], rows[2], rows[3], rows[5], rows[6], rows[7]
    print(f"  newsevents --schema-only in process / parse floor: {rate(fast) / rate(floor):.2f}x wall, "
          f"{rate(fast, 'cpu') / rate(floor, 'cpu'):.3f}x CPU (target: >= 0.5x)")
    print(f"  newsevents full in process / parse floor: {rate(full_in) / rate(floor):.3f}x wall, "
          f"{rate(full_in, 'cpu') / rate(floor, 'cpu'):.3f}x CPU (target: >= 0.1x)")
    one = rows[-1]
    net = {"records": full["records"] - 1, "wall": full["wall"] - one["wall"], "cpu": full["cpu"] - one["cpu"]}
    print(f"  newsevents full whole process / parse floor: {rate(full) / rate(floor):.3f}x wall, "
          f"{rate(full, 'cpu') / rate(floor, 'cpu'):.3f}x CPU with start-up; without it (the one-record run "
          f"subtracted): {rate(net) / rate(floor):.3f}x wall, {rate(net, 'cpu') / rate(floor, 'cpu'):.3f}x CPU "
          "(target: >= 0.1x)")
    print(f"  newsevents --jobs 2 / --jobs 1, whole process: {rate(double) / rate(single):.2f}x wall with "
          f"--schema-only, {rate(rows[8]) / rate(full):.2f}x in full (target: >= 1.8x)")

    def started(row: Row) -> Row:  # the run less one start-up (the one-record run), as above
        return {"records": row["records"] - 1, "wall": row["wall"] - one["wall"], "cpu": row["cpu"] - one["cpu"]}

    print(f"  the same without start-up (the one-record run subtracted from each): "
          f"{rate(started(double)) / rate(started(single)):.2f}x wall with --schema-only, "
          f"{rate(started(rows[8])) / rate(started(full)):.2f}x in full (target: >= 1.8x)")
    whole_single, whole_double = rows[9], rows[10]
    print(f"  in full on the whole feed ({whole_single['records']:,} records): --jobs 2 / --jobs 1 "
          f"{rate(whole_double) / rate(whole_single):.2f}x wall, without start-up "
          f"{rate(started(whole_double)) / rate(started(whole_single)):.2f}x (target: >= 1.8x)")
    if ajv is not None:
        print(f"  newsevents full / ajv-cli, whole processes on the same records: {rate(full) / rate(ajv):.2f}x wall, "
              f"{rate(full, 'cpu') / rate(ajv, 'cpu'):.2f}x CPU (target: > 1x)")
    if with_checker:
        checker = rows[11]
        print(f"  newsevents / check-jsonschema, whole processes: {rate(single) / rate(checker):,.0f}x wall with "
              f"--schema-only, {rate(full) / rate(checker):,.0f}x in full (target: >= 40x)")


if __name__ == "__main__":
    main()
