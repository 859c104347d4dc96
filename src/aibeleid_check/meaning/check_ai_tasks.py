"""A check that is AI's task, not a person's, for altijd-controleren: a check AI is used or made to do ("do not
use GenAI to write or edit clinical reports", "Laat Copilot je tekst nakijken"), a list of what AI does or does not
do ("AI does not check facts"), and a check as the purpose of entering data ("not even to check a calculation").
"""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.force_words import MODAL
from aibeleid_check.meaning.morph import Word


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
