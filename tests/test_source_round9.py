"""Reading what the eighth testers found (readers' round 9): a fields table right under a tools table, a note
about other tools between them, the labels "Who this covers", "Questions:", "Doen:" and "Spelregels voor AI".
Each with the near misses that must not change."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from aibeleid_check.engine import RuleSet, Settings, check_document
from aibeleid_check.source import Document
from documents import markdown as _md
from documents import rules_of, unknown_headings
from documents import word as _word


def _codes(doc: Document) -> set[str]:
    result = check_document(doc, RuleSet(settings=Settings(today=date(2026, 12, 2))))
    return {finding.rule for finding in result.findings}


def _tools(doc: Document) -> list[dict[str, Any]]:
    return (doc.data or {}).get("goedgekeurde_tools") or []


_TITLE = "# AI-beleid Bakkerij Jansen\n\n"
_FIELD_ROWS = [
    ("Contact person", "Daniel Camilleri, compliance officer, daniel.camilleri@meridian.example, +356 2123 4567"),
    ("Applies to", "All employees, appointed agents and temporary staff"),
    ("Effective date", "15 June 2026"),
]


# --- 1. a fields table without a header row right under the tools table ---


def _tables(between: str | None, field_rows: list[tuple[str, str]]) -> Document:
    def build(document: Any) -> None:
        document.add_heading("AI usage policy – Meridian Insurance Brokers Ltd", level=0)
        document.add_heading("Prohibited uses", level=1)
        document.add_paragraph("Entering personal details into any AI tool.", style="List Bullet")
        document.add_heading("Approved tools", level=1)
        tools = document.add_table(rows=2, cols=3)
        for column, text in enumerate(["Tool", "DPA", "Personal data"]):
            tools.cell(0, column).text = text
        for column, text in enumerate(["Microsoft 365 Copilot (Meridian tenant)", "yes", "no"]):
            tools.cell(1, column).text = text
        if between is not None:
            document.add_paragraph(between)
        fields = document.add_table(rows=len(field_rows), cols=2)
        for row, (label, value) in enumerate(field_rows):
            fields.cell(row, 0).text = label
            fields.cell(row, 1).text = value

    return _word(build)


@pytest.mark.parametrize("between", ["", "Other tools only after approval by compliance."])
def test_a_fields_table_under_the_tools_table_is_the_fields(between: str) -> None:
    doc = _tables(between, _FIELD_ROWS)
    assert [tool["naam"] for tool in _tools(doc)] == ["Microsoft 365 Copilot (Meridian tenant)"]
    assert doc.data is not None
    assert doc.data["aanspreekpunt"]["naam"] == "Daniel Camilleri"
    assert doc.data["geldt_voor"] == "All employees, appointed agents and temporary staff"
    assert doc.data["ingangsdatum"] == "15 June 2026"
    assert "AIB201" not in _codes(doc)


def test_the_rows_of_one_tools_table_stay_its_tools() -> None:
    def build(document: Any) -> None:
        document.add_heading("Approved tools", level=1)
        rows = [("Tool", "DPA"), ("ChatGPT Team", "yes"), ("Applies to", "no"), ("DeepL Pro", "yes")]
        table = document.add_table(rows=len(rows), cols=2)
        for row, (name, dpa) in enumerate(rows):
            table.cell(row, 0).text, table.cell(row, 1).text = name, dpa

    doc = _word(build)
    assert [tool["naam"] for tool in _tools(doc)] == ["ChatGPT Team", "Applies to", "DeepL Pro"]


@pytest.mark.parametrize(
    "note",
    ["Other tools only after approval by compliance.", "Andere tools alleen na overleg.", "Any other AI tool: ask IT."],
)
def test_a_sentence_about_other_tools_under_the_tools_label_is_no_tool(note: str) -> None:
    doc = _md(_TITLE + "## Goedgekeurde tools\n\n- ChatGPT Team\n\n" + note + "\n")
    assert [tool["naam"] for tool in _tools(doc)] == ["ChatGPT Team"]


def test_a_tool_paragraph_under_the_tools_label_is_still_a_tool() -> None:
    doc = _md(_TITLE + "## Goedgekeurde tools\n\nMicrosoft 365 Copilot (werkaccount)\n")
    assert [tool["naam"] for tool in _tools(doc)] == ["Microsoft 365 Copilot (werkaccount)"]


# --- 2. field and section labels in the testers' words ---


@pytest.mark.parametrize(
    "heading", ["Who this covers", "Who it covers", "Voor wie", "Wie vallen eronder", "Who this policy covers"]
)
def test_a_heading_that_says_who_is_covered_is_the_scope(heading: str) -> None:
    doc = _md(_TITLE + f"## {heading}\n\nAll staff and locums.\n")
    assert doc.data is not None and doc.data.get("geldt_voor") == "All staff and locums."
    assert unknown_headings(doc) == []


@pytest.mark.parametrize("label", ["Questions:", "Questions?", "Vragen:"])
def test_a_questions_label_is_the_contact(label: str) -> None:
    doc = _md(_TITLE + f"**{label}** ask Aroha Ngata, practice manager, on 04 555 0198 or aroha@harbourside.example\n")
    assert doc.data is not None
    assert doc.data["aanspreekpunt"]["naam"] == "Aroha Ngata"
    assert doc.data["aanspreekpunt"]["email"] == "aroha@harbourside.example"
    assert unknown_headings(doc) == []


def test_doen_is_dit_mag_and_niet_doen_dit_niet() -> None:
    doc = _md(_TITLE + "**Doen:**\n\n- Concepten laten schrijven.\n\n**Niet doen:**\n\n- Klantgegevens invoeren.\n")
    assert rules_of(doc) == {"mag": ["Concepten laten schrijven."], "mag_niet": ["Klantgegevens invoeren."]}
    assert "AIB104" not in _codes(doc)


@pytest.mark.parametrize("heading", ["Spelregels voor AI", "Spelregels"])
def test_spelregels_voor_ai_groups_the_rules(heading: str) -> None:
    doc = _md(_TITLE + f"## {heading}\n\n- Voer nooit klantgegevens in.\n- Controleer altijd wat AI schrijft.\n")
    assert rules_of(doc).get("mag_niet") == ["Voer nooit klantgegevens in."]
    assert unknown_headings(doc) == []


def test_a_heading_about_what_to_do_with_questions_is_no_contact_label() -> None:
    doc = _md(_TITLE + "## Veelgestelde vragen\n\n**Mag ik ChatGPT gebruiken?** Ja, voor concepten.\n")
    assert doc.data is not None and "aanspreekpunt" not in doc.data


# --- 3. the contact: a colon before the address, a role before the name, "Ping" ---


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Our quality manager: Marc Janssens: marc@linguabridge.example",
            {"rol": "quality manager", "naam": "Marc Janssens", "email": "marc@linguabridge.example"},
        ),
        (
            "Mrs Fiona MacLeod, depute head: fmacleod@stbrendans.example, 0141 555 0147.",
            {"naam": "Mrs Fiona MacLeod", "rol": "depute head", "email": "fmacleod@stbrendans.example"},
        ),
        (
            "Practice manager Helen Strachan – helen.strachan@harbourside-vets.example – 01224 555 0182",
            {"rol": "Practice manager", "naam": "Helen Strachan", "telefoon": "01224 555 0182"},
        ),
        ("Practice manager Helen Strachan", {"rol": "Practice manager", "naam": "Helen Strachan"}),
        (
            "Ping Eero Virtanen, CTO, in #ai-help or at eero@pixelforge.example",
            {"naam": "Eero Virtanen", "rol": "CTO", "email": "eero@pixelforge.example"},
        ),
    ],
)
def test_a_contact_line_gives_role_name_and_address_apart(line: str, expected: dict[str, str]) -> None:
    doc = _md(_TITLE + f"## Contact\n\n{line}\n")
    contact = (doc.data or {}).get("aanspreekpunt")
    assert isinstance(contact, dict)
    assert {key: contact.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Helen Strachan, Practice Manager", {"naam": "Helen Strachan", "rol": "Practice Manager"}),
        ("Jan Bakker (directeur), jan@bakkerij.example", {"naam": "Jan Bakker", "rol": "directeur"}),
        ("Sanne Bakker – 06 12345678", {"naam": "Sanne Bakker", "telefoon": "06 12345678"}),
    ],
)
def test_a_contact_line_in_the_usual_order_reads_as_before(line: str, expected: dict[str, str]) -> None:
    contact = (_md(_TITLE + f"## Contact\n\n{line}\n").data or {}).get("aanspreekpunt")
    assert isinstance(contact, dict)
    assert {key: contact.get(key) for key in expected} == expected


def test_a_role_alone_before_a_phone_number_is_no_name_split() -> None:
    contact = (_md(_TITLE + "## Contact\n\nPractice Manager, 01224 555 0182\n").data or {}).get("aanspreekpunt")
    assert isinstance(contact, dict) and "Strachan" not in str(contact) and contact.get("telefoon") == "01224 555 0182"


# --- 4. "Only use X and Y" names both tools, as "Use only X and Y" does ---


@pytest.mark.parametrize("lead", ["Only use", "Use only", "We only use"])
def test_only_use_before_two_tools_names_both(lead: str) -> None:
    doc = _md(
        "# AI guidelines – Pixelforge Games\n\n1. Never paste game code into an AI tool.\n"
        f"2. {lead} GitHub Copilot Business (DPA signed) and ChatGPT Enterprise (DPA signed, no player data).\n"
    )
    assert [tool["naam"] for tool in _tools(doc)] == ["GitHub Copilot Business", "ChatGPT Enterprise"]


@pytest.mark.parametrize(("line", "name"), [("Only ChatGPT Team.", "ChatGPT Team"), ("Alleen Copilot.", "Copilot")])
def test_only_before_one_tool_under_the_tools_label_is_that_tool(line: str, name: str) -> None:
    doc = _md(_TITLE + f"## Goedgekeurde tools\n\n{line}\n")
    assert [tool["naam"] for tool in _tools(doc)] == [name]


# --- 5. a Word Title "X – Using AI at work" names X ---


@pytest.mark.parametrize(
    "title",
    [
        "Kestrel Physiotherapy – Using AI at work",
        "Kestrel Physiotherapy – Using AI",
        "Kestrel Physiotherapy – Working with AI",
    ],
)
def test_a_word_title_of_a_name_then_using_ai_names_the_organisation(title: str) -> None:
    def build(document: Any) -> None:
        document.add_heading(title, level=0)
        document.add_heading("You may", level=1)
        document.add_paragraph("Draft appointment reminders.", style="List Bullet")

    doc = _word(build)
    assert doc.data is not None and doc.data.get("organisatie") == "Kestrel Physiotherapy"
    assert "AIB103" not in _codes(doc)


@pytest.mark.parametrize("title", ["Using AI at work", "Staff Guide – Using AI at work"])
def test_a_title_about_using_ai_without_a_name_names_no_organisation(title: str) -> None:
    doc = _md(f"# {title}\n\n## You may\n\n- Draft letters.\n")
    assert doc.data is not None and doc.data.get("organisatie") is None


# --- 6. a yes in words after a question whether AI is OK; a caution after a permission ---

_MEMO = "From: Graham Oduya, managing director\n\nTo: All staff\n\nHi all,\n\n"


@pytest.mark.parametrize("answer", ["It is, for the right things", "Of course, for the right things"])
def test_a_yes_in_words_after_asking_whether_ai_is_ok_is_a_permission(answer: str) -> None:
    doc = _md(
        _MEMO + "A few of you have asked whether it's OK to use AI for work. "
        f"{answer}: drafting emails to clients and explaining a spreadsheet formula are all fine.\n"
    )
    assert len(rules_of(doc).get("mag", [])) == 1
    assert "drafting emails" in rules_of(doc)["mag"][0]


@pytest.mark.parametrize(
    "answer",
    ["It is not, for now: we are still choosing a tool.", "It is a question we will discuss next month."],
)
def test_an_answer_in_words_that_negates_or_gives_no_use_is_no_permission(answer: str) -> None:
    doc = _md(_MEMO + f"A few of you have asked whether it's OK to use AI for work. {answer}\n")
    assert "mag" not in rules_of(doc)


def test_a_caution_after_a_permission_paragraph_is_no_part_of_it() -> None:
    doc = _md(
        _TITLE + "Beste collega's,\n\nJe mag AI gebruiken om een eerste versie van een woningtekst te laten schrijven. "
        "Ook voor het samenvatten van openbare informatie is het handig. Wees voorzichtig met gegevens van klanten "
        "en gebruik je gezonde verstand.\n"
    )
    assert rules_of(doc)["mag"] == [
        "Je mag AI gebruiken om een eerste versie van een woningtekst te laten schrijven. "
        "Ook voor het samenvatten van openbare informatie is het handig."
    ]
    assert any(text.startswith("Wees voorzichtig") for text, _, _ in doc.loose)


def test_a_permission_paragraph_without_a_caution_stays_whole() -> None:
    text = "Je mag AI gebruiken om een eerste versie te laten schrijven. Lees die daarna wel zelf na."
    doc = _md(_TITLE + f"Beste collega's,\n\n{text}\n")
    assert rules_of(doc)["mag"] == [text]


# --- 7. a "No" whose rule forbids nothing in its own words keeps its question ---

_FAQ = "# Lingua Bridge Translations – frequently asked questions about AI\n\n"


def test_a_no_that_says_who_decides_keeps_its_question() -> None:
    doc = _md(
        _FAQ + "**Can AI decide which translator gets a job, or what rate we quote?**\n"
        "No. Assigning jobs and quoting prices are decisions made by the project managers.\n"
    )
    assert rules_of(doc)["mag_niet"] == [
        "Can AI decide which translator gets a job, or what rate we quote? No. Assigning jobs and quoting prices "
        "are decisions made by the project managers."
    ]


@pytest.mark.parametrize(
    ("answer", "item"),
    [
        (
            "No. Names and addresses never go into any AI tool.",
            "Names and addresses never go into any AI tool.",
        ),
        (
            "No. Never paste a source text with names into an AI tool.",
            "Never paste a source text with names into an AI tool.",
        ),
        (
            "No. Client contracts are confidential and stay out of AI tools.",
            "Client contracts are confidential and stay out of AI tools.",
        ),
    ],
)
def test_a_no_then_a_prohibition_in_its_own_words_is_printed_without_the_question(answer: str, item: str) -> None:
    doc = _md(_FAQ + f"**Can I paste a source text into an AI tool?**\n{answer}\n")
    assert rules_of(doc)["mag_niet"] == [item]


def test_a_no_that_says_a_person_decides_is_printed_as_before() -> None:
    doc = _md(
        "# AI-beleid van Bloemsierkunst Het Madeliefje\n\n### Mag de AI bepalen of een klant zijn geld terugkrijgt?\n\n"
        "Nee. Over terugbetalingen en klachten beslist altijd een mens.\n"
    )
    assert rules_of(doc)["mag_niet"] == ["Over terugbetalingen en klachten beslist altijd een mens."]


def test_an_item_under_spelregels_that_keeps_something_out_is_dit_niet() -> None:
    doc = _md(
        _TITLE + "## Spelregels voor AI\n\n- Offertes en inkoopprijzen gaan niet in een AI-tool.\n"
        "- Controleer altijd zelf wat AI schrijft.\n"
    )
    assert rules_of(doc) == {
        "mag_niet": ["Offertes en inkoopprijzen gaan niet in een AI-tool."],
        "moet": ["Controleer altijd zelf wat AI schrijft."],
    }
