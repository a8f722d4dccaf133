"""Provisions in time and scope: when a rule holds, what it covers, its exceptions and conditions, its links.

These are the parts of `Provision` (in policy.py) that 1.1 adds; each is optional, so 1.0 provisions stay
valid as they are.
"""

from __future__ import annotations

from .attribution import Attribution
from .evidence import Span
from .fields import field, model
from .references import ID_MAX, ID_PATTERN, SITUATION
from .time import Duration, Time
from .vocab import DescribedEnum

__all__ = ["ChangeDirection", "ProvisionLink", "ProvisionLinkType", "Qualification", "QualificationKind",
           "Validity"]

#: What a qualification may name: the goods, parties, places and states of affairs it is about.
QUALIFIED = frozenset({"actor", "item", "place", "situation"})


class ChangeDirection(DescribedEnum):
    """Which way a change moves a rule, said even when the text does not give the old rule."""

    INTRODUCED = "introduced", "A new rule where there was none."
    EASED = "eased", "The rule binds less: fewer parties or goods, more exceptions, a lighter duty."
    TIGHTENED = "tightened", "The rule binds more: more parties or goods, fewer exceptions, a heavier duty."
    EXTENDED = "extended", "The rule holds for longer."
    SHORTENED = "shortened", "The rule ends sooner."
    SUSPENDED = "suspended", "The rule stops applying for a time and may apply again."
    LIFTED = "lifted", "The rule is ended by decision (a ban or sanction lifted)."
    REPEALED = "repealed", "The instrument or rule is withdrawn as law."
    CLARIFIED = "clarified", "The wording or reading of the rule is made precise without changing its reach."


class ProvisionLinkType(DescribedEnum):
    """How one provision stands to another one (usually one of an earlier change)."""

    AMENDS = "amends", "This provision is the other one as altered; the other one no longer holds as it was."
    SUPERSEDES = "supersedes", "This provision replaces the other one, which no longer holds."
    NARROWS = "narrows", "This provision covers part of what the other one covered."
    WIDENS = "widens", "This provision covers more than the other one covered."
    EXTENDS = "extends", "This provision holds the other one's rule for longer."


class QualificationKind(DescribedEnum):
    """Whether a qualification takes cases out of a rule or puts terms on it."""

    EXCEPTION = "exception", "Cases the rule does not apply to (\"except shipments under existing contracts\")."
    CONDITION = "condition", "Terms under which the rule applies (\"while the state of emergency lasts\")."


@model
class Validity:
    """When a provision holds: from, until, or for a duration, each anchored like any time.

    "until the end of next month" is an `until` time relative to the publication; "for two weeks" a
    `duration`; "for the duration of the festival" an `until_situation` naming the festival as a situation.
    """

    start: Time | None = field(default=None, description="When the provision starts to hold (inclusive).")
    until: Time | None = field(default=None, description="When it stops holding (the last time it holds).")
    duration: Duration | None = field(default=None, description="How long it holds (\"for 30 days\").")
    until_situation: str | None = field(default=None, description="Id of the situation whose end ends the "
                                        "provision (\"for the duration of the festival\").", pattern=ID_PATTERN,
                                        max_length=ID_MAX, refers_to=SITUATION)
    text: str | None = field(default=None, description="The wording (\"for 60 days from Monday\").", max_length=500)
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the validity.",
                                       max_items=20)


@model
class Qualification:
    """An exception to or a condition of a provision, as a structured entry.

    Qualifications nest by id: an exception to an exception names the qualification it qualifies in `within`.
    """

    id: str = field(description="Id, unique among the provision's qualifications.", pattern=ID_PATTERN,
                    max_length=ID_MAX)
    kind: QualificationKind = field(description="Exception or condition.")
    description: str = field(description="The case in a plain phrase (\"rice sent as humanitarian aid\").",
                             max_length=500)
    about: tuple[str, ...] = field(factory=tuple, description="Ids of the items, actors, places or situations it "
                                   "names.", pattern=ID_PATTERN, max_length=ID_MAX, max_items=50,
                                   unique_items=True, refers_to=QUALIFIED)
    within: str | None = field(default=None, description="Id of the qualification of the same provision that "
                               "this one qualifies (an exception to an exception).", pattern=ID_PATTERN,
                               max_length=ID_MAX)
    attribution: Attribution | None = field(default=None, description="Who gives it, when not the provision's "
                                            "source.")
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives it.", max_items=20)


@model
class ProvisionLink:
    """A typed link from a provision to another provision of the article, named by its provision id."""

    type: ProvisionLinkType = field(description="What the link is.")
    target: str = field(description="Provision id of the other provision (in any policy change of the article).",
                        pattern=ID_PATTERN, max_length=ID_MAX)
    evidence: tuple[Span, ...] = field(factory=tuple, description="Where the text gives the link.", max_items=20)
