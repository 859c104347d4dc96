"""The check words of a sentence, for altijd-controleren (:func:`check_words`): the check verbs and nouns,
without a checkable thing ("verifiable references"), a test as a noun, a signed decision, a language tool's
correction, or a comparison with a reference.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.check_made import Words, ai_made_word
from aibeleid_check.meaning.check_procedures import _approved_until
from aibeleid_check.meaning.morph import Word


def _supported_task(words: Words, position: int) -> bool:
    before = words[max(0, position - 6) : position]
    helps = ("ondersteunt", "ondersteunen", "helpt", "helpen", "supports", "support", "helps", "assists", "assist")
    return any(w.text in helps for w in before) and any(c.AI.matches(w) for w in before)


_ATTRIBUTE = ("approved", "goedgekeurde", "goedgekeurd", "authorised", "authorized", "toegestane")
_TOOL = ("tool", "tools", "app", "apps", "platform", "software", "service", "dienst", "model")


def _names_output(words: Words) -> bool:
    return any(c.AI.matches(w) or c.STRONG_OUTPUT.matches(w) or ai_made_word(w) for w in words)


_CHECKERS = frozenset(
    "reviewer reviewers checker checkers fact-checker fact-checkers controller controllers controleur controleurs "
    "verifier verifiers".split()
)
_PASSED_TO = frozenset("a an een by door langs to naar aan".split())


_OWNERS = frozenset("their his her your our the my".split())
_RESULTS = frozenset(("results", "result"))


def test_noun(words: Words, position: int) -> bool:
    """'their test results', 'patient test results', 'test results of patients': the noun *test* before
    *results*, after a determiner or a person or with whose they are after it, is a (medical) test, no check
    ('Test the results of the AI tool' is one)."""
    if (
        words[position].text == "test"
        and position
        and words[position - 1].text in _MADE_UP
        and _data_next(words, position)
    ):
        return True  # "use synthetic test data instead": data of a kind, made up for testing, no check
    if (
        words[position].text == "test"
        and words[position + 1 : position + 2]
        and words[position + 1].text in _ARTIFACTS
        and not any(w.text in _RUNNING for w in words[max(0, position - 3) : position])
    ):
        return True  # "(writing, test cases, documentation, code)": an artifact made for testing, no check (round 26;
        # "Run the test suite on every AI-generated change" runs it)
    if not (
        words[position].text == "test" and words[position + 1 : position + 2] and words[position + 1].text in _RESULTS
    ):
        return False
    if position and (words[position - 1].text in _OWNERS or c.PEOPLE.matches(words[position - 1])):
        return True
    if position and c.any_of(words[position - 1], c.DATA, c.IDENTIFIERS) or len(words) <= 3:
        return True  # "names, reports, test results", "Test results": a member of a list of data, or a name alone
    whose = words[position + 2 : position + 5]
    return bool(whose) and whose[0].text in ("of", "for") and any(c.PEOPLE.matches(w) for w in whose[1:])


_ARTIFACTS = frozenset("cases case suites suite scripts script plans plan scenarios".split())
_RUNNING = frozenset("run runs running execute executes draai draait draaien uitvoeren voer".split())
_MADE_UP = frozenset(
    "synthetic dummy fake fictional fictitious made-up anonymised anonymized synthetische fictieve".split()
)


def _data_next(words: Words, position: int) -> bool:
    return position + 1 < len(words) and c.DATA.matches(words[position + 1])


def checkable(word: Word) -> bool:
    """'controleerbaar', 'verifieerbare', 'verifiable', 'checkable': an adjective of what can be checked."""
    return word.text.endswith(("baar", "bare", "able", "ible"))


_RECORD_NOUNS = frozenset("information records comments reports notes data materials documents".split())
_TELLING = frozenset("to must should shall always please you we will can then first carefully also and or".split())


_SIGN_OFF = ("aftekenen", "afteken", "afgetekend")
_DECISION_NOUNS = ("decision", "beslissing", "besluit")


def _signs_decision(words: Words, position: int) -> bool:
    """'takes that decision and signs off on it', 'neemt het besluit en tekent het af': the sign-off of a decision
    the sentence names before it is taking the decision, not a check of what AI made (no AI or its output named
    after the decision: 'May AI decide …? No. A payroll administrator always takes that decision and signs off')."""
    word = words[position]
    sign_off = word.text in ("sign", "signs", "signed", "signing") and _next(words, position) == "off"
    if not (sign_off or word.text.startswith(_SIGN_OFF)):
        return False
    decided = [w for w in words[:position] if w.text.startswith(_DECISION_NOUNS)]
    between = [w for w in words if decided[-1].index < w.index] if decided else []
    return bool(decided) and not any(c.names_ai(w) or _names_output((w,)) for w in between)


def _next(words: Words, position: int) -> str:
    return words[position + 1].text if position + 1 < len(words) else ""


def check_words(words: Words) -> list[Word]:
    found = []
    for position, word in enumerate(words):
        previous = words[position - 1].text if position else ""
        nxt = words[position + 1].text if position + 1 < len(words) else ""
        if checkable(word):
            continue  # "controleerbare bronnen", "verifiable references": what the thing is, not the act
        if previous in ("het", "the") and _supported_task(words, position):
            continue  # "als AI ons ondersteunt in het controleren": a task AI helps with
        if test_noun(words, position):
            continue
        if _signs_decision(words, position):
            continue  # "A payroll administrator always takes that decision and signs off on it": taking it
        if word.text in ("toets", "toetsen") and position == 0 and any(w.text == "aan" for w in words):
            found.append(word)  # "Toets de uitkomst aan je eigen kennis" (not "de toets", an exam)
        elif word.text == "eyes" and previous == "of" and position > 1 and words[position - 2].text == "pair":
            found.append(word)  # "a second pair of eyes"
        elif word.text in ("sign", "signs", "signed", "signing") and nxt == "off":
            found.append(word)  # "a professional signs off on AI-assisted advice"
        elif word.text.startswith(("approv", "goedkeur", "keur")) and _names_output(words[position + 1 : position + 4]):
            if word.text in _ATTRIBUTE and (c.AI.matches(words[position + 1]) or words[position + 1].text in _TOOL):
                continue  # "an approved tool", "een goedgekeurde chatbot": which tool, not a check of its output
            found.append(word)  # "approve any AI recommendation": an approval of what AI made is checking it
        elif word.text.startswith(("approv", "goedgekeur", "goedkeur")) and _approved_until(words, position):
            found.append(word)  # "Nothing produced by AI is published until an editor has approved it"
        elif word.text in ("eyes", "ogen") and previous in ("human", "menselijke"):
            found.append(word)  # "every batch gets human eyes before it goes anywhere"
        elif word.text == "ogen" and previous == "paar":
            found.append(word)  # "een tweede paar ogen"
        elif _held_to_reference(words, position):
            found.append(word)  # "Compare any advice from AI with the manual", "zoek je zelf op", "naast … leggen"
        elif word.text in _CHECKERS and previous not in _PASSED_TO:
            continue  # "Reviewers are asked to refrain from uploading …": who checks, not the act ("langs een reviewer")
        elif word.text == "vets":
            continue  # "our vets": veterinarians, no verb "to vet"
        elif word.text in ("correct", "corrects") and previous in _THEN_CORRECT and nxt in _CORRECTED:
            found.append(word)  # "Read it through and correct it before it goes to the owner": the verb, fixing it
        elif c.CHECK.matches(word) and word.text.startswith(_LANGUAGE_TOOLS):
            continue  # "spell-checking", "grammar-checking applications", "spellingscontrole": a tool's feature
        elif c.CHECK.matches(word) and previous not in ("spell", "spelling", "grammar", "spellings", "security"):
            if word.text in ("controle", "control") and nxt in ("over", "of"):
                continue  # "menselijke controle over de eindbeslissing": authority, not checking
            if word.text in ("controls", "control") and previous in ("internal", "interne", "intern"):
                continue  # "AI operates within defined internal controls": the control framework, not a check
            if word.text == "review" and nxt in _RECORD_NOUNS and position and previous not in _TELLING:
                continue  # "content from proposals, review information and related records": data about reviews
            if word.text == "gebruikerscontrole" or word.text == "control" and previous in ("user", "users"):
                continue  # "gebruikerscontrole", "user control": the users' say over a system, not a check
            if (
                word.text in ("check", "checken", "checkt")
                and nxt in ("with", "bij")
                and not any(c.STRONG_OUTPUT.matches(w) for w in words)
            ):
                continue  # "check with IT before installing": consulting someone
            found.append(word)
    return found


_LANGUAGE_TOOLS = ("spell", "grammar", "grammatica")
_THEN_CORRECT = frozenset("and then to always".split())
_CORRECTED = frozenset("it them this that any all mistakes errors the".split())
_COMPARE = frozenset("compare compares comparing vergelijk vergelijkt vergelijken".split())
_REFERENCE = frozenset("with against to met tegen naast".split())
_LOOK_UP_END = frozenset("voordat before in en and als wanneer if when bij".split())
_LAY = frozenset("leg legt leggen".split())


def _held_to_reference(words: Words, position: int) -> bool:
    """Holding something to a reference is checking it: 'compare … with the manual', 'look up every case …', 'zoek je
    zelf op' (the particle at the clause's end or before its next part, not 'zoek op internet'), 'naast het
    handboek leggen'; whether it is AI's output is read as for any check word."""
    word = words[position]
    ahead = words[position + 1 : position + 8]
    if word.text in _COMPARE:
        return any(w.text in _REFERENCE for w in ahead)
    if word.text == "look":
        return any(w.text == "up" for w in ahead[:3])
    if word.text in ("zoek", "zoekt", "zoeken"):
        up = next((p for p, w in enumerate(ahead[:6]) if w.text == "op"), None)
        return up is not None and (up + 1 == len(ahead) or ahead[up + 1].text in _LOOK_UP_END)
    if word.text in _LAY:
        return any(w.text == "naast" for w in words[max(0, position - 6) : position + 8])
    return False
