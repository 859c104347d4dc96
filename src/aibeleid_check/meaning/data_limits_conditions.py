"""Limits that are none (guide): a limit whose condition is not named ("alleen onder voorwaarden", "under
certain conditions"), one that asks only care ("alleen met de nodige voorzichtigheid") (:func:`_vague_condition`),
or one that names a legal basis ("only where it has a lawful basis": :func:`_legal_basis`).
"""

from __future__ import annotations

from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.force_words import ONLY

_BASIS = frozenset("lawful legal wettelijke wettige juridische".split())


def _legal_basis(words: Words) -> bool:
    """'will only process your personal data where it has a lawful basis', 'alleen met een grondslag': a legal
    basis, a mention (guide)."""
    return any(
        w.text.startswith("grondslag") or w.text in ("basis", "grond") and p and words[p - 1].text in _BASIS
        for p, w in enumerate(words)
    )


_CONDITIONS = frozenset("conditions circumstances voorwaarden omstandigheden cases gevallen".split())
_UNNAMED = frozenset("certain specific bepaalde specifieke some sommige strict strikte strenge".split())
_NAMING = frozenset("of van that die which waarbij such zoals described beschreven listed set below hieronder".split())


_CARE = frozenset(
    "voorzichtigheid zorg zorgvuldigheid terughoudendheid beleid mate care caution discretion moderation "
    "voorzichtig zorgvuldig terughoudend verantwoord bewust carefully cautiously responsibly sparingly".split()
)
_CARE_FILLERS = frozenset("met with de the nodige gepaste grote due great all appropriate enige some".split())


def _only_with_care(words: Words) -> bool:
    """'Gegevens van leerlingen gebruik je in AI alleen met de nodige voorzichtigheid', 'only with due care':
    the only thing the limit asks is care, a permission with a vague condition (guide), as 'mits verantwoord'."""
    for position, word in enumerate(words):
        if not ONLY.matches(word):
            continue
        rest = [w.text for w in words[position + 1 : position + 5]]
        manner = next((text for text in rest if text not in _CARE_FILLERS), "")
        if manner in _CARE:
            return True
    return False


def _vague_condition(words: Words) -> bool:
    """'may only be processed by AI systems under certain conditions', 'alleen onder voorwaarden': a limit whose
    condition is not named is a permission with a vague condition (guide), not the limit ('only in approved
    tools', 'alleen geanonimiseerd'); so is a limit that asks only care ('alleen met de nodige voorzichtigheid')."""
    if _only_with_care(words):
        return True
    for position, word in enumerate(words):
        if word.text not in _CONDITIONS or position == 0:
            continue
        before = position - 1 if words[position - 1].text not in _UNNAMED else position - 2
        if before < 0 or words[before].text not in ("under", "onder", "in", "bij"):
            continue
        after = words[position + 1].text if position + 1 < len(words) else ""
        if after not in _NAMING:
            return True
    return False
