"""altijd-controleren: checking what AI produces as a duty, or not checking it as a prohibition
("ongezien overnemen", "at face value", "without verifying").

The recogniser that combines the readings: :mod:`.check_unchecked` (not checking), :mod:`.check_drafts` (a draft,
accuracy ensured), :mod:`.check_checked` (a check verb with what AI made, helped by :mod:`.check_context` and
:mod:`.check_no_check`), :mod:`.check_shapes`; it counts one when it is stated as a rule and no reading of
:mod:`.check_exclusions` makes it another thing."""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.check_ai_tasks import _ai_task, ai_does, ai_does_not, input_purpose
from aibeleid_check.meaning.check_ai_work import _HUMAN_ADJ, _names_made, _subject
from aibeleid_check.meaning.check_checked import _checked
from aibeleid_check.meaning.check_drafts import _as_draft, _ensured
from aibeleid_check.meaning.check_exclusions import _attributive, _capacity, _detects_use, _monitoring
from aibeleid_check.meaning.check_made import made_by_ai
from aibeleid_check.meaning.check_objects import draft_then
from aibeleid_check.meaning.check_other_checks import (
    decision_reviewed,
    impossible,
    procedures_in_place,
    records_value,
    replaced,
    told,
    written_review,
)
from aibeleid_check.meaning.check_procedures import by_a_person
from aibeleid_check.meaning.check_release import publishing, released
from aibeleid_check.meaning.check_shapes import only_checked
from aibeleid_check.meaning.check_unchecked import _distrust, _unchecked
from aibeleid_check.meaning.check_verbs import check_words
from aibeleid_check.meaning.decision_kinds import within_right
from aibeleid_check.meaning.finding import CHECKING, Finding, ForceOf, Words, headline, texts
from aibeleid_check.meaning.force import Force
from aibeleid_check.meaning.force_words import IMPERATIVE
from aibeleid_check.meaning.morph import Word


def vetoed(words: Words, force_of: ForceOf) -> bool:
    """Whether the whole sentence keeps its members from being read alone for this rule: a list of the AI's own
    tasks ('Wat de AI niet doet: feiten verifiëren, redactionele keuzes maken', where 'feiten verifiëren' alone
    would be a person's check)."""
    return any(ai_does(words, check) or input_purpose(words, check) for check in check_words(words))


def checking(words: Words, force_of: ForceOf) -> Finding | None:
    if any(ai_does_not(words, check) for check in check_words(words)):
        return None  # "AI does not check facts, … for what we publish": what AI does not do, a fact about it
    readings = (
        _unchecked(words),
        _distrust(words),
        _as_draft(words),
        _checked(words),
        _ensured(words),
        publishing(words),
        only_checked(words, force_of),
    )
    for reading in readings:  # (answering for the accuracy of AI's work is not checking it: guide decision 6)
        if (
            reading
            and _stated(reading, words, force_of)
            and not _capacity(words, reading[0])
            and not _ai_task(words, reading[0])
            and not any(_monitoring(words, w) for w in (reading[0], *check_words(words)))
            and not _detects_use(words, reading[0])
            and not within_right(words, reading[:1])
            and not _listed_use(words, reading[0], force_of)
            and not procedures_in_place(words, reading[0])
            and not impossible(words, reading[0])
            and not records_value(words, reading[0])
            and not (force_of(reading[0])[0] is Force.STATEMENT and told(words, reading[0]))
            and not replaced(words, reading[0])
            and not _checked_kind(words, reading, force_of)
            and not written_review(words, reading[0])
            and not decision_reviewed(words, reading[0])
        ):
            if force_of(reading[0])[0] is Force.PERMISSION and _own_check_joined(words, reading[0]):
                return Finding(CHECKING, texts(reading), reading[0], Force.CONDITION)
            return Finding(CHECKING, texts(reading), reading[0])
    return None


_SELF = frozenset("zelf yourself jezelf yourselves".split())


def _own_check_joined(words: Words, check: Word) -> bool:
    """'Woningteksten laten opzetten en zelf nalezen' under DIT MAG: the user's own check joined to the allowed
    act by 'and' is the condition of the permission, as ', die je daarna zelf nakijkt' is (guide decision 1)."""
    position = words.index(check)
    before = [w.text for w in words[max(0, position - 3) : position]]
    return position > 2 and any(t in ("en", "and") for t in before) and any(t in _SELF for t in before)


def _checked_kind(words: Words, reading: list[Word], force_of: ForceOf) -> bool:
    """'Alleen gecontroleerde bronnen gebruiken we': under *only*, a check participle before a thing AI did not make
    says which kind of source may be used, a limit on sources, not a check of AI's output (that is
    :func:`only_checked`)."""
    return (
        force_of(reading[0])[0] is Force.LIMIT
        and _attributive(words, reading[0])
        and not only_checked(words, force_of)
        and not _names_made(words)
    )


def _listed_use(words: Words, check: Word, force_of: ForceOf) -> bool:
    """'Fact-checking', 'Proofreading', bare under 'What it cannot be used for': a check named alone in a list
    of forbidden uses is a task AI may not do, not a check of what it made ('Publishing AI output without
    checking it' names the output)."""
    force, markers = force_of(check)
    if force is not Force.PROHIBITION or markers or len(words) > 3 or _names_made(words):
        return False
    return not any(IMPERATIVE.matches(w) or c.HUMAN.matches(w) or c.DECIDER.matches(w) for w in words)


def _stated(reading: list[Word], words: Words, force_of: ForceOf) -> bool:
    """'Blind vertrouwen' in a plain statement ("you risk trusting blindly") is a warning, not a rule."""
    if force_of(reading[0])[0] is not Force.STATEMENT or headline(words, reading):
        return True
    if words[0].text.endswith("ing") and draft_then(words, reading[0]):
        return True  # "Drafting standard letters, which are then subject to review": an item of what AI may do
    if c.UNCHECKED.matches(reading[0]):
        return False
    if _attributive(words, reading[0]):
        return False  # "antwoorden op basis van gecontroleerde informatiebronnen": a checked thing, described
    if any(w.text in _ACTIVE for w in words):
        return False  # "Content-filtering en output-validatie zijn actief": a feature of the system, described
    # a plain statement ("Docenten controleren de werkstukken") describes; it is the rule only about AI,
    # or when it names human checking ("human review remains part of…", "menselijke controle")
    if any(c.names_ai(w) or c.STRONG_OUTPUT.matches(w) for w in words) or made_by_ai(words):
        return True
    if any(w.text.startswith(_PRINCIPLES) for w in words):
        return False  # "principes: transparantie, menselijke controle en verantwoording": values, not a duty
    if any(c.CHECK.matches(w) and by_a_person(words, p) and _passive_of_each(words, p) for p, w in enumerate(words)):
        return True  # "Every recommendation that reaches a client is reviewed and approved by a human"
    if released(words) and not any(c.BODY.matches(w) for w in words[: words.index(reading[0])]):
        return (
            True  # "An attorney reviews everything we publish", "de redactie leest elk artikel voordat het live gaat"
        )
    return any(
        c.CHECK.matches(w) and (words[p - 1].text in _HUMAN_ADJ or any(_subject(words, w, h) for h in words[:p]))
        for p, w in enumerate(words)
        if p
    )


def _passive_of_each(words: Words, position: int) -> bool:
    """'Every recommendation … is reviewed by a human', 'Elk advies … wordt door een mens gecontroleerd': each
    thing that goes out is checked, a standing practice (not 'fact-checking — all done and verified by humans')."""
    auxiliary = any(w.text in _PASSIVE_AUX for w in words[max(0, position - 5) : position])
    return auxiliary and words[0].text in _EACH


_PASSIVE_AUX = frozenset("is are wordt worden".split())
_EACH = frozenset("every each all elk elke alle iedere ieder".split())


_ACTIVE = frozenset("actief active enabled ingeschakeld geactiveerd activated aanwezig".split())
_PRINCIPLES = ("principe", "principle", "waarden", "values", "kernwaarde", "pijler", "pillar")
