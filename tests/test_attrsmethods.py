"""attrs's generated constructors come from the precompiled module when their script is in it, are compiled as
attrs compiles them otherwise, and a class made either way behaves the same."""

from __future__ import annotations

import inspect
import types
from typing import Any

import attr._make
import attrs
import pytest

import newsevents
from newsevents.datamodel import attrsmethods

from ._compiles import fresh_run


def _make_point() -> type[Any]:
    @newsevents.model
    class Point:
        """A test class."""

        x: int = newsevents.field(description="Across.", minimum=0)
        label: str = newsevents.field(default="here", description="A name.", min_length=1)
        tags: tuple[str, ...] = newsevents.field(factory=tuple, description="Tags.")

    return Point


def _script_of(cls: type[Any]) -> str:
    return next(script for script, filename in attrsmethods.seen_scripts().items()
                if filename.endswith(f".{cls.__qualname__}>"))


def test_a_class_made_from_the_table_behaves_as_one_attrs_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled = _make_point()  # a test class: not in the shipped table, so attrs compiles it
    script = _script_of(compiled)
    assert script not in attrsmethods._table()
    function = attrsmethods.as_function(script)
    assert function is not None
    code = next(c for c in compile(function, "<table>", "exec").co_consts if isinstance(c, types.CodeType))
    monkeypatch.setattr(attrsmethods, "_TABLE", {script: code})
    tabled = _make_point()
    assert tabled.__init__.__code__.co_filename == "<table>"  # made from the table's code
    assert compiled.__init__.__code__.co_filename != "<table>"
    assert str(inspect.signature(tabled.__init__)) == str(inspect.signature(compiled.__init__))
    assert tabled.__init__.__qualname__ == "_make_point.<locals>.Point.__init__"
    for cls in (compiled, tabled):
        made = cls(x=3, tags=["a"])
        assert (made.x, made.label, made.tags) == (3, "here", ("a",))  # defaults, factory and converter
        with pytest.raises(newsevents.ConstraintViolation):
            cls(x=-1)  # the field validators run
        with pytest.raises(TypeError):
            cls(3)  # keyword-only


def test_the_block_puts_attrs_back_as_it_was() -> None:
    before = attr._make._compile_and_eval
    with attrsmethods.precompiled_methods():
        assert attr._make._compile_and_eval is not before
        with attrsmethods.precompiled_methods():
            pass
    assert attr._make._compile_and_eval is before


def test_an_attrs_function_of_another_shape_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    def other(source: str, namespace: dict[str, Any]) -> None:
        raise AssertionError("not called here")

    monkeypatch.setattr(attr._make, "_compile_and_eval", other)
    with attrsmethods.precompiled_methods():
        assert attr._make._compile_and_eval is other


@pytest.mark.parametrize("script", [
    "x = 1\ndef f(self):\n    return x",  # not only definitions
    "def f(self):\n    return g(self)\ndef g(self):\n    return 1",  # g would become a closure of the wrapper
    "def f(self):\n    return '''a\nb'''",  # the indented copy would change the string
    "",
])
def test_a_script_that_would_run_differently_as_a_function_body_is_left_out(script: str) -> None:
    assert attrsmethods.as_function(script) is None


def test_module_text_keeps_what_runs_the_same_and_returns_what_each_script_defines() -> None:
    scripts = {"def __init__(self, *, x=attr_dict['x'].default):\n    _setattr(self, 'x', x)": "<b>",
               "def __eq__(self, other):\n    return same(self, other)\ndef __ne__(self, other):\n"
               "    return not self.__eq__(other)": "<a>",
               "x = 1\ndef f(self):\n    return x": "<c>"}
    namespace: dict[str, Any] = {}
    text = attrsmethods.module_text(scripts, "0.0")
    exec(compile(text, "generated.py", "exec"), namespace)
    assert namespace["ATTRS"] == "0.0"
    assert set(namespace["SCRIPTS"]) == set(list(scripts)[:2])
    assert text.index("# <a>") < text.index("# <b>")
    made = types.FunctionType(namespace["SCRIPTS"][list(scripts)[1]], {"same": lambda a, b: a is b})()
    assert sorted(made) == ["__eq__", "__ne__"]
    assert made["__ne__"](1, 2) is True


def test_importing_the_model_compiles_no_constructor() -> None:
    """In a fresh process every model class gets its constructor from the precompiled module (when that module
    was written by the attrs installed here): attrs compiles none of their scripts."""
    from newsevents.datamodel import _attrs_precompiled

    if attrs.__version__ != _attrs_precompiled.ATTRS:
        pytest.skip(f"the module was written with attrs {_attrs_precompiled.ATTRS}, this is {attrs.__version__}")
    classes, seen, compiled, *names = fresh_run("<attrs generated methods newsevents.", """
from newsevents.datamodel.catalog import model_classes
from newsevents.datamodel import attrsmethods
classes = model_classes()
names = {f"<attrs generated methods {c.__module__}.{c.__qualname__}>" for c in classes.values()}
models = [name for name in compiled if name in names]  # other attrs classes (a Problem) are not made by `model`
print(len(classes), len(attrsmethods.seen_scripts()), len(models), *models)
""")
    assert int(classes) > 60
    assert int(seen) > 60
    assert (int(compiled), names) == (0, [])
