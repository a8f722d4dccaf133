"""docs/extracting.md stays true: its worked example satisfies the profiles, anchors to the article it shows,
that article is valid, and the ambiguity message it quotes is the one anchoring gives."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

import newsevents
from newsevents.schema.profiles import build_profile
from newsevents.validation.anchoring import anchor_document

from ._paths import REPO

PAGE = (REPO / "docs" / "extracting.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```(\w+)\n(.*?)```", PAGE, re.S)
JSON_BLOCKS = [json.loads(text) for kind, text in BLOCKS if kind == "json"]
MODEL_OUTPUT, ANCHORED = JSON_BLOCKS


@pytest.mark.parametrize("name", ["anthropic", "gemini", "llguidance"])
def test_model_output_satisfies_the_profile(name: str) -> None:
    """The example model output is a document the profiles it names accept."""
    assert list(Draft202012Validator(build_profile(name).schema).iter_errors(MODEL_OUTPUT)) == []


def test_model_output_anchors_to_the_shown_article() -> None:
    """Anchoring the example output gives exactly the article the page shows, and that article is valid."""
    assert anchor_document(MODEL_OUTPUT) == (ANCHORED, [])
    assert newsevents.validate(ANCHORED) == []


def test_ambiguity_message_is_what_anchor_says(tmp_path: Path) -> None:
    """Without its suffix, the second Costa mention is reported with the message the page quotes."""
    document = json.loads(json.dumps(MODEL_OUTPUT))
    document["actors"][1]["mentions"][1] = {"text": "Costa"}
    path = tmp_path / "model-output.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "newsevents", "anchor", str(path)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 1
    line = result.stderr.splitlines()[0].replace(str(path), "model-output.json")
    assert line in PAGE


def test_python_examples_hold() -> None:
    """The span_from_quote examples on the page give the results their comments state."""
    body = "Japanese officials met Japan's envoy in Japan."
    assert newsevents.span_from_quote(body, "Japan", suffix="'s envoy") == newsevents.Span(start=23, end=28,
                                                                                         text="Japan")
    assert newsevents.span_from_quote(body, "Japan", occurrence=1).start == 40
    assert "Span(start=23, end=28, text='Japan')" in PAGE
