"""What the two rules about suppression comments share: they are reported after all other rules have run."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from aibeleid_check.findings import Message
from aibeleid_check.rules.base import Context, Hit, Rule


class SuppressionRule(Rule):
    """Base of AIB901/AIB902; :mod:`aibeleid_check.suppressions` reports them through :meth:`hit`."""

    needs_policy = False
    messages: ClassVar[dict[str, tuple[str, str]]]
    """Kind of hit -> (Dutch, English) message templates with ``{codes}``-style fields."""

    def check(self, ctx: Context) -> Iterator[Hit]:
        return iter(())  # findings about suppressions need the other rules' findings first

    @classmethod
    def hit(cls, kind: str, line: int, column: int, **values: str) -> Hit:
        nl, en = cls.messages[kind]
        return Hit("", line, column, Message(nl=nl.format(**values), en=en.format(**values)))
