"""Protected objects named in a sentence about something else than putting them into AI, for the data rules: work
that leaves the organisation ("Geen offerte gaat de deur uit zonder dat een collega hem heeft gelezen", the check of
work going out), what a question that someone decides asks about ("Which quotes we send is decided by Yara, not
by AI", the decision rule), what holds something else ("students' work should not contain content produced by
AI", academic integrity); and the Dutch imperative whose particle closes the sentence, read as one verb of input.
Round 26.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.check_release import goes_out
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.force_words import MODAL
from aibeleid_check.meaning.morph import Word

_INTO = frozenset("in into naar to onto aan".split())


def _ai_destination(words: Words) -> bool:
    """'into ChatGPT', 'naar een chatbot', 'de chatbot in': an AI tool as where something goes."""
    return any(
        c.AI.matches(w)
        and (any(v.text in _INTO for v in words[max(0, p - 3) : p]) or p + 1 < len(words) and words[p + 1].text == "in")
        for p, w in enumerate(words)
    )


def leaves_office(words: Words, found: list[Word]) -> bool:
    """'Geen offerte gaat de deur uit zonder …', 'No quote goes out without a colleague reading it first': the
    object is a piece of work going out of the organisation (to a customer, out of the door), and no AI tool is
    where it goes; what the sentence gates is sending it, not entering it into AI."""
    if _ai_destination(words):
        return False
    return any(goes_out(words, p) and any(0 < words[p].index - f.index <= 6 for f in found) for p in range(len(words)))


_ASKING = frozenset("which whether what welke welk wat".split())
_WHETHER_NL = "of"
_DECIDING_VERBS = frozenset(
    """decide decides decided deciding determine determines determined choose chooses chosen beslis beslist beslissen
    besluit besluiten besloten bepaal bepaalt bepalen bepaald kies kiest kiezen gekozen""".split()
)


def _opens_question(words: Words, position: int) -> bool:
    """A word that opens an indirect question: 'which', 'whether', 'welke', and Dutch 'of' at the start of the
    sentence or right after a deciding verb ('Of een offerte de deur uitgaat, …', 'beslist of …'), where it is no 'or'."""
    word = words[position]
    if word.text in _ASKING:
        return True
    return word.text == _WHETHER_NL and (position == 0 or words[position - 1].text in _DECIDING_VERBS)


def decided_question(words: Words, found: list[Word]) -> bool:
    """'Which quotes we send is decided by Yara, not by AI', 'Welke offertes we versturen, beslist Yara', 'Yara
    decides whether an invoice is sent': the object stands in the question a person or AI decides (the decision
    rule's matter), not as what is entered into AI. The question opens before the object, and a deciding verb
    either governs it (right before its opening word) or follows it as the sentence's main verb."""
    if _ai_destination(words):
        return False
    first = min(words.index(f) for f in found)
    for position in range(first):
        if not _opens_question(words, position) or first - position > 4:
            continue
        governed = position > 0 and words[position - 1].text in _DECIDING_VERBS
        fronted = any(w.text in _DECIDING_VERBS for w in words[first + 1 :])
        if governed or fronted and position <= 1:
            return True
    return False


_CONTAINING = frozenset("bevat bevatten contain contains".split())


def holds_other(words: Words, found: list[Word], found_acts: list[Word]) -> bool:
    """ "Students' work should not contain content that has been produced by AI', 'Het verslag van de leerling mag geen
    AI-tekst bevatten': the protected object holds what the sentence is about, its only act a verb of containing
    after it, and what it contains is AI's work (not 'Prompts must not contain client names', 'Een prompt mag nooit
    namen van cliënten bevatten')."""
    exception = next((w.index for w in words if w.text in _EXCEPT), None)
    found_acts = [a for a in found_acts if exception is None or a.index < exception]  # ("except where AI use is …")
    if not found_acts or not all(a.text in _CONTAINING for a in found_acts):
        return False
    verb = next((w.index for w in words if MODAL.matches(w) or w.text in _CONTAINING), None)
    if verb is None or not all(f.index < verb for f in found if not c.PEOPLE.matches(f)):
        return False
    return any(c.AI.matches(w) or c.STRONG_OUTPUT.matches(w) or w.text in _MADE for w in words if w.index > verb)


_EXCEPT = frozenset("except unless behalve tenzij".split())
_MADE = frozenset("generated produced gegenereerd gemaakt geschreven written".split())


def separable_input(words: Words) -> bool:
    """'Voer de omzet en de marges van de zaak nooit in ChatGPT in': the imperative that opens the sentence and the
    particle that closes it are one verb of input, however many words stand between them."""
    return (
        len(words) > 2 and words[-1].text in ("in", "op") and c.INPUT.matches_forms((words[-1].text + words[0].text,))
    )
