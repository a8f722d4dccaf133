"""Subclasses that add no member share their base's generated methods instead of compiling their own.

attrs compiles an ``__init__`` for every class it builds (comparison, hashing and text are shared by all model
classes, `methods`), a large part of each run's start-up, and most event types (a meeting, a protest, an
arrest) only name a kind of event: their members are exactly the base's. For such a subclass the base's methods
are already right (``__repr__`` and ``__eq__`` look at the instance's own class, the constructor calls the hooks
it finds on the instance), so the subclass is only remade with empty ``__slots__`` (no instance ``__dict__``, as
attrs' slotted classes have none) and otherwise inherits everything, ``attrs.fields`` included.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["slotted_fieldless"]

_COUNTING_ATTR = type(attrs.field())
# What a class statement puts in every class namespace; anything else the subclass defines is its own.
_ALWAYS = frozenset({"__module__", "__qualname__", "__doc__", "__dict__", "__weakref__", "__annotations__",
                     "__firstlineno__", "__static_attributes__"})


def slotted_fieldless(cls: type[Any]) -> type[Any] | None:
    """``cls`` remade as a slotted subclass sharing its attrs base's generated methods, when it declares no
    member and no attrs hook of its own; None otherwise (attrs must build it)."""
    if len(cls.__bases__) != 1 or not attrs.has(cls.__bases__[0]) or "__slots__" in vars(cls):
        return None
    namespace = vars(cls)
    if namespace.get("__annotations__") or any(
            isinstance(value, _COUNTING_ATTR) or (name.startswith("__attrs_") and name not in _ALWAYS)
            or (name.startswith("__") and name.endswith("__") and name not in _ALWAYS)
            for name, value in namespace.items()):
        return None
    kept = {name: value for name, value in namespace.items() if name not in ("__dict__", "__weakref__")}
    metaclass: Any = type(cls)  # type, or whatever metaclass the model uses
    made: type[Any] = metaclass(cls.__name__, cls.__bases__, {**kept, "__slots__": ()})
    return made
