"""Round 22: what the tenth testers' own-words policies showed, one class per test, each with a close sentence
that must not count."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids

PD = "geen-persoonsgegevens"
BG = "geen-bedrijfsgeheimen"
GE = "geen-eindbesluit"
AC = "altijd-controleren"


# 1. A deciding verb before a list of questions decides each of them ("kiest nooit welk ontwerp we indienen,
#    welke aannemer de opdracht krijgt …"): who gets a contract is decided even when it is not the first question.
@pytest.mark.parametrize(
    "text",
    [
        "Een AI-tool kiest nooit welk ontwerp we indienen, welke aannemer de opdracht krijgt of wat een offerte kost; "
        "dat besluiten de partners.",
        "AI bepaalt niet welk ontwerp we kiezen, welke leverancier de opdracht krijgt of welke medewerker het project "
        "leidt.",
        "ChatGPT kiest nooit welke offerte we uitbrengen, welke sollicitant we uitnodigen of wie er promotie krijgt.",
    ],
)
def test_a_list_of_questions_after_the_deciding_verb_is_decided_whole(text: str) -> None:
    assert GE in recognised_ids(text)


def test_a_list_of_questions_about_no_one_is_no_decision() -> None:
    text = (
        "Een AI-tool kiest nooit welk lettertype we gebruiken, welke kleur de folder krijgt of wat de kop wordt; "
        "dat besluiten de partners."
    )
    assert GE not in recognised_ids(text)
