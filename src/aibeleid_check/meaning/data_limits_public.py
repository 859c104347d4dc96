"""The limit to what is public (:func:`_public_limit`): "Voer niets in wat niet op internet zou mogen
staan", "only public information", "treat every prompt as if it will be published", "limit what you share to what
is public", "what should stay within the organisation", and what of it is no limit ("higher risk to the public").
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning import objects
from aibeleid_check.meaning.data_limits_parties import _other_party
from aibeleid_check.meaning.data_limits_unpublished import _GENERIC, _HEAD_ENDS
from aibeleid_check.meaning.finding import Words, acts
from aibeleid_check.meaning.force import coordinated, negations
from aibeleid_check.meaning.force_words import ONLY
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.text import EXAMPLE_OPENERS


def _public_limit(words: Words) -> list[Word]:
    """'Voer niets in wat niet op internet zou mogen staan', 'only public information': a limit to what is public."""
    places = objects.public_places(words)
    treated = _treated_as_public(words, places)
    if treated:
        return treated
    if not places:
        return []
    found_acts = [w for w in acts(words, places) if c.INPUT.matches(w) or c.ENTER.matches(w) or c.AI.matches(w)]
    kept = _kept_out_of_ai(words)
    found_acts += kept + _for_ai(words)
    if not found_acts and _only_public_item(words, places):
        return places  # "Uitsluitend openbare gegevens.": a verbless limit, as a list item writes it
    if not found_acts:
        return []  # "GenAI begrijpt de wereld niet": no act, no limit ("openbare" is no "openbaren")
    if _other_party(words):
        return []  # "Staff may only share public information on social media": another party, no AI
    if all(c.USE.matches(w) for w in found_acts) and not any(c.AI.matches(w) for w in words):
        if not any(_public_data(words, w) for w in places):
            return []  # "public website forms should be used for general inquiries only": no AI, no input
    negated = negations(words)
    if (
        len([n for n in negated if not coordinated(words, negated, n)]) >= 2  # not "never X and do not post Y"
        and _negated_place(negated, places)
        or any((ONLY.matches(w) or _limits(words, w)) and not _task_example(words, w, places) for w in words)
    ):
        return [*negated[:2], *places]
    if negated and any(_unpublished_anything(words, w) or _above(words, w) for w in places):
        return [*negated[:1], *places]
    nots = [w for w in words if w.text in ("not", "niet")]  # ("is not public": no negation of a rule, a predicate)
    if kept and any(_unpublished_anything(words, w) or _negated_place(nots, [w]) for w in places):
        return [*kept[:1], *places]  # "Informatie die niet openbaar is, blijft buiten AI-tools"
    inside = [w for w in places if c.KEEP_VERB.matches(w)]
    if negated and inside and _generic_subject(words, inside[0]):
        return [negated[0], *inside]  # "information that should stay within the organisation must not be entered"
    anything = [w for w in words if w.text in ("anything", "iets", "whatever", "something")]
    if negated and anything and any(_standard(words, anything[0], w) for w in places):
        return [negated[0], anything[0], *places]  # "don't feed it anything you'd be embarrassed to see leaked"
    everything = [w for w in words if w.text in ("alles", "everything", "anything", "all", "whatever")]
    if everything and any(c.ENTER.matches(w) for w in words) and any(o.text in _MUST for o in words):
        return [everything[0], *places]  # "Alles wat je invoert, moet ook in de krant kunnen staan"
    return []


def _task_example(words: Words, only: Word, places: list[Word]) -> bool:
    """'used exclusively for support tasks, such as summarizing public sources': the limit is on the tasks,
    the public word is in an example of one."""
    return all(
        any(
            only.index < (e.after if e.after >= 0 else e.index) < place.index
            for e in words
            if e.text in EXAMPLE_OPENERS
        )
        for place in places
    )  # (an aside stands after the sentence; it is read where it was written)


def _kept_out_of_ai(words: Words) -> list[Word]:
    """'blijft buiten ChatGPT', 'keep it out of AI tools': AI named as where it must not go."""
    return [
        w
        for p, w in enumerate(words)
        if c.AI.matches(w) and any(b.text in ("buiten", "outside", "out") for b in words[max(0, p - 4) : p])
    ]


def _for_ai(words: Words) -> list[Word]:
    """'… is taboe voor AI', 'is not for ChatGPT': AI named as what the information is (not) for."""
    return [w for p, w in enumerate(words) if c.AI.matches(w) and p and words[p - 1].text in ("voor", "for")]


def _negated_place(negated: list[Word], places: list[Word]) -> bool:
    """'niets wat niet op internet zou mogen staan': one of the negations is the public place's ('… will not be
    combined with programs of higher risk to the public' negates something else)."""
    return any(0 < abs(p.index - n.index) <= 6 for n in negated for p in places)


def _only_public_item(words: Words, places: list[Word]) -> bool:
    return len(words) <= 6 and any(ONLY.matches(w) for w in words) and any(_public_data(words, w) for w in places)


_SAID_OF = frozenset("that which die dat wat is are zijn has have been already al reeds available beschikbaar".split())


def _public_data(words: Words, place: Word) -> bool:
    """The public word says which information is used: 'publicly available data', 'material that has already
    been published', 'informatie die al openbaar is' (not 'public website forms', 'public transport')."""
    position = words.index(place)
    for head in (position + 1, position + 2):
        if head >= len(words) or not c.DATA.matches(words[head]):
            continue
        if head == position + 2 and words[position + 1].text not in _SAID_OF and not _non(words[position + 1]):
            continue  # ("Public, non-confidential information only": the second adjective says the same)
        if head + 1 == len(words) or words[head + 1].text in _HEAD_ENDS:
            return True  # (the data word heads its phrase: "public meeting rooms" are rooms)
    before = words[max(0, position - 5) : position]
    data = [p for p, w in enumerate(before) if c.DATA.matches(w)]
    return bool(data) and all(w.text in _SAID_OF for w in before[data[-1] + 1 :]) and len(before) - data[-1] > 1


def _non(word: Word) -> bool:
    return word.text.startswith(("non-", "niet-"))


_WOULD = frozenset("would wouldn't you'd zou zouden could kon that which wat die if als".split())


def _standard(words: Words, what: Word, place: Word) -> bool:
    """The public place is the standard of what goes in ('anything you'd be embarrassed to see leaked', 'iets
    wat je niet op internet zou zetten'), not the destination of the act ('Never share anything on the
    internet')."""
    return any(what.index < w.index < place.index and w.text in _WOULD for w in words)


_ABOVE = frozenset("above beyond higher other hoger hogere boven anders".split())


def _above(words: Words, place: Word) -> bool:
    """'data classified above PUBLIC', 'een hogere classificatie dan openbaar', 'any data other than public
    data': what is more than public, of any kind, is both data rules."""
    position = words.index(place)
    before = words[max(0, position - 4) : position]
    if any(w.text in ("above", "beyond", "boven") for w in before[-2:]):
        return True  # "classified above PUBLIC"
    than = [p for p, w in enumerate(before) if w.text in ("than", "dan")]
    return bool(than) and any(w.text in _ABOVE for w in before[: than[-1]])  # ("higher risk to the public": no)


def _generic_subject(words: Words, keep: Word) -> bool:
    """What stays inside is any information ('information that should stay within the organisation', 'wat
    binnen de organisatie moet blijven'), not one kind that names its own rule ('personal data must stay …')."""
    before = [w for w in words if w.index < keep.index][-6:]
    if any(c.SECRET_WORDS.matches(w) for w in before):
        return False  # "Vertrouwelijke informatie blijft binnen de organisatie": one kind, the secrets rule
    return not objects.personal_data(tuple(before)) and any(
        w.text in _GENERIC or w.text in ("wat", "what", "alles", "everything", "anything", "it", "het") for w in before
    )


_TREAT = ("treat", "behandel", "beschouw", "zie", "consider", "regard", "see", "view", "think", "write", "schrijf",
          "formuleer", "formulate")  # fmt: skip
_AS = ("as", "als", "alsof", "like", "zoals")
_CHAT = ("chat", "chats", "gesprek", "gesprekken", "conversation", "conversations", "prompt", "prompts")


def _treated_as_public(words: Words, places: list[Word]) -> list[Word]:
    """'Behandel de chat als een openbaar forum', 'treat every prompt as if it will be published', 'consider
    anything you type into a chatbot as public': what goes into AI is to be seen as published."""
    for treat in (w for w in words if w.text in _TREAT):
        ahead = [w for w in words if w.index > treat.index]
        like = next((w for w in ahead if w.text in _AS), None)
        if like is None or like.index - treat.index > 8:
            continue
        place = next((p for p in places if 0 < p.index - like.index <= 8), None)
        chat = [w for w in ahead if w.index < like.index and (c.AI.matches(w) or c.ENTER.matches(w) or w.text in _CHAT)]
        if place is not None and chat:
            return [treat, chat[0], place]
    return []


_LIMIT = ("limit", "limits", "restrict", "beperk", "beperkt", "beperken")  # "limit what you share to what is public"
_LIMITED = ("limited", "restricted", "confined", "beperkt")


def _limits(words: Words, word: Word) -> bool:
    """'limit what you share to what is public', 'use is restricted to public data', 'beperkt tot'; not
    'including but not limited to'."""
    if word.text in _LIMIT:
        return True
    position = words.index(word)
    if position and words[position - 1].text in ("not", "niet"):
        return False
    return word.text in _LIMITED and position + 1 < len(words) and words[position + 1].text in ("to", "tot")


_MUST = ("moet", "moeten", "must", "should", "dient", "mag", "may")


def _unpublished_anything(words: Words, place: Word) -> bool:
    """'Deel geen niet-openbare informatie': what is not public, of any kind, is both data rules. A
    qualifier of one kind of document ('niet-openbare collegevoorstellen', 'non-public documents') or an
    example list ('zoals niet-openbare stukken') names business information only."""
    if not place.text.startswith(("niet-", "non-")):
        return False
    position = words.index(place)
    if any(w.text in EXAMPLE_OPENERS for w in words[max(0, position - 3) : position]):
        return False
    following = words[position + 1 : position + 3]
    return not following or any(w.text in _GENERIC for w in following)
