"""Anonymising and removing identifiers, read for geen-persoonsgegevens.

"Anonimiseer altijd eerst", "data is de-identified before it may be entered", "Remove all personally
identifiable information", "Haal persoonsgegevens uit gespreksverslagen" ask the data be made anonymous; a
process to have ("de-identification processes"), AI that anonymises, a definition ("Anonimisering houdt in
…"), what AI makes ("fictional case studies"), a practice described or a name taken off a list ("from the
mailing list") do not. :mod:`.data_rules` asks these readings.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.data_acts import _PRODUCE
from aibeleid_check.meaning.data_mentions import _ON_EVENT, _into_ai, _retention, need_denied
from aibeleid_check.meaning.finding import ForceOf, Words, headline
from aibeleid_check.meaning.force import Force
from aibeleid_check.meaning.force_words import PAST
from aibeleid_check.meaning.morph import Word

_PROCESSES = ("process", "processes", "procedure", "procedures", "proces", "processen", "procedure", "procedures",
              "protocol", "protocols", "protocollen", "tooling", "software")  # fmt: skip
_DEFINING = frozenset("involves entails means refers describes houdt betekent omvat verwijst beschrijft".split())


def _anonymising_topic(words: Words, word: Word) -> bool:
    """'ensure proper de-identification processes are in place', 'een anonimiseringsprocedure': a process to have,
    a duty to make the rule (guide), not anonymising before AI; nor is AI that anonymises ('We use AI to anonymise
    large datasets', 'Onze AI-tool anonimiseert automatisch namen'), a task given to AI."""
    position = words.index(word)
    if position >= 2 and words[position - 1].text == "to" and c.names_ai(words[position - 2]):
        return True  # "We use AI to anonymise large datasets": a task given to AI
    if word.text.endswith(("eert", "ises", "izes")) and any(
        c.names_ai(w) for w in words[max(0, position - 2) : position]
    ):
        return True  # "Onze AI-tool anonimiseert automatisch namen", "The chatbot pseudonymises names": what it does
    following = words[position + 1].text if position + 1 < len(words) else ""
    return following in _PROCESSES or word.text.endswith(_PROCESSES) and len(word.text) > 12


def _defines(words: Words) -> bool:
    """'De-identification involves removing …', 'Anonimisering houdt in dat …': the sentence defines anonymising."""
    return len(words) > 2 and c.ANONYMISE.matches(words[0]) and words[1].text in _DEFINING


def _made(words: Words, word: Word) -> bool:
    """'Use AI to create fictional case studies': what AI makes is fictional, no data made anonymous."""
    made = next((w for w in words if w.text in _PRODUCE and 0 < word.index - w.index <= 3), None)
    # ("maak teksten onherkenbaar": the anonymising of what the verb's object is, not a thing made)
    return made is not None and all(w.text in _DETERMINERS_OF_MADE for w in words if made.index < w.index < word.index)


_DETERMINERS_OF_MADE = frozenset("a an the some new een de het enkele nieuwe".split())


_IDENTIFYING = ("identifiable", "identifying", "identificeerba", "herleidba", "identificerend")


def _redacting(words: Words, removing: list[Word], found: list[Word], force_of: ForceOf) -> list[Word]:
    """'Remove all personally identifiable information', 'Verwijder alle namen uit de tekst', 'Haal
    persoonsgegevens uit gespreksverslagen': taking identifiers, or personal data out of a text, is
    anonymising it, also when AI is not named; deleting data after a time or on a request ('Delete personal data
    when it is no longer needed') is retention, taking a name off a list ('from the mailing list') no text."""
    verbs = [w for w in removing if c.REMOVE.matches(w)]
    if not verbs or _retention(words) or any(w.text in _ON_EVENT for w in words):
        return []  # ("remove names from the mailing list when people unsubscribe": on an event)
    source = _source(words)
    if source is not None and (source.text in _REGISTERS or any(p in _REGISTERS for p in source.parts)):
        return []  # "Remove your name from the mailing list": taken off a list, no text made anonymous
    identifiers = [w for w in found if c.IDENTIFIERS.matches(w) or w.text.startswith(_IDENTIFYING) or w.text == "pii"]
    asked = force_of(verbs[0])[0] is Force.OBLIGATION or verbs[0] is words[0]
    return [verbs[0]] if (identifiers or source is not None) and asked else []


_REGISTERS = frozenset(
    "list lists lijst lijsten mailing mailinglist rota roster register registers directory database databases "
    "system systems systeem systemen administratie adresboek crm website site account accounts group groep "
    "team channel kanaal presentielijst ledenlijst server servers drive drives schijf device devices laptop "
    "laptops computer usb archive archief".split()
)


def _source(words: Words) -> Word | None:
    """What something is taken out of: 'uit de notulen', 'from the mailing list'."""
    for position, word in enumerate(words):
        if word.text in ("from", "uit") and position + 1 < len(words):
            return next((w for w in words[position + 1 : position + 4] if w.text not in _DETERMINERS_OF_MADE), None)
    return None


def _asked(words: Words, anonymise: Word, force_of: ForceOf) -> bool:
    """Anonymising is this rule when it is asked ("Anonimiseer altijd eerst", "use anonymised data") or
    named beside AI; "Onderzoeksdata worden geanonimiseerd opgeslagen" describes a practice."""
    force = force_of(anonymise)[0]
    beside = tuple(w for w in words if w.index != anonymise.index + 1)  # ("anonymisation tools": what it is done with)
    if force is Force.STATEMENT and any(PAST.matches(w) for w in words):
        return False  # "The AI tool was evaluated on anonymised test data": what was done, a fact
    return force.counts and (force is not Force.STATEMENT or _into_ai(beside) or headline(words, [anonymise]))


_BEFORE = ("voordat", "before", "prior", "alvorens", "vooraleer", "eer")


def _before_ai(words: Words, anonymise: Word, force_of: ForceOf) -> bool:
    """'Gegevens worden geanonimiseerd voordat ze aan AI gegeven mogen worden', 'data is de-identified before
    it may be entered': the modal is the entering's, inside the before clause; the anonymising comes first."""
    before = next((w for w in words if w.text in _BEFORE and w.index > anonymise.index), None)
    if before is None or not any(c.AI.matches(w) or c.ENTER.matches(w) for w in words if w.index > before.index):
        return False
    force, markers = force_of(anonymise)
    if force is not Force.PERMISSION:
        return False
    return all(any(w.text == m and w.index > before.index for w in words) for m in markers)


_THINKS = frozenset("denkt denk vindt vind acht think thinks believe believes feel feels deem deems consider".split())
_NEED = frozenset("nodig noodzakelijk necessary needed need relevant nuttig useful".split())


def need_left_to_user(words: Words) -> bool:
    """'Verwijder namen als je denkt dat dat nodig is', 'leave out identifiers you think are not needed', 'redact names
    when the task does not require them': the reader judges for themselves whether to remove anything, data
    minimisation (guide decision 8), not the rule."""
    thinks = [w for w in words if w.text in _THINKS]
    if thinks and any(w.text in _NEED and 0 < w.index - thinks[0].index <= 6 for w in words):
        return True
    return need_denied(words)


_REIDENTIFY = ("re-identif", "reidentif", "heridentif", "de-anonym", "deanonym", "deanonim", "de-anonim")
_AGAIN = frozenset("weer opnieuw terug again back".split())
_TRACEABLE = frozenset("herleidbaar identificeerbaar herkenbaar identifiable traceable".split())


def reidentifying(words: Words) -> bool:
    """'Do not attempt to re-identify individuals from anonymised datasets', 'geanonimiseerde gegevens weer
    herleidbaar maken': a ban on undoing the anonymising (guide: a mention), not an ask to anonymise."""
    if any(w.text.startswith(_REIDENTIFY) for w in words):
        return True
    return any(
        w.text in _TRACEABLE and any(a.text in _AGAIN and 0 < w.index - a.index <= 2 for a in words) for w in words
    )


_INSTEAD = (("in", "plaats", "van"), ("instead", "of"), ("rather", "than"), ("in", "place", "of"))


def instead_of_real(words: Words, anonymise: Word, found: list[Word]) -> bool:
    """'Werk met nepnamen in plaats van echte klantnamen', 'use initials rather than full names': the made-up
    stand-in named against the person's own data is the ask to anonymise, as a list item or a practice; a tool that
    makes them ('AI generates fictional names instead of …') is a fact about it."""
    position = words.index(anonymise)
    if any(c.names_ai(w) for w in words[max(0, position - 3) : position]):
        return False
    texts = [w.text for w in words]
    for start in range(position + 1, min(len(words), position + 6)):
        for phrase in _INSTEAD:
            if tuple(texts[start : start + len(phrase)]) == phrase:
                after = start + len(phrase)
                return any(after <= words.index(f) <= after + 3 for f in found)
    return False


def left_out(words: Words, word: Word) -> bool:
    """'leave out anything that is commercially sensitive', 'leaving out client names': the phrasal verb of
    removing ('weglaten' is one Dutch word)."""
    if word.text not in ("leave", "leaving"):
        return False  # (before the position: this runs for every word)
    position = words.index(word)
    return position + 1 < len(words) and words[position + 1].text == "out"
