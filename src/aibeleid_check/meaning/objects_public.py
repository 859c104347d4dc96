"""Public information or places as what a sentence is about (:func:`public_places`): 'openbare informatie',
'on the internet', the organisation's walls as the limit; not the public as people.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.objects_words import Words, _near, _next_text


def public_places(words: Words) -> list[Word]:
    """Public information or places ("openbare informatie", "on the internet", "public domain"), not a
    public tool ("public AI tools", "publicly available generative AI")."""
    found = []
    into_ai: bool | None = None  # computed only for a word that may be a place beside AI
    for position, word in enumerate(words):
        previous = words[position - 1].text if position else ""
        if c.PUBLIC.matches(word) and _the_public(words, position):
            continue  # "the public will not interact with a chatbot": people, no public place
        if c.PUBLIC.matches(word) and (
            _near(words, position, c.TOOLISH, 0, 2) is None or _before_a_place(words, position)
        ):
            if previous not in _DEMONSTRATIVES:
                found.append(word)  # ("op deze website", "this website": the tool itself, no public place)
        elif word.text in _SOCIAL_OR_LEAVE:
            if into_ai is None:  # social media and the organisation's walls are a standard only beside AI
                into_ai = any(c.AI.matches(w) or c.ENTER.matches(w) for w in words)
            if not into_ai:
                continue
            if word.text in ("social", "sociale") and _next_text(words, position) in ("media", "netwerken", "networks"):
                found.append(word)  # "what you would not post on social media"
            elif word.text in _STRANGERS and any(w.text in _NOTS for w in words[max(0, position - 6) : position]):
                found.append(word)  # "if you wouldn't hand it to a stranger, don't paste it into AI"
                # (not "as if a stranger will read them": the reader of one prompt, no standard of what is public)
            elif word.text in _LEAVE and _leaves_organisation(words, position):
                found.append(word)  # "if it shouldn't leave the company", "wat het bedrijf niet mag verlaten"
            elif word.text not in _LEAVE and _stays_inside(words, position):
                found.append(word)  # "information that should stay within the organisation"
    return found


_DEMONSTRATIVES = frozenset("deze dit this these".split())
_INTO = frozenset("into in naar to with met".split())


def _before_a_place(words: Words, position: int) -> bool:
    """'information that is already public into AI tools': the tool follows a preposition, so 'public' says
    what the information is, not which tool ('public AI tools')."""
    return _next_text(words, position) in _INTO


_LEAVE = frozenset("leave leaves leaving verlaten verlaat".split())
_STAY = frozenset("stay stays remain remains blijven blijft".split())
_STRANGERS = frozenset("stranger strangers vreemden vreemdeling vreemdelingen onbekenden".split())
_NOTS = frozenset("not niet wouldn't shouldn't couldn't won't don't never nooit".split())
_SOCIAL_OR_LEAVE = _LEAVE | _STAY | _STRANGERS | {"social", "sociale"}


_ACTS_OF_PEOPLE = frozenset(
    "will would can could may might must should is are has have does do zal zullen kan kunnen mag mogen moet moeten "
    "wordt heeft hebben".split()
)


def _the_public(words: Words, position: int) -> bool:
    """'The public will not interact with a chatbot': the public as the subject of a verb is people, not a
    public place; 'not intended for the public', 'the public domain' are the public standard."""
    if words[position].text not in ("public", "publiek") or not position:
        return False
    if words[position - 1].text not in ("the", "het", "members"):
        return False
    return position + 1 < len(words) and words[position + 1].text in _ACTS_OF_PEOPLE


def _stays_inside(words: Words, position: int) -> bool:
    """'should stay within the organisation', 'binnen de organisatie moet blijven' (the Dutch verb after)."""
    if words[position].text not in _STAY:
        return False
    near = words[max(0, position - 5) : position + 5]
    inside = [w for w in near if w.text in ("within", "inside", "binnen", "in-house")]
    return bool(inside) and any(
        c.ORGANISATION.matches(w) or w.text in ("building", "gebouw", "huis", "house") for w in near
    )


def _leaves_organisation(words: Words, position: int) -> bool:
    """The organisation's walls as the limit: 'leave the company', 'het huis verlaten'; the organisation
    after an English verb, before the Dutch one ('wat het bedrijf niet mag verlaten')."""
    after = words[position + 1 : position + 4]
    before = words[max(0, position - 5) : position]
    owner = after if words[position].text.startswith("leav") else before
    return any(c.ORGANISATION.matches(w) or w.text in ("building", "gebouw", "huis", "house") for w in owner)
