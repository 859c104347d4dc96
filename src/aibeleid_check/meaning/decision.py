"""geen-eindbesluit: a decision (or deciding about people, money, permits, grades…) that is forbidden to
AI, or that a person is said to take ("AI ondersteunt, de mens beslist")."""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.finding import DECISION, Finding, ForceOf, Words, headline, texts
from aibeleid_check.meaning.force import Force, negations
from aibeleid_check.meaning.morph import Word


def _decision_words(words: Words) -> list[Word]:
    found: list[Word] = []
    for position, word in enumerate(words):
        window = words[max(0, position - 5) : position + 6]
        if c.DECIDE.matches(word) or word.text in ("hiring", "firing", "grading"):
            if not _governance(words, position):
                found.append(word)
        elif c.DECIDE_WEAK.matches(word):
            domain = [w for w in window if w is not word and c.DOMAIN.matches(w) and not w.text.startswith("risk")]
            if domain and not _governance(words, position):
                found.extend((word, domain[0]))
        elif word.text in ("cijfers", "cijfer") and any(w.text in ("geven", "toekennen", "geeft") for w in window):
            found.append(word)
        elif c.FINAL.matches(word) and position + 1 < len(words) and c.FINAL_NOUN.matches(words[position + 1]):
            if any(c.AI.matches(w) or c.HUMAN.matches(w) for w in words) and not any(c.DRAFT.matches(w) for w in words):
                found.extend((word, words[position + 1]))
    return found


def _governance(words: Words, position: int) -> bool:
    """'De directie besluit welke tools…', 'you decide whether to use AI': tool governance, not a decision."""
    after = words[position + 1 : position + 4]
    for offset, word in enumerate(after):
        if c.WHICH.matches(word):
            return any(c.GOVERNANCE.matches(w) for w in words[position + offset + 2 : position + offset + 6])
    return False


def decision(words: Words, force_of: ForceOf) -> Finding | None:
    found = _decision_words(words)
    if not found:
        return None
    anchor = found[0]
    force = force_of(anchor)[0]
    if force is Force.PROHIBITION and len(negations(words)) < 2:
        return Finding(DECISION, texts([*negations(words)[:1], *found]), anchor)
    humans = [w for w in _deciders(words) if any(abs(w.index - d.index) <= 8 for d in found)]
    if humans and force is not Force.CONDITION:
        return Finding(DECISION, texts([*found, *humans[:1]]), anchor, Force.OBLIGATION)
    if force is Force.STATEMENT and headline(words) or not force.counts:
        return Finding(DECISION, texts(found), anchor)
    return None


_ABOUT = ("over", "about", "on", "voor", "impacting", "affecting", "regarding", "van", "for", "of", "affect", "raken")


def _deciders(words: Words) -> list[Word]:
    """People named as who decides ("een mens beslist"), not as who is decided about ("over mensen")."""
    return [
        w
        for p, w in enumerate(words)
        if c.HUMAN.matches(w) and not any(o.text in _ABOUT for o in words[max(0, p - 2) : p])
    ]
