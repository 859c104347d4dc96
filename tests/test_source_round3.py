"""Reading what the third round of testers wrote (QA round 3, English and Dutch): the forms real authors use
for the four fields and the rule lists, each as a class with near misses that must not change.

Each test names the testers' policy that showed the class; the sentences here are written for the test."""

from __future__ import annotations

import io
from typing import Any

import docx

from aibeleid_check.source import SourceKind, parse_bytes


def _md(page: str) -> Any:
    return parse_bytes(page.encode("utf-8"), path="beleid.md")


def _data(page: str) -> dict[str, Any]:
    return _md(page).data or {}


def _word(build: Any) -> dict[str, Any]:
    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return parse_bytes(out.getvalue(), path="beleid.docx").data or {}


def _unknown(doc: Any) -> list[str]:
    return [p.found for p in doc.problems if p.kind is SourceKind.UNKNOWN_HEADING]


# --- a two-column "field | value" table is the fields, not a tools table (EN 08, NL jeugdzorg, dierenkliniek) ---

FIELD_ROWS = [
    ("Approved tools", "Microsoft 365 Copilot (work account, processing agreement signed, no personal data)"),
    ("Contact person", "Anouk Jansen (privacy officer), privacy@example.org, 0344 61 70 70"),
    ("Applies to", "All counsellors, administrative staff, volunteers and interns"),
    ("Effective date", "1 February 2026"),
]
RULES_MD = "## Prohibited uses\n\n- Entering any client data into an AI tool.\n\n"


def _fields_ok(data: dict[str, Any]) -> None:
    assert [tool["naam"] for tool in data["goedgekeurde_tools"]] == ["Microsoft 365 Copilot"]
    assert data["goedgekeurde_tools"][0]["verwerkersovereenkomst"] == "signed"  # the model reads it as yes
    assert data["aanspreekpunt"]["naam"] == "Anouk Jansen"
    assert data["aanspreekpunt"]["email"] == "privacy@example.org"
    assert data["geldt_voor"] == "All counsellors, administrative staff, volunteers and interns"
    assert data["ingangsdatum"] == "1 February 2026"


def test_a_markdown_field_table_with_an_empty_header_row_gives_the_fields() -> None:
    rows = "".join(f"| {label} | {value} |\n" for label, value in FIELD_ROWS)
    doc = _md(f"# AI policy Example\n\n{RULES_MD}## Key information\n\n| | |\n|---|---|\n{rows}")
    _fields_ok(doc.data)
    assert _unknown(doc) == []  # the heading over the fields is theirs, and they reach the A4


def test_a_markdown_field_table_whose_first_row_is_a_field_gives_the_fields() -> None:
    (first, first_value), *rest = FIELD_ROWS
    rows = "".join(f"| {label} | {value} |\n" for label, value in rest)
    _fields_ok(_data(f"# AI policy Example\n\n{RULES_MD}| {first} | {first_value} |\n|---|---|\n{rows}"))


def test_a_dutch_field_table_in_markdown() -> None:
    page = (
        "# AI-beleid Voorbeeld\n\n## Dit niet\n\n- Klantgegevens invoeren.\n\n## Gegevens\n\n| | |\n|---|---|\n"
        "| Goedgekeurde tools | Microsoft 365 Copilot (werkaccount), DeepL Pro |\n"
        "| Aanspreekpunt | Eva Smit, praktijkmanager, eva@example.nl |\n"
        "| Geldt voor | alle dierenartsen en assistenten |\n| Ingangsdatum | 15 januari 2026 |\n"
    )
    data = _data(page)
    assert [tool["naam"] for tool in data["goedgekeurde_tools"]] == ["Microsoft 365 Copilot (werkaccount)", "DeepL Pro"]
    assert data["aanspreekpunt"]["naam"] == "Eva Smit"
    assert data["geldt_voor"] == "alle dierenartsen en assistenten"
    assert data["ingangsdatum"] == "15 januari 2026"
    assert data["regels"]["mag_niet"] == ["Klantgegevens invoeren."]


def test_a_word_field_table_without_a_header_row_gives_the_fields() -> None:
    def build(document: Any) -> None:
        document.add_heading("AI policy Example", level=1)
        document.add_heading("Prohibited uses", level=1)
        document.add_paragraph("Entering any client data into an AI tool.", style="List Bullet")
        document.add_heading("Key information", level=1)
        table = document.add_table(rows=len(FIELD_ROWS), cols=2)
        for row, (label, value) in enumerate(FIELD_ROWS):
            table.cell(row, 0).text = label
            table.cell(row, 1).text = value

    _fields_ok(_word(build))


def test_near_misses_a_real_tools_table_and_a_do_dont_table_stay_what_they_are() -> None:
    tools = _data(
        "# AI-beleid X\n\n## Goedgekeurde tools\n\n| Tool | Verwerkersovereenkomst |\n|---|---|\n"
        "| ChatGPT Team | ja |\n| DeepL Pro | nee |\n"
    )
    assert tools["goedgekeurde_tools"] == [
        {"naam": "ChatGPT Team", "verwerkersovereenkomst": "ja"},
        {"naam": "DeepL Pro", "verwerkersovereenkomst": "nee"},
    ]
    rules = _data(
        "# AI-beleid X\n\n| Wel doen | Niet doen |\n|---|---|\n| Teksten laten schrijven | Klantgegevens invoeren |\n"
    )
    assert rules["regels"] == {"mag": ["Teksten laten schrijven"], "mag_niet": ["Klantgegevens invoeren"]}
    # one field row is not a fields table: "Tools | DPA" heads a tools table
    one = _data("# AI-beleid X\n\n| Tools | DPA |\n|---|---|\n| ChatGPT Team | ja |\n| DeepL Pro | nee |\n")
    assert [tool["naam"] for tool in one["goedgekeurde_tools"]] == ["ChatGPT Team", "DeepL Pro"]
