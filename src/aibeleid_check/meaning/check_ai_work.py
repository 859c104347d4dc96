"""What AI made, and who checks it, as a sentence names them, for altijd-controleren: the words shared by
the readings of :mod:`.checking` (the text from AI, the work made with AI, a person as the subject of a check).
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.check_made import ai_made_word, made_by_ai
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.morph import Word


def _names_made(words: Words) -> bool:
    return made_by_ai(words) or any(
        c.STRONG_OUTPUT.matches(w) or ai_made_word(w) or c.OUTPUT.matches(w) and c.AI.matches_part(w) for w in words
    )  # ("AI-teksten")


_TESTS = ("test", "testen", "getest", "tested", "testing")


_HUMAN_ADJ = ("human", "menselijke", "menselijk", "handmatige", "manual", "inhoudelijke", "redactionele", "editorial")
_INFO = ("informatie", "information", "info", "tekst", "text", "gegevens", "data", "antwoord", "answer")
_INFO_PLURALS = ("teksten", "texts", "antwoorden", "answers")


def _from_ai(words: Words) -> list[Word]:
    """'de informatie uit AI', 'information from the chatbot', 'de tekst van ChatGPT': what AI gave; also with
    the getting in between ('information obtained from ChatGPT', 'tekst verkregen van een AI-tool')."""
    found: list[Word] = []
    for p, w in enumerate(words):
        if not (w.text in _INFO or w.text in _INFO_PLURALS):
            continue
        at = p + 2 if p + 1 < len(words) and words[p + 1].text in _GOTTEN else p + 1
        if (
            at + 1 < len(words)
            and words[at].text in ("uit", "from", "van", "of", "by", "door")
            and any(c.AI.matches(o) for o in words[at + 1 : at + 3])
        ):
            found.append(w)
    return found or _coming_out_of_ai(words)


_COMES = frozenset("komt komen kwam kwamen rolt rollen comes come came".split())
_RELATIVE = frozenset("die dat wat that which what".split())


def _coming_out_of_ai(words: Words) -> list[Word]:
    """'elke zin die uit een AI-tool komt', 'wat er uit de AI komt', 'everything that comes out of ChatGPT': what
    comes out of AI is its output, whatever the noun before the relative pronoun (round 27); the noun (or 'wat')
    is returned. No AI after 'uit' ('elke klant die uit het buitenland komt') is no output."""
    for p, w in enumerate(words):
        if w.text not in ("uit", "out", "from") or not any(c.AI.matches(o) for o in words[p + 1 : p + 4]):
            continue
        if not any(o.text in _COMES for o in words[max(0, p - 3) : p + 5]):
            continue
        relatives = [q for q in range(max(0, p - 4), p) if words[q].text in _RELATIVE]
        if not relatives:
            continue
        q = relatives[-1]
        if words[q].text in ("wat", "what") or q == 0:
            return [words[q]]
        return [words[q - 1]]
    return []


_GOTTEN = frozenset(
    """obtained sourced taken retrieved received gathered drawn copied verkregen gekregen gehaald overgenomen
    afkomstig""".split()
)


def _after_ai_use(words: Words) -> list[Word]:
    """'als je AI hebt gebruikt voor een brief', 'when AI was used to draft it': the work made with AI."""
    for position, word in enumerate(words):
        if word.text in ("als", "wanneer", "if", "when", "where", "whenever", "indien", "bij"):
            ahead = words[position + 1 : position + 6]
            ai = [w for w in ahead if c.AI.matches(w)]
            if ai and any(c.USE.matches(w) for w in ahead):
                return ai[:1]
    return []


_ANSWERABLE = ("responsib", "accountab", "verantwoordelijk", "aansprakelijk", "answerable")


def _subject(words: Words, check: Word, person: Word) -> bool:
    """'People review, decide, and sign', 'een mens controleert altijd', 'with a person checking the summary':
    a person (not a role: 'Docenten controleren de werkstukken' describes) right before the check verb."""
    if not c.HUMAN_CORE.matches(person) or person.text in _HUMAN_ADJ or not 0 < check.index - person.index <= 2:
        return False
    between = [w.text for w in words if person.index < w.index < check.index]
    return all(t in ("always", "altijd", "first", "eerst", "zelf", "must", "moet", "should") for t in between)
