"""The negating words of a clause (:func:`negations`): "niet", "nooit", "never", "unsuitable" after a copula,
advice against an act ("advise against"), "never solely" (not "is not private"); and a second negated predicate
joined to an earlier one, two prohibitions side by side (:func:`coordinated`).
"""

from __future__ import annotations

from aibeleid_check.meaning.concepts import Concept
from aibeleid_check.meaning.force_words import NEGATION
from aibeleid_check.meaning.morph import Word

_COPULA = Concept("copula", "is", "are", "zijn", "was", "were", "be", "wordt", "worden", raw=True)
_UNFIT = frozenset(
    ("unsuitable", "ongeschikt", "ongeschikte", "inappropriate", "unfit", "ongepast", "wrong", "verkeerde", "unsafe",
     "onveilig", "onveilige")
)  # fmt: skip
_SAFE_ADJECTIVE = Concept("predicate", "private", "prive", "public", "openbaar", "privé", raw=True)


def negations(words: tuple[Word, ...]) -> list[Word]:
    """Negating words, except 'is not private' (a description, not a rule)."""
    found = []
    for position, word in enumerate(words):
        if word.text in _UNFIT and any(_COPULA.matches(w) for w in words[max(0, position - 3) : position]):
            found.append(word)  # "Public AI tools are unsuitable for personal data", "Copilot is ongeschikt voor"
            continue
        if (
            word.text == "off"
            and position + 1 < len(words)
            and words[position + 1].text == "limits"
            and position
            and (_COPULA.matches(words[position - 1]) or words[position - 1].text in ("remain", "remains", "stay"))
        ):
            found.append(word)  # "Client files are off limits for AI tools" (as "off-limits")
            continue
        if _advised_against(words, position):
            found.append(word)  # "We advise against letting AI decide", "recommends against entering student records"
            continue
        if not NEGATION.matches(word):
            continue
        if position + 2 < len(words) and words[position + 1].text in ("limited", "beperkt", "alleen", "only"):
            if not _never_solely(words, position):
                continue  # "including but not limited to", "niet alleen … maar ook"
        before = words[position - 1] if position else None
        if before is not None and before.text in ("of", "or"):
            continue  # "wel of niet", "whether or not"
        after = words[position + 1] if position + 1 < len(words) else None
        if before is not None and after is not None and _COPULA.matches(before) and _SAFE_ADJECTIVE.matches(after):
            continue
        found.append(word)
    return found


_JOINS = frozenset(("en", "and"))
_NOT_PREDICATE = frozenset(
    "die dat wat welke waar that which who whom where what de het een the a an this dit deze for voor to tot "
    "van of in op".split()
)  # after the join: a relative clause or a noun phrase ("stukken die niet openbaar zijn", "and not for public use")


def coordinated(words: tuple[Word, ...], negated: list[Word], word: Word) -> bool:
    """'AI stelt nooit een diagnose en beslist niet over de behandeling', 'never makes X and does not decide':
    the negation ``word`` opens a second predicate joined by *en*/*and* to one an earlier negation forbids (at
    most two words, a verb, between the join and it); two prohibitions side by side, not a double negation
    ('niets wat niet op internet zou mogen staan', 'informatie of stukken die niet openbaar zijn')."""
    if not any(n.index < word.index for n in negated):
        return False
    position = words.index(word)
    for back in range(max(0, position - 3), position):
        if words[back].text in _JOINS and words[back].index > negated[0].index:
            between = words[back + 1 : position]
            after = words[position + 1].text if position + 1 < len(words) else ""
            if any(w.text in _NOT_PREDICATE for w in between) or not between and (not after or after in _NOT_PREDICATE):
                return False
            return True
    return False


_ADVISE = ("advis", "advice", "recommend", "warn", "caution", "counsel")


def _advised_against(words: tuple[Word, ...], position: int) -> bool:
    """'we would always advise (advice) against uploading …', 'recommends strongly against', 'warns staff against':
    advice against the act forbids it, as 'wij raden af' does."""
    if position + 1 < len(words) and words[position + 1].text in _ADVICE_OF:
        return False  # "Check the repair advice from AI against the manual": the advice compared, a noun
    return words[position].text.startswith(_ADVISE) and any(
        w.text == "against" for w in words[position + 1 : position + 4]
    )


_ADVICE_OF = frozenset("from of by van door uit".split())


_NEVER = frozenset(("nooit", "never", "niemals"))
_BUT_ALSO = frozenset(("maar", "but", "ook", "also"))


def _never_solely(words: tuple[Word, ...], position: int) -> bool:
    """'Baseer een beschuldiging nooit alleen op een AI-detector', 'never only on AI': *never* before *only* is
    *never solely*, a prohibition; 'nooit alleen … maar ook' and every 'niet alleen' / 'not only' stay *not only*."""
    return (
        words[position].text in _NEVER
        and words[position + 1].text in ("alleen", "only")
        and not any(w.text in _BUT_ALSO for w in words[position + 2 :])
    )
