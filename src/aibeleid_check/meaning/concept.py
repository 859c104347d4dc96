"""A concept: a set of words (each standing for all its forms, see :mod:`morph`) and word beginnings.

Every concept made gets a bit, and one index holds all of them: per exact form and per word beginning, the
bits of the concepts it is a form of. The first question asked of any concept builds the index (the forms of
every entry, worked out once per distinct entry); a word's forms are then looked up once for all concepts
(remembered per form and per form set), and a concept's answer is its bit of that. A concept made after the
index was built (a module imported late) is added to it at the next question.

Working out every entry's forms costs milliseconds that a one-file check pays at every start, so the index is
kept beside this module's bytecode (``__pycache__/concept.<tag>.index``), written and read as Python writes and
reads bytecode (not when ``sys.dont_write_bytecode``; a directory that cannot be written is left alone). It is
used only when its fingerprint matches: a sha256 of the Python version, the source of this module and of
:mod:`morph` (what a form is), and every concept's entries in the order made. Anything else, a word list
changed or a file damaged, and the index is built again from the entries, so it can never answer differently.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from collections.abc import Iterable

from aibeleid_check.meaning.morph import Word, forms_of

_FUNCTION_WORDS = frozenset(
    # a base form never stands for one of these ("mens" is not "men", "wills" is not "will")
    "men wij je ze die dat wat wie als of en in op aan van is zijn was kan mag moet wil will can may must "
    "other our its his her their the a an and or to it this that these those".split()
)


_MEMO_SIZE = 16384
"""Forms and form sets the index remembers the concepts of (a batch reads many texts; a memo starts again when
full)."""

_CONCEPTS: list[Concept] = []
"""Every concept made, in the order made: a concept's bit is ``1 << its place``."""
_INDEXED = [0]
"""How many of ``_CONCEPTS`` the index holds (a list: changed in place)."""
_EXACT: dict[str, int] = {}
"""A form -> the bits of the concepts it is an exact form of (of a ``raw`` concept: an entry as written)."""
_PREFIXES: dict[str, int] = {}
"""A word beginning (an entry ``control*`` without its star) -> the bits of the concepts it begins."""
_LENGTHS: list[int] = []
"""The lengths of the word beginnings in ``_PREFIXES``, shortest first."""
_OF_FORM: dict[str, int] = {}
"""Memo: a form -> the bits of every concept it matches (exactly or by a beginning)."""
_OF_FORMS: dict[frozenset[str], int] = {}
"""Memo: a word's form set -> the bits of every concept one of its forms matches."""


class Concept:
    __slots__ = ("name", "_entries", "_raw", "_bit")

    def __init__(self, name: str, *entries: str, raw: bool = False) -> None:
        """``raw``: match the word as written only, not its base forms (for function words: "alle" is a
        base form of "alleen", but not the same word). The forms are worked out when a concept is first
        asked (the index, see the module's docstring), not at import."""
        self.name = name
        self._raw = raw
        self._entries = entries
        self._bit = 1 << len(_CONCEPTS)
        _CONCEPTS.append(self)
        if _INDEXED[0]:  # (made after the index: what it remembers lacks this concept's bit)
            _OF_FORM.clear()
            _OF_FORMS.clear()

    def matches(self, word: Word) -> bool:
        # (the engine's most frequent call: one memo lookup for all concepts, then this concept's bit)
        if self._raw:
            bits = _OF_FORM.get(word.text)
            if bits is None:
                bits = _form_bits(word.text)
        else:
            bits = _OF_FORMS.get(word.forms)
            if bits is None:
                bits = _forms_bits(word.forms)
        return bits & self._bit != 0

    def matches_forms(self, forms: Iterable[str]) -> bool:
        bit = self._bit
        for form in forms:
            bits = _OF_FORM.get(form)
            if (bits if bits is not None else _form_bits(form)) & bit:
                return True
        return False

    def matches_part(self, word: Word) -> bool:
        """A modifier of the compound is this concept (klant in klantgegevens)."""
        return bool(word.parts) and self.matches_forms(word.parts)

    def __repr__(self) -> str:
        return f"Concept({self.name})"


def _form_bits(form: str) -> int:
    """The bits of every concept ``form`` is (an exact form, or begins with a word beginning), remembered."""
    if _INDEXED[0] < len(_CONCEPTS):
        _index()
    bits = _EXACT.get(form, 0)
    size = len(form)
    for length in _LENGTHS:
        if length > size:
            break
        found = _PREFIXES.get(form[:length])
        if found is not None:
            bits |= found
    if len(_OF_FORM) >= _MEMO_SIZE:
        _OF_FORM.clear()
    _OF_FORM[form] = bits
    return bits


def _forms_bits(forms: frozenset[str]) -> int:
    """The bits of every concept one of a word's forms is, remembered per form set."""
    bits = 0
    for form in forms:
        found = _OF_FORM.get(form)
        bits |= found if found is not None else _form_bits(form)
    if len(_OF_FORMS) >= _MEMO_SIZE:
        _OF_FORMS.clear()
    _OF_FORMS[forms] = bits
    return bits


def _index() -> None:
    """Add the concepts made since the index was last built (all of them, the first time: from the kept index
    when it is there and current, see the module's docstring)."""
    path = _kept_path() if not _INDEXED[0] else None
    fingerprint = _fingerprint() if path is not None else None
    if fingerprint is None or path is None or not _load(path, fingerprint):
        _add_to_index()
        if fingerprint is not None and path is not None and not sys.dont_write_bytecode:
            _store(path, fingerprint)
    _LENGTHS[:] = sorted({len(prefix) for prefix in _PREFIXES})
    _INDEXED[0] = len(_CONCEPTS)
    _OF_FORM.clear()
    _OF_FORMS.clear()


def _add_to_index() -> None:
    """Each entry's forms (worked out once per distinct entry; a base form that is a function word is kept only
    as the entry itself) or its word beginning, for the concepts made since the index was last built."""
    kept: dict[str, tuple[str, ...]] = {}
    exact, prefixes = _EXACT, _PREFIXES
    for concept in _CONCEPTS[_INDEXED[0] :]:
        bit = concept._bit
        raw = concept._raw
        for entry in concept._entries:
            if entry.endswith("*"):
                prefix = entry[:-1]
                prefixes[prefix] = prefixes.get(prefix, 0) | bit
                continue
            if raw:
                forms: tuple[str, ...] = (entry,)
            else:
                found = kept.get(entry)
                if found is None:
                    found = kept[entry] = tuple(f for f in forms_of(entry) if f == entry or f not in _FUNCTION_WORDS)
                forms = found
            for form in forms:
                exact[form] = exact.get(form, 0) | bit


_KEPT_FORMAT = 4
"""marshal's format for the kept index."""


def _kept_path() -> str | None:
    """Where the index is kept: beside this module's bytecode, wherever Python keeps that."""
    from importlib.util import cache_from_source

    try:
        return os.path.splitext(cache_from_source(__file__))[0] + ".index"
    except (NotImplementedError, ValueError):  # (no bytecode cache in this interpreter)
        return None


def _fingerprint() -> bytes | None:
    """What the index depends on: the Python version, this module and :mod:`morph` as written (their source
    or, without it, their bytecode), and every concept's entries in the order made; None when a module's file
    cannot be read or an entry holds a separator of the fingerprint's text (then nothing is kept)."""
    import hashlib

    from aibeleid_check.meaning import morph

    digest = hashlib.sha256(sys.version.encode())
    for path in (__file__, morph.__file__):
        try:
            with open(path or "", "rb") as source:
                digest.update(source.read())
        except OSError:
            return None
    # (per concept: raw or not, the number of entries, the entries; a text with one meaning as long as no entry
    # holds a separator, which the counts check: marshal writes a list of them ten times slower)
    text = "\x1e".join(
        f"{'r' if concept._raw else 'w'}{len(concept._entries)}\x1f" + "\x1f".join(concept._entries)
        for concept in _CONCEPTS
    )
    if text.count("\x1e") != len(_CONCEPTS) - 1 or text.count("\x1f") != sum(
        max(len(concept._entries), 1) for concept in _CONCEPTS
    ):
        return None
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.digest()


def _load(path: str, fingerprint: bytes) -> bool:
    """Fill the index from the kept one at ``path`` if that is whole and has this fingerprint."""
    try:
        with open(path, "rb") as kept:
            data = kept.read()
    except OSError:
        return False
    size = len(fingerprint)
    if data[:size] != fingerprint or len(data) < size + 4:
        return False
    payload = data[size + 4 :]
    if zlib.crc32(payload) != int.from_bytes(data[size : size + 4], "big"):
        return False  # (a damaged file)
    try:
        exact, prefixes = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return False
    if type(exact) is not dict or type(prefixes) is not dict:
        return False
    _EXACT.update(exact)
    _PREFIXES.update(prefixes)
    return True


def _store(path: str, fingerprint: bytes) -> None:
    """Keep the index just built at ``path`` (written whole, then moved into place: a parallel run reads either
    the old file or the new one); a place that cannot be written is left as it is."""
    payload = marshal.dumps((_EXACT, _PREFIXES), _KEPT_FORMAT)
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as kept:
            kept.write(fingerprint + zlib.crc32(payload).to_bytes(4, "big") + payload)
        os.replace(temporary, path)
    except OSError:
        try:
            os.remove(temporary)
        except OSError:
            pass


def any_of(word: Word, *concepts: Concept) -> bool:
    """The word is one of these concepts."""
    return any(concept.matches(word) for concept in concepts)


def words(name: str, entries: str) -> Concept:
    """A concept from a word table written as one string: words and word beginnings (``control*``),
    separated by white space. Compiling one string is cheaper than compiling a thousand literals."""
    return Concept(name, *entries.split())


def words_raw(name: str, entries: str) -> Concept:
    """As :func:`words`, matching the words as written only (function words, see ``Concept``)."""
    return Concept(name, *entries.split(), raw=True)
