"""Sentence shapes of the checking rule that need no check verb of their own or read one in another sense:
a positive limit ('alleen gecontroleerde AI-teksten'), taking over as it is ('neem de uitkomst niet zonder
meer over'), and what is no check of what AI made (the spelling of a text, whether a use complies)."""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.check_made import ai_made_word, made_by_ai
from aibeleid_check.meaning.check_verbs import check_words
from aibeleid_check.meaning.finding import ForceOf, Words
from aibeleid_check.meaning.force import Force
from aibeleid_check.meaning.morph import Word

_PARTICIPLE_ENDS = ("ed", "de", "te", "d", "t")


_ONLY = frozenset(("alleen", "only", "uitsluitend", "enkel"))


def only_checked(words: Words, force_of: ForceOf) -> list[Word]:
    """'Alleen gecontroleerde AI-teksten mogen in een dossier', 'Only reviewed AI output may be shared': under
    *only*, a check participle before what AI made limits use to checked output (the positive limit)."""
    if not any(w.text in _ONLY for w in words):
        return []  # (most sentences: no need to look for the check words)
    for check in check_words(words):
        position = words.index(check)
        if force_of(check)[0] is not Force.LIMIT or not check.text.endswith(_PARTICIPLE_ENDS):
            continue
        if not any(w.text in _ONLY for w in words[max(0, position - 3) : position]):
            continue
        made = [w for w in words[position + 1 : position + 4] if _made_thing(w)]
        if made:
            return [check, made[0]]
    return []


def _made_thing(word: Word) -> bool:
    return c.STRONG_OUTPUT.matches(word) or ai_made_word(word) or c.OUTPUT.matches(word) and c.AI.matches_part(word)


_AS_IS_NEXT = {
    "zonder": ("meer", "nadenken", "nadenk"),
    "without": ("question", "questioning", "thinking", "thought", "hesitation"),
}


def as_is_phrase(words: Words, position: int) -> bool:
    """'zonder meer', 'zonder nadenken', 'without question': taking something as it is, like *zomaar*."""
    follows = _AS_IS_NEXT.get(words[position].text)
    return follows is not None and position + 1 < len(words) and words[position + 1].text in follows


_TAKE = frozenset("neem neemt nemen genomen".split())


def taken_over(words: Words) -> bool:
    """'Neem de uitkomst … nooit zonder meer over': the separable *overnemen* whose particle closes the sentence."""
    return bool(words) and words[-1].text == "over" and any(w.text in _TAKE for w in words[:-1])


_FORM = frozenset(
    """spelling spellingsfouten spelfouten typfouten tikfouten grammatica grammar typos punctuation
    interpunctie opmaak formatting layout""".split()
)


def language_form(words: Words, check: Word) -> bool:
    """'Check de spelling van je tekst', 'check the grammar of your email': the form of one's own text, with no AI
    or what it made named, is proofreading one's own work, not checking AI's output."""
    position = words.index(check)
    ahead = [w for w in words[position + 1 : position + 4] if w.text not in ("de", "het", "the", "your", "je", "jouw")]
    if not ahead or ahead[0].text not in _FORM:
        return False
    return not made_by_ai(words) and not any(
        c.names_ai(w) or _made_thing(w) and c.STRONG_OUTPUT.matches(w) for w in words
    )
