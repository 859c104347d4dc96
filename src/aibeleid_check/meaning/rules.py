"""The four prohibitions of the template as combinations of concepts and force.

- geen-persoonsgegevens / geen-bedrijfsgeheimen: the protected object, under a prohibition that also
  names an act or a destination (enter, share, paste, in AI tools), a limit ("alleen geanonimiseerde
  gegevens", "only approved tools with confidential data", "zonder patiëntgegevens", "nothing that
  could not be on the internet"), or an obligation that protects it (anonymise, remove, keep out).
- geen-eindbesluit: a decision (or deciding about people, money, permits, grades…) that is forbidden to
  AI, or that a person is said to take ("AI ondersteunt, de mens beslist").
- altijd-controleren: checking what AI produces as a duty, or not checking it as a prohibition
  ("ongezien overnemen", "at face value", "without verifying").
A permission, or a condition inside a permission, never counts (see :mod:`force`).
"""

from __future__ import annotations

from collections.abc import Callable

from aibeleid_check.meaning import checking as _checking
from aibeleid_check.meaning import decision as _decision
from aibeleid_check.meaning.checking import checking
from aibeleid_check.meaning.data_rules import personal, secret
from aibeleid_check.meaning.decision import decision
from aibeleid_check.meaning.finding import CHECKING, DECISION, PERSONAL, RULE_IDS, SECRETS

__all__ = ["CHECKING", "DECISION", "PERSONAL", "RECOGNISERS", "RULE_IDS", "SECRETS", "VETOES"]

RECOGNISERS = (
    (PERSONAL, personal),
    (SECRETS, secret),
    (DECISION, decision),
    (CHECKING, checking),
)

VETOES: tuple[tuple[str, Callable[..., bool]], ...] = (
    (DECISION, _decision.vetoed),
    (CHECKING, _checking.vetoed),
)
"""Per rule, whether a sentence read whole keeps its list members from being read alone for it (see
:func:`aibeleid_check.meaning.explain`): what the whole says of a member (its forbidden basis, that it is the
AI's task) is lost when the member stands alone."""
