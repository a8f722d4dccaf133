"""Paths shared by the tests (the repository checkout the tests run from)."""

import json
from importlib import metadata
from pathlib import Path

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
EXAMPLES = TESTS / "examples"
SCHEMA_DIR = REPO / "schemas"


def _editable() -> bool:
    """Whether newsevents is installed in editable mode (pip records it in the distribution's direct_url.json)."""
    try:
        text = metadata.distribution("newsevents").read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        return False
    return bool(text and json.loads(text).get("dir_info", {}).get("editable"))


#: An editable install runs the src/ tree and reads schemas/ from the checkout; CI tests the built wheel.
EDITABLE = _editable()
