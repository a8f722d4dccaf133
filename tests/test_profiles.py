"""Extraction profiles: accepted by each target (schemafit, llguidance), self-contained, within documented limits,
shipped without drift; and documents that satisfy a profile become valid articles through anchor + validate."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache
from typing import Any

import llguidance
import pytest
import schemafit
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator

import newsevents
from newsevents.schema.generate import generate_schemas
from newsevents.schema.profiles import PROFILE_NAMES, Profile, build_profile, check_profiles
from newsevents.schema.profiles.bundle import bundle
from newsevents.schema.profiles.targets import STRUCTURE, TARGETS
from newsevents.strategies import articles
from newsevents.validation.anchoring import anchor_document

from ._drafts import to_drafts
from ._paths import SCHEMA_DIR

HOSTED = ("openai", "anthropic", "gemini")


@cache
def _profile(name: str) -> Profile:
    return build_profile(name)


def _nodes(schema: Any, pointer: str = "#") -> list[tuple[str, dict[str, Any]]]:
    """Every subschema of ``schema`` with its pointer."""
    if not isinstance(schema, dict):
        return []
    found = [(pointer, schema)]
    for key in ("properties", "$defs"):
        for name, sub in schema.get(key, {}).items():
            found.extend(_nodes(sub, f"{pointer}/{key}/{name}"))
    if "items" in schema:
        found.extend(_nodes(schema["items"], f"{pointer}/items"))
    for i, sub in enumerate(schema.get("anyOf", [])):
        found.extend(_nodes(sub, f"{pointer}/anyOf/{i}"))
    return found


@pytest.mark.parametrize("name", HOSTED)
def test_schemafit_finds_no_errors(name: str) -> None:
    """The schemafit linter reports no error for the openai, anthropic and gemini profiles."""
    errors = [f for f in schemafit.lint(_profile(name).schema, name) if f.severity == "error"]
    assert errors == []


@pytest.mark.parametrize("name", HOSTED)
def test_schemafit_rejects_the_plain_schema(name: str) -> None:
    """The bundled article schema itself, before the profile rewrite, breaks each target's rules (for Gemini,
    whose pack has only warnings: the oneOf it does not support)."""
    findings = schemafit.lint(bundle(generate_schemas(), "article"), name)
    if name == "gemini":
        assert "gemini-oneof-unsupported" in {f.rule_id for f in findings}
    else:
        assert schemafit.has_errors(findings)


def test_gemini_warnings_are_only_refs_and_unions() -> None:
    """Gemini's only schemafit findings are the version-sensitive warnings for $ref and anyOf."""
    rules = {f.rule_id for f in schemafit.lint(_profile("gemini").schema, "gemini")}
    assert rules <= {"gemini-ref-recursion-risk", "gemini-anyof-version-sensitive"}


def test_llguidance_compiles_its_profile_without_warnings() -> None:
    """llguidance compiles the llguidance profile into a grammar with no error and no warning."""
    grammar = llguidance.LLMatcher.grammar_from_json_schema(_profile("llguidance").schema)
    assert llguidance.LLMatcher.validate_grammar_with_warnings(grammar) == (False, [])


def test_llguidance_refuses_the_plain_schema() -> None:
    """The bundled article schema itself does not compile in llguidance (lookahead, uniqueItems)."""
    grammar = llguidance.LLMatcher.grammar_from_json_schema(bundle(generate_schemas(), "article"))
    is_error, messages = llguidance.LLMatcher.validate_grammar_with_warnings(grammar)
    assert is_error
    assert messages


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_profiles_are_self_contained(name: str) -> None:
    """Every $ref of a profile points inside it, to a definition that exists."""
    schema = _profile(name).schema
    refs = [node["$ref"] for _, node in _nodes(schema) if "$ref" in node]
    assert refs
    assert all(ref.startswith("#/$defs/") and ref.removeprefix("#/$defs/") in schema["$defs"] for ref in refs)


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_profiles_use_only_the_target_keywords(name: str) -> None:
    """A profile uses only the keywords its target keeps, and only formats the target checks."""
    target = TARGETS[name]
    allowed = STRUCTURE | target.keeps
    found = {(pointer, key) for pointer, node in _nodes(_profile(name).schema) for key in node
             if key not in allowed}
    assert found == set()
    formats = {node["format"] for _, node in _nodes(_profile(name).schema) if "format" in node}
    assert formats <= target.formats


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_profiles_are_valid_draft_2020_12_and_list_what_they_drop(name: str) -> None:
    """Each profile is a valid JSON Schema; its description counts what it drops, the listing names it all."""
    profile = _profile(name)
    Draft202012Validator.check_schema(profile.schema)
    assert "Dropped for this target" in profile.schema["description"]
    assert len(profile.listing().splitlines()) == len(profile.dropped) > 0


def _depth(schema: dict[str, Any], node: Any, seen: tuple[str, ...] = ()) -> int:
    """Levels of object nesting below ``node``, following $refs."""
    if not isinstance(node, dict):
        return 0
    if "$ref" in node:
        name = node["$ref"].removeprefix("#/$defs/")
        return 0 if name in seen else _depth(schema, schema["$defs"][name], (*seen, name))
    here = 1 if node.get("type") in ("object", ["object", "null"]) else 0
    subs = [*node.get("properties", {}).values(), *node.get("anyOf", []), node.get("items")]
    return here + max((_depth(schema, s, seen) for s in subs), default=0)


def test_openai_profile_is_within_the_documented_limits() -> None:
    """Object properties, nesting depth, total string length and enum values stay within OpenAI's limits."""
    schema = _profile("openai").schema
    limits = TARGETS["openai"].limits
    nodes = [node for _, node in _nodes(schema)]
    properties = sum(len(node.get("properties", {})) for node in nodes)
    strings = sum(len(n) for node in nodes for n in node.get("properties", {})) + sum(map(len, schema["$defs"]))
    enums = [v for node in nodes for v in node.get("enum", []) if v is not None]
    strings += sum(len(str(v)) for v in enums) + sum(len(str(node["const"])) for node in nodes if "const" in node)
    assert properties <= limits["object_properties"]
    assert _depth(schema, schema) <= limits["nesting_depth"]
    assert strings <= limits["string_length"]
    assert len(enums) <= limits["enum_values"]


def test_shipped_profiles_match_the_model() -> None:
    """schemas/profiles/ is byte for byte what the generator writes now."""
    assert check_profiles(SCHEMA_DIR / "profiles") == []


def test_union_root_refused_where_the_target_needs_an_object() -> None:
    """OpenAI needs an object at the top, so the event union has no openai profile; anthropic takes it."""
    with pytest.raises(ValueError, match="object at the top"):
        build_profile("openai", "event")
    assert "anyOf" in build_profile("anthropic", "event").schema


def _with_nulls(schema: dict[str, Any], node: dict[str, Any], value: Any) -> Any:
    """``value`` with every absent member written as null, as OpenAI strict mode makes a model write it."""
    if "$ref" in node:
        return _with_nulls(schema, schema["$defs"][node["$ref"].removeprefix("#/$defs/")], value)
    if "anyOf" in node:
        for branch in node["anyOf"]:
            target = schema["$defs"][branch["$ref"].removeprefix("#/$defs/")] if "$ref" in branch else branch
            tag = target.get("properties", {}).get("type", {}).get("const")
            if branch.get("type") != "null" and (tag is None or (isinstance(value, dict) and value["type"] == tag)):
                return _with_nulls(schema, branch, value)
        return value
    if isinstance(value, dict) and "properties" in node:
        return {name: _with_nulls(schema, sub, value[name]) if name in value else None
                for name, sub in node["properties"].items()}
    if isinstance(value, list) and "items" in node:
        return [_with_nulls(schema, node["items"], item) for item in value]
    return value


@cache
def _validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(_profile(name).schema)


@pytest.mark.parametrize("name", PROFILE_NAMES)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles())
def test_profile_documents_anchor_and_validate(name: str, article: newsevents.Article) -> None:
    """A valid article written as the profile asks (draft spans, nulls for OpenAI) satisfies the profile, and
    anchor + validate give the article back, or report an ambiguous quote naming its true place."""
    original = newsevents.unstructure(article)
    document = to_drafts(original, original["body"])
    if TARGETS[name].all_required:
        document = _with_nulls(_profile(name).schema, _profile(name).schema, document)
    assert list(_validator(name).iter_errors(document)) == []
    anchored, problems = anchor_document(document)
    if problems:
        assert {p.check for p in problems} == {"quote-ambiguous"}
        return
    assert anchored == original
    assert newsevents.validate(anchored) == []


@pytest.mark.parametrize("name", PROFILE_NAMES)
def test_cli_prints_the_profile(name: str) -> None:
    """`newsevents schema --profile NAME` prints the generated profile; `--dropped` its listing."""
    run = [sys.executable, "-m", "newsevents", "schema", "--profile", name]
    printed = subprocess.run(run, capture_output=True, text=True, check=True).stdout
    assert json.loads(printed) == _profile(name).schema
    listing = subprocess.run([*run, "--dropped"], capture_output=True, text=True, check=True).stdout
    assert listing == _profile(name).listing()


def test_cli_profile_usage_errors() -> None:
    """An unknown type, or a union type for openai, is a usage error (exit 2) with a message."""
    for args in (["--type", "nonsense"], ["--type", "event"]):
        result = subprocess.run([sys.executable, "-m", "newsevents", "schema", "--profile", "openai", *args],
                                capture_output=True, text=True, check=False)
        assert result.returncode == 2
        assert "newsevents: error:" in result.stderr


def test_parser_offers_every_profile() -> None:
    """The --profile choices of the command line are exactly the generator's targets."""
    from newsevents.cli.parser import build_parser

    schema_parser = build_parser()._subparsers._group_actions[0].choices["schema"]  # type: ignore[union-attr]
    choices = next(a.choices for a in schema_parser._actions if a.dest == "profile")
    assert tuple(choices) == PROFILE_NAMES
