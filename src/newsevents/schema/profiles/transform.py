"""A bundled schema rewritten for one target: draft spans, unions as `anyOf`, only the keywords it accepts.

Rewrites that keep the meaning are silent: a tagged union's ``oneOf`` becomes ``anyOf`` (each branch fixes a
distinct ``type`` tag, so at most one branch can match), an enumeration loses the ``oneOf`` that carries each
value's meaning (the ``enum`` says the same), a ``const`` may be spelled as a one-value ``enum``, and a pattern
ending ``$(?!\\n)`` (Python's end of text) ends ``$`` (already the end of text in ECMA and Rust regular
expressions). Everything else a target does not accept is dropped and recorded as a :class:`Dropped`, so that
``newsevents anchor`` and full validation can be pointed at exactly what the profile no longer checks.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs

from .targets import STRUCTURE, Target

__all__ = ["SPAN_DEF", "Dropped", "adapt", "draft_span"]

#: The `$defs` entry of the span, replaced in every profile by its draft form.
SPAN_DEF = "span"

#: Keywords that only annotate; a profile leaves them out (no target needs them, several reject them).
_ANNOTATIONS = frozenset({"examples", "default", "deprecated", "$comment", "readOnly", "writeOnly"})

_PYTHON_END = "$(?!\\n)"


@attrs.frozen
class Dropped:
    """One constraint a profile leaves out: where (a JSON Pointer into the profile), which keyword, its value."""

    pointer: str
    keyword: str
    value: str

    def __str__(self) -> str:
        return f"{self.pointer}: {self.keyword} {self.value}"


def draft_span(span: Mapping[str, Any]) -> dict[str, Any]:
    """The draft form of the span schema: its quoted text (with the model's constraints) and optional context."""
    text = dict(span["properties"]["text"])
    text["description"] = "The exact text of the passage, copied character for character from the body."
    context = "characters of the body just {} the passage, copied exactly (a few words are enough); leave them out " \
              "when the text occurs only once"
    return {
        "title": "DraftSpan",
        "description": "A passage of the body, given by its exact text and a little context, like a W3C Web "
                       "Annotation TextQuoteSelector; `newsevents anchor` finds it and writes its offsets.",
        "type": "object",
        "properties": {
            "text": text,
            "prefix": {"description": "The " + context.format("before"), "type": "string"},
            "suffix": {"description": "The " + context.format("after"), "type": "string"},
        },
        "required": ["text"],
        "additionalProperties": False,
    }


def _nullable(prop: dict[str, Any]) -> dict[str, Any]:
    """``prop`` admitting null as well: how OpenAI strict mode spells an optional member."""
    kind = prop.get("type")
    if isinstance(kind, str) and "$ref" not in prop and "anyOf" not in prop:
        out = {**prop, "type": [kind, "null"]}
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
        return out
    head: dict[str, Any] = {k: prop[k] for k in ("title", "description") if k in prop}
    rest = {k: v for k, v in prop.items() if k not in head}
    branches = rest["anyOf"] if set(rest) == {"anyOf"} else [rest]
    return {**head, "anyOf": [*branches, {"type": "null"}]}


class _Adapter:
    """One profile's rewrite: the target, and what it dropped on the way."""

    def __init__(self, target: Target) -> None:
        self.target = target
        self.dropped: list[Dropped] = []

    def drop(self, pointer: str, keyword: str, value: Any) -> None:
        self.dropped.append(Dropped(pointer, keyword, json.dumps(value, ensure_ascii=False)))

    def node(self, schema: Mapping[str, Any], pointer: str) -> dict[str, Any]:
        schema = dict(schema)
        if "enum" in schema and "oneOf" in schema:
            del schema["oneOf"]  # the meanings of the values; the enum constrains the same
        if "oneOf" in schema:
            # A tagged union: the branches fix distinct tags, so anyOf accepts the same documents.
            head: dict[str, Any] = {k: schema[k] for k in ("title", "description") if k in schema}
            branches = [self.node(b, f"{pointer}/anyOf/{i}") for i, b in enumerate(schema["oneOf"])]
            return {**head, "anyOf": branches}
        out: dict[str, Any] = {}
        for key, value in schema.items():
            here = f"{pointer}/{key}"
            if key in ("properties", "$defs"):
                out[key] = {name: self.node(sub, f"{here}/{name}") for name, sub in value.items()}
            elif key == "items":
                out[key] = self.node(value, here)
            elif key == "anyOf":
                out[key] = [self.node(sub, f"{here}/{i}") for i, sub in enumerate(value)]
            elif key in _ANNOTATIONS:
                continue
            elif key == "const" and self.target.const_as_enum:
                out["enum"] = [value]
            elif key in STRUCTURE:
                out[key] = value
            elif key not in self.target.keeps or (key == "format" and value not in self.target.formats):
                self.drop(here, key, value)
            elif key == "pattern" and isinstance(value, str) and value.endswith(_PYTHON_END):
                out[key] = value[: -len(_PYTHON_END)] + "$"
            else:
                out[key] = value
        if self.target.all_required and isinstance(out.get("properties"), dict):
            required = set(out.get("required", ()))
            out["properties"] = {name: prop if name in required else _nullable(prop)
                                 for name, prop in out["properties"].items()}
            out["required"] = list(out["properties"])
        return out


def adapt(bundled: Mapping[str, Any], target: Target) -> tuple[dict[str, Any], list[Dropped]]:
    """The bundled schema rewritten for ``target`` (spans in draft form), and what was dropped."""
    adapter = _Adapter(target)
    source = dict(bundled)
    defs = dict(source.get("$defs", {}))
    if SPAN_DEF in defs:
        span = defs[SPAN_DEF]
        for name in span["properties"]:
            if name != "text":
                adapter.drop(f"#/$defs/{SPAN_DEF}", name, "offset in code points, found by newsevents anchor "
                             "from the draft span's text and context")
        defs[SPAN_DEF] = draft_span(span)
        source["$defs"] = defs
    return adapter.node(source, "#"), adapter.dropped
