"""altijd-controleren: checking what AI produces as a duty, or not checking it as a prohibition
("ongezien overnemen", "at face value", "without verifying")."""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning import objects, secret_objects
from aibeleid_check.meaning.check_exclusions import (
    _about_data,
    _ai_task,
    _attributive,
    _capacity,
    _decided_without,
    _detects_use,
    _factual,
    _monitoring,
    _sole_decision,
    ai_does,
    ai_does_not,
    decision_reviewed,
    gate_review,
    impossible,
    input_purpose,
    procedures_in_place,
    records_value,
    replaced,
    told,
    written_review,
)
from aibeleid_check.meaning.check_objects import (
    MAKES,
    TEXT_KINDS,
    ai_made_word,
    ai_text,
    by_a_person,
    check_words,
    checkable,
    data_accuracy,
    draft_then,
    made_by_ai,
    other_object,
    procedure,
    published_word,
    publishing,
    released,
    system_checked,
    test_noun,
)
from aibeleid_check.meaning.check_shapes import as_is_phrase, language_form, only_checked, taken_over
from aibeleid_check.meaning.decision_kinds import within_right
from aibeleid_check.meaning.finding import CHECKING, Finding, ForceOf, Words, headline, texts
from aibeleid_check.meaning.force import Force, negations
from aibeleid_check.meaning.force_words import IMPERATIVE
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
        elif c.WITHOUT.matches(word) and not _sole_decision(words):
            read = _names_made(words) or bool(_from_ai(words) or ai_text(words))  # "zonder hem te lezen"
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


_CONTROL = ("control", "controle", "oversight", "toezicht")
_AS_IS = frozenset("verbatim unedited unaltered ongewijzigd ongewijzigde onbewerkt onbewerkte as-is".split())


def _names_made(words: Words) -> bool:
    return made_by_ai(words) or any(
        c.STRONG_OUTPUT.matches(w) or ai_made_word(w) or c.OUTPUT.matches(w) and c.AI.matches_part(w) for w in words
    )  # ("AI-teksten")


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


_TESTS = ("test", "testen", "getest", "tested", "testing")


def vetoed(words: Words, force_of: ForceOf) -> bool:
    """Whether the whole sentence keeps its members from being read alone for this rule: a list of the AI's own
    tasks ('Wat de AI niet doet: feiten verifiëren, redactionele keuzes maken', where 'feiten verifiëren' alone
    would be a person's check)."""
    return any(ai_does(words, check) or input_purpose(words, check) for check in check_words(words))


def checking(words: Words, force_of: ForceOf) -> Finding | None:
    if any(ai_does_not(words, check) for check in check_words(words)):
        return None  # "AI does not check facts, … for what we publish": what AI does not do, a fact about it
    readings = (
        _unchecked(words),
        _distrust(words),
        _as_draft(words),
        _checked(words),
        _ensured(words),
        publishing(words),
        only_checked(words, force_of),
    )
    for reading in readings:  # (answering for the accuracy of AI's work is not checking it: guide decision 6)
        if (
            reading
            and _stated(reading, words, force_of)
            and not _capacity(words, reading[0])
            and not _ai_task(words, reading[0])
            and not any(_monitoring(words, w) for w in (reading[0], *check_words(words)))
            and not _detects_use(words, reading[0])
            and not within_right(words, reading[:1])
            and not _listed_use(words, reading[0], force_of)
            and not procedures_in_place(words, reading[0])
            and not impossible(words, reading[0])
            and not records_value(words, reading[0])
            and not (force_of(reading[0])[0] is Force.STATEMENT and told(words, reading[0]))
            and not replaced(words, reading[0])
            and not _checked_kind(words, reading, force_of)
            and not written_review(words, reading[0])
            and not decision_reviewed(words, reading[0])
        ):
            if force_of(reading[0])[0] is Force.PERMISSION and _own_check_joined(words, reading[0]):
                return Finding(CHECKING, texts(reading), reading[0], Force.CONDITION)
            return Finding(CHECKING, texts(reading), reading[0])
    return None


_SELF = frozenset("zelf yourself jezelf yourselves".split())


def _own_check_joined(words: Words, check: Word) -> bool:
    """'Woningteksten laten opzetten en zelf nalezen' under DIT MAG: the user's own check joined to the allowed
    act by 'and' is the condition of the permission, as ', die je daarna zelf nakijkt' is (guide decision 1)."""
    position = words.index(check)
    before = [w.text for w in words[max(0, position - 3) : position]]
    return position > 2 and any(t in ("en", "and") for t in before) and any(t in _SELF for t in before)


def _checked_kind(words: Words, reading: list[Word], force_of: ForceOf) -> bool:
    """'Alleen gecontroleerde bronnen gebruiken we': under *only*, a check participle before a thing AI did not make
    says which kind of source may be used, a limit on sources, not a check of AI's output (that is
    :func:`only_checked`)."""
    return (
        force_of(reading[0])[0] is Force.LIMIT
        and _attributive(words, reading[0])
        and not only_checked(words, force_of)
        and not _names_made(words)
    )


def _listed_use(words: Words, check: Word, force_of: ForceOf) -> bool:
    """'Fact-checking', 'Proofreading', bare under 'What it cannot be used for': a check named alone in a list
    of forbidden uses is a task AI may not do, not a check of what it made ('Publishing AI output without
    checking it' names the output)."""
    force, markers = force_of(check)
    if force is not Force.PROHIBITION or markers or len(words) > 3 or _names_made(words):
        return False
    return not any(IMPERATIVE.matches(w) or c.HUMAN.matches(w) or c.DECIDER.matches(w) for w in words)


def _stated(reading: list[Word], words: Words, force_of: ForceOf) -> bool:
    """'Blind vertrouwen' in a plain statement ("you risk trusting blindly") is a warning, not a rule."""
    if force_of(reading[0])[0] is not Force.STATEMENT or headline(words, reading):
        return True
    if words[0].text.endswith("ing") and draft_then(words, reading[0]):
        return True  # "Drafting standard letters, which are then subject to review": an item of what AI may do
    if c.UNCHECKED.matches(reading[0]):
        return False
    if _attributive(words, reading[0]):
        return False  # "antwoorden op basis van gecontroleerde informatiebronnen": a checked thing, described
    if any(w.text in _ACTIVE for w in words):
        return False  # "Content-filtering en output-validatie zijn actief": a feature of the system, described
    # a plain statement ("Docenten controleren de werkstukken") describes; it is the rule only about AI,
    # or when it names human checking ("human review remains part of…", "menselijke controle")
    if any(c.names_ai(w) or c.STRONG_OUTPUT.matches(w) for w in words) or made_by_ai(words):
        return True
    if any(w.text.startswith(_PRINCIPLES) for w in words):
        return False  # "principes: transparantie, menselijke controle en verantwoording": values, not a duty
    if any(c.CHECK.matches(w) and by_a_person(words, p) and _passive_of_each(words, p) for p, w in enumerate(words)):
        return True  # "Every recommendation that reaches a client is reviewed and approved by a human"
    if released(words) and not any(c.BODY.matches(w) for w in words[: words.index(reading[0])]):
        return (
            True  # "An attorney reviews everything we publish", "de redactie leest elk artikel voordat het live gaat"
        )
    return any(
        c.CHECK.matches(w) and (words[p - 1].text in _HUMAN_ADJ or any(_subject(words, w, h) for h in words[:p]))
        for p, w in enumerate(words)
        if p
    )


def _passive_of_each(words: Words, position: int) -> bool:
    """'Every recommendation … is reviewed by a human', 'Elk advies … wordt door een mens gecontroleerd': each
    thing that goes out is checked, a standing practice (not 'fact-checking — all done and verified by humans')."""
    auxiliary = any(w.text in _PASSIVE_AUX for w in words[max(0, position - 5) : position])
    return auxiliary and words[0].text in _EACH


_PASSIVE_AUX = frozenset("is are wordt worden".split())
_EACH = frozenset("every each all elk elke alle iedere ieder".split())


_ACTIVE = frozenset("actief active enabled ingeschakeld geactiveerd activated aanwezig".split())
_PRINCIPLES = ("principe", "principle", "waarden", "values", "kernwaarde", "pijler", "pillar")


_HUMAN_ADJ = ("human", "menselijke", "menselijk", "handmatige", "manual", "inhoudelijke", "redactionele", "editorial")


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
    if copy and output and not _from_web(words):
        return [negated[0], copy[0], output[0]]
    assume = [w for w in near if c.ASSUME.matches(w)]
    correct = [w for w in words if c.CORRECT.matches(w)] or _sole_source(words)
    if assume and correct and (output or ai):
        return [negated[0], assume[0], correct[0]]
    return []


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


def _final_version(words: Words, position: int) -> bool:
    """'the final version', 'de definitieve tekst': final before a word for a finished piece of work."""
    nxt = words[position + 1].text if position + 1 < len(words) else ""
    return words[position].text in ("final", "finished", "definitieve", "definitief") and nxt in _VERSIONS


_VERSIONS = ("version", "versie", "product", "text", "tekst", "document", "output", "answer", "antwoord")


_DUTY = ("ensure", "ensuring", "ensures", "zorg", "sure", "waarborg", "garandeer", "borg", "zeker", "certain")
_INFO = ("informatie", "information", "info", "tekst", "text", "gegevens", "data", "antwoord", "answer")
_INFO_PLURALS = ("teksten", "texts", "antwoorden", "answers")


def _from_ai(words: Words) -> list[Word]:
    """'de informatie uit AI', 'information from the chatbot', 'de tekst van ChatGPT': what AI gave; also with
    the getting in between ('information obtained from ChatGPT', 'tekst verkregen van een AI-tool')."""
    found: list[Word] = []
    for p, w in enumerate(words):
        if not (w.text in _INFO or w.text in _INFO_PLURALS):
            continue
        at = p + 2 if p + 1 < len(words) and words[p + 1].text in _GOTTEN else p + 1
        if (
            at + 1 < len(words)
            and words[at].text in ("uit", "from", "van", "of", "by", "door")
            and any(c.AI.matches(o) for o in words[at + 1 : at + 3])
        ):
            found.append(w)
    return found


_GOTTEN = frozenset(
    """obtained sourced taken retrieved received gathered drawn copied verkregen gekregen gehaald overgenomen
    afkomstig""".split()
)


def _after_ai_use(words: Words) -> list[Word]:
    """'als je AI hebt gebruikt voor een brief', 'when AI was used to draft it': the work made with AI."""
    for position, word in enumerate(words):
        if word.text in ("als", "wanneer", "if", "when", "where", "whenever", "indien", "bij"):
            ahead = words[position + 1 : position + 6]
            ai = [w for w in ahead if c.AI.matches(w)]
            if ai and any(c.USE.matches(w) for w in ahead):
                return ai[:1]
    return []


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
        or released(words, going_out=False)
        or _read_first(words)
        or _read_through_after_use(words)
    ):
        checks += [w for w in words if c.READ.matches(w)]  # "de output moet door een medewerker worden beoordeeld"
        # (reading "the newsletter text yourself before it goes out", no AI named, stays reading: round 22)
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


_STATEMENTS = frozenset("statement verklaring".split())
_OWN = frozenset("this our the transparency deze onze de".split())


def _own_statement(words: Words, word: Word) -> bool:
    """'This transparency statement on AI is reviewed every year', 'our AI statement': the organisation's own
    statement, a document like a policy, not a statement AI makes ('Every statement ChatGPT makes')."""
    if word.text not in _STATEMENTS:
        return False
    position = words.index(word)
    before = [w.text for w in words[max(0, position - 3) : position]]
    nxt = words[position + 1].text if position + 1 < len(words) else ""
    if not before or before[0] not in _OWN or before[0] in ("the", "de") and nxt not in ("on", "about", "over"):
        return False  # ("the statement on our use of AI"; not "verify the statement the chatbot gives")
    return not any(w.text in _MAKING for w in words[position + 1 : position + 4])


_POSSESSIVES = frozenset("their his her its hun zijn haar own eigen".split())
_ANSWERABLE = ("responsib", "accountab", "verantwoordelijk", "aansprakelijk", "answerable")


def _own_work(words: Words, check: Word) -> bool:
    """'Reviewers are fully accountable for the content of their reviews', 'verantwoordelijk voor de inhoud van
    hun beoordelingen': the check word after a possessive is the text a person wrote, answered for (guide decision
    6), not the act of checking ('responsible for reviewing what AI writes' is the act)."""
    position = words.index(check)
    if not position or words[position - 1].text not in _POSSESSIVES:
        return False
    return any(w.text.startswith(_ANSWERABLE) and w.index < check.index for w in words)


_RECORD_HEADS = frozenset("results result scores score reports report resultaten uitslagen verslagen".split())


def _record_name(words: Words, check: Word) -> bool:
    """'… references or assessment results', 'review reports of staff': a judging noun before a record noun, after a
    data word of a list or a determiner, names the record, no act of checking ('assess the results' is one)."""
    position = words.index(check)
    if position + 1 >= len(words) or words[position + 1].text not in _RECORD_HEADS or check.text.endswith("ed"):
        return False
    before = words[position - 1] if position else None
    return before is not None and (c.any_of(before, c.DATA, c.IDENTIFIERS) or before.text in _RECORD_LEADS)


_RECORD_LEADS = frozenset("or and of en the their hun de het your je our onze".split())
_INTERPRETING = ("interpret", "geinterpret")
_WEIGHING = frozenset("before voordat prior care carefully critically kritisch zorgvuldig cautiously".split())


def _understood(words: Words, check: Word) -> bool:
    """'understand its mechanisms, and interpret its results clearly', 'use their judgment when interpreting … AI
    results': interpreting is understanding what AI gives, a check only when weighed before use ('Interpret what the
    chatbot writes with care before you use it')."""
    if not check.text.startswith(_INTERPRETING):
        return False
    return not any(w.text in _WEIGHING and 0 < w.index - check.index <= 8 for w in words)


_READERS = frozenset("assessor assessors evaluator evaluators beoordelaar beoordelaars".split())  # who, not the act


def _regarded_as(words: Words, check: Word) -> bool:
    """'als hulpmiddel wordt beschouwd', 'wij beschouwen AI als een hulpmiddel': regarding something as
    something, not reading it ('Beschouw de output kritisch' reads it)."""
    if not check.text.startswith("beschouw"):
        return False
    return any(w.text in ("als", "as") and abs(w.index - check.index) <= 4 for w in words)


_TAKES = frozenset("neem neemt nemen genomen take takes taken".split())


def _weighed_in_assessment(words: Words, checks: list[Word]) -> bool:
    """'AI output is never decisive in the assessment of candidates': the assessment is of people, AI's outcome
    is what must not lead it; every check word is that assessment."""
    if not any(c.LEADING.matches(w) for w in words):
        return False
    return all(
        c.EVALUATION.matches(k)
        and any(c.DOMAIN_STRICT.matches(w) for w in words[words.index(k) + 1 : words.index(k) + 4])
        for k in checks
    )


_MAKING = frozenset(
    """maakt schrijft geeft zegt levert oplevert vertelt noemt writes gives says tells mentions makes produces
    produceert genereert generates creates suggests voorstelt""".split()
)  # finite verbs of making, not the nouns and participles ('outputs', 'answers', 'generated')


def _judgement_given(words: Words, checks: list[Word]) -> bool:
    """'Een advies of een beoordeling geef je altijd zelf', 'an assessment you always make yourself': the
    assessment or advice is named as the judgement someone takes or gives (a light verb after it), so it is what
    is decided, no check of what AI made ('Een beoordeling van wat AI schrijft maak je zelf' stays one)."""
    if not all(c.EVALUATION.matches(k) and not c.CHECK.matches(k) for k in checks) or made_by_ai(words):
        return False
    last = checks[-1].index
    verbs = [w for w in words if w.index > last and (c.LIGHT_VERB.matches(w) or w.text in _TAKES)]
    if not verbs:
        return False
    return not any(
        c.STRONG_OUTPUT.matches(w) and not c.VERDICT.matches(w) or c.names_ai(w)
        for w in words
        if w.index < verbs[0].index
    )


_HAND_OVER = ("overlat", "overgelat", "leave", "leaving", "delegat", "delegeer", "uitbested", "outsourc")
_TO = frozenset("aan to".split())


def _judgement_left_to_ai(words: Words, checks: list[Word]) -> bool:
    """'De beoordeling van een aangifte laat je nooit aan AI over', 'Never leave the assessment of a claim to AI': the
    assessment handed over to AI is the judgement, the decision rule, no check of what AI made ('Laat het nakijken
    nooit aan AI over' hands over the check itself)."""
    if not all(c.EVALUATION.matches(k) and not c.CHECK.matches(k) for k in checks) or made_by_ai(words):
        return False
    handed = any(w.text.startswith(_HAND_OVER) for w in words)
    return handed and any(w.text in _TO and c.names_ai(a) for w, a in zip(words, words[1:], strict=False))


def _read_first(words: Words) -> bool:
    """'Read everything AI writes before it goes in the newsletter', 'Lees wat ChatGPT schrijft eerst zelf',
    'Always read AI text yourself':
    reading what AI made, before it is used or goes out, or yourself, is checking it ('Read what AI writes about
    privacy' is reading to learn)."""
    if not made_by_ai(words) and not ai_text(words):
        return False
    reads = [w for w in words if c.READ.matches(w)]
    return any(
        (w.text in _READ_GATES and 0 < w.index - r.index <= 8 and not _decided_between(words, r, w))
        or (w.text in ("always", "altijd") and w.index < r.index)
        for r in reads
        for w in words
    )  # ("Read what ChatGPT writes first, then decide for yourself": reading first, the deciding is yours)


_THROUGH = frozenset("through everything alles all over doorheen".split())


def _read_through_after_use(words: Words) -> bool:
    """'Even if you use an LLM to write a PR description, you are expected to read through everything', 'Als je AI
    gebruikt voor een brief, lees dan alles na': reading the whole work made with AI, after using it, is checking it
    ('If you use AI at work, read our guidance first' reads something else)."""
    if not _after_ai_use(words):
        return False
    return any(c.READ.matches(w) and p + 1 < len(words) and words[p + 1].text in _THROUGH for p, w in enumerate(words))


def _decided_between(words: Words, start: Word, end: Word) -> bool:
    return any(start.index < w.index < end.index and c.DECIDE.matches(w) for w in words)


_READ_GATES = frozenset("before voordat prior zelf yourself always altijd".split())
_HUMAN_CONTEXT = ("human", "mens", "menselijke")
_ALL = ("everything", "alles", "anything", "all")


_THEREFORE = frozenset("therefore daarom dus hence thus".split())


def _follows_on(words: Words, check: Word) -> list[Word]:
    """'Users should therefore verify important information', 'daarom belangrijke informatie verifiëren': the
    check of information follows from the sentence before, which named what AI made."""
    if not any(w.text in _THEREFORE and 0 < check.index - w.index <= 6 for w in words):
        return []
    return [w for w in words if (w.text in _INFO or w.text in _INFO_PLURALS) and abs(w.index - check.index) <= 4][:1]


def _gated_text(words: Words, check: Word) -> bool:
    """'leest de redactie elk artikel voordat het live gaat': a text (or everything) read before it goes out."""
    ahead = [w for w in words if 0 < w.index - check.index <= 5]
    if not released(words):
        return False
    return any(w.text in TEXT_KINDS or w.text in _ALL for w in ahead) or _own_voice(words, check)


def _own_voice(words: Words, check: Word) -> bool:
    """'our experts review our materials before use', 'onze redacteuren controleren …': the organisation's own
    practice, told in its own voice about its own people."""
    return any(w.text in ("our", "onze", "ons") and 0 < check.index - w.index <= 3 for w in words)


def _bare_check(words: Words, check: Word) -> bool:
    """'Dus controleer.', 'Check it.', 'Verifieer dat.': an imperative check with no object of its own (a
    pronoun, or nothing), which takes its object from the sentence before."""
    rest = [w.text for w in words if w is not check]
    position = words.index(check)
    if (
        3 <= position <= 5
        and _critical_and(words[position - 3 : position])
        and all(w.text in _BARE for w in words[position + 1 :])
    ):
        return True  # "Be skeptical and verify.", "Our mantra: be skeptical and verify."
    return (
        len(words) <= 4
        and position <= 1
        and all(t in _BARE for t in rest)
        and (position == 0 or rest[0] in ("dus", "so", "then", "dan", "daarom", "therefore", "and", "en"))
    )


def _critical_and(words: Words) -> bool:
    """'Be skeptical and …', 'Wees kritisch en …': an attitude told, joined to what follows."""
    return (
        len(words) == 3
        and words[0].text in ("be", "wees", "blijf", "stay", "remain")
        and c.CRITICAL.matches(words[1])
        and words[2].text in ("and", "en")
    )


_BARE = frozenset(
    "dus so then dan daarom therefore and en het it dit this dat that alles everything altijd always".split()
)


_INTO = frozenset("to into naar in".split())
_CLAUSE_AFTER_CHECK = frozenset("that whether if dat of no geen".split())
_BEFORE_OBJECT = frozenset("altijd always zelf yourself eerst first goed nog even carefully zorgvuldig".split())


def _checked_before_release(words: Words, check: Word) -> bool:
    """'Always double-check figures and names before a quote goes out', 'Controleer cijfers en namen voordat je een
    offerte verstuurt': the data named are what the check reads in work before it is sent out (its accuracy), not
    data handled ('check that no client names are in it', 'check customer data before sending it to ChatGPT')."""
    gate = released(words)
    if not gate:
        return False
    sent = words.index(gate[0])
    if any(w.text in _INTO for w in words[sent + 1 : sent + 4]) and any(c.AI.matches(w) for w in words[sent + 1 :]):
        return False
    # (a joined separable verb, "loop … na", stands at the end of the words: its clause goes on after the particle)
    particle = next((p for p, w in enumerate(words) if w.index == check.index and w is not check), None)
    at = words.index(check) if particle is None else particle
    following = [w for w in words[at + 1 :] if w.text not in _BEFORE_OBJECT and w.index > check.index]
    return particle is not None and not following or bool(following) and following[0].text not in _CLAUSE_AFTER_CHECK


_LOOKED_FOR = frozenset("for op on".split())


def _checked_for(words: Words, check: Word) -> bool:
    """'Check every AI text for wrong specs, prices and sizes', 'Controleer elke AI-tekst op foute prijzen': the
    protected objects after *for*/*op* are what the check of AI's text looks for, its topic, no data check."""
    position = words.index(check)
    ahead = words[position + 1 : position + 6]
    looked = next((w for w in ahead if w.text in _LOOKED_FOR), None)
    if looked is None or not any(c.names_ai(w) or ai_made_word(w) for w in ahead if w.index < looked.index):
        return False
    topic = words[words.index(looked) + 1 :]
    before = words[: words.index(looked) + 1]
    if objects.personal_data(before) or secret_objects.secrets(before)[0] or objects.personal_data(topic):
        return False  # ("Check every AI text for customer names": a check for personal data, the data rule's)
    return bool(secret_objects.secrets(topic)[0])


def _universal(words: Words, checks: list[Word]) -> list[Word]:
    """'You must verify everything', 'Controleer alles dat ertoe doet': a check of everything (AI's output
    among it), right after the check verb."""
    return [
        w
        for w in words
        if w.text in _ALL
        and any(0 < w.index - k.index <= 3 for k in checks)
        and not (w.text == "all" and words.index(w) + 1 < len(words) and words[words.index(w) + 1].text != "of")
    ][:1]


_REMAINING = frozenset("blijf blijft blijven remain remains stay stays".split())
_ATTITUDE = frozenset(
    """eye eyes look blik oog houding attitude mindset thinking denken lens approach benadering reading lezing review
    reviews evaluation beoordeling scrutiny questions vragen kanttekeningen vraag""".split()
)
_ATTRIBUTIVE = ("critical", "kritische", "careful", "zorgvuldige", "sceptical", "skeptical", "sceptische")
_LINKS = frozenset(
    """of about when with towards toward and or en of over van ten tegenover bij to in at on before voordat if als
    zijn is are be te naar omgaan""".split()
)


def _critical(words: Words, position: int, reads: bool) -> bool:
    """Reading critically ('wees kritisch', 'be critical of AI output', 'a critical eye'), not 'critical
    decisions' or 'critical infrastructure' (important ones); 'carefully' only with a reading verb ('read it
    carefully', not 'we use AI carefully')."""
    word = words[position]
    if not c.CRITICAL.matches(word):
        return False
    if word.text in ("carefully", "zorgvuldig") and not reads:
        return False
    if any(w.text in _REMAINING for w in words[max(0, position - 2) : position]):
        return False  # "Blijf kritisch op wat AI maakt", "remain critical of results": an attitude (guide), no act
    nxt = words[position + 1].text if position + 1 < len(words) else ""
    return not (word.text in _ATTRIBUTIVE and nxt and nxt not in _ATTITUDE and nxt not in _LINKS)


def _checks_by(words: Words, check: Word, person: Word) -> bool:
    """The person is who checks, named with the check: 'menselijke controle', 'reviewed by a human',
    'controle door een mens', 'human review' (not the subject of any check: 'staff must check their email')."""
    if person.index == check.index - 1 and person.text in _HUMAN_ADJ:
        return True
    between = [w.text for w in words if check.index < w.index < person.index]
    if _subject(words, check, person):
        return True
    if 0 < check.index - person.index <= 3:  # "door een collega gecontroleerd": the Dutch agent comes first
        return any(w.text == "door" and 0 < person.index - w.index <= 2 for w in words)
    reach = 6 if between[:1] and between[0] in ("and", "en", "or", "&") else 4  # "checked and approved by a human"
    return 0 < person.index - check.index <= reach and any(t in ("by", "door", "of", "van") for t in between)


def _subject(words: Words, check: Word, person: Word) -> bool:
    """'People review, decide, and sign', 'een mens controleert altijd', 'with a person checking the summary':
    a person (not a role: 'Docenten controleren de werkstukken' describes) right before the check verb."""
    if not c.HUMAN_CORE.matches(person) or person.text in _HUMAN_ADJ or not 0 < check.index - person.index <= 2:
        return False
    between = [w.text for w in words if person.index < w.index < check.index]
    return all(t in ("always", "altijd", "first", "eerst", "zelf", "must", "moet", "should") for t in between)


def _trusts(word: Word) -> bool:
    """Trusting or relying ('vertrouw', 'rely'), not 'vertrouwelijk' (confidential)."""
    return c.TRUST.matches(word) and not c.SECRET_WORDS.matches(word)


_TREAT = ("treat", "beschouw", "behandel", "zie", "see", "consider", "use", "gebruik")
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
