"""The generated schemas: drift, meta-schema, completeness, portability of patterns."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsevents
from newsevents import Duration
from newsevents.datamodel.version import SCHEMA_BASE, SCHEMA_VERSION
from newsevents.schema.files import shipped_schema_dir
from newsevents.schema.generate import check_schemas, generate_schemas

from ._paths import EDITABLE, REPO, SCHEMA_DIR

GENERATED = generate_schemas()


def _walk(node: Any, path: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Every schema object inside a schema document, with a readable location."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        found.append((path, node))
        for key, value in node.items():
            if key in ("const", "enum", "default", "examples"):
                continue
            found.extend(_walk(value, f"{path}/{key}"))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_walk(value, f"{path}/{index}"))
    return found


def _patterns() -> list[str]:
    return sorted({node["pattern"] for schema in GENERATED.values() for _, node in _walk(schema)
                   if isinstance(node.get("pattern"), str)})


def test_committed_schemas_match_the_model() -> None:
    """schemas/ is byte for byte what the model generates now."""
    assert check_schemas(SCHEMA_DIR, GENERATED) == []


def test_shipped_schemas_match_the_model() -> None:
    """The schemas the installed package loads are the generated ones: the wheel's own copy (package data not
    left out), or with an editable install the checkout's schemas/."""
    shipped = shipped_schema_dir()
    if not EDITABLE:
        assert shipped == Path(str(resources.files("newsevents") / "schemas")), "the wheel lacks newsevents/schemas"
    assert check_schemas(shipped, GENERATED) == []


def test_generation_is_deterministic() -> None:
    """Two generations give identical text."""
    first = json.dumps(generate_schemas())
    assert first == json.dumps(generate_schemas())


def test_schema_check_command_detects_drift(tmp_path: Path) -> None:
    """`newsevents schema --check` exits 0 on current files and 1 after any byte changes."""
    target = tmp_path / "schemas"
    shutil.copytree(SCHEMA_DIR, target)
    run = [sys.executable, "-m", "newsevents", "schema", "--check", "--out", str(target)]
    assert subprocess.run(run, capture_output=True, check=False).returncode == 0
    victim = target / "span.schema.json"
    victim.write_text(victim.read_text(encoding="utf-8").replace("Offset", "offset", 1), encoding="utf-8")
    result = subprocess.run(run, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert "span.schema.json" in result.stderr


def test_schema_command_rewrites_and_prunes(tmp_path: Path) -> None:
    """`newsevents schema --out DIR` writes every file (and the profiles directory) and removes stale ones."""
    (tmp_path / "old.schema.json").write_text("{}", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "newsevents", "schema", "--out", str(tmp_path)], check=True,
                   capture_output=True)
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == sorted(GENERATED)


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_every_schema_is_valid_draft_2020_12(name: str) -> None:
    """Each file validates against the Draft 2020-12 meta-schema."""
    jsonschema.Draft202012Validator.check_schema(GENERATED[name])


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_schema_header(name: str) -> None:
    """Each file has an absolute, versioned $id matching its name, a title and a description."""
    schema = GENERATED[name]
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == f"{SCHEMA_BASE}/{SCHEMA_VERSION}/{name}"
    assert schema["title"]
    assert schema["description"].strip()


def test_every_string_is_bounded() -> None:
    """Every string-typed schema has a maxLength."""
    unbounded = [f"{name}{where}" for name, schema in GENERATED.items() for where, node in _walk(schema)
                 if node.get("type") == "string" and "maxLength" not in node and "enum" not in node]
    assert unbounded == []


def test_every_property_and_enum_value_is_described() -> None:
    """Every property and every enum value carries a non-empty description."""
    missing = []
    for name, schema in GENERATED.items():
        for where, node in _walk(schema):
            for prop, sub in node.get("properties", {}).items():
                if not str(sub.get("description", "")).strip():
                    missing.append(f"{name}{where}/properties/{prop}")
            if "enum" in node and "oneOf" in node:
                consts = [b["const"] for b in node["oneOf"] if str(b.get("description", "")).strip()]
                if consts != node["enum"]:
                    missing.append(f"{name}{where}")
    assert missing == []


def test_objects_are_closed() -> None:
    """Every object schema with properties forbids unknown members."""
    open_objects = [f"{name}{where}" for name, schema in GENERATED.items() for where, node in _walk(schema)
                    if "properties" in node and "oneOf" not in node and node.get("additionalProperties") is not False]
    assert open_objects == []


def test_refs_resolve_within_the_set() -> None:
    """Every $ref names a file of the set or a local $defs entry."""
    bad = []
    for name, schema in GENERATED.items():
        for where, node in _walk(schema):
            ref = node.get("$ref")
            if ref is None:
                continue
            if ref.startswith("#/$defs/"):
                if ref.removeprefix("#/$defs/") not in schema.get("$defs", {}):
                    bad.append(f"{name}{where}: {ref}")
            elif ref not in GENERATED:
                bad.append(f"{name}{where}: {ref}")
    assert bad == []


def test_event_union_lists_every_registered_event_type() -> None:
    """The event union's oneOf has one branch per registered type, each with its tag as a const."""
    union = GENERATED["event.schema.json"]
    tags = union["properties"]["type"]["enum"]
    assert len(union["oneOf"]) == len(tags) >= 21
    for branch, tag in zip(union["oneOf"], tags, strict=True):
        assert GENERATED[branch["$ref"]]["properties"]["type"]["const"] == tag


def test_fixture_names_its_document_schema() -> None:
    """The seed fixture's $schema is the $id of the article schema."""
    from newsevents import fixtures

    assert fixtures.data("seed-article")["$schema"] == GENERATED["article.schema.json"]["$id"]
    assert GENERATED["article.schema.json"]["$id"] == newsevents.ARTICLE_SCHEMA_ID


# --- portability of patterns -------------------------------------------------------------------------------------

# Constructs that ECMAScript and Python read differently, or that only one of them has.
_NOT_PORTABLE = [
    (r"\\[dDwWsSbB]", "class shorthands differ in Unicode handling"),
    (r"\\[AZzGQE]", "anchors/escapes missing from ECMAScript"),
    (r"\(\?P", "Python-only named group syntax"),
    (r"\(\?<[=!]", "lookbehind"),
    (r"\(\?[aiLmsux]", "inline flags"),
    (r"[*+?}]\+", "possessive quantifiers"),
    (r"\\[0-9]", "back-references"),
    (r"\[\[:", "POSIX classes"),
]


@pytest.mark.parametrize("pattern", _patterns())
def test_pattern_uses_the_portable_subset(pattern: str) -> None:
    """Patterns avoid constructs that ECMAScript and Python read differently, and anchor both ends strictly."""
    for construct, why in _NOT_PORTABLE:
        assert re.search(construct, pattern) is None, f"{pattern}: {why}"
    assert pattern.startswith("^")
    # Python's `$` also matches before a final newline; `(?!\n)` makes it mean what ECMAScript's `$` means.
    assert pattern.endswith("$(?!\\n)") or not pattern.endswith("$"), pattern


def _nested_unbounded_repeat(pattern: str) -> bool:
    """Whether an unbounded repeat contains a variable repeat it could trade characters with."""
    import re._constants as c
    import re._parser as p

    def first_literal(items: list[Any]) -> int | None:
        return items[0][1] if items and items[0][0] is c.LITERAL else None

    def chars_of(items: list[Any]) -> set[int] | None:
        """Characters an item list can match, or None when unknown (anything)."""
        out: set[int] = set()
        for op, arg in items:
            if op is c.LITERAL:
                out.add(arg)
            elif op is c.IN:
                for sub_op, sub_arg in arg:
                    if sub_op is c.LITERAL:
                        out.add(sub_arg)
                    elif sub_op is c.RANGE:
                        out.update(range(sub_arg[0], sub_arg[1] + 1))
                    else:
                        return None
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                inner = chars_of(list(arg[2]))
                if inner is None:
                    return None
                out |= inner
            elif op is c.SUBPATTERN:
                inner = chars_of(list(arg[3]))
                if inner is None:
                    return None
                out |= inner
            else:
                return None
        return out

    def bad(items: list[Any]) -> bool:
        for op, arg in items:
            if op in (c.MAX_REPEAT, c.MIN_REPEAT):
                _low, high, body = arg
                body = list(body)
                if body and body[0][0] is c.SUBPATTERN:
                    body = list(body[0][1][3])
                if high is c.MAXREPEAT:
                    variable = [item for item in body if item[0] in (c.MAX_REPEAT, c.MIN_REPEAT)
                                and item[1][0] != item[1][1]]
                    if variable:
                        sep = first_literal(body)
                        inner = chars_of(variable)
                        if sep is None or inner is None or sep in inner:
                            return True
                if bad(body):
                    return True
            elif (op is c.SUBPATTERN and bad(list(arg[3]))) or (op is c.BRANCH and any(bad(list(b)) for b in arg[1])):
                return True
        return False

    return bad(list(p.parse(pattern)))


@pytest.mark.parametrize("pattern", _patterns())
def test_pattern_cannot_backtrack_catastrophically(pattern: str) -> None:
    """No unbounded repeat wraps a variable repeat unless a literal separator keeps them apart."""
    assert not _nested_unbounded_repeat(pattern)


def test_nested_repeat_lint_catches_the_classic_cases() -> None:
    """The backtracking lint flags (a+)+ and ( ?x{3})* and accepts a separator-delimited repeat."""
    assert _nested_unbounded_repeat(r"^(a+)+$")
    assert _nested_unbounded_repeat(r"^([a-z]+ ?)*$")
    assert not _nested_unbounded_repeat(r"^[a-z]+(\.[a-z]+)*$")


@pytest.mark.parametrize("pattern", [p for p in _patterns() if p.endswith("$(?!\\n)")])
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_pattern_rejects_a_trailing_newline(pattern: str, data: st.DataObject) -> None:
    """A string the pattern accepts is rejected once a newline is appended, as in ECMAScript."""
    text = data.draw(st.from_regex(pattern, fullmatch=True))
    assert re.search(pattern, text) is not None
    assert re.search(pattern, text + "\n") is None


def _samples(pattern: str, count: int = 5) -> list[str]:
    """A few strings the pattern matches, drawn deterministically."""
    found: list[str] = []

    @settings(max_examples=count, database=None, derandomize=True)
    @given(st.from_regex(pattern, fullmatch=True))
    def collect(text: str) -> None:
        found.append(text)

    collect()
    return found


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_patterns_read_the_same_in_ecmascript() -> None:
    """Node's RegExp (u flag) gives the same verdict as Python's re on matching and near-miss strings."""
    cases: list[dict[str, Any]] = []
    for pattern in _patterns():
        samples = _samples(pattern)
        probes = samples + [s + "\n" for s in samples] + [s[:-1] for s in samples if s] + ["", "é", "x y"]
        cases.append({"pattern": pattern, "probes": probes,
                      "python": [re.search(pattern, s) is not None for s in probes]})
    script = ("const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
              "const out = cases.map(c => c.probes.map(s => new RegExp(c.pattern, 'u').test(s)));"
              "process.stdout.write(JSON.stringify(out));")
    result = subprocess.run(["node", "-e", script], input=json.dumps(cases), capture_output=True, text=True,
                            check=True)
    verdicts = json.loads(result.stdout)
    mismatches = [(c["pattern"], p, c["python"][i]) for c, js in zip(cases, verdicts, strict=True)
                  for i, p in enumerate(c["probes"]) if c["python"][i] != js[i]]
    assert mismatches == []


def test_repo_layout_is_what_the_tests_assume() -> None:
    """The tests run from a checkout that has the schemas directory they compare against."""
    assert (REPO / "pyproject.toml").is_file()
    assert SCHEMA_DIR.is_dir()


@pytest.mark.parametrize(("value", "valid"), [
    ("P2Y", True), ("P3W", True), ("P1Y6M", True), ("PT36H", True), ("P0.5D", True), ("P1DT2H", True),
    ("P", False), ("PT", False), ("P1DT", False), ("P1H", False), ("PT1D", False), ("2Y", False), ("P1Y2", False),
])
def test_duration_values_are_iso_8601_durations(value: str, valid: bool) -> None:
    """A duration's value is checked against ISO 8601's shape, in the schema as in Python."""
    data = {"value": value}
    assert (not newsevents.validate(data, type="duration")) is valid
    if valid:
        assert newsevents.structure(data, Duration).value == value
    else:
        with pytest.raises(Exception, match="value"):
            newsevents.structure(data, Duration)
