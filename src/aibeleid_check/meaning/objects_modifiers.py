"""How a modifier reaches a data word, for :func:`.objects.personal_data`: next to it or through a list of
modifiers ("customer, student or employee data"), as a predicate ("data that is private"), not across a verb.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.objects_words import Words

_JOINING = frozenset(("and", "or", "en", "of", "&", "/", "and/or", "en/of"))


def _modifies(words: Words, person: Word, head: Word) -> bool:
    """A person word modifies the data word only next to it or through a list of modifiers ("customer
    data", "client, donor and staff records"); "medewerkers om geen vertrouwelijke informatie" is no pair."""
    between = [w for w in words if person.index < w.index < head.index]
    if len(between) == 1 and _modifier_noun(between[0]):
        return True  # "student education records", "patient health information", "customer contact details"
    return all(
        w.text in _JOINING or c.PEOPLE.matches(w) or c.PERSONAL_ADJ.matches(w) or c.SENSITIVE.matches(w)
        for w in between
    ) or len(between) > 1 and all(w.text in _JOINING or w.text in _LIST_FILLERS or w.text.endswith("-") or _listed(w)
                                  for w in between)  # fmt: skip


def _listed_head(words: Words, position: int) -> Word | None:
    """'personal, student, financial, intellectual property, or other confidential information', 'customer,
    patient, employee, credential, or contract data': the data word at the end of a list of modifiers."""
    for other in words[position + 1 : position + 12]:
        if c.DATA.matches(other):
            return other
        if not (other.text in _JOINING or other.text in _LIST_FILLERS or other.text.endswith("-") or _listed(other)):
            return None
    return None


_LIST_FILLERS = frozenset("other andere overige property eigendom regulated protected gereguleerde".split())


_LISTED_KINDS = (
    c.PEOPLE,
    c.PERSONAL_ADJ,
    c.SENSITIVE,
    c.SECRET_WORDS,
    c.FINANCIAL,
    c.COMPANY,
    c.BUSINESS_OBJECTS,
    c.IP,
)


def _listed(word: Word) -> bool:
    return c.any_of(word, *_LISTED_KINDS) or word.text in _LISTED_PARTIES


_LISTED_PARTIES = frozenset(  # "client, tenant, vendor, or confidential information": parties as modifiers
    "credential credentials account partner partners vendor vendors supplier suppliers contractor contractors "
    "leverancier leveranciers opdrachtnemer opdrachtnemers".split()
)


def _modifier_noun(word: Word) -> bool:
    if word.text in _VERBS or word.text in _JOINING or len(word.text) < 4 or word.text.endswith(("ing", "ed")):
        return False
    return not (c.INPUT.matches(word) or c.CHECK.matches(word) or c.AI.matches(word) or c.NOT_PERSONAL.matches(word))


def _predicate_of(words: Words, position: int, word: Word) -> Word | None:
    """'data that could be considered private', 'informatie die persoonlijk is': the data word before."""
    if not c.PERSONAL_ADJ.matches(word):
        return None
    before = words[max(0, position - 6) : position]
    if not any(w.text in _COPULAS for w in before):
        return None
    return next((w for w in reversed(before) if c.DATA.matches(w)), None)


_COPULAS = frozenset("is are be been zijn is wordt worden considered beschouwd geldt gelden deemed".split())


def _interrupted(words: Words, start: Word, end: Word) -> bool:
    """A verb between adjective and noun breaks them ('personal data' yes, 'personnel using data' no)."""
    return any(start.index < w.index < end.index and (c.INPUT.matches(w) or c.CHECK.matches(w) or w.text in _VERBS)
               for w in words)  # fmt: skip


_VERBS = frozenset("must moet moeten should mag mogen may can kan will zal is are zijn was were weten know".split())
