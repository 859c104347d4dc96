"""The limits of the two data rules: the data goes into AI only through an approval, or only when public.

The data goes in only after an approval ("pas na toestemming van de FG", "requires prior approval"), AI is
unfit for it ("AI tools are unsuitable for personal information"), or only what is public may go in
("niets wat niet op internet zou mogen staan", "treat every prompt as if it will be published", "limit what
you share to what is public"). :mod:`.data_rules` reads the protected object and asks these readings.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning import objects
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.force import negations
from aibeleid_check.meaning.force_words import ONLY
from aibeleid_check.meaning.morph import Word

_NOT_BEFORE = ("na", "nadat", "als", "wanneer", "zodra", "indien", "met")
_REQUIRES = ("requires", "require", "required", "requiring", "needs", "need", "subject", "vereist", "vereisen",
             "behoeft", "vergt", "vraagt", "afhankelijk", "conditional", "contingent")  # fmt: skip


def _gated(words: Words) -> list[Word]:
    """'Persoonsgegevens voer je pas in na toestemming van de FG', 'entering client data requires prior
    approval from the DPO': the data goes in only through an approval, a limit (guide decision 2)."""
    gates = [w for w in words if c.GATE.matches(w)]
    if not gates:
        return []
    first = words.index(gates[0])
    if any(
        c.PEOPLE.matches(w) or w.text in ("betrokkene", "betrokkenen", "subject", "subjects", "concerned")
        for w in words[first + 1 : first + 5]
    ):
        return []  # "requires the consent of the client / data subject": a legal basis, not the way in
    for position, word in enumerate(words[:first]):
        if word.text == "pas" and any(w.text in _NOT_BEFORE for w in words[position + 1 : first + 1]):
            return [word, gates[0]]  # "pas na toestemming", "gaat pas een AI-tool in nadat de CISO akkoord geeft"
        if word.text in _REQUIRES and first - position <= 4:
            return [word, gates[0]]  # "requires the prior approval of", "is subject to prior approval"
    needed = [w for w in words[first + 1 : first + 7] if w.text in _NEEDED]
    return [gates[0], needed[0]] if needed else []  # "is vooraf toestemming van de FG nodig"


_NEEDED = ("nodig", "vereist", "verplicht", "noodzakelijk", "needed", "required", "necessary", "mandatory")


_FIT = ("unsuitable", "ongeschikt", "ongeschikte", "inappropriate", "unfit", "suitable", "geschikt", "geschikte",
        "appropriate", "passend", "passende", "juiste", "right", "safe", "veilig", "veilige", "wrong", "verkeerde",
        "unsafe", "onveilig", "onveilige")  # fmt: skip


def _unfit_for(words: Words, found: list[Word]) -> bool:
    """'AI tools are unsuitable for personal information', 'ChatGPT is geen geschikte omgeving voor
    klantdossiers': under a negation, unfit for the data is the rule against putting it there."""
    first = min(w.index for w in found)
    return any(
        w.text in _FIT
        and any(f.text in ("for", "voor") and w.index < f.index < first for f in words)
        and first - w.index <= 6
        for w in words
    )


def _public_limit(words: Words) -> list[Word]:
    """'Voer niets in wat niet op internet zou mogen staan', 'only public information': a limit to what is public."""
    places = objects.public_places(words)
    treated = _treated_as_public(words, places)
    if treated:
        return treated
    if not places:
        return []
    found_acts = [w for w in words if c.INPUT.matches(w) or c.ENTER.matches(w)]
    if not found_acts:
        return []  # "GenAI begrijpt de wereld niet": no act, no limit
    if all(c.USE.matches(w) for w in found_acts) and not any(c.AI.matches(w) for w in words):
        return []  # "public website forms should be used for general inquiries only": no AI, no input
    negated = negations(words)
    if len(negated) >= 2 or any(ONLY.matches(w) or _limits(words, w) for w in words):
        return [*negated[:2], *places]
    if negated and any(_unpublished_anything(words, w) for w in places):
        return [*negated[:1], *places]
    inside = [w for w in places if c.KEEP_VERB.matches(w)]
    if negated and inside and _generic_subject(words, inside[0]):
        return [negated[0], *inside]  # "information that should stay within the organisation must not be entered"
    anything = [w for w in words if w.text in ("anything", "iets", "whatever", "something")]
    if negated and anything:
        return [negated[0], anything[0], *places]  # "don't feed it anything you'd be embarrassed to see leaked"
    everything = [w for w in words if w.text in ("alles", "everything", "anything", "all", "whatever")]
    if everything and any(c.ENTER.matches(w) for w in words) and any(o.text in _MUST for o in words):
        return [everything[0], *places]  # "Alles wat je invoert, moet ook in de krant kunnen staan"
    return []


def _generic_subject(words: Words, keep: Word) -> bool:
    """What stays inside is any information ('information that should stay within the organisation', 'wat
    binnen de organisatie moet blijven'), not one kind that names its own rule ('personal data must stay …')."""
    before = [w for w in words if w.index < keep.index][-6:]
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
_GENERIC = frozenset("informatie information info data gegevens materiaal material materials content inhoud".split())
_EXAMPLE = frozenset("zoals such bijvoorbeeld eg bijv including waaronder inclusief namely".split())


def _unpublished_anything(words: Words, place: Word) -> bool:
    """'Deel geen niet-openbare informatie': what is not public, of any kind, is both data rules. A
    qualifier of one kind of document ('niet-openbare collegevoorstellen', 'non-public documents') or an
    example list ('zoals niet-openbare stukken') names business information only."""
    if not place.text.startswith(("niet-", "non-")):
        return False
    position = words.index(place)
    if any(w.text in _EXAMPLE for w in words[max(0, position - 3) : position]):
        return False
    following = words[position + 1 : position + 3]
    return not following or any(w.text in _GENERIC for w in following)
