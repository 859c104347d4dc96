"""Check words that name no check, for altijd-controleren: an own statement or work ("our AI statement",
"their reviews"), a record ("assessment results"), interpreting, regarding as, and a judgement given or left to
AI (the decision rule's).
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.check_ai_work import _ANSWERABLE
from aibeleid_check.meaning.check_made import made_by_ai
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.morph import Word

_STATEMENTS = frozenset("statement verklaring".split())
_OWN = frozenset("this our the transparency deze onze de".split())


def _own_statement(words: Words, word: Word) -> bool:
    """'This transparency statement on AI is reviewed every year', 'our AI statement': the organisation's own
    statement, a document like a policy, not a statement AI makes ('Every statement ChatGPT makes')."""
    if word.text not in _STATEMENTS:
        return False
    position = words.index(word)
    before = [w.text for w in words[max(0, position - 3) : position]]
    nxt = words[position + 1].text if position + 1 < len(words) else ""
    if not before or before[0] not in _OWN or before[0] in ("the", "de") and nxt not in ("on", "about", "over"):
        return False  # ("the statement on our use of AI"; not "verify the statement the chatbot gives")
    return not any(w.text in _MAKING for w in words[position + 1 : position + 4])


_POSSESSIVES = frozenset("their his her its hun zijn haar own eigen".split())


def _own_work(words: Words, check: Word) -> bool:
    """'Reviewers are fully accountable for the content of their reviews', 'verantwoordelijk voor de inhoud van
    hun beoordelingen': the check word after a possessive is the text a person wrote, answered for (guide decision
    6), not the act of checking ('responsible for reviewing what AI writes' is the act)."""
    position = words.index(check)
    if not position or words[position - 1].text not in _POSSESSIVES:
        return False
    return any(w.text.startswith(_ANSWERABLE) and w.index < check.index for w in words)


_RECORD_HEADS = frozenset(
    "results result scores score reports report resultaten uitslagen verslagen responses response comments".split()
)


def _record_name(words: Words, check: Word) -> bool:
    """'… references or assessment results', 'review reports of staff': a judging noun before a record noun, after a
    data word of a list or a determiner, names the record, no act of checking ('assess the results' is one)."""
    position = words.index(check)
    if position + 1 >= len(words) or words[position + 1].text not in _RECORD_HEADS or check.text.endswith("ed"):
        return False
    before = words[position - 1] if position else None
    return before is not None and (
        c.any_of(before, c.DATA, c.IDENTIFIERS, c.INPUT, c.COPY) or before.text in _RECORD_LEADS
    )  # ("Never paste assessment results into ChatGPT": the verb of input takes the record as its object)


_RECORD_LEADS = frozenset("or and of en the their hun de het your je our onze".split())
_INTERPRETING = ("interpret", "geinterpret")
_WEIGHING = frozenset("before voordat prior care carefully critically kritisch zorgvuldig cautiously".split())


def _understood(words: Words, check: Word) -> bool:
    """'understand its mechanisms, and interpret its results clearly', 'use their judgment when interpreting … AI
    results': interpreting is understanding what AI gives, a check only when weighed before use ('Interpret what the
    chatbot writes with care before you use it')."""
    if not check.text.startswith(_INTERPRETING):
        return False
    return not any(w.text in _WEIGHING and 0 < w.index - check.index <= 8 for w in words)


_READERS = frozenset("assessor assessors evaluator evaluators beoordelaar beoordelaars".split())  # who, not the act


def _regarded_as(words: Words, check: Word) -> bool:
    """'als hulpmiddel wordt beschouwd', 'wij beschouwen AI als een hulpmiddel': regarding something as
    something, not reading it ('Beschouw de output kritisch' reads it)."""
    if not check.text.startswith("beschouw"):
        return False
    return any(w.text in ("als", "as") and abs(w.index - check.index) <= 4 for w in words)


_TAKES = frozenset("neem neemt nemen genomen take takes taken".split())


def _weighed_in_assessment(words: Words, checks: list[Word]) -> bool:
    """'AI output is never decisive in the assessment of candidates': the assessment is of people, AI's outcome
    is what must not lead it; every check word is that assessment."""
    if not any(c.LEADING.matches(w) for w in words):
        return False
    return all(
        c.EVALUATION.matches(k)
        and any(c.DOMAIN_STRICT.matches(w) for w in words[words.index(k) + 1 : words.index(k) + 4])
        for k in checks
    )


_MAKING = frozenset(
    """maakt schrijft geeft zegt levert oplevert vertelt noemt writes gives says tells mentions makes produces
    produceert genereert generates creates suggests voorstelt""".split()
)  # finite verbs of making, not the nouns and participles ('outputs', 'answers', 'generated')


def _judgement_given(words: Words, checks: list[Word]) -> bool:
    """'Een advies of een beoordeling geef je altijd zelf', 'an assessment you always make yourself': the
    assessment or advice is named as the judgement someone takes or gives (a light verb after it), so it is what
    is decided, no check of what AI made ('Een beoordeling van wat AI schrijft maak je zelf' stays one)."""
    if not all(c.EVALUATION.matches(k) and not c.CHECK.matches(k) for k in checks) or made_by_ai(words):
        return False
    last = checks[-1].index
    verbs = [w for w in words if w.index > last and (c.LIGHT_VERB.matches(w) or w.text in _TAKES)]
    if not verbs:
        return False
    return not any(
        c.STRONG_OUTPUT.matches(w) and not c.VERDICT.matches(w) or c.names_ai(w)
        for w in words
        if w.index < verbs[0].index
    )


_HAND_OVER = ("overlat", "overgelat", "leave", "leaving", "delegat", "delegeer", "uitbested", "outsourc")
_TO = frozenset("aan to".split())


def _judgement_left_to_ai(words: Words, checks: list[Word]) -> bool:
    """'De beoordeling van een aangifte laat je nooit aan AI over', 'Never leave the assessment of a claim to AI': the
    assessment handed over to AI is the judgement, the decision rule, no check of what AI made ('Laat het nakijken
    nooit aan AI over' hands over the check itself)."""
    if not all(c.EVALUATION.matches(k) and not c.CHECK.matches(k) for k in checks) or made_by_ai(words):
        return False
    handed = any(w.text.startswith(_HAND_OVER) for w in words)
    return handed and any(w.text in _TO and c.names_ai(a) for w, a in zip(words, words[1:], strict=False))


_RIGHTS = ("copyright", "auteursrecht", "licen", "trademark", "merkrecht", "infring", "inbreuk", "plagia")
_RIGHTS_PAIRS = (("intellectual", "property"), ("intellectuele", "eigendom"), ("intellectueel", "eigendom"))
_ACCURACY = frozenset(
    """accuracy accurate error errors fout fouten mistakes bias biases facts feiten feitelijk juistheid inaccuracies
    hallucinations hallucinaties""".split()
)


_ASKS = frozenset("whether if that for of op dat".split())
_BECAUSE = frozenset("because as since omdat want aangezien so dus".split())


def rights_only(words: Words, check: Word) -> bool:
    """'Barristers should critically assess whether content generated by LLMs might violate intellectual property
    rights', 'Controleer of door AI gemaakte beelden geen auteursrecht schenden': the check asks only whether AI's
    work breaks someone's rights (copyright, a licence, a trademark), a question of the law, not whether the work
    is right; with accuracy or errors named beside it ('check AI content for accuracy, bias and copyright
    concerns') it is the check (round 26)."""
    texts = [w.text for w in words]
    rights = [
        p
        for p, t in enumerate(texts)
        if (t.startswith(_RIGHTS) or tuple(texts[p : p + 2]) in _RIGHTS_PAIRS) and words[p].index > check.index
    ]
    if not rights or any(t in _ACCURACY or c.CORRECT.matches(w) for t, w in zip(texts, words, strict=True)):
        return False
    between = words[words.index(check) + 1 : rights[0]]  # what the check asks, not a reason after it
    return any(w.text in _ASKS for w in between) and not any(w.text in _BECAUSE for w in between)


_ROLE_FILLERS = frozenset("a an the your own je jouw uw eigen een de het their hun".split())


def as_role(words: Words, check: Word) -> bool:
    """'Never paste ChatGPT output as your own review of a colleague's code', 'als je eigen beoordeling': the check
    noun is the role AI's text is passed off in, after 'as' and at most a determiner or 'own', no act of checking."""
    position = words.index(check)
    back = position - 1
    while back >= 0 and position - back <= 3 and words[back].text in _ROLE_FILLERS:
        back -= 1
    return back >= 0 and back < position - 1 and words[back].text in ("as", "als")


_SOURCES = frozenset("bron bronnen source sources".split())
_PUBLISHING = frozenset(
    "artikel artikelen article articles verschijnt verschijnen appears published gepubliceerd".split()
)


def sources_unchecked(words: Words) -> bool:
    """'Affiliate-sites, SEO-farms en content zonder redactionele controle gebruiken wij niet als bron', 'We never cite
    websites without editorial review as sources': sources named by the check they lack, with no AI named and nothing
    said to be made by it or published; which sources to use, not a check of AI's work (round 26; "Geen enkel
    artikel verschijnt op de site zonder menselijke controle" is the check)."""
    return (
        any(w.text in _SOURCES for w in words)
        and not any(c.AI.matches(w) or w.text in _PUBLISHING for w in words)
        and not made_by_ai(words)
    )
