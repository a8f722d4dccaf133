"""What a repair is given: the strategies of the article being built (see :mod:`.repairs`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from hypothesis import strategies as st

from .derive import Strategy

__all__ = ["Parts", "Repair"]


class Parts(Protocol):
    """The strategies of the article being built, as far as a repair needs them."""

    def model(self, cls: type[Any]) -> Strategy:
        """Values of ``cls`` that are valid in the article (for a union root, any registered member)."""
        ...


#: A repair takes a draw function, a structurally valid object and the strategies of the article being built;
#: it returns the object made semantically valid.
Repair = Callable[[st.DrawFn, Any, Parts], Any]
