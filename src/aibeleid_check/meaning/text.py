"""Reading a text once: the length cap, normalisation, words and clauses, cached.

Every text check in the package reads at most :data:`MAX_CHARS` characters, before and after NFKD
normalisation (NFKD can expand a character many times: 1 MiB of such text must stay fast), and every
text is read once: :func:`read` is the package's one cache.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from aibeleid_check.meaning.morph import Word, make_words

MAX_CHARS = 2000
"""A rule is a sentence or two; only this much of any text is read, so that no text can make a check slow."""

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?(?:-[a-z0-9]+)*-?")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]?!\u2013\u2014]|\.(?:\s|$)| - | / ")
_SENTENCE_BREAK = re.compile(r"[.!](?:\s|$)")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})


def normalise(text: str) -> str:
    """Lower case, accents removed (financiële → financiele), white space folded, at most MAX_CHARS."""
    decomposed = unicodedata.normalize("NFKD", text[:MAX_CHARS])[:MAX_CHARS]
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.lower().translate(_APOSTROPHES).split())


@dataclass(frozen=True, slots=True)
class Clause:
    """Words between two clause breaks (comma, colon, semicolon, parenthesis, sentence end)."""

    sentence: int
    words: tuple[Word, ...]


@dataclass(frozen=True, slots=True)
class Reading:
    """A text as the recogniser reads it."""

    plain: str
    words: tuple[Word, ...]
    clauses: tuple[Clause, ...]

    def clause_of(self, word: Word) -> Clause:
        for clause in self.clauses:
            if word in clause.words:
                return clause
        return self.clauses[-1]


@lru_cache(maxsize=4096)
def read(text: str) -> Reading:
    """Normalise, split into words (with their base forms and compound parts) and clauses."""
    plain = normalise(text)
    words: list[Word] = []
    clauses: list[Clause] = []
    for sentence_index, sentence in enumerate(s for s in _SENTENCE_BREAK.split(plain) if s.strip()):
        for part in _CLAUSE_BREAK.split(sentence):
            raw = _WORD.findall(part)
            if not raw:
                continue
            clause_words = make_words(raw, start=len(words), sentence=sentence_index)
            words.extend(clause_words)
            clauses.append(Clause(sentence_index, tuple(clause_words)))
    if not clauses:
        clauses.append(Clause(0, ()))
    return Reading(plain, tuple(words), tuple(clauses))
