"""Fields a policy states in a sentence of its own rather than under a label: "This policy applies to all
staff and contractors.", "Dit beleid geldt voor alle medewerkers.", "Effective from 1 March 2026.", "Dit
beleid gaat in op 1 januari 2026." Read only from text outside the template's sections, and used only
when no label gives the field."""

from __future__ import annotations

import re

from aibeleid_check.datetext import MAX_DATE_LENGTH, DateProblem, read_date

_SUBJECT = (
    r"(?:(?:this|the|our|these|it|they|dit|deze|de|het|onze|ons|ze|zij)\s+)?(?:ai[\s-]+)?"
    r"(?:[\w-]*(?:policy|policies|beleid|richtlijnen|richtlijn|guidelines|guidance|rules|regels|afspraken)\s+)?"
)
_SCOPE = re.compile(_SUBJECT + r"(?:applies|apply|geldt|gelden)\s+(?:to|voor)\s+(?P<value>.+)$", re.IGNORECASE)
_START = re.compile(
    _SUBJECT
    + r"(?:is\s+|are\s+|zijn\s+)?(?:effective|in\s+force|van\s+kracht|in\s+werking|geldig|gaat\s+in|gaan\s+in|geldt)"
    r"(?:\s+(?:from|as\s+of|on|vanaf|per|op|met\s+ingang\s+van))?\s+(?P<value>.+)$",
    re.IGNORECASE,
)
_PEOPLE = frozenset(
    """all everyone anyone staff employees employee colleagues personnel members member contractors volunteers
    students teachers workers users people managers partners attorneys lawyers clinicians alle iedereen
    medewerkers medewerker collega's personeel leden vrijwilligers studenten leerlingen docenten
    gebruikers mensen werknemers ambtenaren stagiairs teams team board""".split()
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_MAX_SENTENCE = 300


def fields_in(text: str) -> list[tuple[str, str, int]]:
    """(field, value, offset of the value) for each sentence of ``text`` that states the scope or the start
    date: the scope only when it names people, the date only when it is one."""
    found: list[tuple[str, str, int]] = []
    start = 0
    for sentence in _SENTENCE_END.split(text[: _MAX_SENTENCE * 4]):
        offset = text.find(sentence, start)
        start = offset + len(sentence)
        plain = sentence.strip().rstrip(".")
        if len(plain) > _MAX_SENTENCE:
            continue
        scope = _SCOPE.match(plain)
        if scope and _PEOPLE & set(re.findall(r"[\w'-]+", scope["value"].lower())[:4]):
            found.append(("geldt_voor", scope["value"], offset + scope.start("value")))
            continue
        begins = _START.match(plain)
        if begins and _is_date(begins["value"]):
            found.append(("ingangsdatum", begins["value"], offset + begins.start("value")))
    return found


def _is_date(text: str) -> bool:
    if len(text) > MAX_DATE_LENGTH:
        return False
    try:
        read_date(text, text)
    except DateProblem:
        return False
    return True
