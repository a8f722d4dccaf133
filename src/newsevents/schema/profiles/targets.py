"""What each extraction target accepts: the keywords it keeps, the formats it knows, how it spells optional.

One :class:`Target` per structured-output API or constrained decoder. The keyword lists follow each target's
documentation (and, for the three hosted APIs, the rule packs of the schemafit linter the tests run); anything
not listed is dropped from the profile and named in its listing.
"""

from __future__ import annotations

import attrs

__all__ = ["STRUCTURE", "TARGETS", "Target"]

#: Keywords every target needs to describe the shape at all; never dropped.
STRUCTURE = frozenset({"type", "properties", "required", "additionalProperties", "items", "anyOf", "$ref", "$defs",
                       "enum", "title", "description"})

_NUMBER_BOUNDS = frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"})


@attrs.frozen(kw_only=True)
class Target:
    """One structured-output API or constrained decoder, as far as a profile needs to know it."""

    name: str
    summary: str
    #: Validation keywords kept besides STRUCTURE.
    keeps: frozenset[str]
    #: Values of `format` the target checks; other formats are dropped.
    formats: frozenset[str] = frozenset()
    #: Every property listed in `required`, the optional ones admitting null (OpenAI strict mode).
    all_required: bool = False
    #: `const` spelled as a one-value `enum` (Gemini lists no `const`).
    const_as_enum: bool = False
    #: A union at the top is refused: the root must be an object.
    object_root: bool = False
    #: Limits the target documents, checked by the tests: name -> largest allowed value.
    limits: dict[str, int] = attrs.field(factory=dict)


TARGETS: dict[str, Target] = {
    target.name: target
    for target in (
        Target(
            name="openai",
            summary="OpenAI Structured Outputs, strict mode (response_format json_schema / strict function tools)",
            keeps=frozenset({"const", "pattern", "format", "minItems", "maxItems", *_NUMBER_BOUNDS}),
            formats=frozenset({"date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6",
                               "uuid"}),
            all_required=True,
            object_root=True,
            limits={"object_properties": 5000, "nesting_depth": 10, "string_length": 120_000,
                    "enum_values": 1000},
        ),
        Target(
            name="anthropic",
            summary="Anthropic structured outputs and strict tool use",
            keeps=frozenset({"const"}),
        ),
        Target(
            name="gemini",
            summary="Gemini response_json_schema (the keywords the Gemini API documents as supported)",
            keeps=frozenset({"format", "minItems", "maxItems", "minimum", "maximum"}),
            formats=frozenset({"date-time", "date", "time"}),
            const_as_enum=True,
        ),
        Target(
            name="llguidance",
            summary="llguidance (JSON schema to grammar; the engine behind guidance and several inference servers)",
            keeps=frozenset({"const", "pattern", "format", "minLength", "maxLength", "minItems", "maxItems",
                             *_NUMBER_BOUNDS}),
            formats=frozenset({"date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6",
                               "uuid", "uri"}),
        ),
    )
}
