"""The words of a sentence as the object finders walk them: a concept near a position, the next word."""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.morph import Word

Words = tuple[Word, ...]


def _near(words: Words, position: int, concept: c.Concept, before: int, after: int) -> Word | None:
    for other in words[max(0, position - before) : position + after + 1]:
        if other.index != words[position].index and concept.matches(other):
            return other
    return None


def _next_text(words: Words, position: int) -> str:
    return words[position + 1].text if position + 1 < len(words) else ""
