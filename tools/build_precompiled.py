"""Write `src/newsevents/datamodel/_precompiled.py`: the trusted loader's structure functions and the check
visitors for every class of the shipped model, compiled by Python ahead of time instead of at each start-up
(`newsevents.datamodel.codegen`).

The generators themselves write the source (the same code paths a validation run takes), so the module holds
exactly what a run would otherwise compile; the output is deterministic so ``--check`` can tell whether the
committed module is current.

Usage::

    python tools/build_precompiled.py           # write the module
    python tools/build_precompiled.py --check   # exit 1 if the committed module is out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsevents.datamodel import codegen
from newsevents.datamodel.catalog import model_classes
from newsevents.datamodel.checks import prepare_visitors
from newsevents.datamodel.trusted import prepare_structure

TARGET = Path(__file__).resolve().parent.parent / "src" / "newsevents" / "datamodel" / "_precompiled.py"


def module_text() -> str:
    """The module's text, from the generators run over every class of the model (a fresh process: a function
    generated before recording began would be missed)."""
    classes = list(model_classes().values())
    with codegen.recording() as sources:
        prepare_structure(classes)
        prepare_visitors(classes)
    return codegen.module_text(sources)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if the committed module differs from what would be written")
    args = parser.parse_args(argv)
    text = module_text()
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else None
    if args.check:
        if current != text:
            print(f"{TARGET.name} is out of date: run `python tools/build_precompiled.py`", file=sys.stderr)
            return 1
        print(f"{TARGET.name} is up to date")
        return 0
    if current != text:
        TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.name} ({text.count('CODE[')} functions)" if current != text else f"{TARGET.name} unchanged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
