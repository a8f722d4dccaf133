"""The trusted loader: model objects from data that the shipped JSON Schema has just accepted.

The schemas are generated from the same `field()` declarations as the attrs validators, so once the compiled
validator accepts a document, every length, pattern, format, bound, item count and uniqueness rule those
validators would check again is already proved. This loader builds the objects without running them: one
function per model class, generated once, that sets the fields directly (as attrs' own ``__init__`` does) and
then runs the class's ``__attrs_post_init__``.

What the schema does not prove is still checked here, cheaply: exact Python types (data handed over from Python
may hold a ``str`` subclass, a tuple, a NaN, which JSON never does), unknown members, union tags, enum values,
calendar dates and UTC offsets. Anything this loader does not vouch for raises :class:`Untrusted`, and the
caller loads the document again with the strict converter, which reports the problems exactly as before. Nothing
here is switched on globally: objects users build in Python, and `newsevents.structure`, go through attrs'
validators as always.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import types
import typing
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from .codegen import define
from .fields import spec_of, to_tuple, type_hints
from .scalars import structure_datetime
from .unions import is_root, member_of, members, root_of, tag_of

__all__ = ["Untrusted", "prepare_structure", "trusted_structure"]

Hook = Callable[[Any], Any]


class Untrusted(Exception):
    """The trusted loader met something it does not vouch for; the strict converter must decide."""


_new = object.__new__
_set = object.__setattr__


def _refuse(*_: Any) -> Any:
    raise Untrusted


def _int(value: Any) -> int:
    if value.__class__ is int:
        return value
    if value.__class__ is float and value.is_integer():  # JSON Schema's "integer" admits 3.0; keep it exact
        return int(value)
    raise Untrusted


def _float(value: Any) -> float:
    if value.__class__ is float:
        if not math.isfinite(value):
            raise Untrusted
        return value
    if value.__class__ is int:
        return float(value)
    raise Untrusted


def _number(value: Any) -> int | float:
    if value.__class__ is int or (value.__class__ is float and math.isfinite(value)):
        return value
    raise Untrusted


def _date(value: Any) -> dt.date:
    if value.__class__ is str:  # the schema proved the form (its pattern) and the calendar (format: date)
        return dt.date.fromisoformat(value)
    raise Untrusted


def _datetime(value: Any) -> dt.datetime:
    parsed = structure_datetime(value, dt.datetime)
    if parsed.utcoffset() is None:
        raise Untrusted
    return parsed


def _enum_hook(cls: type[enum.Enum]) -> Hook:
    if getattr(cls._missing_, "__func__", None) is not getattr(enum.Enum._missing_, "__func__", None):
        # The enum decides itself what it accepts, but never null (an optional member refuses it).
        return lambda value: _refuse() if value is None else cls(value)
    by_value = {member.value: member for member in cls}

    def hook(value: Any) -> Any:
        if value.__class__ is not str:
            raise Untrusted
        member = by_value.get(value)
        if member is None:
            raise Untrusted
        return member

    if all(by_value.values()):  # every member is truthy: the generated code may write ``table.get(v) or hook(v)``
        _TABLES[hook] = by_value
    return hook


def _str(value: Any) -> str:
    if value.__class__ is str:
        return value
    raise Untrusted


def _bool(value: Any) -> bool:
    if value.__class__ is bool:
        return value
    raise Untrusted


#: The value tables of enum hooks and the item cells of tuple hooks, for the generated code to use directly.
_TABLES: dict[Hook, dict[str, Any]] = {}
_CELLS: dict[Hook, list[Hook]] = {}
_SIMPLE: dict[Any, Hook] = {str: _str, bool: _bool, int: _int, float: _float, dt.date: _date, dt.datetime: _datetime}
#: The commonest hooks written out in the generated code (HOOK is the hook's name there): a call saved per value.
_INLINE: dict[Hook, str] = {_str: "v if v.__class__ is str else HOOK(v)",
                            _bool: "v if v.__class__ is bool else HOOK(v)",
                            _int: "v if v.__class__ is int else HOOK(v)",
                            _date: "date_from(v) if v.__class__ is str else HOOK(v)"}


def _optional_inner(tp: Any) -> Any:
    """``X`` for ``X | None``; None for any other annotation."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        rest = tuple(a for a in args if a is not type(None))
        if len(rest) < len(args):
            return rest[0] if len(rest) == 1 else typing.Union[rest]  # noqa: UP007 - built from parts
    return None


def _tuple_type(tp: Any) -> bool:
    return typing.get_origin(tp) is tuple


def _is_number(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType) and set(typing.get_args(tp)) == {int, float}


class _Loader:
    """The generated structure functions, one per class, each built the first time a document holds the class
    (a run on one small file builds a few, not the whole model)."""

    def __init__(self) -> None:
        self.classes: dict[type[Any], Hook] = {}
        self.types: dict[Any, Hook | None] = {}
        #: A stand-in per class not built yet, and the places it was put (a generated function's namespace, a
        #: tuple hook's cell): the built function replaces it there, so the stand-in runs once per place.
        self.stubs: dict[type[Any], Hook] = {}
        self.stub_classes: dict[Hook, type[Any]] = {}
        self.uses: dict[type[Any], list[tuple[Any, Any]]] = {}

    def structure(self, data: Any, cls: type[Any]) -> Any:
        hook = self.hook(cls)
        if hook is None:
            raise Untrusted
        return hook(data)

    def hook(self, tp: Any) -> Hook | None:
        """A function turning schema-valid data of annotation ``tp`` into its value; None when unsupported."""
        if isinstance(tp, type) and attrs.has(tp) and not is_root(tp):
            return self._class_hook(tp)
        if tp not in self.types:
            self.types[tp] = self._make(tp)
        return self.types[tp]

    def use(self, hook: Hook, container: Any, key: Any) -> None:
        """Note that ``hook`` was put at ``container[key]``; if it is a stand-in, the built function replaces it."""
        cls = self.stub_classes.get(hook)
        if cls is None:
            return
        built = self.classes.get(cls)
        if built is not None:
            container[key] = built
        else:
            self.uses.setdefault(cls, []).append((container, key))

    def _make(self, tp: Any) -> Hook | None:
        if tp in _SIMPLE:
            return _SIMPLE[tp]
        inner = _optional_inner(tp)
        if inner is not None:
            # A member left out takes its default; every hook below refuses an explicit null, as JSON Schema does.
            return self.hook(inner)
        if _is_number(tp):
            return _number
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return _enum_hook(tp)
        if typing.get_origin(tp) is tuple:
            args = typing.get_args(tp)
            if len(args) != 2 or args[1] is not Ellipsis:
                return None
            return self._tuple_hook(args[0])
        if is_root(tp):
            return self._root_hook(tp)
        return None

    def _tuple_hook(self, item_type: Any) -> Hook | None:
        if item_type is str:
            def strings(value: Any) -> tuple[Any, ...]:
                if value.__class__ is not list and value.__class__ is not tuple:
                    raise Untrusted
                for item in value:
                    if item.__class__ is not str:
                        raise Untrusted
                return tuple(value)

            return strings
        each = self.hook(item_type)
        if each is None:
            return None
        cell = [each]
        self.use(each, cell, 0)

        def items(value: Any) -> tuple[Any, ...]:
            if value.__class__ is not list and value.__class__ is not tuple:
                raise Untrusted
            return tuple(map(cell[0], value))

        _CELLS[items] = cell
        return items

    def _root_hook(self, root: type[Any]) -> Hook:
        # Members are looked up when a document names them, so types registered after import load too.
        def hook(value: Any) -> Any:
            if value.__class__ is not dict:
                raise Untrusted
            tag = value.get("type")
            cls = member_of(root, tag) if tag.__class__ is str else None
            if cls is None:
                raise Untrusted
            exact = self.classes.get(cls) or self._class_hook(cls)
            return exact(value)

        return hook

    def _class_hook(self, cls: type[Any]) -> Hook:
        found = self.classes.get(cls) or self.stubs.get(cls)
        if found is None:
            def stub(value: Any) -> Any:
                return (self.classes.get(cls) or self._build(cls))(value)

            found = self.stubs[cls] = stub
            self.stub_classes[stub] = cls
        return found

    def _build(self, cls: type[Any]) -> Hook:
        built = self.classes[cls] = _generate(self, cls) or _refuse
        for container, key in self.uses.pop(cls, ()):
            container[key] = built
        return built


def _inline(hook: Hook, index: int, namespace: dict[str, Any]) -> str:
    """The expression converting ``v`` with the member's hook ``h<index>``, with the common cases written out:
    a value already of the right scalar type, an enum value looked up in its table, a list mapped item by item
    (each saves a call per value; anything else still goes through the hook, which refuses it)."""
    if hook in _INLINE:
        return _INLINE[hook].replace("HOOK", f"h{index}")
    if hook in _TABLES:
        namespace[f"t{index}"] = _TABLES[hook]
        return f"(t{index}.get(v) or h{index}(v))"
    if hook in _CELLS:
        namespace[f"e{index}"] = _CELLS[hook]
        return f"(tuple(map(e{index}[0], v)) if v.__class__ is list else h{index}(v))"
    return f"h{index}(v)"


def _generate(loader: _Loader, cls: type[Any]) -> Hook | None:
    """The structure function of one model class, as straight-line code; None when the class is one this loader
    does not know how to build without its ``__init__`` (the strict converter then loads the document)."""
    if typing.cast(Any, cls).__new__ is not object.__new__ or hasattr(cls, "__attrs_pre_init__"):
        return None
    hints = type_hints(cls)
    namespace: dict[str, Any] = {"new": _new, "cls": cls, "Untrusted": Untrusted, "date_from": dt.date.fromisoformat,
                                 "post": getattr(cls, "__attrs_post_init__", None)}
    tagged = root_of(cls) is not None
    lines = ["def structure(d):", "    if d.__class__ is not dict: raise Untrusted"]
    required = 0
    if tagged:
        namespace["TAG"] = tag_of(cls)
        lines.append("    if d.get('type') != TAG: raise Untrusted")
        required += 1
    lines.append("    o = new(cls)")
    optional_lines: list[str] = []
    for index, attribute in enumerate(attrs.fields(cls)):
        if not attribute.init or attribute.name not in hints:
            return None
        hook = loader.hook(hints[attribute.name])
        if hook is None:
            return None
        key, name = spec_of(attribute).json_name or attribute.name, attribute.name
        namespace[f"h{index}"] = hook
        loader.use(hook, namespace, f"h{index}")
        convert = _inline(hook, index, namespace)
        # The model's one converter turns a list into a tuple; the hooks here already give tuples.
        converter = None if attribute.converter is to_tuple and _tuple_type(hints[attribute.name]) else \
            attribute.converter
        if converter is not None:
            convert = f"c{index}({convert})"
        namespace[f"c{index}"] = converter
        namespace[f"s{index}"] = _setter(cls, name)
        default = attribute.default
        if default is attrs.NOTHING:
            required += 1
            lines.append(f"    v = d[{key!r}]; s{index}(o, {convert})")
            continue
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            if default.takes_self:
                return None
            namespace[f"f{index}"] = default.factory
            fallback = "()" if default.factory is tuple else f"f{index}()"  # the empty tuple is one object anyway
        else:
            namespace[f"d{index}"] = default
            fallback = f"d{index}"
        if converter is not None:
            fallback = f"c{index}({fallback})"
        # ``in`` and a subscript cost less than a ``get`` call, whether the member is there or not.
        optional_lines += [f"    if {key!r} in d: n += 1; v = d[{key!r}]; s{index}(o, {convert})",
                           f"    else: s{index}(o, {fallback})"]
    lines += [f"    n = {required}", *optional_lines,
              "    if n != len(d): raise Untrusted",  # an unknown member (the schema forbids them)
              *(["    post(o)"] if namespace["post"] is not None else []),
              "    return o"]
    return define("\n".join(lines), f"<newsevents trusted structure {cls.__qualname__}>", namespace, "structure")


def _setter(cls: type[Any], name: str) -> Callable[[Any, Any], None]:
    """What sets field ``name`` on a new ``cls`` object: the slot itself when there is one (as attrs' own
    ``__init__`` does, past the frozen class's refusing ``__setattr__``), else ``object.__setattr__``."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            slot = klass.__dict__[name]
            if isinstance(slot, types.MemberDescriptorType):
                setter: Callable[[Any, Any], None] = slot.__set__
                return setter
            break
    return lambda obj, value: _set(obj, name, value)


_LOADER = _Loader()


def trusted_structure(data: Any, cls: type[Any]) -> Any:
    """``data``, which the shipped schema of ``cls`` has accepted, as a ``cls`` object, without re-running the
    constraints the schema proved. Raises :class:`Untrusted` (or any other exception) when the strict converter
    must decide instead."""
    return _LOADER.structure(data, cls)


def prepare_structure(classes: Iterable[type[Any]]) -> None:
    """Generate now the structure function of each class the loader would build one for (`codegen.recording`
    collects their source for the precompiled module): a union's root only when it is one of its own members."""
    for cls in classes:
        if attrs.has(cls) and (not is_root(cls) or cls in members(cls).values()) and cls not in _LOADER.classes:
            _LOADER._build(cls)
