"""`newsevents schema`: write the JSON Schemas generated from the model, or check that they are up to date.

The Parquet table layout (`tables/layout.json`), generated from the same model, is written and checked with
them, so one command keeps every generated description of the model in step.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..interop.parquet.layout import LAYOUT_FILE, layout_text
from ..schema.generate import check_schemas, generate_schemas, write_schemas
from .common import EXIT_INVALID, EXIT_OK

__all__ = ["run"]


def run(args: argparse.Namespace) -> int:
    directory = Path(args.out)
    schemas = generate_schemas()
    tables_file, tables_text = directory / LAYOUT_FILE, layout_text()
    if args.check:
        changed = check_schemas(directory, schemas)
        if not tables_file.is_file() or tables_file.read_text(encoding="utf-8") != tables_text:
            changed = [*changed, LAYOUT_FILE]
        if changed:
            print(f"schemas in {directory} are out of date: {', '.join(changed)}", file=sys.stderr)
            print("run `newsevents schema` to regenerate them", file=sys.stderr)
            return EXIT_INVALID
        print(f"{len(schemas)} schemas and the table layout in {directory} are up to date")
        return EXIT_OK
    touched = write_schemas(directory, schemas)
    if not tables_file.is_file() or tables_file.read_text(encoding="utf-8") != tables_text:
        tables_file.parent.mkdir(parents=True, exist_ok=True)
        tables_file.write_text(tables_text, encoding="utf-8")
        touched = [*touched, LAYOUT_FILE]
    print(f"wrote {len(schemas)} schemas and the table layout to {directory} ({len(touched)} changed)")
    return EXIT_OK
