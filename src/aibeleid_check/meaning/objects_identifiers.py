"""One identifier of a person (:func:`one_identifier`): a BSN, a phone number, a date of birth, an ID number."""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.objects_words import Words, _next_text
from aibeleid_check.meaning.words_data import NARROW_IDENTIFIERS

_NUMBERS = frozenset(("number", "numbers", "nummer", "nummers"))
_ID_WORDS = frozenset(("id", "identification", "identificatie", "identity"))
_ID_BEFORE = frozenset(
    "the a an any your their his her its no geen je uw hun of or and en with met de het een all alle".split()
)
_IDENTIFIABLE = ("identifiable", "identificeerba", "herleidba", "traceable")


def one_identifier(words: Words, found: list[Word]) -> bool:
    """'Vul nooit het BSN van een cliënt in', 'a client's social security number', 'het telefoonnummer van een klant':
    the only personal data the sentence names is one code or contact detail of a person. Forbidding it leaves names,
    addresses and files allowed, so it is not the rule; a list of identifiers ('BSN's of geboortedata'), a name, or a
    general word beside it ('het BSN of andere gegevens van een cliënt') is."""
    if not found or any(w.after >= 0 for w in found) or not all(_narrow(words, words.index(w)) for w in found):
        return False  # ("gevoelige gegevens (BSN, financiële cijfers, …)": an example of the general word)
    named = [p for p in range(len(words)) if _narrow(words, p) or _birth_date(words, p)]
    return len(named) == 1


def _narrow(words: Words, position: int) -> bool:
    """One code or contact detail of a person: a BSN, an IBAN, a phone number, a social security number, an ID
    number."""
    word = words[position]
    if NARROW_IDENTIFIERS.matches(word) or NARROW_IDENTIFIERS.matches_part(word):
        return True
    numbered = _next_text(words, position) in _NUMBERS
    return numbered and (c.PHONE.matches(word) or word.text in _ONE_ID)


_ONE_ID = frozenset(("id", "identity"))  # ("identification numbers" are every number that identifies: a category)


def _birth_date(words: Words, position: int) -> bool:
    """'dates of birth', 'date of birth': an identifier in three words."""
    return words[position].text in ("date", "dates") and [w.text for w in words[position + 1 : position + 3]] == [
        "of",
        "birth",
    ]


def _persons_id(words: Words, position: int) -> bool:
    """'student ID numbers', 'identification numbers', 'your ID number': a number that identifies a person (not
    'the ticket ID number', the number of a thing)."""
    if not position:
        return True
    before = words[position - 1]
    return (
        before.text in _ID_BEFORE
        or c.PEOPLE.matches(before)
        or c.PERSONAL_ADJ.matches(before)  # "your personal ID numbers"
        or c.INPUT.matches(before)
        or c.ENTER.matches(before)
        or before.text.endswith("-")
    )
