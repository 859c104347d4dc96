"""Reading what the ninth testers found (readers' round 10): a bold label "Contact for doubts:" read as its
heading would be, a tool "(no agreement, no personal data)", and a numbered rule with a colon in it. Each
with the near misses that must not change."""

from __future__ import annotations

from typing import Any

import pytest

from aibeleid_check.source import Document
from documents import markdown as _md
from documents import rules_of, unknown_headings
from documents import word as _word

_TITLE = "# Cwrw Afon Brewing Co. – AI policy\n\n"
_CONTACT = "Rhys Pritchard, head of operations – rhys@cwrwafon.example"


def _contact(doc: Document) -> dict[str, Any]:
    return (doc.data or {}).get("aanspreekpunt") or {}


# --- 1. a bold label is read as its heading would be ---


def _bold_label_word(label: str, value: str) -> Document:
    def build(document: Any) -> None:
        document.add_heading("Blue Grotto Yacht Charters – AI policy", level=0)
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(f" {value}")

    return _word(build)


@pytest.mark.parametrize(
    "doc",
    [
        pytest.param(_md(f"{_TITLE}## Contact for doubts\n\n{_CONTACT}\n"), id="heading"),
        pytest.param(_md(f"{_TITLE}**Contact for doubts:** {_CONTACT}\n"), id="markdown-label"),
        pytest.param(_md(f"{_TITLE}**Contact for doubts**: {_CONTACT}\n"), id="colon-after-bold"),
        pytest.param(_bold_label_word("Contact for doubts:", _CONTACT), id="word-label"),
    ],
)
def test_a_bold_contact_label_is_read_as_its_heading(doc: Document) -> None:
    assert unknown_headings(doc) == []
    assert _contact(doc).get("naam") == "Rhys Pritchard"
    assert _contact(doc).get("email") == "rhys@cwrwafon.example"


@pytest.mark.parametrize(
    "doc",
    [
        pytest.param(_md(f"{_TITLE}**Note:** Rhys Pritchard reviews this policy every year.\n"), id="markdown"),
        pytest.param(_bold_label_word("Note:", "Rhys Pritchard reviews this policy every year."), id="word"),
    ],
)
def test_a_bold_label_no_heading_names_gives_no_contact(doc: Document) -> None:
    assert "aanspreekpunt" not in (doc.data or {})


# --- 2. "no agreement" is the agreement's value, not part of the tool's name ---


def _tools(doc: Document) -> list[dict[str, Any]]:
    return (doc.data or {}).get("goedgekeurde_tools") or []


@pytest.mark.parametrize(
    "line",
    [
        "Grammarly Business (no agreement, no personal data)",
        "Grammarly Business – no agreement, no personal data",
        "Grammarly Business, without agreement, no personal data",
    ],
)
def test_no_agreement_after_a_tool_is_its_agreement(line: str) -> None:
    doc = _md(f"{_TITLE}## Approved tools\n\n- {line}\n")
    assert _tools(doc) == [{"naam": "Grammarly Business", "verwerkersovereenkomst": "nee", "persoonsgegevens": "nee"}]


def test_no_agreement_in_a_word_list_item() -> None:
    def build(document: Any) -> None:
        document.add_heading("Physio AI policy", level=0)
        document.add_heading("Approved tools", level=1)
        document.add_paragraph("Canva – no agreement, no personal data", style="List Bullet")

    assert _tools(_word(build)) == [{"naam": "Canva", "verwerkersovereenkomst": "nee", "persoonsgegevens": "nee"}]


def test_an_agreement_in_a_tools_name_stays_its_name() -> None:
    doc = _md(f"{_TITLE}## Approved tools\n\n- Rental agreement assistant\n")
    assert _tools(doc) == [{"naam": "Rental agreement assistant"}]


# --- 3. a numbered list right under the title: a rule after its subject's colon, and the items after a rule ---

_RULES = (
    "Ten quick rules for using AI at the brewery.\n\n"
    "1. You may use ChatGPT Team to draft labels, blog posts and tasting notes.\n"
    "2. Never paste a customer's details (names, emails, orders) into any AI tool.\n"
    "3. Our recipes, supplier prices and the distribution contracts with pubs stay confidential: never share them"
    " with an AI tool.\n"
    "4. Always read and check what the AI gives you before you use it.\n"
    "5. Only use the tools listed below.\n"
    "6. If something goes wrong, tell Rhys straight away.\n"
)


def test_a_rule_after_its_subjects_colon_stays_in_the_list() -> None:
    doc = _md(_TITLE + _RULES)
    assert rules_of(doc)["mag_niet"][1].startswith("Our recipes, supplier prices")
    assert not any(text.startswith("Our recipes") for text, _, _ in doc.loose)


def test_the_items_after_a_rule_are_the_lists_rules() -> None:
    doc = _md(_TITLE + _RULES)
    assert rules_of(doc)["moet"][1:] == [
        "Only use the tools listed below.",
        "If something goes wrong, tell Rhys straight away.",
    ]
    assert [text for text, _, _ in doc.loose] == ["Ten quick rules for using AI at the brewery."]


def test_a_list_that_starts_with_no_rule_stays_text() -> None:
    doc = _md(f"{_TITLE}Our opening hours:\n\n- Monday: closed\n- Tuesday to Sunday: from noon\n")
    assert not rules_of(doc)


def test_the_sub_items_under_a_rule_are_not_rules_of_their_own() -> None:
    doc = _md(f"{_TITLE}1. Never paste these into an AI tool:\n   - customer names\n   - stockist orders\n")
    assert rules_of(doc) == {"mag_niet": ["Never paste these into an AI tool:"]}


def test_a_note_after_the_rules_of_the_list_stays_text() -> None:
    doc = _md(f"{_TITLE}1. Never paste a customer's details into any AI tool.\n2. We review these rules every year.\n")
    assert rules_of(doc) == {"mag_niet": ["Never paste a customer's details into any AI tool."]}
    assert [text for text, _, _ in doc.loose] == ["We review these rules every year."]


# --- the ninth Dutch tester: "Vanaf:" as the start date's label, "Afspraken" over the rules -------------------


def test_a_bold_vanaf_label_gives_the_start_date() -> None:
    from aibeleid_check.source import parse_bytes

    for label in ("Vanaf", "Met ingang van"):
        page = f"# AI-beleid Kapsalon Knipkunst\n\n**{label}:** 1 februari 2026\n"
        doc = parse_bytes(page.encode(), path="beleid.md")
        assert doc.data["ingangsdatum"] == "1 februari 2026"
        assert not [p for p in doc.problems if p.kind.value == "unknown-heading"]


def test_a_bare_afspraken_heading_holds_the_rules_and_overige_afspraken_the_further_ones() -> None:
    from aibeleid_check.source import parse_bytes

    page = (
        "# AI-beleid Fysio Beweegpunt\n\n## Afspraken\n\n"
        "- Tarieven en contracten met zorgverzekeraars deel je niet met AI.\n"
        "- Controleer een tekst van AI altijd zelf voordat je hem verstuurt.\n\n"
        "## Overige afspraken\n\n- We bespreken dit beleid elk jaar.\n"
    )
    doc = parse_bytes(page.encode(), path="beleid.md")
    rules = doc.data.get("regels", {})
    texts = [item if isinstance(item, str) else item.get("tekst") for kind in rules.values() for item in kind]
    assert "Tarieven en contracten met zorgverzekeraars deel je niet met AI." in texts
    assert doc.data["afspraken"] == ["We bespreken dit beleid elk jaar."]
