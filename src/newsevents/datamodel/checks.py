"""Semantic checks: what JSON Schema cannot say about an article.

Ids are unique, references resolve to the right kind of entry, evidence spans match the body, relative times
have an anchor, bounds are ordered. The walk is generic over attrs fields, so a downstream event type with
its own spans, times and references is checked without code of its own; extra checks can be registered.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from . import messages
from .actors import Actor
from .amountchecks import check_duration, check_grouping, check_quantity_parts, check_recurrence
from .article import Article, SourceValue
from .attribution import Attribution, Hop
from .claimchecks import SPEECH_CHECKS
from .events import Participant
from .evidence import Span
from .fields import spec_of
from .links import Grouping
from .placechecks import check_places_within
from .policy import PolicyChange, Provision
from .problems import ERROR, SEMANTIC, WARNING, PathPart, Problem, json_path
from .provisions import Validity
from .quantity import Quantity
from .references import ENTRY_COLLECTIONS, kinds_wanted
from .relations import Relation
from .rolechecks import check_about, check_participant
from .rulechecks import (
    IN_EFFECT,
    NOT_HAPPENED,
    article_rule_problems,
    change_problems,
    hop_source_problems,
    provision_problems,
    speaker_problems,
    validity_problems,
)
from .situations import Situation
from .statements import Quote, Statement
from .time import PUBLICATION, Duration, Recurrence, Time
from .timechecks import time_value_problems
from .visitors import Quiet, Visitor, child_fields, compile_visitor
from .vocab import Precision, ValueStatus

__all__ = ["ArticleIndex", "Check", "check_article", "register_check", "unregister_check"]

Path = tuple[PathPart, ...]
#: A check for one model class: given the article, the object and its path, yield (or return) its problems.
Check = Callable[[Article, Any, Path, "ArticleIndex"], Iterable[Problem]]

_EXTRA_CHECKS: dict[type[Any], list[Check]] = {}


def register_check(cls: type[Any], check: Check, *, severity: str | None = None) -> None:
    """Run ``check`` on every instance of ``cls`` (and its subclasses) found in an article. Its problems keep the
    severity they are made with (``error`` by default); ``severity`` ("error" or "warning") gives all of them that
    one instead, e.g. to run someone else's check as advice only."""
    _EXTRA_CHECKS.setdefault(cls, []).append(check if severity is None else _with_severity(check, severity))
    _CHECKS_OF.clear()
    _VISITORS.clear()


def unregister_check(cls: type[Any], check: Check) -> None:
    """Stop running a check registered with `register_check`; ValueError if it was not registered."""
    registered = _EXTRA_CHECKS.get(cls, [])
    registered.remove(next((c for c in registered if getattr(c, "__wrapped__", c) is check), check))
    _CHECKS_OF.clear()
    _VISITORS.clear()


def _with_severity(check: Check, severity: str) -> Check:
    if severity not in (ERROR, WARNING):
        raise ValueError(f"severity must be {ERROR!r} or {WARNING!r}, not {severity!r}")

    def checked(article: Article, obj: Any, path: Path, index: ArticleIndex) -> list[Problem]:
        return [attrs.evolve(p, severity=severity) for p in check(article, obj, path, index)]

    checked.__wrapped__ = check  # type: ignore[attr-defined]  # what unregister_check is given
    return checked


def _problem(path: Path, message: str, check: str, severity: str = ERROR) -> Problem:
    return Problem(path=path, message=message, check=check, layer=SEMANTIC, severity=severity)


@attrs.frozen
class ArticleIndex:
    """The article's entries by id, with their kind (actor, place, item, event or statement)."""

    kinds: dict[str, str]

    def kind_of(self, ref: str) -> str | None:
        """The kind of entry `ref` names, or None when no entry has that id."""
        return self.kinds.get(ref)


def _index(article: Article) -> tuple[ArticleIndex, list[Problem]]:
    kinds: dict[str, str] = {}
    first_seen: dict[str, Path] = {}
    problems: list[Problem] = []
    for member, kind in ENTRY_COLLECTIONS:
        for index, entry in enumerate(getattr(article, member)):
            path: Path = (member, index, "id")
            if entry.id in kinds:
                problems.append(_problem(path, f"id {entry.id!r} is already used by {json_path(first_seen[entry.id])}",
                                         "unique-id"))
                continue
            kinds[entry.id] = kind
            first_seen[entry.id] = path
    if PUBLICATION in kinds:
        problems.append(_problem(first_seen[PUBLICATION], f"id {PUBLICATION!r} is reserved for the publication "
                                 "time anchor", "unique-id"))
    return ArticleIndex(kinds), problems


def _ref(index: ArticleIndex, path: Path, ref: str | None, allowed: frozenset[str]) -> Iterator[Problem]:
    if ref is None or (ref == PUBLICATION and PUBLICATION in allowed):
        return
    kind = index.kinds.get(ref)
    wanted = kinds_wanted(allowed)
    if kind is None:
        yield _problem(path, messages.unresolved(ref, wanted), "reference-resolves")
    elif kind not in allowed:
        yield _problem(path, messages.wrong_kind(ref, kind, wanted), "reference-kind")


_REFERENCE_FIELDS: dict[type[Any], tuple[tuple[str, str, frozenset[str]], ...]] = {}


def _reference_fields(cls: type[Any]) -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(attribute, JSON name, kinds) of each reference field of a model class, worked out once per class."""
    found = _REFERENCE_FIELDS.get(cls)
    if found is None:
        found = _REFERENCE_FIELDS[cls] = tuple(
            (a.name, spec_of(a).json_name or a.name, spec_of(a).refers_to)
            for a in attrs.fields(cls) if spec_of(a).refers_to)
    return found


#: The common case of a span, nothing to report (see `Quiet`): it matches the body, and a cut on either side is
#: not inside a word (one character test decides most: the character before a span is seldom a letter).
#: The offsets are read once into ``qs`` and ``qe`` (names the visitors keep free for it).
_SPAN_QUIET = ("((qs := {o}.start) < (qe := {o}.end) <= blen and body[qs:qe] == {o}.text"
               " and not (qs and body[qs - 1].isalnum() and body[qs].isalnum())"
               " and not (qe < blen and body[qe].isalnum() and body[qe - 1].isalnum()))")
# The same test as a function, for `_check_span` itself: one text, so the two cannot drift apart.
_span_quiet = eval(f"lambda span, body, blen: {_SPAN_QUIET.format(o='span')}")


def _check_span(article: Article, span: Span, path: Path, _: ArticleIndex) -> Iterable[Problem]:
    body = article.body
    if _span_quiet(span, body, len(body)):
        return ()
    start, end = span.start, span.end
    if start < end <= len(body) and body[start:end] == span.text:
        # It matches the text but cuts a word ("Iran" from "Iranian"): almost always a mistake.
        return (_problem(path, f"the span {span.text[:60]!r} starts or ends inside a word "
                         f"({body[max(0, start - 10):end + 10]!r})", "span-word-boundary", WARNING),)
    return _span_problems(body, span, path)


def _span_problems(body: str, span: Span, path: Path) -> Iterator[Problem]:
    if span.start >= span.end:
        yield _problem(path, messages.span_order(span.start, span.end), "span-order")
        return
    if span.end > len(body):
        yield _problem((*path, "end"), messages.span_past_body(span.end, len(body)), "span-in-body")
        return
    actual = body[span.start:span.end]
    if actual != span.text:
        yield _problem((*path, "text"), messages.span_text(span.start, span.end, actual, span.text,
                                                           body.find(span.text)), "span-matches-body")


def _check_time(article: Article, time: Time, path: Path, index: ArticleIndex) -> Iterator[Problem]:
    if time.relative and time.anchor is None:
        yield _problem(path, "a relative time needs an anchor (what it is relative to)", "relative-time-anchor")
    if time.earliest is not None and time.latest is not None and time.earliest > time.latest:
        yield _problem(path, messages.bounds_order("earliest", time.earliest, "latest", time.latest), "interval-order")
    if time.status is ValueStatus.UNDETERMINED and (time.value or time.earliest or time.latest):
        yield _problem(path, "an undetermined time cannot also give a value or bounds", "undetermined-empty")
    if time.value is not None:
        expected = _precision_of(time.value)
        if time.precision is None:
            yield _problem(path, f"value {time.value!r} needs a precision ({expected.value})", "value-precision")
        elif time.precision is not expected:
            yield _problem((*path, "precision"), f"value {time.value!r} has {expected.value} precision, not "
                           f"{time.precision.value}", "value-precision")
    elif time.precision not in (None, Precision.ERA):
        yield _problem(path, f"precision {time.precision.value} is given without a value", "value-precision")
    if time.precision is Precision.ERA and time.era is None:
        yield _problem(path, "an era needs its name in \"era\"", "era-named")
    if time.value is not None or time.anchor is not None:
        problems = time_value_problems(article, time, path)
        if problems:
            yield from problems


def _precision_of(value: str) -> Precision:
    """The precision a normalised value is written at (the pattern has already vetted its shape)."""
    if "T" in value:
        return Precision.INSTANT
    if "-W" in value:
        return Precision.WEEK
    if "-Q" in value:
        return Precision.QUARTER
    if value.endswith("XX"):
        return Precision.CENTURY
    if value.endswith("X"):
        return Precision.DECADE
    return {4: Precision.YEAR, 7: Precision.MONTH, 10: Precision.DAY}[len(value)]


def _check_quantity(_: Article, quantity: Quantity, path: Path, __: ArticleIndex) -> Iterator[Problem]:
    low, high, value = quantity.minimum, quantity.maximum, quantity.value
    if low is not None and high is not None and low > high:
        yield _problem(path, messages.bounds_order("minimum", low, "maximum", high), "interval-order")
    if value is not None and ((low is not None and value < low) or (high is not None and value > high)):
        yield _problem((*path, "value"), messages.outside_bounds(value, low, high), "value-in-bounds")
    if quantity.status is ValueStatus.UNDETERMINED and (value is not None or low is not None or high is not None):
        yield _problem(path, "an undetermined quantity cannot also give a value or bounds", "undetermined-empty")
    yield from check_quantity_parts(_, quantity, path, __)


def _check_quote(_: Article, quote: Quote, path: Path, __: ArticleIndex) -> Iterator[Problem]:
    if quote.evidence and not any(quote.text in span.text for span in quote.evidence):
        yield _problem((*path, "text"), "a direct quote's text must appear verbatim in one of its evidence spans",
                       "quote-in-evidence")


#: Realis values that say a change has not taken place, which no status of a change in effect can follow.
_NOT_HAPPENED, _IN_EFFECT = NOT_HAPPENED, IN_EFFECT


def _check_policy(_: Article, change: PolicyChange, path: Path, index: ArticleIndex) -> Iterator[Problem]:
    if change.realis in _NOT_HAPPENED and change.status in _IN_EFFECT:
        yield _problem((*path, "status"), f"status {change.status.value} says the change took effect, but realis "
                       f"{change.realis.value} says it has not happened", "realis-status")
    for side in ("before", "after"):
        seen: set[str] = set()
        for i, provision in enumerate(getattr(change, side)):
            if provision.id in seen:
                yield _problem((*path, side, i, "id"), f"provision id {provision.id!r} repeats in {side}",
                               "unique-id")
            seen.add(provision.id)
    yield from change_problems(change, path, index.kinds)


def _check_actor(_: Article, actor: Actor, path: Path, __: ArticleIndex) -> Iterator[Problem]:
    for i, affiliation in enumerate(actor.affiliations):
        if affiliation.actor == actor.id:
            yield _problem((*path, "affiliations", i, "actor"), "an actor cannot be affiliated with itself",
                           "no-self-reference")


def _check_attribution(article: Article, attribution: Attribution, path: Path,
                       index: ArticleIndex) -> Iterator[Problem]:
    publisher = article.publisher  # a publisher that names no actor is reported as a reference problem instead
    if (publisher is not None and attribution.chain and attribution.chain[0].source != publisher
            and index.kind_of(publisher) == "actor"):
        yield _problem((*path, "chain", 0, "source"), f"the chain starts with {attribution.chain[0].source!r}, but "
                       f"the article's publisher is {publisher!r}: the chain runs publisher first, origin last",
                       "attribution-publisher", WARNING)
    for i in range(1, len(attribution.chain)):
        if attribution.chain[i].source == attribution.chain[i - 1].source:
            yield _problem((*path, "chain", i, "source"), "consecutive hops name the same source",
                           "distinct-hops")


def _check_relation(_: Article, relation: Relation, path: Path, __: ArticleIndex) -> Iterator[Problem]:
    if relation.source == relation.target:
        yield _problem(path, "a relation cannot link an entry to itself", "no-self-reference")


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def _check_source_value(_: Article, kept: SourceValue, path: Path, __: ArticleIndex) -> Iterator[Problem]:
    if kept.value is None and kept.replaced is None:
        yield _problem(path, "a kept source value needs a value or what it replaced (or both)", "source-value")
    for name in ("value", "replaced"):
        text = getattr(kept, name)
        if text is None:
            continue
        try:
            json.loads(text, parse_constant=_refuse_constant)
        except ValueError as exc:
            yield _problem((*path, name), f"{name} is not JSON text ({exc})", "source-value")
    if kept.value is not None and kept.value == kept.replaced:
        yield _problem(path, "value and replaced are the same: nothing needs keeping", "source-value")


#: The built-in checks of each class: this module's and those of the topic modules beside it, in that order.
_BUILTIN_CHECKS: dict[type[Any], tuple[Check, ...]] = {
    Actor: (_check_actor,),
    Article: (article_rule_problems, check_places_within, *SPEECH_CHECKS[Article]),
    Attribution: (_check_attribution,),
    Duration: (check_duration,),
    Grouping: (check_grouping,),
    Hop: (hop_source_problems,),
    Participant: (check_participant,),
    PolicyChange: (_check_policy,),
    Provision: (provision_problems,),
    Quantity: (_check_quantity,),
    Quote: (_check_quote,),
    Recurrence: (check_recurrence,),
    Relation: (_check_relation,),
    Situation: (check_about,),
    SourceValue: (_check_source_value,),
    Span: (_check_span,),
    Statement: (speaker_problems, check_about, *SPEECH_CHECKS[Statement]),
    Time: (_check_time,),
    Validity: (validity_problems,),
    **{cls: checks for cls, checks in SPEECH_CHECKS.items() if cls not in (Article, Statement)},
}


def _vote_checks() -> dict[type[Any], tuple[Check, ...]]:
    from .justicetypes import Election, Vote
    from .votechecks import check_election, check_vote

    return {Election: (check_election,), Vote: (check_vote,)}


#: Built-in checks of classes whose module loads only when a document names one of its event types (`unions`):
#: added to the table the first time a class from that module is checked.
_CHECKS_BY_MODULE: dict[str, Callable[[], dict[type[Any], tuple[Check, ...]]]] = {
    "newsevents.datamodel.justicetypes": _vote_checks}

#: The checks that apply to each model class (its own and its bases', built-in and registered), worked out once;
#: registering or unregistering a check clears it.
_CHECKS_OF: dict[type[Any], tuple[Check, ...]] = {}


def _checks_of(cls: type[Any]) -> tuple[Check, ...]:
    found = _CHECKS_OF.get(cls)
    if found is None:
        for klass in cls.__mro__:
            if klass.__module__ in _CHECKS_BY_MODULE:
                _BUILTIN_CHECKS.update(_CHECKS_BY_MODULE.pop(klass.__module__)())
        checks: list[Check] = []
        for klass in cls.__mro__:
            checks.extend(_BUILTIN_CHECKS.get(klass, ()))
            checks.extend(_EXTRA_CHECKS.get(klass, ()))
        found = _CHECKS_OF[cls] = tuple(checks)
    return found


_VISITORS: dict[type[Any], Visitor] = {}


def _skip(obj: Any, path: Path, article: Article, index: ArticleIndex, problems: list[Problem]) -> None:
    """The visitor of a value that is not a model object."""


#: Checks that can tell from the object alone that they have nothing to report, and the test that tells.
_QUIET: dict[Check, Quiet] = {_check_span: _SPAN_QUIET}


def _quiet(cls: type[Any]) -> Quiet | None:
    """The test that an object of ``cls`` has nothing to report, when its visitor would do nothing but run one
    check that has such a test (no references to check, no children, no other check registered)."""
    checks = _checks_of(cls)
    if len(checks) != 1 or checks[0] not in _QUIET or _reference_fields(cls) or child_fields(cls):
        return None
    return _QUIET[checks[0]]


def _visitor(cls: type[Any]) -> Visitor:
    """The visitor of a class, generated once (registering or unregistering a check clears them all)."""
    found = _VISITORS.get(cls)
    if found is None:
        found = _VISITORS[cls] = _skip if not attrs.has(cls) else compile_visitor(
            cls, references=_reference_fields(cls), checks=_checks_of(cls), children=child_fields(cls),
            visitors=_VISITORS, visitor_of=_visitor, reference_problems=_ref, quiet=_quiet)
    return found


def prepare_visitors(classes: Iterable[type[Any]]) -> None:
    """Generate now the visitor of each class (`codegen.recording` collects their source)."""
    for cls in classes:
        _visitor(cls)


def check_article(article: Article) -> list[Problem]:
    """Run every semantic check on ``article``; an empty list means it passes."""
    index, problems = _index(article)
    # Pre-order, each object's reference problems before its checks' and its children's: the reporting order.
    _visitor(article.__class__)(article, (), article, index, problems)
    return problems
