"""newsevents: typed, validated, documented structured data for what news articles report."""

import sys as _sys
from typing import TYPE_CHECKING, Any

from .datamodel.actors import Actor, Affiliation, Role
from .datamodel.amounts import AmountChange, AmountChangeKind, AmountDirection, Scale
from .datamodel.anchoring import (
    QuoteAmbiguous,
    QuoteNotFound,
    QuoteProblem,
    byte_offset,
    find_quote,
    from_byte_offset,
    from_utf16_offset,
    quote_context,
    span_from_quote,
    utf16_offset,
)
from .datamodel.article import Article, Provenance, SourceValue
from .datamodel.attribution import Attribution, Hop
from .datamodel.checks import ArticleIndex, check_article, register_check, unregister_check
from .datamodel.claims import ClaimBasis, ValueClaim
from .datamodel.events import (
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
from .datamodel.evidence import Span
from .datamodel.fields import ConstraintViolation, evolve, field, model
from .datamodel.identifiers import Identifiers
from .datamodel.instruments import InstrumentForm, LegalInstrument
from .datamodel.items import Item, ItemKind
from .datamodel.links import ActorPlace, ActorPlaceRelation, Damage, DamageExtent, Grouping, TransferKind, TransferTerms
from .datamodel.place import Coordinates, Place
from .datamodel.policy import Instrument, PolicyChange, Provision
from .datamodel.problems import SCHEMA, SEMANTIC, STRUCTURE, Problem, ValidationFailed
from .datamodel.provisions import (
    ChangeDirection,
    ProvisionLink,
    ProvisionLinkType,
    Qualification,
    QualificationKind,
    Validity,
)
from .datamodel.quantity import Quantity
from .datamodel.references import ID_MAX, ID_PATTERN
from .datamodel.relations import Relation
from .datamodel.situations import Situation
from .datamodel.speech import Sourcing, Stance, StanceType, StatementForm, Withholding
from .datamodel.statements import Quote, Statement
from .datamodel.time import PUBLICATION, AnchorPoint, Duration, Recurrence, Time, TimeAnchor
from .datamodel.unions import register, unregister
from .datamodel.version import ARTICLE_SCHEMA_ID, SCHEMA_VERSION
from .datamodel.vocab import (
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
    from .datamodel.converter import converter, make_converter, structure, unstructure
    from .datamodel.econtypes import (
        Acquisition,
        Bankruptcy,
        Discovery,
        FinancialResults,
        IndicatorRelease,
        Launch,
        Layoffs,
        MarketMove,
        Merger,
        PriceChange,
        Production,
        Recall,
        Trade,
        TradeFlow,
    )
    from .datamodel.incidenttypes import (
        Accident,
        AccidentKind,
        Disaster,
        EmergencyResponse,
        Evacuation,
        Hazard,
        Outbreak,
        Rescue,
    )
    from .datamodel.justicetypes import (
        Arrest,
        Charge,
        Crime,
        Election,
        ElectionResult,
        OtherEvent,
        Sentence,
        SentenceKind,
        Sentencing,
        Trial,
        Verdict,
        VerdictOutcome,
        Vote,
        VoteOutcome,
    )
    from .datamodel.procedure import (
        CabinetApproval,
        LegalChallenge,
        OfficialPublication,
        Passage,
        Proposal,
        Signing,
        StrikeDown,
        Submission,
    )
    from .datamodel.taxonomy import (
        TAXONOMY,
        TaxonomyEntry,
        event_class_for_plover,
        plover_category_for,
        plover_mode_for,
    )
    from .schema.generate import generate_schemas, write_schemas
    from .validation.anchoring import anchor_document
    from .validation.validator import Validator, ensure_valid, validate, validator_for

__version__ = "0.1.0"

#: Names whose modules load on first use: the validator pulls in jsonschema and the schema generator is only
#: needed to write schemas, so `import newsevents` (and a command-line run on valid data) does without both.
_LAZY = {"generate_schemas": "schema.generate", "write_schemas": "schema.generate",
         "Validator": "validation.validator", "ensure_valid": "validation.validator",
         "validate": "validation.validator", "validator_for": "validation.validator",
         "anchor_document": "validation.anchoring",
         # The converters bring cattrs; a validation run whose records pass the schema does not need it.
         "converter": "datamodel.converter", "make_converter": "datamodel.converter",
         "structure": "datamodel.converter", "unstructure": "datamodel.converter"}
#: The event types beyond politics and the policy process, and the taxonomy that lists them all, load on first
#: use too: their modules are also loaded when a document names one of their types (`datamodel.unions.defer`).
_LAZY.update({name: module for module, names in {
    "datamodel.econtypes": (
        "Acquisition", "Bankruptcy", "Discovery", "FinancialResults", "IndicatorRelease", "Launch", "Layoffs",
        "MarketMove", "Merger", "PriceChange", "Production", "Recall", "Trade", "TradeFlow"),
    "datamodel.incidenttypes": (
        "Accident", "AccidentKind", "Disaster", "EmergencyResponse", "Evacuation", "Hazard", "Outbreak",
        "Rescue"),
    "datamodel.justicetypes": (
        "Arrest", "Charge", "Crime", "Election", "ElectionResult", "OtherEvent", "Sentence", "SentenceKind",
        "Sentencing", "Trial", "Verdict", "VerdictOutcome", "Vote", "VoteOutcome"),
    "datamodel.procedure": (
        "CabinetApproval", "LegalChallenge", "OfficialPublication", "Passage", "Proposal", "Signing",
        "StrikeDown", "Submission"),
    "datamodel.taxonomy": (
        "TAXONOMY", "TaxonomyEntry", "event_class_for_plover", "plover_category_for", "plover_mode_for"),
}.items() for name in names})


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
    "Accident",
    "AccidentKind",
    "Acquisition",
    "Actor",
    "ActorKind",
    "ActorPlace",
    "ActorPlaceRelation",
    "Affiliation",
    "AffiliationRelation",
    "Agreement",
    "AmountChange",
    "AmountChangeKind",
    "AmountDirection",
    "AnchorPoint",
    "AnchorRelation",
    "Announcement",
    "ArmedAttack",
    "Arrest",
    "Article",
    "ArticleIndex",
    "Assault",
    "Attribution",
    "Bankruptcy",
    "CabinetApproval",
    "ChangeDirection",
    "Charge",
    "ClaimBasis",
    "Coercion",
    "Commitment",
    "Concession",
    "ConstraintViolation",
    "Cooperation",
    "Coordinates",
    "Crime",
    "Damage",
    "DamageExtent",
    "Demand",
    "Disapproval",
    "Disaster",
    "Discovery",
    "Duration",
    "Election",
    "ElectionResult",
    "EmergencyResponse",
    "Evacuation",
    "Event",
    "FinancialResults",
    "Grouping",
    "Hazard",
    "Hop",
    "Identifiers",
    "IndicatorRelease",
    "Instrument",
    "InstrumentForm",
    "Investigation",
    "Item",
    "ItemKind",
    "Launch",
    "Layoffs",
    "LegalChallenge",
    "LegalInstrument",
    "MarketMove",
    "MediaReport",
    "Meeting",
    "Merger",
    "Mobilization",
    "Modality",
    "OfficialPublication",
    "OrganisationType",
    "OtherEvent",
    "Outbreak",
    "Participant",
    "ParticipantRole",
    "Passage",
    "Place",
    "PlaceKind",
    "PolicyChange",
    "PolicyStatus",
    "Precision",
    "PriceChange",
    "Problem",
    "Production",
    "Proposal",
    "Protest",
    "Provenance",
    "Provision",
    "ProvisionLink",
    "ProvisionLinkType",
    "Qualification",
    "QualificationKind",
    "Quantity",
    "Quote",
    "QuoteAmbiguous",
    "QuoteNotFound",
    "QuoteProblem",
    "Realis",
    "Recall",
    "Recurrence",
    "Rejection",
    "Relation",
    "RelationType",
    "ReportRelation",
    "Rescue",
    "Retreat",
    "Role",
    "RoleStatus",
    "Sanction",
    "Scale",
    "Sentence",
    "SentenceKind",
    "Sentencing",
    "Signing",
    "Situation",
    "SourceValue",
    "Sourcing",
    "Span",
    "Stance",
    "StanceType",
    "Statement",
    "StatementForm",
    "StrikeDown",
    "Submission",
    "Support",
    "TaxonomyEntry",
    "Threat",
    "Time",
    "TimeAnchor",
    "Trade",
    "TradeFlow",
    "Transfer",
    "TransferKind",
    "TransferTerms",
    "Trial",
    "ValidationFailed",
    "Validator",
    "Validity",
    "ValueClaim",
    "ValueStatus",
    "Verdict",
    "VerdictOutcome",
    "Vote",
    "VoteOutcome",
    "Withholding",
    "anchor_document",
    "byte_offset",
    "check_article",
    "converter",
    "ensure_valid",
    "event_class_for_plover",
    "evolve",
    "field",
    "find_quote",
    "from_byte_offset",
    "from_utf16_offset",
    "generate_schemas",
    "make_converter",
    "model",
    "plover_category_for",
    "plover_mode_for",
    "quote_context",
    "register",
    "register_check",
    "span_from_quote",
    "structure",
    "unregister",
    "unregister_check",
    "unstructure",
    "utf16_offset",
    "validate",
    "validator_for",
    "write_schemas",
]

# Hypothesis's entry point (`_newsevents_hypothesis`) leaves newsevents unloaded when Hypothesis comes first; then
# the model's strategies are registered here, so `st.from_type(Article)` works whichever was imported first.
if "hypothesis" in _sys.modules:
    from .strategies.plugin import setup_hook as _register_strategies

    _register_strategies()
