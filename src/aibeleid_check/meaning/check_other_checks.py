"""Checks of another kind than the reader's check of AI's work, for altijd-controleren: procedures or
checkpoints to set up, a review of a tool or a use ("without prior security review"), a check that tools do not
replace, one told as past practice or as impossible, assessing the value of a record, a review that must be
written by a person, and the review of a decision (the decision rule's).
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.check_ai_tasks import _NOTS
from aibeleid_check.meaning.check_made import ai_made_word, made_by_ai
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.morph import Word

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
    if any(w.text.startswith(_GATE_KINDS) for w in words[max(0, position - 3) : position]):
        return True
    return _with_approval(words, position) and not any(c.STRONG_OUTPUT.matches(w) or ai_made_word(w) for w in words)


_APPROVAL = ("approv", "goedkeur", "authoris", "authoriz", "toestemming", "sign-off")


def _with_approval(words: Words, position: int) -> bool:
    """'without review and approval', 'zonder toetsing en goedkeuring': a review paired with approval is the gate of a
    use or a tool ('It must not be used outside its intended purpose without review and approval'), unless what AI
    made is named as what is reviewed (round 26)."""
    after = words[position + 1 : position + 3]
    return len(after) == 2 and after[0].text in ("and", "en", "&") and after[1].text.startswith(_APPROVAL)


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
