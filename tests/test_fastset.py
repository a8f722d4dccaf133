"""The generated schema set the compiled validator reads (schemas/validator/compiled.json) is what rewriting and
splitting the shipped schemas gives, a validator built from it gives the same verdicts, and `newsevents schema
--check` catches it when stale."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsevents import fixtures
from newsevents.cli import main
from newsevents.schema import fastset
from newsevents.schema.fastset import FASTSET_FILE, fastset_text, shipped_fastset
from newsevents.schema.files import load_shipped_schemas, shipped_schema_dir
from newsevents.schema.rewrite import rewrite_schemas
from newsevents.schema.split import split_unions
from newsevents.validation import compiled as compiled_module
from newsevents.validation import validator as validator_module
from newsevents.validation.compiled import CompiledValidator
from newsevents.validation.validator import Validator

from ._feeds import examples

SCHEMAS = load_shipped_schemas()


def _documents() -> list[tuple[str, Any]]:
    found = [(f"valid/{name}", doc) for name, doc in examples("valid").items()]
    found += [(f"invalid/{name}", doc) for name, doc in examples("invalid").items()]
    found += [(f"fixture/{name}", fixtures.data(name)) for name in ("seed-article", "example-flood")]
    return found


DOCUMENTS = _documents()


@pytest.fixture
def no_generated_set() -> Iterator[None]:
    """The generated file out of sight (as in a checkout that never ran `newsevents schema`), then back."""
    fastset._shipped.cache_clear()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(fastset, "shipped_schema_dir", lambda: Path("/nonexistent/newsevents-schemas"))
        yield
    fastset._shipped.cache_clear()


def test_the_shipped_file_is_what_the_schemas_generate() -> None:
    """The shipped compiled.json is byte for byte what the shipped schemas give (run `newsevents schema`)."""
    shipped = (shipped_schema_dir() / FASTSET_FILE).read_text(encoding="utf-8")
    assert shipped == fastset_text(SCHEMAS)


def test_every_type_reads_the_split_that_computing_gives() -> None:
    """For every shipped type, the set read from the file equals the rewritten shipped set split for it."""
    rewritten = rewrite_schemas(SCHEMAS)
    split_types = []
    for name in SCHEMAS:
        type_name = name.removesuffix(".schema.json")
        generated = shipped_fastset(type_name)
        assert generated is not None
        schemas, members = generated
        expected_schemas, expected_members = split_unions(rewritten, name)
        assert schemas == expected_schemas, type_name
        assert members == expected_members, type_name
        if members:
            split_types.append(type_name)
    assert "article" in split_types


def test_the_shipped_validator_does_not_rewrite_at_start_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """A validator over the shipped schemas builds from the file: neither rewriting nor splitting runs."""
    def refuse(*_: Any) -> Any:
        raise AssertionError("worked out at start-up")

    monkeypatch.setattr(compiled_module, "rewrite_schemas", refuse)
    monkeypatch.setattr(compiled_module, "split_unions", refuse)
    assert CompiledValidator("article").is_valid(fixtures.data("seed-article"))


@pytest.mark.parametrize(("name", "doc"), DOCUMENTS, ids=[name for name, _ in DOCUMENTS])
def test_the_file_and_the_computation_agree(name: str, doc: Any) -> None:
    """A validator built from the file and one that rewrites and splits the same schemas give the same verdict
    and the same error places on every example, valid and invalid."""
    from_file = CompiledValidator("article")
    computed = CompiledValidator("article", SCHEMAS)
    assert from_file.is_valid(doc) is computed.is_valid(doc)
    if name.startswith(("valid/", "fixture/")):
        assert from_file.is_valid(doc)
    assert from_file.error_paths(doc) == computed.error_paths(doc)


def test_without_the_file_the_set_is_worked_out(no_generated_set: None) -> None:
    """With no generated file the shipped validator rewrites and splits at start-up, with the same verdicts."""
    assert shipped_fastset("article") is None
    worked_out = CompiledValidator("article")
    verdicts = [worked_out.is_valid(doc) for _, doc in DOCUMENTS]
    assert False in verdicts  # the examples hold documents the schema refuses, and documents it accepts
    assert True in verdicts
    computed = CompiledValidator("article", SCHEMAS)
    assert verdicts == [computed.is_valid(doc) for _, doc in DOCUMENTS]


def test_the_drift_check_fails_when_the_file_is_stale(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`newsevents schema --check` fails, naming the file, when compiled.json differs from what it generates or
    is missing, and when a stray file sits beside it; `newsevents schema` puts it all right."""
    out = str(tmp_path)
    assert main(["schema", "--out", out]) == 0
    generated = tmp_path / FASTSET_FILE
    text = generated.read_text(encoding="utf-8")
    generated.write_text(text.replace('"events"', '"evens"', 1), encoding="utf-8")
    capsys.readouterr()
    assert main(["schema", "--check", "--out", out]) == 1
    assert "validator/compiled.json" in capsys.readouterr().err
    generated.unlink()
    (generated.parent / "stray.json").write_text("{}\n", encoding="utf-8")
    assert main(["schema", "--check", "--out", out]) == 1
    err = capsys.readouterr().err
    assert "validator/compiled.json" in err
    assert "validator/stray.json" in err
    assert main(["schema", "--out", out]) == 0
    assert generated.read_text(encoding="utf-8") == text
    assert main(["schema", "--check", "--out", out]) == 0


def test_a_valid_document_never_loads_the_schemas(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped validator checks and loads a valid document without the raw schemas, which only the
    explainer of invalid documents needs; it still takes the trusted path and still knows its schema."""
    def refuse() -> Any:
        raise AssertionError("the raw schemas were loaded")

    monkeypatch.setattr(validator_module, "load_shipped_schemas", refuse)
    validator = Validator("article")
    assert validator.trusted
    assert validator.validate(fixtures.data("seed-article")) == []
    monkeypatch.undo()
    assert validator.schema == SCHEMAS["article.schema.json"]
    assert not Validator("article", SCHEMAS).trusted


def test_an_unknown_type_still_fails_at_construction() -> None:
    """Asking for a type the shipped set lacks fails when the validator is built, naming the known types."""
    with pytest.raises(ValueError, match=r"known types: .*article"):
        Validator("no_such_type")
