"""The argument parser of every subcommand. Each command's code lives in a module of its own, imported only
when that command runs, so `newsevents --help` starts fast."""

from __future__ import annotations

import argparse

from .common import add_input_options
from .engines import add_engine_options

__all__ = ["build_parser"]


def _version() -> str:
    """The package version and the schema version, read without importing the model."""
    from importlib.metadata import PackageNotFoundError, version

    from ..datamodel.version import SCHEMA_VERSION

    try:
        package = version("newsevents")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree that was never installed
        package = "unknown"
    return f"{package} (schemas {SCHEMA_VERSION})"


class _VersionAction(argparse.Action):
    """``--version``: reads the installed version only when asked (importlib.metadata costs start-up time)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, help: str | None = None) -> None:  # noqa: A002 - argparse passes it by this name
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        print(f"{parser.prog} {_version()}")  # to stdout, as argparse's own version action does
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="newsevents", description="Structured news events: validate feeds, "
                                     "generate schemas and docs.")
    parser.add_argument("--version", action=_VersionAction,
                        help="print the package and schema versions and exit")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    validate = sub.add_parser(
        "validate", help="validate JSON / JSON Lines feeds of articles",
        description="Validate files, directories of feed files, or stdin against the shipped schemas and the "
        "semantic checks, offline. Exit 0 if all valid, 1 if any record is invalid or unreadable, 2 on usage "
        "or I/O errors.")
    add_input_options(validate)
    validate.add_argument("--type", default="article",
                          help="top-level type to validate, a schema name such as event or actor (default: article)")
    validate.add_argument("-o", "--output", choices=("text", "json", "jsonl"), default="text",
                          help="report format (default: text)")
    validate.add_argument("--max-errors", type=int, default=None, metavar="N",
                          help="stop after reporting N problems in total")
    validate.add_argument("--strict", action="store_true",
                          help="warnings (likely mistakes, such as a span cut inside a word) fail a record too")
    validate.add_argument("--fail-fast", action="store_true", help="stop at the first invalid or unreadable record")
    validate.add_argument("--jobs", type=int, default=1, metavar="N",
                          help="worker processes checking records (default: 1; 0 for one per core)")
    validate.add_argument("--schema-only", action="store_true",
                          help="check the JSON Schema only, not the typed loader and semantic checks (faster)")
    validate.add_argument("-v", "--verbose", action="store_true", help="also report each valid record")
    validate.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                          help="progress line on stderr (default: only when stderr is a terminal)")
    add_engine_options(validate)
    validate.set_defaults(command="validate")

    anchor = sub.add_parser(
        "anchor", help="resolve draft spans (quote + context) in articles to offsets",
        description="Read articles (files, directories or '-' for stdin; JSON or JSON Lines, gzip allowed) whose "
        "spans may be drafts ({\"text\", \"prefix\", \"suffix\"} without offsets), and write them as JSON Lines "
        "to stdout with every span anchored in the body and null members dropped; problems go to stderr. The output "
        "is not validated: pipe it to `newsevents validate -`. Exit 0 if every record was anchored, 1 if any was "
        "not, 2 on usage or I/O errors.")
    add_input_options(anchor)
    anchor.set_defaults(command="anchor")

    schema = sub.add_parser("schema", help="write the JSON Schemas generated from the model, or check them",
                            description="Write one Draft 2020-12 JSON Schema file per model type into a directory "
                            "(removing stale ones) and, in DIR/profiles, the article extraction profiles; or check "
                            "that they are exactly what the model generates (--check); or print one extraction profile "
                            "(--profile). Exit 0 if written or up to date, 1 on drift (--check), 2 on usage errors, "
                            "such as a directory to check that does not exist.")
    schema.add_argument("--out", default="schemas", help="directory (default: ./schemas)")
    schema.add_argument("--check", action="store_true", help="exit 1 if the files differ from the model")
    schema.add_argument("--profile", choices=("openai", "anthropic", "gemini", "llguidance"), metavar="NAME",
                        help="print the self-contained extraction profile for NAME (openai, anthropic, gemini, "
                        "llguidance) instead of writing files")
    schema.add_argument("--type", default="article", metavar="TYPE",
                        help="with --profile: the type to extract, a schema name such as actor (default: article)")
    schema.add_argument("--dropped", action="store_true",
                        help="with --profile: print the constraints the profile drops (one per line) instead")
    schema.set_defaults(command="schema")

    fixtures = sub.add_parser("fixtures", help="list the shipped fixtures, or print one",
                              description="List the example articles shipped with the package (`fixtures` or "
                              "`fixtures list`), or print one as JSON (`fixtures show NAME`), for instance to pipe "
                              "into `newsevents validate -`.")
    fixtures.add_argument("action", nargs="?", choices=("list", "show"), default="list")
    fixtures.add_argument("name", nargs="?", help="fixture name, for show")
    fixtures.set_defaults(command="fixtures")

    docs = sub.add_parser("docs", help="write the reference docs (Markdown) generated from the JSON Schemas",
                          description="Render one Markdown page per schema type, an index and the event taxonomy. "
                          "Exit 0 if written or up to date, 1 on drift (--check) or an invalid example, 2 on usage "
                          "or I/O errors.")
    docs.add_argument("--out", default="docs/reference", metavar="DIR", help="directory (default: ./docs/reference)")
    docs.add_argument("--check", action="store_true", help="exit 1 if the pages differ from the schemas")
    docs.add_argument("--schemas", metavar="DIR", help="directory of *.schema.json to document (default: the "
                      "shipped newsevents schemas)")
    docs.add_argument("--site", metavar="DIR", help="build the browsable HTML site (guide and reference, offline) "
                      "into DIR instead; needs the docs extra: pip install \"newsevents[docs]\"")
    docs.add_argument("--no-fixtures", action="store_true", help="take examples only from the schemas' own "
                      "`examples`, not from the shipped fixtures")
    docs.set_defaults(command="docs")

    convert = sub.add_parser("convert", help="convert PLOVER records to newsevents documents, or back",
                             description="Read records (files, directories or '-' for stdin; JSON or JSON Lines, "
                             "gzip allowed) and write the converted records as JSON Lines to stdout; problems go to "
                             "stderr. Exit 0 if every record converted, 1 if any did not, 2 on usage or I/O errors.")
    add_input_options(convert)
    direction = convert.add_mutually_exclusive_group(required=True)
    direction.add_argument("--from", dest="source_format", choices=("plover", "parquet"),
                           help="read PLOVER records, or the Parquet tables in the directory given")
    direction.add_argument("--to", dest="target_format", choices=("plover", "parquet"),
                           help="write PLOVER records, or Parquet tables into --out DIR")
    convert.add_argument("--out", metavar="DIR", help="with --to parquet: directory of the tables (one folder "
                         "per table; needs newsevents[parquet])")
    convert.add_argument("--codebook", choices=("0.8", "0.5b1"), default=None,
                         help="with --to plover: write category names of PLOVER 0.8 (REQUEST, ACCUSE) or 0.5b1 "
                         "(DEMAND, DISAPPROVE); default: the codebook each article was coded in (its provenance), "
                         "else 0.8, so records come back as they came in")
    convert.add_argument("--strict", action="store_true",
                         help="refuse (exit 1) records with warnings (their typed article lacks something of the "
                         "record, or an export would write what the article now says), instead of converting them")
    add_engine_options(convert)
    convert.set_defaults(command="convert")
    return parser
