"""Statements as speech acts: how something was said, to whom, with which stance, or that it was withheld."""

from __future__ import annotations

from .evidence import Span
from .fields import field, model
from .references import ANY_ENTRY, ID_MAX, ID_PATTERN
from .vocab import DescribedEnum

__all__ = ["Sourcing", "Stance", "StanceType", "StatementForm", "Withholding"]


class StatementForm(DescribedEnum):
    """The kind of speech act or publication a statement was made in (beside the free-text `medium`)."""

    INTERVIEW = "interview", "Answers given in an interview with a journalist or outlet."
    PRESS_CONFERENCE = "press_conference", "Remarks at a press conference called by the speaker or a host."
    BRIEFING = "briefing", "A briefing to reporters, on or off the record (\"told a briefing\")."
    REMARKS = "remarks", "Informal remarks to reporters or bystanders (on the sidelines, at a doorstep)."
    WRITTEN_STATEMENT = "written_statement", "A statement issued in writing (\"said in a statement\")."
    PRESS_RELEASE = "press_release", "A press release or published notice from an organisation."
    SOCIAL_MEDIA_POST = "social_media_post", "A post on a social-media platform or messaging channel."
    SPEECH = "speech", "A prepared address to an audience."
    PARLIAMENTARY = "parliamentary", ("Words spoken in a session of a legislature or one of its committees: a "
                                      "debate, question time, an answer to a member's question.")
    TESTIMONY = "testimony", "Evidence given to a court, inquiry or hearing, usually under oath."
    COURT_FILING = "court_filing", "A document filed in court proceedings."
    REPORT = "report", "A published report, study, forecast or data release."
    LETTER = "letter", "A letter to a named addressee, open or private."
    LEAK = "leak", "Words from a document or message made public without its author's consent."
    OTHER = "other", "Another form; say which in `medium`."


class StanceType(DescribedEnum):
    """The attitude a statement takes toward one of its targets."""

    SUPPORTS = "supports", "Backs the target or argues for it."
    WELCOMES = "welcomes", "Receives the target gladly (\"welcomed the decision\")."
    PRAISES = "praises", "Commends the target or those behind it."
    OPPOSES = "opposes", "Is against the target and argues or acts against it."
    CRITICISES = "criticises", "Finds fault with the target (\"criticised the plan as rushed\")."
    CONDEMNS = "condemns", "Censures the target in the strongest terms (attacks, abuses)."
    REJECTS = "rejects", "Turns the target down (a demand, an offer, an accusation)."
    DENIES = "denies", "Says the target (an event, a claim, an accusation) is not true."
    DOUBTS = "doubts", "Questions whether the target is true, right or will happen."
    WARNS = "warns", "Warns of or about the target (a risk, a consequence)."
    REASSURES = "reassures", "Says the target is no cause for concern (\"there is no risk to customers\")."
    REGRETS = "regrets", "Expresses sorrow or disappointment about the target."
    NEUTRAL = "neutral", "Speaks of the target without taking a side (\"is studying the proposal\")."


class Withholding(DescribedEnum):
    """How a source kept something back: the statement reports a refusal or a silence, not content."""

    DECLINED_TO_COMMENT = "declined_to_comment", "The source was asked and declined to comment."
    DID_NOT_SAY = "did_not_say", ("The source spoke but left a point open (\"did not say when\"); `about` or "
                                  "`content` names the point.")
    WOULD_NOT_CONFIRM = "would_not_confirm", "The source would not confirm the point it was asked about."
    NEITHER_CONFIRMED_NOR_DENIED = "neither_confirmed_nor_denied", "The source would neither confirm nor deny."
    NO_RESPONSE = "no_response", ("The source did not respond to requests for comment (by the time of "
                                  "publication).")
    NOT_REACHED = "not_reached", "The source could not be reached for comment."


class Sourcing(DescribedEnum):
    """How the publisher has the statement: from the speaker, from the public record, or through others."""

    FIRST_HAND = "first_hand", ("The speaker said it to the publisher itself (\"told Reuters\", an interview "
                                "with the outlet).")
    PUBLIC = "public", ("The speaker said it in public, where the publisher heard or read it (a press "
                        "conference, a statement, a post).")
    RELAYED = "relayed", ("The publisher has it from others who report it (\"according to people familiar "
                          "with the talks\"); `attribution` names them.")


@model
class Stance:
    """The attitude a statement takes toward one target: "the union welcomed the decision"."""

    target: str = field(description="Id of what the stance is toward: an event, statement, situation, actor, "
                        "value claim or other entry.", pattern=ID_PATTERN, max_length=ID_MAX, refers_to=ANY_ENTRY)
    stance: StanceType = field(description="The attitude taken.")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the stance "
                                       "(\"welcomed\").", max_items=20)
