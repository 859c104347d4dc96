"""Which decisions a sentence names for geen-eindbesluit: a decision verb about people, one done by a machine
alone, requests approved or rejected, selection processes AI is used for, and who is accountable."""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.force_facts import causative_have
from aibeleid_check.meaning.morph import Word

Words = tuple[Word, ...]


MACHINES = ("computer", "computers", "machine", "machines")  # "een computer heeft nooit het laatste woord"


def decision_verb(words: Words, position: int) -> bool:
    """'to grade student work', 'be disciplined': the verb of a decision about people (not 'grades')."""
    previous = words[position - 1].text if position else ""
    if words[position].text == "grade" and position > 1 and c.AI.matches(words[position - 1]):
        return any(
            w.text in ("let", "laat", "allow") or causative_have(words, p)
            for p, w in enumerate(words[: position - 1])
            if p >= position - 4
        )
        # "Do not let AI grade student work": AI as the subject of 'grade' after 'let' (not "AI grades")
    return words[position].text in ("grade", "graded", "disciplined", "dismissed", "fired") and previous in (
        "to", "be", "been", "not", "never", "may", "must", "can", "cannot", "should", "is", "are",
    )  # fmt: skip


_AUTOMATED = (
    "automated",
    "geautomatiseerde",
    "geautomatiseerd",
    "automatic",
    "automatische",
    "automatisch",
    "automatically",
)


def by_machine(words: Words, position: int) -> bool:
    """A judging word done by a machine: right after 'automated', or with AI and 'alone/solely' beside it."""
    if position and words[position - 1].text in _AUTOMATED:
        return True
    near = words[max(0, position - 3) : position + 5]
    if any(w.text in ("alone", "solely", "zelfstandig", "autonomously") for w in near) and any(
        c.AI.matches(w) for w in near
    ):
        return True
    return sole_basis(words, position)


BASING = ("base", "based", "basing", "baseer", "baseert", "baseren", "gebaseerd")
_ONLY = ("only", "solely", "alone", "alleen", "uitsluitend", "enkel", "purely", "exclusively", "puur")


def sole_basis(words: Words, position: int) -> bool:
    """'Never base a grade only on an AI detector', 'een beoordeling nooit alleen op AI baseren': AI named as
    the only ground of what is decided."""
    near = words[max(0, position - 3) : position + 10]
    return (
        any(w.text in BASING for w in near) and any(w.text in _ONLY for w in near) and any(c.names_ai(w) for w in near)
    ) or _sole_ground(words, position)


_GROUNDS = frozenset("basis ground grounds grondslag".split())
_SOLE_BEFORE = frozenset("sole only single enige".split())


def _sole_ground(words: Words, position: int) -> bool:
    """'AI must not be used as the sole basis for approving or rejecting a contribution', 'de enige grondslag voor het
    afwijzen': AI as the only ground of judging, whatever is judged."""
    grounds = [
        p
        for p in range(max(1, position - 6), position)
        if words[p].text in _GROUNDS and words[p - 1].text in _SOLE_BEFORE
    ]  # ("… for accepting or rejecting …": each judging word of the pair)
    return bool(grounds) and any(c.names_ai(w) for w in words)


def requests(words: Words, position: int) -> list[Word]:
    """'approve or reject applications', 'deny requests': what people ask for, not software ('AI applications')."""
    found: list[Word] = []
    if words[position].text.endswith("ed"):
        return found  # "approved applications" are apps on a list
    for offset, word in enumerate(words[position + 1 : position + 5], start=position + 1):
        if word.text in ("applications", "application", "requests", "claims", "appeals"):
            before = words[offset - 1]
            if not (c.AI.matches(before) or c.TOOLISH.matches(before) or before.text.endswith("ed")):
                found.append(word)
    return found


def names_people(words: Words, position: int) -> bool:
    nxt = words[position + 1] if position + 1 < len(words) else None
    return nxt is not None and (c.DECIDER.matches(nxt) or c.HUMAN.matches(nxt)) and not c.DECIDE.matches(nxt)


def accountable(words: Words) -> bool:
    """'Where AI supports decisions, accountability remains with the decision-maker': who decides is named."""
    return any(w.text.startswith(("accountab", "verantwoordelijk", "eindverantwoordelijk")) for w in words) and any(
        c.DECIDER.matches(w) and w.text.startswith(("decision-maker", "beslisser")) for w in words
    )


ORG_MATTERS = frozenset(
    "budget budgets begroting strategy strategie beleid policy policies purchase aanschaf inkoop procurement".split()
)


def decided_by_use(words: Words, position: int) -> bool:
    """A selection process named as what AI is used for: the decisions in it (admissions, recruitment,
    performance reviews)."""
    word = words[position]
    previous = words[position - 1].text if position else ""
    process = (
        c.SELECTION.matches(word)
        or word.text.startswith(("review", "rating", "appraisal", "evaluation"))
        and previous in ("performance", "staff", "employee")
        or word.text == "making"
        and previous == "grant"  # "anywhere in the grant making process": deciding who is funded
    )
    if not process:
        return False
    before = words[max(0, position - 3) : position]
    used = [p for p, w in enumerate(words) if c.USE.matches(w) and not (p and words[p - 1].text in ("het", "the"))]
    return (
        bool(used)
        and any(w.text in ("for", "voor", "bij", "in", "tijdens", "during") for w in before)
        and any(c.AI.matches(w) for w in words)
    )


_HARM = ("detrimental", "negative", "adverse", "harmful", "nadelig", "nadelige", "negatief", "negatieve",
         "schadelijk", "schadelijke", "ongunstig", "ongunstige")  # fmt: skip
_EFFECT = ("effect", "effects", "impact", "impacts", "consequences", "gevolgen", "gevolg", "uitwerking", "invloed")


def harmed(words: Words, position: int) -> bool:
    """A decision named as what an effect harms ('a detrimental effect on outcomes, decisions or quality',
    'nadelige gevolgen voor beslissingen'): the quality of decisions, not who takes them."""
    before = words[max(0, position - 8) : position]
    return any(
        w.text in _EFFECT and any(h.text in _HARM for h in before[max(0, p - 2) : p]) for p, w in enumerate(before)
    )


def replacing(words: Words) -> bool:
    """'Replacing professional judgement or decision-making', a headline of what AI is not used for (a Dutch
    headline puts the verb last: 'Menselijke besluitvorming vervangen door AI' is read by ``headline``)."""
    replaced = words[1:5]  # what is replaced is the judgement or the deciding, not "legacy systems"
    return words[0].text in ("replacing", "substituting", "supplanting", "overriding") and any(
        c.DECIDE.matches(w) or c.JUDGMENT.matches(w) for w in replaced
    )


_BASIS = (("op", "basis", "van"), ("on", "the", "basis", "of"), ("based", "on"), ("op", "grond", "van"),
          ("because", "of"), ("vanwege",), ("on",), ("op",))  # fmt: skip


def other_basis(words: Words, found: list[Word]) -> bool:
    """'Leerlingen worden niet beoordeeld op basis van hun gedrag', 'not graded on their attendance': what a
    decision is not based on, when that is not AI ('not on the basis of AI output alone' is the rule)."""
    texts_ = [w.text for w in words]
    for decided in found:
        start = _basis_start(texts_, words.index(decided) + 1)
        for basis in _BASIS:
            if tuple(texts_[start : start + len(basis)]) != basis:
                continue
            if len(basis) == 1 and not decided.text.endswith(("ed", "eld", "eeld")):
                continue  # "graded on", "beoordeeld op" name a basis; "decide on grades" names what is decided
            phrase = [w for w in words[start + len(basis) : start + len(basis) + 6] if w.text not in _DETERMINERS]
            if not phrase:
                return False
            of_ai = phrase[1:2] and phrase[1].text in _OF and any(_machine(w) for w in phrase[2:4])
            return not (_machine(phrase[0]) or of_ai)  # "op basis van hun gedrag buiten het platform": behaviour
    return False


_DETERMINERS = frozenset("the a an de het een hun their his her zijn haar its your je uw".split())
_LONG_BASES = [basis for basis in _BASIS if len(basis) > 1]


def _basis_start(texts_: list[str], start: int) -> int:
    """Where the basis begins: right after the decision word, or a few words on when a phrase of several words
    ('based on', 'op basis van') follows its object ('accuse a contributor of AI use based on writing style')."""
    for offset in range(start, min(start + 14, len(texts_))):
        if texts_[offset] in _VERBS:
            break  # "decide on loans; decisions must be based on review": the basis of another clause
        if any(tuple(texts_[offset : offset + len(b)]) == b for b in _LONG_BASES):
            return offset
    return start


_VERBS = frozenset(
    "must should is are be was were will shall moet moeten mag mogen wordt worden is zijn but maar".split()
)


_OF = ("of", "van", "from", "uit", "by", "door")


def _machine(word: Word) -> bool:
    return (
        c.names_ai(word) or c.STRONG_OUTPUT.matches(word) or c.OUTPUT.matches(word)
        or c.SOLE.matches(word) or word.text in MACHINES
    )  # fmt: skip


def within_right(words: Words, found: list[Word] | tuple[Word, ...]) -> bool:
    """'Residents have the right to request human review of an automated decision', 'recht op menselijke
    tussenkomst': what a person affected may ask for afterwards is a right (guide: facts, risks and rights),
    not what staff are told; only the words after the right are read so."""
    for position, word in enumerate(words[1:-1], start=1):
        before, after = words[position - 1].text, words[position + 1].text
        right = word.text in ("right", "rights") and before in ("the", "a", "their", "your") and after == "to"
        recht = word.text == "recht" and after in ("op", "om") and before in ("het", "hebben", "heeft", "heb", "hebt")
        if (right or recht) and all(w.index > word.index for w in found):
            stop = next((w.index for w in words[position:] if w.text in _BUT), words[-1].index + 1)
            return all(w.index < stop for w in found)  # ("…, but AI output must always be checked")
    return False


_BUT = frozenset("but maar however echter whereas terwijl".split())


_AFFECTS = ("impact", "affect", "raken", "raakt", "geraakt", "treft", "treffen", "getroffen")
_PUBLIC = frozenset("public publiek burgers".split())


def affects_people(words: Words, position: int) -> bool:
    """'where the public may be significantly impacted by it', 'AI mag inwoners niet raken': an effect on people,
    which is what a decision about them is (read with an unmediated AI: 'without a human intermediary')."""
    if not words[position].text.startswith(_AFFECTS):
        return False
    near = words[max(0, position - 9) : position + 4]  # ("the public may directly interact with or be … impacted")
    return any((c.DOMAIN_STRICT.matches(w) or w.text in _PUBLIC) and w is not words[position] for w in near)


_MEDIATORS = ("human", "menselijk", "intermediar", "intervention", "tussenkomst", "review", "oversight", "toezicht")


def unmediated(words: Words, position: int) -> list[Word]:
    """'… without a human intermediary or intervention', 'zonder menselijke tussenkomst' after the effect."""
    for offset, word in enumerate(words[position + 1 : position + 9], start=position + 1):
        if c.WITHOUT.matches(word) and any(w.text.startswith(_MEDIATORS) for w in words[offset + 1 : offset + 4]):
            return [word]
    return []
