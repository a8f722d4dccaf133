"""The `newsevents` command: validate feeds, write and check schemas, show fixtures.

Exit codes: 0 all valid, 1 some data invalid or unreadable, 2 usage or I/O error. Heavy imports happen inside
the commands so `newsevents --help` starts fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

__all__ = ["main"]

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Bad flags, missing files: exit code 2."""


def _cmd_schema(args: argparse.Namespace) -> int:
    from ..schema.generate import check_schemas, generate_schemas, write_schemas

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


def _cmd_fixtures(args: argparse.Namespace) -> int:
    from .. import fixtures

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


def _cmd_docs(args: argparse.Namespace) -> int:
    from ..docsgen import DocsInputError, InvalidExample, run

    try:
        return run(Path(args.out), schemas_dir=Path(args.schemas) if args.schemas else None, check=args.check,
                   use_fixtures=not args.no_fixtures)
    except InvalidExample as exc:
        print(f"newsevents: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except DocsInputError as exc:
        raise UsageError(str(exc)) from None


def _cmd_convert(args: argparse.Namespace) -> int:
    from .convert import run_convert

    return run_convert(args)


def _cmd_validate(args: argparse.Namespace) -> int:
    from .validate import run_validate

    return run_validate(args)


def _add_input_options(command: argparse.ArgumentParser) -> None:
    """The reading options `validate` and `convert` share: what to read, its format and the reader's limits."""
    command.add_argument("files", nargs="*", metavar="FILE",
                         help="files or directories to read (gzip is detected); '-' or none for stdin")
    command.add_argument("--format", choices=("auto", "json", "jsonl"), default="auto",
                         help="input format: a JSON document or array of them, or JSON Lines (default: by "
                         "extension, .jsonl/.ndjson are JSON Lines; otherwise guessed from the first bytes)")
    command.add_argument("--max-line-bytes", type=int, default=None, metavar="BYTES",
                         help="longest JSON Lines line, and largest JSON document, read; a longer one is "
                         "reported and skipped (default: 67108864, 64 MiB)")
    command.add_argument("--max-depth", type=int, default=64, metavar="N",
                         help="deepest nesting of arrays and objects accepted (default: 64)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="newsevents", description="Structured news events: validate feeds, "
                                     "generate schemas and docs.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    validate = sub.add_parser(
        "validate", help="validate JSON / JSON Lines feeds of articles",
        description="Validate files, directories of feed files, or stdin against the shipped schemas and the "
        "semantic checks, offline. Exit 0 if all valid, 1 if any record is invalid or unreadable, 2 on usage "
        "or I/O errors.")
    _add_input_options(validate)
    validate.add_argument("--type", default="article",
                          help="top-level type to validate, a schema name such as event or actor (default: article)")
    validate.add_argument("-o", "--output", choices=("text", "json", "jsonl"), default="text",
                          help="report format (default: text)")
    validate.add_argument("--max-errors", type=int, default=None, metavar="N",
                          help="stop after reporting N problems in total")
    validate.add_argument("--fail-fast", action="store_true", help="stop at the first invalid or unreadable record")
    validate.add_argument("--jobs", type=int, default=1, metavar="N",
                          help="worker processes checking records (default: 1; 0 for one per core)")
    validate.add_argument("--schema-only", action="store_true",
                          help="check the JSON Schema only, not the typed loader and semantic checks (faster)")
    validate.add_argument("-v", "--verbose", action="store_true", help="also report each valid record")
    validate.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                          help="progress line on stderr (default: only when stderr is a terminal)")
    validate.set_defaults(func=_cmd_validate)

    schema = sub.add_parser("schema", help="write the JSON Schemas generated from the model, or check them")
    schema.add_argument("--out", default="schemas", help="directory (default: ./schemas)")
    schema.add_argument("--check", action="store_true", help="exit 1 if the files differ from the model")
    schema.set_defaults(func=_cmd_schema)

    fixtures = sub.add_parser("fixtures", help="list the shipped fixtures, or print one")
    fixtures.add_argument("action", nargs="?", choices=("list", "show"), default="list")
    fixtures.add_argument("name", nargs="?", help="fixture name, for show")
    fixtures.set_defaults(func=_cmd_fixtures)

    docs = sub.add_parser("docs", help="write the reference docs (Markdown) generated from the JSON Schemas",
                          description="Render one Markdown page per schema type, an index and the event taxonomy. "
                          "Exit 0 if written or up to date, 1 on drift (--check) or an invalid example, 2 on usage "
                          "or I/O errors.")
    docs.add_argument("--out", default="docs/reference", metavar="DIR", help="directory (default: ./docs/reference)")
    docs.add_argument("--check", action="store_true", help="exit 1 if the pages differ from the schemas")
    docs.add_argument("--schemas", metavar="DIR", help="directory of *.schema.json to document (default: the "
                      "shipped newsevents schemas)")
    docs.add_argument("--no-fixtures", action="store_true", help="take examples only from the schemas' own "
                      "`examples`, not from the shipped fixtures")
    docs.set_defaults(func=_cmd_docs)

    convert = sub.add_parser("convert", help="convert PLOVER records to newsevents documents, or back",
                             description="Read records (files, directories or '-' for stdin; JSON or JSON Lines, "
                             "gzip allowed) and write the converted records as JSON Lines to stdout; problems go to "
                             "stderr. Exit 0 if every record converted, 1 if any did not, 2 on usage or I/O errors.")
    _add_input_options(convert)
    direction = convert.add_mutually_exclusive_group(required=True)
    direction.add_argument("--from", dest="source_format", choices=("plover",), help="read PLOVER records")
    direction.add_argument("--to", dest="target_format", choices=("plover",), help="write PLOVER records")
    convert.add_argument("--codebook", choices=("0.8", "0.5b1"), default="0.8",
                         help="with --to plover: category names of PLOVER 0.8 (REQUEST, ACCUSE; the default) or "
                         "0.5b1 (DEMAND, DISAPPROVE)")
    convert.add_argument("--strict", action="store_true",
                         help="refuse (exit 1) records with warnings (their typed article lacks something of the "
                         "record, or an export would write what the article now says), instead of converting them")
    convert.set_defaults(func=_cmd_convert)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help
        return int(exc.code or 0)
    try:
        code = int(args.func(args))
    except UsageError as exc:
        print(f"newsevents: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (`| head`); nothing more to say.
        sys.stderr.close()
        return EXIT_OK
    return code
