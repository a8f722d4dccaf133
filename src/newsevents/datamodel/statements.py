"""Statements and quotes: who said what to whom, in which capacity and form, and how it reached the article."""

from __future__ import annotations

from typing import ClassVar

from .attribution import Attribution
from .evidence import Span
from .fields import field, model
from .references import ACTOR, ANY_ENTRY, ID_MAX, ID_PATTERN, LANGUAGE_PATTERN, PLACE, SOURCE
from .speech import Sourcing, Stance, StatementForm, Withholding
from .time import Time
from .unions import is_registered, register, union_root

__all__ = ["Quote", "Statement"]


@union_root
@model
class Statement:
    """Something an actor said or wrote, as the article reports it in its own words (indirect speech)."""

    TYPE: ClassVar[str] = "statement"

    id: str = field(description="Local id, unique within the article.", pattern=ID_PATTERN, max_length=ID_MAX)
    speaker: str | None = field(default=None, description="Id of the actor who said it, or of the document (an "
                                "item of kind document) it comes from.", pattern=ID_PATTERN, max_length=ID_MAX,
                                refers_to=SOURCE)
    capacity: str | None = field(default=None, description="The role the speaker spoke in (\"government "
                                 "spokesman\").", max_length=300)
    content: str = field(description="What was said, in the article's or a plain paraphrase.", max_length=5000)
    reporting_verb: str | None = field(default=None, description="The verb that introduces it (\"said\", "
                                       "\"wrote\").", max_length=60)
    medium: str | None = field(default=None, description="Where it was said or published (\"press conference\", "
                               "\"government statement\").", max_length=300)
    form: StatementForm | None = field(default=None, description="The kind of speech act or publication it was "
                                       "made in (interview, press conference, written statement, ...).")
    addressees: tuple[str, ...] = field(factory=tuple, description="Ids of the actors it was said to: the "
                                        "audience (\"told parliament\", \"told reporters\", \"in an interview with "
                                        "a broadcaster\").", pattern=ID_PATTERN, max_length=ID_MAX, max_items=50,
                                        unique_items=True, refers_to=ACTOR)
    venue: str | None = field(default=None, description="Id of the place or event where it was said (a press "
                              "conference, a session of parliament, a summit).", pattern=ID_PATTERN,
                              max_length=ID_MAX, refers_to=PLACE | {"event"})
    stances: tuple[Stance, ...] = field(factory=tuple, description="The attitude it takes toward each of its "
                                        "targets (\"welcomed the decision\").", max_items=50)
    withheld: Withholding | None = field(default=None, description="Set when the statement reports a refusal or "
                                         "a silence (\"declined to comment\", \"did not say when\"); `content` "
                                         "says what was kept back.")
    sourcing: Sourcing | None = field(default=None, description="How the publisher has it: first-hand, from the "
                                      "public record, or relayed by others.")
    language: str | None = field(default=None, description="BCP 47 tag of the language it was said in, when "
                                 "known.", pattern=LANGUAGE_PATTERN, max_length=35)
    time: Time | None = field(default=None, description="When it was said.")
    about: tuple[str, ...] = field(factory=tuple, description="Ids of the events, statements or actors it is "
                                   "about.", pattern=ID_PATTERN, max_length=ID_MAX, max_items=50,
                                   unique_items=True, refers_to=ANY_ENTRY)
    attribution: Attribution | None = field(default=None, description="The chain of sources it comes through.")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text reports it.", max_items=50)

    def __attrs_post_init__(self) -> None:
        if not is_registered(type(self)):
            raise TypeError(f"{type(self).__qualname__} is not a registered statement type; decorate it with "
                            "newsevents.register")


register(Statement)


@register
@model
class Quote(Statement):
    """A statement reported verbatim, in quotation marks. `text` is the quoted words exactly."""

    TYPE: ClassVar[str] = "quote"

    text: str = field(description="The quoted words, without the quotation marks, exactly as in the body.",
                      max_length=5000)
