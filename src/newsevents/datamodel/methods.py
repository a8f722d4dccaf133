"""Comparing, hashing and printing model objects: one implementation shared by every model class.

attrs can write ``__eq__``, ``__hash__`` and ``__repr__`` into each class it builds, but compiling that code was
a third of the time it takes to build the model at import (about 40 ms of every run's start-up, for methods
most runs never call). The versions here read an object's members with one `operator.attrgetter` per class,
made the first time it is needed; comparing with it is as fast as the generated code (the reads are in C).

They behave as attrs' do: objects are equal when they are of the same class and their members are equal
(another class gives ``NotImplemented``), equal objects hash alike, and the text shows every member in order.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["model_eq", "model_hash", "model_repr"]

_Values = Callable[[Any], tuple[Any, ...]]
_VALUES: dict[type[Any], tuple[tuple[str, ...], _Values]] = {}


def _empty(_: Any) -> tuple[Any, ...]:
    return ()


def _members(cls: type[Any]) -> tuple[tuple[str, ...], _Values]:
    """The member names of a model class and a function reading them off an object as a tuple."""
    found = _VALUES.get(cls)
    if found is None:
        names = tuple(attribute.name for attribute in attrs.fields(cls))
        values: _Values = _empty
        if len(names) == 1:
            one = operator.attrgetter(names[0])

            def values(obj: Any) -> tuple[Any, ...]:
                return (one(obj),)
        elif names:
            values = operator.attrgetter(*names)
        found = _VALUES[cls] = (names, values)
    return found


def model_eq(self: Any, other: Any) -> Any:
    """Equal when ``other`` is of the same class with equal members; ``NotImplemented`` for another class."""
    if other.__class__ is not self.__class__:
        return NotImplemented
    values = _members(self.__class__)[1]
    return values(self) == values(other)


def model_hash(self: Any) -> int:
    """A hash of the class and the members, so that equal objects hash alike."""
    return hash((self.__class__, _members(self.__class__)[1](self)))


def model_repr(self: Any) -> str:
    """``ClassName(member=value, ...)``, every member in order, as attrs writes it."""
    cls = self.__class__
    names, values = _members(cls)
    shown = ", ".join(f"{name}={value!r}" for name, value in zip(names, values(self), strict=True))
    return f"{cls.__qualname__.rsplit('>.', 1)[-1]}({shown})"
