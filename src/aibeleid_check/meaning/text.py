"""Reading a text once: the length cap, normalisation, words and clauses, cached.

Every text check in the package reads at most :data:`MAX_CHARS` characters, before and after NFKD
normalisation (NFKD can expand a character many times: 1 MiB of such text must stay fast), and every
text is read once: :func:`read` caches the reading (and ``explain`` what the recognisers make of it).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import NamedTuple

from aibeleid_check.meaning.morph import Word, make_words

MAX_CHARS = 2000
"""A rule is a sentence or two; only this much of any text is read, so that no text can make a check slow."""

# (Every text needs the first three patterns; the others compile when a text first needs them: compiling a
# pattern costs a tenth of a millisecond or more, which a one-file check pays at every start. The dashes of
# _CLAUSE_BREAK are alternatives of their own: in the character class they made compiling it four times dearer.)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?(?:-[a-z0-9]+)*-?")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]?!]|\u2013|\u2014|\.(?:\s|$)| - | / ")
_SENTENCE_BREAK = re.compile(r"[.!](?:\s|$)")
_ABBREVIATION = (
    # "e.g. names", "bijv. cv's", "o.a. BSN", "etc. and": the dots of an abbreviation end no sentence
    r"\b(e\.g|i\.e|etc|bijv|bv|b\.v|o\.a|m\.b\.t|t\.a\.v|d\.w\.z|enz|incl|excl|approx|ca|vs|nr|no|art|zgn|"
    r"evt|resp|m\.n|a\.u\.b|cf|viz|al)\.(?=\s)"
)
_ASIDE = r"\(([^()]*)\)"


@cache
def _compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern compiled the first time it is needed."""
    return re.compile(pattern, flags)


_APOSTROPHES = str.maketrans(  # and hyphens: Word writes non-breaking (U+2011) and soft (U+00AD) ones
    {"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u2010": "-", "\u2011": "-", "\u00ad": None}
)


def normalise(text: str) -> str:
    """Lower case, accents removed (financiële → financiele), white space folded, at most MAX_CHARS."""
    decomposed = unicodedata.normalize("NFKD", text[:MAX_CHARS])[:MAX_CHARS]
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.lower().translate(_APOSTROPHES).split())


class Clause(NamedTuple):
    """Words between two clause breaks (comma, colon, semicolon, parenthesis, sentence end)."""

    sentence: int
    words: tuple[Word, ...]
    question: bool = False
    """The clause ends in a question mark ("Mag ik klantgegevens invoeren? Nee.")."""
    fresh: bool = False
    """The clause follows a semicolon: a main clause of its own, which inherits no force."""
    host: int = -1
    """An aside (a parenthesis, an example list between commas): the position of the clause it interrupts."""


class Reading(NamedTuple):
    """A text as the recogniser reads it."""

    plain: str
    words: tuple[Word, ...]
    clauses: tuple[Clause, ...]

    def clause_of(self, word: Word) -> Clause:
        for clause in self.clauses:
            if word in clause.words:
                return clause
        return self.clauses[-1]

    def sentence_words(self) -> list[tuple[Word, ...]]:
        """The words of each sentence, in order."""
        grouped: dict[int, list[Word]] = {}
        for word in self.words:
            grouped.setdefault(word.sentence, []).append(word)
        return [tuple(words) for _, words in sorted(grouped.items())]


Part = tuple[str, bool, bool, int]
"""A clause's text, whether it ends in a question mark, follows a semicolon, and the part it interrupts."""

_HOLE = "\x01"  # where a parenthesis stood, so that its aside knows the clause it interrupts
_GAP = "\x02"  # where an example list between commas stood


def _parts(sentence: str) -> list[Part]:
    """The clauses of a sentence; the asides (parentheses, example lists between commas) last."""
    asides: list[str] = []
    main = sentence
    if "(" in sentence:  # "AI must not (e.g. in hiring) decide": the aside interrupts a clause
        asides = _compiled(_ASIDE).findall(sentence)
        main = _compiled(_ASIDE).sub(f" {_HOLE} ", sentence)
    parts: list[Part] = []
    start, fresh = 0, False
    for match in _CLAUSE_BREAK.finditer(main):
        parts.append((main[start : match.start()], match.group() == "?", fresh, -1))
        start, fresh = match.end(), match.group() == ";"
    parts.append((main[start:], False, fresh, -1))
    kept, inner = _examples_last(parts)
    holes = [position for position, part in enumerate(kept) for _ in range(part[0].count(_HOLE))]
    return kept + inner + [(aside, False, False, holes[n] if n < len(holes) else -1) for n, aside in enumerate(asides)]


EXAMPLE_OPENERS = frozenset("such zoals e eg bijv bijvoorbeeld including waaronder inclusief namely".split())
"""The first word of a list of examples, as a word ("e" of "e.g."); ``_EXAMPLE_START`` is the same list as text."""

_EXAMPLE_START = r"\s*(zoals|such as|e\.?g\b|eg|bijv\b|bijvoorbeeld|including|inclusief|waaronder|namely|onder andere)"
_EXAMPLE_BEGINNINGS = (
    "zoals",
    "such as",
    "e.g",
    "eg",
    "bijv",
    "including",
    "inclusief",
    "waaronder",
    "namely",
    "onder andere",
)
"""How a part that ``_EXAMPLE_START`` matches begins after its white space (a test without the pattern)."""


def _opens_examples(text: str) -> bool:
    """The part opens a list of examples ("zoals notulen", "e.g. names")."""
    return text.lstrip().startswith(_EXAMPLE_BEGINNINGS) and _compiled(_EXAMPLE_START).match(text) is not None


def _examples_last(parts: list[Part]) -> tuple[list[Part], list[Part]]:
    """'Upload geen vertrouwelijke stukken, zoals notulen, naar AI-diensten': an example list between commas
    is an aside, read after its sentence as a parenthesis is, so the clause around it stays whole."""
    kept: list[Part] = []
    asides: list[Part] = []
    joining = False
    position = 0
    while position < len(parts):
        part = parts[position]
        if 0 < position < len(parts) - 1 and _opens_examples(part[0]) and not part[1] and kept:
            end = _list_end(parts, position + 1)
            members = ", ".join(p[0] for p in parts[position:end])
            asides.append((members, False, False, len(kept) - 1))
            joining = end < len(parts) and not _opens_clause(parts[end][0])
            # ("…, zoals BSN, inkomen of aangiftes." lists to the end: nothing to join; "…, such as letters,
            # provided you check them" goes on with a clause of its own)
            position = end
            continue
        if joining:
            text, _, fresh, _ = kept.pop()
            kept.append((f"{text} {_GAP} {part[0]}", part[1], fresh, -1))
            joining = False
        else:
            kept.append(part)
        position += 1
    return kept, asides


_LEADS_ON = frozenset(
    "naar in into to met with aan voor bij op onto from uit zonder without before voordat tenzij unless "
    "en and of or maar but".split()
)
_MEMBER_WORDS = 4


def _list_end(parts: list[Part], start: int) -> int:
    """Where the example list that opened before ``start`` ends: more members follow while they are short
    and do not lead the sentence on ("…, zoals BSN, inkomen of aangiftes."); a list that does not run to the
    sentence's end ends with its last member joined by *and*/*or* ("…, including names, addresses and phone
    numbers, into ChatGPT"), or else is one member long, and the part after it goes on with the clause
    ("…, zoals notulen, naar AI-diensten")."""
    end = start
    while end < len(parts) and not parts[end - 1][1] and _member(parts[end][0]):
        end += 1
    if end == len(parts):
        return end
    closing = [p + 1 for p in range(start, end) if _compiled(_JOINED_LAST).search(parts[p][0])]
    return closing[-1] if closing else start


_JOINED_LAST = r"\s(?:and|or|en|of|and/or|en/of)\s+\S"


_CLAUSE_WORDS = frozenset(
    "altijd always nooit never zelf yourself niet not geen no must moet moeten should mag may eerst first".split()
)


_CLAUSE_OPENERS = frozenset(
    "provided if when unless where which that who whose because mits als indien wanneer tenzij zolang die dat "
    "waarbij waarmee omdat zodat but maar however echter".split()
)


def _opens_clause(text: str) -> bool:
    """The part after an example list opens a clause of its own: a subordinate or contrasting one ("provided you
    check them", "mits je ze nakijkt"), or a joined one with a marker of its own ("and always check the output"),
    not the rest of the interrupted clause ("naar AI-diensten", "into ChatGPT")."""
    words = text.lower().split()
    if not words:
        return False
    if words[0] in _CLAUSE_OPENERS or words[:3] in (["as", "long", "as"], ["so", "long", "as"]):
        return True
    return words[0] in ("and", "or", "en", "of") and bool(_CLAUSE_WORDS.intersection(words))


def _member(text: str) -> bool:
    """A short list member ("inkomen of aangiftes"), not the rest of the clause ("altijd zelf", "naar AI")."""
    words = text.lower().rstrip(".!").split()
    return (
        0 < len(words) <= _MEMBER_WORDS
        and words[0] not in _LEADS_ON
        and not _CLAUSE_WORDS.intersection(words)
        and _HOLE not in text
    )


def read(text: str) -> Reading:
    """Normalise, split into words (with their base forms and compound parts) and clauses."""
    # Only the first MAX_CHARS are ever read: the cache holds that much, never a rule text of megabytes.
    return _read(text[:MAX_CHARS])


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` as written, split where :func:`read` splits them: at "." or "!" before a
    space, not after an abbreviation ("e.g. names"). Of the first :data:`MAX_CHARS` characters only."""
    text = text[:MAX_CHARS]
    kept = {match.end() - 1 for match in _compiled(_ABBREVIATION, re.IGNORECASE).finditer(text)}  # (as written)
    found: list[str] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        if match.start() in kept:
            continue
        found.append(text[start : match.start() + 1].strip())
        start = match.end()
    found.append(text[start:].strip())
    return [sentence for sentence in found if sentence]


def _marks(part: str, start: int, found: dict[str, list[int]]) -> None:
    """Per marker (an example list, a parenthesis), the index of the word before each place it stood."""
    if _GAP not in part and _HOLE not in part:
        return
    count = 0
    for piece in re.split(f"([{_GAP}{_HOLE}])", part):
        if piece in found:
            found[piece].append(start + count - 1 if count else -1)
        else:
            count += len(_WORD.findall(piece))


@lru_cache(maxsize=4096)
def _read(text: str) -> Reading:
    plain = normalise(text)
    words: list[Word] = []
    clauses: list[Clause] = []
    unabbreviated = plain
    if ". " in plain:  # (an abbreviation's dot is followed by white space, in a normalised text a space)
        unabbreviated = _compiled(_ABBREVIATION).sub(lambda m: m.group(1).replace(".", ""), plain)
    for sentence_index, sentence in enumerate(s for s in _SENTENCE_BREAK.split(unabbreviated) if s.strip()):
        placed: dict[int, int] = {}  # part number -> clause position
        places: dict[str, list[int]] = {_GAP: [], _HOLE: []}
        follows: list[int] = []  # the word each aside follows: example lists first, then parentheses (as _parts)
        for number, (part, question, fresh, host) in enumerate(_parts(sentence)):
            if host < 0:
                _marks(part, len(words), places)
            elif not follows and (places[_GAP] or places[_HOLE]):
                follows = [*places[_GAP], *places[_HOLE]]
                places = {_GAP: [], _HOLE: []}
            after = follows.pop(0) if host >= 0 and follows else -1
            raw = _WORD.findall(part)
            if not raw:
                continue
            clause_words = make_words(raw, start=len(words), sentence=sentence_index)
            if after >= 0:
                clause_words = [w._replace(after=after) for w in clause_words]
            words.extend(clause_words)
            placed[number] = len(clauses)
            clauses.append(Clause(sentence_index, tuple(clause_words), question, fresh, placed.get(host, -1)))
    if not clauses:
        clauses.append(Clause(0, ()))
    return Reading(plain, tuple(words), tuple(clauses))
