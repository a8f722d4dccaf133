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


def _run_fresh(code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (so no module is imported yet) and return what happened."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)


def test_strategies_import_on_their_own() -> None:
    """`import newsevents.strategies` works before Hypothesis is imported, though Hypothesis then loads our plugin."""
    done = _run_fresh("import sys\nimport newsevents.strategies\nassert 'hypothesis' in sys.modules\nprint('ok')")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_from_type_draws_a_valid_article_when_only_hypothesis_was_imported() -> None:
    """With only Hypothesis imported first, st.from_type(Article) draws an article that passes every check."""
    code = ("import warnings\nimport hypothesis\nfrom hypothesis import strategies as st\nimport newsevents\n"
            "warnings.simplefilter('ignore')  # .example() warns that it is meant for interactive use\n"
            "article = st.from_type(newsevents.Article).example()\n"
            "assert isinstance(article, newsevents.Article), article\n"
            "assert newsevents.check_article(article) == []\n"
            "assert newsevents.validate(newsevents.unstructure(article)) == []\nprint('ok')")
    done = _run_fresh(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_importing_hypothesis_does_not_load_newsevents() -> None:
    """Hypothesis runs our entry point in every program; it must not import newsevents where nobody uses it."""
    done = _run_fresh("import sys\nimport hypothesis\nprint(sorted(m for m in sys.modules if 'newsevents' in m))")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['_newsevents_hypothesis']"


def test_from_type_works_when_newsevents_came_first() -> None:
    """Imported before Hypothesis, newsevents' classes still get their strategies through the entry point."""
    code = ("import warnings\nimport newsevents\nfrom hypothesis import strategies as st\n"
            "warnings.simplefilter('ignore')  # .example() warns that it is meant for interactive use\n"
            "span = st.from_type(newsevents.Span).example()\n"
            "assert isinstance(span, newsevents.Span), span\nprint('ok')")
    done = _run_fresh(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
