"""The Hypothesis entry point of newsevents, kept outside the package so that ``import hypothesis`` does not
import newsevents.

Hypothesis calls :func:`setup_hook` while it is being imported, in every program that has newsevents installed.
If newsevents is already imported, its model classes are registered now; if not, nothing is loaded, and
``import newsevents`` registers them itself when Hypothesis is already there (the end of
``newsevents/__init__.py``). Either order gives ``st.from_type(newsevents.Article)`` the same strategy.
"""

from __future__ import annotations

import sys

__all__ = ["setup_hook"]


def setup_hook() -> None:
    """Register newsevents' strategies with Hypothesis if newsevents is loaded; otherwise leave it unloaded."""
    if "newsevents" in sys.modules:
        from newsevents.strategies.plugin import setup_hook as register

        register()
