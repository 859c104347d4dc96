"""A check of what AI made, for altijd-controleren: a check verb with what AI produced, or with 'always /
yourself / before / a human' (not checking tools, terms or settings; not an approval procedure).
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.check_ai_work import _HUMAN_ADJ, _TESTS, _after_ai_use, _from_ai, _names_made, _subject
from aibeleid_check.meaning.check_context import (
    _bare_check,
    _checked_before_release,
    _checked_for,
    _checks_by,
    _critical,
    _follows_on,
    _gated_text,
    _read_first,
    _read_through_after_use,
    _universal,
)
from aibeleid_check.meaning.check_exclusions import _about_data, _decided_without
from aibeleid_check.meaning.check_made import MAKES, ai_made_word, made_by_ai
from aibeleid_check.meaning.check_no_check import (
    _MAKING,
    _READERS,
    _judgement_given,
    _judgement_left_to_ai,
    _own_statement,
    _own_work,
    _record_name,
    _regarded_as,
    _understood,
    _weighed_in_assessment,
)
from aibeleid_check.meaning.check_objects import data_accuracy, draft_then, other_object
from aibeleid_check.meaning.check_procedures import procedure, system_checked
from aibeleid_check.meaning.check_release import released
from aibeleid_check.meaning.check_shapes import language_form
from aibeleid_check.meaning.check_verbs import check_words, test_noun
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.morph import Word

_CONTROL = ("control", "controle", "oversight", "toezicht")


def _checked(words: Words) -> list[Word]:
    """A check verb with what AI produced, or with 'always / yourself / before / a human' (not: checking
    tools, terms or settings; not an approval procedure)."""
    by_ai = made_by_ai(words)
    output = [w for w in words if (c.OUTPUT.matches(w) and (by_ai or w.text not in _MAKING)) or ai_made_word(w)]
    output = output or _from_ai(words)  # ("voordat je een afspraak maakt": a making verb of no AI is no output)
    output = [w for w in output if not _own_statement(words, w)]
    checks = [w for w in check_words(words) if not procedure(words, w)]
    checks += [w for p, w in enumerate(words) if w.text in _TESTS and output and not test_noun(words, p)]
    checks += [  # "Human oversight is required for all AI-generated communications", "menselijk toezicht op AI-output"
        w
        for p, w in enumerate(words)
        if c.INTERVENTION.matches(w)
        and p
        and words[p - 1].text in _HUMAN_ADJ
        and any(c.STRONG_OUTPUT.matches(o) or ai_made_word(o) for o in words[p + 1 : p + 6])
    ]
    strong_output = any(c.STRONG_OUTPUT.matches(o) for o in words)
    reads = any(c.READ.matches(o) for o in words)
    checks += [
        w for p, w in enumerate(words) if _critical(words, p, reads) and (strong_output or reads or made_by_ai(words))
    ]
    if (
        any(c.STRONG_OUTPUT.matches(w) for w in words)
        or released(words)
        or _read_first(words)
        or _read_through_after_use(words)
    ):
        checks += [w for w in words if c.READ.matches(w)]  # "de output moet door een medewerker worden beoordeeld"
        # ("Always read the newsletter text yourself before it goes out" is the check, as "… before it is sent" is:
        # round 26 undid round 22's exception for a text going out)
    checks = [w for w in checks if not _regarded_as(words, w) and not _own_work(words, w) and w.text not in _READERS]
    checks = [w for w in checks if not _understood(words, w) and not _record_name(words, w)]
    if not checks or language_form(words, checks[0]):
        return []  # ("Check de spelling van je tekst": one's own text's form, no AI named)
    if _judgement_given(words, checks) or _judgement_left_to_ai(words, checks):
        return []  # "een beoordeling of een zorgbesluit neem je altijd zelf", "… laat je nooit aan AI over": the
        # decision rule
    if _weighed_in_assessment(words, checks):
        return []  # "de uitkomst van AI is nooit doorslaggevend bij de beoordeling van leerlingen": the decision rule
    if _bare_check(words, checks[0]):
        return checks[:1]  # "… wat niet altijd blijkt te kloppen. Dus controleer.": the object is the sentence before
    human = [w for w in words if c.HUMAN.matches(w) and any(_checks_by(words, k, w) for k in checks)]
    if human and checks[0].text in _CONTROL and any(c.DECIDE.matches(w) for w in words) and not _names_made(words):
        return []  # "Decisions must remain under human control": control over decisions, the decision rule
    if _decided_without(words, checks[0]):
        return []  # "no final decisions without human review", "… unless confirmed by staff": the decision rule
    if human and all(_subject(words, k, h) for k in checks for h in human if _checks_by(words, k, h)):
        if not output and not made_by_ai(words) and other_object(words, checks[0]):
            return []  # "People review their own calendars": who checks is named, but not what AI made
    if human and not system_checked(words, checks[0]):
        return [checks[0], human[0]]  # "menselijke controle", "reviewed by a human", "controle door een mens"
    if data_accuracy(words) or (
        _about_data(words)
        and not any(c.STRONG_OUTPUT.matches(w) or ai_made_word(w) for w in words)  # ("the AI-drafted letter")
        and not made_by_ai(words)
        and not _from_ai(words)  # "elke tekst van de AI zelf controleren op fouten, namen en toon": AI's text
        and not _universal(words, checks)  # "reviewing and approving everything before it enters the health record"
        and not _checked_for(words, checks[0])  # "Check every AI text for wrong prices": what the check looks for
        and not _checked_before_release(words, checks[0])  # "check figures and names before a quote goes out"
        and not _read_through_after_use(words)  # "When you use Copilot to draft minutes, read through all of it"
    ):
        return []  # "verify that the AI is not handling sensitive information": a data check
    made = [w for w in output if not c.CORRECT.matches(w)]  # "facturen op juistheid": accuracy is no output
    if not made and not made_by_ai(words) and other_object(words, checks[0]) and not _gated_text(words, checks[0]):
        return []  # "Verify the identity of callers before…": the check has another object
    context = output or [w for w in words if w.text in _CONTEXT or w.text in MAKES and made_by_ai(words)]
    context = context or _after_ai_use(words) or _universal(words, checks) or released(words)
    context = context or draft_then(words, checks[0]) or _follows_on(words, checks[0])
    strong = (
        any(c.STRONG_OUTPUT.matches(w) or ai_made_word(w) for w in words) or made_by_ai(words) or bool(_from_ai(words))
    ) or bool(draft_then(words, checks[0]))
    tools_only = any(c.NOT_OUTPUT.matches(w) for w in words) and not strong or system_checked(words, checks[0])
    if not output and all(c.CRITICAL.matches(k) or c.READ.matches(k) for k in checks):
        if all(w.text in _HUMAN_CONTEXT for w in context):
            return []  # "zorgvuldig afwegen waar menselijke oordeelsvorming nodig blijft": judgement, no output
    return [checks[0], *context[:2]] if context and not tools_only else []


_HUMAN_CONTEXT = ("human", "mens", "menselijke")
_CONTEXT = (
    "altijd",
    "zelf",
    "eerst",
    "always",
    "yourself",
    "first",
    "voordat",
    "before",
    "prior",
    "vooraf",
    "kritisch",
    "critically",
    "human",
    "mens",
    "menselijke",
)
