"""The article: the document type, holding the body text and everything extracted from it."""

from __future__ import annotations

import datetime as dt

from .actors import Actor
from .claims import ValueClaim
from .events import Event
from .evidence import BODY_MAX
from .fields import field, model
from .instruments import LegalInstrument
from .items import Item
from .place import Place
from .references import ACTOR, ID_MAX, ID_PATTERN, LANGUAGE_PATTERN, PLACE
from .relations import Relation
from .situations import Situation
from .statements import Statement
from .time import Time
from .version import ARTICLE_SCHEMA_ID, ARTICLE_SCHEMA_ID_PATTERN

__all__ = ["Article", "Provenance", "SourceValue"]


@model
class SourceValue:
    """A member of the source record kept exactly as written, because the model cannot hold it as it was.

    An importer keeps such a member (PLOVER markup whose words differ from the sentence, a `***` sector
    placeholder, a member the model has no field for) so that an export gives the record back unchanged. It
    also notes what an export of the article as imported writes at that place (`replaced`): an exporter puts the
    kept value back only while the article still gives that, so an edit made to the article since the import
    wins over the old source text.
    """

    pointer: str = field(description="JSON Pointer to the member in the source record (\"/textInfo/markup\").",
                         pattern=r"^/", max_length=1000, examples=["/source/0/sector", "/textInfo/markup"])
    value: str | None = field(default=None, description="The member as written in the source, as JSON text (a "
                              "string keeps its quotes); absent when the source had no member there.",
                              max_length=BODY_MAX, examples=['"***"', "5"])
    replaced: str | None = field(default=None, description="What an export of the article as imported writes at "
                                 "`pointer`, as JSON text; absent when it writes nothing there.", max_length=BODY_MAX,
                                 examples=['"5"'])


@model
class Provenance:
    """Who or what produced the extraction, from which source, under which codebook."""

    coder: str | None = field(default=None, description="Person, team or program that coded the article.",
                              max_length=300)
    dataset: str | None = field(default=None, description="Data set or collection the record comes from.",
                                max_length=300)
    record_id: str | None = field(default=None, description="The record's id in that data set.", max_length=300)
    codebook: str | None = field(default=None, description="Codebook or scheme the coding follows (\"PLOVER\").",
                                 max_length=100)
    codebook_version: str | None = field(default=None, description="Version of that codebook.", max_length=50)
    coded_on: dt.date | None = field(default=None, description="Day the coding was done.")
    comment: str | None = field(default=None, description="The coder's remarks.", max_length=2000)
    source_values: tuple[SourceValue, ...] = field(
        factory=tuple, description="Members of the source record the model cannot hold as written, kept verbatim "
        "so that an export gives the record back unchanged.", max_items=1000)


@model
class Article:
    """A news article: its metadata, its body verbatim, and what it reports.

    Everything extracted (actors, places, items, events, statements, relations) lives in the lists here and
    refers to other entries by local id; evidence spans point into `body`.
    """

    schema: str = field(default=ARTICLE_SCHEMA_ID, json_name="$schema", always_emit=True,
                        description="The $id of the article schema this document follows.",
                        pattern=ARTICLE_SCHEMA_ID_PATTERN, max_length=200)
    id: str = field(description="Id of the article within its feed.", pattern=ID_PATTERN, max_length=ID_MAX)
    headline: str | None = field(default=None, description="The headline as published; wire copy may have none.",
                                 max_length=1000)
    publisher: str | None = field(default=None, description="Id of the actor that published the article.",
                                  pattern=ID_PATTERN, max_length=ID_MAX, refers_to=ACTOR)
    dateline: str | None = field(default=None, description="Id of the place in the dateline (\"Kyiv\").",
                                 pattern=ID_PATTERN, max_length=ID_MAX, refers_to=PLACE)
    language: str = field(description="BCP 47 language tag of the body.", pattern=LANGUAGE_PATTERN, max_length=35)
    published: Time | None = field(default=None, description="When the article was published; may itself be "
                                   "uncertain (an interval).")
    url: str | None = field(default=None, description="Where the article was published.", format="uri",
                            pattern=r"^https?://", max_length=2000)
    body: str = field(description="The full text, verbatim, including any defects of the source page.",
                      max_length=BODY_MAX)
    actors: tuple[Actor, ...] = field(factory=tuple, description="Everyone who acts, speaks or is acted on.",
                                      max_items=2000)
    places: tuple[Place, ...] = field(factory=tuple, description="Places the article names.", max_items=2000)
    items: tuple[Item, ...] = field(factory=tuple, description="Things events act on.", max_items=2000)
    events: tuple[Event, ...] = field(factory=tuple, description="Events reported.", max_items=2000)
    statements: tuple[Statement, ...] = field(factory=tuple, description="Statements and quotes reported.",
                                              max_items=2000)
    situations: tuple[Situation, ...] = field(factory=tuple, description="States of affairs and outcomes the "
                                              "text names (conditions, goals, backgrounds).", max_items=2000)
    instruments: tuple[LegalInstrument, ...] = field(factory=tuple, description="Laws, decrees, notifications, "
                                                     "licences and other instruments the article names.",
                                                     max_items=2000)
    value_claims: tuple[ValueClaim, ...] = field(factory=tuple, description="Values of event members as each "
                                                 "source gives them, beside the event's best value.", max_items=2000)
    relations: tuple[Relation, ...] = field(factory=tuple, description="Links between events, statements, "
                                            "situations and value claims.", max_items=5000)
    provenance: Provenance | None = field(default=None, description="Who coded the article and from where.")
