"""What is not public, for the data rules: one kind of document ("stukken die nog niet openbaar zijn",
"not yet published results": business information, :func:`documents_not_public`), personal data ("Klantgegevens
die niet openbaar zijn", "niet-openbare persoonsgegevens": :func:`people_not_public`, :func:`public_of_people`), or
information of any kind.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning import objects
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.morph import Word

_HEAD_ENDS = frozenset(
    "may can could should must is are be will only that which when for in into with and or from to mag mogen "
    "kan kunnen moet moeten is zijn wordt worden die dat alleen in voor met en of uit naar bij".split()
)


_WHICH = frozenset("die dat that which".split())
_PREDICATE = frozenset(
    "is are zijn be been not niet nog yet al already ook made gemaakt have has had geweest wordt worden".split()
)
_PAPERS = frozenset("stukken stuk papers paper nota's notas".split())
_ANY_THING = frozenset(
    "niets iets alles wat anything everything something nothing whatever dingen things zaken stuff het it ze "
    "they them dit deze this these".split()
)


def documents_not_public(words: Words, places: list[Word]) -> bool:
    """'stukken die nog niet openbaar zijn', 'reports that are not yet public': what is not public is one kind
    of document, business information only, as 'niet-openbare stukken' is (guide); 'informatie die niet
    openbaar is' and 'niets wat niet openbaar is' are of any kind. A noun of no known kind counts only when its
    clause says it is not public ('Vraagprijzen die nog niet gepubliceerd zijn')."""
    for place in places:
        noun, negated = _qualified_noun(words, place)
        if noun is None:
            noun, negated = _unpublished_noun(words, place), True
        if noun is None or objects.personal_data((noun,)):
            continue
        if _known_kind(noun) or negated and _one_kind(noun):
            return True
    return False


_NOT_YET = frozenset("niet not nog yet".split())


def _unpublished_noun(words: Words, place: Word) -> Word | None:
    """'nog niet gepubliceerde cijfers', 'not yet published results': the noun right after a negated participle of
    publishing is what is not public, one kind of its own (as 'cijfers die nog niet gepubliceerd zijn' is)."""
    position = words.index(place)
    if not place.text.startswith(("gepubliceerd", "published")) or position + 1 >= len(words):
        return None
    if not any(w.text in _NOT_YET for w in words[max(0, position - 2) : position]):
        return None
    return words[position + 1]


def people_not_public(words: Words, places: list[Word]) -> bool:
    """'Klantgegevens die niet openbaar zijn': what is not public is personal data, that rule's only."""
    for place in places:
        noun, negated = _qualified_noun(words, place)
        if noun is not None and negated and objects.personal_data((noun,)):
            return True
    return False


def _qualified_noun(words: Words, place: Word) -> tuple[Word | None, bool]:
    """The noun whose relative clause says what is (not) public ('stukken' of 'stukken die nog niet openbaar
    zijn'), and whether the clause negates it."""
    position = words.index(place)
    window = words[max(0, position - 6) : position]
    which = [p for p, w in enumerate(window) if w.text in _WHICH]
    if not which or which[-1] == 0 or any(w.text not in _PREDICATE for w in window[which[-1] + 1 :]):
        return None, False  # ("work that involves any non-public information": the place is no predicate)
    noun = window[which[-1] - 1]
    at = words.index(noun)
    if any(w.text in _GENERIC for w in words[max(0, at - 2) : at]):
        return None, False  # "informatie of verhalen die niet gepubliceerd zijn": of any kind
    return noun, any(w.text in ("niet", "not") for w in window[which[-1] + 1 :])


def _one_kind(noun: Word) -> bool:
    """'Vraagprijzen die nog niet gepubliceerd zijn', 'prices that have not been published': the relative clause
    qualifies one noun, a kind of its own, and its negation limits that noun, not the whole sentence."""
    if noun.text in _GENERIC or noun.text in _ANY_THING or noun.text in _HEAD_ENDS:
        return False
    return _plain_noun(noun)


def _known_kind(noun: Word) -> bool:
    return noun.text not in _GENERIC and (
        c.DATA.matches(noun) or c.BUSINESS_OBJECTS.matches(noun) or noun.text in _PAPERS
    )


def _plain_noun(word: Word) -> bool:
    """A content word that can head a noun phrase (no preposition, pronoun or verb particle before *die*/*that*)."""
    return len(word.text) > 3 and word.text.isalpha() and word.text not in _NOT_NOUNS


_NOT_NOUNS = frozenset(
    "into naar over onder boven tussen zonder within binnen buiten omdat zodat tools tool anders ander andere other "
    "others anderen".split()
)
_GENERIC = frozenset("informatie information info data gegevens materiaal material materials content inhoud".split())


def public_of_people(words: Words, found: list[Word]) -> bool:
    """'client non-public personal information', 'niet-openbare persoonsgegevens': what is not public is data
    about people, personal data only (as 'sensitive personal data' is, guide decision 3)."""
    unpublished = [w for w in found if w.text.startswith(("niet-", "non-"))]
    return bool(unpublished) and all(
        objects.personal_data(words[words.index(w) + 1 : words.index(w) + 3]) for w in unpublished
    )
