"""Which words of a sentence name a decision, for geen-eindbesluit.

A deciding verb or noun about people ("beslissen", "grading", "de eindbeslissing"), a verdict given ("een
diagnose stellen", "cijfers geven"), judgement handed over or a person's own judgement, control of outcomes
that affect people, AI used for a selection, AI as the judge, the final say, and a weaker deciding verb
("beoordelen", "selecteren", "bepalen") with who or what it is about. Not a decision: the kind of a document
or record ("raadsbesluiten", "credit decision details"), the quality of decisions, the options people have,
a decision-maker named for who they are, an approval gate on an act, and choosing tools or actions
(:mod:`.decision_governance`). :mod:`.decision` reads what the sentence says of the words found here.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.check_objects import publication, published_word
from aibeleid_check.meaning.data_verbless import data_list
from aibeleid_check.meaning.deciders import contrast_noun
from aibeleid_check.meaning.decision_governance import (
    checked_and,
    governance,
    output_approved,
    tool_object,
    tool_requests,
    which_tools,
)
from aibeleid_check.meaning.decision_kinds import (
    MACHINES,
    ORG_MATTERS,
    affects_people,
    by_machine,
    decided_by_use,
    decision_verb,
    harmed,
    names_people,
    requests,
    sole_basis,
    unmediated,
)
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.force import negations
from aibeleid_check.meaning.morph import Word
from aibeleid_check.meaning.words_judging import role_noun


def decision_words(words: Words) -> list[Word]:
    """The words that name a decision; a weaker deciding verb comes with the first word of what it is about,
    'final' with its noun ('the final say')."""
    found: list[Word] = []
    for position, word in enumerate(words):
        window = words[max(0, position - 7) : _own_reach(words, position)]
        if publication(words, position) or c.FINAL.matches(word) and publication(words, position + 1):
            continue  # "AI bepaalt niet wat er wordt gepubliceerd": the check before publishing (guide decision 9)
        if decision_verb(words, position):
            found.append(word)
        elif own_judgement(words, position):
            found.append(word)  # "reports must reflect the examiner's own judgement": the person judges the work
        elif c.DECIDE.matches(word) or word.text in ("hiring", "firing", "grading"):
            if word.text.endswith("ing") and names_people(words, position):
                continue  # "hiring managers", "grading staff": who they are, no decision
            if c.DOCUMENT_KIND.matches_part(word) or _record_of(words, position):
                continue  # conceptbesluiten, raadsbesluiten, "credit decision details": documents, not deciding
            if harmed(words, position):
                continue  # "AI must not have a detrimental effect on decisions": their quality, not who decides
            if _options(words, position):
                continue  # "the choices people have": their options, not a decision about them
            if _delegated_other(words, position):
                continue  # "we never delegate the thinking itself": what is handed over is no decision
            if _decision_maker(words, position) and not (
                _in_role(words, position)
                and (
                    any(c.HUMAN_CORE.matches(w) for w in words)
                    or negations(words)
                    and (any(c.AI.matches(w) for w in words) or words[0].text in ("it", "het"))
                )  # ("It is not the decision-maker": the pronoun stands for the AI of the sentence before)
            ):
                continue  # "decision-makers should be trained", "the AI decision maker is not generalised": who
                # they are, not who decides ("humans remain the decision-makers", "AI als enige beslisser")
            if _decides_the_question(words, position):
                continue  # "AI never chooses which font we use …; the partners decide": the font is decided
            if not governance(words, position):
                found.append(word)
        elif affects_people(words, position) and unmediated(words, position):
            found.append(word)  # "where the public may be impacted by it without a human intermediary"
        elif word.text in _OUTCOMES and _controlled_outcome(words, position):
            found.append(word)  # "humans stay in control of outcomes that affect people"
        elif decided_by_use(words, position):
            found.append(word)  # "do not use AI for admissions", "gebruik AI niet bij werving en selectie"
        elif word.text in _ROLES and any(c.AI.matches(w) for w in words) and negations(words):
            found.append(word)  # "don't let AI be the judge"
        elif c.JUDGMENT.matches(word) and any(
            w.text.startswith(_HAND_OVER) for w in words[max(0, position - 3) : position]
        ):
            found.append(word)  # "we don't outsource judgement to machines"
        elif c.LEADING.matches(word) and any(
            c.VERDICT.matches(w) or c.JUDGMENT.matches(w) or c.STRONG_OUTPUT.matches(w) or c.AI.matches(w)
            for w in words[max(0, position - 7) : position]
        ):
            found.append(word)  # "het oordeel van de professional is leidend", "de uitkomst van AI is nooit bepalend"
        elif c.VERDICT.matches(word) and (
            any(c.LIGHT_VERB.matches(w) for w in words[max(0, position - 4) : position + 5])
            or sole_basis(words, position)  # "never base a grade only on an AI detector"
        ):
            if (
                word.text.startswith("indicatie")
                and words[position + 1 : position + 2]
                and words[position + 1].text
                in (
                    "van",
                    "over",
                    "of",
                    "omtrent",
                )
            ):
                continue  # "geeft geen indicatie van de wachttijd": an estimate, not a care indication
            if word.text not in ("advies", "score", "scores") or any(c.DOMAIN_STRICT.matches(w) for w in window):
                found.append(word)  # "een diagnose stellen", "cijfers geven", "het oordeel velt de docent"
        elif c.DECIDE_WEAK.matches(word):
            if _agent_noun(word) or _describes_object(words, position) or _listed_as_data(words, position):
                continue  # "Beoordelaars mogen …", "manuscripten die je beoordeelt": who reviews, or what
            if _judgement_replaced(words, position):
                continue  # "AI tools support staff and do not replace human judgement": no decision named
            if _chosen_thing(words, position):
                continue  # "communicate the chosen option to students": the thing chosen, described
            asked = _asks(words, position)
            reach = words[max(0, position - 7) : _questions_end(words, position)] if asked else window  # "bepalen
            # welk standpunt we in een aangifte innemen": what is decided is the whole question after the verb, and
            # each question of a list ("kiest nooit welk ontwerp we indienen, welke aannemer de opdracht krijgt")
            domain = [w for w in reach if w is not word and c.DOMAIN.matches(w) and not w.text.startswith("risk")]
            domain = [w for w in domain if not _relative(words, w) and not _by_whom(words, w)]
            domain += requests(words, position) + _asked_about(words, position)
            if c.READ.matches(word) and any(c.STRONG_OUTPUT.matches(w) for w in words):
                continue  # "de output beoordelen" is checking what AI produced
            if (
                output_approved(words, position)
                or tool_object(words, position)
                or checked_and(words, position)
                or tool_requests(words, position)
            ):
                continue  # "unless legal has approved the tool", requests for new AI tools: tool governance
            if _approval_gate(words, position):
                continue  # "do not enter employee records without prior approval": a gate on the act
            outcome = _outcome_denied(words, position)
            if domain and not governance(words, position):
                found.extend((word, domain[0]))
            elif outcome:
                found.extend((word, outcome[0]))  # "AI does not determine the outcome of an application"
            elif by_machine(words, position) and not which_tools(words, position):
                found.append(word)  # "automated profiling", "never determined by AI alone"
            elif _fronted_against_ai(words, position):
                found.append(word)  # "Welke reparatie nodig is, bepaal jij als monteur, niet een AI-programma"
            elif any(c.DECIDER.matches(w) for w in words[max(0, position - 2) : position + 3] if w is not word):
                if any(c.AI.matches(w) for w in words) and word.text.startswith(
                    ("beoordeel", "beoordel", "assess", "evaluat", "grade", "grading")
                ):
                    found.append(word)  # "maar de docent beoordeelt": a person assesses, not AI
        elif c.JUDGMENT.matches(word) and position and c.DOMAIN.matches(words[position - 1]):
            if any(w.text in ("by", "door") for w in words[position + 1 : position + 6]):
                found.append(word)  # "all clinical judgement is performed by me": a judgement about patients, by
                # someone named ("they do not replace clinical judgment" names no one)
        elif c.JUDGMENT.matches(word) and position and c.HUMAN.matches(words[position - 1]):
            if any(c.EVALUATION.matches(w) for w in words if w is not word):
                found.append(word)  # "all evaluations must reflect human judgment", "menselijk oordeel"
        elif c.FINAL.matches(word) and position + 1 < len(words) and c.FINAL_NOUN.matches(words[position + 1]):
            if words[position + 1].text in _DUTY:
                continue  # "final responsibility (for decisions) rests with staff": answering, not deciding
            if any(w.text in ORG_MATTERS for w in words[position + 2 : position + 6]):
                continue  # "the final say on the budget": an organisational matter
            if any(c.AI.matches(w) or c.DECIDER.matches(w) or w.text in MACHINES for w in words) and not any(
                c.DRAFT.matches(w) for w in words
            ):
                found.extend((word, words[position + 1]))
    return found


_REPLACING = frozenset("replace replaces replacing vervangt vervangen substitute substitutes".split())


def _judgement_replaced(words: Words, position: int) -> bool:
    """'AI should support, not replace, human judgment', '… do not replace human judgement': a judgement (the noun)
    that AI does not replace names no decision (guide: attitude), unless it is said what is judged ('clinical
    judgement', 'the teacher's judgement on grades')."""
    if not c.JUDGMENT.matches(words[position]):
        return False
    replaced = any(w.text in _REPLACING for w in words[max(0, position - 4) : position])
    judged = any(c.DOMAIN.matches(w) for w in words[max(0, position - 2) : position]) or any(
        c.DOMAIN_STRICT.matches(w) for w in words[position + 1 : position + 4]
    )
    return replaced and not judged


def _delegated_other(words: Words, position: int) -> bool:
    """Delegating or leaving to AI counts only with a decision, a judgement or someone decided about near it
    ('never delegate decisions about clients', not 'never delegate the thinking itself')."""
    if not words[position].text.startswith(("delegat", "delegeer", "overlat", "overlaat", "overgelaten")):
        return False
    near = [w for w in words[max(0, position - 6) : position + 7] if w is not words[position]]
    return not any(c.any_of(w, c.DECIDE, c.DECIDE_WEAK, c.JUDGMENT, c.VERDICT, c.DOMAIN_STRICT) for w in near)


_HAVE = frozenset("have has hebben heeft hebt".split())
_HOLDERS = frozenset("people they you we residents clients customers mensen ze zij je jij u wij we".split())


def _options(words: Words, position: int) -> bool:
    """'the choices people have', 'de keuzes die mensen hebben': the options someone holds."""
    if not words[position].text.startswith(("choice", "keuze")):
        return False
    ahead = words[position + 1 : position + 5]
    return any(
        w.text in _HAVE and any(h.text in _HOLDERS or c.DOMAIN_STRICT.matches(h) for h in ahead[:i])
        for i, w in enumerate(ahead)
    )


def _decision_maker(words: Words, position: int) -> bool:
    """'decision-maker', 'beslisser', 'decision makers' in two words: who decides, named."""
    word = words[position]
    if word.text.startswith(("decision-maker", "beslisser")):
        return True
    return word.text == "decision" and position + 1 < len(words) and words[position + 1].text.startswith("maker")


_ROLE_LEADS = frozenset(
    """be is are am remain remains stay stays zijn blijft blijven as als not niet geen no with bij final sole
    only enige laatste human menselijke""".split()
)


def _own_reach(words: Words, position: int) -> int:
    """Where the words about a deciding gerund end: six words on, or before a second gerund joined to it
    ('for determining accurate terminology or clarifying medical concepts': the concepts are clarified)."""
    end = min(len(words), position + 6)
    if not words[position].text.endswith("ing"):
        return end
    for ahead in range(position + 1, end - 1):
        if words[ahead].text in ("or", "and") and words[ahead + 1].text.endswith("ing"):
            return ahead
    return end


def _in_role(words: Words, position: int) -> bool:
    """The decision-maker as a role someone is, stays or is not ('remain the decision-makers', 'not a
    decision-maker', 'met een menselijke beslisser'), not the subject the sentence tells about, nor the agent
    of another act ('reviewed and shaped by a human decision maker')."""
    return any(w.text in _ROLE_LEADS for w in words[max(0, position - 3) : position]) and not _agent_of_other_act(
        words, position
    )


def _agent_of_other_act(words: Words, position: int) -> bool:
    """The role after 'by'/'door' with no deciding word before it ('shaped by a human decision maker', 'reviewed
    by a human decision maker'): who does that act, not who decides ('determined by a human decision maker')."""
    for back in range(max(0, position - 3), position):
        if words[back].text in ("by", "door"):
            return not any(c.DECIDE.matches(w) or c.DECIDE_WEAK.matches(w) for w in words[:back])
    return False


_OUTCOMES = ("outcome", "outcomes", "uitkomst", "uitkomsten", "results", "resultaten")
_CONTROL = ("control", "controle", "regie", "charge", "oversight", "toezicht", "zeggenschap", "command")
_AFFECT = ("affect", "affects", "affecting", "impact", "impacts", "impacting", "raken", "raakt", "treffen", "treft")


def _controlled_outcome(words: Words, position: int) -> bool:
    """Control of outcomes that affect people is control of the decisions about them."""
    before = words[max(0, position - 4) : position]
    after = words[position + 1 : position + 6]
    affect = [w for w in after if w.text in _AFFECT]
    return (
        any(w.text in _CONTROL for w in before)
        and bool(affect)
        and any(c.PEOPLE.matches(w) or c.DECIDER.matches(w) for w in words if 0 < abs(w.index - affect[0].index) <= 3)
    )


_ROLES = ("judge", "arbiter", "rechter", "scheidsrechter", "beslisser", "decider")
_HAND_OVER = ("outsourc", "uitbested", "delegat", "delegeer", "overlat", "overdra", "hand")
_DUTY = ("responsibility", "verantwoordelijkheid", "accountability", "authority")


_RECORDS = frozenset(
    """details detail data records record documents document letters letter files file notes logs information
    gegevens documenten stukken brieven dossiers informatie""".split()
)


def _record_of(words: Words, position: int) -> bool:
    """'Do not paste … credit decision details': the decision word names the kind of a record."""
    nxt = words[position + 1].text if position + 1 < len(words) else ""
    return nxt in _RECORDS


_GATE_NOUNS = frozenset("approval approvals authorisation authorization permission goedkeuring toestemming".split())
_GATE_LEADS = frozenset("without prior explicit written zonder voorafgaande expliciete schriftelijke after na".split())


def _approval_gate(words: Words, position: int) -> bool:
    """'without (prior) approval', 'zonder toestemming', 'after approval': permission for an act, not a
    decision about the person the act concerns."""
    return words[position].text in _GATE_NOUNS and any(
        w.text in _GATE_LEADS for w in words[max(0, position - 3) : position]
    )


def _by_whom(words: Words, word: Word) -> bool:
    """'approved by a person', 'door een mens': the agent of the act, not who it is about."""
    position = words.index(word)
    return any(w.text in ("by", "door") for w in words[max(0, position - 2) : position])


def _relative(words: Words, word: Word) -> bool:
    """'Staff who are unsure…', 'leaders who prioritize ethics': 'who' after a noun opens a relative clause
    about people, it names no one decided about ('decide who gets a loan', 'about who', 'bepalen wie')."""
    position = words.index(word)
    if word.text not in ("who", "wie") or position == 0:
        return False
    if words[position - 1].text in _ASKING:
        return False
    return not any(c.any_of(w, c.DECIDE, c.DECIDE_WEAK) for w in words[max(0, position - 3) : position])


_ASKING = frozenset("about over on of van op to aan for voor and or en whether welke wat".split())


_REFLECT = ("reflect", "represent", "weerspiegel", "weergeven", "weergeeft")


def own_judgement(words: Words, position: int) -> bool:
    """'Marking reports must reflect the examiner's own judgement', 'moet het eigen oordeel van de docent
    weerspiegelen': what is written about someone's work must be a person's own judgement (not 'use your own
    judgement when you choose a tool': no report reflects it)."""
    if not c.JUDGMENT.matches(words[position]):
        return False
    own = any(w.text in ("own", "eigen") for w in words[max(0, position - 3) : position])
    return own and any(w.text.startswith(_REFLECT) for w in words if w is not words[position])


_QUESTION_WORDS = frozenset("welk welke wat hoeveel hoe which what how whether".split())
_QUESTION_REACH = 9
_QUESTIONS_REACH = 30


_BEFORE_QUESTION = frozenset("nooit niet never not zelf altijd always zelfstandig independently".split())


def _asks(words: Words, position: int) -> bool:
    """A question follows the deciding verb, right after it or after a negation or adverb ('kiest nooit welk
    ontwerp …', 'bepaalt zelf welke …')."""
    ahead = position + 1
    if ahead < len(words) and words[ahead].text in _BEFORE_QUESTION:
        ahead += 1
    return ahead < len(words) and words[ahead].text in _QUESTION_WORDS


_BARE_AFTER = frozenset("that this it dat dit het dan then together samen zelf themselves always altijd the de".split())


def _decides_the_question(words: Words, position: int) -> bool:
    """'AI never chooses which font we use or which colour the flyer gets; the partners decide', '…; dat besluiten
    de partners': a deciding verb with no object of its own (nothing after it but who decides) decides the
    question a choosing verb before it asked; when that question names no one and nothing decided about (no
    domain word), neither does the deciding verb ('… which supplier gets the contract; the partners decide')."""
    if any(w.text not in _BARE_AFTER and not c.DECIDER.matches(w) for w in words[position + 1 :]):
        return False
    asked = [p for p in range(position) if c.any_of(words[p], c.DECIDE, c.DECIDE_WEAK) and _asks(words, p)]
    return bool(asked) and not any(
        c.DOMAIN.matches(w) and not w.text.startswith("risk") for w in words[asked[0] + 1 : position]
    )


_FRONTED_OPENERS = frozenset("welk welke wat wie hoeveel of which what who whether how".split())
_FRONTED_VERBS = frozenset("bepaal bepaalt bepalen beslis beslist beslissen kies kiest kiezen".split())
_PERSONS = frozenset("jij je u jullie wij we".split())
_SKIP_AFTER_VERB = frozenset("zelf altijd steeds uiteindelijk".split())


def _fronted_against_ai(words: Words, position: int) -> bool:
    """'Welke reparatie nodig is, bepaal jij als monteur, niet een AI-programma': after a fronted question the
    deciding verb has a person as its subject and the sentence sets AI against them; what the question asks is
    the decision, unless it asks about a tool or its use ('Welke tool je gebruikt, bepaal jij, niet AI') or what
    is published (the check, guide decision 9)."""
    if fronted_subject(words, position) is None:
        return False
    contrast = contrast_noun(words)
    if contrast is None or not c.names_ai(contrast):
        return False
    question = range(1, position)
    return not any(c.GOVERNANCE.matches(words[p]) or c.names_ai(words[p]) or published_word(words[p]) for p in question)


def fronted_subject(words: Words, position: int) -> Word | None:
    """The person right after a deciding verb that follows a fronted question ('Welke reparatie nodig is, bepaal
    jij …', '… beslist de monteur'): a pronoun of address or a role."""
    if words[position].text not in _FRONTED_VERBS or position < 3 or words[0].text not in _FRONTED_OPENERS:
        return None
    ahead = position + 1
    while ahead < len(words) and words[ahead].text in _SKIP_AFTER_VERB | _CONTRAST_DETERMINERS:
        ahead += 1
    if ahead >= len(words):
        return None
    subject = words[ahead]
    return subject if subject.text in _PERSONS or c.DECIDER.matches(subject) or role_noun(subject) else None


_CONTRAST_DETERMINERS = frozenset("de het een the a an".split())


def _questions_end(words: Words, position: int) -> int:
    """Where the questions after a deciding verb end: nine words after the last question word that opens a
    member of their list ('kiest nooit welk ontwerp we indienen, welke aannemer de opdracht krijgt of wat een
    offerte kost'), each within nine words of the one before, thirty words at most."""
    end = position + _QUESTION_REACH
    limit = min(len(words), position + _QUESTIONS_REACH)
    for offset in range(position + 2, limit):
        if offset >= end:
            break
        if words[offset].text in _QUESTION_WORDS and words[offset - 1].text not in _RELATIVES:
            end = offset + _QUESTION_REACH
    return min(end, limit)


_AGENT_ENDINGS = ("aar", "aars", "assessor", "assessors", "evaluator", "evaluators", "eur", "eurs")
_RELATIVES = frozenset("die dat that which".split())
_PRONOUNS = frozenset("je jij u we wij you ze zij they hij zij".split())


def _agent_noun(word: Word) -> bool:
    """'beoordelaars', 'assessors', 'selecteurs': the people who judge, named for who they are."""
    return word.text.endswith(_AGENT_ENDINGS)


def _describes_object(words: Words, position: int) -> bool:
    """'manuscripten die je beoordeelt', 'applications that you assess': a relative clause that says which
    documents, not a decision left to AI."""
    return position >= 2 and words[position - 2].text in _RELATIVES and words[position - 1].text in _PRONOUNS


_WHETHER = frozenset("of whether if".split())
_PASSING = frozenset(
    """slaagt slagen geslaagd zakt zakken gezakt haalt halen gehaald pass passes passed fail fails failed
    toegelaten admitted aangenomen accepted""".split()
)
_SUBJECTS = frozenset("je jij u hij zij ze you he she they".split())


def _asked_about(words: Words, position: int) -> list[Word]:
    """'AI laten bepalen of een cursist slaagt', 'determine whether a learner passes', 'bepalen of je wordt
    toegelaten': the question after a weaker deciding verb asks about a person (a participant, a member, a
    learner) or whether someone passes or is admitted; that is what is decided ('bepalen of een tekst vlot
    leest' asks about a text)."""
    if position + 1 >= len(words) or words[position + 1].text not in _WHETHER:
        return []
    question = words[position + 2 : position + 8]
    for offset, word in enumerate(question):
        if c.DOMAIN_STRICT.matches(word):
            return [word]
        if word.text in _SUBJECTS and any(w.text in _PASSING for w in question[offset + 1 : offset + 5]):
            return [word]
    return []


_DETERMINING = ("determin", "bepaal", "bepal")
_BEFORE_OUTCOME = frozenset(
    "the a an any all final eventual de het een alle uiteindelijke definitieve nooit niet never not".split()
)
_QUESTIONS = frozenset("which what who whose welke wat wie wiens".split())


def _outcome_denied(words: Words, position: int) -> list[Word]:
    """'AI does not determine the outcome of an application', 'AI bepaalt nooit de uitkomst van een aanvraag': AI
    (up to three words before the verb) denied the outcome right after it is denied the say over what is decided;
    not an organisational matter ('the outcome of our budget round') nor 'which results we show'."""
    if not words[position].text.startswith(_DETERMINING) or not negations(words):
        return []
    if not any(c.names_ai(w) for w in words[max(0, position - 4) : position]):
        return []
    for offset in range(position + 1, min(len(words), position + 8)):
        word = words[offset]
        if word.text in _QUESTIONS:
            return []  # "which results we show"
        if word.text in _OUTCOMES:
            between = words[position + 1 : offset]
            listed = offset - position > 3 and between[-1].text in ("or", "and", "of", "en")
            listed = listed and word.text not in ("results", "resultaten")  # ("the tone, style or results")
            if any(w.text not in _BEFORE_OUTCOME for w in between) and not listed:
                return []  # (the outcome as the last member of a list: "project selection, priorities, or outcomes")
            ahead = words[offset + 1 : offset + 5]
            return [] if any(w.text in ORG_MATTERS for w in (*between, *ahead)) else [word]
    return []


_CHOSEN = frozenset("chosen selected gekozen gekozene geselecteerde geselecteerd uitgekozen".split())
_DETERMINERS = frozenset("the a an this that your their our its de het een deze die je jouw hun onze uw".split())


def _chosen_thing(words: Words, position: int) -> bool:
    """'the chosen option', 'the selected reading list', 'de gekozen aanpak': a choosing participle between a
    determiner and its noun describes what was chosen, no decision about the people named beside it."""
    if words[position].text not in _CHOSEN or not 0 < position < len(words) - 1:
        return False
    nxt = words[position + 1].text
    return words[position - 1].text in _DETERMINERS and nxt not in ("by", "for", "door", "voor", "from", "uit")


def judged_as_data(words: Words) -> bool:
    """A judging noun of the sentence is among the data or documents put into a tool ('Sharing internal documents,
    such as staff assessments, budgets or tenders'): its members alone ('staff assessments') name no decision."""
    return any(c.DECIDE_WEAK.matches(w) and _listed_as_data(words, p) for p, w in enumerate(words))


def _listed_as_data(words: Words, position: int) -> bool:
    """'Voer nooit gegevens van cliënten in, zoals naam, gewicht, diagnose of verwijsbrief', 'enter client
    names, session notes, diagnoses or test results': a judging noun among the data put into a tool is data."""
    before = words[max(0, position - 6) : position]
    if not any(c.DATA.matches(w) or c.IDENTIFIERS.matches(w) for w in before) or any(c.AI.matches(w) for w in before):
        return False
    return any(c.ENTER.matches(w) or c.INPUT.matches(w) for w in words) or data_list(words, [])
    # ("Residents' names, room numbers, medication, diagnoses …" as a Don't item: a list of data)
