"""A text going out, for altijd-controleren: published, sent or released ("voordat het live gaat", "before
it is sent"), and work gated before it is used.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.check_made import _PRONOUNS, TEXT_KINDS, Words
from aibeleid_check.meaning.morph import Word

_SENDING = frozenset(
    """publish publishes published publishing publiceer publiceert publiceren gepubliceerd publicatie send sends
    sent sending verzend verzendt verzenden verzonden verstuur verstuurt versturen verstuurd posting posted
    plaatst plaatsen geplaatst submit submits submitted submitting indienen ingediend inleveren ingeleverd""".split()
)  # (not "post", "plaats": nouns as often as verbs, "voor de post", "in plaats van")
_PUBLISHED = frozenset("publish publishes published publiceer publiceert publiceren gepubliceerd".split())


def published_word(word: Word) -> bool:
    """'gepubliceerd', 'publishes': a form of publishing."""
    return word.text in _PUBLISHED


def publication(words: Words, position: int) -> list[Word]:
    """'beslissen wat er gepubliceerd wordt', 'decides on its own what gets published', 'de definitieve
    goedkeuring van artikelen': what is decided is the publication of the organisation's own texts, which
    the guide (decision 9) reads as the check before publishing, not as a decision about people."""
    ahead = words[position + 1 : position + 8]
    which = [w for w in ahead[:4] if w.text in ("wat", "what", "which", "welke", "whatever")]
    if which and any(c.DECIDE.matches(w) or c.DECIDE_WEAK.matches(w) for w in ahead if w.index < which[0].index):
        return []  # "keuzes maken of beslissen wat er gepubliceerd wordt": the nearer verb takes the object
    published = [w for w in ahead if w.text in _PUBLISHED and which and which[0].index < w.index]
    if published and not any(
        c.DOMAIN_STRICT.matches(w) for w in words if which[0].index < w.index < published[0].index
    ):  # ("decide which residents receive a publication grant": about people)
        return published[:1]
    if ahead[:1] and ahead[0].text in ("van", "of") and len(ahead) > 1 and ahead[1].text.endswith(_TEXT_ENDS):
        return [ahead[1]]
    return []


_TEXT_ENDS = tuple(TEXT_KINDS)


def publishing(words: Words) -> list[Word]:
    """'Geen AI-model bepaalt zelfstandig wat er wordt gepubliceerd', 'AI is not used for the final approval of
    articles': beside AI, deciding or approving what is published is the check (guide decision 9)."""
    if not any(c.names_ai(w) for w in words):
        return []
    for position, word in enumerate(words):
        if c.DECIDE.matches(word) or c.DECIDE_WEAK.matches(word) or c.FINAL_NOUN.matches(word):
            published = publication(words, position)
            if published:
                return [word, *published]
    return []


_GATES = ("before", "voordat", "voor", "everything", "alles", "all", "alle", "elk", "elke", "every", "each", "prior",
          "wat", "what", "anything")  # fmt: skip


def released(words: Words) -> list[Word]:
    """'before you send or publish', 'everything we publish or send', 'elk artikel voordat het live gaat': a
    check as the gate before a text goes out (not a system: 'before the tool goes live' is a procedure), or before
    a piece of work leaves the organisation ('before a quote goes out', 'voordat een offerte de deur uitgaat')."""
    texts_ = any(w.text in TEXT_KINDS for w in words)
    for position, word in enumerate(words):
        if (word.text in _SENDING or word.text == "live" and texts_) and any(
            w.text in _GATES for w in words[max(0, position - 4) : position]
        ):
            return [word]
        if goes_out(words, position) and _work_gated(words[max(0, position - 6) : position]):
            return [word]  # "before a quote goes out", "voordat een offerte de deur uitgaat"
    for position, word in enumerate(words):
        before = [w.text for w in words[max(0, position - 4) : position]]
        if word.text in _USE_GATED and any(t in ("before", "prior", "voordat") for t in before):
            return [word]  # "… before use", "before it is used", "voordat het wordt gebruikt"
        if word.text in ("publicatie", "publication") and before[-1:] == ["voor"]:
            return [word]  # "voor publicatie"
    return []


_GOING = frozenset("go goes going gaat gaan".split())
_OUT = frozenset("out uit buiten anywhere ergens".split())  # ("before it goes anywhere": it leaves the desk)
_RECEIVERS = frozenset(
    "client clients customer customers klant klanten cliënt cliënten client's owner owners eigenaar eigenaren".split()
)


def goes_out(words: Words, position: int) -> bool:
    """'goes out', 'de deur uit gaat', 'de deur uitgaat', 'naar buiten gaat', 'goes to a client', 'naar de klant gaat':
    a piece of work leaving the organisation, as it does when it is sent."""
    word = words[position]
    if word.text in ("uitgaat", "uitgaan"):
        return True
    if word.text not in _GOING:
        return False
    near = [w.text for w in words[max(0, position - 2) : position + 2]]
    if any(t in _OUT for t in near):
        return True
    around = [w.text for w in words[max(0, position - 4) : position + 4]]
    return any(t in ("to", "naar") for t in around) and any(t in _RECEIVERS for t in around)


_NOTHING = frozenset("niets niks nothing".split())


def work_goes_out(words: Words) -> bool:
    """'Geen offerte gaat de deur uit zonder …', 'No quote goes out without …', 'Niets gaat naar de klant zonder …': a
    piece of work (or nothing) named as what leaves the organisation, within six words before the going."""
    return any(
        goes_out(words, p)
        and any(0 < words[p].index - w.index <= 6 and (_piece_of_work(w) or w.text in _NOTHING) for w in words)
        for p in range(len(words))
    )


def _work_gated(before: Words) -> bool:
    """'before a quote …', 'voordat de brief …', 'before it …': a gate, then a piece of work (a text, a business
    document, an output, or a pronoun for one) as what goes out; not 'before a parcel goes out'."""
    gates = [p for p, w in enumerate(before) if w.text in _GATES]
    return bool(gates) and any(
        _piece_of_work(w) or w.text in _PRONOUNS and w.text not in _PERSONS for w in before[gates[0] + 1 :]
    )


def _piece_of_work(word: Word) -> bool:
    """A text, a business document or an output: what goes out of the organisation when it is sent."""
    return word.text in _WORK or word.text in TEXT_KINDS or c.any_of(word, c.BUSINESS_OBJECTS, c.OUTPUT)


_PERSONS = frozenset("je you".split())  # "before you go out": the reader leaves, no piece of work


_WORK = frozenset(
    """letter letters brief brieven email e-mail mail mails report reports rapport rapporten document documents
    werk work message messages memo advies advice newsletter nieuwsbrief something iets die""".split()
)


_USE_GATED = frozenset("use using used publication release gebruik gebruikt gebruiken publicatie".split())
