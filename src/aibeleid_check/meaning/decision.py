"""geen-eindbesluit: a decision (or deciding about people, money, permits, grades…) that is forbidden to
AI, or that a person is said to take ("AI ondersteunt, de mens beslist").

The finding is put together here, from the decision words of :mod:`.decision_words` under their strongest
force: a prohibition that names AI, a person, who is decided about or finality; AI said to advise only (a
limit); or the people who take the decision (:mod:`.deciders`, and here the policy's own voice, whose own
judgement it is, whose the responsibility is beside a limited AI, with whom deciding stays) against AI or
as a firm duty. What only mentions a decision is read by :mod:`.decision_mentions`; which decisions a
sentence names, by :mod:`.decision_kinds`.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.check_exclusions import procedures_in_place
from aibeleid_check.meaning.deciders import (
    _addressed,
    _agent,
    _checker,
    _deciders,
    _decision_noun,
    contrast_noun,
    names_machine,
)
from aibeleid_check.meaning.decision_documents import written_into
from aibeleid_check.meaning.decision_kinds import (
    MACHINES,
    ORG_MATTERS,
    accountable,
    other_basis,
    replacing,
    within_right,
)
from aibeleid_check.meaning.decision_mentions import (
    ANSWERABLE,
    ai_supported,
    answerable_for,
    assigned_beside_ai,
    decides_in_condition,
    harm_negated,
    helps_decide_better,
    informed_of_use,
    is_where,
    policy_scope,
    potential_only,
)
from aibeleid_check.meaning.decision_words import decision_words, fronted_subject, judged_as_data, own_judgement
from aibeleid_check.meaning.finding import DECISION, Finding, ForceOf, Words, defines, headline, strongest, texts
from aibeleid_check.meaning.force import Force, coordinated, negations
from aibeleid_check.meaning.morph import Word

_ALWAYS = ("altijd", "always", "steeds", "only", "alleen", "uitsluitend", "solely", "must", "moet", "moeten", "shall")


def vetoed(words: Words, force_of: ForceOf) -> bool:
    """Whether the whole sentence keeps its members from being read alone for this rule: a forbidden basis ('Using AI
    to identify or categorise pupils … based on their ethnicity is prohibited': 'categorise pupils' without it
    would be AI's say)."""
    found = [w for w in decision_words(words) if not written_into(words, w)]
    if judged_as_data(words):
        return True  # "Sharing internal documents, such as staff assessments, …": 'staff assessments' alone is none
    return bool(found) and force_of(strongest(found, force_of))[0] is Force.PROHIBITION and other_basis(words, found)


def decision(words: Words, force_of: ForceOf) -> Finding | None:
    advisory = _advisory_only(words)
    if advisory:
        return Finding(DECISION, texts(advisory), advisory[0], Force.LIMIT)
    found = [w for w in decision_words(words) if not written_into(words, w)]  # (round 27: a document)
    if not found or answerable_for(words, found) or within_right(words, found) or informed_of_use(words, found):
        return None
    if all(procedures_in_place(words, w) for w in found):
        return None  # "Schools must have procedures in place to ensure that teachers decide": a duty to make the rule
    if _authored(words) and not any(w.text.startswith(_DECIDING) for w in found):
        return None  # "Letters about disciplinary matters must be written by a person": who writes, not who decides
    anchor = strongest(found, force_of)
    force = force_of(anchor)[0]
    if force is Force.LIMIT and ai_supported(words, found, limited=True):
        return Finding(DECISION, texts(found), anchor)  # "AI may be used for decision support only"
    negated = [n for n in negations(words) if not _ban_as_topic(words, found, n)]
    if force is Force.PROHIBITION and negated and all(harm_negated(words, n) for n in negated):
        return None  # "… when screening applicants, to ensure it does not adversely impact anyone": the harm
    if (
        force is Force.PROHIBITION
        and len(
            {
                w.text
                for w in negated
                if w.text not in _PARALLEL and not coordinated(words, negated, w) and not _elaborates(words, negated, w)
            }
        )
        < 2
        # parallel "geen X, geen Y", "not X, nor Y", "nooit X en beslist niet Y"; not "not to say … cannot"
        and _about_someone(words)
        and not other_basis(words, found)
        and _set_against(words, negated, found) is None
    ):
        return Finding(DECISION, texts([*negations(words)[:1], *found]), anchor)
    if force is Force.PROHIBITION and other_basis(words, found):
        return None  # "… ranking people based on their religion is prohibited": the basis is forbidden, not AI's say
    if force is not Force.OBLIGATION and ai_supported(words, found) and not accountable(words):
        return None  # (an obligation beside AI's help names who decides: "a human is accountable for…")
    addressed = _addressed(words, found, force)
    ours = _first_person_agents(words)
    against = _set_against(words, negated, found)
    humans = (
        [
            w
            for w in _deciders(words)
            if (any(abs(w.index - d.index) <= 10 for d in found) or _agent(words, w))
            and not _checker(words, w)
            and w is not against
        ]
        or addressed
        or ours
        or _judges(words)
        or _holders(words)
        or _fronted_subjects(words, found)
    )
    final_say = any(
        c.FINAL.matches(w) and p + 1 < len(words) and c.FINAL_NOUN.matches(words[p + 1]) for p, w in enumerate(words)
    )
    named = (
        final_say
        or _stays_with(words, found, humans)
        or any(c.AI.matches(w) or c.HUMAN_CORE.matches(w) or w.text in MACHINES for w in words)
        or bool(ours)  # "every treatment decision is made by us": the policy's own voice names who decides
        or any(own_judgement(words, p) for p in range(len(words)))
    )
    firm = any(w.text in _ALWAYS for w in words) or any(_agent(words, h) for h in humans)
    firm = firm or any(c.DOMAIN_STRICT.matches(w) and w not in humans for w in words) or bool(addressed)
    contrast = force is not Force.STATEMENT and firm or named  # "staff are encouraged to decide quickly": no
    # a plain statement is the rule when it contrasts with AI, names "de mens", or the final say
    mention = force is Force.STATEMENT and (
        helps_decide_better(words) or potential_only(words, found) or policy_scope(words, found)
    )
    mention = mention or defines(words) or is_where(words)
    if humans and contrast and force.counts and not mention and not decides_in_condition(words, found, humans):
        return Finding(DECISION, texts([*found, *humans[:1]]), anchor, Force.OBLIGATION)
    bare = headline(words, found)
    listed = force is Force.PROHIBITION and not force_of(anchor)[1]  # a DIT NIET item, forbidden by its list
    if (force is Force.STATEMENT or listed) and (bare or replacing(words) or _ai_let(words, found)):
        return Finding(DECISION, texts(found), anchor)  # (a headline read alone counts; under DIT NIET it does too)
    if not force.counts:
        return Finding(DECISION, texts(found), anchor)
    return None


def _fronted_subjects(words: Words, found: list[Word]) -> list[Word]:
    """'Welke reparatie nodig is, bepaal jij als monteur, niet een AI-programma': the person after the deciding
    verb that follows a fronted question."""
    subjects = (fronted_subject(words, w.index - words[0].index) for w in found)
    return [s for s in subjects if s is not None][:1]


_AUTHORED = frozenset(
    """written authored drafted human-written human-authored human-drafted geschreven opgesteld
    handgeschreven""".split()
)


_DECIDING = ("decision", "decid", "besluit", "beslis", "beslui", "determin", "bepaal", "bepal")


def _authored(words: Words) -> bool:
    """'… must be entirely human-authored', 'must never be written by AI', 'moeten door een mens geschreven
    worden': the sentence says who writes a document, which is no decision about the matter it is about."""
    return any(w.text in _AUTHORED for w in words)


def _set_against(words: Words, negated: list[Word], found: list[Word]) -> Word | None:
    """'The judge decides on the eviction, never the bailiff', 'beslist de AI, nooit Peter': a person the only
    negation sets against whoever the sentence says decides. That negation forbids nothing, and the person set
    against is not who decides; AI or a machine set against ('…, nooit de AI') is what a prohibition names."""
    contrast = contrast_noun(words)
    if contrast is None or len(negated) != 1 or names_machine(contrast) or _decision_noun(contrast):
        return None  # (not "a support tool, not a decision-maker": no person)
    if _manner(contrast):
        return None  # "Besluiten over leerlingen neemt AI nooit zelfstandig": how AI may not decide
    if not any(c.AI.matches(w) for w in words):
        return contrast
    return contrast if _machine_decides(words, found, negated[0]) else None


_MANNERS = frozenset("zelf zelfstandig alleen automatisch alone itself autonomously meer more zomaar".split())


def _manner(word: Word) -> bool:
    """'nooit zelfstandig', 'never alone', 'niet automatisch': how something is done, no one set against."""
    return c.SOLE.matches(word) or word.text in _MANNERS or word.text.endswith(("ly", "lijk", "ig", "isch"))


_SETTING_AGAINST = frozenset("niet nooit not never".split())


def _machine_decides(words: Words, found: list[Word], negation: Word) -> bool:
    """'AI decides, not the manager', 'beslist de AI, nooit Peter': AI (or a machine) right beside the deciding word,
    before the negation that sets someone against it ('Laat AI nooit een eindbesluit nemen' negates the deciding
    itself; 'AI selecteert geen kandidaten' has no one set against AI)."""
    if negation.text not in _SETTING_AGAINST:
        return False
    return any(
        names_machine(w) and abs(w.index - d.index) <= 4 and max(w.index, d.index) < negation.index
        for w in words
        for d in found
    )


def _judges(words: Words) -> list[Word]:
    """Whose own judgement it is: 'het eigen oordeel van de docent' (the person after 'van' / 'of')."""
    for position in range(len(words)):
        if own_judgement(words, position):
            return [w for w in words[position + 1 : position + 5] if c.DECIDER.matches(w)][:1]
    return []


_OURS = frozenset("me us mij ons".split())


def _first_person_agents(words: Words) -> list[Word]:
    """'performed by me', 'made by us', 'door mij gevormd': the writer of the policy as who decides."""
    return [w for p, w in enumerate(words) if w.text in _OURS and p and words[p - 1].text in ("by", "door")]


_BAN_NOUNS = frozenset("ban bans verbod verboden".split())
_TOPIC_OPENERS = frozenset("on about over regarding concerning inzake omtrent".split())


def _ban_as_topic(words: Words, found: list[Word], negation: Word) -> bool:
    """'AI doesn't get to decide on hiring, firing, player bans or budgets': a ban after the decision word and its
    preposition is what is decided about, a topic, no second negation of the sentence."""
    if negation.text not in _BAN_NOUNS:
        return False
    verbs = [w for w in found if w.index < negation.index]
    return bool(verbs) and any(w.text in _TOPIC_OPENERS and verbs[0].index < w.index < negation.index for w in words)


_PARALLEL = frozenset("nor noch neither".split())  # a negation that only continues the one before
_TOPIC_PREPOSITIONS = frozenset("over about on voor for bij".split())


def _elaborates(words: Words, negated: list[Word], word: Word) -> bool:
    """'AI beslist nergens over: niet over een cliënt, niet over een tarief', 'AI decides nothing: not on a client,
    not on a fee': a negation before a topic spells out the one before it, no second negation."""
    position = words.index(word)
    after = words[position + 1].text if position + 1 < len(words) else ""
    return after in _TOPIC_PREPOSITIONS and any(n.index < word.index for n in negated)


def _ai_let(words: Words, found: list[Word]) -> bool:
    """'AI laten beslissen over een uitkering', 'Een chatbot laten bepalen welke huurder …': AI as the object of
    *laten* right before the deciding verb is the bare headline a Don't list reads (the verb after *laten* is
    the decision itself, which a headline needs after its object)."""
    return any(
        w.text == "laten" and 0 < p < len(words) - 1 and c.AI.matches(words[p - 1]) and words[p + 1] in found
        for p, w in enumerate(words)
    )


def _holders(words: Words) -> list[Word]:
    """Whose the responsibility for deciding is, beside a limited AI: 'is still the responsibility of our
    staff', 'ligt bij de medewerker'."""
    if not assigned_beside_ai(words):
        return []
    duty = [w for w in words if w.text.startswith(ANSWERABLE)]
    return [w for w in words if duty and 0 < w.index - duty[-1].index <= 6 and c.DECIDER.matches(w)][:1]


_REMAIN = ("remains", "remain", "stays", "stay", "rests", "lies", "blijft", "blijven", "ligt", "liggen", "berust")


def _stays_with(words: Words, found: list[Word], humans: list[Word]) -> bool:
    """'Decision-making remains with staff', 'het oordeel blijft bij de behandelaar', 'de besluitvorming blijft
    in handen van onze medewerkers': the deciding itself stays with people, a standing assignment (not the
    responsibility for it, nor an organisational matter: 'remains with the board for all procurement')."""
    if any(w.text.startswith(ANSWERABLE) or w.text in ORG_MATTERS for w in words):
        return False
    first = min(w.index for w in found)
    return any(w.text in _REMAIN and first < w.index < h.index and _agent(words, h) for w in words for h in humans)


def _about_someone(words: Words) -> bool:
    """A forbidden decision names AI, a person, who it is about or its finality ('geen besluiten zonder
    overleg met de ondernemingsraad' is about procedure)."""
    return any(
        c.AI.matches(w) or c.DECIDER.matches(w) or c.DOMAIN_STRICT.matches(w) or c.SOLE.matches(w) or c.FINAL.matches(w)
        for w in words
    )


_ADVISORY = ("advisory", "adviserend", "adviserende", "advies", "advice", "suggestion", "suggestions", "suggestie",
             "suggesties", "input", "ondersteunend", "ondersteunende", "hulpmiddel")  # fmt: skip


def _advisory_only(words: Words) -> list[Word]:
    """'AI-generated recommendations are advisory only', 'AI adviseert alleen': what AI gives is advice."""
    advice = [w for w in words if w.text in _ADVISORY or w.text in ("adviseert", "advises", "suggests")]
    only = [w for w in words if w.text in ("only", "alleen", "slechts", "uitsluitend", "purely", "puur", "enkel")]
    if not (advice and only) or abs(advice[0].index - only[0].index) > 3:
        return []
    if any(w.text in ("niet", "not") and w.index == only[0].index - 1 for w in words):
        return []  # "AI is niet alleen een hulpmiddel, het speelt ook …": not only
    position = words.index(advice[0])
    before = words[max(0, position - 5) : position]
    if any(c.AI.matches(w) or c.STRONG_OUTPUT.matches(w) for w in before) and not (
        position and words[position - 1].text in ("het", "de", "the", "this", "dit", "our", "ons")
    ):
        return [advice[0], only[0]]  # AI (or what it gives) is the subject: it advises, it does not decide
    return []
