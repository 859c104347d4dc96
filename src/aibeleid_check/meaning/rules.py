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

from aibeleid_check.meaning.checking import checking
from aibeleid_check.meaning.data_rules import personal, secret
from aibeleid_check.meaning.decision import decision
from aibeleid_check.meaning.finding import CHECKING, DECISION, PERSONAL, RULE_IDS, SECRETS

__all__ = ["CHECKING", "DECISION", "PERSONAL", "RECOGNISERS", "RULE_IDS", "SECRETS"]

RECOGNISERS = (
    (PERSONAL, personal),
    (SECRETS, secret),
    (DECISION, decision),
    (CHECKING, checking),
)
