"""Recognising the template's four prohibitions in a policy's own words, Dutch or English.

Public API (used by the rules, ``herken``, the JSON output and ``tests/recognition_eval.py``)::

    recognise(text, kind=None) -> tuple[Recognition, ...]   # the rules the text states (counting ones)
    explain(text, kind=None)   -> tuple[Recognition, ...]   # also what was read but does not count
    near_misses(text, kind=None) -> tuple[NearMiss, ...]    # when none counts: what was found, what was missing
    recognised_ids(text, kind=None) -> frozenset[str]       # just the rule ids

``kind`` is the list the text stands in: ``"mag_niet"`` (a bare "Klantgegevens invoeren" is then a
prohibition), ``"moet"`` (an obligation), ``"mag"`` (a permission, unless the text itself forbids or
demands), or ``None`` for a sentence on its own. A :class:`Recognition` says which rule, with which force
(prohibition, limit, obligation, the condition of a permission; a permission does not count), the words that carried it
and the words that gave the force. The method is described in ``docs/recognition.md``.

Reading is split into: :mod:`.text` (length cap, normalisation, the reading cache), :mod:`.morph` (base
forms, compounds, separable verbs), :mod:`.concepts` (the word sets), :mod:`.force`, :mod:`.objects`
and :mod:`.rules` (the four prohibitions). :mod:`.streng` holds the checks of the ``streng`` profile.
:func:`explain` remembers its answers per (text, list): a batch repeats the template's texts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import FrozenInstanceError
from functools import lru_cache, wraps
from typing import TYPE_CHECKING, TypeVar, cast

from aibeleid_check.meaning.concepts import AI, INPUT
from aibeleid_check.meaning.finding import examples, warns
from aibeleid_check.meaning.force import Force, clause_forces, own_force, remains_valued
from aibeleid_check.meaning.force_words import IMPERATIVE
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.rules import CHECKING, DECISION, PERSONAL, RECOGNISERS, RULE_IDS, SECRETS, VETOES
from aibeleid_check.meaning.secret_objects import secrets
from aibeleid_check.meaning.text import EXAMPLE_OPENERS, MAX_CHARS, Reading, normalise, read, sentences

if TYPE_CHECKING:
    from aibeleid_check.meaning.near import NearMiss

__all__ = [
    "CHECKING",
    "DECISION",
    "MAX_CHARS",
    "PERSONAL",
    "RULE_IDS",
    "SECRETS",
    "Force",
    "Recognition",
    "explain",
    "near_misses",
    "normalise",
    "recognise",
    "recognised_ids",
]


class Recognition:
    """One template rule read in a text, and why.

    Immutable, compared and hashed by its fields, printed as a dataclass prints: written out rather than made by
    ``@dataclass(frozen=True, slots=True)``, which costs half a millisecond at every start of a check."""

    __slots__ = ("rule", "force", "words", "markers")
    __match_args__ = ("rule", "force", "words", "markers")

    rule: str
    force: Force
    words: tuple[str, ...]
    """The words that carried the rule (its concepts), as normalised in the text."""
    markers: tuple[str, ...]
    """The words that gave the force ("niet", "must", "alleen", …); empty when the list gave it."""

    def __init__(self, rule: str, force: Force, words: tuple[str, ...], markers: tuple[str, ...]) -> None:
        _set = object.__setattr__
        _set(self, "rule", rule)
        _set(self, "force", force)
        _set(self, "words", words)
        _set(self, "markers", markers)

    def _fields(self) -> tuple[str, Force, tuple[str, ...], tuple[str, ...]]:
        return (self.rule, self.force, self.words, self.markers)

    def __repr__(self) -> str:
        return (
            f"{type(self).__qualname__}(rule={self.rule!r}, force={self.force!r}, words={self.words!r}, "
            f"markers={self.markers!r})"
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return self._fields() == other._fields()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._fields())

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __getstate__(self) -> list[object]:
        return list(self._fields())

    def __setstate__(self, state: list[object]) -> None:
        for name, value in zip(self.__slots__, state, strict=True):
            object.__setattr__(self, name, value)

    @property
    def counts(self) -> bool:
        return self.force.counts

    def as_dict(self) -> dict[str, object]:
        return {"rule": self.rule, "force": self.force.value, "words": list(self.words), "markers": list(self.markers)}


_REMEMBERED = 4096
"""How many (text, list) readings :func:`explain` keeps: a batch of filled-in templates has the same few
rule texts in file after file, and a reading depends on nothing but the text and its list."""


_Explain = TypeVar("_Explain", bound=Callable[..., tuple[Recognition, ...]])


def _remembered(function: _Explain) -> _Explain:
    """``function`` with its answers kept (they are immutable: tuples of frozen recognitions). A text longer
    than is ever read (:data:`MAX_CHARS`) is read again each time, so that the cache holds no big text."""
    memo = lru_cache(maxsize=_REMEMBERED)(function)

    @wraps(function)
    def remembered(text: str, kind: str | None = None) -> tuple[Recognition, ...]:
        if isinstance(text, str) and len(text) <= MAX_CHARS and (kind is None or isinstance(kind, str)):
            return memo(text, kind)
        return function(text, kind)

    remembered.cache_clear = memo.cache_clear  # type: ignore[attr-defined]  # for a test that changes a word list
    return cast(_Explain, remembered)


@_remembered
def explain(text: str, kind: str | None = None) -> tuple[Recognition, ...]:
    """Per rule the first reading that counts, or else the first that does not (a permission…)."""
    reading = read(text)
    forces = clause_forces(reading, kind)
    clause_of = {word.index: position for position, clause in enumerate(reading.clauses) for word in clause.words}

    def force_of(word: Word) -> tuple[Force, tuple[str, ...]]:
        return forces.get(clause_of.get(word.index, 0), (Force.STATEMENT, ()))

    best: dict[str, Recognition] = {}

    def in_example(word: Word) -> bool:
        opener = reading.clauses[clause_of.get(word.index, 0)].words[:1]
        return word.after >= 0 or bool(opener) and opener[0].text in EXAMPLE_OPENERS

    def read_rules(words: tuple[Word, ...], kept_out: tuple[str, ...] = ()) -> bool:
        """Read ``words`` for the rules not yet counted, except ``kept_out``; whether one of them counts now."""
        counted = False
        for rule_id, recogniser in RECOGNISERS:
            if rule_id in best and best[rule_id].counts or rule_id in kept_out:
                continue
            finding = recogniser(words, force_of)
            if finding is None:
                continue
            clause_force, markers = force_of(finding.anchor)
            force = finding.force or clause_force
            if clause_force is Force.CONDITION and force is not Force.LIMIT:
                force = Force.CONDITION
            if force is Force.STATEMENT and warns(words):
                continue  # "AI zonder menselijke tussenkomst brengt risico's met zich mee": a warning
            if clause_force is Force.STATEMENT and any(remains_valued(words, p) for p in range(len(words))):
                continue  # "fact-checking remains a crucial skill": a value, whatever the rule makes of it
            if force is Force.STATEMENT and in_example(finding.anchor) and not _exemplified(finding.words):
                continue  # "transcription, such as transcripts of meetings": an example adds no headline
            found = Recognition(rule_id, force, tuple(w.text for w in finding.words), markers)
            if rule_id not in best or found.counts:
                best[rule_id] = found
                counted = counted or found.counts
        return counted

    fresh = {word.index for clause in reading.clauses if clause.fresh and clause.words for word in clause.words[:1]}
    for words in reading.sentence_words():
        if kind is None and examples(words) and not _rule_after_examples(reading, words):
            continue  # "Denk bijvoorbeeld aan BSN-nummers, cv's…", "Examples include…": they continue a rule
        if words[0].sentence > 0 and _same_rule(words):
            continue  # "The same goes for draft reports": read with the sentence before (:func:`_read_pointed`)
        counted = read_rules(words)
        if all(rule_id in best and best[rule_id].counts for rule_id in RULE_IDS):
            continue
        if counted:
            # a list of rules in one sentence ("Deel geen broncode met AI-tools en laat AI nooit beslissen
            # over een klant"): each member is read on its own for the rules the whole did not give; not for
            # business secrets when the whole names none: its list's owner ("Enter client names, … or bank
            # statements", "jaarrekeningen … of andere gegevens van cliënten") makes them the clients' data
            kept_out: tuple[str, ...] = () if secrets(words)[0] else (SECRETS,)
            kept_out += tuple(rule_id for rule_id, veto in VETOES if veto(words, force_of))
            # (nor for a rule the whole sentence vetoes: "… based on their ethnicity is prohibited", "Wat de AI
            # niet doet: feiten verifiëren, …" say what a member alone would not)
            for segment in _segments(words, clause_of):
                read_rules(segment, kept_out)
        elif any(word.index in fresh for word in words[1:]):
            # "Only people decide on applications; AI can help prepare them": a semicolon joins statements
            # that each stand alone
            for part in _split_at(words, fresh):
                read_rules(part)
    if reading.clauses[-1].sentence > 0 and not all(
        rule_id in best and best[rule_id].counts for rule_id in _DATA_RULES
    ):
        _read_pointed(text, kind, reading, best)
    if reading.clauses[-1].sentence > 0 and not (DECISION in best and best[DECISION].counts):
        _read_contrasted(text, kind, reading, best)
    return tuple(best[rule_id] for rule_id in RULE_IDS if rule_id in best)


_DATA_RULES = (PERSONAL, SECRETS)


def _read_pointed(text: str, kind: str | None, reading: Reading, best: dict[str, Recognition]) -> None:
    """'… contracts and revenue numbers are confidential. Don't paste them into any AI tool.': a sentence whose object
    is a pronoun for the protected objects of the sentence right before it is read with those objects in its place,
    and '… must never go into Copilot. The same goes for draft reports.' as the sentence before with what it names
    in place of that one's objects, for the data rules the text has not stated yet (:mod:`.antecedents`)."""
    from aibeleid_check.meaning.antecedents import (  # texts of two sentences or more
        pointing_object,
        same_goes_for,
        with_antecedent,
        with_same_rule,
    )

    grouped = {words[0].sentence: words for words in reading.sentence_words()}
    written = sentences(text)
    for index, words in grouped.items():
        previous = grouped.get(index - 1)
        if previous is None or index >= len(written):
            continue
        named = same_goes_for(written[index])
        if named is None and pointing_object(words) is None:
            continue
        if [w.text for w in read(written[index]).words] != [w.text for w in words]:
            continue  # (the text's own sentence split and the reading's disagree: read nothing into it)
        if named is not None:  # "… must never go into Copilot. The same goes for draft committee reports."
            rewritten = with_same_rule(named, previous, reading)
        else:
            rewritten = with_antecedent(written[index], words, previous, reading)
        if rewritten is None:
            continue
        for found in explain(rewritten, kind):
            if found.rule in _DATA_RULES and found.counts and not (found.rule in best and best[found.rule].counts):
                best[found.rule] = found


_CONTRAST_NEGATIONS = frozenset("nooit niet never not".split())
_CONTRAST_DETERMINERS = frozenset("de het een the a an".split())


def _contrast_only(words: tuple[Word, ...]) -> bool:
    """'Nooit het programma.', 'Not the software.': a sentence that only sets one thing against the one before it (the
    sentence before, read with it, must state the decision rule itself)."""
    rest = [w for w in words[1:] if w.text not in _CONTRAST_DETERMINERS]
    return (
        3 <= len(words) <= 4
        and words[0].text in _CONTRAST_NEGATIONS
        and words[1].text in _CONTRAST_DETERMINERS
        and len(rest) == 1
    )


def _read_contrasted(text: str, kind: str | None, reading: Reading, best: dict[str, Recognition]) -> None:
    """'… beslist altijd de apotheker of de assistent. Nooit het programma.': a sentence that only names AI against
    who the sentence before says decides is read as that sentence's last clause, for the decision rule."""
    grouped = {words[0].sentence: words for words in reading.sentence_words()}
    written = sentences(text)
    if len(written) != len(grouped):
        return  # (the text's own sentence split and the reading's disagree: read nothing into it)
    for index, words in grouped.items():
        if index and _contrast_only(words):
            joined = f"{written[index - 1].rstrip(' .!')}, {written[index][:1].lower()}{written[index][1:]}"
            found = next((r for r in explain(joined, kind) if r.rule == DECISION and r.counts), None)
            if found is not None:
                best[DECISION] = found
                return


def _same_rule(words: tuple[Word, ...]) -> bool:
    from aibeleid_check.meaning.antecedents import opens_same_rule  # texts of two sentences or more

    return opens_same_rule(words)


def _exemplified(found: tuple[Word, ...]) -> bool:
    """'Ingesting any original materials from submissions (e.g., authors' unpublished work) into AI tools': the
    object of a headline exemplified in an aside, with the act and the AI destination outside it."""
    outside = [w for w in found if w.after < 0]
    return any(INPUT.matches(w) for w in outside) and any(AI.matches(w) for w in outside)


def _rule_after_examples(reading: Reading, words: tuple[Word, ...]) -> bool:
    """'Denk aan privacy: voer geen namen in': after the opener a clause with its own prohibition or
    imperative states a rule; the members of an example list have no force of their own."""
    first = words[0].sentence
    clauses = [clause for clause in reading.clauses if clause.sentence == first and clause.words]
    return any(
        clause.host < 0
        and (IMPERATIVE.matches(clause.words[0]) or clause.words[0].text in _RULE_OPENERS)
        and (found := own_force(clause, False)) is not None
        and found[0] in (Force.PROHIBITION, Force.OBLIGATION)
        for clause in clauses[1:]
    )  # (a relative clause, "gegevens die niet openbaar zijn", is part of a member)


_RULE_OPENERS = frozenset("never nooit do don't dont niet geen no always altijd".split())


def recognise(text: str, kind: str | None = None) -> tuple[Recognition, ...]:
    """The template rules ``text`` states, with force and evidence (permissions and conditions left out)."""
    return tuple(found for found in explain(text, kind) if found.counts)


def recognised_ids(text: str, kind: str | None = None) -> frozenset[str]:
    return frozenset(found.rule for found in recognise(text, kind))


def near_misses(text: str, kind: str | None = None) -> tuple[NearMiss, ...]:
    """When no rule of ``text`` counts: per rule it came near, what was found and what was missing (a protected
    object but no act with AI, a decision word but nobody forbidden to decide, one identifier alone; see
    :mod:`.near`). Empty when a rule counts."""
    from aibeleid_check.meaning.near import near_misses as misses  # only herken asks: not on the hot path

    found = explain(text, kind)
    if any(item.counts for item in found):
        return ()
    return misses(text, kind, frozenset(item.rule for item in found))


def _split_at(words: tuple[Word, ...], starts: set[int]) -> list[tuple[Word, ...]]:
    parts: list[list[Word]] = [[]]
    for word in words:
        if word.index in starts and parts[-1]:
            parts.append([])
        parts[-1].append(word)
    return [tuple(part) for part in parts[:_MAX_SEGMENTS] if len(part) >= 2]


_JOINS = frozenset(("en", "and", "maar", "but"))


def _segments(words: tuple[Word, ...], clause_of: dict[int, int]) -> list[tuple[Word, ...]]:
    """The members of a sentence that lists rules: its clauses, split again at *en*/*and*/*maar*/*but*."""
    segments: list[list[Word]] = [[]]
    previous = -1
    where: dict[int, int] = {}
    for word in words:
        if word.after in where:
            segments[where[word.after]].append(word)  # an aside stays with the word it follows
            continue
        clause = clause_of.get(word.index, 0)
        if word.text in _JOINS or clause != previous:
            segments.append([])
        previous = clause
        if word.text not in _JOINS:
            segments[-1].append(word)
            where[word.index] = len(segments) - 1
    found = [tuple(segment) for segment in segments if len(segment) >= 2 and len(segment) < len(words)]
    return found if len(found) <= _MAX_SEGMENTS else []  # a list sentence has a few members, not a page of them


_MAX_SEGMENTS = 8
