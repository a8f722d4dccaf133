"""`newsevents schema`: write the JSON Schemas generated from the model, or check that they are up to date."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..schema.generate import check_schemas, generate_schemas, write_schemas
from .common import EXIT_INVALID, EXIT_OK, UsageError

__all__ = ["run"]


def run(args: argparse.Namespace) -> int:
    """Write the schemas into ``--out``, or with ``--check`` compare them; a missing directory to check is a usage
    error (it says where it looked), not "every schema out of date"."""
    directory = Path(args.out)
    if args.check and not directory.is_dir():
        raise UsageError(f"{directory} is not a directory: nothing to check (give the schemas directory with --out)")
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
