"""Hypothesis strategies for the model: the public face of the strategies package.

Hypothesis is a test-time dependency of newsevents (the ``test`` extra), and only this package imports it:
``import newsevents`` never imports it. Installing newsevents registers
:func:`newsevents.strategies.plugin.setup_hook` as a Hypothesis plugin, so once Hypothesis is imported
``st.from_type(Actor)`` works for every public model class, without importing this package; that is the way
to get a strategy for one class.

- :func:`from_model` derives a strategy for any model class, a downstream extension's included, from its attrs
  fields and the constraints declared with :func:`newsevents.field` (:mod:`.derive`). Every value satisfies
  every field constraint; references and spans are well-formed but point nowhere in particular.
- :func:`articles` builds articles that also pass :func:`newsevents.check_article` (:mod:`.article`): ids are
  unique, references resolve to entries of the right kind, spans are cut from the body, times and quantities
  are consistent. ``st.from_type(Article)`` draws from it.
- :func:`source_values` draws source-record members whose texts are JSON, as ``check_article`` asks
  (``st.from_type(SourceValue)`` draws any texts the fields allow).

Generated sizes are kept small for speed: strings stop at 40 characters and tuples at 3 items, whatever larger
maximum a field declares (but never below its declared minimum).
"""

from __future__ import annotations

from .article import articles, source_values
from .derive import from_model

__all__ = ["articles", "from_model", "source_values"]
