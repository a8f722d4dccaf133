"""Write the generated modules whose code Python compiles ahead of time instead of at each start-up:
`src/newsevents/datamodel/_precompiled.py`, the trusted loader's structure functions and the check visitors for
every class of the shipped model (`newsevents.datamodel.codegen`), and `_attrs_precompiled.py`, the constructors
attrs writes for those classes (`newsevents.datamodel.attrsmethods`).

The generators themselves write the source (the same code paths a validation run takes), so the modules hold
exactly what a run would otherwise compile; the output is deterministic so ``--check`` can tell whether the
committed modules are current. attrs's scripts depend on the attrs version: under another version than the one
that wrote the committed module, ``--check`` says so and does not compare it (at run time a script that
differs is simply compiled, as attrs always does).

Usage::

    python tools/build_precompiled.py           # write the modules
    python tools/build_precompiled.py --check   # exit 1 if a committed module is out of date
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

import attrs

from newsevents.datamodel import attrsmethods, codegen
from newsevents.datamodel.catalog import model_classes
from newsevents.datamodel.checks import prepare_visitors
from newsevents.datamodel.trusted import prepare_structure

FOLDER = Path(__file__).resolve().parent.parent / "src" / "newsevents" / "datamodel"
TARGET = FOLDER / "_precompiled.py"
ATTRS_TARGET = FOLDER / "_attrs_precompiled.py"


def module_texts() -> dict[Path, str]:
    """Each module's text, from the generators run over every class of the model (a fresh process: a function
    generated before recording began would be missed; attrs's scripts are all kept as the classes are made)."""
    classes = list(model_classes().values())
    with codegen.recording() as sources:
        prepare_structure(classes)
        prepare_visitors(classes)
    return {TARGET: codegen.module_text(sources),
            ATTRS_TARGET: attrsmethods.module_text(attrsmethods.seen_scripts(), attrs.__version__)}


def committed_attrs_version(path: Path) -> str | None:
    """The attrs version named in a committed `_attrs_precompiled.py` (None if it has none)."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["ATTRS"]:
            return ast.literal_eval(node.value)  # type: ignore[no-any-return]
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if a committed module differs from what would be written")
    args = parser.parse_args(argv)
    stale = 0
    for target, text in module_texts().items():
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if args.check:
            made_by = committed_attrs_version(target) if target == ATTRS_TARGET and current is not None else None
            if made_by is not None and made_by != attrs.__version__:
                print(f"{target.name} was written with attrs {made_by}, this is attrs {attrs.__version__}: "
                      "not compared")
            elif current != text:
                print(f"{target.name} is out of date: run `python tools/build_precompiled.py`", file=sys.stderr)
                stale += 1
            else:
                print(f"{target.name} is up to date")
            continue
        if current != text:
            target.write_text(text, encoding="utf-8")
        count = text.count("\nCODE[") + text.count("\nSCRIPTS[")
        print(f"wrote {target.name} ({count} functions)" if current != text else f"{target.name} unchanged")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
