"""A concept: a set of words (each standing for all its forms, see :mod:`morph`) and word beginnings."""

from __future__ import annotations

from collections.abc import Iterable

from aibeleid_check.meaning.morph import Word, forms_of

_FUNCTION_WORDS = frozenset(
    # a base form never stands for one of these ("mens" is not "men", "wills" is not "will")
    "men wij je ze die dat wat wie als of en in op aan van is zijn was kan mag moet wil will can may must "
    "other our its his her their the a an and or to it this that these those".split()
)


_MEMO_SIZE = 4096
"""Form sets a concept remembers its answer for (a batch reads many texts; the memo starts again when full)."""


class Concept:
    __slots__ = ("name", "_entries", "_exact", "_prefixes", "_raw", "_memo")

    def __init__(self, name: str, *entries: str, raw: bool = False) -> None:
        """``raw``: match the word as written only, not its base forms (for function words: "alle" is a
        base form of "alleen", but not the same word). The forms are worked out when the concept is first
        asked (:meth:`_built`): a run that reads a few short texts never asks a third of them."""
        self.name = name
        self._raw = raw
        self._entries = entries
        self._exact: frozenset[str] | None = None
        self._prefixes: tuple[str, ...] = ()
        self._memo: dict[frozenset[str] | str, bool] = {}

    def _built(self) -> frozenset[str]:
        if self._exact is None:
            exact: set[str] = set()
            prefixes: list[str] = []
            for entry in self._entries:
                if entry.endswith("*"):
                    prefixes.append(entry[:-1])
                elif self._raw:
                    exact.add(entry)
                else:
                    exact |= {f for f in forms_of(entry) if f == entry or f not in _FUNCTION_WORDS}
            self._prefixes = tuple(prefixes)
            self._exact = frozenset(exact)
        return self._exact

    def matches(self, word: Word) -> bool:
        # (the engine's most frequent call, asked of the same word by many readings: remembered per form set)
        key = word.text if self._raw else word.forms  # (what the answer depends on)
        found = self._memo.get(key)
        if found is None:
            found = self._matches(word)
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            self._memo[key] = found
        return found

    def _matches(self, word: Word) -> bool:
        return self.matches_forms((word.text,) if self._raw else word.forms)

    def matches_forms(self, forms: Iterable[str]) -> bool:
        exact = self._built()
        forms = forms if isinstance(forms, (set, frozenset, tuple)) else tuple(forms)
        if not exact.isdisjoint(forms):  # (one set operation for the exact forms, then the word beginnings)
            return True
        prefixes = self._prefixes
        return bool(prefixes) and any(form.startswith(prefixes) for form in forms)

    def matches_part(self, word: Word) -> bool:
        """A modifier of the compound is this concept (klant in klantgegevens)."""
        return bool(word.parts) and self.matches_forms(word.parts)

    def __repr__(self) -> str:
        return f"Concept({self.name})"


def any_of(word: Word, *concepts: Concept) -> bool:
    """The word is one of these concepts."""
    return any(concept.matches(word) for concept in concepts)


def words(name: str, entries: str) -> Concept:
    """A concept from a word table written as one string: words and word beginnings (``control*``),
    separated by white space. Compiling one string is cheaper than compiling a thousand literals."""
    return Concept(name, *entries.split())


def words_raw(name: str, entries: str) -> Concept:
    """As :func:`words`, matching the words as written only (function words, see ``Concept``)."""
    return Concept(name, *entries.split(), raw=True)
