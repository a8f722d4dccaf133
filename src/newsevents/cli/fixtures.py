"""`newsevents fixtures`: list the shipped fixtures, or print one."""

from __future__ import annotations

import argparse
import sys

from .. import fixtures
from .common import EXIT_OK, UsageError

__all__ = ["run"]


def run(args: argparse.Namespace) -> int:
    if args.action == "show":
        if not args.name:
            raise UsageError("fixtures show needs a NAME; `newsevents fixtures` lists them")
        try:
            sys.stdout.write(fixtures.text(args.name))
        except KeyError as exc:
            raise UsageError(str(exc.args[0])) from None
        return EXIT_OK
    for name in fixtures.names():
        print(name)
    return EXIT_OK
