"""The kinds of force a rule can be stated with (:class:`Force`): prohibition, limit, obligation, permission,
the condition of a permission, a question, an aim or a statement; and which of them count.
"""

from __future__ import annotations

from enum import StrEnum


class Force(StrEnum):
    PROHIBITION = "prohibition"
    LIMIT = "limit"
    OBLIGATION = "obligation"
    PERMISSION = "permission"
    CONDITION = "condition"
    QUESTION = "question"
    AIM = "aim"
    STATEMENT = "statement"

    @property
    def counts(self) -> bool:
        """Whether a rule stated with this force is the rule (a permission, a question without an answer or an
        aim never is; the condition of a permission is, for whoever uses the permission: guide decision 1)."""
        return self not in (Force.PERMISSION, Force.QUESTION, Force.AIM)
