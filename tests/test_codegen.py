"""Generated functions come from the precompiled module when their source is in it, are compiled otherwise, and
the committed module is what the build tool writes."""

from __future__ import annotations

import importlib.util
import py_compile
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsevents.datamodel import codegen

from ._compiles import fresh_run

ROOT = Path(__file__).resolve().parent.parent
BUILDER = ROOT / "tools" / "build_precompiled.py"
PRECOMPILED = ROOT / "src" / "newsevents" / "datamodel" / "_precompiled.py"


def test_committed_module_is_current() -> None:
    """`_precompiled.py` is exactly what tools/build_precompiled.py writes from today's model (--check exits 0)."""
    done = subprocess.run([sys.executable, str(BUILDER), "--check"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_known_source_takes_the_precompiled_code() -> None:
    source, code = next(iter(codegen._table().items()))
    name = source.split("(", 1)[0].removeprefix("def ")
    namespace: dict[str, Any] = {}
    made = codegen.define(source, "<a label>", namespace, name)
    assert made.__code__ is code
    assert namespace[name] is made
    assert made.__globals__ is namespace  # the names it uses are looked up in the namespace given


def test_an_unknown_source_is_compiled_and_runs_in_its_namespace() -> None:
    source = "def twice(x):\n    return FACTOR * len([x, x])"
    assert source not in codegen._table()
    namespace: dict[str, Any] = {"FACTOR": 3}
    made = codegen.define(source, "<newsevents test twice>", namespace, "twice")
    assert made("a") == 6
    assert made.__code__.co_filename == "<newsevents test twice>"
    assert namespace["twice"] is made


def test_the_precompiled_function_behaves_as_the_compiled_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same source, once from the table and once compiled here (the table emptied), gives functions that
    agree, builtins included."""
    source = "def count(values):\n    return len(tuple(map(SCALE, values)))"
    label = "<newsevents test count>"
    monkeypatch.setattr(codegen, "_CODE", {})
    compiled = codegen.define(source, label, {"SCALE": abs}, "count")
    table: dict[str, Any] = {}
    exec(compile(source, "elsewhere.py", "exec"), table)
    monkeypatch.setattr(codegen, "_CODE", {source: table["count"].__code__})
    precompiled = codegen.define(source, label, {"SCALE": abs}, "count")
    assert precompiled.__code__ is table["count"].__code__
    assert precompiled([-1, 2, -3]) == compiled([-1, 2, -3]) == 3


def test_recording_collects_what_is_defined_inside_the_block_only() -> None:
    codegen.define("def before():\n    return 1", "<before>", {}, "before")
    with codegen.recording() as outer:
        with codegen.recording() as inner:
            codegen.define("def inside():\n    return 2", "<inside>", {}, "inside")
        codegen.define("def after():\n    return 3", "<after>", {}, "after")
    codegen.define("def later():\n    return 4", "<later>", {}, "later")
    assert inner == {"def inside():\n    return 2": "<inside>"}
    assert outer == {"def inside():\n    return 2": "<inside>", "def after():\n    return 3": "<after>"}


def test_module_text_defines_each_source_under_its_own_key() -> None:
    sources = {"def b(x):\n    return x + 1": "<b>", "def a(x):\n    return x * 2": "<a>"}
    namespace: dict[str, Any] = {}
    text = codegen.module_text(sources)
    exec(compile(text, "generated.py", "exec"), namespace)
    assert set(namespace["CODE"]) == set(sources)
    assert text.index("# <a>") < text.index("# <b>")  # a stable order, by label
    for source, code in namespace["CODE"].items():
        assert code.co_name == source.split("(", 1)[0].removeprefix("def ")
        made = codegen.define(source, "<x>", {}, code.co_name)
        assert made(5) == (6 if code.co_name == "b" else 10)


def test_a_validation_run_compiles_no_generated_function() -> None:
    """Validating the seed fixture in a fresh process builds every structure function and visitor it needs from
    the precompiled module: none is compiled at run time."""
    made, compiled, *names = fresh_run("<newsevents", """
from newsevents.datamodel import codegen
from newsevents import fixtures, validate
data = fixtures.data("seed-article")
with codegen.recording() as made:
    problems = validate(data)
assert problems == [], problems
print(len(made), len(compiled), *compiled)
""")
    assert int(made) > 20  # the seed needs a few dozen generated functions
    assert (int(compiled), names) == (0, [])


# --- the table is used only where its bytecode is cached or can be -------------------------------------------------

def _compiled_module(folder: Path, text: str = "X = 1\n") -> tuple[Path, Path]:
    source = folder / "mod.py"
    source.write_text(text, encoding="utf-8")
    cached = Path(importlib.util.cache_from_source(str(source)))
    py_compile.compile(str(source), cfile=str(cached), doraise=True)
    return source, cached


def test_cached_bytecode_is_ready_until_the_source_changes(tmp_path: Path) -> None:
    source, cached = _compiled_module(tmp_path)
    assert codegen._bytecode_ready(str(source), str(cached))
    source.write_text("X = 22\n", encoding="utf-8")  # another size (and time)
    assert not codegen._bytecode_ready(str(source), str(cached))
    assert not codegen._bytecode_ready(str(source), str(tmp_path / "missing.pyc"))


def test_hash_based_bytecode_is_left_to_python(tmp_path: Path) -> None:
    source = tmp_path / "mod.py"
    source.write_text("X = 1\n", encoding="utf-8")
    cached = tmp_path / "mod.pyc"
    py_compile.compile(str(source), cfile=str(cached), doraise=True,
                       invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
    assert codegen._bytecode_ready(str(source), str(cached))


@pytest.mark.parametrize(("ready", "dont_write", "writable", "used"), [
    (True, True, False, True),  # cached: imported without compiling
    (False, False, True, True),  # compiled once, then cached
    (False, True, True, False),  # PYTHONDONTWRITEBYTECODE: would compile the whole module at every run
    (False, False, False, False),  # nowhere to cache it
])
def test_the_table_is_imported_only_when_it_need_not_be_compiled_each_run(
        monkeypatch: pytest.MonkeyPatch, ready: bool, dont_write: bool, writable: bool, used: bool) -> None:
    monkeypatch.setattr(codegen, "_bytecode_ready", lambda source, cached: ready)
    monkeypatch.setattr(codegen, "_writable", lambda cached: writable)
    monkeypatch.setattr(sys, "dont_write_bytecode", dont_write)
    assert bool(codegen._precompiled_table()) is used
