"""`newsevents schema`: write the JSON Schemas generated from the model (and the article extraction profiles, in
`profiles/` below them), check that they are up to date, or print one extraction profile."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

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
    if args.check:
        changed = check_schemas(directory, schemas) + [f"{_PROFILES}/{name}" for name in
                                                       check_profiles(directory / _PROFILES, schemas)]
        if changed:
            print(f"schemas in {directory} are out of date: {', '.join(changed)}", file=sys.stderr)
            print("run `newsevents schema` to regenerate them", file=sys.stderr)
            return EXIT_INVALID
        print(f"{len(schemas)} schemas and the extraction profiles in {directory} are up to date")
        return EXIT_OK
    touched = write_schemas(directory, schemas) + write_profiles(directory / _PROFILES, schemas)
    print(f"wrote {len(schemas)} schemas and the extraction profiles to {directory} ({len(touched)} changed)")
    return EXIT_OK
