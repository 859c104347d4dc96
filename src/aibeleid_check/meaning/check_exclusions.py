"""What does not count as a check, for altijd-controleren: readings of a check-like sentence as another thing.

A review that qualifies a decision ("no final decisions without human review") or relying on AI to decide is
the decision rule; being trained or able to check is a duty to train; a check given to AI as its task ("use
AI to edit reports") is no person's check; trusting as a risk or a state ("relying heavily on AI", "we
cannot yet rely on it") is no rule; a check participle before its noun ("verified sources") describes a
thing; and a check of personal data or secrets is a data check. :mod:`.checking` asks these readings before
it counts a check.
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning import objects, secret_objects
from aibeleid_check.meaning.check_objects import made_by_ai
from aibeleid_check.meaning.decision_kinds import affects_people
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.force_words import MODAL
from aibeleid_check.meaning.morph import Word

_AUTOMATED = ("automat", "geautomatiseerd")
_UNLESS = ("unless", "tenzij")


def _decided_without(words: Words, check: Word) -> bool:
    """'make final decisions about a person without human review', 'high-stakes decisions … without human
    oversight', 'a decision of the model … unless confirmed by a clinician': the review qualifies a decision, which
    is the decision rule, not a check of output."""
    without = [w for w in words if (c.WITHOUT.matches(w) or w.text in _UNLESS) and 0 < check.index - w.index <= 5]
    if not without:
        return False
    before = [w for w in words if 0 < without[0].index - w.index <= 14]
    decided = [
        w
        for p, w in enumerate(before)
        if c.DECIDE.matches(w)
        or c.DECIDE_WEAK.matches(w)
        and (
            p
            and before[p - 1].text.startswith(_AUTOMATED)
            or any(c.DOMAIN_STRICT.matches(o) for o in before[p + 1 : p + 4])
        )
    ]  # ("geen automatische afwijzing zonder menselijke review")
    decided += [w for w in before if affects_people(words, words.index(w))]  # "impacted by it without a human …"
    return bool(decided) and not any(
        c.STRONG_OUTPUT.matches(w) and not c.DOMAIN.matches(w) for w in before if w.index > decided[-1].index
    )  # (what is decided about is no output: "a decision about a benefit claim … unless confirmed")


_CAPACITY = frozenset(
    # being taught or able to check is a duty to train, not the check: "staff are trained to assess AI output"
    """
    trained train training taught teach learn learns leren leert geleerd getraind trainen opgeleid opleiden
    opleiding able capable ability equipped empowered skills skilled vaardigheden vaardig bekwaam staat helps helpt
    functies functie functions features feature mogelijkheid mogelijkheden
    """.split()
)


def _capacity(words: Words, check: Word) -> bool:
    """'Managers ensure that staff are trained to assess AI output critically', 'medewerkers worden in staat
    gesteld de uitkomsten te beoordelen', 'training helps staff to evaluate the output'."""
    if any(w.text in _CAPACITY and 0 < check.index - w.index <= 6 for w in words):
        return True
    return any(  # "dat medewerkers weten hoe ze AI-output kunnen controleren": knowing how, a skill
        w.text in ("weten", "weet", "know", "knows") and n.text in ("hoe", "how") and 0 < check.index - w.index <= 6
        for w, n in zip(words, words[1:], strict=False)
    )


_ONGOING = frozenset("continuously continually periodically ongoing doorlopend continu periodiek voortdurend".split())


def _monitoring(words: Words, check: Word) -> bool:
    """'Continuously monitor and evaluate AI outputs', 'periodically evaluate outputs over time': monitoring a
    system's outputs over time is oversight of the system (guide), not the check before an output is used."""
    near = [w for w in words if abs(w.index - check.index) <= 3 and w is not check]
    if any(w.text in _ONGOING or w.text.startswith(("monitor", "bewaak", "bewaking")) for w in near):
        return True
    texts_ = [w.text for w in words]
    return any(a == "over" and b == "time" for a, b in zip(texts_, texts_[1:], strict=False))


_WHETHER = ("whether", "if", "of", "wie", "who")
_SOMEONE = ("someone", "iemand", "they", "he", "she", "hij", "zij", "ze", "anyone", "iemand")


def _detects_use(words: Words, check: Word) -> bool:
    """'Je kunt niet nagaan of leerlingen ChatGPT gebruikt hebben', 'verify whether students used AI': finding
    out whether people used AI is detecting its use, not checking what it made."""
    position = words.index(check)
    ahead = words[position + 1 : position + 3]
    if not ahead or ahead[0].text not in _WHETHER or ahead[0].text == "of" and check.text.startswith("check"):
        return False
    people = words[position + 2 : position + 5]
    someone = any(c.DOMAIN_STRICT.matches(w) or c.DECIDER.matches(w) or w.text in _SOMEONE for w in people)
    used = [w for w in words[position + 2 :] if c.USE.matches(w) or w.text.startswith(("gebruik", "used"))]
    return someone and bool(used) and any(c.AI.matches(w) for w in words[position + 2 :])


def _ai_task(words: Words, check: Word) -> bool:
    """'do not use GenAI to write or edit clinical reports', 'gebruik AI niet om teksten na te kijken': the
    check is a task given to AI, not a person's check of what AI made."""
    if _made_to_check(words, check) or ai_does(words, check) or _checked_by_ai(words, check):
        return True
    before = [w for w in words if 0 < check.index - w.index <= 4]
    to = [w for w in before if w.text in ("to", "om")] or _listed_task(words, check)
    if to and _duty_to(words, to[-1]):
        return False  # "but be sure to review and edit", "you are expected to have read it …": the person's duty
    between = [w.text for w in words if to and to[-1].index < w.index < check.index]
    if not to or check.text.endswith("ing") or any(t in _BREAKS for t in between):
        return False  # "use AI to draft text, then check it yourself", "without checking them"
    if to[-1].text == "to" and len(between) >= 2 and between[-1] not in _AND and _verb_object_follows(words, check):
        return False  # "When you use Copilot to draft minutes, read through all of it": a clause of its own
    return any(
        c.USE.matches(w) and any(c.AI.matches(a) for a in words if abs(a.index - w.index) <= 3)
        for w in words
        if w.index < to[0].index
    ) or input_purpose(words, check)


_OBJECT_OPENERS = frozenset(
    "the a an it them this that these all every everything through carefully your their what whether if before".split()
)


def _verb_object_follows(words: Words, check: Word) -> bool:
    """The check word is a verb with its object or adverb after it ('read through all of it', 'check the facts'), or
    ends the sentence, not a noun before another ('their expert review feedback')."""
    position = words.index(check)
    return position + 1 >= len(words) or words[position + 1].text in _OBJECT_OPENERS


_DUTY_BEFORE_TO = frozenset(
    "sure expected required need needs have has remember asked encouraged obliged ought".split()
)


def _duty_to(words: Words, to: Word) -> bool:
    """The *to* after a word of duty ('be sure to', 'expected to', 'need to'): what follows is the reader's task."""
    return any(w.text in _DUTY_BEFORE_TO and w.index == to.index - 1 for w in words)


_AND = frozenset("and en or of".split())


def _checked_by_ai(words: Words, check: Word) -> bool:
    """'content … authored, edited, or otherwise created by generative AI', 'teksten die door AI zijn nagekeken': a
    check participle with AI as its agent (after it in English, before it in Dutch) is what AI did, no person's check
    ('reviewed by a human', 'door een collega nagekeken')."""
    position = words.index(check)
    ahead = next((p for p in range(position + 1, min(len(words), position + 8)) if words[p].text == "by"), None)
    if ahead is not None and not all(_participle_listed(w) for w in words[position + 1 : ahead]):
        ahead = None  # ("verify any information provided by an AI tool": the agent of another verb)
    behind = [p for p in range(max(0, position - 4), position) if words[p].text == "door"]
    agent = words[ahead + 1 : ahead + 4] if ahead is not None else words[behind[-1] + 1 : position] if behind else ()
    return any(c.AI.matches(w) for w in agent) and not any(c.HUMAN.matches(w) for w in agent)


def _participle_listed(word: Word) -> bool:
    """A word of a list of participles before their agent ('edited, or otherwise created by …')."""
    return word.text.endswith("ed") or word.text in ("or", "and", "otherwise")


def _listed_task(words: Words, check: Word) -> list[Word]:
    """'use AI to save time, work faster and test your code', 'gebruik AI om …, sneller te werken en je code te
    testen': the check as the last of the tasks after 'to'/'om' (a coordinator up to four words before it, the
    'to' up to twelve; a Dutch one an infinitive), so it is one of AI's tasks too ('then test it yourself' breaks
    the list)."""
    if not any(w.text in _AND and 0 < check.index - w.index <= 4 for w in words):
        return []
    to = [w for w in words if w.text in ("to", "om") and 4 < check.index - w.index <= 12][-1:]
    if to and to[0].text == "om" and not check.text.endswith("en"):
        return []  # "Gebruik AI om teksten te schrijven en controleer ze daarna zelf": an imperative of one's own
    return to


_INTO = frozenset("into in naar to onto met with".split())


def input_purpose(words: Words, check: Word) -> bool:
    """'Never enter client data into an AI tool, not even to check a calculation', 'Voer … in een AI-tool in, ook
    niet om een berekening te controleren': data put into AI for a check (*to*/*om* before it), which AI then
    does; not a person's check of what AI made."""
    to = [w for w in words if 0 < check.index - w.index <= 4 and w.text in ("to", "om")]
    if not to or any(w.text in _BREAKS for w in words if to[-1].index < w.index < check.index):
        return False
    into = [
        p
        for p, w in enumerate(words)
        if c.names_ai(w) and w.index < to[0].index and any(b.text in _INTO for b in words[max(0, p - 2) : p])
    ]
    tool = words[into[0]].index if into else -1
    before = [w for w in words if w.index < tool and (c.INPUT.matches(w) or c.ENTER.matches(w))]
    joined = [w for w in words if tool < w.index < to[0].index and c.ENTER.matches(w)]
    return bool(into) and bool(before or joined)  # (a separable verb is joined after it: "Voer … in een AI-tool in")


_DOES = frozenset("doet does do doen".split())


def ai_does(words: Words, check: Word) -> bool:
    """'Wat de AI niet doet: feiten verifiëren', 'What the AI does: …': a list of the AI's tasks (not 'Wat jij doet')."""
    if len(words) < 4 or words[0].text not in ("wat", "what") or not any(c.AI.matches(w) for w in words[1:3]):
        return False
    does = [w for w in words[2:6] if w.text in _DOES]
    return bool(does) and does[0].index < check.index


_AUXILIARIES = frozenset("does do did can cannot will would doet doen kan kunnen zal zullen".split())
_NOTS = frozenset("not niet geen never nooit cannot".split())
_ENGLISH_AUXILIARIES = frozenset("does do did can cannot will would".split())
_ADVERBS = frozenset("always really yet actually reliably".split())
_PRONOUNS = frozenset("it het they ze zij".split())
_TOLD_AFTER = frozenset("so dus then dan you je jij u staff medewerkers yourself zelf".split())


def ai_does_not(words: Words, check: Word) -> bool:
    """'AI does not check facts', 'it cannot verify its sources', 'ChatGPT controleert geen feiten': what AI
    does not do, a fact about it, not a rule for staff ('…, so you must' after it still tells them)."""
    if not c.CHECK.matches(check):
        return False  # ("geen AI-model bepaalt zelfstandig wat er wordt gepubliceerd" is guide decision 9)
    position = words.index(check)
    near = words[max(0, position - 6) : position]
    if not any(w.text in _NOTS for w in (*near, *words[position + 1 : position + 2])):
        return False
    verb = next((w for w in reversed(near) if w.text in _AUXILIARIES), None)
    if verb is None and check.text.endswith("t") and not check.text.endswith("st"):
        verb = check  # a Dutch finite verb: "AI controleert geen feiten"
    if verb is None:
        return False
    start = words.index(verb)
    between = words[start + 1 : position]
    english = verb.text in _ENGLISH_AUXILIARIES
    if english and any(w.text not in _NOTS and w.text not in _ADVERBS for w in between):
        return False  # "AI does not replace human review": the check is the object of another verb
    if not english and verb is not check and not check.text.endswith("en"):
        return False  # "AI kan geen vervanging zijn voor controle": a noun, not the verb AI does not do
    subject = words[start - 1] if start else None
    named = subject is not None and (
        c.AI.matches(subject) or subject.text in _PRONOUNS and any(c.AI.matches(w) for w in words[: start - 1])
    )
    return named and not any(w.text in _TOLD_AFTER or MODAL.matches(w) for w in words[position + 1 :])


_BREAKS = frozenset("then dan daarna without zonder but maar yourself zelf always altijd".split())
_CAUSATIVE = frozenset("laat laten let".split())


def _made_to_check(words: Words, check: Word) -> bool:
    """'Laat Copilot je tekst nakijken', 'ChatGPT laten controleren of …': AI is the one *laten* makes check (an
    AI tool named, no output compound such as 'AI-teksten', and no person as the agent: 'door een collega')."""
    causes = [w for w in words if w.text in _CAUSATIVE and 0 < check.index - w.index <= 6]
    if not causes or any(w.text in ("door", "by") and w.index < check.index for w in words):
        return False
    if any(c.CHECK.matches(w) for w in words if w.index > check.index):
        return False  # "Let AI review your code, then check it yourself": a person's check follows
    cause = causes[0]
    tools = [
        w
        for w in words
        if abs(w.index - cause.index) <= 2
        and w.index < check.index
        and c.AI.matches(w)
        and not w.parts  # ("AI-teksten": what AI made, checked by someone)
    ]
    return bool(tools) and not any(c.HUMAN.matches(w) for w in words if cause.index < w.index < check.index)


_DEGREE = ("heavily", "overly", "excessively", "too", "much", "te", "teveel", "zwaar", "sterk", "overmatig")


def _factual(words: Words, trust: Word) -> bool:
    """Trusting as a risk or a state, not a rule: a degree ('refrain from relying heavily on AI'), 'het feit
    dat we nog niet blind kunnen vertrouwen', 'we cannot yet rely on it'."""
    near = [w.text for w in words if abs(w.index - trust.index) <= 2]
    if any(t in _DEGREE for t in near) or trust.text.startswith(("overreli", "over-reli")):
        return True
    texts_ = [w.text for w in words]
    fact = any(t in ("feit", "fact") and n in ("dat", "that") for t, n in zip(texts_, texts_[1:], strict=False))
    if (
        trust.index
        and words[words.index(trust) - 1].text in ("be", "worden", "zijn")
        and any(t in ("cannot", "can't", "niet") for t in texts_)
    ):
        fact = fact or any(t in ("as", "because", "since", "omdat", "want", "aangezien") for t in texts_)
    ability = any(t in ("kunnen", "kan", "kunt", "can", "cannot", "can't") for t in texts_)
    position = words.index(trust)
    we_cannot = [w.text for w in words[max(0, position - 2) : position]] in (["we", "cannot"], ["we", "can't"])
    if we_cannot and any(t in ("because", "since") for t in texts_):
        return True  # "We cannot trust the accuracy of the tools' statements, because …": a judgement with its reason
    return fact or ability and any(t in ("nog", "yet") for t in texts_)


def _attributive(words: Words, check: Word) -> bool:
    """A check participle before its noun ('gecontroleerde bronnen', 'verified sources') says what the thing
    is, not that someone must check it."""
    position = words.index(check)
    nxt = words[position + 1] if position + 1 < len(words) else None
    if nxt is None or not c.CHECK.matches(check):
        return False
    if check.text.startswith("ge") and check.text.endswith(("de", "te")):
        return not c.CHECK.matches(nxt)
    return check.text.endswith("ed") and nxt.text in ("sources", "source", "information", "data", "facts", "bronnen")


def _sole_decision(words: Words) -> bool:
    """'Do not rely (solely) on AI to make decisions', '… for decisions about people': the decision rule."""
    if any(c.DECIDE.matches(w) for w in words):
        return True
    return any(c.DECIDE_WEAK.matches(w) for w in words) and any(c.DOMAIN_STRICT.matches(w) for w in words)


def _about_data(words: Words) -> bool:
    return bool(objects.personal_data(words) or secret_objects.secrets(words)[0])


_PROCEDURES = ("procedure", "process", "protocol", "werkwijze", "mechanism", "safeguard", "controls")
_SET_UP = frozenset("ingericht opgezet ingesteld geregeld established".split())


def procedures_in_place(words: Words, found: Word) -> bool:
    """'Firms need oversight procedures in place to ensure that staff review …', 'er moeten processen zijn
    ingericht zodat …': a duty to set up the procedure that makes the rule, not the rule (guide: duties to make
    the rule); only what comes after the procedure is read so."""
    for position, word in enumerate(words):
        if not word.text.startswith(_PROCEDURES) or word.index >= found.index:
            continue
        ahead = [w.text for w in words[position + 1 : position + 5]]
        placed = any(a == "in" and b == "place" for a, b in zip(ahead, ahead[1:], strict=False))
        if placed or any(t in _SET_UP for t in ahead):
            return True
    return any(_designed_checkpoint(words, position) for position, w in enumerate(words) if w.index <= found.index)


_DESIGNING = ("identif", "defin", "build", "design", "plan", "bepaal", "definieer", "bouw", "ontwerp")


def _designed_checkpoint(words: Words, position: int) -> bool:
    """'Identify clear checkpoints where humans review AI outputs', 'bouw controlemomenten in': designing where
    the checks will be, a duty to make the rule."""
    word = words[position]
    if not word.text.startswith(("checkpoint", "controlemoment", "reviewmoment")):
        return False
    before = [w.text for w in words[max(0, position - 3) : position]]
    after = [w.text for w in words[position + 1 : position + 4]]
    return any(t.startswith(_DESIGNING) for t in before) and any(t in _WHERE for t in after)


_WHERE = frozenset("where waar waarop when wanneer".split())


_GATE_KINDS = ("security", "privacy", "beveiliging", "dpia")


def gate_review(words: Words, check: Word) -> bool:
    """'prohibited without prior security and privacy review', 'zonder privacyreview': a review of a tool or a use
    before it is allowed, an approval gate, not a check of what AI made."""
    if check.text.startswith(_GATE_KINDS):
        return True  # "privacyreview", "security-review"
    position = words.index(check)
    return any(w.text.startswith(_GATE_KINDS) for w in words[max(0, position - 3) : position])


_TOLD_SKIP = frozenset("then also first carefully thoroughly all both later afterwards daarna vervolgens ook".split())
_TELLERS = frozenset("we they i he she wij ze zij ik hij".split())


_REPLACING = frozenset("replace replaces vervangt vervangen substitute substitutes".split())


def replaced(words: Words, check: Word) -> bool:
    """'But these tools do not replace the judgement, editing or accountability of our staff': a check in a list of
    what a person brings, which AI is said not to replace, is no duty to check; the check replaced named first is
    the check that stays ('AI does not replace human review', round 15)."""
    for position, word in enumerate(words):
        if word.text in _REPLACING and 0 < check.index - word.index <= 8 and _negated_near(words, word):
            head = next((w for w in words[position + 1 :] if w.text not in _BEFORE_HEAD), None)
            return head is not None and head is not check and not c.CHECK.matches(head)
    return False


_BEFORE_HEAD = frozenset("the a an de het een our onze their hun human menselijke menselijk geen no niet not".split())


def _negated_near(words: Words, word: Word) -> bool:
    return any(n.text in _NOTS and abs(n.index - word.index) <= 2 for n in words)


def told(words: Words, check: Word) -> bool:
    """'…, which our teachers then carefully reviewed', 'Last year our staff checked the summaries': a check in the
    simple past with its person as subject tells one case, a story, not a rule ('AI output is reviewed by an
    editor' is passive, 'our editors verify' is the standing practice)."""
    if not check.text.endswith(("ed", "eerde", "eerden")) or check.text.startswith("ge"):
        return False
    back = words.index(check) - 1
    while back >= 0 and words[back].text in _TOLD_SKIP:
        back -= 1
    if back < 0:
        return False
    subject = words[back]
    return (
        subject.text in _TELLERS
        or (c.HUMAN.matches(subject) or c.DECIDER.matches(subject))
        and subject.text not in ("human", "menselijke", "manual", "handmatige")
    )


_CAN = frozenset("kan kunnen kunt can cannot can't could couldn't".split())
_CAN_NOT = frozenset("niet not cannot can't couldn't never nooit".split())
_RULE_MODALS = frozenset(
    "must moet moeten should shall mag mogen may might zou zouden verplicht always altijd do don't dont zorg ensure".split()
)


def impossible(words: Words, check: Word) -> bool:
    """'Ingeleverd werk gemaakt door AI kan niet worden nagekeken', 'AI-generated sources often cannot be
    verified': a check that cannot be done is a fact about the work, no duty (not with a word of duty or
    permission beside it: 'content you cannot verify must not be used')."""
    if not c.CHECK.matches(check) or c.UNCHECKED.matches(check):
        return False
    before = [w.text for w in words if 0 < check.index - w.index <= 4]
    if not any(t in _CAN for t in before) or not any(t in _CAN_NOT for t in before):
        return False
    if any(w.text in _CAN_NOT and not 0 < check.index - w.index <= 4 for w in words):
        return False  # "AI-teksten die we niet kunnen controleren, gebruiken we niet": a second negation forbids
    return not any(w.text in _RULE_MODALS for w in words)


_KEEPING = ("retain", "retention", "archiv", "archief", "bewaar", "bewaren", "bewaard", "keep", "kept")


def records_value(words: Words, check: Word) -> bool:
    """'Agencies must assess the value of content created by AI and retain it', 'beoordeel de waarde … en bewaar ze':
    weighing what a record is worth to keep it is records management, not a check of what AI made."""
    ahead = [w.text for w in words if 0 < w.index - check.index <= 3]
    return any(t in ("value", "waarde") for t in ahead) and any(w.text.startswith(_KEEPING) for w in words)


_REVIEW_NOUNS = frozenset("review reviews beoordeling beoordelingen recensie recensies".split())
_WRITTEN = frozenset(
    "written authored composed drafted generated ai-generated produced geschreven opgesteld gegenereerd".split()
)


def written_review(words: Words, check: Word) -> bool:
    """'PR reviews and replies should be written by yourself', 'Code reviews must not be AI generated': the review
    is a text someone writes, what AI may (not) make, no check of what AI made ('reviews of AI-generated changes
    must be done by a human' checks them)."""
    position = words.index(check)
    if check.text not in _REVIEW_NOUNS or not position or words[position - 1].text not in _REVIEW_KINDS:
        return False  # (not the verb: "Your provider reviews, edits and approves all AI-generated documentation")
    if words[position + 1 : position + 2] and words[position + 1].text in _OF:
        return False
    for word in words[position + 1 : position + 8]:
        if word.text in _CLAUSE_OPENERS:
            return False  # "reviews must be done before AI-generated code is merged": the check of the code
        if word.text in _WRITTEN or word.text.endswith("-generated"):
            return True
    return False


_OF = frozenset("of van on op".split())
_REVIEW_KINDS = frozenset(
    "code pr pr's pull request requests peer the their our your my his her de het onze jouw".split()
)
_CLAUSE_OPENERS = frozenset("before after when once if until voordat nadat als wanneer zodra".split())


_DECISION_NOUNS = frozenset(
    "decision decisions besluit besluiten beslissing beslissingen eindbesluit eindbesluiten".split()
)


def decision_reviewed(words: Words, check: Word) -> bool:
    """'Human review required for critical decisions (hiring, payroll)', 'A human reviews every decision about a
    loan': what the person reviews is a decision, the decision rule, no check of what AI made ('Human review of
    decisions suggested by AI' names AI and stays a check too)."""
    position = words.index(check)
    following = words[position + 1 : position + 6]
    if not any(w.text in _DECISION_NOUNS for w in following):
        return False
    return not (made_by_ai(words) or any(c.STRONG_OUTPUT.matches(w) or c.names_ai(w) for w in words))
