"""Round 24: classes from the real text of the newest tune material (rounds 8 and 9, `en-v-`/`en-w-`); one class
per test, each with a close sentence that must not count. No sentence is copied from the corpus."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import Force, explain, recognised_ids

PD = "geen-persoonsgegevens"
BG = "geen-bedrijfsgeheimen"
GE = "geen-eindbesluit"
AC = "altijd-controleren"


# 1. A stranger is the standard of what goes in, as the internet or LinkedIn is: "if you would not hand it to a
#    stranger, do not put it into AI" limits both data rules (guide: a limit stated positively is the rule).
@pytest.mark.parametrize(
    "text",
    [
        "If you wouldn't hand it to a stranger, don't type it into Copilot.",
        "Don't paste anything into ChatGPT that you would not tell a stranger on the bus.",
        "Wat je niet aan onbekenden zou vertellen, zet je ook niet in een AI-tool.",
    ],
)
def test_what_you_would_not_give_a_stranger_stays_out_of_ai(text: str) -> None:
    assert {PD, BG} <= recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Never accept a USB stick from a stranger.",
        "Don't paste text from a stranger into AI.",
        "If a stranger calls about your account, hang up and tell IT.",
        "AI can make a familiar text feel stranger than it is.",
    ],
)
def test_a_stranger_without_the_standard_is_no_data_rule(text: str) -> None:
    assert not {PD, BG} & recognised_ids(text)


# 2. A short label that names the item a wrong ("Privacy Violations:", "Data Exposure:") before a gerund that puts
#    data into AI is a Don't item: the label says the act breaks the policy (guide decisions 4 and 12).
@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("Privacy Violations: Uploading confidential tender documents to free AI chatbots.", {BG}),
        ("Data Exposure: Entering client case notes into unapproved AI systems.", {PD}),
        ("Violations: Pasting staff payroll records or internal budgets into public AI tools.", {PD, BG}),
    ],
)
def test_a_wrong_named_by_the_label_of_a_data_item_is_the_rule(text: str, rules: set[str]) -> None:
    assert rules <= recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Policy Violations: Reporting them to the Privacy Office within 24 hours.",
        "Data Exposure: How we respond when client case notes leak.",
        "Breaches of confidentiality must be reported to the data protection officer.",
    ],
)
def test_a_wrong_label_before_another_act_or_a_safe_tool_is_no_rule(text: str) -> None:
    assert not {PD, BG} & recognised_ids(text)


# 3. A review as a text someone writes ("code reviews must not be AI generated", "PR reviews should be written by
#    you") is what AI may not make, no check of what AI made; the verb and a review of AI's work stay the check.
@pytest.mark.parametrize(
    "text",
    [
        "Code reviews must not be AI generated.",
        "Your reviews and replies on a pull request should be written by you.",
        "Peer reviews may not be drafted by a chatbot.",
    ],
)
def test_a_review_written_as_a_text_is_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Code reviews of AI-generated changes must be done by a human.",
        "Our editor reviews, corrects and approves all AI-generated copy before it is published.",
        "Reviews must be done by a maintainer before AI-generated patches are merged.",
    ],
)
def test_a_review_of_what_ai_made_stays_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


# 4. A tool "not approved for" the data is unfit for it, as "unsuitable for" is: the data stays out. An AI named as
#    the subject of "is (not) approved" is a tool approved, no decision about the client.
@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("Free chatbots are not approved for patient records.", {PD}),
        ("Consumer AI apps are not authorised for confidential contract data.", {BG}),
        ("ChatGPT is not approved for client files.", {PD}),
    ],
)
def test_a_tool_not_approved_for_the_data_keeps_it_out(text: str, rules: set[str]) -> None:
    recognised = recognised_ids(text)
    assert rules <= recognised
    assert GE not in recognised


@pytest.mark.parametrize(
    "text",
    [
        "Copilot is approved for client files.",
        "Private accounts on free AI apps are not approved for client work.",
        "Our Copilot licence is approved for most internal data, but not all of it.",
    ],
)
def test_a_tool_approved_or_not_approved_for_work_is_no_data_rule(text: str) -> None:
    assert not {PD, BG, GE} & recognised_ids(text)


# 5. "Human eyes" on the work is a person's check, as "a second pair of eyes" is, and work that goes "anywhere" leaves
#    the desk as work that goes out does: standing practice of checking before release.
@pytest.mark.parametrize(
    "text",
    [
        "Every AI draft gets human eyes before it goes out.",
        "Every quote, every mailing, every export gets human eyes before it goes anywhere.",
        "Each AI summary gets a human check before it goes anywhere.",
    ],
)
def test_human_eyes_before_the_work_goes_anywhere_is_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Before you go anywhere, check the weather.",
        "Our logo was drawn by human eyes and hands.",
        "Every parcel gets a label before it goes anywhere.",
    ],
)
def test_eyes_or_going_anywhere_without_a_check_of_work_is_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)


# 6. Thirteenth testers' round: "synthetic test data" is data of a kind, no test of AI's output; caution with the data
#    whose only act stands in a time clause ("think before you type") is an attitude, also under a Don't list.
def test_synthetic_test_data_is_no_check() -> None:
    text = "Customer logs never go into a chatbot; use synthetic test data instead."
    assert recognised_ids(text) == {PD}
    assert AC not in recognised_ids("Use dummy test data when you try a new assistant.")


def test_testing_the_output_stays_the_check() -> None:
    assert AC in recognised_ids("Test the output of the assistant before you use it.")


@pytest.mark.parametrize(
    "text",
    ["Be careful with client data and think before you type.", "Be cautious with pupil records and think first."],
)
def test_caution_with_the_data_under_a_dont_list_is_an_attitude(text: str) -> None:
    assert PD not in recognised_ids(text, "mag_niet")


@pytest.mark.parametrize(
    "text",
    [
        "Be careful with client data: never paste it into ChatGPT.",
        "Be careful not to paste client files into AI.",
        "Wees voorzichtig met het invoeren van klantgegevens in ChatGPT.",
    ],
)
def test_caution_that_names_the_act_stays_the_rule(text: str) -> None:
    assert PD in recognised_ids(text, "mag_niet")


# 7. A person's review of a decision is the decision rule, no check of what AI made: only when AI's work is named
#    beside it is it a check as well.
@pytest.mark.parametrize(
    "text",
    [
        "Human review is mandatory for important decisions (admissions, grants, dismissals).",
        "A human reviews every decision about a benefit claim.",
    ],
)
def test_a_review_of_decisions_is_the_decision_rule_only(text: str) -> None:
    assert recognised_ids(text) == {GE}


@pytest.mark.parametrize(
    "text",
    [
        "Human review is mandatory for every answer the chatbot gives.",
        "A member of staff reviews every recommendation made by AI before a decision is taken.",
    ],
)
def test_a_review_of_ai_work_beside_a_decision_stays_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


# 8. An unchecked word that qualifies a tool ("unvetted AI tools", "unverified public services") says which tool the
#    data must not go into, no output used unchecked; before the output it stays the check.
@pytest.mark.parametrize(
    "text",
    [
        "Never paste client files into unvetted AI tools.",
        "Uploading tender documents to unverified public services breaks this policy.",
    ],
)
def test_an_unvetted_tool_is_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)


@pytest.mark.parametrize(
    "text", ["Never publish unverified AI text.", "Never use unchecked chatbot output in a client letter."]
)
def test_unchecked_output_stays_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


# 9. Thirteenth testers' round, items 1-2: the user's own check joined by "en/and" to an allowed act is the
#    condition of the permission (guide decision 1); a Dutch "zonder dat"-clause puts its check last.
@pytest.mark.parametrize(
    "text",
    ["Menuteksten laten opzetten en zelf nalezen", "Let AI draft the minutes and yourself check them before sending."],
)
def test_an_own_check_joined_to_an_allowed_act_is_its_condition(text: str) -> None:
    found = [r for r in explain(text, "mag") if r.rule == AC]
    assert found and found[0].force is Force.CONDITION and found[0].counts


@pytest.mark.parametrize(
    "text", ["Menuteksten laten opzetten en zelf versturen", "Teksten laten schrijven en nalezen door AI"]
)
def test_another_act_or_a_check_by_ai_is_no_condition(text: str) -> None:
    assert AC not in recognised_ids(text, "mag")


def test_nothing_goes_out_without_a_colleague_having_checked_it_in_dutch() -> None:
    assert AC in recognised_ids("Geen brief gaat naar een klant zonder dat een collega hem heeft nagekeken.")
    assert AC not in recognised_ids("Je mag niets versturen zonder dat de manager er toestemming voor heeft gegeven.")


# 10. Thirteenth testers' round, item 3 in part: a person named by name after the deciding verb of a fronted
#     question, set against AI at the end, is the decider, as "de eigenaar" is.
def test_a_named_person_set_against_ai_decides() -> None:
    assert GE in recognised_ids("Of een huurder uitstel van betaling krijgt, beslist altijd Sanne, nooit de AI.")


@pytest.mark.parametrize(
    "text",
    [
        "Of een huurder uitstel van betaling krijgt, beslist altijd Sanne, nooit haar collega.",
        # "…, beslist Henk, niet de computer." counts since round 25: a person set against the computer decides
    ],
)
def test_a_named_person_without_ai_against_is_no_decision_rule(text: str) -> None:
    assert GE not in recognised_ids(text)


# 11. Thirteenth testers' round, item 4 in part: figures the policy's own voice owns ("our occupancy figures",
#     "onze eigen cijfers") and commission agreements are the organisation's confidential information.
@pytest.mark.parametrize(
    "text",
    [
        "Never paste our occupancy figures into ChatGPT.",
        "Deel nooit onze eigen cijfers met een chatbot.",
        "Deel nooit provisieafspraken met verzekeraars met ChatGPT.",
    ],
)
def test_our_figures_and_commission_agreements_are_business_secrets(text: str) -> None:
    assert BG in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    ["Never paste our client figures into ChatGPT.", "Our figures are published in the annual report every year."],
)
def test_clients_figures_or_published_figures_are_no_business_secret_rule(text: str) -> None:
    assert BG not in recognised_ids(text)


# 12. "Public, non-confidential information only": a second adjective in "non-" between the public word and the
#     data says the same, so the verbless limit to what is public holds both data rules (guide).
@pytest.mark.parametrize(
    "text", ["Public, non-sensitive material only.", "Openbare, niet-vertrouwelijke informatie alleen."]
)
def test_public_and_non_confidential_only_is_both_data_rules(text: str) -> None:
    assert {PD, BG} <= recognised_ids(text)


@pytest.mark.parametrize(
    "text", ["Public, non-confidential information can be used freely.", "Non-confidential information only."]
)
def test_without_only_or_without_public_it_is_not_both(text: str) -> None:
    assert PD not in recognised_ids(text)
