"""`newsevents docs`: write the reference pages generated from the JSON Schemas, check them, or build the site."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..docsgen import DocsInputError, InvalidExample
from ..docsgen import run as render
from .common import EXIT_INVALID, UsageError

__all__ = ["run"]


def run(args: argparse.Namespace) -> int:
    """Render the reference pages into ``--out``, or with ``--check`` compare them; a missing directory to check is a
    usage error, not "every page out of date"."""
    if args.site is not None and args.check:
        raise UsageError("--check compares the Markdown pages; it does not go with --site")
    if args.check and not Path(args.out).is_dir():
        raise UsageError(f"{args.out} is not a directory: nothing to check (give the reference directory with --out)")
    try:
        return render(Path(args.out), schemas_dir=Path(args.schemas) if args.schemas else None, check=args.check,
                   use_fixtures=not args.no_fixtures, site=Path(args.site) if args.site is not None else None)
    except InvalidExample as exc:
        print(f"newsevents: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except DocsInputError as exc:
        raise UsageError(str(exc)) from None
