"""A decision as a document one writes text into ('Neem geen tekst over in een besluit of brief', 'copy text into
a decision or letter'): the word names the paper, not a decision taken, so it is no word of geen-eindbesluit and
does not make a check of that text a check of a decision (round 27)."""

from __future__ import annotations

from aibeleid_check.meaning import concepts as c
from aibeleid_check.meaning.finding import Words
from aibeleid_check.meaning.morph import Word

_INTO = frozenset("in into naar to onto".split())
_DETERMINERS = frozenset("een de het het a an the your je jouw uw our ons onze elk elke every any".split())
_WRITING = (
    "overnem",
    "overgenom",
    "neem",
    "neemt",
    "copy",
    "copie",
    "copied",
    "kopieer",
    "kopier",
    "plak",
    "paste",
    "zet",
    "put",
    "schrijf",
    "write",
    "opnem",
    "opgenom",
    "include",
    "insert",
    "voeg",
    "terechtk",
)


def written_into(words: Words, word: Word) -> bool:
    """'in een besluit of brief', 'into a decision or letter', 'in het besluit': a decision noun after 'in' / 'into'
    and a determiner (so a noun), with a verb of putting text there in the sentence and no AI said to decide."""
    if not (c.DECIDE.matches(word) or c.DECIDE_WEAK.matches(word)):
        return False
    position = words.index(word)
    before = [w.text for w in words[max(0, position - 2) : position]]
    if len(before) < 2 or before[-2] not in _INTO or before[-1] not in _DETERMINERS:
        return False
    return any(w.text.startswith(_WRITING) for w in words[:position]) or any(
        w.text in ("tekst", "text", "zin", "zinnen", "sentence", "passage", "paragraph", "alinea") for w in words
    )
