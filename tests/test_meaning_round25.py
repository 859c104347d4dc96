"""Round 25: decisions and bans. One class per test, each with a close sentence that must not count; every
sentence is made up for the class, none is copied from the corpus."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids

PD = "geen-persoonsgegevens"
BG = "geen-bedrijfsgeheimen"
GE = "geen-eindbesluit"


# 1. Safety: "X beslist, nooit Y" sets Y against the decider; the negation is not the negation of the deciding verb.
#    AI set against a person is what a prohibition names; a person set against AI gives AI the decision, no rule.
@pytest.mark.parametrize(
    "text",
    [
        "Of een klant korting krijgt, beslist Peter, nooit de AI.",
        "De manager beslist over korting, niet de AI.",
        "The manager decides on refunds, never the chatbot.",
    ],
)
def test_a_person_deciding_against_ai_counts(text: str) -> None:
    assert GE in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Of een klant korting krijgt, beslist de AI, nooit Peter.",
        "AI decides, not the manager.",
        "De AI kiest, niet de planner.",
        "The chatbot decides on refunds, not our staff.",
        "De AI neemt de beslissing, nooit de medewerker.",
        "Of een klant korting krijgt, beslist de computer, nooit Peter.",
    ],
)
def test_ai_deciding_against_a_person_is_no_prohibition(text: str) -> None:
    assert GE not in recognised_ids(text)
    assert GE not in recognised_ids(text, "mag_niet")


@pytest.mark.parametrize(
    "text",
    [
        "Laat AI nooit een eindbesluit nemen.",  # the negation is the deciding verb's own
        "AI selecteert geen kandidaten.",
        "Besluiten over klanten worden nooit door een AI-systeem genomen.",
    ],
)
def test_a_negated_decision_of_ai_still_counts(text: str) -> None:
    assert GE in recognised_ids(text)


# 2. In a policy about AI, a person set against the computer, the system or a program as who decides is told to
#    decide (testers' rounds ten and thirteen; round 22 read "de computer" as no AI).
@pytest.mark.parametrize(
    "text",
    [
        "Welke reparatie nodig is, beslist Henk, niet de computer.",
        "Welke offerte we sturen, beslist altijd Peter, nooit een computer.",
        "Of een klant korting krijgt, beslist altijd Peter, nooit het systeem.",
        "Of een huurder uitstel krijgt, beslist Sanne, niet een programma.",
    ],
)
def test_a_person_set_against_a_computer_decides(text: str) -> None:
    assert GE in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "De computer rekent de prijs uit.",
        "Of een huurder uitstel van betaling krijgt, beslist altijd Sanne, nooit haar collega.",
    ],
)
def test_a_computer_at_work_or_a_colleague_against_is_no_decision(text: str) -> None:
    assert GE not in recognised_ids(text)


# 3. English passive decisions: 'is decided by me or Yara, not by AI' says who decides, no decision told.
@pytest.mark.parametrize(
    "text",
    [
        "Whether we take on an event or give a discount is decided by me or Yara, not by AI.",
        "Whether a client gets a discount is decided by the owner, not by AI.",
        "Hiring decisions are made by the owner, not by AI.",
        "Decisions about refunds are made by our staff, not by ChatGPT.",
    ],
)
def test_a_passive_decision_by_a_person_against_ai_counts(text: str) -> None:
    assert GE in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Decisions are made faster with AI.",
        "Last year we decided to roll out Copilot to every team.",
        "Final decisions are made by AI, not by the manager.",
    ],
)
def test_faster_decisions_a_told_decision_or_ai_deciding_is_no_rule(text: str) -> None:
    assert GE not in recognised_ids(text)


# 4. Bans in other words: the data stays out of AI, AI is kept out of the data, 'houd je erbuiten'.
@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Our client list stays out of any AI tool.", PD),
        ("Our price list stays out of any AI tool.", BG),
        ("Keep our supplier contracts out of ChatGPT.", BG),
        ("Personeelsgegevens blijven buiten AI.", PD),
        ("Klantgegevens? Houd je erbuiten.", PD),
        ("Met persoonsgegevens van klanten: houd AI erbuiten.", PD),
        ("Vertrouwelijke offertes en AI: houd ze erbuiten.", BG),
        ("Houd ChatGPT buiten je klantdossiers.", PD),
        ("Keep AI out of client files.", PD),
    ],
)
def test_data_kept_out_of_ai_in_other_words_counts(text: str, rule: str) -> None:
    assert rule in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ruzie op de werkvloer? Houd je erbuiten.",
        "Typfouten in klantbrieven: houd ze erbuiten.",
        "Keep typos out of client letters.",
        "Keep the printer out of the kitchen.",
    ],
)
def test_keeping_other_things_out_is_no_data_rule(text: str) -> None:
    assert not {PD, BG} & recognised_ids(text)


# 5. From the tune half's false counts: approving in a list right after a check ('reviewing, approving, and taking
#    ownership of all work') is the check of what goes out, and a decision maker as the agent of another act
#    ('reviewed and shaped by a human decision maker') is who does that act; neither is the decision rule.
@pytest.mark.parametrize(
    "text",
    [
        "Employees remain responsible for checking, approving and owning every text made with AI.",
        "Every AI-assisted newsletter is edited and shaped by a human decision maker.",
    ],
)
def test_approving_after_a_check_or_a_decision_maker_doing_another_act_is_no_decision(text: str) -> None:
    assert GE not in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Outcomes for applicants are determined by a human decision maker.",
        "Claims are reviewed and approved by a human decision maker.",
        "Caseworkers remain responsible for reviewing, approving and rejecting claims; AI only assists.",
    ],
)
def test_a_decision_maker_who_decides_still_counts(text: str) -> None:
    assert GE in recognised_ids(text)


# 6. From the tune half's false counts: a negation that avoids undermining something forbids a harm, not AI's part
#    in a decision; a deciding gerund's words end where a second gerund is joined to it.
@pytest.mark.parametrize(
    "text",
    [
        "Take great care when bringing AI into decision-making, to avoid undermining fairness.",
        "Wees voorzichtig met AI bij besluiten over cliënten, zodat je de rechtsgelijkheid niet ondermijnt.",
        "I use AI for determining the right word or explaining medical terms, but never to translate.",
    ],
)
def test_a_harm_avoided_or_a_joined_gerund_is_no_decision(text: str) -> None:
    assert GE not in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Avoid letting AI decide on loans.",
        "Do not use AI for determining eligibility or assessing benefit claims.",
        "Never use AI for grading students or marking exams.",
    ],
)
def test_a_decision_avoided_or_listed_with_another_still_counts(text: str) -> None:
    assert GE in recognised_ids(text)


# 7. A clause without a marker does not borrow the force of a later clause opened by 'but'/'maar': that clause
#    starts afresh, so its negation is its own ("I use AI for determining the right word …, but never to translate").
def test_a_but_clause_keeps_its_negation_to_itself() -> None:
    assert GE not in recognised_ids("We use AI for determining the best wording, but never for translating.")
    assert PD in recognised_ids("We use AI for drafts, but never enter client data into it.")
    assert GE in recognised_ids("AI never decides on loans, but it may draft the letter.")


# 8. A negation before how AI decides ('nooit zelfstandig', 'never alone', 'niet zelf') sets no one against AI: the
#    deciding is still forbidden to it (item 1's contrast must not swallow it).
@pytest.mark.parametrize(
    "text",
    [
        "Besluiten over leerlingen neemt AI nooit zelfstandig.",
        "AI neemt besluiten over klanten nooit alleen.",
        "AI makes decisions about staff never alone.",
        "Het besluit neemt AI niet zelf.",
    ],
)
def test_ai_deciding_never_on_its_own_counts(text: str) -> None:
    assert GE in recognised_ids(text)
