"""Reference documentation generated from JSON Schemas: one Markdown page per type.

The generator reads schema JSON (a directory of ``*.schema.json``), never the Python classes, so it documents
anyone's schemas: ours, or a downstream project's extended set. It writes

- ``<stem>.md`` for each schema file: title, description, version, a property table (stable ``#property-NAME``
  anchors, linked types, tagged unions spelled out, constraints in words), the meaning of each enum value,
  the members of a tagged union, which types use it, and one validated example;
- ``enum-<name>.md`` for each value list that several properties share (``realis`` on every event), so a
  shared list is described once and linked, not repeated on every page;
- ``taxonomy.md`` when the set has an ``event`` tagged union: each event type with its PLOVER category and
  CAMEO roots from :data:`newsevents.TAXONOMY` (event types the taxonomy does not know, such as a downstream
  project's, are listed as unmapped);
- ``index.md`` listing every page.

Examples come from the schemas' own root ``examples`` keyword first, then from sample documents (by default the
shipped fixtures) walked alongside the schemas: a sub-object's type is the one the followed ``$ref`` names.
Every example is validated while generating; an invalid one stops generation (:class:`InvalidExample`): fully
(schema, typed loading, semantic checks) for our own schema set, by the JSON Schemas alone for anyone else's,
since the model classes describe only ours. Output is deterministic (stable order, no timestamps), so the
generated pages are committed and checked for drift.

This module is the package's public face and the ``newsevents docs`` command. The work is done by
:mod:`.schemaset` (reading the set, following refs), :mod:`.analysis` (the page model of :mod:`.model`),
:mod:`.examples` (choosing and validating examples), :mod:`.taxonomy` (the event taxonomy's rows) and
:mod:`.render` (the Markdown, from the Jinja2 templates in ``templates/``), :mod:`.diagram` (the SVG of how the
types refer to each other, written beside the pages as ``types.svg``) and :mod:`.site` (the browsable HTML site,
``newsevents docs --site DIR``, built with MkDocs from the guide and the pages).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..schema.files import changed_files, shipped_schema_dir, sync_files
from .analysis import analyse
from .diagram import FILE_NAME as DIAGRAM
from .diagram import render_svg
from .examples import InvalidExample, Sample, choose_examples, fixture_samples, validate_examples
from .model import Page, ValueList
from .render import Renderer
from .schemaset import SUFFIX, DocsInputError, SchemaSet, load_schema_dir
from .site import build_site
from .taxonomy import taxonomy_rows

__all__ = [
    "DocsInputError",
    "InvalidExample",
    "Sample",
    "build_site",
    "check_docs",
    "document_model",
    "fixture_samples",
    "load_schema_dir",
    "render_docs",
    "run",
    "write_docs",
]


def render_docs(
    schemas: Mapping[str, Mapping[str, Any]],
    samples: Iterable[Sample] = (),
    *,
    warnings: list[str] | None = None,
) -> dict[str, str]:
    """The reference pages for a schema set, by file name: Markdown text (and the diagram, SVG), deterministic.

    ``samples`` are whole documents to take examples from. Raises :class:`InvalidExample` if any chosen example
    does not validate. Problems that do not stop generation (a missing description) are appended to
    ``warnings`` when given.
    """
    schema_set = SchemaSet(schemas)
    analysis = analyse(schema_set)
    pages = analysis.pages
    usable = [sample for sample in samples if sample.root + SUFFIX in schema_set.files]
    choose_examples(schema_set, pages, usable)
    validate_examples(schema_set, pages, usable)
    taxonomy = taxonomy_rows(pages)
    renderer = Renderer(pages, taxonomy)
    out: dict[str, str] = {}
    for page in pages.values():
        out[page.stem + ".md"] = renderer.type_page(page)
    shared = sorted((v for v in analysis.enums.values() if v.slug), key=lambda v: v.slug)
    versions = sorted({p.version for p in pages.values() if p.version})
    for values in shared:
        out[f"enum-{values.slug}.md"] = renderer.enum_page(values, versions[0] if len(versions) == 1 else None)
    if taxonomy is not None:
        out["taxonomy.md"] = renderer.taxonomy_page()
    out[DIAGRAM] = render_svg(pages.values())
    out["index.md"] = renderer.index_page(shared, trimmed_tail=analysis.trimmed_tail, diagram=True)
    if warnings is not None:
        warnings.extend(analysis.warnings)
    return dict(sorted(out.items()))


def document_model(schemas: Mapping[str, Mapping[str, Any]]) -> tuple[list[Page], list[ValueList]]:
    """The analysed pages and value lists of a schema set (what the Markdown is made from), for checks."""
    analysis = analyse(SchemaSet(schemas))
    return list(analysis.pages.values()), list(analysis.enums.values())


#: The kinds of file the reference directory holds; stale ones of these kinds are removed, others left alone.
_KINDS = ("*.md", "*.svg")


def _of_kind(pages: Mapping[str, str], pattern: str) -> dict[str, str]:
    """The entries of ``pages`` whose names end like ``pattern`` (``*.md``)."""
    return {name: text for name, text in pages.items() if name.endswith(pattern[1:])}


def write_docs(directory: Path, pages: Mapping[str, str]) -> list[str]:
    """Write ``pages`` into ``directory``, removing stale ``*.md`` and ``*.svg``; returns the names written or
    removed."""
    return sorted(name for kind in _KINDS for name in sync_files(directory, _of_kind(pages, kind), kind))


def check_docs(directory: Path, pages: Mapping[str, str]) -> list[str]:
    """Names of the pages in ``directory`` that are missing, stale or different from ``pages``."""
    return sorted(name for kind in _KINDS for name in changed_files(directory, _of_kind(pages, kind), kind))


def run(out: Path, *, schemas_dir: Path | None = None, check: bool = False, use_fixtures: bool = True,
        site: Path | None = None) -> int:
    """The ``newsevents docs`` command: 0 written or up to date, 1 drift; raises on bad input or examples.

    With ``site``, build the HTML site (guide and reference) there instead of writing the Markdown to ``out``.
    """
    if schemas_dir is None:
        schemas_dir = shipped_schema_dir()
    schemas = load_schema_dir(schemas_dir)
    samples = fixture_samples() if use_fixtures else []
    warnings: list[str] = []
    pages = render_docs(schemas, samples, warnings=warnings)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if site is not None:
        built = build_site(site, pages)
        if built.guide_left_out:
            print(f"note: the guide is left out: it links to reference pages this schema set lacks "
                  f"({', '.join(built.guide_left_out)})", file=sys.stderr)
        print(f"built the site ({built.pages} HTML pages) in {site}; open {site / 'index.html'} in a browser")
        return 0
    if check:
        changed = check_docs(out, pages)
        if changed:
            print(f"docs in {out} are out of date: {', '.join(changed)}", file=sys.stderr)
            print("run `newsevents docs` to regenerate them", file=sys.stderr)
            return 1
        print(f"{len(pages)} pages in {out} are up to date")
        return 0
    try:
        touched = write_docs(out, pages)
    except OSError as exc:
        raise DocsInputError(f"cannot write to {out}: {exc}") from None
    print(f"wrote {len(pages)} pages to {out} ({len(touched)} changed)")
    return 0
