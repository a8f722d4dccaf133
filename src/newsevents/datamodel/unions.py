"""Tagged unions: a root class, and the subclasses registered under it by their ``type`` tag.

The converter, the schema generator and the semantic checks look members up here when they run, not when
they are built, so a class a downstream project registers after import is seen everywhere.
"""

from __future__ import annotations

from typing import Any, TypeVar

__all__ = ["TAG_PATTERN", "is_registered", "is_root", "member_of", "members", "register", "root_of", "tag_of",
           "union_root", "unregister"]

#: Tags: lowercase words joined by ``_``; extensions should prefix theirs (``acme.cyber_attack``).
TAG_PATTERN = r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$"

_C = TypeVar("_C", bound=type[Any])
_ROOTS: dict[type[Any], dict[str, type[Any]]] = {}


def union_root(cls: _C) -> _C:
    """Mark ``cls`` as the root of a tagged union."""
    _ROOTS.setdefault(cls, {})
    return cls


def is_root(cls: Any) -> bool:
    """Whether ``cls`` is the root of a tagged union (`Event`, `Statement`)."""
    return isinstance(cls, type) and cls in _ROOTS


def root_of(cls: type[Any]) -> type[Any] | None:
    """The union root ``cls`` belongs to (itself, if it is one), or None."""
    for klass in cls.__mro__:
        if klass in _ROOTS:
            return klass
    return None


def tag_of(cls: type[Any]) -> str:
    """The ``type`` tag of a registered class."""
    tag = cls.__dict__.get("TYPE")
    if not isinstance(tag, str):
        raise TypeError(f"{cls.__qualname__} declares no TYPE tag of its own")
    return tag


def register(cls: _C) -> _C:
    """Register ``cls`` under its ``TYPE`` tag in the union of its root class.

    Raises TypeError for a class outside any union, a malformed tag, or a tag already taken by another class.
    """
    import re

    root = root_of(cls)
    if root is None:
        raise TypeError(f"{cls.__qualname__} is not a subclass of a union root such as Event")
    tag = tag_of(cls)
    if re.match(TAG_PATTERN, tag) is None:
        raise TypeError(f"{cls.__qualname__}.TYPE {tag!r} does not match {TAG_PATTERN}")
    registered = _ROOTS[root]
    if registered.get(tag, cls) is not cls:
        raise TypeError(f"type tag {tag!r} is already registered for {registered[tag].__qualname__}")
    registered[tag] = cls
    return cls


def unregister(cls: type[Any]) -> None:
    """Remove a registered class from its union (for tests and plugin unloading); KeyError if not registered."""
    root = root_of(cls)
    if root is None or not is_registered(cls):
        raise KeyError(f"{cls.__qualname__} is not registered")
    del _ROOTS[root][tag_of(cls)]


def members(root: type[Any]) -> dict[str, type[Any]]:
    """The registered members of a union, by tag, in registration order."""
    return dict(_ROOTS[root])


def member_of(root: type[Any], tag: str) -> type[Any] | None:
    """The member of a union registered under ``tag`` (None for none), without copying the registry."""
    return _ROOTS[root].get(tag)


def is_registered(cls: type[Any]) -> bool:
    """Whether ``cls`` is a registered member of its union."""
    root = root_of(cls)
    return root is not None and _ROOTS[root].get(cls.__dict__.get("TYPE", "")) is cls
