"""Not checking as the prohibition, for altijd-controleren: taking over unchecked or as it is ("ongezien
overnemen", "at face value", "without verifying"), and trusting or copying what AI made ("Vertrouw AI niet blind").
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.check_ai_work import _TESTS, _from_ai, _names_made
from aibeleid_check.meaning.check_exclusions import _about_data, _decided_without, _factual, _sole_decision
from aibeleid_check.meaning.check_made import ai_text, made_by_ai
from aibeleid_check.meaning.check_no_check import sources_unchecked
from aibeleid_check.meaning.check_other_checks import gate_review
from aibeleid_check.meaning.check_release import published_word, work_goes_out
from aibeleid_check.meaning.check_shapes import as_is_phrase, taken_over
from aibeleid_check.meaning.check_verbs import checkable
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.force import negations
from aibeleid_check.meaning.morph import Word


def _unvetted_tool(words: Words, position: int) -> bool:
    """'unvetted AI tools', 'unverified public services': the unchecked word qualifies a tool, not its output
    ('unchecked AI output' keeps the output)."""
    ahead = words[position + 1 : position + 4]
    tool = next((p for p, w in enumerate(ahead) if w.text in _TOOL_NOUNS), None)
    return tool is not None and not any(c.OUTPUT.matches(w) for w in ahead)


_TOOL_NOUNS = frozenset(
    "tool tools app apps service services platform platforms system systems software chatbot chatbots vendor vendors "
    "provider providers website websites sites extension extensions plugin plugins".split()
)


def _unchecked(words: Words) -> list[Word]:
    found: list[Word] = []
    for position, word in enumerate(words):
        nxt = words[position + 1].text if position + 1 < len(words) else ""
        previous = words[position - 1].text if position else ""
        if c.UNCHECKED.matches(word):
            if word.text == "face" and nxt != "value" or word.text == "granted" and previous != "for":
                continue
            if word.text == "zomaar" and not any(_trusts(w) for w in words) and not _used_as_is(words, word):
                continue
            if word.text in ("blind", "blindly", "blindelings") and any(
                _trusts(w) and _factual(words, w) for w in words
            ):
                continue  # "het feit dat we nog niet blind op de technologie kunnen vertrouwen": a state
            if _unvetted_tool(words, position):
                continue  # "into unvetted public services": which tool, no output used unchecked
            found.append(word)
        elif as_is_phrase(words, position) and (
            any(_trusts(w) for w in words) or _used_as_is(words, word) or taken_over(words)
        ):
            found.append(word)  # "Neem de uitkomst van een AI-tool nooit zonder meer over"
        elif word.text in _AS_IS and negations(words) and (_from_ai(words) or _names_made(words)):
            found.append(word)  # "Content from AI should never be used verbatim", "niet ongewijzigd overnemen"
        elif c.WITHOUT.matches(word) and not _sole_decision(words) and not sources_unchecked(words):
            read = _names_made(words) or bool(_from_ai(words) or ai_text(words)) or work_goes_out(words)
            # ("zonder hem te lezen"; "Geen offerte gaat de deur uit zonder dat een collega hem heeft gelezen")
            reach = _without_reach(words, word)
            checks = [
                w
                for w in words
                if 0 < w.index - word.index <= reach
                and (c.CHECK.matches(w) or w.text in _TESTS or c.INTERVENTION.matches(w) or read and _reads(w))
                and not gate_review(words, w)
                and not checkable(w)
            ]
            if checks and len(words) > checks[0].index - word.index + 1 and not _decided_without(words, checks[0]):
                found.extend((word, checks[0]))  # (a bare "without human oversight" is a list member of a
                # sentence read whole: what it qualifies is elsewhere)
    return found


def _without_reach(words: Words, without: Word) -> int:
    """How far after 'without' its check may stand: a Dutch 'zonder dat'-clause puts its participle last ('zonder
    dat een collega het heeft gecontroleerd')."""
    position = words.index(without)
    return 7 if words[position + 1 : position + 2] and words[position + 1].text == "dat" else 5


_AS_IS = frozenset("verbatim unedited unaltered ongewijzigd ongewijzigde onbewerkt onbewerkte as-is".split())


def _used_as_is(words: Words, word: Word) -> bool:
    """'alles wat AI maakt zomaar gebruiken', 'een tekst van AI zomaar op Facebook zetten': using, copying or
    putting out what AI made as it is."""
    made = made_by_ai(words) or any(c.STRONG_OUTPUT.matches(w) for w in words) or bool(_from_ai(words))
    return made and any(
        (c.USE.matches(w) or c.COPY.matches(w) or w.text in _PUT_OUT) and abs(w.index - word.index) <= 6 for w in words
    )


_PUT_OUT = frozenset(
    "zet zetten plaats plaatst plaatsen post posten posts verstuur versturen verstuurt stuur sturen send sends".split()
)
_READING = frozenset("lezen lees leest doorlezen doorlees read reading reads gelezen".split())


def _reads(word: Word) -> bool:
    """Reading a text ('zonder hem te lezen', 'without reading it'), not looking or weighing in general."""
    return word.text in _READING


def _distrust(words: Words) -> list[Word]:
    """'Vertrouw AI niet blind', 'do not rely on AI answers', 'do not treat AI output as correct',
    'do not copy-paste outputs' (a negation next to the verb, and AI or what it produced)."""
    negated = negations(words)
    if not negated or _about_data(words):
        return []
    near = [w for w in words if any(abs(w.index - n.index) <= 3 for n in negated)]
    output = [w for w in words if c.STRONG_OUTPUT.matches(w)] or _from_ai(words)
    ai = [w for w in words if c.AI.matches(w)]
    trust = [w for w in near if _trusts(w) and not _factual(words, w)]
    if trust and _sole_decision(words):
        return []  # "do not rely solely on AI to make decisions" is the decision rule
    if trust and (output or ai):
        return [negated[0], trust[0], *(output or ai)[:1]]
    copy = [w for w in near if c.COPY.matches(w) and not w.text.endswith(_AGENT_ENDINGS) and not published_word(w)]
    if (
        copy
        and output
        and not _from_web(words)
        and not _copied_into_ai(words, copy[0])
        and not _in_role(words, output[0])
    ):
        return [negated[0], copy[0], output[0]]
    assume = [w for w in near if c.ASSUME.matches(w)]
    correct = [w for w in words if c.CORRECT.matches(w)] or _sole_source(words)
    if assume and correct and (output or ai or _it_gives(words)):
        return [negated[0], assume[0], correct[0]]
    return []


_IT = frozenset("it het ze they".split())
_GIVES = frozenset(
    "delivers gives provides produces generates says tells writes levert geeft genereert zegt schrijft produceert".split()
)


def _it_gives(words: Words) -> bool:
    """'We cannot assume that the information it delivers is correct', 'Ga er niet van uit dat wat het zegt klopt': a
    pronoun for the tool of the sentence before, right before a verb of giving or saying, names what AI gave (round
    26)."""
    return any(w.text in _IT and p + 1 < len(words) and words[p + 1].text in _GIVES for p, w in enumerate(words))


_INTO = frozenset("into in naar to onto".split())


def _copied_into_ai(words: Words, copy: Word) -> bool:
    """'Never paste assessment results into ChatGPT', 'Plak nooit testuitslagen in een chatbot': what is copied goes
    into the AI tool, an input (the data rules' question), not AI's output taken over; unless the sentence says AI
    made what is copied ('never paste AI output into another chatbot unchecked' would still be read as output)."""
    position = words.index(copy)
    for at in range(position + 1, min(len(words), position + 8)):
        if words[at].text in _INTO and any(c.AI.matches(w) for w in words[at + 1 : at + 4]):
            return not (made_by_ai(words) or ai_text(words) or _from_ai(words))
    return False


_ROLE_AFTER = frozenset("is it".split())


def _in_role(words: Words, output: Word) -> bool:
    """'Do not paste AI-generated text as comments or review responses', 'Plak AI-tekst niet als je eigen antwoord': what
    AI made put in a role is a ban on using AI for that task (or on passing it off), not on taking it unchecked; 'as
    is' / 'as it is' is unchanged, the check (round 26)."""
    position = words.index(output)
    for at in range(position + 1, min(len(words) - 1, position + 4)):
        if words[at].text in ("as", "als") and words[at + 1].text not in _ROLE_AFTER:
            return True
    return False


_AGENT_ENDINGS = ("ers", "isher", "writer")  # "publishers", "copywriter": who, not the act of copying


_WEB = frozenset("internet web website websites wikipedia".split())


def _from_web(words: Words) -> bool:
    """'Kopieer geen teksten van het internet', 'content from websites': copying someone else's text is copyright,
    not taking over what AI made (no AI named)."""
    return any(w.text in _WEB for w in words) and not any(
        c.names_ai(w) and w.text not in _WEB for w in words
    )  # (the AI words take in "internet")


def _sole_source(words: Words) -> list[Word]:
    """'not treated as a source on its own', 'niet als zelfstandige bron': a source needing no other check."""
    for position, word in enumerate(words):
        if word.text in ("source", "bron", "sources", "bronnen"):
            near = [w.text for w in words[max(0, position - 2) : position + 5]]
            if any(
                t in ("own", "alone", "sole", "only", "enige", "zelfstandige", "zelfstandig", "itself") for t in near
            ):
                return [word]
    return []


def _trusts(word: Word) -> bool:
    """Trusting or relying ('vertrouw', 'rely'), not 'vertrouwelijk' (confidential)."""
    return c.TRUST.matches(word) and not c.SECRET_WORDS.matches(word)
