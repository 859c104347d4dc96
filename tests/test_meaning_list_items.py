"""An item read with its list's force: under a "Don't" heading a bare imperative is the act forbidden.

Real Don't-lists are written as imperatives ("Enter client data into ChatGPT") far more often than as the
template's noun phrases ("Klantgegevens invoeren"). Both name the forbidden act; neither is a duty to do it.
"""

from __future__ import annotations

from datetime import date

import pytest

from aibeleid_check.engine import RuleSet, Settings, check_document
from aibeleid_check.meaning import Force, explain, recognised_ids
from aibeleid_check.source import parse_bytes

FORBIDDEN_ACTS = [
    ("Enter personal data into AI tools.", "geen-persoonsgegevens"),
    ("Upload a client's file to a public chatbot.", "geen-persoonsgegevens"),
    ("Voer klantgegevens in ChatGPT in.", "geen-persoonsgegevens"),
    ("Share confidential board papers or contract terms with public chatbots.", "geen-bedrijfsgeheimen"),
    ("Deel vertrouwelijke stukken met ChatGPT.", "geen-bedrijfsgeheimen"),
    ("Paste source code or price lists into an AI tool.", "geen-bedrijfsgeheimen"),
    ("Let AI make the final decision about people.", "geen-eindbesluit"),
    ("Let an AI tool decide on tenancy applications, arrears actions or evictions.", "geen-eindbesluit"),
    ("Laat een AI-tool beslissen over een uitkering.", "geen-eindbesluit"),
    ("Rely on AI output without checking it.", "altijd-controleren"),
    ("Neem antwoorden ongezien over.", "altijd-controleren"),
]


@pytest.mark.parametrize(("text", "rule"), FORBIDDEN_ACTS)
def test_an_imperative_under_dont_is_the_forbidden_act(text: str, rule: str) -> None:
    found = {item.rule: item for item in explain(text, "mag_niet")}
    assert rule in found and found[rule].counts, found
    assert found[rule].force is Force.PROHIBITION and found[rule].markers == ()  # the list gave it


UNSAFE_DESTINATION = ("public chatbot", "public chatbots")


@pytest.mark.parametrize(
    ("text", "rule"), [(t, r) for t, r in FORBIDDEN_ACTS[:9] if not t.rstrip(".").endswith(UNSAFE_DESTINATION)]
)
def test_the_same_imperative_standing_alone_is_no_prohibition(text: str, rule: str) -> None:
    """On its own, "Enter personal data into AI tools" tells staff to do it; only the heading forbids it."""
    assert rule not in recognised_ids(text)


@pytest.mark.parametrize(
    ("text", "rule"), [(t, r) for t, r in FORBIDDEN_ACTS if t.rstrip(".").endswith(UNSAFE_DESTINATION)]
)
def test_an_imperative_into_a_tool_it_calls_unsafe_is_a_prohibition_alone_but_not_under_mag(
    text: str, rule: str
) -> None:
    """Guide decision 12: no policy tells staff to put a client's file into a public chatbot, so the sentence
    alone is a Don't item whose heading was lost; under DIT MAG the list still says what it is."""
    assert rule in recognised_ids(text)
    assert rule not in recognised_ids(text, "mag")


def test_a_duty_word_in_a_dont_list_keeps_its_own_force() -> None:
    found = {item.rule: item for item in explain("Always check the output before you use it.", "mag_niet")}
    assert found["altijd-controleren"].force is Force.OBLIGATION


@pytest.mark.parametrize("text", ["Use AI for brainstorming.", "Vraag de helpdesk om een licentie."])
def test_an_imperative_about_something_else_under_dont_states_none_of_the_four(text: str) -> None:
    assert recognised_ids(text, "mag_niet") == frozenset()


POLICY = """\
# AI policy — Greenfield Housing Association

## Do
- Remove tenant names and addresses before pasting text into an AI tool.
- Check every AI draft yourself before sending it.

## Don't
- Share confidential board papers or contract terms with public chatbots.
- Let an AI tool decide on tenancy applications, arrears actions or evictions.

## Approved tools
| Tool | DPA | Personal data |
|---|---|---|
| Microsoft 365 Copilot | signed DPA | yes |

## Contact
ICT service desk, 020 123 4567

## Applies to
All staff and volunteers

## Start date
April 15, 2026
"""


def test_a_policy_in_its_own_words_with_a_dont_list_of_imperatives_passes() -> None:
    doc = parse_bytes(POLICY.encode("utf-8"), path="ai-policy.md")
    findings = check_document(doc, RuleSet(settings=Settings(today=date(2026, 6, 1)))).findings
    assert [finding.rule for finding in findings] == []
    broken = POLICY.replace("- Let an AI tool decide on tenancy applications, arrears actions or evictions.\n", "")
    doc = parse_bytes(broken.encode("utf-8"), path="ai-policy.md")
    findings = check_document(doc, RuleSet(settings=Settings(today=date(2026, 6, 1)))).findings
    assert [(finding.rule, "geen-eindbesluit" in finding.message.text("nl")) for finding in findings] == [
        ("AIB401", True)
    ]
