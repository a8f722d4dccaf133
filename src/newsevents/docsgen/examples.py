"""Examples for the pages: where they come from, which one each page shows, and their validation.

A page shows its schema's own root ``examples`` first, else a sub-object cut from a sample document (by default
the shipped fixtures), walked alongside the schemas: a sub-object's type is the one the followed ``$ref``
names. Every example is validated while generating; an invalid one stops generation (:class:`InvalidExample`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..datamodel.version import SCHEMA_BASE
from .markdown import compact_json
from .model import Page
from .schemaset import SUFFIX, SchemaSet

__all__ = ["EXAMPLE_BUDGET", "InvalidExample", "Sample", "choose_examples", "fixture_samples", "validate_examples"]

#: Examples longer than this (compact JSON characters) are chosen only when nothing shorter exists.
EXAMPLE_BUDGET = 1200


class InvalidExample(Exception):
    """An example chosen for a page does not validate against the schemas it documents."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("invalid examples:\n" + "\n".join(messages))
        self.messages = messages


@dataclass(frozen=True)
class Sample:
    """A whole document to take examples from: where it comes from, its root schema stem, and its data."""

    source: str
    root: str
    data: Any


def fixture_samples() -> list[Sample]:
    """The shipped fixtures, as samples of ``article``: the seed article, the project's other examples, then those
    taken from others' data (with their attribution in the label), so a type the seed article shows is shown from
    it."""
    from ..fixtures import attribution, data, names

    samples = []
    # The seed article first, so a type it shows is shown from it; then the other example articles.
    for name in sorted(names(), key=lambda name: (attribution(name) is not None, name != "seed-article", name)):
        credit = attribution(name)
        label = f"fixture `{name}`" if credit is None else f"fixture `{name}` ({credit})"
        samples.append(Sample(label, "article", data(name)))
    return samples


def _walk(schemas: SchemaSet, node: Any, file: str, instance: Any, path: str,
          found: dict[str, list[tuple[str, Any]]], depth: int = 0) -> None:
    """Record every sub-instance of ``instance`` whose type a followed ``$ref`` names, by file."""
    if depth > 64 or not isinstance(node, Mapping):
        return
    if isinstance(node.get("$ref"), str):
        target = schemas.target(node["$ref"], file)
        if target is None:
            return
        if target.is_root:
            found.setdefault(target.file, []).append((path, instance))
        _walk(schemas, schemas.node(node["$ref"], file), target.file, instance, path, found, depth + 1)
        return
    branches = node.get("oneOf")
    if isinstance(branches, list) and isinstance(instance, Mapping) and "type" in instance:
        # Follow the first branch of a tagged union whose tag the instance carries.
        for branch in branches:
            if schemas.member_tag(branch, file) == instance["type"]:
                _walk(schemas, branch, file, instance, path, found, depth + 1)
                break
    for part in node.get("allOf", ()) if isinstance(node.get("allOf"), list) else ():
        _walk(schemas, part, file, instance, path, found, depth + 1)
    properties = node.get("properties")
    if isinstance(properties, Mapping) and isinstance(instance, Mapping):
        for key, value in instance.items():
            if key in properties:
                plain = re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key)
                step = f"{path}.{key}" if plain else f"{path}[{compact_json(key)}]"
                _walk(schemas, properties[key], file, value, step, found, depth + 1)
    items = node.get("items")
    if isinstance(items, Mapping) and isinstance(instance, list):
        for index, value in enumerate(instance):
            _walk(schemas, items, file, value, f"{path}[{index}]", found, depth + 1)


def _pick(candidates: Sequence[tuple[str, Any]]) -> tuple[str, Any]:
    """The most telling candidate that stays short enough to read; else the shortest.

    Among candidates of at most ``EXAMPLE_BUDGET`` characters (compact JSON): the one showing the most members,
    then the shortest, then the first. If none is that short, the shortest.
    """
    def score(item: tuple[int, tuple[str, Any]]) -> tuple[int, int, int, int]:
        """Lower is better: within budget first, then most members, then shortest, then first."""
        index, (_, instance) = item
        size = len(compact_json(instance))
        width = len(instance) if isinstance(instance, (Mapping, list)) else 0
        return (size > EXAMPLE_BUDGET, -width if size <= EXAMPLE_BUDGET else 0, size, index)

    return min(enumerate(candidates), key=score)[1]


def choose_examples(schemas: SchemaSet, pages: Mapping[str, Page], samples: Sequence[Sample]) -> None:
    """Give each page an example: the schema's own, else one cut from the first sample (in the order given,
    which is the order of preference) that holds an instance of the type."""
    found: dict[str, list[tuple[str, Any]]] = {}
    for sample in samples:
        file = sample.root + SUFFIX
        in_sample: dict[str, list[tuple[str, Any]]] = {}
        _walk(schemas, {"$ref": schemas.base(file)}, file, sample.data, "$", in_sample)
        for name, hits in in_sample.items():
            if name in found:
                continue  # an earlier sample already shows this type
            found[name] = [(sample.source if path == "$" else f"{sample.source} at `{path}`", instance)
                           for path, instance in hits]
    for file, page in pages.items():
        own = schemas.files[file].get("examples")
        if isinstance(own, list) and own:
            page.example = ("the schema's `examples`", own[0])
        elif found.get(file):
            candidates = found[file]
            # A union that is also a type of its own (Statement) shows its own kind, not another member.
            mine = [m.tag for m in page.sections[0].members if m.target.file == file]
            preferred = [c for c in candidates if isinstance(c[1], Mapping) and c[1].get("type") in mine]
            page.example = _pick(preferred or candidates)


def _is_ours(schemas: SchemaSet) -> bool:
    """Whether every schema of the set is one of ours (by its ``$id``), so the model classes describe it."""
    return all(str(s.get("$id", "")).startswith(SCHEMA_BASE + "/") for s in schemas.files.values())


def validate_examples(schemas: SchemaSet, pages: Mapping[str, Page], samples: Sequence[Sample]) -> None:
    """Validate every example: each sample document whole, and each schema's own example.

    An example cut from a sample is valid whenever its sample is: the sample's validation checked it against
    the very schema its ``$ref`` names. Our own schema set gets the full check (schema, typed loading, semantic
    checks); another set gets its JSON Schemas only, since the model classes describe ours, not theirs.
    """
    # Loaded here, not at the top: the validator brings in jsonschema, which only generating docs needs.
    from ..validation.validator import Validator

    full = _is_ours(schemas)
    # The validator needs an $id on every schema; a set without them gets the ids $ref resolution used here.
    files = {name: schema if "$id" in schema else {**schema, "$id": schemas.base(name)}
             for name, schema in schemas.files.items()}
    validators: dict[str, Validator] = {}

    def problems_of(stem: str, instance: Any) -> list[str]:
        """What is wrong with ``instance`` as a ``stem``, by one validator per type."""
        validator = validators.get(stem) or validators.setdefault(stem, Validator(stem, schemas=files))
        found = validator.validate(instance) if full else validator.schema_problems(instance)
        return [str(problem) for problem in found]

    problems: list[str] = []
    for sample in samples:
        problems += [f"{sample.source} (as {sample.root}): {p}" for p in problems_of(sample.root, sample.data)]
    for page in pages.values():
        own = schemas.files[page.file].get("examples")
        if page.example is not None and isinstance(own, list) and own:
            problems += [f"{page.stem} (the schema's `examples`): {p}" for p in problems_of(page.stem, own[0])]
    if problems:
        raise InvalidExample(problems)
