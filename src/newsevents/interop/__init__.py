"""Conversions between newsevents articles and other event-data formats.

Each format has a module of its own (``newsevents.interop.plover``); none is imported by the core model, so the
model never depends on a foreign format.
"""

__all__: list[str] = []
