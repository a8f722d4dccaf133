"""A downstream extension of newsevents, written as another project would write it (the "acme" project).

Importing it registers an event type and a semantic check process-wide; the tests that use it import it through
a fixture and undo the registration afterwards, so the library's own tests never see it.
"""

from .cyber import CyberAttack, check_attacker_is_actor

__all__ = ["CyberAttack", "check_attacker_is_actor"]
