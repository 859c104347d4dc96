"""Round 27: the new user's misses of the testers' fourteenth round, fixed as classes. Each class has the tester's
sentence, at least three wordings made up for the class (Dutch and English where it applies) and near-misses that
must stay as they are; none of the made-up sentences is copied from the corpus."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from rule_ids import AC
from rule_ids import EB as GE
from rule_ids import PG as PD
from rule_ids import SG as BG


# 1. A channel word right before a data noun ("exports with e-mail addresses") names what is in the data, not a
#    party or channel it is shared over: the sentence keeps its prohibition of personal data.
@pytest.mark.parametrize(
    "text",
    [
        "Never paste client data, such as customer lists, form submissions or analytics exports with e-mail "
        "addresses.",  # tester: counted nothing
        "Never paste client data or exports with e-mail addresses.",  # tester
        "Never upload customer spreadsheets with phone numbers.",
        "Never paste mailing lists with email addresses into ChatGPT.",
        "Plak nooit klantbestanden met e-mail adressen in ChatGPT.",
        "Plak nooit exports met telefoon nummers van klanten.",
    ],
)
def test_data_with_contact_details_is_personal_data(text: str) -> None:
    assert recognised_ids(text) == {PD}


@pytest.mark.parametrize(
    "text",
    [
        "Never share client data by e-mail.",
        "Deel nooit klantgegevens via e-mail.",
        "Never share client data with others.",
    ],
)
def test_sharing_over_a_channel_or_with_others_stays_another_topic(text: str) -> None:
    assert PD not in recognised_ids(text)


# 2. What comes out of AI ("elke zin die uit een AI-tool komt", "wat er uit de AI komt") is AI's output whatever the
#    noun before the relative pronoun: checking it is the check.
@pytest.mark.parametrize(
    "text",
    [
        "Controleer elke zin die uit een AI-tool komt voordat hij in een akte of brief terechtkomt.",  # tester
        "Controleer elke zin die uit ChatGPT komt.",  # tester
        "Controleer wat er uit de AI komt.",  # tester
        "Lees alles wat uit Copilot komt zelf na.",
        "Check every line that comes out of the chatbot.",
        "Verify each figure that comes out of ChatGPT.",
    ],
)
def test_what_comes_out_of_ai_is_checked(text: str) -> None:
    assert recognised_ids(text) == {AC}


@pytest.mark.parametrize(
    "text",
    ["Controleer elke klant die uit het buitenland komt.", "Check every parcel that comes out of the warehouse."],
)
def test_what_comes_out_of_something_else_is_no_check_of_ai(text: str) -> None:
    assert AC not in recognised_ids(text)


# 3. A decision as a document one writes text into ("in een besluit of brief") is no decision taken by AI: taking no
#    text over unchecked is the check only.
@pytest.mark.parametrize(
    "text",
    [
        "Neem geen tekst over in een besluit of brief zonder die zelf te controleren.",  # tester: geen-eindbesluit
        "Neem geen tekst over in een besluit zonder die te controleren.",
        "Zet nooit AI-tekst in een besluit zonder die te controleren.",
        "Don't copy text into a decision or letter without checking it yourself.",
        "Never paste text into a decision without reviewing it first.",
    ],
)
def test_text_put_into_a_decision_is_the_check_only(text: str) -> None:
    assert recognised_ids(text) == {AC}


@pytest.mark.parametrize(
    "text",
    [
        "AI neemt geen besluit over een aanvraag.",
        "Geen besluit zonder menselijke controle.",
        "Never let AI make a decision without human review.",
    ],
)
def test_a_decision_taken_stays_the_decision_rule(text: str) -> None:
    assert GE in recognised_ids(text)


# 4. The pay ranges or scales of a job (a client company's "salary ranges" for a vacancy) are the business's
#    information; a person's salary stays personal data.
@pytest.mark.parametrize(
    "text",
    [
        "Sharing a client's salary ranges, fee agreements or our placement figures with AI tools.",  # tester
        "Put a client's salary bands into ChatGPT.",
        "Never enter the salary scales of a vacancy into AI tools.",
        "Deel nooit de salarisschalen van een opdrachtgever met ChatGPT.",
    ],
)
def test_pay_scales_of_a_job_are_business_information(text: str) -> None:
    assert recognised_ids(text, "mag_niet") == {BG}


@pytest.mark.parametrize(
    "text",
    [
        "Sharing a candidate's salary with AI tools.",
        "Zet het salaris van een kandidaat nooit in ChatGPT.",
        "Never enter an employee's salary into ChatGPT.",
    ],
)
def test_a_persons_salary_stays_personal_data(text: str) -> None:
    assert recognised_ids(text, "mag_niet") == {PD}


# 5. Compounds on -cijfers of the business itself (praktijkcijfers, kantoorcijfers, winkelcijfers) are its
#    figures, and a verbless list of business documents under DIT NIET counts.
@pytest.mark.parametrize(
    "text",
    [
        "Interne afspraken met de zorggroep, contracten en de praktijkcijfers.",  # tester: counted nothing
        "Contracten, tarieven en de kantoorcijfers.",
        "De omzetcijfers en kantoorcijfers.",
        "Het huurcontract en de winkelcijfers.",
        "Our supplier contracts, price lists and the shop's figures.",
    ],
)
def test_a_list_of_business_documents_under_dit_niet_counts(text: str) -> None:
    assert recognised_ids(text, "mag_niet") == {BG}


def test_business_figures_shared_with_ai_are_a_secret() -> None:
    assert recognised_ids("Deel de praktijkcijfers nooit met ChatGPT.") == {BG}


@pytest.mark.parametrize(
    "text",
    ["De coronacijfers en de examencijfers.", "De praktijkcijfers staan in het jaarverslag."],
)
def test_figures_of_no_business_or_without_a_rule_stay_nothing(text: str) -> None:
    assert recognised_ids(text, "mag_niet" if "corona" in text else None) == frozenset()
