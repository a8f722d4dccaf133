"""Fixtures shared by the test modules."""

from ._server import server

__all__ = ["server"]
