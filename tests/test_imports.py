"""What `import newsevents` loads: the model at once, the validator and the schema generator on first use."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import newsevents


def _modules_after(code: str) -> set[str]:
    """The module names loaded after running ``code`` in a fresh interpreter."""
    probe = code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_import_leaves_out_jsonschema_and_the_generator() -> None:
    """Importing the package loads the model but neither jsonschema nor the schema generator."""
    loaded = _modules_after("import newsevents")
    assert "newsevents.datamodel.events" in loaded
    assert not {"jsonschema", "referencing", "newsevents.validation.validator", "newsevents.schema.generate"} & loaded


def test_validating_a_valid_file_does_without_jsonschema() -> None:
    """The command-line check of a valid feed needs only the compiled validator; jsonschema explains failures."""
    code = ("from newsevents import cli, fixtures\nimport io, sys\n"
            "sys.stdin = io.TextIOWrapper(io.BytesIO(fixtures.text('seed-article').encode()))\n"
            "assert cli.main(['validate', '-']) == 0\n")
    loaded = _modules_after(code)
    assert "jsonschema_rs" in loaded
    assert "jsonschema" not in loaded


def test_every_public_name_resolves() -> None:
    """Each name in __all__ is reachable, the lazily loaded ones too, and dir() lists them."""
    for name in newsevents.__all__:
        assert getattr(newsevents, name) is not None, name
    assert {"validate", "Validator", "generate_schemas"} <= set(dir(newsevents))
    from newsevents import ensure_valid, fixtures, validate

    assert validate(fixtures.data("seed-article")) == []
    assert ensure_valid(fixtures.data("seed-article")).id


def test_unknown_attribute_is_an_attribute_error() -> None:
    """A name the package does not have raises AttributeError, as for any module."""
    with pytest.raises(AttributeError, match="no_such_name"):
        newsevents.no_such_name  # noqa: B018
