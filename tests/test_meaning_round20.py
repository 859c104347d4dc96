"""Round twenty: a false count and misses that the eighth testers found in policies they wrote themselves (not
corpus material), and near misses that ``herken`` told them falsely or not at all. Each class is written in fresh
wording with near-misses that must keep their answer; the first-sight score (how many cases of the group the engine
answered right before the change) is in the comment above it. (list, text, the rules it states, exactly); the list
is None for a sentence on its own."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import Force, explain, near_misses, recognised_ids
from aibeleid_check.meaning.near import near_message
from rule_ids import AC, EB, PG, SG

CASES: list[tuple[str | None, str, set[str]]] = [
    # A. A negation inside a relative clause that qualifies one noun ('Vraagprijzen die nog niet gepubliceerd zijn',
    # 'prices that have not been published') limits that noun, not the whole sentence: no 'only public information'
    # limit, so no personal data; what is not public of any kind ('informatie die niet openbaar is', 'niets wat niet
    # op internet zou mogen staan', 'anything that has not been published') stays both data rules (testers' false
    # count 1; first sight 6/9)
    (
        None,
        "Vraagprijzen die nog niet gepubliceerd zijn, courtageafspraken, opdrachtovereenkomsten en onze cijfers "
        "voeren we nooit in een AI-tool in.",
        {SG},
    ),
    (None, "Courtageafspraken, opdrachtovereenkomsten en onze cijfers voeren we nooit in een AI-tool in.", {SG}),
    (None, "Never enter prices that have not been published into ChatGPT.", {SG}),
    (
        None,
        "Tarieven die nog niet bekendgemaakt zijn en offertes die nog niet openbaar zijn plak je nooit in AI.",
        {SG},
    ),
    (None, "Stukken die nog niet openbaar zijn, voer je nooit in een AI-tool in.", {SG}),
    (None, "Informatie die niet openbaar is, voer je niet in een AI-tool in.", {PG, SG}),
    (None, "Voer niets in wat niet op internet zou mogen staan.", {PG, SG}),
    (None, "Never enter anything that has not been published into ChatGPT.", {PG, SG}),
    (None, "Klantgegevens die niet openbaar zijn, voer je nooit in een AI-tool in.", {PG}),
    # B. A protected-object word as the topic of a decision or of a check ('decide on … player bans or budgets',
    # 'Check every AI text for wrong specs, prices and sizes') does not take the sentence from the decision or check
    # rule; a ban that is decided about is no second negation. A check for personal data stays the data rule's, and a
    # secret that is put into AI is still a secret (testers' misses 2 and 3; first sight 5/9)
    (None, "AI doesn't get to decide on hiring, firing, player bans or budgets. People do.", {EB}),
    (None, "AI doesn't get to decide on hiring, firing or player bans.", {EB}),
    (None, "AI mag niet beslissen over budgetten of personeel.", {EB}),
    (None, "Check every AI text for wrong specs, prices and sizes before it goes on the site.", {AC}),
    (None, "Controleer elke AI-tekst op foute prijzen voordat hij op de site komt.", {AC}),
    (None, "Check every AI text for errors before it goes on the site.", {AC}),
    (None, "Check every AI text for customer names before it goes on the site.", set()),
    (None, "Never paste budgets or prices into ChatGPT.", {SG}),
    (None, "The board decides on budgets every year.", set()),
    # C. Reading and correcting AI's text before it goes out is the check, whatever the verb of going out: 'before
    # posting', 'before sending', 'before it is posted', 'voordat ze geplaatst worden', as 'before it is published'
    # already was; a read before posting that is no AI text's is nothing (testers' miss 4; first sight 4/7)
    (None, "Always read AI texts yourself and correct them before posting.", {AC}),
    (None, "Always read AI texts yourself and correct them before sending.", {AC}),
    (None, "Always read AI texts yourself and correct them before it is posted.", {AC}),
    (None, "Always read AI texts yourself and correct them before it is published.", {AC}),
    (None, "Lees AI-teksten altijd zelf na voordat ze geplaatst worden.", {AC}),
    (None, "Always read the instructions before posting a parcel.", set()),
    (None, "Staff read the newsletter before it is posted.", set()),
]


@pytest.mark.parametrize(("kind", "text", "rules"), CASES)
def test_round20(kind: str | None, text: str, rules: set[str]) -> None:
    assert recognised_ids(text, kind) == rules


def _force(text: str, rule: str) -> Force:
    (found,) = [item for item in explain(text) if item.rule == rule]
    return found.force


def test_the_relative_clause_leaves_the_prohibition_its_force() -> None:
    text = (
        "Vraagprijzen die nog niet gepubliceerd zijn, courtageafspraken, opdrachtovereenkomsten en onze cijfers "
        "voeren we nooit in een AI-tool in."
    )
    assert _force(text, SG) is Force.PROHIBITION


def test_what_is_not_public_of_any_kind_stays_a_limit() -> None:
    assert _force("Informatie die niet openbaar is, voer je niet in een AI-tool in.", PG) is Force.LIMIT


# D. herken's near misses tell the truth: beside a negation the decision word's near miss does not claim that
# "nobody is forbidden from deciding"; AI's errors or reading AI's text are a check concept when no check word is
# there ('Houd er rekening mee dat AI fouten kan maken.' said nothing); a sentence that now counts has none
# (testers' finding 4; first sight 3/6)
def _near(text: str, kind: str | None = None) -> set[tuple[str, str, str]]:
    return {(miss.rule, miss.found, miss.missing) for miss in near_misses(text, kind)}


def test_errors_of_ai_are_a_check_near_miss() -> None:
    (miss,) = [m for m in near_misses("Houd er rekening mee dat AI fouten kan maken.") if m.rule == AC]
    assert (miss.found, miss.missing, miss.words) == ("check-concept", "output", ("fouten",))
    assert near_message(miss).en == "found: fouten (checking), but no duty to check what AI produces"


def test_errors_without_ai_are_no_near_miss() -> None:
    assert _near("Fouten maken hoort bij leren.") == set()


def test_a_decision_word_beside_a_negation_is_not_said_to_forbid_nobody() -> None:
    assert _near("Decisions are not always easy.") == {(EB, "decision", "reading")}
    assert "niemand wordt verboden" not in near_message(near_misses("Decisions are not always easy.")[0]).nl


def test_a_decision_word_without_a_negation_keeps_its_near_miss() -> None:
    assert _near("We decide together.") == {(EB, "decision", "decider")}


@pytest.mark.parametrize(
    "text",
    [
        "AI doesn't get to decide on hiring, firing, player bans or budgets. People do.",
        "Always read AI texts yourself and correct them before posting.",
    ],
)
def test_a_sentence_that_counts_has_no_near_miss(text: str) -> None:
    assert near_misses(text) == ()


# E. What AI is meant for ('AI is meant to support us, not to replace clinical judgement') is an aim, as 'is bedoeld
# om' and 'is intended to' are: it states no rule; a rule after its semicolon, a person who is meant to do something
# and AI that must not replace the judgement still count (testers' finding 5; first sight 4/5)
@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("AI is meant to support us, not to replace clinical judgement.", set()),
        ("Our AI tools are meant to help, not to replace the teacher's judgement.", set()),
        ("AI tools are meant to support staff; they must never make the final decision on a patient.", {EB}),
        ("Staff are meant to check every AI answer.", {AC}),
        ("AI must not replace clinical judgement.", {EB}),
    ],
)
def test_what_ai_is_meant_for_is_an_aim(text: str, rules: set[str]) -> None:
    assert recognised_ids(text) == rules


def test_the_meant_for_sentence_is_read_as_an_aim() -> None:
    assert _force("AI is meant to support us, not to replace clinical judgement.", EB) is Force.AIM
