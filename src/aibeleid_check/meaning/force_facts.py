"""Readings of a clause's words that take its force away: a negated fact (what happened, "no data was
shared") and an aim ("The purpose of this policy is to…"), which tell no one what to do (see :mod:`force`)."""

from __future__ import annotations

from aibeleid_check.meaning.force_words import IMPERATIVE, MODAL, NEGATION, PAST, SUBORDINATE
from aibeleid_check.meaning.morph import Word


def _told(words: tuple[Word, ...]) -> bool:
    """A negated fact, not a rule: 'er zijn geen studentgegevens geüpload', 'no data was shared'
    (a past or perfect auxiliary and no modal verb)."""
    if any(MODAL.matches(w) for w in words) or IMPERATIVE.matches(words[0]):
        return False
    if _no_plans(words):
        return True
    relative = next((p for p, w in enumerate(words) if SUBORDINATE.matches(w)), len(words))
    words = words[:relative]  # "Publiceer niets wat AI heeft gemaakt": the relative clause is no fact
    if any(PAST.matches(w) for w in words):
        return True
    for position, word in enumerate(words):
        if word.text.endswith("ed") and NEGATION.matches(word):
            before = {w.text for w in words[max(0, position - 3) : position]}
            if not before & _PASSIVE:
                return True  # "Samsung banned staff from using ChatGPT": what happened
    if any(w.text in ("bestaat", "bestaan") for w in words) or " ".join(w.text for w in words[:3]) in _EXISTS:
        return True  # "er bestaat geen wet die…", "there is no…": a fact
    for position, word in enumerate(words):
        if causative_have(words, position):
            continue  # "Never have Copilot record or transcribe privileged communications": 'let', no perfect tense
        perfect = word.text in ("heeft", "hebben", "has", "have") or (
            word.text in ("is", "zijn") and position and words[position - 1].text == "er"
        )
        if perfect and any(_participle(w.text) for w in words[position + 1 :]):
            return True
    return False


_PLANS = frozenset("plan plans planning plannen".split())


def _no_plans(words: tuple[Word, ...]) -> bool:
    """'We have no plans to use AI for decisions', 'We are not planning to …', 'Wij zijn niet van plan …', 'Er zijn
    geen plannen om …': what the organisation intends, a fact about it (a negation up to three words before the
    plan word), not what anyone is told to do ('We will never let AI decide' is a will of its own)."""
    return any(
        word.text in _PLANS and any(NEGATION.matches(w) for w in words[max(0, position - 3) : position])
        for position, word in enumerate(words)
    )


_LEADS_IMPERATIVE = frozenset("never not do don't dont please always also and or so".split())


def causative_have(words: tuple[Word, ...], position: int) -> bool:
    """'Never have Copilot record …', 'Do not have AI grade exams', 'Have a colleague check it': an imperative
    *have* with an object and a bare verb is *let*; 'We have never had …', 'have not shared' and 'Have you ever shared …?' are perfect."""
    return (
        words[position].text == "have"
        and all(w.text in _LEADS_IMPERATIVE for w in words[:position])
        and position + 2 < len(words)
        and not _participle(words[position + 1].text)
        and words[position + 1].text not in ("been", "not", "never", "no", "to", "you", "we", "they", "i", "u")
    )


_PASSIVE = frozenset(("is", "are", "be", "been", "being", "was", "were", "remains", "strictly"))
_EXISTS = ("there is no", "there are no", "er is geen", "er zijn geen")


def _participle(text: str) -> bool:
    return (
        (text.startswith("ge") and text.endswith(("d", "t")) and len(text) > 5) or text.endswith("ed") or text == "been"
    )


_AIM_NOUNS = ("purpose", "aim", "goal", "objective", "intention", "doel", "doelstelling", "bedoeling", "streven")
_AIM_VERBS = ("aims", "aim", "seeks", "intends", "beoogt", "beogen")
_AIM_PAIRS = frozenset((("intended", "to"), ("bedoeld", "om"), ("als", "doel"), ("tot", "doel"), ("designed", "to")))


def _aim(words: tuple[Word, ...]) -> bool:
    """'The purpose of this policy is to…', 'Het doel van deze richtlijn is…', 'This guidance aims to…', 'is
    bedoeld om', 'heeft als doel': an aim, which names what it is about and tells no one what to do."""
    texts = [w.text for w in words[:10]]
    for position, text in enumerate(texts[:3]):
        if text in _AIM_NOUNS and any(t in ("is", "are", "zijn", "was") for t in texts[position + 1 : position + 7]):
            return True
    for position, text in enumerate(texts[1:5], start=1):
        if text in _AIM_VERBS and texts[position + 1 : position + 2] in (["to"], ["om"]):
            return True
    if any(pair in _AIM_PAIRS for pair in list(zip(texts, texts[1:], strict=False))[:6]):
        return True
    return _meant_for_ai(texts) or _exploring(texts)


_EXPLORING = frozenset(
    """exploring considering piloting trialling trialing investigating experimenting verkennen verkent onderzoeken
    experimenteren experimenteert""".split()
)
_EXPLORERS = frozenset("we wij i ik our onze the de het".split())
_BEING = frozenset("are is am zijn ben".split())


def _exploring(texts: list[str]) -> bool:
    """'We are exploring use of AI to create initial draft content for review', 'We are piloting Copilot for …', 'Wij
    verkennen hoe AI …': what the organisation is exploring is a plan about it, no rule told (round 26); the subject
    opens the sentence and the verb of exploring follows it (after 'are' in English)."""
    if len(texts) < 3 or texts[0] not in _EXPLORERS:
        return False
    for position, text in enumerate(texts[1:5], start=1):
        if text in _EXPLORING:
            before = texts[:position]
            return texts[position - 1] in _BEING or before[-1] in ("we", "wij", "currently", "momenteel", "nu")
    return False


_AI_SUBJECTS = frozenset("ai genai chatgpt copilot tool tools it dit this ze they".split())


def _meant_for_ai(texts: list[str]) -> bool:
    """'AI is meant to support us, not to replace clinical judgement', 'AI is er om ons te helpen': what AI is
    there for, an aim ('Staff are meant to check …' is no aim: a person is told what to do)."""
    return (
        len(texts) > 3
        and texts[0] in _AI_SUBJECTS | {"the", "de", "het", "our", "onze"}
        and any(t in _AI_SUBJECTS for t in texts[:3])
        and any(pair == ("meant", "to") for pair in zip(texts[1:5], texts[2:6], strict=False))
    )
