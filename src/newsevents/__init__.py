"""newsevents: typed, validated, documented structured data for what news articles report."""

from typing import TYPE_CHECKING, Any

from ._actors import Actor, Affiliation, Role
from ._article import Article, Provenance, SourceValue
from ._attribution import Attribution, Hop
from ._checks import ArticleIndex, check_article, register_check, unregister_check
from ._converter import converter, make_converter, structure, unstructure
from ._events import (
    Agreement,
    Announcement,
    ArmedAttack,
    Assault,
    Coercion,
    Concession,
    Cooperation,
    Demand,
    Disapproval,
    Event,
    Investigation,
    MediaReport,
    Meeting,
    Mobilization,
    Participant,
    Protest,
    Rejection,
    Retreat,
    Sanction,
    Support,
    Threat,
    Transfer,
)
from ._evidence import Span
from ._fields import evolve, field, model
from ._identifiers import Identifiers
from ._ids import ID_MAX, ID_PATTERN
from ._items import Item, ItemKind
from ._place import Coordinates, Place
from ._policy import Instrument, PolicyChange, Provision
from ._problems import SCHEMA, SEMANTIC, STRUCTURE, Problem, ValidationFailed
from ._quantity import Quantity
from ._relations import Relation
from ._statements import Quote, Statement
from ._taxonomy import TAXONOMY, TaxonomyEntry, event_class_for_plover, plover_category_for
from ._time import PUBLICATION, Time, TimeAnchor
from ._unions import register, unregister
from ._version import ARTICLE_SCHEMA_ID, SCHEMA_VERSION
from ._vocab import (
    ActorKind,
    AffiliationRelation,
    AnchorRelation,
    Commitment,
    Modality,
    OrganisationType,
    ParticipantRole,
    PlaceKind,
    PolicyStatus,
    Precision,
    Realis,
    RelationType,
    ReportRelation,
    RoleStatus,
    ValueStatus,
)

if TYPE_CHECKING:
    from ._schema import generate_schemas, write_schemas
    from ._validate import Validator, ensure_valid, validate, validator_for

__version__ = "0.1.0"

#: Names whose modules load on first use: the validator pulls in jsonschema and the schema generator is only
#: needed to write schemas, so `import newsevents` (and a command-line run on valid data) does without both.
_LAZY = {"generate_schemas": "_schema", "write_schemas": "_schema", "Validator": "_validate",
         "ensure_valid": "_validate", "validate": "_validate", "validator_for": "_validate"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "ARTICLE_SCHEMA_ID",
    "ID_MAX",
    "ID_PATTERN",
    "PUBLICATION",
    "SCHEMA",
    "SCHEMA_VERSION",
    "SEMANTIC",
    "STRUCTURE",
    "TAXONOMY",
    "Actor",
    "ActorKind",
    "Affiliation",
    "AffiliationRelation",
    "Agreement",
    "AnchorRelation",
    "Announcement",
    "ArmedAttack",
    "Article",
    "ArticleIndex",
    "Assault",
    "Attribution",
    "Coercion",
    "Commitment",
    "Concession",
    "Cooperation",
    "Coordinates",
    "Demand",
    "Disapproval",
    "Event",
    "Hop",
    "Identifiers",
    "Instrument",
    "Investigation",
    "Item",
    "ItemKind",
    "MediaReport",
    "Meeting",
    "Mobilization",
    "Modality",
    "OrganisationType",
    "Participant",
    "ParticipantRole",
    "Place",
    "PlaceKind",
    "PolicyChange",
    "PolicyStatus",
    "Precision",
    "Problem",
    "Protest",
    "Provenance",
    "Provision",
    "Quantity",
    "Quote",
    "Realis",
    "Rejection",
    "Relation",
    "RelationType",
    "ReportRelation",
    "Retreat",
    "Role",
    "RoleStatus",
    "Sanction",
    "SourceValue",
    "Span",
    "Statement",
    "Support",
    "TaxonomyEntry",
    "Threat",
    "Time",
    "TimeAnchor",
    "Transfer",
    "ValidationFailed",
    "Validator",
    "ValueStatus",
    "check_article",
    "converter",
    "ensure_valid",
    "event_class_for_plover",
    "evolve",
    "field",
    "generate_schemas",
    "make_converter",
    "model",
    "plover_category_for",
    "register",
    "register_check",
    "structure",
    "unregister",
    "unregister_check",
    "unstructure",
    "validate",
    "validator_for",
    "write_schemas",
]
