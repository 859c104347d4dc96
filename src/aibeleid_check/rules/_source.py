"""Shared base for the rules that report problems of the file itself (the source stage)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from aibeleid_check.findings import Message
from aibeleid_check.model import canonical_path
from aibeleid_check.rules.base import Context, Hit, Rule
from aibeleid_check.source import SourceKind, SourceProblem


class SourceRule(Rule):
    """Reports the source problems of the kinds it handles; subclasses say how to word them."""

    kinds: ClassVar[frozenset[SourceKind]]
    needs_policy = False

    def check(self, ctx: Context) -> Iterator[Hit]:
        for problem in ctx.document.problems if ctx.document else ():
            if problem.kind in self.kinds:
                yield Hit(canonical_path(problem.path), problem.line, problem.column, self.message(problem))

    def message(self, problem: SourceProblem) -> Message:
        raise NotImplementedError
