"""`newsevents docs`: write the reference pages generated from the JSON Schemas, or check them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..docsgen import DocsInputError, InvalidExample
from ..docsgen import run as render
from .common import EXIT_INVALID, UsageError

__all__ = ["run"]


def run(args: argparse.Namespace) -> int:
    try:
        return render(Path(args.out), schemas_dir=Path(args.schemas) if args.schemas else None, check=args.check,
                   use_fixtures=not args.no_fixtures)
    except InvalidExample as exc:
        print(f"newsevents: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except DocsInputError as exc:
        raise UsageError(str(exc)) from None
