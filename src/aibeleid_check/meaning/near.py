"""What a text came near when it states none of the four rules: the concepts found and what was missing.

A policy writer who tests "Onze contracten zijn vertrouwelijk." learns more from "a protected object, but no act
with AI" than from "nothing recognised". :func:`near_misses` says, per rule, which part of it the text has (a
protected object, one identifier, a decision word, a check word, an act with AI) and which part it lacks (the act,
a word that forbids it, a general data word, someone forbidden to decide or named as deciding, what AI produced).
It reads only texts in which no rule counts, and leaves out the rules ``explain`` read without counting (a
permission, a question: ``herken`` shows those itself). ``herken`` prints the result in Dutch or English.
"""

from __future__ import annotations

from dataclasses import dataclass

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.check_objects import check_words
from aibeleid_check.meaning.decision_words import decision_words
from aibeleid_check.meaning.finding import CHECKING, DECISION, PERSONAL, SECRETS, acts
from aibeleid_check.meaning.force import negations
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.objects import one_identifier, personal_data
from aibeleid_check.meaning.secret_objects import secrets
from aibeleid_check.meaning.text import read
from aibeleid_check.texts import Message

Words = tuple[Word, ...]

OBJECT, IDENTIFIER, DECISION_WORD, CHECK_WORD, CHECK_CONCEPT, ACT = (
    "object",
    "identifier",
    "decision",
    "check",
    "check-concept",
    "act",
)
"""What was found: a protected object, one identifier alone, a decision word, a check word, a word of what a
check is about beside AI (its errors, reading its text), an act with AI."""

NO_ACT, NO_FORCE, NO_GENERAL, NO_DECIDER, NO_READING, NO_OUTPUT, NO_OBJECT = (
    "act",
    "force",
    "general",
    "decider",
    "reading",
    "output",
    "object",
)
"""What was missing: an act with AI, a word that forbids, a general data word, someone forbidden to decide or
named as the decider (with a negation in the sentence: a reading of it as AI's not deciding), a duty to check what
AI produced, a protected object."""


@dataclass(frozen=True, slots=True)
class NearMiss:
    """One rule a text came near: ``rule`` ('' for an act that names no rule's object), what was ``found`` and
    what was ``missing`` (the constants above), and the words found."""

    rule: str
    found: str
    missing: str
    words: tuple[str, ...]


CONCEPTS = {
    "geen-persoonsgegevens": Message(nl="persoonsgegevens", en="personal data"),
    "geen-bedrijfsgeheimen": Message(nl="bedrijfsgeheim", en="business secret"),
}
NEAR = {
    ("object", "act"): Message(
        nl="gevonden: {words} ({concept}), maar geen handeling met AI (invoeren, delen, plakken)",
        en="found: {words} ({concept}), but no act with AI (entering, sharing, pasting)",
    ),
    ("object", "force"): Message(
        nl="gevonden: {words} ({concept}) en wat ermee gebeurt, maar niets verbiedt het",
        en="found: {words} ({concept}) and what is done with it, but nothing forbids it",
    ),
    ("identifier", "general"): Message(
        nl="gevonden: alleen {words}, één kenmerk van een persoon: namen, adressen en dossiers blijven zo toegestaan; "
        "noem de persoonsgegevens zelf",
        en="found: only {words}, one identifier of a person: names, addresses and files stay allowed; name personal "
        "data itself",
    ),
    ("decision", "decider"): Message(
        nl="gevonden: een beslissingswoord ({words}), maar niemand wordt verboden te beslissen en er staat niet dat "
        "een mens beslist",
        en="found: a decision word ({words}), but nobody is forbidden from deciding and no person is said to decide",
    ),
    ("decision", "reading"): Message(
        nl="gevonden: een beslissingswoord ({words}) en een ontkenning, maar niet te lezen als een verbod voor AI om "
        "te beslissen; zeg dat AI niet beslist of wie er wel beslist",
        en="found: a decision word ({words}) and a negation, but not readable as AI being forbidden to decide; say "
        "that AI does not decide or who does",
    ),
    ("check-concept", "output"): Message(
        nl="gevonden: {words} (controleren), maar geen plicht om te controleren wat AI maakt",
        en="found: {words} (checking), but no duty to check what AI produces",
    ),
    ("check", "output"): Message(
        nl="gevonden: een controlewoord ({words}), maar geen plicht om te controleren wat AI maakt",
        en="found: a check word ({words}), but no duty to check what AI produces",
    ),
    ("act", "object"): Message(
        nl="gevonden: een handeling met AI ({words}), maar geen persoonsgegevens of bedrijfsgeheimen",
        en="found: an act with AI ({words}), but no personal data or business secrets",
    ),
}


def near_message(miss: NearMiss) -> Message:
    """What ``miss`` found and lacked, in both languages (``herken`` and AIB401 show it)."""
    concept = CONCEPTS.get(miss.rule, Message(nl="", en=""))
    message, words = NEAR[(miss.found, miss.missing)], ", ".join(miss.words)
    return Message(
        nl=message.nl.format(words=words, concept=concept.nl), en=message.en.format(words=words, concept=concept.en)
    )


def near_misses(text: str, kind: str | None, read_rules: frozenset[str]) -> tuple[NearMiss, ...]:
    """The near misses of ``text`` (no rule of it counts), except for ``read_rules`` (read, but permitted or asked)."""
    found: dict[tuple[str, str], NearMiss] = {}
    for sentence in read(text).sentence_words():
        for miss in _sentence_misses(sentence, kind):
            if miss.rule not in read_rules:
                found.setdefault((miss.rule, miss.found), miss)
    return tuple(found.values())


def _sentence_misses(words: Words, kind: str | None) -> list[NearMiss]:
    misses = [
        *_data_misses(PERSONAL, words, personal_data(words), kind),
        *_data_misses(SECRETS, words, secrets(words)[0], kind),
    ]
    deciding = decision_words(words)
    if deciding:
        missing = NO_READING if negations(words) else NO_DECIDER  # ("nobody is forbidden" is false beside a "not")
        misses.append(NearMiss(DECISION, DECISION_WORD, missing, _texts(deciding)))
    checks = check_words(words)
    if checks:
        misses.append(NearMiss(CHECKING, CHECK_WORD, NO_OUTPUT, _texts(checks)))
    elif hints := _check_concepts(words):
        misses.append(NearMiss(CHECKING, CHECK_CONCEPT, NO_OUTPUT, _texts(hints)))
    if not misses:
        done = acts(words, [])
        if any(c.names_ai(w) for w in done) and any(not c.names_ai(w) for w in done):
            misses.append(NearMiss("", ACT, NO_OBJECT, _texts(done)))
    return misses


_ERRORS = frozenset(
    "fout fouten foutjes error errors mistake mistakes onjuist onjuiste onjuistheden inaccurate inaccuracies "
    "incorrect wrong".split()
)


def _check_concepts(words: Words) -> list[Word]:
    """'Houd er rekening mee dat AI fouten kan maken', 'Read AI texts yourself': beside AI, its errors or reading
    its text are what a check is about, though no check word is there."""
    if not any(c.names_ai(w) for w in words):
        return []
    errors = [w for w in words if w.text in _ERRORS or w.text.startswith(("hallucin", "hallucina"))]
    return errors or [w for w in words if c.READ.matches(w)]


def _data_misses(rule: str, words: Words, objects: list[Word], kind: str | None) -> list[NearMiss]:
    if not objects:
        return []
    if rule == PERSONAL and one_identifier(words, objects):
        return [NearMiss(rule, IDENTIFIER, NO_GENERAL, _texts(objects))]
    if not acts(words, objects) and kind != "mag_niet":
        return [NearMiss(rule, OBJECT, NO_ACT, _texts(objects))]
    return [NearMiss(rule, OBJECT, NO_FORCE, _texts(objects))]


def _texts(words: list[Word]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w.text for w in words))
