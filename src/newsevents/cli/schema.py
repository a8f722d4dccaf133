"""`newsevents schema`: write the JSON Schemas generated from the model, or check that they are up to date."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..schema.generate import check_schemas, generate_schemas, write_schemas
from .common import EXIT_INVALID, EXIT_OK

__all__ = ["run"]


def run(args: argparse.Namespace) -> int:
    directory = Path(args.out)
    schemas = generate_schemas()
    if args.check:
        changed = check_schemas(directory, schemas)
        if changed:
            print(f"schemas in {directory} are out of date: {', '.join(changed)}", file=sys.stderr)
            print("run `newsevents schema` to regenerate them", file=sys.stderr)
            return EXIT_INVALID
        print(f"{len(schemas)} schemas in {directory} are up to date")
        return EXIT_OK
    touched = write_schemas(directory, schemas)
    print(f"wrote {len(schemas)} schemas to {directory} ({len(touched)} changed)")
    return EXIT_OK
