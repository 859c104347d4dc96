"""What AI made as a draft, and its accuracy ensured, for altijd-controleren: "Treat everything it produces
as a first draft", "AI-output is nooit de eindversie", "Ensure its outputs are accurate before use".
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.check_ai_work import _ANSWERABLE, _after_ai_use, _from_ai
from aibeleid_check.meaning.check_made import MAKES, ai_made_word, made_by_ai
from aibeleid_check.meaning.check_objects import data_accuracy
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.force import negations
from aibeleid_check.meaning.morph import Word


def _final_version(words: Words, position: int) -> bool:
    """'the final version', 'de definitieve tekst': final before a word for a finished piece of work."""
    nxt = words[position + 1].text if position + 1 < len(words) else ""
    return words[position].text in ("final", "finished", "definitieve", "definitief") and nxt in _VERSIONS


_VERSIONS = ("version", "versie", "product", "text", "tekst", "document", "output", "answer", "antwoord")


_DUTY = ("ensure", "ensuring", "ensures", "zorg", "sure", "waarborg", "garandeer", "borg", "zeker", "certain")


def _ensured(words: Words) -> list[Word]:
    """'Ensure its outputs are accurate before use', 'zorg dat de uitkomst klopt'."""
    output = [w for w in words if c.STRONG_OUTPUT.matches(w) and not c.CORRECT.matches(w)] or _from_ai(words)
    if not output and made_by_ai(words):
        output = [w for w in words if w.text in MAKES]  # "ensure that anything produced by AI is correct"
    correct = [w for w in words if c.CORRECT.matches(w) and not (w.index and _before(words, w) in ("to", "te"))]
    if not output and any(_said_of_it(words, w) for w in correct):
        output = _after_ai_use(words)  # "If you use AI to draft a report, make sure it is correct"
    duty = [w for w in words if w.text in _DUTY]
    if data_accuracy(words):
        return []  # "ensure the accuracy of their personal details"
    if duty and _answering_for(words, duty[0]) and not any(c.names_ai(w) or ai_made_word(w) for w in words):
        return []  # "Users are responsible for ensuring the accuracy of content": answering for it (decision 6); with
        # AI's work named ("… that AI-generated material is accurate") the earlier rounds count it
    return [duty[0], output[0], correct[0]] if output and correct and duty else []


def _answering_for(words: Words, duty: Word) -> bool:
    """'responsible for ensuring the accuracy …', 'verantwoordelijk voor het waarborgen van …': the duty named as what
    someone answers for, not as the act of checking."""
    return duty.text.endswith(("ing", "en")) and any(
        w.text.startswith(_ANSWERABLE) and 0 < duty.index - w.index <= 3 for w in words
    )


_IT = frozenset("it they het die dat ze zij".split())


def _said_of_it(words: Words, correct: Word) -> bool:
    """'make sure it is correct', 'zorg dat die klopt': the accuracy said of a pronoun (the work made with AI the
    sentence names before it), not of another thing ('make sure your timesheet is correct')."""
    position = words.index(correct)
    return any(w.text in _IT for w in words[max(0, position - 3) : position])


def _before(words: Words, word: Word) -> str:
    """The text of the word before ``word`` ("to correct": a verb, not accuracy)."""
    position = words.index(word)
    return words[position - 1].text if position else ""


_COPULA = ("is", "are", "zijn", "blijft", "blijven", "remains", "remain", "wordt", "becomes")


def _as_draft(words: Words) -> list[Word]:
    """'Treat everything it produces as a first draft', 'beschouw het als een concept'; 'AI-output is nooit
    de eindversie', 'never treat AI output as the final version'."""
    drafts = [w for w in words if c.DRAFT.matches(w)]
    drafts += [
        w for p, w in enumerate(words) if w.text == "starting" and p + 1 < len(words) and words[p + 1].text == "point"
    ]
    treated_as = [p for p in range(len(words)) if _treating_as(words, p)]
    drafted = any(0 < d.index - words[p].index <= 5 for d in drafts for p in treated_as)
    if drafted and any(w.text in _TREAT for w in words):
        if drafts[0].text != "starting" or _closes(words, drafts[0]):
            return drafts[:1]  # (not "a starting point for your own thinking")
    considered = _considered(words, drafts)
    if considered:
        return considered  # "AI output should be considered a first draft"
    said = [w for w in drafts if not w.parts and any(0 < w.index - v.index <= 3 and v.text in _COPULA for v in words)]
    if said and (made_by_ai(words) or any(c.STRONG_OUTPUT.matches(w) for w in words[: words.index(said[0])])):
        return said[:1]  # "Wat AI schrijft, is een voorstel", "AI output is always a draft"
    if said and said[0].text in _ROUGH and _ai_subject(words, said[0]) and _closes(words, said[0]):
        return said[:1]  # "AI is een draft", "AI is a starting point" (not "AI is een breed concept")
    authority = _no_authority(words)
    if authority:
        return authority  # "GenAI should be treated as a drafting aid, not an authority"
    final = [w for p, w in enumerate(words) if c.FINAL_VERSION.matches(w) or _final_version(words, p)]
    if final and negations(words) and any(c.STRONG_OUTPUT.matches(w) or c.AI.matches(w) for w in words):
        if not any(c.DECIDE.matches(w) for w in words):
            return [negations(words)[0], final[0]]
    return []


def _treating_as(words: Words, position: int) -> bool:
    """The *as* of treating something as what it is ('use AI output as a draft', 'beschouw het als een concept'),
    which the draft word follows; not the *as* of 'such as' or 'as well as' ('Use AI for drafts, ideas and
    translations of texts such as excise rules' lists uses) nor 'as long as' (a condition)."""
    if words[position].text not in ("as", "als"):
        return False
    before = words[position - 1].text if position else ""
    after = words[position + 1].text if position + 1 < len(words) else ""
    return before not in ("such", "long", "well") and after not in ("long", "well")


_CONSIDERED = frozenset("considered regarded deemed".split())


def _considered(words: Words, drafts: list[Word]) -> list[Word]:
    """'AI output should be considered a first draft', 'Everything a chatbot writes is to be considered a draft': a
    passive 'considered' with the draft word right after it (no 'as'), and what AI made before it, is treating it
    as a draft ('This document should be considered a draft' names no AI)."""
    for draft in drafts:
        position = words.index(draft)
        verb = [w for w in words[max(0, position - 3) : position] if w.text in _CONSIDERED]
        if not verb or draft.text == "starting" and not _closes(words, draft):
            continue
        before = words[: words.index(verb[0])]
        if made_by_ai(words) or any(c.STRONG_OUTPUT.matches(w) or c.AI.matches(w) or ai_made_word(w) for w in before):
            return [draft]
    return []


_AUTHORITY = frozenset("authority autoriteit authoritative gezaghebbend gezaghebbende".split())
_REGARD = ("treat", "behandel", "beschouw", "regard", "consider")
_SEE = frozenset("zie zien gezien see seen".split())


def _no_authority(words: Words) -> list[Word]:
    """'Treat the chatbot as a drafting assistant, never as an authority', 'niet als autoriteit': what AI gives is
    to be weighed, not taken on its word (a treating verb, 'as', the negation next to the authority, and AI)."""
    if not any(w.text.startswith(_REGARD) or w.text in _SEE for w in words):
        return []
    if not any(w.text in ("as", "als") for w in words):
        return []
    if not any(c.AI.matches(w) or c.STRONG_OUTPUT.matches(w) for w in words):
        return []
    for word in words:
        if word.text in _AUTHORITY:
            negated = [n for n in negations(words) if 0 < word.index - n.index <= 3]
            if negated:
                return [negated[0], word]
    return []


_ROUGH = ("draft", "drafts", "startpunt", "beginpunt", "voorzet", "aanzet", "starting", "first")


def _closes(words: Words, said: Word) -> bool:
    """The draft word ends the statement or a contrast follows ('AI is een draft', 'AI is a starting point,
    not the finished product'), not 'a starting point for many organisations'."""
    position = words.index(said) + (2 if said.text == "starting" else 1)
    return position >= len(words) or words[position].text in ("not", "niet", "geen", "never", "nooit", "no")


def _ai_subject(words: Words, said: Word) -> bool:
    """AI itself is the subject of the copula before the draft word ('AI is een draft')."""
    copula = [w for w in words if w.text in _COPULA and 0 < said.index - w.index <= 3]
    position = words.index(copula[0]) if copula else 0
    return position > 0 and c.AI.matches(words[position - 1])


_TREAT = ("treat", "beschouw", "behandel", "zie", "see", "consider", "use", "gebruik")
