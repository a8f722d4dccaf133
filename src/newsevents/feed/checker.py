"""The checker: one record in, one `RecordResult` out.

strict JSON reading → compiled schema verdict → (invalid) jsonschema's explanation of the places the compiled
validator pointed at → (valid, unless schema-only) the typed loader and the semantic checks.

The cyclic garbage collector is paused while one record is checked. A record becomes thousands of container
objects (its parsed JSON, then its model objects) that live until the record is done and form no reference
cycles, so every collection that runs meanwhile walks them for nothing and promotes them to older generations
that later collections walk again: about a seventh of the time of a full check. Reference counting frees them
as before; anything cyclic that is made meanwhile waits for the next collection. The collector is turned back
on only if it was on, so a caller that turned it off keeps it off.
"""

from __future__ import annotations

import gc
from typing import Any

import attrs

from ..datamodel.problems import Problem
from ..validation.loading import load_checked
from ..validation.shapes import deeper_than
from ..validation.validator import validator_for
from .positions import with_positions
from .records import INVALID, UNREADABLE, VALID, Limits, RecordResult
from .sources import RawRecord
from .strictjson import INPUT, Parsed, depth_exceeds, diagnose, number_evidence, parse, text_depth_exceeds
from .wide import narrowed, with_counts

__all__ = ["Checker"]


class Checker:
    """Checks records as one top-level type. Build it once per run (it holds the compiled validator)."""

    def __init__(self, type: str = "article", *, limits: Limits | None = None,  # noqa: A002
                 schema_only: bool = False, keep_values: bool = True) -> None:
        self.type = type
        self.limits = limits if limits is not None else Limits()
        self.schema_only = schema_only
        self.keep_values = keep_values
        self.validator = validator_for(type)
        bounds = self.validator.compiled.bounds
        # When the schema itself keeps valid documents within the limit, only rejected ones need a depth walk;
        # when it rejects integers beyond 2^53, only rejected ones need looking at for them.
        self.walk_valid = bounds.depth is None or bounds.depth > self.limits.max_depth
        self.integers_everywhere = not bounds.safe_numbers

    def check(self, source: str, record: RawRecord) -> RecordResult:
        """The result for one record read from ``source``."""
        collecting = gc.isenabled()
        if collecting:
            gc.disable()
        try:
            return self._check(source, record)
        except Exception as exc:  # noqa: BLE001 - a record must never stop the run; the report says what happened
            problem = Problem(path=(), message=f"internal error while checking this record: {exc!r}",
                              check="internal-error", layer=INPUT)
            return RecordResult(source=source, line=record.line, index=record.index, status=INVALID,
                                problems=(problem,))
        finally:
            if collecting:
                gc.enable()

    def _check(self, source: str, record: RawRecord, *, narrow: bool = True) -> RecordResult:
        if record.problem is not None:
            return RecordResult(source=source, line=record.line, index=record.index, status=UNREADABLE,
                                problems=(record.problem,))
        parsed, left_out = record.parsed, record.left_out
        if parsed is None:
            assert record.raw is not None
            cut = narrowed(record.raw, max_depth=self.limits.max_depth,
                           check_integers=self.integers_everywhere) if narrow else None
            left_out = cut.left_out if cut is not None else ()
            parsed = parse(cut.text if cut is not None else record.raw, max_depth=self.limits.max_depth,
                           check_integers=self.integers_everywhere)
        if parsed.problems:
            if left_out and record.raw is not None:
                # Found in the narrowed copy: read the whole text, whose lines and columns are the user's.
                return self._check(source, attrs.evolve(record, parsed=None, left_out=()), narrow=False)
            return self._unparsed(source, record, parsed)
        result = self.check_value(source, parsed.value, line=record.line, index=record.index, raw=record.raw)
        if not left_out:
            return result
        if result.status == VALID and record.raw is not None:
            # Not with the shipped schemas, which refuse every wide object (see `wide`): read it whole to be sure.
            return self._check(source, attrs.evolve(record, parsed=None, left_out=()), narrow=False)
        return attrs.evolve(result, problems=with_counts(result.problems, left_out))

    def _unparsed(self, source: str, record: RawRecord, parsed: Parsed) -> RecordResult:
        line = record.line if record.line is not None else parsed.line
        return RecordResult(source=source, line=line, index=record.index,
                            status=INVALID if parsed.readable else UNREADABLE, problems=parsed.problems)

    def check_value(self, source: str, value: Any, *, line: int | None = None, index: int | None = None,
                    raw: bytes | None = None) -> RecordResult:
        """The result for an already parsed value (``raw``: the text it was read from, if not yet checked for
        long integers)."""
        record_id = value.get("id") if isinstance(value, dict) else None
        record_id = record_id if isinstance(record_id, str) else None

        def result(status: Any, problems: Any = (), obj: Any = None) -> RecordResult:
            if problems and raw is not None and line is None and b"\n" in raw:
                # A multi-line document (a JSON Lines record has its line): only records with problems pay for
                # finding them in the text.
                problems = with_positions(problems, raw)
            return RecordResult(source=source, line=line, index=index, status=status, problems=tuple(problems),
                                record_id=record_id, value=obj if self.keep_values else None)

        accepted = self.validator.is_valid_schema(value)
        if accepted:
            if self.walk_valid and self._too_deep_value(value, raw):
                return result(UNREADABLE, [self._too_deep()])
        else:
            if self._too_deep_value(value, raw):
                return result(UNREADABLE, [self._too_deep()])
            if raw is not None and not self.integers_everywhere and number_evidence(raw):
                careful = diagnose(raw, max_depth=self.limits.max_depth)
                if careful.problems:
                    return self._unparsed(source, RawRecord(line, index), careful)
            problems = self.validator.invalid_problems(value, self.limits.max_problems)
            if problems:
                return result(INVALID, self._capped(problems))
            # The reference found nothing wrong: it has the last word, so the record goes on as valid.
        if self.schema_only:
            return result(VALID)
        obj, problems = load_checked(self.type, value, trusted=accepted and self.validator.trusted)
        if any(p.is_error for p in problems):
            return result(INVALID, self._capped(problems))
        return result(VALID, self._capped(problems), obj)  # warnings, if any, are reported on a valid record

    def _capped(self, problems: list[Problem]) -> list[Problem]:
        cap = self.limits.max_problems
        if len(problems) <= cap:
            return problems
        note = Problem(path=(), message=f"and more problems, not listed: at most {cap} are reported for one "
                       "record", check="too-many-problems", layer=INPUT)
        return [*problems[:cap], note]

    def _too_deep_value(self, value: Any, raw: bytes | None) -> bool:
        if raw is not None:
            # ``value`` was read from ``raw``, so it holds JSON types only: measured in Rust, or else from the text
            # (in C, rather than a Python walk of every node).
            found = deeper_than(value, self.limits.max_depth)
            return found if found is not None else text_depth_exceeds(raw, self.limits.max_depth)
        return depth_exceeds(value, self.limits.max_depth)

    def _too_deep(self) -> Problem:
        return Problem(path=(), message=f"nested deeper than the limit of {self.limits.max_depth} levels",
                       check="depth", layer=INPUT)
