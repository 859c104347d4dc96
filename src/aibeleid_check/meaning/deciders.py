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


_ASKING = frozenset("whether if of wat what welke which wie who hoe how".split())


def _asked(words: Words, verb: int, person: int) -> bool:
    """'decide whether we take on a client', 'beslissen of we een klant aannemen': 'we' in the question after the
    deciding verb is who it is about, not who decides."""
    return any(w.text in _ASKING for w in words[verb + 1 : person])


def _deciders(words: Words) -> list[Word]:
    """People named as who decides ("een mens beslist"), not as who is decided about ("over mensen");
    'we' when AI is named beside it ("AI adviseert alleen; beslissen doen wij")."""
    if any(c.AI.matches(w) for w in words):
        verbs = [p for p, w in enumerate(words) if w.text in _DECIDE_VERBS]
        ours = [
            w
            for p, w in enumerate(words)
            if w.text in _WE_YOU
            and any(0 < v - p <= 2 or 0 < p - v <= 2 and w.text in _WE and not _asked(words, v, p) for v in verbs)
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


_DECIDES = frozenset(
    "decides decide beslist beslissen besluit besluiten determines bepaalt decided determined bepaald besloten".split()
)
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
    return contrast is not None and names_machine(contrast)


_PROGRAMS = frozenset("systeem system programma program software".split())


def names_machine(word: Word) -> bool:
    """AI, a computer, 'het systeem', 'een programma': in a policy about AI, a machine set against a person as the
    decider ('beslist Henk, niet de computer') tells staff that the person decides (round 25; round 22 read it
    as no AI)."""
    return c.names_ai(word) or word.text in MACHINES or word.text in _PROGRAMS


_CONTRAST_DETERMINERS = frozenset("the a an de het een our onze your uw jouw".split())
_COPULAS = frozenset("is are was were be zijn is was waren".split())


def contrast_noun(words: Words) -> Word | None:
    """'…, never an AI tool', '…, niet de computer', '…, never the bailiff': the noun a negation sets at the end of
    the sentence, in a clause without a verb (a negation, determiners, one or two words of the noun), against who
    the sentence says does it."""
    for back in (2, 3, 4, 5):
        start = len(words) - back
        if start < 1 or not NEGATION.matches(words[start]) or words[start - 1].text in _COPULAS:
            continue  # ("It is not the decision-maker": a predicate, no contrast)
        rest = words[start + 1 :]
        if len(rest) > 1 and rest[0].text in _PASSIVE_AGENT:
            rest = rest[1:]  # "…, never by an AI tool", "…, nooit door AI": the agent set against the one named
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
        fronted = _after_fronted_decision(words, position)
        if word.text not in _DECIDES and not takes and not fronted:
            continue
        subject = _subject_before(words, position)
        if fronted and (subject is None or _decision_noun(subject)):
            subject = _subject_after(words, position, fronted)  # "Een behandelkeuze maakt altijd de tandarts"
        elif subject is None:
            subject = _subject_after(words, position)
        if subject is None or c.AI.matches(subject) or c.DECIDE.matches(subject) or subject.text in MACHINES:
            continue
        if len(subject.text) >= 3 or subject.text in _SELVES:
            found.append(subject)
    return found


_TAKES_FRONTED = frozenset("maakt neemt stelt velt geeft makes takes".split())


def _decision_noun(word: Word) -> bool:
    return c.DECIDE.matches(word) or c.VERDICT.matches(word)


def _after_fronted_decision(words: Words, position: int) -> bool:
    """'Een diagnose of een behandelkeuze maakt altijd de tandarts …', 'De diagnose stelt altijd de arts': the Dutch
    verb of taking after the decision it takes, fronted as its object; its subject follows it."""
    return (
        words[position].text in _TAKES_FRONTED
        and 2 <= position <= 6
        and words[0].text in _DETERMINERS
        and any(_decision_noun(w) for w in words[:position])
    )


def _subject_before(words: Words, position: int) -> Word | None:
    """'the dentist decides': the noun after a determiner right before the verb."""
    back = position - 1
    while back >= 0 and words[back].text in _SUBJECT_SKIP:
        back -= 1
    return words[back] if back >= 1 and words[back - 1].text in _DETERMINERS else None


_PASSIVE_AGENT = frozenset(("by", "door"))


def _subject_after(words: Words, position: int, fronted: bool = False) -> Word | None:
    """'Of een huishouden hulp krijgt, bepaalt altijd de intaker': after a fronted question the Dutch verb comes first
    and its subject after it; 'is always determined by the intake worker': the agent of the passive. The noun after
    the determiner, the last of a two-word noun ('the intake worker')."""
    word = words[position]
    ahead = position + 1
    if word.text.endswith(("ed", "d")) and ahead < len(words) and words[ahead].text in _PASSIVE_AGENT:
        ahead += 1  # "determined by the intake worker"
    elif not fronted and not _opens_main_clause(words, position):
        return None
    while ahead < len(words) and words[ahead].text in _SUBJECT_SKIP:
        ahead += 1
    if ahead < len(words) and words[ahead].text not in _DETERMINERS:
        return _named_against_ai(words, words[ahead])
    if ahead + 1 >= len(words):
        return None
    noun = words[ahead + 1]
    if ahead + 2 < len(words) and _noun_goes_on(words[ahead + 1], words[ahead + 2]):
        noun = words[ahead + 2]
    return noun


_SELVES = frozenset("me mij us ons ik i".split())
_NO_NAMES = frozenset(
    "or and of en not niet never nooit no geen it het this dit that dat all alle everyone iedereen someone iemand "
    "whoever wie who people mensen".split()
)


def _named_against_ai(words: Words, word: Word) -> Word | None:
    """'Of een klant korting krijgt, beslist altijd Peter, nooit de AI': a name (or 'me') with no determiner is the
    decider when the sentence sets AI against it at its end."""
    against = contrast_noun(words)
    if against is None or not names_machine(against):
        return None  # ("beslist altijd Sanne, nooit haar collega": a person set against a person)
    if word.text in _NO_NAMES or word is against or c.names_ai(word) or NEGATION.matches(word):
        return None
    return word if len(word.text) >= 3 or word.text in _SELVES else None


def _noun_goes_on(first: Word, second: Word) -> bool:
    """'intake worker', 'case officer': a two-word role (the second word no function word, verb or preposition)."""
    return second.text.endswith(("er", "or", "ist", "ant", "ent")) and second.text not in _NOT_A_HEAD


_NOT_A_HEAD = frozenset("never nooit over under after other either whether or for".split())
_QUESTION_OPENERS = frozenset("of whether wie who wat what welke which hoeveel".split())


def _opens_main_clause(words: Words, position: int) -> bool:
    """The verb stands after a fronted question ('Of een huishouden een pakket krijgt, bepaalt …', 'Wie hulp krijgt,
    beslist …'): the sentence opens with a question word, and the verb comes after the question's own words."""
    return bool(words) and words[0].text in _QUESTION_OPENERS and position >= 3
