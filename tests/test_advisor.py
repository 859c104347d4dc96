"""The advisor checks of issue 13 and the niet-nodig / contradiction / A4-omission rules.

Each check fails on a realistic change to the strict example (which passes every check) and passes on the
example itself or on the fixed wording. Findings come from the engine; dates are fixed.
"""

from __future__ import annotations

from datetime import date

import pytest
import yaml

from aibeleid_check.engine import RuleSet, Settings, check_path
from aibeleid_check.model import Tool
from conftest import POLICIES

TODAY = date(2026, 12, 1)
STRICT_EXAMPLE = POLICIES / "voorbeeld-streng.yaml"
CARELESS = POLICIES / "streng-slordig.yaml"
NEW_CODES = ("AIB305", "AIB407", "AIB408", "AIB609", "AIB613", "AIB614", "AIB616", "AIB618", "AIB619", "AIB620")


@pytest.fixture
def example() -> dict:
    return yaml.safe_load(STRICT_EXAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def check(write_policy):
    def run(policy: dict, profile: str = "streng") -> list[tuple[str, str]]:
        path = write_policy(yaml.safe_dump(policy, allow_unicode=True, sort_keys=False))
        result = check_path(str(path), RuleSet(settings=Settings(profile=profile, today=TODAY)))
        return [(finding.rule, finding.field) for finding in result.findings]

    return run


def codes(findings) -> set[str]:
    return {code for code, _ in findings}


def test_strict_example_passes_every_new_check(check, example):
    assert codes(check(example)) & set(NEW_CODES) == set()


def test_careless_example_fails_every_new_check(check):
    assert set(NEW_CODES) <= codes(check(yaml.safe_load(CARELESS.read_text(encoding="utf-8"))))


# --- AIB303 niet-nodig ---------------------------------------------------------------------------------

SELF_HOSTED = {
    "naam": "Interne zoekhulp",
    "verwerkersovereenkomst": "niet-nodig",
    "persoonsgegevens": "ja",
    "abonnement": "eigen installatie",
    "datalocatie": "eigen server in Nederland",
}


def test_not_needed_with_personal_data_needs_a_note(check, example):
    example["goedgekeurde_tools"].append(dict(SELF_HOSTED))
    assert ("AIB303", "goedgekeurde_tools[3].persoonsgegevens") in check(example, profile="basis")


def test_not_needed_with_a_note_is_accepted_but_not_covered(check, example):
    example["goedgekeurde_tools"].append(
        SELF_HOSTED | {"toelichting": "Draait op onze eigen server; niemand anders verwerkt."}
    )
    assert "AIB303" not in codes(check(example, profile="basis"))
    assert Tool(verwerkersovereenkomst="niet-nodig", persoonsgegevens=True, toelichting="x").agreement_covered is False
    assert Tool(verwerkersovereenkomst="niet-nodig", persoonsgegevens=False).agreement_covered is True
    assert Tool(verwerkersovereenkomst="ja", persoonsgegevens=True).agreement_covered is True


# --- AIB305 / AIB407 / AIB609: shadow AI ----------------------------------------------------------------


def test_consumer_plan_in_the_list_warns_in_basis(check, example):
    example["goedgekeurde_tools"].append({"naam": "GitHub Copilot Pro", "verwerkersovereenkomst": "nee"})
    assert ("AIB305", "goedgekeurde_tools[3].naam") in check(example, profile="basis")


def test_business_plan_in_the_list_passes(check, example):
    example["goedgekeurde_tools"].append({"naam": "GitHub Copilot Business", "verwerkersovereenkomst": "ja"})
    assert "AIB305" not in codes(check(example, profile="basis"))


def test_rule_allowing_private_accounts_warns_in_basis(check, example):
    example["regels"]["mag"].append("Medewerkers mogen hun eigen ChatGPT-account gebruiken.")
    assert ("AIB407", "regels.mag[5]") in check(example, profile="basis")


def test_agreement_forbidding_private_accounts_passes(check, example):
    example["afspraken"].append("Gebruik geen privéaccounts of gratis versies.")
    assert "AIB407" not in codes(check(example, profile="basis"))


def test_work_accounts_clause_missing(check, example):
    del example["regels"]["moet"]
    assert ("AIB609", "afspraken") in check(example)


# --- AIB613 training on inputs -------------------------------------------------------------------------


def test_tool_that_trains_by_default_needs_training_off(check, example):
    example["goedgekeurde_tools"].append({"naam": "ChatGPT Plus", "verwerkersovereenkomst": "nee"})
    assert ("AIB613", "goedgekeurde_tools[3]") in check(example)


def test_training_switched_off_passes(check, example):
    example["goedgekeurde_tools"].append(
        {"naam": "ChatGPT Plus", "verwerkersovereenkomst": "nee", "toelichting": "Training staat uit (Data Controls)."}
    )
    assert "AIB613" not in codes(check(example))


# --- AIB605 / AIB614 / AIB618: HR and applicants -------------------------------------------------------


def test_selecting_applicants_triggers_aib605_without_any_personal_data_tool(check, example):
    for tool in example["goedgekeurde_tools"]:
        tool["persoonsgegevens"] = "nee"
    example["regels"]["mag"].append("Sollicitanten laten selecteren met ChatGPT.")
    found = check(example)
    assert ("AIB605", "regels.mag[5]") in found
    assert ("AIB614", "regels.mag[5]") in found
    assert ("AIB618", "regels.mag[5]") in found


@pytest.mark.parametrize(
    "text", ["Let Copilot select applicants.", "Having applicants selected by Copilot.", "Let AI rank the candidates."]
)
def test_an_english_allowed_rule_letting_ai_select_people_triggers_aib605(check, example, text):
    example["regels"]["mag"].append(text)
    assert ("AIB605", "regels.mag[5]") in check(example)


@pytest.mark.parametrize("text", ["Let AI summarise the minutes.", "Let Copilot select a photo for the newsletter."])
def test_an_allowed_rule_letting_ai_choose_a_thing_passes_aib605(check, example, text):
    example["regels"]["mag"].append(text)
    assert "AIB605" not in codes(check(example))


def test_summarising_letters_with_a_human_deciding_and_a_dpia_passes(check, example):
    example["regels"]["mag"].append("Sollicitatiebrieven laten samenvatten; een medewerker leest ze zelf en beslist.")
    example["afspraken"].append("Voor het samenvatten van sollicitatiebrieven in Copilot is een DPIA gedaan.")
    assert codes(check(example)) & {"AIB605", "AIB614", "AIB618"} == set()


def test_health_data_in_a_tool_asks_for_a_dpia(check, example):
    example["regels"]["mag"].append("Verzuimverslagen laten samenvatten in Copilot.")
    assert ("AIB618", "regels.mag[5]") in check(example)


# --- AIB408 emotion recognition, AIB619 intimate imagery ------------------------------------------------


def test_emotion_recognition_at_work_warns_in_basis(check, example):
    example["regels"]["mag"].append("Emoties van medewerkers in Teams-vergaderingen laten analyseren.")
    assert ("AIB408", "regels.mag[5]") in check(example, profile="basis")


def test_forbidding_emotion_recognition_passes(check, example):
    example["afspraken"].append("AI gebruiken we nooit om emoties van medewerkers te herkennen.")
    assert "AIB408" not in codes(check(example, profile="basis"))


def test_images_of_people_need_intimate_images_excluded(check, example):
    example["regels"]["mag"].append("Foto's van medewerkers laten bewerken voor de website.")
    assert ("AIB619", "regels.mag[5]") in check(example)
    example["regels"]["mag_niet"].append("Maak nooit naakte, seksuele of intieme beelden van echte mensen.")
    assert "AIB619" not in codes(check(example))


# --- AIB616 who the literacy duty covers ---------------------------------------------------------------


def test_applies_to_employees_only_is_a_notice(check, example):
    example["geldt_voor"] = "Alle medewerkers"
    assert ("AIB616", "geldt_voor") in check(example)


def test_applies_to_interns_and_agency_workers_too_passes(check, example):
    assert "AIB616" not in codes(check(example))


# --- AIB620 contradiction, AIB606 VK, AIB802 omission --------------------------------------------------


def test_unqualified_personal_data_prohibition_with_a_personal_data_tool(check, example):
    example["regels"]["mag_niet"][0] = {"id": "geen-persoonsgegevens"}
    assert ("AIB620", "regels.mag_niet[0]") in check(example)
    assert "AIB620" not in codes(check(example, profile="basis"))  # basis: the A4 is qualified, no finding


def test_special_category_ban_is_not_a_contradiction(check, example):
    assert "AIB620" not in codes(check(example))


def test_uk_abbreviation_is_outside_the_eea(check, example):
    example["goedgekeurde_tools"][0]["datalocatie"] = "VK"
    assert ("AIB606", "goedgekeurde_tools[0].datalocatie") in check(example)


def test_a4_omission_is_a_finding(check, example):
    example["goedgekeurde_tools"] += [{"naam": f"Tool {i}", "verwerkersovereenkomst": "ja"} for i in range(12)]
    assert ("AIB802", "goedgekeurde_tools") in check(example, profile="basis")


# --- the word patterns behind AIB407 and AIB619, in English wordings -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Staff may use their own ChatGPT account.", True),
        ("Personal Gemini subscriptions are fine.", True),
        ("Use your own work account.", False),
        ("Work with your company account only.", False),
    ],
)
def test_private_account_with_a_product_name_between(text, expected):
    from aibeleid_check.rules.streng.concepts import says

    assert says("private_account", text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Have staff photos edited for the website.", True),
        ("Teamfoto's laten bewerken met AI.", True),
        ("Edit photos of the building for the website.", False),
        ("Edit the team schedule.", False),
    ],
)
def test_images_of_people_as_a_compound(text, expected):
    from aibeleid_check.rules.streng.concepts import says

    assert (says("images", text) and says("of_people", text)) is expected
