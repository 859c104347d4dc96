"""A colon lead inside a rule section ("What it cannot be used for:" under "How AI can be used") governs the
list that follows it, not the rest of the section: a plain paragraph after that list is the section's again.

Found in the tune half of the whole-policy set (en-gov-canada-daily): after 57dd48a the paragraph "Use your work
email address when you register for and use generative AI tools in your job." under the Don't-bullets was read
as a prohibition; it is an allowed use of the section "How AI can be used", as it was before that commit."""

from __future__ import annotations

import io

import docx
import pytest

from aibeleid_check.source import parse_bytes

CANADA = (
    "# Generative AI in your daily work\n\n## How AI can be used\n\n"
    "There are many possible uses for generative AI, such as:\n\n- Drafting presentations\n- Brainstorming\n\n"
    "What it cannot be used for:\n\n- Legal and policy advice\n- Fact-checking\n\n"
    "Use your work email address when you register for and use generative AI tools in your job.\n\n"
    "## Tips to use AI responsibly\n\nRespect the principles.\n"
)
CANADA_RULES = {
    "mag": [
        "There are many possible uses for generative AI, such as:",  # a lead that names its own list: a rule
        "Drafting presentations",
        "Brainstorming",
        "Use your work email address when you register for and use generative AI tools in your job.",
    ],
    "mag_niet": ["Legal and policy advice", "Fact-checking"],
}
DUTCH = (
    "# AI-afspraken\n\n## Wat mag\n\n- Teksten laten herschrijven\n- Vertalen\n\nWat niet mag:\n\n"
    "- Klantgegevens invoeren\n- Een eindbesluit laten nemen\n\n"
    "Gebruik je zakelijke account voor elke AI-tool.\n"
)
DUTCH_RULES = {
    "mag": ["Teksten laten herschrijven", "Vertalen", "Gebruik je zakelijke account voor elke AI-tool."],
    "mag_niet": ["Klantgegevens invoeren", "Een eindbesluit laten nemen"],
}


def _rules_of(raw: bytes, path: str) -> dict[str, list[str]]:
    data = parse_bytes(raw, path=path).data or {}
    return {kind: [str(item) for item in items or []] for kind, items in data.get("regels", {}).items()}


def _rules(page: str) -> dict[str, list[str]]:
    return _rules_of(page.encode("utf-8"), "beleid.md")


def _word(page: str) -> bytes:
    """The Markdown page as Word writes it: heading styles, List Bullet paragraphs, plain paragraphs."""
    document = docx.Document()
    for line in page.splitlines():
        if line.startswith("#"):
            hashes, _, text = line.partition(" ")
            document.add_heading(text, level=len(hashes))
        elif line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif line.strip():
            document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(("page", "rules"), [(CANADA, CANADA_RULES), (DUTCH, DUTCH_RULES)], ids=["en", "nl"])
def test_a_paragraph_after_the_list_a_colon_lead_opened_is_the_sections_again(
    page: str, rules: dict[str, list[str]]
) -> None:
    assert _rules(page) == rules


@pytest.mark.parametrize(("page", "rules"), [(CANADA, CANADA_RULES), (DUTCH, DUTCH_RULES)], ids=["en", "nl"])
def test_in_word_too_a_paragraph_after_the_colon_leads_list_is_the_sections_again(
    page: str, rules: dict[str, list[str]]
) -> None:
    assert _rules_of(_word(page), "beleid.docx") == rules


@pytest.mark.parametrize(
    "page",
    [
        # bullets apart from each other, with blank lines, are one list (as under a lead outside the sections)
        "# AI-afspraken\n\n## Wat mag\n\n- Vertalen\n\nWat niet mag:\n\n- Klantgegevens invoeren\n\n"
        "- Een eindbesluit laten nemen\n",
        # a paragraph indented under a bullet is part of that bullet's list: the bullets after it go on
        "# AI-afspraken\n\n## Wat mag\n\n- Vertalen\n\nWat niet mag:\n\n- Klantgegevens invoeren\n\n"
        "  Ook niet geanonimiseerd.\n\n- Een eindbesluit laten nemen\n",
    ],
    ids=["blank-lines", "indented-paragraph"],
)
def test_the_colon_leads_list_goes_on_while_its_bullets_do(page: str) -> None:
    rules = _rules(page)
    assert rules["mag"] == ["Vertalen"]
    assert rules["mag_niet"][0] == "Klantgegevens invoeren" and rules["mag_niet"][-1] == "Een eindbesluit laten nemen"


def test_a_paragraph_right_under_the_colon_lead_is_its_list() -> None:
    """No bullets after the lead: the paragraphs under it are what it leads (as Word users write rules)."""
    page = "# AI-afspraken\n\n## Wat mag\n\n- Vertalen\n\nWat niet mag:\n\nKlantgegevens invoeren.\n"
    assert _rules(page) == {"mag": ["Vertalen"], "mag_niet": ["Klantgegevens invoeren."]}


def test_a_bold_label_is_a_heading_whose_section_goes_on_after_its_list() -> None:
    """ "**Wat niet mag:**" in bold is written as the template writes its section labels (**DIT NIET**): its
    section runs to the next heading, as before."""
    page = (
        "# AI-afspraken\n\n## Wat mag\n\n- Vertalen\n\n**Wat niet mag:**\n\n- Klantgegevens invoeren\n\n"
        "Geen namen van leerlingen invoeren.\n"
    )
    assert _rules(page) == {
        "mag": ["Vertalen"],
        "mag_niet": ["Klantgegevens invoeren", "Geen namen van leerlingen invoeren."],
    }


def test_a_second_colon_lead_after_the_list_opens_its_own_list() -> None:
    page = (
        "# AI at Acme\n\n## How AI can be used\n\n- Drafting\n\nWhat it cannot be used for:\n\n- Hiring decisions\n\n"
        "What you must always do:\n\n- Check every answer\n\nAsk IT for an account.\n"
    )
    assert _rules(page) == {
        "mag": ["Drafting", "Ask IT for an account."],
        "mag_niet": ["Hiring decisions"],
        "moet": ["Check every answer"],
    }
