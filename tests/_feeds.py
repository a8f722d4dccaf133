"""Documents and feeds shared by the feed-validation tests."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from ._paths import EXAMPLES


def example(kind: str, name: str) -> Any:
    """The instance of example ``tests/examples/<kind>/<name>.json``."""
    data = json.loads((EXAMPLES / kind / f"{name}.json").read_text(encoding="utf-8"))
    return data.get("instance", data) if isinstance(data, dict) and "instance" in data else data


def examples(kind: str) -> dict[str, Any]:
    """Every example instance of a kind (``valid`` or ``invalid``), by name."""
    return {path.stem: example(kind, path.stem) for path in sorted((EXAMPLES / kind).glob("*.json"))}


def valid_doc(name: str = "transfer-with-chain") -> Any:
    """A valid article document."""
    return example("valid", name)


def invalid_doc(name: str = "bad-enum") -> Any:
    """An article document the schema rejects."""
    return example("invalid", name)


def jsonl(docs: list[Any]) -> bytes:
    """Documents as JSON Lines."""
    return b"".join(json.dumps(doc).encode() + b"\n" for doc in docs)


def write(path: Path, data: bytes, *, compress: bool = False) -> Path:
    """Write ``data`` (gzipped if asked) and return the path."""
    path.write_bytes(gzip.compress(data) if compress else data)
    return path
