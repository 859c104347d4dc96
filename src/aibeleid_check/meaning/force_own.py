"""The force a clause's own markers give it (:func:`own_force`), and the readings that make a marker no duty:
care as a noun, "not required", a hedge ("waar mogelijk"), a possibility, a skill that remains valued
(:func:`remains_valued`), a decided question, an attributive use; and a bare imperative that puts something into a
tool the sentence calls unsafe (:func:`into_unsafe_tool`, after a label that names a wrong: :func:`wrong_label_end`).
"""

from __future__ import annotations

from aibeleid_check.meaning.concepts import AI, ENTER, INPUT, Concept, names_ai
from aibeleid_check.meaning.force_facts import _told
from aibeleid_check.meaning.force_kind import Force
from aibeleid_check.meaning.force_negation import _COPULA, negations
from aibeleid_check.meaning.force_words import CONJUNCTION, IMPERATIVE, OBLIGATION, ONLY, PERMISSION
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.text import Clause

_CARE_LEADS = frozenset("de het een van in aan voor met bij tot over onze jouw uw hun goede passende thuis".split())


def _care_noun(words: tuple[Word, ...], position: int) -> bool:
    """'de inzet van zorg', 'goede zorg voor cliënten': *zorg* as the care given, a noun after a determiner or a
    preposition; 'Zorg dat …', 'draagt zorg voor …' are the duty."""
    return words[position].text == "zorg" and position > 0 and words[position - 1].text in _CARE_LEADS


_REQUIRED = Concept("required", "required", "verplicht", "nodig", "necessary", "needed", "hoeft", "hoef", raw=True)


def _not_required(words: tuple[Word, ...], neg: list[Word]) -> bool:
    """'approval is not required', 'dat is niet verplicht', 'je hoeft niet': no duty, so a permission."""
    for word in neg:
        if word.text == "hoeft":
            return True
        position = words.index(word)
        if any(_REQUIRED.matches(w) for w in words[position + 1 : position + 3]):
            return True
    return False


def own_force(clause: Clause, first_of_sentence: bool) -> tuple[Force, tuple[str, ...]] | None:
    """The force a clause's own markers give it, and those markers."""
    words = clause.words
    neg = negations(words)
    if neg and _not_required(words, neg):
        return Force.PERMISSION, tuple(w.text for w in neg)
    if neg and _told(words):
        return Force.STATEMENT, tuple(w.text for w in neg)
    if neg:
        return Force.PROHIBITION, tuple(w.text for w in neg)
    weighty = _weighty(words)
    if weighty:
        return Force.OBLIGATION, weighty
    for concept, force in ((ONLY, Force.LIMIT), (OBLIGATION, Force.OBLIGATION), (PERMISSION, Force.PERMISSION)):
        hits = [
            w.text
            for p, w in enumerate(words)
            if concept.matches(w)
            and not _not_only(words, p, concept)
            and not _hedge(words, p, concept)
            and not (concept is OBLIGATION and (_decided_question(words, p) or _attributive(words, p)))
            and not (concept is OBLIGATION and (remains_valued(words, p) or _care_noun(words, p)))
            and not (concept is PERMISSION and (_free_tool(words, p) or _decided_question(words, p)))
        ]
        if hits and force is Force.PERMISSION and _possibility(words, hits):
            return None  # "informatie die de concurrentiepositie kan schaden": what it could do, no permission
        if hits:
            return force, tuple(hits)
    lead = 1 if len(words) > 1 and CONJUNCTION.matches(words[0]) else 0
    if len(words) > lead and IMPERATIVE.matches(words[lead]) and (first_of_sentence or lead or len(words) <= 6):
        if _letting_ai(words, lead):
            return None  # "Let Copilot select applicants", "Laat AI beslissen": the act named, the list's force
        if into_unsafe_tool(words):
            return None  # "Upload internal documents to public AI services": the list's force, or none alone
        return Force.OBLIGATION, (words[lead].text,)
    if (
        (first_of_sentence or len(words) <= 6)
        and len(words) > lead + 1
        and words[lead].text == "be"
        and words[lead + 1].text in _ATTITUDES
    ):
        return Force.OBLIGATION, (words[lead].text,)  # "Be skeptical and verify": English 'be' told, as 'wees'
    return None


_WRONGS = frozenset(
    "violation violations breach breaches exposure exposures misuse schending schendingen overtreding overtredingen "
    "misbruik".split()
)


def wrong_label_end(words: tuple[Word, ...]) -> int:
    """Where the item starts after a short label that names it a wrong ('Data Privacy Violations: Inputting …',
    'Sensitive Data Exposure: Entering …'): the label says the act breaks the policy, the item is a Don't item;
    0 when there is no such label."""
    for position, word in enumerate(words[:4]):
        if word.text in _WRONGS and position + 1 < len(words) and _gerund_act(words[position + 1]):
            return position + 1
    return 0


def _gerund_act(word: Word) -> bool:
    return word.text.endswith("ing") and (INPUT.matches(word) or ENTER.matches(word))


_UNSAFE = frozenset(
    "public publicly non-approved unapproved unauthorised unauthorized insecure unsecured unsanctioned non-sanctioned "
    "consumer free openbare publieke niet-goedgekeurde onbeveiligde gratis".split()
)


def into_unsafe_tool(words: tuple[Word, ...]) -> bool:
    """'Upload internal documents to public AI services', 'Put sensitive data into insecure AI tools': a bare
    imperative that puts something into a tool the sentence itself calls unsafe. No policy tells staff to do
    that, so it is a Don't item whose heading is lost (guide decision 12); under DIT MAG it stays what the
    list says. Without such a word ("Upload a client's file to ChatGPT") it is an instruction."""
    words = words[wrong_label_end(words) :]
    if not words:
        return False
    last = words[-1]  # a Dutch separable verb is joined at the end: "Voer … in" reads "invoeren" there
    dutch = len(words) > 2 and words[0].text in last.text and (INPUT.matches(last) or ENTER.matches(last))
    if not (INPUT.matches(words[0]) or ENTER.matches(words[0]) or dutch):
        return False
    return any(w.text in _UNSAFE and any(names_ai(a) for a in words[p + 1 : p + 4]) for p, w in enumerate(words))


_ATTITUDES = frozenset("critical sceptical skeptical".split())
_REMAINS = frozenset("remain remains stay stays blijft blijven".split())
_VALUED = frozenset(
    "essential crucial vital important key indispensable essentieel cruciaal belangrijk onmisbaar".split()
)


def remains_valued(words: tuple[Word, ...], position: int) -> bool:
    """'fact-checking remains a crucial skill', 'professional judgement remains essential for client trust': what
    still matters, a skill or a value and no duty ('it remains essential that you check' is one; so is 'human
    review remains essential', which names the check)."""
    word = words[position]
    if word.text not in _VALUED:
        return False
    before = [w.text for w in words[max(0, position - 2) : position]]
    verb = next((p for p in range(position - 1, max(-1, position - 3), -1) if words[p].text in _REMAINS), None)
    if verb is None or "that" in before or verb and words[verb - 1].text in ("it", "het", "dit", "this"):
        return False
    after = [w.text for w in words[position + 1 : position + 4]]
    skill = any(t.startswith(("skill", "vaardighe")) for t in after)
    return skill or after[:1] in (["for"], ["voor"]) and any(t in _VALUES for t in after[1:])


_VALUES = frozenset("trust vertrouwen quality kwaliteit integrity integriteit credibility geloofwaardigheid".split())
_LET = frozenset(("let", "laat"))
_DETERMINER = frozenset(("the", "a", "an", "de", "het", "een", "your", "je", "our", "onze"))


def _letting_ai(words: tuple[Word, ...], lead: int) -> bool:
    """'Let Copilot select applicants', 'Laat de chatbot beslissen': an imperative *let* whose object is AI names
    a use of AI, no duty ('Let a colleague check the output' is one)."""
    if words[lead].text not in _LET or lead + 1 >= len(words):
        return False
    after = lead + 2 if words[lead + 1].text in _DETERMINER else lead + 1
    return after < len(words) and AI.matches(words[after])


_DECIDING = frozenset(
    "bepalen bepaalt bepaal beslissen beslist besluiten beoordelen beoordeelt kiezen kiest uitmaken uitmaakt "
    "decide decides decided determine determines judge judges assess assesses choose chooses".split()
)
_WHETHER = frozenset(("of", "whether", "if"))


def _decided_question(words: tuple[Word, ...], position: int) -> bool:
    """'AI laten bepalen of een kind extra zorg nodig heeft', 'decide whether a child needs care': the need
    in the question after a deciding verb is what is decided, not the duty of the sentence; so is the 'mag' of '…
    beslissen of iemand lid mag worden', not its permission."""
    return any(w.text in _WHETHER and q and words[q - 1].text in _DECIDING for q, w in enumerate(words[:position]))


_ATTRIBUTIVE = frozenset("important essential crucial vital belangrijk essentieel cruciaal".split())


def _attributive(words: tuple[Word, ...], position: int) -> bool:
    """'important business decisions', 'essential services': the adjective before its noun qualifies it;
    'it is important to check' and 'Important: …' are the duty."""
    if words[position].text not in _ATTRIBUTIVE or position + 1 >= len(words):
        return False
    if position and _COPULA.matches(words[position - 1]):
        return False
    return words[position + 1].text not in (*_THAT_TO, "for", "voor", "is", "zijn")


_WEIGHTY = ("critical", "key", "vital", "paramount")
_THAT_TO = ("that", "to", "dat", "om")


def _weighty(words: tuple[Word, ...]) -> tuple[str, ...]:
    """'it is critical that you verify', 'it is key to review': a duty (not 'critical decisions', 'a key
    risk' nor 'be critical of the output')."""
    for position, word in enumerate(words[1:-1], start=1):
        if word.text in _WEIGHTY and _COPULA.matches(words[position - 1]) and words[position + 1].text in _THAT_TO:
            return (word.text,)
    return ()


_HEDGES = frozenset(
    ("where", "wherever", "if", "when", "whenever", "as", "waar", "indien", "zoveel", "zo", "als", "waar")
)


def _hedge(words: tuple[Word, ...], position: int, concept: Concept) -> bool:
    """'Use placeholder data where possible', 'anonimiseer waar mogelijk', 'zoveel mogelijk': a hedge on
    the duty, no permission."""
    return (
        concept is PERMISSION
        and words[position].text in ("possible", "mogelijk", "feasible", "practicable")
        and position > 0
        and words[position - 1].text in _HEDGES
    )


def _not_only(words: tuple[Word, ...], position: int, concept: Concept) -> bool:
    """'niet alleen … maar ook', 'not only': no limit; nor 'the only source of information for decisions', where
    *only* is the adjective *sole*."""
    return concept is ONLY and position > 0 and words[position - 1].text in ("niet", "not", "the")


_POSSIBLE = frozenset(("kan", "kunnen", "can", "could", "may", "might", "zou", "zouden", "would"))


def _possibility(words: tuple[Word, ...], hits: list[str]) -> bool:
    """A relative clause whose only marker is a modal of possibility ('die … kan schaden', 'that could
    identify a person') describes its noun; it is no permission."""
    if not all(h in _POSSIBLE for h in hits):
        return False
    first_modal = next(p for p, w in enumerate(words) if w.text in hits)
    return any(w.text in _RELATIVE for w in words[:first_modal])


_RELATIVE = frozenset(("die", "dat", "wat", "welke", "waarmee", "waarin", "that", "which", "who", "whose"))


def _free_tool(words: tuple[Word, ...], position: int) -> bool:
    """'into free chatbots', 'free AI tools': what a tool costs, no permission ('you are free to use AI' is one)."""
    after = words[position + 1 : position + 3]
    return words[position].text == "free" and any(names_ai(w) for w in after)
