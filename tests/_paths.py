"""Paths shared by the tests (the repository checkout the tests run from)."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
EXAMPLES = TESTS / "examples"
SCHEMA_DIR = REPO / "schemas"
