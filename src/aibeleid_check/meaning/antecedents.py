"""A pronoun that stands for the protected objects of the sentence right before it, for the two data rules.

"Our source code, investor updates, contracts and revenue numbers are confidential. Don't paste them into any AI
tool.", "Offertes en contracten zijn vertrouwelijk. Zet ze nooit in een AI-tool.", "… Die deel je ook niet met AI.":
the prohibition's object is a pronoun (them, it, these, ze, die, deze, dat), and what it stands for is what the
sentence before named. :func:`with_antecedent` writes the sentence again with those objects in the pronoun's place,
so that it is read as every other sentence is (:func:`aibeleid_check.meaning.explain` reads it for the data rules
the text did not state yet). Only the sentence right before, in the same text (one list item, one paragraph), and
only a pronoun that is the object of an act ("paste them", "Zet ze", "Die deel je").

"… must never go into Copilot. The same goes for draft committee reports.", "Hetzelfde geldt voor offertes.": a
sentence that opens with *the same goes for* / *hetzelfde geldt voor* takes the force and act of the sentence before
for what it names; :func:`with_same_rule` writes the sentence before again with those in place of its objects.
"""

from __future__ import annotations

import re
from itertools import islice

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.force_words import MODAL
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.objects import personal_data
from aibeleid_check.meaning.secret_objects import secrets
from aibeleid_check.meaning.text import Reading

Words = tuple[Word, ...]

_POINTING = frozenset("them it these those this ze die deze dat dit".split())
_ADVERBS = frozenset("never nooit not niet ook also ever ooit".split())
_OPENERS = frozenset("and so also en dus ook maar but".split())
_LEADS = frozenset("our onze ons the de het this these deze dit all alle your je jouw uw their hun".split())
_HEADS = frozenset("code numbers figures cijfers model models plans plannen lists list".split())
_COPULAS = frozenset("is are zijn was were blijft blijven remain remains stay stays".split())


def _verb(word: Word) -> bool:
    """Where the objects' noun phrase ends: a copula, a modal or an act ('are confidential', 'contain …')."""
    return word.text in _COPULAS or MODAL.matches(word) or _acts(word)


def _acts(word: Word) -> bool:
    return c.INPUT.matches(word) or c.ENTER.matches(word) or c.COPY.matches(word)


def pointing_object(words: Words) -> int | None:
    """The position of the pronoun that is the object of an act in ``words`` (one sentence): after the act ('Don't
    paste them', 'Zet ze nooit'), or first and before it ('Die deel je ook niet', 'Deze voer je nooit in')."""
    for position, word in enumerate(words):
        if word.text not in _POINTING:
            continue
        back = position - 1
        while back >= 0 and words[back].text in _ADVERBS:
            back -= 1
        if back >= 0 and _acts(words[back]) and back >= position - 2:
            return position
        opens = position == 0 or position == 1 and words[0].text in _OPENERS
        if opens and position + 1 < len(words) and _acts(words[position + 1]):
            return position
    return None


def _objects(words: Words) -> list[Word]:
    return [*secrets(words)[0], *personal_data(words)]


def _object_span(words: Words) -> tuple[int, int] | None:
    """Where the protected objects of ``words`` (one sentence) stand as a phrase: from the first object to the last
    one before the sentence's verb ('… are confidential', '… contain'), with the determiner before them and the head
    nouns after them ('our source code', 'revenue numbers'); ``None`` when the sentence names none."""
    found = {w.index for w in _objects(words)}
    if not found:
        return None
    positions = [p for p, w in enumerate(words) if w.index in found]
    verb = next((p for p, w in enumerate(words) if p > positions[0] and _verb(w)), len(words))
    positions = [p for p in positions if p < verb] or positions
    start, end = positions[0], positions[-1]
    while start > 0 and words[start - 1].text in _LEADS:
        start -= 1
    while end + 1 < verb and (words[end + 1].text in _HEADS or c.DATA.matches(words[end + 1])):
        end += 1
    return start, end


def _joined(reading: Reading, words: Words) -> str:
    """``words`` as a phrase, with a comma where the reading starts a new clause (the commas of a list)."""
    clause_of = {w.index: n for n, clause in enumerate(reading.clauses) for w in clause.words}
    text = words[0].text if words else ""
    for before, word in zip(words, words[1:], strict=False):
        text += (", " if clause_of.get(before.index) != clause_of.get(word.index) else " ") + word.text
    return text


def antecedent(reading: Reading, words: Words) -> str:
    """The protected objects of ``words`` (one sentence) as a phrase, with the commas of their list
    (:func:`_object_span`); empty when the sentence names none."""
    span = _object_span(words)
    return _joined(reading, words[span[0] : span[1] + 1]) if span else ""


_TOKEN = r"(?<![\w'-]){}(?![\w'-])"


def with_antecedent(sentence: str, words: Words, previous: Words, reading: Reading) -> str | None:
    """``sentence`` (as written; ``words`` its reading) with its object pronoun replaced by the objects of the
    sentence before (``previous``); ``None`` when it has no such pronoun, names protected objects itself, or the
    sentence before names none."""
    position = pointing_object(words)
    if position is None or _objects(words):
        return None
    phrase = antecedent(reading, previous)
    if not phrase:
        return None
    pronoun = words[position].text
    occurrence = sum(1 for w in words[:position] if w.text == pronoun)
    matches = list(re.finditer(_TOKEN.format(re.escape(pronoun)), sentence, re.IGNORECASE))
    if occurrence >= len(matches):
        return None
    found = matches[occurrence]
    return sentence[: found.start()] + phrase + sentence[found.end() :]


def _spelled_out(*slots: str) -> frozenset[tuple[str, ...]]:
    """Every opener a row of slots spells ('the same|same', 'goes|applies', …): one alternative of each slot, an
    empty alternative leaving the slot out."""
    openers: list[tuple[str, ...]] = [()]
    for slot in slots:
        openers = [opener + tuple(alternative.split()) for opener in openers for alternative in slot.split("|")]
    return frozenset(openers)


_SAME_RULE_OPENERS = (
    _spelled_out("the same|same", "goes|applies|holds", "also|", "for|to")
    | _spelled_out("the same|same", "is|holds", "also|", "true", "for|of")
    | _spelled_out("this|that", "also|", "applies", "also|equally|", "to|for")
    | _spelled_out("this|that", "also|", "goes", "for")
    | _spelled_out("hetzelfde|datzelfde|ditzelfde", "geldt|geldt ook|geldt eveneens|gaat op|gaat ook op|", "voor")
    | _spelled_out("dat|dit", "geldt ook|geldt eveneens|gaat ook op", "voor")
)
"""The openings of a sentence that states the rule of the sentence before for what it names, as words: one table
for skipping such a sentence when it is read on its own (:func:`opens_same_rule`) and for reading it with the
sentence before (:func:`same_goes_for`), so that a sentence skipped is a sentence read again."""

_OPENER_LENGTHS = sorted({len(opener) for opener in _SAME_RULE_OPENERS}, reverse=True)


def _opener_length(words: tuple[str, ...]) -> int:
    """How many of ``words`` (a sentence's first words, lower case) are a same-rule opener; 0 when none is."""
    return next((n for n in _OPENER_LENGTHS if n <= len(words) and words[:n] in _SAME_RULE_OPENERS), 0)


def opens_same_rule(words: Words) -> bool:
    """The sentence opens with 'The same goes for', 'Hetzelfde geldt voor', 'Dat geldt ook voor' (as read)."""
    return _opener_length(tuple(w.text for w in words[: _OPENER_LENGTHS[0]])) > 0


_WRITTEN_WORD = re.compile(r"\w+")


def same_goes_for(sentence: str) -> str | None:
    """What a sentence that opens with 'The same goes for' / 'Hetzelfde geldt voor' / 'Dat geldt ook voor' names,
    as written (without its final full stop); ``None`` for any other sentence."""
    written = list(islice(_WRITTEN_WORD.finditer(sentence), _OPENER_LENGTHS[0]))
    length = _opener_length(tuple(found.group().lower() for found in written))
    if not length:
        return None
    rest = sentence[written[length - 1].end() :].lstrip(" \t\n:,").rstrip(" .!")
    return rest or None


def with_same_rule(named: str, previous: Words, reading: Reading) -> str | None:
    """The sentence before (``previous``, as read) with ``named`` in place of its protected objects: 'Client names
    must never go into Copilot.' and 'draft committee reports' give 'draft committee reports must never go into
    copilot'; ``None`` when the sentence before names no protected object."""
    span = _object_span(previous)
    if span is None:
        return None
    before_objects, after_objects = _joined(reading, previous[: span[0]]), _joined(reading, previous[span[1] + 1 :])
    return " ".join(part for part in (before_objects, named, after_objects) if part) + "."
