"""Reading what the seventh round of testers wrote (QA round 7): a page titled only by its kind ("AI – FAQ")
names no organisation, and a short question that asks for the tools ("Waarmee? ChatGPT Team en Copilot") is the
tools' label, not an unknown heading or a rule. Each with the near misses that must not change."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from aibeleid_check.engine import RuleSet, Settings, check_document
from aibeleid_check.source import Document, SourceKind
from documents import markdown as _md
from documents import rules_of, unknown_headings
from documents import word as _word


def _codes(doc: Document) -> set[str]:
    result = check_document(doc, RuleSet(settings=Settings(today=date(2026, 12, 1))))
    return {finding.rule for finding in result.findings}


def _tool_names(doc: Document) -> list[str]:
    return [tool["naam"] for tool in (doc.data or {}).get("goedgekeurde_tools") or []]


_FAQ_BODY = (
    "**Mag ik ChatGPT gebruiken voor een eerste versie van een mail?** Ja, als concept.\n\n"
    "**Mag ik klantgegevens in ChatGPT plakken?** Nee. Voer nooit klantgegevens in.\n\n"
    "**Ingangsdatum:** 1 maart 2026\n"
)


# --- a title that is only the document's kind names no organisation (NL/EN FAQ pages) ---


@pytest.mark.parametrize(
    "title",
    [
        "AI – FAQ",
        "AI-beleid – FAQ",
        "AI: veelgestelde vragen",
        "AI: Veelgestelde Vragen",
        "AI-beleid: FAQ",
        "AI-beleid – Veelgestelde vragen",
        "AI – Frequently Asked Questions",
        "AI – FAQs",
        "AI-beleid — Vragen en antwoorden",
        "AI – Q&A",
    ],
)
def test_a_title_that_is_only_the_pages_kind_names_no_organisation(title: str) -> None:
    doc = _md(f"# {title}\n\n{_FAQ_BODY}")
    assert doc.data is not None and doc.data.get("organisatie") is None, doc.data
    assert "AIB103" in _codes(doc)  # the organisation rule says it is missing


def test_a_word_title_that_is_only_the_pages_kind_names_no_organisation() -> None:
    def build(document: Any) -> None:
        document.add_heading("AI – FAQ", level=0)
        document.add_paragraph("DIT NIET")
        document.add_paragraph("Voer nooit klantgegevens in.")

    doc = _word(build)
    assert doc.data is not None and doc.data.get("organisatie") is None, doc.data


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        ("AI at Bakkerij Jansen – FAQ", "Bakkerij Jansen"),
        ("AI-beleid van Bakkerij Jansen – FAQ", "Bakkerij Jansen"),
        ("AI-beleid Bakkerij Jansen: veelgestelde vragen", "Bakkerij Jansen"),
        ("Bakkerij Jansen – AI FAQ", "Bakkerij Jansen"),
        ("AI at Bakkerij Jansen – frequently asked questions", "Bakkerij Jansen"),
        ("Veelgestelde vragen: AI bij Bakkerij Jansen", "Bakkerij Jansen"),
        ("AI Policy – Acme Ltd", "Acme Ltd"),
    ],
)
def test_a_title_with_a_name_beside_the_pages_kind_names_it(title: str, organisation: str) -> None:
    doc = _md(f"# {title}\n\n{_FAQ_BODY}")
    assert doc.data is not None and doc.data.get("organisatie") == organisation


# --- "Waarmee?": a short question that asks for the tools (NL testers: "Waarmee? ChatGPT Team en Copilot") ---

_RULES = "# AI-beleid Bakkerij Jansen\n\n**DIT NIET**\n\n- Voer nooit klantgegevens in.\n\n"


@pytest.mark.parametrize(
    "tools",
    [
        "Waarmee? ChatGPT Team en Copilot",
        "**Waarmee?** ChatGPT Team en Copilot",
        "## Waarmee?\n\nChatGPT Team en Copilot",
        "**Waarmee?**\n\n- ChatGPT Team\n- Copilot",
        "Waarmee?\n\n- ChatGPT Team\n- Copilot",
        "## Waarmee werken we?\n\n- ChatGPT Team\n- Copilot",
        "Welke tools? ChatGPT Team en Copilot",
        "What with? ChatGPT Team and Copilot",
    ],
)
def test_a_short_question_for_the_tools_gives_the_approved_tools(tools: str) -> None:
    doc = _md(_RULES + tools + "\n")
    assert _tool_names(doc) == ["ChatGPT Team", "Copilot"], doc.data
    assert rules_of(doc)["mag_niet"] == ["Voer nooit klantgegevens in."]  # the question is no prohibition
    assert unknown_headings(doc) == []
    assert "AIB104" not in _codes(doc)


def test_the_question_in_word_gives_the_tools_too() -> None:
    def build(document: Any) -> None:
        document.add_heading("AI-beleid Bakkerij Jansen", level=0)
        document.add_paragraph("DIT NIET")
        document.add_paragraph("Voer nooit klantgegevens in.")
        document.add_paragraph("Waarmee? ChatGPT Team en Copilot")

    doc = _word(build)
    assert _tool_names(doc) == ["ChatGPT Team", "Copilot"], doc.data


@pytest.mark.parametrize(
    "text",
    [
        "Waarmee kan AI helpen? Bij het samenvatten van lange stukken.",  # what AI helps with: no tools
        "Welke tools mogen we niet gebruiken? ChatGPT Free en Gemini.",  # the tools that are not approved
        "Waarom? Omdat klantgegevens vertrouwelijk zijn.",  # a question for no field
    ],
)
def test_a_question_that_does_not_ask_for_the_approved_tools_gives_none(text: str) -> None:
    doc = _md(_RULES + text + "\n")
    assert _tool_names(doc) == [], doc.data


def test_a_tools_question_heading_is_no_unknown_heading() -> None:
    doc = _md(_RULES + "## Waarmee?\n\n- ChatGPT Team\n")
    assert not [p for p in doc.problems if p.kind is SourceKind.UNKNOWN_HEADING]


@pytest.mark.parametrize("line", ["Waarmee? ChatGPT Team en Copilot", "**Welke tools?** ChatGPT Team en Copilot"])
def test_the_question_right_under_a_title_without_a_name_is_no_organisation(line: str) -> None:
    doc = _md(f"# AI-beleid\n\n{line}\n\n**DIT NIET**\n\n- Voer nooit klantgegevens in.\n")
    assert doc.data is not None and doc.data.get("organisatie") is None
    assert _tool_names(doc) == ["ChatGPT Team", "Copilot"]


def test_the_templates_own_question_under_the_tools_label_stays_an_empty_field() -> None:
    doc = _md(_RULES + "**GOEDGEKEURDE TOOLS**\n\n*Welke AI-tools mag het team gebruiken?*\n")
    assert doc.data is not None and doc.data["goedgekeurde_tools"] is None
