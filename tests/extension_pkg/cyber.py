"""An event type newsevents does not have, with its own fields and its own semantic check."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import newsevents
from newsevents import ID_MAX, ID_PATTERN, SEMANTIC, Article, ArticleIndex, Problem, Quantity, Span

__all__ = ["ATTACKER_CHECK", "CyberAttack", "check_attacker_is_actor"]

#: The name our check reports its problems under (prefixed, like the event's tag).
ATTACKER_CHECK = "acme.attacker-is-actor"


@newsevents.register
@newsevents.model
class CyberAttack(newsevents.Event):
    """An attack on computer systems: intrusion, data theft, sabotage or denial of service."""

    TYPE: ClassVar[str] = "acme.cyber_attack"

    vector: Span | None = newsevents.field(default=None, description="Where the text says how the attack was "
                                           "carried out (\"a phishing e-mail\").")
    attacker: str | None = newsevents.field(default=None, description="Id of the actor said to be behind it.",
                                            pattern=ID_PATTERN, max_length=ID_MAX)
    records_stolen: Quantity | None = newsevents.field(default=None, description="How many records were taken.")


def check_attacker_is_actor(article: Article, attack: CyberAttack, path: tuple[str | int, ...],
                            _index: ArticleIndex) -> Iterator[Problem]:
    """The attacker, when named, must be one of the article's actors (not a place, item or claim)."""
    if attack.attacker is None:
        return
    if attack.attacker not in {actor.id for actor in article.actors}:
        yield Problem(path=(*path, "attacker"), message=f"attacker {attack.attacker!r} is not an actor of the "
                      "article", check=ATTACKER_CHECK, layer=SEMANTIC)


newsevents.register_check(CyberAttack, check_attacker_is_actor)
