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
from documents import unknown_headings
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


@pytest.mark.parametrize(
    "line",
    [
        "Tell Rhys if you are unsure: rhys@cwrwafon.example",  # a sentence that names someone before its colon
        "Never: paste customer data into a tool.",  # a rule list's word on a plain line stays a sentence
    ],
)
def test_a_sentence_before_a_colon_is_no_contact_label(line: str) -> None:
    doc = _md(f"{_TITLE}{line}\n")
    contact = _contact(doc)
    assert not isinstance(contact, dict) or contact.get("naam") != "rhys@cwrwafon.example"
    assert unknown_headings(doc) == []
    assert "mag_niet" not in ((doc.data or {}).get("regels") or {}) or "Never" not in str(doc.data["regels"])


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
