"""`newsevents schema`: write everything generated from the model into a directory, check that it is up to date,
or print one extraction profile.

Written and checked together, so one command keeps every generated description of the model in step: the JSON
Schemas, the article extraction profiles (`profiles/`), the Parquet table layout (`tables/layout.json`), and what
the validator reads at start-up instead of working it out: the bounds every valid document keeps
(`validator/bounds.json`) and the schemas it compiles, rewritten and split (`validator/compiled.json`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..interop.parquet.layout import LAYOUT_FILE, layout_text
from ..schema.bounds import BOUNDS_FILE, bounds_text
from ..schema.fastset import FASTSET_FILE, fastset_text
from ..schema.files import changed_files, sync_files
from ..schema.generate import check_schemas, dumps, generate_schemas, write_schemas
from ..schema.profiles import build_profile, check_profiles, write_profiles
from .common import EXIT_INVALID, EXIT_OK, UsageError

__all__ = ["run"]

_PROFILES = "profiles"


def _print_profile(args: argparse.Namespace) -> int:
    try:
        profile = build_profile(args.profile, args.type)
    except (KeyError, ValueError) as exc:
        raise UsageError(str(exc).strip("\"'")) from None
    sys.stdout.write(profile.listing() if args.dropped else dumps(profile.schema))
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Print a profile (``--profile``), or write the schemas into ``--out``, or with ``--check`` compare them; a
    missing directory to check is a usage error (it says where it looked), not "every schema out of date"."""
    if args.profile is not None:
        return _print_profile(args)
    if args.dropped or args.type != "article":
        raise UsageError("--type and --dropped go with --profile")
    directory = Path(args.out)
    if args.check and not directory.is_dir():
        raise UsageError(f"{directory} is not a directory: nothing to check (give the schemas directory with --out)")
    schemas = generate_schemas()
    tables = directory / LAYOUT_FILE
    layout = {tables.name: layout_text()}
    # The validator's generated files, the only files of their directory.
    validator_dir = (directory / BOUNDS_FILE).parent
    validator_files = {Path(BOUNDS_FILE).name: bounds_text(schemas), Path(FASTSET_FILE).name: fastset_text(schemas)}
    if args.check:
        changed = [*check_schemas(directory, schemas),
                   *(f"{_PROFILES}/{name}" for name in check_profiles(directory / _PROFILES, schemas)),
                   *(str(Path(LAYOUT_FILE).parent / name) for name in changed_files(tables.parent, layout, "*.json")),
                   *(str(Path(BOUNDS_FILE).parent / name)
                     for name in changed_files(validator_dir, validator_files, "*.json"))]
        if changed:
            print(f"schemas in {directory} are out of date: {', '.join(changed)}", file=sys.stderr)
            print("run `newsevents schema` to regenerate them", file=sys.stderr)
            return EXIT_INVALID
        print(f"{len(schemas)} schemas, the extraction profiles, the table layout and the validator files in "
              f"{directory} are up to date")
        return EXIT_OK
    touched = [*write_schemas(directory, schemas), *write_profiles(directory / _PROFILES, schemas),
               *sync_files(tables.parent, layout, "*.json"), *sync_files(validator_dir, validator_files, "*.json")]
    print(f"wrote {len(schemas)} schemas, the extraction profiles, the table layout and the validator files to "
          f"{directory} ({len(touched)} changed)")
    return EXIT_OK
