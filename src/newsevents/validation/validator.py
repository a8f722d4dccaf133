"""The validator: one pipeline for `validate()`, `ensure_valid`, `Validator`, the feed reader and the CLI.

compiled verdict (jsonschema-rs) → for an invalid document, jsonschema explains the places the verdict pointed
at → for a valid one, the typed loader and the semantic checks. Valid data never loads jsonschema.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Literal, overload

from ..datamodel.article import Article
from ..datamodel.problems import Problem, ValidationFailed
from ..schema.files import load_shipped_schemas, schema_named
from .compiled import CompiledValidator
from .jsonvalue import value_problems
from .loading import load_checked
from .shapes import has_long_part, has_wide_object

if TYPE_CHECKING:
    from .explain import Explainer

__all__ = ["Validator", "ensure_valid", "validate", "validator_for"]


class Validator:
    """Validates data of one model type: the JSON Schema, then the typed loader and the semantic checks.

    Build it once and reuse it; `validator_for` caches one per type of the shipped schemas. ``schemas`` (file
    name → schema) validates against another schema set, such as a downstream project's extensions; every
    ``$ref`` must resolve inside it, since nothing is ever fetched.
    """

    def __init__(self, type: str = "article", schemas: Mapping[str, Mapping[str, Any]] | None = None) -> None:  # noqa: A002
        self._schemas = schemas
        self.type = type
        #: Whether documents the compiled validator accepts may load on the trusted path: only against the
        #: shipped schemas, which are generated from the model's own declarations (another schema set may be
        #: looser than the model, so its documents load strictly).
        self.trusted = schemas is None
        #: The compiled validator: the verdict on every document. For the shipped schemas it reads the generated
        #: set it compiles, so the schemas themselves load only when an invalid document needs explaining.
        self.compiled = CompiledValidator(type, schemas)  # an unknown type fails here, naming the known ones
        self._explainer: Explainer | None = None
        self._longest: int | None = None

    @property
    def schemas(self) -> Mapping[str, Mapping[str, Any]]:
        """The schema set (file name → schema): the one given, or the shipped schemas, loaded on first use."""
        if self._schemas is None:
            self._schemas = load_shipped_schemas()
        return self._schemas

    @property
    def schema(self) -> Mapping[str, Any]:
        """The schema of this validator's type."""
        return schema_named(self.schemas, self.type)

    def is_valid_schema(self, data: Any) -> bool:
        """Whether the JSON Schema accepts ``data`` (the compiled verdict, no explanation)."""
        return self.compiled.is_valid(data)

    def schema_problems(self, data: Any) -> list[Problem]:
        """Problems the JSON Schema finds, sorted by path; empty when the schema accepts ``data``. Data that is
        not JSON the feed reader would accept (see `value_problems`) gets those problems instead."""
        problems = value_problems(data)
        if problems:
            return problems
        if self.compiled.is_valid(data):
            return []
        return self.explain(data)

    def explain(self, data: Any, limit: int | None = None) -> list[Problem]:
        """What is wrong with ``data``, which the compiled verdict rejected: jsonschema's problems at the places
        the verdict pointed at. Empty only if jsonschema, which has the last word, finds the document valid.

        With a ``limit``, the work is bounded by it rather than by the number of errors: the places are first
        looked for in a copy whose arrays are cut to ``limit + 1`` elements, and only when that copy shows no
        more than ``limit`` of them is the whole document searched. Either way the problems are jsonschema's on
        the whole document, so the result may be longer than ``limit``; the caller cuts it.
        """
        if self._explainer is None:
            from .explain import Explainer  # jsonschema is loaded only once some document is invalid

            self._explainer = Explainer(self.type, self.schemas)
        # Strings are cut just beyond the longest maxLength: a cut string fails where the whole one does, and
        # the compiled validator's errors then never copy a huge string (as input, instance or message).
        chars = self._longest_string() + 1
        if _wide(data) and not _long(data, None if limit is None else limit + 1, chars):
            # The compiled validator would copy the whole document into Rust to report its errors (200,000
            # members: +35 MB); jsonschema reads it where it is. A document with parts to cut as well still goes
            # the way below, so that neither a long string nor a long array of faults reaches jsonschema whole.
            return self._explainer.whole(data)
        if limit is not None:
            pruned = _pruned(data, limit + 1, chars)
            if pruned is data:  # no string too long and no array to cut: nothing to cut without a limit either
                return self._explainer.problems(data, self.compiled.error_paths(data))
            paths = self.compiled.error_paths(pruned)
            if len(paths) > limit:
                return self._explainer.problems(data, paths[: limit + 1])
        return self._explainer.problems(data, self.compiled.error_paths(_pruned(data, None, chars)))

    def _longest_string(self) -> int:
        """The largest ``maxLength`` in the schema set: no string valid anywhere is longer."""
        if self._longest is None:
            stack: list[Any] = list(self.schemas.values())
            longest = 0
            while stack:
                node = stack.pop()
                if isinstance(node, dict):
                    high = node.get("maxLength")
                    if isinstance(high, int) and not isinstance(high, bool):
                        longest = max(longest, high)
                    stack.extend(node.values())
                elif isinstance(node, list):
                    stack.extend(node)
            self._longest = longest
        return self._longest

    def invalid_problems(self, data: Any, limit: int | None = None) -> list[Problem]:
        """Every problem with ``data``, which the compiled verdict rejected: the schema's (`explain`), then, for an
        article, those of the semantic checks that can run on raw data (ids unique, references resolving, spans
        matching the body), so that one run shows every layer. Empty only if jsonschema finds ``data`` valid."""
        problems = self.explain(data, limit)
        if problems and self.type == "article" and (limit is None or len(problems) < limit):
            from .rawchecks import raw_problems

            problems.extend(raw_problems(data, Article, problems))
        return problems

    def load(self, data: Any) -> tuple[Any, list[Problem]]:
        """Validate ``data`` and return (typed object or None, problems)."""
        problems = value_problems(data)  # what the feed reader refuses before any schema sees it
        if problems:
            return None, problems
        if self.compiled.is_valid(data):
            return load_checked(self.type, data, trusted=self.trusted)
        problems = self.invalid_problems(data)
        if problems:
            return None, problems
        return load_checked(self.type, data)  # jsonschema, the last word, overruled the verdict: load strictly

    def validate(self, data: Any) -> list[Problem]:
        """Every problem with ``data``: schema problems, or if there are none, loader and semantic problems."""
        return self.load(data)[1]


def _pruned(data: Any, keep: int | None, chars: int) -> Any:
    """``data`` with every array cut to its first ``keep`` elements (``None``: all) and every string to its first
    ``chars`` characters (``data`` itself when nothing is longer): the cut copy's error places are places of
    ``data``'s, found in time and memory bounded by the copy's size. Copied without recursion."""
    if not _long(data, keep, chars):
        return data
    root: list[Any] = [None]
    stack: list[tuple[Any, Any, Any]] = [(data, root, 0)]
    while stack:
        node, parent, key = stack.pop()
        if isinstance(node, dict):
            copy: Any = {}
            parent[key] = copy
            stack.extend((item, copy, name) for name, item in node.items())
        elif isinstance(node, list):
            copy = [None] * (len(node) if keep is None else min(len(node), keep))
            parent[key] = copy
            stack.extend((node[index], copy, index) for index in range(len(copy)))
        elif isinstance(node, str) and len(node) > chars:
            parent[key] = node[:chars]
        else:
            parent[key] = node
    return root[0]


def _long(data: Any, keep: int | None, chars: int) -> bool:
    long = has_long_part(data, keep, chars)  # in Rust; None for data it cannot read, walked here instead
    return long if long is not None else _has_long_part(data, keep, chars)


#: An object with more members than this is explained by jsonschema alone (no model object has a hundred).
WIDE = 1_000


def _wide(data: Any) -> bool:
    wide = has_wide_object(data, WIDE)  # in Rust; None for data it cannot read, walked here instead
    if wide is not None:
        return wide
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if len(node) > WIDE:
                return True
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return False


def _has_long_part(data: Any, keep: int | None, chars: int) -> bool:
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.values())  # member names are not cut: a name is never checked by length
        elif isinstance(node, list):
            if keep is not None and len(node) > keep:
                return True
            stack.extend(node)
        elif isinstance(node, str) and len(node) > chars:
            return True
    return False


@cache
def validator_for(type: str = "article") -> Validator:  # noqa: A002
    """The shared, cached validator for a type name (a schema file stem such as `article` or `event`)."""
    return Validator(type)


def validate(data: Any, *, type: str = "article") -> list[Problem]:  # noqa: A002
    """Validate JSON-ready ``data`` as ``type`` (an article by default); an empty list means valid."""
    return validator_for(type).validate(data)


@overload
def ensure_valid(data: Any, *, type: Literal["article"] = "article") -> Article: ...
@overload
def ensure_valid(data: Any, *, type: str) -> Any: ...


def ensure_valid(data: Any, *, type: str = "article") -> Any:  # noqa: A002
    """Validate ``data`` and return it as a model object (an `Article` unless ``type`` names another model type,
    and typed so for checkers); raise :class:`ValidationFailed` on any error (warnings alone do not raise)."""
    obj, problems = validator_for(type).load(data)
    if any(p.is_error for p in problems):
        raise ValidationFailed(problems)
    return obj
