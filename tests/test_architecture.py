"""The layout holds: imports run one way between the layers, no cycles, no private names across modules, no
module over 400 lines. Read from the source with `ast` (imports inside functions count too)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from ._paths import REPO

SRC = REPO / "src"
PACKAGE = SRC / "newsevents"
MAX_LINES = 400

#: What each part may import from newsevents besides itself. Layers run model <- schema <- validation <- feed
#: <- cli; docs, strategies, interop and fixtures stand beside them and use the layers below.
ALLOWED = {
    "datamodel": set(),
    "schema": {"datamodel"},
    "validation": {"datamodel", "schema"},
    "feed": {"datamodel", "schema", "validation"},
    "cli": {"datamodel", "schema", "validation", "feed", "docsgen", "fixtures", "interop"},
    "docsgen": {"datamodel", "schema", "validation", "fixtures"},
    "strategies": {"datamodel", "schema"},
    "interop": {"datamodel", "feed"},
    "fixtures": {"datamodel"},
    # The face also registers the Hypothesis strategies, only when Hypothesis is already loaded.
    "__init__": {"datamodel", "schema", "validation", "strategies"},
    "__main__": {"cli"},
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str, path: Path) -> Iterator[tuple[str, list[str]]]:
    """(imported module, names taken from it) for every import of a newsevents module in ``path``."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target == "newsevents" or target.startswith("newsevents."):
                yield target, [alias.name for alias in node.names]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("newsevents"):
                    yield alias.name, []


def _part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _edges() -> dict[str, set[str]]:
    modules = _modules()
    edges: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for target, names in _imports(name, path):
            for imported in names or [""]:
                # `from . import fixtures` imports a module, not a name of the package face.
                whole = f"{target}.{imported}" if imported else target
                edges[name].add(whole if whole in modules else target)
    return edges


def test_layers_import_one_way() -> None:
    """Every import of a newsevents module goes to the module's own part or to a part it may use."""
    wrong = []
    for module, targets in _edges().items():
        part = _part(module)
        for target in targets:
            if _part(target) != part and _part(target) not in ALLOWED[part]:
                wrong.append(f"{module} -> {target}")
    assert wrong == []


def test_nothing_imports_the_package_face() -> None:
    """No module takes names from `newsevents/__init__.py`: the face sits on top of the layers, not under them."""
    wrong = [module for module, targets in _edges().items() if "newsevents" in targets and module != "newsevents"]
    assert wrong == []


def test_no_import_cycles() -> None:
    """The module graph has no cycle (Tarjan's strongly connected components are all single modules)."""
    edges = _edges()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in edges.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1 or node in edges.get(node, ()):
                cycles.append(sorted(component))

    for node in edges:
        if node not in index:
            visit(node)
    assert cycles == []


def test_no_private_names_across_modules() -> None:
    """No module imports another module's `_private` names."""
    wrong = [f"{module} takes {name} from {target}"
             for module, path in _modules().items() for target, names in _imports(module, path)
             for name in names if name.startswith("_") and not name.startswith("__")]
    assert wrong == []


#: Modules a tool writes (each says so in its first lines, and a test holds it to its tool): not read by people.
GENERATED = {PACKAGE / "datamodel" / "_precompiled.py", PACKAGE / "datamodel" / "_attrs_precompiled.py"}


def test_generated_modules_say_so() -> None:
    for path in GENERATED:
        head = path.read_text(encoding="utf-8")[:400]
        assert "Generated by tools/" in head
        assert "do not edit" in head


@pytest.mark.parametrize("path", sorted(set(PACKAGE.rglob("*.py")) - GENERATED),
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_over_the_limit(path: Path) -> None:
    """Each module stays small enough to read in one sitting."""
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(REPO)} has {lines} lines"
