"""The concepts' index kept beside the bytecode (meaning/concept.py): used only when current, never an answer of its
own. Each test builds or loads the index afresh in this process and puts the process's own back afterwards."""

from __future__ import annotations

import marshal
import sys

import pytest

from aibeleid_check import meaning
from aibeleid_check.meaning import concept

TEXTS = (
    ("Voer geen klantgegevens of persoonsgegevens in ChatGPT in.", "mag_niet"),
    ("Deel geen bedrijfsgeheimen, contracten of financiële details met AI-tools.", None),
    ("Laat AI nooit zelf een eindbesluit nemen over mensen.", None),
    ("Controleer altijd wat AI schrijft voordat je het gebruikt.", "moet"),
)
ANSWERS = {
    "Voer geen klantgegevens of persoonsgegevens in ChatGPT in.": "geen-persoonsgegevens",
    "Deel geen bedrijfsgeheimen, contracten of financiële details met AI-tools.": "geen-bedrijfsgeheimen",
    "Laat AI nooit zelf een eindbesluit nemen over mensen.": "geen-eindbesluit",
    "Controleer altijd wat AI schrijft voordat je het gebruikt.": "altijd-controleren",
}


def _forget() -> None:
    concept._EXACT.clear()
    concept._PREFIXES.clear()
    concept._LENGTHS.clear()
    concept._OF_FORM.clear()
    concept._OF_FORMS.clear()
    concept._INDEXED[0] = 0
    meaning.explain.cache_clear()


def _answers() -> list[tuple[str, ...]]:
    _forget_answers()
    return [tuple(repr(found) for found in meaning.explain(text, kind)) for text, kind in TEXTS]


def _forget_answers() -> None:
    meaning.explain.cache_clear()


@pytest.fixture
def kept(tmp_path, monkeypatch):
    """The kept index's place in a temporary directory; the process's own index restored afterwards."""
    saved = (dict(concept._EXACT), dict(concept._PREFIXES), list(concept._LENGTHS), concept._INDEXED[0])
    path = tmp_path / "__pycache__" / "concept.index"
    monkeypatch.setattr(concept, "_kept_path", lambda: str(path))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    _forget()
    yield path
    _forget()
    concept._EXACT.update(saved[0])
    concept._PREFIXES.update(saved[1])
    concept._LENGTHS[:] = saved[2]
    concept._INDEXED[0] = saved[3]


def test_the_rules_are_read_the_same_with_the_index_built_and_with_it_kept(kept):
    built = _answers()
    assert kept.is_file()
    index = (dict(concept._EXACT), dict(concept._PREFIXES), list(concept._LENGTHS))
    written = kept.stat().st_mtime_ns
    _forget()
    assert _answers() == built
    assert (concept._EXACT, concept._PREFIXES, concept._LENGTHS) == index
    assert kept.stat().st_mtime_ns == written  # (read, not built and written again)
    assert [[r.split("'")[1] for r in answer][:1] for answer in built] == [[ANSWERS[t]] for t, _ in TEXTS]


def _written_with(path, fingerprint: bytes, exact: dict[str, int], checksum_off: int = 0) -> None:
    import zlib

    payload = marshal.dumps((exact, {}), 2)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(fingerprint + ((zlib.crc32(payload) + checksum_off) % 2**32).to_bytes(4, "big") + payload)


def test_an_index_kept_for_other_word_lists_is_not_used(kept):
    built = _answers()
    _forget()
    _written_with(kept, b"\0" * 32, {"klantgegevens": 0})  # (stale: a fingerprint of other entries)
    assert _answers() == built
    assert concept._EXACT["klantgegevens"] != 0
    assert kept.read_bytes()[:32] == concept._fingerprint()  # (built again and kept again)


def test_a_damaged_kept_index_is_not_used(kept):
    built = _answers()
    fingerprint = kept.read_bytes()[:32]
    _forget()
    _written_with(kept, fingerprint, {"klantgegevens": 0}, checksum_off=1)  # (its checksum does not match)
    assert _answers() == built
    assert concept._EXACT["klantgegevens"] != 0
    data = bytearray(kept.read_bytes())
    data[-20] ^= 0xFF  # (one byte of the index flipped, the fingerprint intact)
    for damaged in (bytes(data), kept.read_bytes()[:-100], kept.read_bytes()[:30], b""):
        _forget()
        kept.write_bytes(damaged)
        assert _answers() == built


def test_the_fingerprint_changes_with_any_entry(kept, monkeypatch):
    before = concept._fingerprint()
    first = concept._CONCEPTS[0]
    monkeypatch.setattr(first, "_entries", (*first._entries, "extra"))
    assert concept._fingerprint() != before


def test_nothing_is_kept_when_bytecode_is_not_written(kept, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    _answers()
    assert not kept.exists()


def test_a_concept_made_after_the_index_is_asked_of_in_full(kept):
    _answers()
    late = concept.words("late", "klantgegevens control*")
    try:
        assert late.matches(meaning.text.read("klantgegevens").words[0])
        assert late.matches(meaning.text.read("controleren").words[0])
        assert not late.matches(meaning.text.read("brief").words[0])
    finally:
        concept._CONCEPTS.remove(late)


def test_an_entry_that_holds_a_separator_of_the_fingerprint_keeps_nothing(kept, monkeypatch):
    first = concept._CONCEPTS[0]
    monkeypatch.setattr(first, "_entries", (*first._entries[:-1], first._entries[-1] + "\x1f", "x"))
    assert concept._fingerprint() is None
    _answers()
    assert not kept.exists()


def test_every_example_opener_passes_the_plain_test_before_the_pattern() -> None:
    """text.py tests a part's first words as plain text before it compiles the example list's pattern: every
    alternative of the pattern must begin with one of those words, or a list would silently stop being read."""
    from aibeleid_check.meaning import text

    alternatives = text._EXAMPLE_START.removeprefix(r"\s*(").removesuffix(")").split("|")
    assert len(alternatives) >= 10
    for alternative in alternatives:
        written = alternative.replace("\\.?", ".").replace("\\b", "").replace("\\.", ".")
        assert text._opens_examples(f" {written} names"), alternative
        assert written.startswith(text._EXAMPLE_BEGINNINGS), alternative
