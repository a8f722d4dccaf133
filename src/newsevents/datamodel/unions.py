"""Tagged unions: a root class, and the subclasses registered under it by their ``type`` tag.

The converter, the schema generator and the semantic checks look members up here when they run, not when
they are built, so a class a downstream project registers after import is seen everywhere.

A module of members can also be announced (`defer`) instead of imported: its tags hold their place in the
union, and the module is imported the first time one of them is looked up (`member_of`) or all members are
listed (`members`). A run that only meets some event types builds only those classes (start-up time).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any, TypeVar

__all__ = ["TAG_PATTERN", "announced", "defer", "is_registered", "is_root", "member_of", "members", "register",
           "root_of", "tag_of", "union_root", "unregister"]

#: Tags: lowercase words joined by ``_``; extensions should prefix theirs (``acme.cyber_attack``).
TAG_PATTERN = r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$"

_C = TypeVar("_C", bound=type[Any])


class _Deferred:
    """The place of a tag whose class a module not yet imported registers."""

    __slots__ = ("module",)

    def __init__(self, module: str) -> None:
        self.module = module


# Each root's members by tag, in registration order; a deferred tag holds its place until its module registers
# the class (replacing a dict value keeps the key's position, so the order does not depend on what loaded first).
_ROOTS: dict[type[Any], dict[str, Any]] = {}
_ANNOUNCED: dict[type[Any], dict[str, str]] = {}


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
    held = registered.get(tag)
    if isinstance(held, _Deferred) and held.module != cls.__module__:
        held = _load(root, tag, held)  # the library's class takes the tag first, as it would have at import
    if held is not None and held is not cls and not isinstance(held, _Deferred):
        raise TypeError(f"type tag {tag!r} is already registered for {held.__qualname__}")
    registered[tag] = cls
    return cls


def defer(root: type[Any], module: str, tags: Iterable[str]) -> None:
    """Announce that importing ``module`` registers ``tags`` under ``root``: they take their place in the union
    now, and the module is imported when one of them is first looked up or all members are listed."""
    registered = _ROOTS[root]
    for tag in tags:
        registered.setdefault(tag, _Deferred(module))
        _ANNOUNCED.setdefault(root, {})[tag] = module


def announced(root: type[Any]) -> dict[str, str]:
    """The tags announced with `defer` for ``root``, each with the module that registers it."""
    return dict(_ANNOUNCED.get(root, {}))


def _load(root: type[Any], tag: str, deferred: _Deferred) -> type[Any] | None:
    importlib.import_module(deferred.module)
    found = _ROOTS[root].get(tag)
    if isinstance(found, _Deferred):
        raise TypeError(f"importing {deferred.module} did not register the type tag {tag!r} it was announced for")
    return found


def unregister(cls: type[Any]) -> None:
    """Remove a registered class from its union (for tests and plugin unloading); KeyError if not registered."""
    root = root_of(cls)
    if root is None or not is_registered(cls):
        raise KeyError(f"{cls.__qualname__} is not registered")
    del _ROOTS[root][tag_of(cls)]


def members(root: type[Any]) -> dict[str, type[Any]]:
    """The registered members of a union, by tag, in registration order (deferred modules imported first)."""
    registered = _ROOTS[root]
    for tag, held in list(registered.items()):
        if isinstance(held, _Deferred):
            _load(root, tag, held)
    return dict(registered)


def member_of(root: type[Any], tag: str) -> type[Any] | None:
    """The member of a union registered under ``tag`` (None for none), without copying the registry."""
    found = _ROOTS[root].get(tag)
    if found.__class__ is _Deferred:
        return _load(root, tag, found)
    return found


def is_registered(cls: type[Any]) -> bool:
    """Whether ``cls`` is a registered member of its union."""
    root = root_of(cls)
    return root is not None and _ROOTS[root].get(cls.__dict__.get("TYPE", "")) is cls
