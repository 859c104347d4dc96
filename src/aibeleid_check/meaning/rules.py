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


_INTO = ("in", "into", "met", "with", "to", "naar", "op", "aan", "via", "onto", "within", "binnen")


def _acts(words: Words, exclude: list[Word]) -> list[Word]:
    """What is done with the object: an input verb, or an AI destination after a preposition ("in ChatGPT")."""
    chosen = {w.index for w in exclude}
    acts = []
    for position, word in enumerate(words):
        if word.index in chosen:
            continue
        if c.INPUT.matches(word):
            acts.append(word)
        elif c.AI.matches(word) and any(w.text in _INTO for w in words[max(0, position - 3) : position]):
            acts.append(word)
    return acts


_RANK = {
    Force.PROHIBITION: 0,
    Force.LIMIT: 1,
    Force.OBLIGATION: 2,
    Force.STATEMENT: 3,
    Force.PERMISSION: 4,
    Force.CONDITION: 5,
}


def _strongest(found: list[Word], force_of: ForceOf) -> Word:
    """Of the words that carry a rule, the one in the clause with the strongest force."""
    return min(found, key=lambda w: _RANK[force_of(w)[0]])


_PRONOUNS = ("je", "jij", "u", "we", "wij", "ze", "zij", "men", "hij", "i", "you", "they", "it", "dit", "dat", "die")
_BARE_VERBS = c.Concept(
    "bare-verb", "laten", "nemen", "overnemen", "letting", "allowing", "making", "relying", raw=True
)


def _headline(words: Words) -> bool:
    """A bare rule such as a list item: 'Uploading confidential data…', 'Klantgegevens invoeren', 'Een
    eindbesluit laten nemen…' (no subject, a verb as name of the act)."""
    if not words:
        return False
    first = words[0]
    if first.text.endswith("ing") and (c.INPUT.matches(first) or _BARE_VERBS.matches(first)):
        return True
    for word in words[:7]:
        if word.text in _PRONOUNS:
            return False
        if word.text.endswith("en") and (c.INPUT.matches(word) or _BARE_VERBS.matches(word)):
            return True
    return False


def _protected(rule: str, words: Words, found: list[Word], force_of: ForceOf, protective: list[Word]) -> Finding | None:
    """Shared reading for the two data rules once their object was found."""
    anchor = _strongest(found, force_of)
    force = force_of(anchor)[0]
    for position, word in enumerate(words):
        following = words[position + 1 : position + 4]
        if c.WITHOUT.matches(word) and any(w in found for w in following):
            if not any(c.INPUT.matches(w) for w in following[: [w in found for w in following].index(True)]):
                return Finding(rule, _texts([word, *found]), word, Force.LIMIT)
    if force is Force.PROHIBITION:
        acts = _acts(words, found)
        determiner = _determiner(words)
        if _queried(words, found) or not (acts or determiner):
            return None
        return Finding(rule, _texts([*found, *acts[:2]]), anchor)
    if force is Force.LIMIT or any(ONLY.matches(w) for w in words) and force.counts:
        return Finding(rule, _texts(found), anchor, Force.LIMIT)
    if force in (Force.OBLIGATION, Force.STATEMENT) and protective:
        return Finding(rule, _texts([*protective, *found]), anchor)
    if force is Force.STATEMENT and _headline(words):
        return Finding(rule, _texts([*found, *_acts(words, found)[:2]]), anchor)
    if not force.counts:
        return Finding(rule, _texts(found), anchor)  # read, but permitted: shown by herken, never counted
    return None


_DETERMINERS = ("geen", "no", "nooit", "never", "niets", "nothing", "none")


def _determiner(words: Words) -> bool:
    """'Geen NAW-gegevens.', 'No PII in prompts', 'Nothing covered by an NDA': the negation names the object."""
    negated = [n for n in negations(words) if n.text in _DETERMINERS]
    return bool(negated) and (negated[0] is words[0] or len(words) <= 4 or any(c.AI.matches(w) for w in words))


def _kept(words: Words) -> list[Word]:
    """'Blijft buiten AI-tools', 'keep it out of', 'stays internal': kept away from AI."""
    verbs = [w for w in words if c.KEEP_VERB.matches(w)]
    places = [w for w in words if c.KEEP_PLACE.matches(w)]
    return [verbs[0], places[0]] if verbs and places else []


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
    protective = [w for w in words if c.ANONYMISE.matches(w) or c.REMOVE.matches(w)] + _kept(words)
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
    unclassified = [
        w for w in words if w.text in ("unclassified", "non-confidential") or w.text.startswith("niet-vertrouwelijk")
    ]
    if unclassified and any(ONLY.matches(w) for w in words):
        return Finding(SECRETS, _texts(unclassified), unclassified[0], Force.LIMIT)
    if not found:
        return None
    if weak and not (any(c.INPUT.matches(w) for w in words) or _determiner(words)):
        return None  # "respect intellectual property", "sluit geen contracten af": another topic
    protective = [w for w in words if c.REMOVE.matches(w)] + _kept(words)
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
    humans = [w for w in _deciders(words) if any(abs(w.index - d.index) <= 8 for d in found)]
    if humans and force is not Force.CONDITION:
        return Finding(DECISION, _texts([*found, *humans[:1]]), anchor, Force.OBLIGATION)
    if force is Force.STATEMENT and _headline(words) or not force.counts:
        return Finding(DECISION, _texts(found), anchor)
    return None


_ABOUT = ("over", "about", "on", "voor", "impacting", "affecting", "regarding", "van", "for", "of", "affect", "raken")


def _deciders(words: Words) -> list[Word]:
    """People named as who decides ("een mens beslist"), not as who is decided about ("over mensen")."""
    return [
        w
        for p, w in enumerate(words)
        if c.HUMAN.matches(w) and not any(o.text in _ABOUT for o in words[max(0, p - 2) : p])
    ]


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
            checks = [
                w
                for w in words
                if 0 < w.index - word.index <= 5
                and (c.CHECK.matches(w) or w.text in _TESTS or c.INTERVENTION.matches(w))
            ]
            if checks:
                found.extend((word, checks[0]))
    return found


_TESTS = ("test", "testen", "getest", "tested", "testing")


def checking(words: Words, force_of: ForceOf) -> Finding | None:
    for reading in (_unchecked(words), _distrust(words), _as_draft(words), _checked(words), _ensured(words)):
        if reading and _stated(reading, words, force_of):
            return Finding(CHECKING, _texts(reading), reading[0])
    return None


def _stated(reading: list[Word], words: Words, force_of: ForceOf) -> bool:
    """'Blind vertrouwen' in a plain statement ("you risk trusting blindly") is a warning, not a rule."""
    return not (c.UNCHECKED.matches(reading[0]) and force_of(reading[0])[0] is Force.STATEMENT and not _headline(words))


def _distrust(words: Words) -> list[Word]:
    """'Vertrouw AI niet blind', 'do not rely on AI answers', 'do not treat AI output as correct',
    'do not copy-paste outputs' (a negation next to the verb, and AI or what it produced)."""
    negated = negations(words)
    if not negated or _about_data(words):
        return []
    near = [w for w in words if any(abs(w.index - n.index) <= 3 for n in negated)]
    output = [w for w in words if c.STRONG_OUTPUT.matches(w)]
    ai = [w for w in words if c.AI.matches(w)]
    trust = [w for w in near if c.TRUST.matches(w)]
    if trust and (output or ai):
        return [negated[0], trust[0], *(output or ai)[:1]]
    copy = [w for w in near if c.COPY.matches(w)]
    if copy and output:
        return [negated[0], copy[0], output[0]]
    assume = [w for w in near if c.ASSUME.matches(w)]
    correct = [w for w in words if c.CORRECT.matches(w)]
    if assume and correct and (output or ai):
        return [negated[0], assume[0], correct[0]]
    return []


def _ensured(words: Words) -> list[Word]:
    """'Ensure its outputs are accurate before use', 'zorg dat de uitkomst klopt'."""
    output = [w for w in words if c.STRONG_OUTPUT.matches(w)]
    correct = [w for w in words if c.CORRECT.matches(w)]
    duty = [w for w in words if w.text in ("ensure", "zorg", "sure", "waarborg", "garandeer")]
    return [duty[0], output[0], correct[0]] if output and correct and duty else []


def _as_draft(words: Words) -> list[Word]:
    """'Treat everything it produces as a first draft', 'beschouw het als een concept'."""
    drafts = [w for w in words if c.DRAFT.matches(w)]
    if drafts and any(w.text in ("as", "als") for w in words) and any(w.text in _TREAT for w in words):
        return drafts[:1]
    return []


def _checked(words: Words) -> list[Word]:
    """A check verb with what AI produced, or with 'always / yourself / before / a human' (not: checking
    tools, terms or settings; not an approval procedure)."""
    output = [w for w in words if c.OUTPUT.matches(w) or c.AI.matches(w) and w.text.endswith("generated")]
    checks = [w for w in _check_words(words) if not _procedure(words, w)]
    checks += [w for w in words if w.text in _TESTS and output]
    checks += [w for w in words if c.CRITICAL.matches(w) and any(c.READ.matches(o) for o in words)]
    if not checks:
        return []
    human = [w for w in words if c.HUMAN.matches(w) and any(abs(w.index - k.index) <= 3 for k in checks)]
    if human:
        return [checks[0], human[0]]  # "menselijke controle", "reviewed by a human", "controle door een mens"
    context = output or [w for w in words if w.text in _CONTEXT]
    tools_only = any(c.NOT_OUTPUT.matches(w) for w in words) and not any(c.STRONG_OUTPUT.matches(w) for w in words)
    return [checks[0], *context[:2]] if context and not tools_only else []


def _check_words(words: Words) -> list[Word]:
    found = []
    for position, word in enumerate(words):
        previous = words[position - 1].text if position else ""
        if c.CHECK.matches(word) and previous not in ("spell", "spelling", "grammar", "spellings", "security"):
            found.append(word)
    return found


def _procedure(words: Words, check: Word) -> bool:
    """'reviewed and approved for the intended use', 'review and written approval': an approval procedure
    for using a tool, not checking what AI produced (unless that output is named)."""
    position = words.index(check)
    near = words[position + 1 : position + 4]
    return any(c.APPROVAL.matches(w) for w in near) and not any(c.STRONG_OUTPUT.matches(w) for w in words)


_TREAT = ("treat", "beschouw", "behandel", "zie", "see", "consider", "use", "gebruik")
_CONTEXT = (
    "altijd",
    "zelf",
    "eerst",
    "always",
    "yourself",
    "first",
    "voordat",
    "before",
    "prior",
    "vooraf",
    "kritisch",
    "critically",
    "human",
    "mens",
    "menselijke",
)


def _about_data(words: Words) -> bool:
    return bool(objects.personal_data(words) or objects.secrets(words)[0])


RECOGNISERS = (
    (PERSONAL, personal),
    (SECRETS, secret),
    (DECISION, decision),
    (CHECKING, checking),
)
