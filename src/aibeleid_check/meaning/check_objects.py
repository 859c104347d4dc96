"""What a check is about: what AI made, or another object (a system, an identity, a procedure).

Here: another object than AI's work (:func:`other_object`), a check of data's accuracy, and a draft checked after
it was made (:func:`draft_then`). What AI made is named in :mod:`.check_made`, a text going out in
:mod:`.check_release`, a system or procedure checked in :mod:`.check_procedures`, the check words in
:mod:`.check_verbs`."""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.check_made import _PRONOUNS, Words, ai_made_word, made_by_ai
from aibeleid_check.meaning.check_release import publication, published_word
from aibeleid_check.meaning.check_verbs import check_words
from aibeleid_check.meaning.decision_kinds import ORG_MATTERS
from aibeleid_check.meaning.morph import Word

_SKIPPED = frozenset(
    "the de het een a an all alle every elke each any your je jouw uw their hun our onze own eigen this these those "
    "deze dit".split()
)


def other_object(words: Words, check: Word) -> bool:
    """The noun a check verb takes (after its determiners) names something other than what AI made."""
    position = words.index(check)
    following = [w for w in words[position + 1 : position + 5] if w.text not in _SKIPPED and w.text not in _ADVERBS]
    if following and following[0].text in ("that", "whether", "if", "of", "dat") and len(following) > 1:
        subject = following[1]  # "verify that attendees are registered": the clause says what is checked
        return not (subject.text in _PRONOUNS or c.any_of(subject, c.AI, c.OUTPUT, c.STRONG_OUTPUT, c.CORRECT, c.DATA))
    if len(following) > 1 and following[1].text in _FACTS:
        return False  # "confirm essential information": an adjective before the information checked
    if following and not any(c.names_ai(w) for w in words) and _concrete(following[0]):
        return True  # "Review your calendar before booking", "verify the sender before you open it": no AI
    return bool(following) and c.CHECKED_OTHER.matches(following[0])


_FACTS = frozenset("information informatie info facts feiten figures cijfers statements claims".split())
_ADVERBS = frozenset(
    "altijd always zelf yourself eerst first goed thoroughly grondig nog again carefully zorgvuldig".split()
)


def _concrete(word: Word) -> bool:
    """A noun that is neither what AI made nor any text or data ('calendar', 'sender'), nor a function word."""
    if word.text in _PRONOUNS or word.text in _OPEN or len(word.text) < 4:
        return False
    return not c.any_of(word, c.OUTPUT, c.STRONG_OUTPUT, c.CORRECT, c.DATA, c.CRITICAL, c.HUMAN)


_OPEN = frozenset(
    """altijd always zelf yourself eerst first goed thoroughly grondig nog again before voordat voor prior
    whether that dat what wat everything alles carefully zorgvuldig nauwkeurig""".split()
)


def data_accuracy(words: Words) -> bool:
    """'de juistheid van hun gegevens controleren': the accuracy of records, not of what AI produced."""
    for position, word in enumerate(words):
        if word.text in ("juistheid", "accuracy", "correctheid", "correctness"):
            after = words[position + 1 : position + 5]
            if after and after[0].text in ("van", "of") and not made_by_ai(words):
                made = any(
                    c.AI.matches(w) or c.OUTPUT.matches(w) or c.STRONG_OUTPUT.matches(w) or w.text.startswith("ai-")
                    for w in after[1:]
                ) or _end_product(after[1:])
                return not made  # "the accuracy of your timesheet", "de juistheid van hun gegevens"
    return False


_FINISHED = ("end", "final", "finished", "eind", "definitieve", "uiteindelijke")
_PRODUCTS = ("product", "version", "versie", "text", "tekst", "document", "result", "resultaat", "work", "werk")


def _end_product(words: Words) -> bool:
    """'the accuracy of the end product', 'de juistheid van de definitieve tekst': the work that was made."""
    return any(c.FINAL_VERSION.matches(w) for w in words) or any(
        w.text in _FINISHED and n.text in _PRODUCTS for w, n in zip(words, words[1:], strict=False)
    )


_THEN = ("then", "daarna", "vervolgens", "afterwards", "nadien", "subsequently")


def draft_then(words: Words, check: Word) -> list[Word]:
    """'… a draft note, which they then review', 'Drafting letters, which are then subject to review', 'een
    conceptbrief, die zij daarna controleert': a draft that someone checks after it was made."""
    drafts = [
        w
        for w in words
        if w.index < check.index and (c.DRAFT.matches(w) or w.text.startswith(("draft", "concept")) and len(w.text) > 7)
    ]
    drafts = [w for w in drafts if not _of_governance(words, w)]
    then = [w for w in words if w.text in _THEN and 0 < check.index - w.index <= 5]
    return drafts[:1] if then else []


def _of_governance(words: Words, draft: Word) -> bool:
    """'the draft policy', 'the draft budget': a draft of the organisation's own governance, not of work."""
    position = words.index(draft)
    nxt = words[position + 1] if position + 1 < len(words) else None
    return nxt is not None and (c.NOT_OUTPUT.matches(nxt) or nxt.text in ORG_MATTERS)


__all__ = [
    "ai_made_word",
    "check_words",
    "made_by_ai",
    "publication",
    "published_word",
]  # imported from here by data_acts, near,
# decision_words, decision_governance and the tests
