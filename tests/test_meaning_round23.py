"""Round 23: one table for "The same goes for …", the last testers' round's misses and false counts, and the
classes the tune half's errors showed; one class per test, each with a close sentence that must not count."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from aibeleid_check.meaning.antecedents import opens_same_rule, same_goes_for
from aibeleid_check.meaning.text import read

PD = "geen-persoonsgegevens"
BG = "geen-bedrijfsgeheimen"
GE = "geen-eindbesluit"
AC = "altijd-controleren"


# 1. "The same goes for …" is one table of openers: a sentence skipped when read on its own is the sentence read
#    again with the one before it, and a sentence that is not skipped is not rewritten.
_OPENERS = [
    "The same is true of draft committee reports and tender documents.",
    "The same holds for draft committee reports and tender documents.",
    "That goes for draft committee reports and tender documents too.",
    "This also applies to draft committee reports and tender documents.",
    "Hetzelfde gaat op voor interne notulen en offertes.",
    "Dit geldt eveneens voor interne notulen en offertes.",
    "Datzelfde geldt ook voor interne notulen en offertes.",
]
_NO_OPENERS = [
    "The same goes, of course, for draft committee reports.",
    "The same is expected of every team.",
    "This goes to the heart of our work.",
    "Dat geldt voor alle medewerkers.",
    "Dit voor de volledigheid.",
]


@pytest.mark.parametrize("sentence", _OPENERS + _NO_OPENERS)
def test_a_sentence_is_skipped_exactly_when_it_is_read_with_the_one_before(sentence: str) -> None:
    skipped = opens_same_rule(read(sentence).words)
    rewritten = same_goes_for(sentence) is not None
    assert skipped == rewritten == (sentence in _OPENERS)


def test_what_the_opener_names_is_given_as_written() -> None:
    assert same_goes_for("- The same holds true for: Tender Documents.") == "Tender Documents"
    assert same_goes_for("Hetzelfde geldt ook voor de notulen!") == "de notulen"


@pytest.mark.parametrize(
    "text",
    [
        "Client names must never go into Copilot. The same is true of draft committee reports and tender documents.",
        "Client names must never go into Copilot. That goes for draft committee reports and tender documents too.",
        "Klantgegevens mogen nooit in Copilot. Dit geldt eveneens voor interne notulen en offertes.",
    ],
)
def test_each_opener_of_the_table_takes_the_rule_before(text: str) -> None:
    assert BG in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Client names must never go into Copilot. The same is expected of draft committee reports.",
        "Client names may go into Copilot once anonymised. The same holds for draft committee reports.",
    ],
)
def test_no_opener_or_an_allowed_rule_before_gives_no_secret_rule(text: str) -> None:
    assert BG not in recognised_ids(text)
