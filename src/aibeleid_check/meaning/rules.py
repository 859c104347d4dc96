"""The four prohibitions of the template as combinations of concepts and force.

- geen-persoonsgegevens / geen-bedrijfsgeheimen: the protected object, under a prohibition that also
  names an act or a destination (enter, share, paste, in AI tools), a limit ("alleen geanonimiseerde
  gegevens", "only approved tools with confidential data", "zonder patiëntgegevens", "nothing that
  could not be on the internet"), or an obligation that protects it (anonymise, remove, keep out).
- geen-eindbesluit: a decision (or deciding about people, money, permits, grades…) that is forbidden to
  AI, or that a person is said to take ("AI ondersteunt, de mens beslist").
- altijd-controleren: checking what AI produces as a duty, or not checking it as a prohibition
  ("ongezien overnemen", "at face value", "without verifying").
A permission, or a condition inside a permission, never counts (see :mod:`force`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning import objects
from aibeleid_check.meaning.force import ONLY, Force, negations
from aibeleid_check.meaning.morph import Word

PERSONAL = "geen-persoonsgegevens"
SECRETS = "geen-bedrijfsgeheimen"
DECISION = "geen-eindbesluit"
CHECKING = "altijd-controleren"
RULE_IDS = (PERSONAL, SECRETS, DECISION, CHECKING)

Words = tuple[Word, ...]
ForceOf = Callable[[Word], tuple[Force, tuple[str, ...]]]


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule read in one sentence: the words that carried it and the word whose clause gives the force."""

    rule: str
    words: tuple[Word, ...]
    anchor: Word
    force: Force | None = None  # set when the rule itself fixes the force (a limit)


def _texts(words: list[Word]) -> tuple[Word, ...]:
    seen: dict[str, Word] = {}
    for word in words:
        seen.setdefault(word.text, word)
    return tuple(seen.values())


def _acts(words: Words, exclude: list[Word]) -> list[Word]:
    chosen = {w.index for w in exclude}
    return [w for w in words if w.index not in chosen and (c.INPUT.matches(w) or c.AI.matches(w))]


def _headline(words: Words) -> bool:
    """A bare rule such as a list item: 'Uploading confidential data…', 'Klantgegevens invoeren'."""
    first = words[0].text if words else ""
    return (first.endswith("ing") and c.INPUT.matches(words[0])) or any(
        w.text.endswith("en") and c.INPUT.matches(w) for w in words[-3:]
    )


def _protected(rule: str, words: Words, found: list[Word], force_of: ForceOf, protective: list[Word]) -> Finding | None:
    """Shared reading for the two data rules once their object was found."""
    anchor = found[0]
    force = force_of(anchor)[0]
    for position, word in enumerate(words):
        if c.WITHOUT.matches(word) and any(w in found for w in words[position + 1 : position + 4]):
            return Finding(rule, _texts([word, *found]), word, Force.LIMIT)
    if force is Force.PROHIBITION:
        acts = _acts(words, found)
        determiner = any(n.text in ("geen", "no", "nooit", "never", "niets", "nothing") for n in negations(words))
        if _queried(words, found) or not (acts or determiner):
            return None
        return Finding(rule, _texts([*found, *acts[:2]]), anchor)
    if force is Force.LIMIT or any(ONLY.matches(w) for w in words) and force.counts:
        return Finding(rule, _texts(found), anchor, Force.LIMIT)
    if force is Force.OBLIGATION and protective:
        return Finding(rule, _texts([*protective, *found]), anchor)
    if force is Force.STATEMENT and _headline(words):
        return Finding(rule, _texts([*found, *_acts(words, found)[:2]]), anchor)
    return None


def _queried(words: Words, found: list[Word]) -> bool:
    """'Do not use chatbots to search for private information' is about searching, not entering."""
    first = min(w.index for w in found)
    return any(c.QUERY.matches(w) and first - 4 <= w.index < first for w in words)


def _public_limit(words: Words) -> list[Word]:
    """'Voer niets in wat niet op internet zou mogen staan', 'only public information': a limit to what is public."""
    places = objects.public_places(words)
    if not places:
        return []
    negated = negations(words)
    if len(negated) >= 2 or any(ONLY.matches(w) for w in words):
        return [*negated[:2], *places]
    if negated and any(w.text.startswith(("niet-", "non-")) for w in places):
        return [*negated[:1], *places]
    return []


def personal(words: Words, force_of: ForceOf) -> Finding | None:
    found = objects.personal_data(words)
    protective = [w for w in words if c.ANONYMISE.matches(w) or c.REMOVE.matches(w) or c.KEEP_OUT.matches(w)]
    anonymise = [w for w in words if c.ANONYMISE.matches(w)]
    if anonymise and force_of(anonymise[0])[0].counts:
        return Finding(PERSONAL, _texts([*anonymise, *found]), anonymise[0], Force.OBLIGATION)
    public = _public_limit(words)
    if public:
        return Finding(PERSONAL, _texts(public), public[-1], Force.LIMIT)
    if not found:
        return None
    return _protected(PERSONAL, words, found, force_of, protective)


def secret(words: Words, force_of: ForceOf) -> Finding | None:
    found, weak = objects.secrets(words)
    public = _public_limit(words)
    if public:
        return Finding(SECRETS, _texts(public), public[-1], Force.LIMIT)
    unclassified = [w for w in words if w.text in ("unclassified", "non-confidential") or w.text.startswith("niet-vertrouwelijk")]
    if unclassified and any(ONLY.matches(w) for w in words):
        return Finding(SECRETS, _texts(unclassified), unclassified[0], Force.LIMIT)
    if not found:
        return None
    if weak and not any(c.INPUT.matches(w) for w in words):
        return None  # "respect intellectual property" is another topic
    protective = [w for w in words if c.REMOVE.matches(w) or c.KEEP_OUT.matches(w)]
    return _protected(SECRETS, words, found, force_of, protective)


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
        return Finding(DECISION, _texts([*negations(words)[:1], *found]), anchor)
    humans = [w for w in words if c.HUMAN.matches(w) and any(abs(w.index - d.index) <= 5 for d in found)]
    if humans and force is not Force.CONDITION:
        return Finding(DECISION, _texts([*found, *humans[:1]]), anchor, Force.OBLIGATION)
    return None


def _unchecked(words: Words) -> list[Word]:
    found: list[Word] = []
    for position, word in enumerate(words):
        nxt = words[position + 1].text if position + 1 < len(words) else ""
        previous = words[position - 1].text if position else ""
        if c.UNCHECKED.matches(word):
            if word.text == "face" and nxt != "value" or word.text == "granted" and previous != "for":
                continue
            if word.text == "zomaar" and not any(c.TRUST.matches(w) for w in words):
                continue
            found.append(word)
        elif c.WITHOUT.matches(word):
            checks = [w for w in words[position + 1 : position + 6] if c.CHECK.matches(w) or w.text in _TESTS]
            if checks:
                found.extend((word, checks[0]))
    return found


_TESTS = ("test", "testen", "getest", "tested", "testing")


def checking(words: Words, force_of: ForceOf) -> Finding | None:
    unchecked = _unchecked(words)
    if unchecked and force_of(unchecked[0])[0].counts:
        return Finding(CHECKING, _texts(unchecked), unchecked[0])
    output = [w for w in words if c.OUTPUT.matches(w) or c.AI.matches(w) and w.text.endswith("generated")]
    negated = negations(words)
    trust = [w for w in words if c.TRUST.matches(w) and w.text not in ("neem", "stuur", "send")]
    if negated and trust and (output or any(c.AI.matches(w) for w in words)) and not _about_data(words):
        if force_of(trust[0])[0].counts:
            return Finding(CHECKING, _texts([negated[0], trust[0], *output[:1]]), trust[0])
    drafts = [w for w in words if c.DRAFT.matches(w)]
    if drafts and any(w.text in ("as", "als") for w in words) and any(w.text in _TREAT for w in words):
        return Finding(CHECKING, _texts(drafts), drafts[0], Force.OBLIGATION)
    checks = [w for w in words if c.CHECK.matches(w) or (w.text in _TESTS and output)]
    checks += [w for w in words if c.CRITICAL.matches(w) and any(c.READ.matches(o) for o in words)]
    if not checks:
        return None
    context = output or [w for w in words if w.text in _CONTEXT]
    tools_only = any(c.NOT_OUTPUT.matches(w) for w in words) and not output
    if context and not tools_only and force_of(checks[0])[0].counts:
        return Finding(CHECKING, _texts([checks[0], *context[:2]]), checks[0])
    return None


_TREAT = ("treat", "beschouw", "behandel", "zie", "see", "consider", "use", "gebruik")
_CONTEXT = ("altijd", "zelf", "eerst", "always", "yourself", "first", "voordat", "before", "prior", "vooraf", "kritisch", "critically", "human", "mens", "menselijke")


def _about_data(words: Words) -> bool:
    return bool(objects.personal_data(words) or objects.secrets(words)[0])


RECOGNISERS = (
    (PERSONAL, personal),
    (SECRETS, secret),
    (DECISION, decision),
    (CHECKING, checking),
)
