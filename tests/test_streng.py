"""The `streng` profile: each check passes on the strict example and fails on a realistic variation.

Most tests go through the engine with the strict example policy changed in one place; a few run the real
command with `--profile streng` as a new user would. Dates are fixed with `today`/`--today`.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
import yaml

from aibeleid_check.engine import RuleSet, Settings, check_path
from aibeleid_check.meaning.streng import (
    data_location,
    publishes_ai_output,
    says_approval_route,
    says_breach_route,
    says_disclosure,
    says_literacy,
)
from conftest import POLICIES, run_cli

TODAY = date(2026, 11, 28)
STRICT_EXAMPLE = POLICIES / "voorbeeld-streng.yaml"
CARELESS = POLICIES / "streng-slordig.yaml"
STRENG_CODES = (
    "AIB601",
    "AIB602",
    "AIB603",
    "AIB604",
    "AIB605",
    "AIB606",
    "AIB607",
    "AIB608",
    "AIB609",
    "AIB611",
    "AIB612",
    "AIB613",
    "AIB614",
    "AIB616",
    "AIB618",
    "AIB619",
    "AIB620",
)
BASIS_ADVISOR_CODES = ("AIB305", "AIB407", "AIB408")  # basis checks the careless policy also fails


@pytest.fixture
def example() -> dict:
    return yaml.safe_load(STRICT_EXAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def check(write_policy):
    """Check a policy (a dict or YAML text) with the streng profile; return (code, field) of each finding."""

    def run(policy: dict | str, today: date = TODAY, profile: str = "streng") -> list[tuple[str, str]]:
        text = policy if isinstance(policy, str) else yaml.safe_dump(policy, allow_unicode=True, sort_keys=False)
        path = write_policy(text)
        result = check_path(str(path), RuleSet(settings=Settings(profile=profile, today=today)))
        return [(finding.rule, finding.field) for finding in result.findings]

    return run


def codes(findings) -> list[str]:
    return [code for code, _ in findings]


def without(texts: list, predicate) -> list:
    return [text for text in texts if not (isinstance(text, str) and predicate(text))]


# --- the example policies -------------------------------------------------------------------------------


def test_strict_example_passes_streng_and_basis(check, example):
    assert check(example) == []
    assert check(example, profile="basis") == []


def test_basis_profile_runs_no_streng_rule_on_the_careless_policy(check):
    assert not [
        code for code in codes(check(CARELESS.read_text(encoding="utf-8"), profile="basis")) if code >= "AIB600"
    ]


def test_careless_policy_shows_every_streng_check(check):
    found = set(codes(check(CARELESS.read_text(encoding="utf-8"))))
    assert found == set(STRENG_CODES) | set(BASIS_ADVISOR_CODES)


# --- AIB601 AI literacy ---------------------------------------------------------------------------------


def test_literacy_missing(check, example):
    example["afspraken"] = without(example["afspraken"], says_literacy)
    assert check(example) == [("AIB601", "afspraken")]


@pytest.mark.parametrize(
    "text",
    [
        "Iedereen volgt jaarlijks de e-learning AI-geletterdheid.",
        "Nieuwe collega's krijgen een instructie over verantwoord AI-gebruik.",
        "All staff complete a short course on using AI responsibly.",
    ],
)
def test_literacy_recognised(text):
    assert says_literacy(text)


@pytest.mark.parametrize(
    "text",
    [
        "Onze invoer wordt niet gebruikt voor training van de modellen.",
        "Zet de training-optie uit in ChatGPT.",
        "Inputs are not used to train models.",
    ],
)
def test_model_training_is_not_staff_training(text):
    assert not says_literacy(text)


# --- AIB602 data-breach route ---------------------------------------------------------------------------


def test_breach_route_missing(check, example):
    example["afspraken"] = without(example["afspraken"], says_breach_route)
    assert check(example) == [("AIB602", "afspraken")]


def test_breach_route_needs_mistake_and_report_in_one_text():
    assert says_breach_route("Data breach? Report it to the contact person immediately.")
    assert not says_breach_route("Meld twijfel bij het aanspreekpunt.")
    assert not says_breach_route("Een datalek is vervelend.")
    assert not says_breach_route("Bij een incident zoek je eerst informatie op.")


# --- AIB603 review date ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("review", "today"),
    [
        ("2028-03-01", TODAY),  # more than twelve months after the start date
        ("2027-03-01", date(2027, 4, 1)),  # passed
        ("2026-02-01", TODAY),  # before the start date (and passed)
    ],
)
def test_review_date_too_late_or_past(check, example, review, today):
    example["herzieningsdatum"] = review
    assert set(check(example, today=today)) == {("AIB603", "herzieningsdatum")}


def test_review_date_missing_on_a_recent_policy(check, example):
    del example["herzieningsdatum"]
    assert check(example) == [("AIB603", "herzieningsdatum")]


def test_review_date_missing_on_an_old_policy_is_left_to_aib204(check, example):
    del example["herzieningsdatum"]
    example["ingangsdatum"] = "2024-01-01"
    assert codes(check(example)) == ["AIB204"]


# --- AIB604 special categories and BSN ------------------------------------------------------------------


def test_special_categories_and_bsn_missing(check, example):
    example["regels"]["mag_niet"] = example["regels"]["mag_niet"][:-1]
    assert check(example) == [("AIB604", "regels.mag_niet"), ("AIB604", "regels.mag_niet")]


def test_bsn_alone_missing(check, example):
    example["regels"]["mag_niet"][-1] = {"tekst": "Voer nooit medische gegevens in."}
    assert check(example) == [("AIB604", "regels.mag_niet")]


def test_special_categories_not_asked_without_personal_data(check, example):
    example["regels"]["mag_niet"] = example["regels"]["mag_niet"][:-1]
    example["goedgekeurde_tools"][0]["persoonsgegevens"] = "nee"
    assert check(example) == []


# --- AIB605 human decides -------------------------------------------------------------------------------


def test_allowed_rule_that_lets_ai_decide_about_people(check, example):
    example["regels"]["mag"].append("Sollicitanten laten selecteren met Copilot.")
    assert set(check(example)) == {
        ("AIB605", "regels.mag[5]"),
        ("AIB614", "regels.mag[5]"),
        ("AIB618", "regels.mag[5]"),
    }


def test_allowed_rule_where_a_human_decides_passes(check, example):
    example["regels"]["mag"].append("Sollicitatiebrieven laten samenvatten; een medewerker beslist wie we uitnodigen.")
    example["afspraken"].append("Voor het samenvatten van sollicitatiebrieven in Copilot is een DPIA gedaan.")
    assert check(example) == []


def test_decision_ban_only_about_money(check, example):
    example["regels"]["mag_niet"][2] = "Laat AI geen financiële beslissingen nemen."
    assert check(example) == [("AIB605", "regels.mag_niet")]


def test_decision_ban_about_people_in_own_words_passes(check, example):
    example["regels"]["mag_niet"][2] = "AI beslist nooit over klanten of medewerkers."
    assert check(example) == []


# --- AIB606 plan, data location, transfer basis ---------------------------------------------------------


def test_tool_without_plan_or_location(check, example):
    example["goedgekeurde_tools"].append({"naam": "Gemini", "verwerkersovereenkomst": "nee"})
    assert check(example) == [("AIB606", "goedgekeurde_tools[3]"), ("AIB606", "goedgekeurde_tools[3]")]


def test_plan_in_the_name_counts(check, example):
    del example["goedgekeurde_tools"][1]["abonnement"]  # "DeepL Pro"
    assert check(example) == []


def test_personal_data_outside_the_eea_needs_a_transfer_basis(check, example):
    tool = example["goedgekeurde_tools"][0]
    tool["datalocatie"] = "VS en EU"
    assert check(example) == [("AIB606", "goedgekeurde_tools[0].datalocatie")]
    tool["doorgiftegrond"] = "EU-US Data Privacy Framework"
    assert check(example) == []


def test_transfer_basis_alias_in_english(check, example):
    tool = example["goedgekeurde_tools"][0]
    tool["datalocatie"] = "United States"
    tool["transfer_basis"] = "standard contractual clauses"
    assert check(example) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("EU", "inside"),
        ("Nederland", "inside"),
        ("VS", "outside"),
        ("EU en VS", "outside"),
        ("wereldwijd", "outside"),
        ("Azure West Europe", "inside"),
        ("ergens in de cloud", "unknown"),
    ],
)
def test_data_location_is_placed_or_left_unknown(text, where):
    assert data_location(text) == where


# --- AIB607 / AIB617 transparency -----------------------------------------------------------------------


def test_publishing_without_disclosure_is_a_warning_from_2_august_2026(check, example):
    example["afspraken"] = without(example["afspraken"], says_disclosure)
    assert check(example, today=date(2026, 8, 2)) == [("AIB607", "regels.mag[4]")]
    assert check(example, today=date(2026, 8, 1)) == [("AIB617", "regels.mag[4]")]


def test_customer_chatbot_without_disclosure(check, example):
    example["afspraken"] = without(example["afspraken"], says_disclosure)
    example["regels"]["mag"][4] = "Recepten laten herschrijven."
    example["afspraken"].append("Een chatbot op de website beantwoordt vragen van klanten.")
    assert check(example) == [("AIB607", "afspraken[3]")]


def test_nothing_published_needs_no_disclosure(check, example):
    example["afspraken"] = without(example["afspraken"], says_disclosure)
    example["regels"]["mag"][4] = "Recepten laten herschrijven."
    assert check(example) == []


def test_publishing_recognised_but_forbidding_it_is_not_publishing():
    assert publishes_ai_output("Blogs voor onze website laten schrijven.")
    assert says_disclosure("Publiceer nooit AI-tekst zonder te vermelden dat die met AI is gemaakt.")


# --- AIB608 approval route ------------------------------------------------------------------------------


def test_approval_route_missing_is_info(check, example):
    example["afspraken"] = without(example["afspraken"], says_approval_route)
    assert check(example) == [("AIB608", "afspraken")]


def test_approval_route_in_english():
    assert says_approval_route("Ask the contact person for approval before using a new tool.")
    assert not says_approval_route("Use only the approved tools.")


# --- agreements in the format ---------------------------------------------------------------------------


def test_agreements_accept_a_single_text_and_an_unquoted_colon(check, example):
    agreements = example.pop("afspraken")
    text = yaml.safe_dump(example, allow_unicode=True, sort_keys=False)
    text += "afspraken:\n" + "".join(f"  - {line.replace(': ', ' - ')}\n" for line in agreements)
    text = text.replace("  - Per ongeluk", "  - Datalek: per ongeluk", 1)
    assert check(text) == []


def test_agreements_of_the_wrong_kind_are_a_finding(check, example):
    example["afspraken"] = [["een", "lijst"]]
    assert check(example, profile="basis") == [("AIB102", "afspraken[0]")]


# --- through the real command ---------------------------------------------------------------------------


def test_cli_strict_example_is_clean_with_profile_streng():
    proc = run_cli(
        "check", "--profile", "streng", "--strict", "--format", "concise", "--today", "2026-11-28", str(STRICT_EXAMPLE)
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout == ""


def test_cli_careless_policy_fails_strict_with_every_streng_code():
    proc = run_cli(
        "check", "--profile", "streng", "--strict", "--format", "json", "--today", "2026-11-28", str(CARELESS)
    )
    assert proc.returncode == 1, proc.stderr
    findings = json.loads(proc.stdout)["files"][0]["findings"]
    assert {f["rule"] for f in findings} == set(STRENG_CODES) | set(BASIS_ADVISOR_CODES)
    assert all(f["severity"] in ("warning", "info") for f in findings)
    assert {f["rule"] for f in findings if f["severity"] == "info"} == {"AIB608", "AIB614", "AIB616", "AIB620"}


def test_cli_careless_policy_passes_without_strict_and_in_english():
    proc = run_cli(
        "check", "--profile", "streng", "--lang", "en", "--format", "concise", "--today", "2026-11-28", str(CARELESS)
    )
    assert proc.returncode == 0, proc.stderr
    assert "AIB611 [warning] 'ChatGPT Plus' says processing agreement: yes" in proc.stdout
    assert "GDPR art. 33 and 34" in proc.stdout


def test_cli_transparency_before_2_august_2026_is_info():
    proc = run_cli(
        "check",
        "--profile",
        "streng",
        "--strict",
        "--format",
        "concise",
        "--select",
        "AIB6",
        "--today",
        "2026-05-01",
        str(CARELESS),
    )
    assert "AIB617 [info]" in proc.stdout
    assert "AIB607" not in proc.stdout


def test_cli_basis_profile_is_unchanged_on_the_careless_policy():
    proc = run_cli("check", "--format", "concise", "--today", "2026-11-28", str(CARELESS))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "AIB6" not in proc.stdout


@pytest.mark.parametrize("code", [*STRENG_CODES, "AIB617"])
def test_each_streng_rule_explains_its_basis(code):
    proc = run_cli("explain", code)
    assert proc.returncode == 0, proc.stderr
    assert "Waarom" in proc.stdout
    assert any(
        word in proc.stdout
        for word in (
            "AVG",
            "AI-verordening",
            "ISO/IEC 42001",
            "Autoriteit Persoonsgegevens",
            "toolcatalogus",
            "Het sjabloon",
        )
    )


# --- wordings people write (regression set; written alongside the patterns, not held out) ---------------

WORDINGS = {
    says_literacy: (
        [
            "Alle medewerkers volgen een workshop over ChatGPT.",
            "Iedereen doet mee aan de AI-training.",
            "New hires get a briefing on this policy.",
            "Medewerkers leren hoe ze veilig met AI omgaan.",
        ],
        [
            "Onze invoer wordt niet gebruikt voor training van AI-modellen.",
            "Copilot in Microsoft Teams mag.",
            "Iets laten uitleggen: een formule.",
        ],
    ),
    says_breach_route: (
        [
            "Heb je iets ingevoerd wat niet mocht? Laat het Marieke meteen weten.",
            "Gaat er iets mis met gegevens, meld het bij de directeur.",
            "If you pasted customer data into a chatbot, tell your manager right away.",
            "Per ongeluk een klantbestand geüpload: neem dezelfde dag contact op met Peter.",
        ],
        [
            "Bij twijfel: vraag het aanspreekpunt.",
            "Meld je ziek bij de directeur.",
            "Een incident kan altijd gebeuren.",
        ],
    ),
    says_approval_route: (
        [
            "Wil je een andere tool gebruiken? Overleg eerst met Peter.",
            "Nieuwe tools alleen na goedkeuring van de directie.",
            "Want a new AI tool? Check with IT first.",
        ],
        ["Gebruik alleen de goedgekeurde tools.", "De directie besluit over investeringen."],
    ),
    says_disclosure: (
        [
            "Op onze website staat dat we AI gebruiken voor teksten.",
            "We vermelden het als een tekst met AI is gemaakt.",
            "The chatbot says at the start that you are talking to an AI.",
        ],
        ["Teksten voor de website laten schrijven.", "Zeg nooit dat je een mens bent."],
    ),
    publishes_ai_output: (
        [
            "Posts voor LinkedIn laten schrijven.",
            "Nieuwsbrieven laten opstellen.",
            "Een AI-chatbot beantwoordt klantvragen op de website.",
        ],
        ["Interne notities laten samenvatten.", "Een formule laten uitleggen."],
    ),
}


@pytest.mark.parametrize(
    ("predicate", "text", "expected"),
    [
        (predicate, text, expected)
        for predicate, (yes, no) in WORDINGS.items()
        for expected, texts in ((True, yes), (False, no))
        for text in texts
    ],
    ids=lambda value: value.__name__ if callable(value) else None,
)
def test_wordings(predicate, text, expected):
    assert predicate(text) is expected


def test_docs_streng_table_lists_every_streng_and_advisor_rule():
    from aibeleid_check.rules import BUILTIN_RULES

    table = (POLICIES.parent / "docs" / "streng.md").read_text(encoding="utf-8")
    wanted = {rule.code for rule in BUILTIN_RULES if rule.profile == "streng"} | set(BASIS_ADVISOR_CODES)
    assert [code for code in sorted(wanted) if f"| {code} |" not in table] == []
