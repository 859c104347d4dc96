"""The force of a clause: prohibition, limit, obligation, permission, or a condition on a permission.

Read per clause (between commas, colons, parentheses…). A clause has its own force when it holds a
marker: a negation ("niet", "geen", "nooit", "never", "do not", "verboden", "avoid"), a limit ("alleen",
"uitsluitend", "only"), an obligation ("moet", "altijd", "must", "always", "verplicht", "ensure", or an
imperative such as "Controleer …" at the start of a sentence) or a permission ("mag", "may", "you
can", "toegestaan", "encouraged"). Negation wins over the rest ("mag niet", "not allowed"), a limit over
an obligation and a permission ("mag alleen"). A clause without a marker takes the force of the clause
before it in the sentence (or, for the first clause, of the next one: "Persoonsgegevens, … mag niet"),
and otherwise the force of the list it stands in (`mag_niet`: prohibition, `moet`: obligation, `mag`:
permission). A subordinate clause that follows a permission ("…, die je daarna zelf nakijkt", "mits …")
is a *condition* on that permission.
"""

from __future__ import annotations

from enum import StrEnum

from aibeleid_check.meaning.concepts import AI, COPY, ENTER, INPUT, Concept, names_ai
from aibeleid_check.meaning.force_facts import _aim, _told
from aibeleid_check.meaning.force_words import (
    ADVERBIAL,
    CONDITIONAL,
    CONJUNCTION,
    CONTRAST,
    IMPERATIVE,
    NEGATION,
    OBLIGATION,
    ONLY,
    PERMISSION,
    SUBORDINATE,
    VIOLATION,
)
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.text import Clause, Reading


class Force(StrEnum):
    PROHIBITION = "prohibition"
    LIMIT = "limit"
    OBLIGATION = "obligation"
    PERMISSION = "permission"
    CONDITION = "condition"
    QUESTION = "question"
    AIM = "aim"
    STATEMENT = "statement"

    @property
    def counts(self) -> bool:
        """Whether a rule stated with this force is the rule (a permission, a question without an answer or an
        aim never is; the condition of a permission is, for whoever uses the permission: guide decision 1)."""
        return self not in (Force.PERMISSION, Force.QUESTION, Force.AIM)


_COPULA = Concept("copula", "is", "are", "zijn", "was", "were", "be", "wordt", "worden", raw=True)
_UNFIT = frozenset(
    ("unsuitable", "ongeschikt", "ongeschikte", "inappropriate", "unfit", "ongepast", "wrong", "verkeerde", "unsafe",
     "onveilig", "onveilige")
)  # fmt: skip
_SAFE_ADJECTIVE = Concept("predicate", "private", "prive", "public", "openbaar", "privé", raw=True)

_LIST_FORCE = {"mag_niet": Force.PROHIBITION, "moet": Force.OBLIGATION, "mag": Force.PERMISSION}


def negations(words: tuple[Word, ...]) -> list[Word]:
    """Negating words, except 'is not private' (a description, not a rule)."""
    found = []
    for position, word in enumerate(words):
        if word.text in _UNFIT and any(_COPULA.matches(w) for w in words[max(0, position - 3) : position]):
            found.append(word)  # "Public AI tools are unsuitable for personal data", "Copilot is ongeschikt voor"
            continue
        if (
            word.text == "off"
            and position + 1 < len(words)
            and words[position + 1].text == "limits"
            and position
            and (_COPULA.matches(words[position - 1]) or words[position - 1].text in ("remain", "remains", "stay"))
        ):
            found.append(word)  # "Client files are off limits for AI tools" (as "off-limits")
            continue
        if _advised_against(words, position):
            found.append(word)  # "We advise against letting AI decide", "recommends against entering student records"
            continue
        if not NEGATION.matches(word):
            continue
        if position + 2 < len(words) and words[position + 1].text in ("limited", "beperkt", "alleen", "only"):
            if not _never_solely(words, position):
                continue  # "including but not limited to", "niet alleen … maar ook"
        before = words[position - 1] if position else None
        if before is not None and before.text in ("of", "or"):
            continue  # "wel of niet", "whether or not"
        after = words[position + 1] if position + 1 < len(words) else None
        if before is not None and after is not None and _COPULA.matches(before) and _SAFE_ADJECTIVE.matches(after):
            continue
        found.append(word)
    return found


_JOINS = frozenset(("en", "and"))
_NOT_PREDICATE = frozenset(
    "die dat wat welke waar that which who whom where what de het een the a an this dit deze for voor to tot "
    "van of in op".split()
)  # after the join: a relative clause or a noun phrase ("stukken die niet openbaar zijn", "and not for public use")


def coordinated(words: tuple[Word, ...], negated: list[Word], word: Word) -> bool:
    """'AI stelt nooit een diagnose en beslist niet over de behandeling', 'never makes X and does not decide':
    the negation ``word`` opens a second predicate joined by *en*/*and* to one an earlier negation forbids (at
    most two words, a verb, between the join and it); two prohibitions side by side, not a double negation
    ('niets wat niet op internet zou mogen staan', 'informatie of stukken die niet openbaar zijn')."""
    if not any(n.index < word.index for n in negated):
        return False
    position = words.index(word)
    for back in range(max(0, position - 3), position):
        if words[back].text in _JOINS and words[back].index > negated[0].index:
            between = words[back + 1 : position]
            after = words[position + 1].text if position + 1 < len(words) else ""
            if any(w.text in _NOT_PREDICATE for w in between) or not between and (not after or after in _NOT_PREDICATE):
                return False
            return True
    return False


_ADVISE = ("advis", "advice", "recommend", "warn", "caution", "counsel")


def _advised_against(words: tuple[Word, ...], position: int) -> bool:
    """'we would always advise (advice) against uploading …', 'recommends strongly against', 'warns staff against':
    advice against the act forbids it, as 'wij raden af' does."""
    if position + 1 < len(words) and words[position + 1].text in _ADVICE_OF:
        return False  # "Check the repair advice from AI against the manual": the advice compared, a noun
    return words[position].text.startswith(_ADVISE) and any(
        w.text == "against" for w in words[position + 1 : position + 4]
    )


_ADVICE_OF = frozenset("from of by van door uit".split())


_NEVER = frozenset(("nooit", "never", "niemals"))
_BUT_ALSO = frozenset(("maar", "but", "ook", "also"))


def _never_solely(words: tuple[Word, ...], position: int) -> bool:
    """'Baseer een beschuldiging nooit alleen op een AI-detector', 'never only on AI': *never* before *only* is
    *never solely*, a prohibition; 'nooit alleen … maar ook' and every 'niet alleen' / 'not only' stay *not only*."""
    return (
        words[position].text in _NEVER
        and words[position + 1].text in ("alleen", "only")
        and not any(w.text in _BUT_ALSO for w in words[position + 2 :])
    )


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
_NEXT_STEP = frozenset("then daarna vervolgens afterwards subsequently".split())
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


def clause_forces(reading: Reading, kind: str | None) -> dict[int, tuple[Force, tuple[str, ...]]]:
    """Force and marker words per clause (by clause position in ``reading.clauses``)."""
    default = (_LIST_FORCE.get(kind or "", Force.STATEMENT), ())
    own: list[tuple[Force, tuple[str, ...]] | None] = []
    for position, clause in enumerate(reading.clauses):
        first = position == 0 or reading.clauses[position - 1].sentence != clause.sentence
        own.append(own_force(clause, first))
    _consequences(reading, own)
    _answers(reading, own)
    _verb_lists(reading, own)
    _unsafe_lists(reading, own)
    _after_opener(reading, own)
    if kind == "mag_niet":
        _forbidden_acts(reading, own)
    members = _list_members(reading, own)
    result: dict[int, tuple[Force, tuple[str, ...]]] = {}
    for position, clause in enumerate(reading.clauses):
        previous = (
            result.get(position - 1)
            if position and reading.clauses[position - 1].sentence == clause.sentence and not clause.fresh
            else None
        )
        mine = own[position]
        if mine is None and clause.host in result:
            result[position] = result[clause.host]  # an aside has the force of the clause it interrupts
            continue
        subordinate = bool(clause.words) and (SUBORDINATE.matches(clause.words[0]) or _as_long_as(clause.words))
        if previous is not None and mine is None and clause.words and CONTRAST.matches(clause.words[0]):
            previous = None  # "AI mag ondersteunen, maar het oordeel velt de docent": a new main clause
        opener = reading.clauses[position - 1].words[:1] if position else ()
        if previous is not None and opener and ADVERBIAL.matches(opener[0]) and not subordinate:
            previous = None  # "While AI can help draft, it is the author's duty to check": the main clause
        if previous is not None and previous[0] in (Force.PERMISSION, Force.CONDITION):
            if mine is None or (subordinate and mine[0] is Force.OBLIGATION):
                step = bool(clause.words) and clause.words[0].text in _NEXT_STEP  # "…, then reviewed by a human"
                result[position] = (Force.CONDITION if subordinate or step else Force.PERMISSION, previous[1])
                continue
        if mine is not None:
            result[position] = mine
        elif position in members:
            result[position] = members[position]
        elif previous is not None:
            result[position] = previous
        else:
            result[position] = _next_force(reading, own, position) or default
    _aims(reading, result)
    return result


def _free_tool(words: tuple[Word, ...], position: int) -> bool:
    """'into free chatbots', 'free AI tools': what a tool costs, no permission ('you are free to use AI' is one)."""
    after = words[position + 1 : position + 3]
    return words[position].text == "free" and any(names_ai(w) for w in after)


def _as_long_as(words: tuple[Word, ...]) -> bool:
    """'…, as long as you check them yourself', 'so long as …': a condition opened as 'provided' opens one."""
    return len(words) > 3 and words[0].text in ("as", "so") and words[1].text == "long" and words[2].text == "as"


def _aims(reading: Reading, result: dict[int, tuple[Force, tuple[str, ...]]]) -> None:
    """A sentence that opens with an aim states the aim up to its first semicolon, whatever its clauses say."""
    aim_of = -1
    for position, clause in enumerate(reading.clauses):
        if position == 0 or reading.clauses[position - 1].sentence != clause.sentence:
            aim_of = clause.sentence if _aim(clause.words) else -1
        elif clause.fresh:
            aim_of = -1
        if clause.sentence == aim_of:
            result[position] = (Force.AIM, ())


def _forbidden_acts(reading: Reading, own: list[tuple[Force, tuple[str, ...]] | None]) -> None:
    """Under a "Don't" heading a bare imperative names the act that is forbidden ("Enter client data into
    ChatGPT", "Deel vertrouwelijke stukken met AI-tools"): the list's prohibition, not a duty to do it. A
    clause with a word of duty of its own ("Always check…", "You must…") keeps its force."""
    for position, found in enumerate(own):
        if found is None or found[0] is not Force.OBLIGATION or len(found[1]) != 1:
            continue
        marker = next((word for word in reading.clauses[position].words if word.text == found[1][0]), None)
        if marker is not None and IMPERATIVE.matches(marker) and not OBLIGATION.matches(marker):
            own[position] = (Force.PROHIBITION, ())


def _after_opener(reading: Reading, own: list[tuple[Force, tuple[str, ...]] | None]) -> None:
    """'Whenever possible, use de-identified data', 'Waar mogelijk: gebruik fictieve namen', 'If in doubt,
    leave it out': after a short opening clause with no force of its own, an imperative opens the main clause."""
    clauses = reading.clauses
    for position in range(1, len(clauses)):
        opener, clause = clauses[position - 1], clauses[position]
        first = position == 1 or clauses[position - 2].sentence != opener.sentence
        if not first or opener.sentence != clause.sentence or own[position - 1] is not None or own[position]:
            continue
        words = clause.words
        if (
            0 < len(opener.words) <= 5
            and words
            and IMPERATIVE.matches(words[0])
            and words[1:2] != ()
            and (
                words[1].text not in ("of", "van")  # "In 2023, use of AI grew": a noun
            )
        ):
            own[position] = (Force.OBLIGATION, (clause.words[0].text,))


def _verb_lists(reading: Reading, own: list[tuple[Force, tuple[str, ...]] | None]) -> None:
    """'Do not use AI to collect, use, store and/or disclose …', 'Never paste, upload, or share …': a bare verb
    ('use'), verbs joined by and/or, or a last member opened by and/or, after a clause that ends in a verb
    (or is one), is a member of a list of verbs: no imperative of its own, the list's force goes on."""
    clauses = reading.clauses
    for position in range(1, len(clauses)):
        words, before, mine = clauses[position].words, clauses[position - 1].words, own[position]
        if mine is None or mine[0] is not Force.OBLIGATION or before == () or not words:
            continue
        if clauses[position - 1].sentence != clauses[position].sentence:
            continue
        joined = words[0].text in _AND_OR and len(words) > 1 and mine[1] == (words[1].text,)
        if not joined and not (mine[1] == (words[0].text,) and (len(words) == 1 or words[1].text in _AND_OR)):
            continue  # ("or share client files with ChatGPT" after "Never paste, upload": joined to the list)
        ends_in_verb = (
            any(concept.matches(before[-1]) for concept in (IMPERATIVE, INPUT, COPY))
            or len(before) > 1
            and before[-2].text in ("to", "te", "om")
        )
        if ends_in_verb or len(before) == 1:
            own[position] = None


_AND_OR = ("and", "or", "en", "of")


def _unsafe_lists(reading: Reading, own: list[tuple[Force, tuple[str, ...]] | None]) -> None:
    """'Paste client names, addresses, or phone numbers into free chatbots': a bare imperative whose objects are
    listed over commas, into a tool the sentence calls unsafe in its last member's clause, is the Don't item
    :func:`into_unsafe_tool` reads in one clause; the clauses of the list have no force of their own."""
    clauses = reading.clauses
    for position, clause in enumerate(clauses):
        mine = own[position]
        if mine is None or mine[0] is not Force.OBLIGATION or not clause.words or mine[1] != (clause.words[0].text,):
            continue
        if position and clauses[position - 1].sentence == clause.sentence:
            continue  # the imperative opens its sentence
        members = [
            other
            for other in range(position + 1, len(clauses))
            if clauses[other].sentence == clause.sentence and not clauses[other].fresh and own[other] is None
        ]
        if len(members) != len([c for c in clauses[position + 1 :] if c.sentence == clause.sentence]) or not members:
            continue  # (a member with a force of its own is a clause, no list member)
        words = tuple(w for other in (position, *members) for w in clauses[other].words)
        if not into_unsafe_tool(clause.words) and into_unsafe_tool(words):
            own[position] = None


_STRENGTH = {Force.PROHIBITION: 0, Force.LIMIT: 1, Force.OBLIGATION: 2}


def _list_members(
    reading: Reading, own: list[tuple[Force, tuple[str, ...]] | None]
) -> dict[int, tuple[Force, tuple[str, ...]]]:
    """'… ensure that internal documents, client data, and other sensitive information are not entered': the
    short verbless members between the first clause and the last member (opened by and/or) that carries the
    verb take that member's force, not the force of the clause before them."""
    members: dict[int, tuple[Force, tuple[str, ...]]] = {}
    clauses = reading.clauses
    for last, clause in enumerate(clauses):
        mine = own[last]
        if (
            mine is None
            or mine[0] not in _STRENGTH
            or not clause.words
            or clause.words[0].text not in ("and", "or", "en", "of")
            or last < 2
        ):
            continue
        run = []
        for position in range(last - 1, 0, -1):
            middle = clauses[position]
            if middle.sentence != clause.sentence or own[position] is not None or middle.host >= 0:
                break
            if len(middle.words) > 4 or clauses[position - 1].sentence != clause.sentence:
                break
            run.append(position)
        head = own[run[-1] - 1] if run else None
        if head is not None and head[0] in _STRENGTH and _STRENGTH[mine[0]] < _STRENGTH[head[0]]:
            members.update(dict.fromkeys(run, mine))  # (a negation at the head governs: "no personal, … or
            # otherwise sensitive information may be used")
    return members


def _answers(reading: Reading, own: list[tuple[Force, tuple[str, ...]] | None]) -> None:
    """'Mag ik klantgegevens in ChatGPT invoeren? Nee.': the answer gives the question its force; so does an
    answer that states a rule in its own words ('Klantgegevens? Die deel je ook niet met AI.', 'Moet ik de
    tekst nakijken? Lees hem altijd zelf na.'): what the question names is what the answer forbids or asks.
    A question without an answer states nothing."""
    for position, clause in enumerate(reading.clauses):
        if not clause.question:
            continue
        answer = reading.clauses[position + 1].words[:1] if position + 1 < len(reading.clauses) else ()
        first = answer[0].text if answer else ""
        if first in ("nee", "neen", "niet", "no", "nope", "nooit", "never", "absoluut", "zeker"):
            own[position] = (Force.PROHIBITION, (first,))
        elif first in ("ja", "yes"):
            own[position] = (Force.PERMISSION, (first,))
        else:
            own[position] = _answered(reading, own, position) or (Force.QUESTION, ())


_ANSWERING = (Force.PROHIBITION, Force.LIMIT, Force.OBLIGATION, Force.PERMISSION)


def _answered(
    reading: Reading, own: list[tuple[Force, tuple[str, ...]] | None], question: int
) -> tuple[Force, tuple[str, ...]] | None:
    """The force of the answer after the question at ``question``, in its sentence: the first clause after it
    with a force of its own, up to the next question; ``None`` when the answer states no rule ('Wie beslist
    over cijfers? De docent.')."""
    sentence = reading.clauses[question].sentence
    for later in range(question + 1, len(reading.clauses)):
        clause = reading.clauses[later]
        if clause.sentence != sentence or clause.question:
            return None
        found = own[later]
        if found is not None:
            return found if found[0] in _ANSWERING else None
    return None


def _consequences(reading: Reading, own: list[tuple[Force, tuple[str, ...]] | None]) -> None:
    """'Wie cliëntinformatie in ChatGPT plakt, doorbreekt het beroepsgeheim', 'if you paste it, you breach
    the GDPR': a conditional act with a breach as its consequence is a prohibition of the act."""
    opened: set[int] = set()
    for position, clause in enumerate(reading.clauses):
        first = position == 0 or reading.clauses[position - 1].sentence != clause.sentence
        if first and clause.words and CONDITIONAL.matches(clause.words[0]):
            opened.add(clause.sentence)
        elif first and len(clause.words) > 1 and clause.words[1].text in ("je", "jij", "u"):
            after = reading.clauses[position + 1] if position + 1 < len(reading.clauses) else None
            if (
                after is not None
                and after.sentence == clause.sentence
                and after.words[:1]
                and after.words[0].text == "dan"
            ):
                opened.add(clause.sentence)  # "Plak je een verslag in ChatGPT, dan schend je de privacy"
    for position, clause in enumerate(reading.clauses):
        if clause.sentence not in opened or position == 0 or reading.clauses[position - 1].sentence != clause.sentence:
            continue
        breach = [w.text for w in clause.words if VIOLATION.matches(w)]
        mine = own[position]
        if breach and (mine is None or mine[0] is not Force.PERMISSION):
            own[position] = (Force.PROHIBITION, tuple(breach))
            opening = next(
                p for p in range(position, -1, -1) if p == 0 or reading.clauses[p - 1].sentence != clause.sentence
            )
            own[opening] = (Force.PROHIBITION, tuple(breach))  # the act in the condition is what is forbidden


def _next_force(
    reading: Reading, own: list[tuple[Force, tuple[str, ...]] | None], position: int
) -> tuple[Force, tuple[str, ...]] | None:
    sentence = reading.clauses[position].sentence
    for later in range(position + 1, len(reading.clauses)):
        if reading.clauses[later].sentence != sentence:
            return None
        if own[later] is not None:
            words = reading.clauses[later].words
            return None if words and CONTRAST.matches(words[0]) else own[later]
    return None  # ("I use AI for research, but never to translate": the force after 'but' is its own)
