"""The typed loading step shared by the validator and the feed checker, without importing jsonschema.

Data that has passed its schema is structured into model objects and, for articles, semantically checked. Data
the compiled validator accepted against the shipped schemas loads on the trusted path (`datamodel.trusted`: the
constraints the schema proved are not checked again); anything that path does not vouch for, and all other data,
loads through the strict converter, which is what reports loader problems.
"""

from __future__ import annotations

from contextlib import suppress
from functools import cache
from typing import Any

from ..datamodel.article import Article
from ..datamodel.catalog import model_classes, schema_name
from ..datamodel.checks import check_article
from ..datamodel.fields import rules_deferred
from ..datamodel.problems import STRUCTURE, Problem
from ..datamodel.trusted import trusted_structure

__all__ = ["load_checked", "model_class_for"]


@cache
def model_class_for(type: str) -> type[Any] | None:  # noqa: A002
    """The model class whose schema file is named ``type`` (``article``, ``event``), or None for none."""
    if type == schema_name(Article):
        return Article  # the common case, without resolving the annotations of every class to find it
    return model_classes().get(type)


def load_checked(type: str, data: Any, *, trusted: bool = False) -> tuple[Any, list[Problem]]:  # noqa: A002
    """Data that passed the schema of ``type`` as a typed object, with loader and semantic problems.

    ``trusted``: the compiled validator has just accepted ``data`` against the shipped schemas, whose every
    constraint the model declares too; only then may the constraints go unchecked a second time.
    """
    cls = model_class_for(type)
    if cls is None:
        return None, []
    obj = None
    if trusted:
        # Whatever the trusted path does not vouch for, the strict one decides (and words the problems).
        with suppress(Exception):
            obj = trusted_structure(data, cls)
    if obj is None:
        # The strict converter brings cattrs, which a run whose records all load on the trusted path never needs.
        from ..datamodel.converter import library_converter, problems_from_exception

        try:
            # The rules between members (a span's start before its end) are the semantic checks' to report,
            # with a path and beside the article's other problems, as for a document on the trusted path.
            with rules_deferred():
                obj = library_converter.structure(data, cls)
        except Exception as exc:  # noqa: BLE001 - every loader failure becomes a problem
            problems = (problems_from_exception(exc)
                        or [Problem(path=(), message=str(exc), check="type", layer=STRUCTURE)])
            return None, problems
    if type == "article":
        return obj, check_article(obj)
    return obj, []
