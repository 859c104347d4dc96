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

This module gives each clause its force (:func:`clause_forces`), from its own markers and its neighbours':
:mod:`.force_kind` holds the kinds of force, :mod:`.force_negation` the negating words and :mod:`.force_own` the
force of one clause on its own.
"""

from __future__ import annotations

from aibeleid_check.meaning.concepts import COPY, INPUT
from aibeleid_check.meaning.force_facts import _aim
from aibeleid_check.meaning.force_kind import Force
from aibeleid_check.meaning.force_negation import coordinated, negations
from aibeleid_check.meaning.force_own import into_unsafe_tool, own_force, remains_valued, wrong_label_end
from aibeleid_check.meaning.force_words import (
    ADVERBIAL,
    CONDITIONAL,
    CONTRAST,
    IMPERATIVE,
    OBLIGATION,
    SUBORDINATE,
    VIOLATION,
)
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.text import Reading

_LIST_FORCE = {"mag_niet": Force.PROHIBITION, "moet": Force.OBLIGATION, "mag": Force.PERMISSION}
_NEXT_STEP = frozenset("then daarna vervolgens afterwards subsequently".split())


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


__all__ = [
    "Force",
    "clause_forces",
    "coordinated",
    "into_unsafe_tool",
    "negations",
    "own_force",
    "remains_valued",
    "wrong_label_end",
]
