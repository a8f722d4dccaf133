"""The Hypothesis plugin hook: register a strategy for every model class, so ``st.from_type(Cls)`` builds it.

Installing newsevents declares :func:`setup_hook` under the ``hypothesis`` entry point, and Hypothesis calls it
while Hypothesis itself is being imported. That may be halfway through ``import newsevents.strategies`` (whose
modules import Hypothesis), so this module imports nothing of the strategies when it loads, and the hook
registers functions that import them only when ``st.from_type`` first asks for a strategy.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = ["model_classes", "setup_hook", "strategy_for"]


def model_classes() -> list[type[Any]]:
    """The library's model classes, union roots included: what the ``newsevents.datamodel`` modules export.

    A model class is an attrs class whose fields are all declared with :func:`newsevents.field` (which leaves
    out ``Problem``).
    """
    import importlib
    import pkgutil

    import attrs

    import newsevents.datamodel as datamodel
    from newsevents.datamodel.fields import spec_of

    found: dict[type[Any], None] = {}  # a dict keeps the first-seen order and drops re-exports
    for info in pkgutil.iter_modules(datamodel.__path__):
        module = importlib.import_module(f"{datamodel.__name__}.{info.name}")
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if not (isinstance(obj, type) and attrs.has(obj)):
                continue
            try:
                for attribute in attrs.fields(obj):
                    spec_of(attribute)
            except TypeError:
                continue  # an attrs class that is not part of the model
            found[obj] = None
    return list(found)


def strategy_for(cls: type[Any]) -> SearchStrategy[Any]:
    """What ``st.from_type(cls)`` draws from: articles that pass the checks for ``Article``, else ``from_model``."""
    # Imported on first use, not at load time: the hook may run while these modules are half imported.
    from ..datamodel.article import Article
    from .article import articles
    from .derive import from_model

    return articles() if cls is Article else from_model(cls)


def _deferred(cls: type[Any]) -> Callable[[type[Any]], SearchStrategy[Any]]:
    """A function Hypothesis can resolve ``cls`` with later (it may pass a supertype asked for: ignored)."""

    def resolve(_requested: type[Any]) -> SearchStrategy[Any]:
        """The strategy for ``cls``, built on the first ``st.from_type`` that needs it."""
        return strategy_for(cls)

    return resolve


def setup_hook() -> None:
    """Register every model class with ``st.register_type_strategy``; Hypothesis calls this through the entry point.

    Only functions are registered, so nothing here needs the strategies modules to be fully imported yet.
    """
    from hypothesis import strategies as st

    for cls in model_classes():
        st.register_type_strategy(cls, _deferred(cls))
