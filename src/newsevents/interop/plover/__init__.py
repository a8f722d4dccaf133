"""PLOVER event records <-> newsevents articles.

A PLOVER record codes one event in one sentence: its category, mode and context, its source and target actors
with their CAMEO codes, and ``textInfo.markup``, the sentence with the stretches that name the source ``(SRC:
…)``, the target ``(TAR: …)``, both ``(SRC/TAR: …)``, the event ``(EVT: …)`` and its location ``(LOC: …)``
marked. :func:`from_plover` turns a record into an :class:`~newsevents.Article` whose body is the sentence and
whose evidence spans are the marks, located in the sentence by aligning the markup with it; :func:`to_plover`
writes the record back. ``docs/plover.md`` gives the field mapping, the normalisations and what the model
cannot hold.

Reading never raises on bad data: :func:`import_record` and :func:`import_records` return the article (or
``None``) with a list of :class:`PloverProblem`. A problem of severity ``error`` means no article; ``warning``
means the article's typed data lacks something the record had or holds a guess; ``info`` means nothing was lost.
A member the article cannot give back as written is kept verbatim in ``Provenance.source_values``, so an export
of the unedited article gives the record back; :func:`to_plover` puts a kept member back only while the article
still exports what it replaced, so edits made to the article win.

The work is split by job: :mod:`.markup` (the marks' syntax), :mod:`.alignment` (placing marks on the sentence),
:mod:`.numbers` (amounts in words), :mod:`.actors`, :mod:`.members` (the other coded fields), :mod:`.importer`,
:mod:`.roundtrip` (what is kept verbatim), :mod:`.exporter`, :mod:`.record` (members, codebooks, comparison),
:mod:`.reading` (files) and :mod:`.problems`. This module is the public face: import from here.
"""

from __future__ import annotations

from .exporter import codebook_for, export_article, export_articles, to_plover
from .importer import from_plover, import_record, import_records
from .markup import normalise_markup
from .problems import LAYER, PloverError, PloverProblem
from .reading import read_records
from .record import CODEBOOKS, Codebook, normalise_record

__all__ = [
    "CODEBOOKS",
    "LAYER",
    "Codebook",
    "PloverError",
    "PloverProblem",
    "codebook_for",
    "export_article",
    "export_articles",
    "from_plover",
    "import_record",
    "import_records",
    "normalise_markup",
    "normalise_record",
    "read_records",
    "to_plover",
]
