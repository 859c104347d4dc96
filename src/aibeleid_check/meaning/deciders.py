"""Who decides, for geen-eindbesluit: the people a sentence names as taking the decision.

A person named as the decider ("een mens beslist", "made by a human", "in handen van de examinator"), 'we'
or 'you' beside AI ("AI stelt voor, jij beslist"), whoever is the subject of deciding beside a limited AI
("AI may only suggest; the dentist decides"), or the reader told to escalate or take the final decision;
not who checks ("reviewed by a staff member") nor who is decided about ("over mensen"). :mod:`.decision`
reads the decision and asks these readings who takes it.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.decision_kinds import MACHINES, ORG_MATTERS
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.force import Force
from aibeleid_check.meaning.force_words import NEGATION
from aibeleid_check.meaning.force_words import ONLY as ONLY_WORDS
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.words_judging import role_noun

_ABOUT = ("over", "about", "on", "voor", "impacting", "affecting", "regarding", "van", "for", "of", "affect", "raken",
          "across", "among", "amongst")  # fmt: skip


_TAKE_IMPERATIVES = ("make", "take", "neem", "maak")


def _addressed(words: Words, found: list[Word], force: Force) -> list[Word]:
    """The reader as who decides: 'Escalate credit and customer-impacting decisions' (to a person), 'Make
    final decisions on legal matters' yourself (an imperative to take the final decision)."""
    if force is not Force.OBLIGATION or any(w.text in ORG_MATTERS for w in words):
        return []  # ("make the final decision on the budget": an organisational matter)
    escalate = [w for w in words if w.text.startswith(("escalat", "escaleer", "escaler", "refer", "verwijs"))]
    if escalate and any(c.DECIDE.matches(d) for d in found):
        return escalate[:1]
    first = words[0]
    final = any(c.FINAL.matches(w) or w.text.startswith(("eindbesl", "eindoordeel")) for w in words[1:4])
    if first.text in _TAKE_IMPERATIVES and final and any(c.DECIDE.matches(d) for d in found):
        return [first]
    return []


def _checker(words: Words, person: Word) -> bool:
    """'AI output is reviewed by a staff member before it is used for decisions': the agent of a check is
    who checks, not who decides."""
    position = words.index(person)
    for back in range(max(0, position - 4), position):
        if words[back].text in ("by", "door") and any(c.CHECK.matches(w) for w in words[max(0, back - 2) : back]):
            return True
    return False


def _agent(words: Words, person: Word) -> bool:
    """'door een medewerker genomen', 'made by a human', 'in handen van de examinator', 'ligt bij een mens'."""
    position = words.index(person)
    before = words[max(0, position - 4) : position]
    return any(w.text in ("door", "by", "bij", "with", "aan", "handen", "hands") for w in before)


_DECIDE_VERBS = ("beslissen", "beslis", "beslist", "besluiten", "decide", "decides", "bepalen", "bepaal", "oordelen")


_WE = ("wij", "we", "wijzelf")
_WE_YOU = (*_WE, "jij", "je", "u", "you", "jijzelf", "yourself")


def _deciders(words: Words) -> list[Word]:
    """People named as who decides ("een mens beslist"), not as who is decided about ("over mensen");
    'we' when AI is named beside it ("AI adviseert alleen; beslissen doen wij")."""
    if any(c.AI.matches(w) for w in words):
        verbs = [p for p, w in enumerate(words) if w.text in _DECIDE_VERBS]
        ours = [
            w
            for p, w in enumerate(words)
            if w.text in _WE_YOU
            and any(0 < v - p <= 2 or 0 < p - v <= 2 and w.text in _WE for v in verbs)
            and (w.text in _WE or any(c.AI.matches(a) for a in words[:p]))  # AI first: "AI stelt voor, jij beslist"
        ]  # "AI adviseert alleen; beslissen doen wij", "AI stelt voor, jij beslist", "the chatbot suggests; you decide"
        if ours:
            return ours
    named = [
        w
        for p, w in enumerate(words)
        if (c.DECIDER.matches(w) or role_noun(w))
        and (_agent(words, w) or not any(o.text in _ABOUT for o in words[max(0, p - 2) : p]))
    ]
    return named or _role_subjects(words)


_DECIDES = frozenset("decides decide beslist beslissen besluit besluiten determines bepaalt".split())
_TAKES = frozenset("makes make takes take neemt nemen maakt".split())
_SUBJECT_SKIP = frozenset("always altijd zelf alone only alleen ultimately uiteindelijk still nog".split())
_DETERMINERS = frozenset("the a an de het een our onze your je jouw uw every elke each iedere the".split())


_ASSISTS = frozenset(
    """suggest suggests suggereert advise advises adviseert stelt voor propose proposes recommend recommends
    support supports ondersteunt helps helpt assist assists draft drafts signaleert signals flags genereert
    generates prepares bereidt provide provides""".split()
)


def _ai_limited(words: Words) -> bool:
    """AI named in its limited part: only, not, or a verb of assisting right after it ('AI may only
    suggest', 'de AI geeft alleen een signaal', 'our software decides nothing')."""
    for position, word in enumerate(words):
        if c.AI.matches(word):
            after = words[position + 1 : position + 4]
            if any(w.text in _ASSISTS or ONLY_WORDS.matches(w) or NEGATION.matches(w) for w in after):
                return True
    contrast = contrast_noun(words)  # "A bailiff always decides on an eviction, never an AI tool"
    return contrast is not None and c.names_ai(contrast)


_CONTRAST_DETERMINERS = frozenset("the a an de het een".split())
_COPULAS = frozenset("is are was were be zijn is was waren".split())


def contrast_noun(words: Words) -> Word | None:
    """'…, never an AI tool', '…, niet de computer', '…, never the bailiff': the noun a negation sets at the end of
    the sentence, in a clause without a verb (a negation, determiners, one or two words of the noun), against who
    the sentence says does it."""
    for back in (2, 3, 4):
        start = len(words) - back
        if start < 1 or not NEGATION.matches(words[start]) or words[start - 1].text in _COPULAS:
            continue  # ("It is not the decision-maker": a predicate, no contrast)
        rest = words[start + 1 :]
        nouns = [w for w in rest if w.text not in _CONTRAST_DETERMINERS]
        if 1 <= len(nouns) <= 2 and (rest[0].text in _CONTRAST_DETERMINERS or len(rest) == 1):
            return rest[-1]
    return None


def _role_subjects(words: Words) -> list[Word]:
    """Beside AI, whoever is the subject of deciding is the decider, whatever the role is called ('AI may
    only suggest; the dentist decides', 'A dentist makes every treatment decision', 'de apotheker beslist'):
    the noun after a determiner right before 'decides' or before 'makes … decision'."""
    if not _ai_limited(words) or any(w.text in ORG_MATTERS for w in words):
        return []  # ("… beslist over het budget, nooit een AI-tool": an organisational matter)
    found = []
    for position, word in enumerate(words):
        takes = word.text in _TAKES and any(c.DECIDE.matches(w) for w in words[position + 1 : position + 5])
        if word.text not in _DECIDES and not takes:
            continue
        back = position - 1
        while back >= 0 and words[back].text in _SUBJECT_SKIP:
            back -= 1
        if back < 1 or words[back - 1].text not in _DETERMINERS:
            continue
        subject = words[back]
        if c.AI.matches(subject) or c.DECIDE.matches(subject) or subject.text in MACHINES or len(subject.text) < 3:
            continue
        found.append(subject)
    return found
