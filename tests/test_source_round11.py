"""Reading the policies testers wrote themselves (readers' round 11): a plain "Contact for doubts:" line, a
contact whose role comes before the person ("Deputy head: Mark Jones, …"), a command that names the contact
("Meld twijfels bij Sanne, …", "Tell Rhys …"), a role without a channel ("Questions? Talk to your
supervisor."), a tool's agreement and personal data in its own words ("DPA signed", "no player data"), and the
fields a Word memo states in sentences under its rules heading. Each with the near misses that must not
change."""

from __future__ import annotations

from typing import Any

import pytest

from aibeleid_check.source import Document
from documents import markdown as _md
from documents import rules_of
from documents import word as _word

_TITLE = "# Bakkerij Jansen – AI-beleid\n\n"


def _contact(doc: Document) -> Any:
    return (doc.data or {}).get("aanspreekpunt")


def _paragraphs_word(*paragraphs: str, heading: str = "Invullen") -> Document:
    def build(document: Any) -> None:
        document.add_heading("Bakkerij Jansen – AI-beleid", level=0)
        document.add_heading(heading, level=1)
        for text in paragraphs:
            document.add_paragraph(text)

    return _word(build)


# --- 1. a plain "Contact for doubts:" line is the contact, as its bold label is ---

_RHYS = "Contact for doubts: Rhys Pritchard, rhys@cwrwafon.example"


@pytest.mark.parametrize(
    "doc",
    [
        pytest.param(_md(f"{_TITLE}{_RHYS}\n"), id="markdown"),
        pytest.param(_md(f"{_TITLE}## Afspraken\n\nGoedgekeurde tools: ChatGPT Team\n{_RHYS}\n"), id="markdown-lines"),
        pytest.param(_paragraphs_word("Goedgekeurde tools: ChatGPT Team", _RHYS), id="word"),
        pytest.param(_md(f"{_TITLE}Who to ask: Rhys Pritchard, rhys@cwrwafon.example\n"), id="who-to-ask"),
    ],
)
def test_a_plain_contact_label_is_the_contact(doc: Document) -> None:
    assert _contact(doc) == {"naam": "Rhys Pritchard", "email": "rhys@cwrwafon.example"}
    assert not any("Rhys" in text for text, _, _ in doc.loose)


def test_a_scope_line_under_a_label_line_is_its_own_field() -> None:
    doc = _md(f"{_TITLE}{_RHYS}\nDit beleid geldt voor alle medewerkers\n")
    assert _contact(doc) == {"naam": "Rhys Pritchard", "email": "rhys@cwrwafon.example"}
    assert doc.data["geldt_voor"] == "alle medewerkers"


def test_a_sentence_that_names_someone_before_its_colon_is_no_label() -> None:
    doc = _md(f"{_TITLE}## Contact\n\nTell Rhys if you are unsure: rhys@cwrwafon.example\n")
    assert _contact(doc) == {"naam": "Rhys", "email": "rhys@cwrwafon.example"}


def test_a_dates_word_on_a_plain_line_is_no_label() -> None:
    doc = _md(f"{_TITLE}## Dit niet\n\n- Klantgegevens invoeren.\n\nReview: every AI text is read by a person.\n")
    assert "herzieningsdatum" not in doc.data  # a date's heading word on a plain line is no date's label


# --- 2. a role before the person is the role, not the name ---


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Deputy head: Mark Jones, mark@rovers.example",
            {"rol": "Deputy head", "naam": "Mark Jones", "email": "mark@rovers.example"},
        ),
        (
            "Office manager – Priya Shah – priya@studiovorm.example",
            {"rol": "Office manager", "naam": "Priya Shah", "email": "priya@studiovorm.example"},
        ),
        (
            "Depute Head Teacher – Mrs J. Aitken – 01234 567890",
            {"rol": "Depute Head Teacher", "naam": "Mrs J. Aitken", "telefoon": "01234 567890"},
        ),
        (
            "Head of Operations: Rhys Pritchard (rhys@cwrwafon.example)",
            {"rol": "Head of Operations", "naam": "Rhys Pritchard", "email": "rhys@cwrwafon.example"},
        ),
        (
            "Our CTO, Sanne Bakker (sanne@bakker.example)",
            {"rol": "CTO", "naam": "Sanne Bakker", "email": "sanne@bakker.example"},
        ),
    ],
)
def test_a_role_before_the_person_is_the_role(line: str, expected: dict[str, str]) -> None:
    assert _contact(_md(f"{_TITLE}## Contact\n\n{line}\n")) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("IT Service Desk, 024 361 11 11", {"naam": "IT Service Desk", "telefoon": "024 361 11 11"}),
        (
            "Piet Bos (eigenaar), piet@garagebos.example",
            {"naam": "Piet Bos", "rol": "eigenaar", "email": "piet@garagebos.example"},
        ),
    ],
)
def test_a_team_or_a_person_with_a_role_after_it_stays_as_it_was(line: str, expected: dict[str, str]) -> None:
    assert _contact(_md(f"{_TITLE}## Contact\n\n{line}\n")) == expected


# --- 3. a command that names the contact ---


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Meld twijfels bij Sanne, sanne@smile.example.", {"naam": "Sanne", "email": "sanne@smile.example"}),
        ("Meld het bij Sanne de Boer (sanne@smile.example)", {"naam": "Sanne de Boer", "email": "sanne@smile.example"}),
        (
            "Tell Rhys if you are unsure: rhys@cwrwafon.example, 01234 567890.",
            {"naam": "Rhys", "email": "rhys@cwrwafon.example", "telefoon": "01234 567890"},
        ),
        (
            "Report concerns to the Data Protection Officer at dpo@college.example",
            {"naam": "Data Protection Officer", "email": "dpo@college.example"},
        ),
    ],
)
def test_a_command_names_the_contact(line: str, expected: dict[str, str]) -> None:
    assert _contact(_md(f"{_TITLE}## Bij twijfel\n\n{line}\n")) == expected
    assert _contact(_paragraphs_word(line, heading="Bij twijfel")) == expected


# --- 4. a role without a channel is the contact (AIB501 says the channel is missing) ---

_RULES = "## Dit niet\n\n- Klantgegevens invoeren.\n\n"


def _word_memo(sentence: str) -> Document:
    def build(document: Any) -> None:
        document.add_heading("Harbour Café – AI memo", level=0)
        document.add_heading("Rules for using AI", level=1)
        document.add_paragraph("Never enter customer data.", style="List Bullet")
        document.add_paragraph(sentence)

    return _word(build)


@pytest.mark.parametrize(
    ("doc", "role"),
    [
        pytest.param(_md(f"{_TITLE}{_RULES}Questions? Talk to your supervisor.\n"), "your supervisor", id="md-prose"),
        pytest.param(
            _md(f"{_TITLE}{_RULES}## Contact\n\nQuestions? Talk to your supervisor.\n"),
            "your supervisor",
            id="md-section",
        ),
        pytest.param(
            _md(f"{_TITLE}{_RULES}**Questions?** Talk to your supervisor.\n"), "your supervisor", id="md-label"
        ),
        pytest.param(
            _md(f"{_TITLE}{_RULES}## Vragen?\n\nStel ze aan je leidinggevende.\n"), "je leidinggevende", id="md-nl"
        ),
        pytest.param(
            _md(f"{_TITLE}{_RULES}Twijfel je? Overleg met je teamleider.\n"), "je teamleider", id="md-nl-prose"
        ),
        pytest.param(
            _md(f"{_TITLE}If in doubt, ask your line manager before using a tool.\n\n{_RULES}"),
            "your line manager",
            id="md-if-in-doubt",
        ),
        pytest.param(_word_memo("Questions? Talk to your supervisor."), "your supervisor", id="word-memo"),
        pytest.param(
            _paragraphs_word("Questions? Talk to your supervisor.", heading="Contact"),
            "your supervisor",
            id="word-section",
        ),
    ],
)
def test_a_role_without_a_channel_is_the_contact(doc: Document, role: str) -> None:
    assert _contact(doc) == {"rol": role}


def test_the_role_contact_gets_the_finding_that_its_channel_is_missing() -> None:
    from datetime import date

    from aibeleid_check.engine import RuleSet, Settings, check_document

    doc = _md(f"{_TITLE}{_RULES}Questions? Talk to your supervisor.\n")
    codes = {f.rule for f in check_document(doc, RuleSet(settings=Settings(today=date(2026, 12, 1)))).findings}
    assert "AIB501" in codes


@pytest.mark.parametrize(
    "sentence",
    [
        "Ask your manager before using a new tool.",  # approval, not a doubt
        "Questions? Ask Sanne.",  # a person: no role contact (no channel either)
        "If in doubt, ask your supervisor or email ai@harbour.example.",  # a channel: read as a contact sentence
    ],
)
def test_no_role_contact_for_a_request_or_a_person(sentence: str) -> None:
    contact = _contact(_md(f"{_TITLE}{_RULES}{sentence}\n"))
    assert not isinstance(contact, dict) or "rol" not in contact or contact.get("email")


# --- 5. a tool's agreement and personal data in the author's words ---


def _tools(doc: Document) -> list[dict[str, Any]]:
    return (doc.data or {}).get("goedgekeurde_tools") or []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ChatGPT Team (DPA signed)", {"naam": "ChatGPT Team", "verwerkersovereenkomst": "signed"}),
        ("Veo (no player data)", {"naam": "Veo", "persoonsgegevens": "nee"}),
        (
            "Canva (no DPA, no player data)",
            {"naam": "Canva", "verwerkersovereenkomst": "nee", "persoonsgegevens": "nee"},
        ),
        ("Socrative (geen leerlinggegevens)", {"naam": "Socrative", "persoonsgegevens": "nee"}),
        ("Rental agreement assistant", {"naam": "Rental agreement assistant"}),  # the word in a name stays its name
    ],
)
def test_a_tools_details_in_its_line(line: str, expected: dict[str, str]) -> None:
    assert _tools(_md(f"{_TITLE}## Approved tools\n\n- {line}\n")) == [expected]


def test_a_tools_table_with_an_agreement_column_and_a_personal_data_remark() -> None:
    doc = _md(
        f"{_TITLE}## Approved tools\n\n| Tool | Agreement | Personal data |\n|---|---|---|\n"
        "| ChatGPT Team | DPA signed | no player data |\n| Veo | yes | yes |\n| Canva | no | client data allowed |\n"
    )
    assert _tools(doc) == [
        {"naam": "ChatGPT Team", "verwerkersovereenkomst": "DPA signed", "persoonsgegevens": "nee"},
        {"naam": "Veo", "verwerkersovereenkomst": "yes", "persoonsgegevens": "yes"},
        {"naam": "Canva", "verwerkersovereenkomst": "no", "persoonsgegevens": "ja"},
    ]


# --- 6. a Word memo's rules that also name the tools or the contact ---


def _memo_rules(*items: str) -> Document:
    def build(document: Any) -> None:
        document.add_heading("Harbour Café – AI memo", level=0)
        document.add_heading("Rules for using AI", level=1)
        for text in items:
            document.add_paragraph(text, style="List Bullet")

    return _word(build)


def test_a_rule_item_that_names_the_contact_gives_the_contact() -> None:
    doc = _memo_rules(
        "Never enter customer data into an AI tool.", "If in doubt, contact Sanne de Boer (sanne@harbour.example)."
    )
    assert _contact(doc) == {"naam": "Sanne de Boer", "email": "sanne@harbour.example"}
    assert rules_of(doc)["moet"] == ["If in doubt, contact Sanne de Boer (sanne@harbour.example)."]  # still a rule


def test_rule_items_that_name_the_tools_and_the_contact_person_give_both() -> None:
    doc = _memo_rules(
        "Approved tools are ChatGPT Team and Copilot.",
        "Your contact person is Sanne de Boer, sanne@harbour.example.",
        "Never enter customer data.",
    )
    assert _tools(doc) == [{"naam": "ChatGPT Team"}, {"naam": "Copilot"}]
    assert _contact(doc) == {"naam": "Sanne de Boer", "email": "sanne@harbour.example"}


def test_a_label_still_gives_the_contact_over_a_rule_item() -> None:
    def build(document: Any) -> None:
        document.add_heading("Harbour Café – AI memo", level=0)
        document.add_heading("Rules for using AI", level=1)
        document.add_paragraph("If in doubt, contact Sanne de Boer (sanne@harbour.example).", style="List Bullet")
        document.add_heading("Contact", level=1)
        document.add_paragraph("Tom Baker, tom@harbour.example")

    assert _contact(_word(build)) == {"naam": "Tom Baker", "email": "tom@harbour.example"}
