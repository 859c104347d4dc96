"""Reading the fields the sixth round of testers wrote in their own words (QA round 6, English and Dutch): a
tool's "data processing agreement" in a sentence after its name, a sentence under the tools about all of them,
the tools and the contact of a memo, the organisation before a title's dash, the version under the title and a
scope that ends in "B.V."; each as a class, with near misses that must not change.

Each test names the testers' policy that showed the class; the sentences here are written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from aibeleid_check.source.tool_spec import parse_tool, shared_details
from documents import markdown as _md
from documents import word as _word


def _tools(doc: Any) -> list[dict[str, Any]]:
    return list((doc.data or {}).get("goedgekeurde_tools") or [])


# --- "data processing agreement" after the tool's name, in a sentence of its own (EN bookshop) ---


@pytest.mark.parametrize(
    ("line", "name", "agreement"),
    [
        ("Copilot Pro (office account) – we have a data processing agreement with Microsoft; no client data.",
         "Copilot Pro (office account)", "ja"),
        ("Otter Business – data processing agreement in place; no client data.", "Otter Business", "in place"),
        ("Grammarly Business (data processing agreement signed)", "Grammarly Business", "signed"),
        ("Notion AI (no data processing agreement)", "Notion AI", "nee"),
    ],
)  # fmt: skip
def test_a_data_processing_agreement_after_the_name_is_no_part_of_it(line: str, name: str, agreement: str) -> None:
    tool, _ = parse_tool(line)
    assert tool["naam"] == name
    assert tool["verwerkersovereenkomst"] == agreement


def test_a_processing_agreement_without_data_reads_as_before() -> None:
    tool, _ = parse_tool("ChatGPT Team - DPA: yes - personal data: no")
    assert tool == {"naam": "ChatGPT Team", "verwerkersovereenkomst": "yes", "persoonsgegevens": "no"}
    tool, _ = parse_tool("Data Studio AI (processing agreement: yes)")
    assert tool["naam"] == "Data Studio AI"


def test_the_bookshop_bullet_gives_the_tool_and_its_agreement() -> None:
    doc = _md(
        "# AI policy\n\n## Approved tools\n\n"
        "- Copilot Pro (office account) – we have a data processing agreement with Microsoft; no client data.\n"
        "- Otter Business – data processing agreement in place.\n"
    )
    names = [tool["naam"] for tool in _tools(doc)]
    assert names == ["Copilot Pro (office account)", "Otter Business"]
    assert _tools(doc)[0]["verwerkersovereenkomst"] == "ja"


# --- a sentence under the tools about all of them (EN opticians, NL 07) ---


@pytest.mark.parametrize(
    ("sentence", "agreement"),
    [
        ("Both have a processing agreement.", "ja"),
        ("All approved tools have a DPA.", "ja"),
        ("Voor beide tools hebben we een verwerkersovereenkomst.", "ja"),
        ("Beide hebben een verwerkersovereenkomst met de leverancier.", "ja"),
        ("Both tools have no processing agreement yet.", "nee"),
    ],
)
def test_a_sentence_about_all_tools_gives_their_agreement(sentence: str, agreement: str) -> None:
    found = shared_details(sentence)
    assert found is not None
    assert found[0]["verwerkersovereenkomst"] == agreement


@pytest.mark.parametrize(
    "sentence",
    [
        "All staff have a processing agreement.",  # people, not the tools
        "Both have been approved by the board.",  # no agreement said
        "We have a processing agreement with Microsoft.",  # not about all of them
    ],
)
def test_a_sentence_not_about_all_tools_gives_nothing(sentence: str) -> None:
    assert shared_details(sentence) is None


def test_both_have_a_processing_agreement_under_a_tools_list() -> None:
    page = (
        "# AI policy\n\n## Approved tools\n\n- Microsoft 365 Copilot (work account)\n- Otter Business\n\n"
        "Both have a processing agreement. Client data may not be entered into either.\n"
    )
    assert [tool.get("verwerkersovereenkomst") for tool in _tools(_md(page))] == ["ja", "ja"]
    three = page.replace("- Otter Business\n", "- Otter Business\n- Grammarly\n")
    assert [tool.get("verwerkersovereenkomst") for tool in _tools(_md(three))] == [None, None, None]  # "both" of 3


def test_a_tool_that_says_its_own_agreement_keeps_it() -> None:
    page = (
        "# AI policy\n\n## Approved tools\n\n- Microsoft 365 Copilot (DPA: requested)\n- Otter Business\n\n"
        "Both have a processing agreement.\n"
    )
    assert [tool.get("verwerkersovereenkomst") for tool in _tools(_md(page))] == ["requested", "ja"]


def test_voor_beide_tools_after_a_word_field_table() -> None:
    def build(document: Any) -> None:
        document.add_heading("AI-beleid Helder Glas", level=0)
        document.add_heading("Praktisch", level=1)
        table = document.add_table(rows=2, cols=2)
        for row, (label, value) in zip(
            table.rows,
            [("Goedgekeurde tools", "Microsoft 365 Copilot (werkaccount) en Google Gemini voor Workspace"),
             ("Geldt voor", "Alle medewerkers")],
            strict=True,
        ):  # fmt: skip
            row.cells[0].text, row.cells[1].text = label, value
        document.add_paragraph(
            "Voor beide tools hebben we een verwerkersovereenkomst. Persoonsgegevens gaan er niet in."
        )

    assert [tool.get("verwerkersovereenkomst") for tool in _tools(_word(build))] == ["ja", "ja"]


# --- the tools a memo names as the ones it uses, or orders to use (EN brewery, NL 12, NL 03) ---


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("The tools we use are Copilot Pro (we have signed a processing agreement with Microsoft) and Otter Business"
         " for transcripts.", ["Copilot Pro", "Otter Business"]),
        ("De tools die we gebruiken zijn Microsoft 365 Copilot en DeepL Pro.", ["Microsoft 365 Copilot", "DeepL Pro"]),
        ("Gebruik alleen Microsoft 365 Copilot met je werkaccount.", ["Microsoft 365 Copilot (werkaccount)"]),
        ("Use only ChatGPT Team for client texts.", ["ChatGPT Team"]),
        ("We werken alleen met Microsoft 365 Copilot via ons zakelijke account.",
         ["Microsoft 365 Copilot (zakelijke account)"]),
        ("We use only Microsoft Copilot for Microsoft 365 and DeepL Pro.",
         ["Microsoft Copilot for Microsoft 365", "DeepL Pro"]),
    ],
)  # fmt: skip
def test_the_tools_a_memo_uses_are_its_tools(sentence: str, names: list[str]) -> None:
    from aibeleid_check.source.tool_spec import tools_in_sentence

    assert [parse_tool(part)[0]["naam"] for part, _ in tools_in_sentence(sentence)] == names


@pytest.mark.parametrize(
    "sentence",
    ["The tools we use are listed below.", "Gebruik alleen AI voor concepten.", "Use only the tools below.",
     "The tools we use are great."],
)  # fmt: skip
def test_a_sentence_about_tools_naming_none_gives_none(sentence: str) -> None:
    from aibeleid_check.source.tool_spec import tools_in_sentence

    assert tools_in_sentence(sentence) == []


MEMO = (
    "# How we use AI at Bakkerij De Korenaar\n\n"
    "From: Joris Smit, owner\nTo: everyone in the bakery and the shop\n\n"
    "Hi all,\n\n"
    "Never put customers' personal details into AI: no names or addresses.\n\n"
    "The tools we use are Copilot Pro (we have signed a processing agreement with Microsoft) and Otter Business.\n\n"
    "These agreements apply to all bakers, shop staff and temporary workers, from 1 May 2026.\n\n"
    "If you are not sure, ask me directly: joris@korenaar.example or 06 12 34 56 78.\n\n"
    "Cheers,\nJoris\n"
)


def test_a_memo_gives_its_tools_contact_and_own_scope() -> None:
    data = _md(MEMO).data or {}
    assert [tool["naam"] for tool in data["goedgekeurde_tools"]] == ["Copilot Pro", "Otter Business"]
    assert data["goedgekeurde_tools"][0]["verwerkersovereenkomst"] == "ja"
    assert data["aanspreekpunt"] == {
        "naam": "Joris Smit", "rol": "owner", "email": "joris@korenaar.example", "telefoon": "06 12 34 56 78",
    }  # fmt: skip
    assert data["geldt_voor"] == "all bakers, shop staff and temporary workers"  # not the To: line


def test_a_memo_without_its_own_scope_sentence_keeps_the_to_line() -> None:
    page = MEMO.replace("These agreements apply to all bakers, shop staff and temporary workers, from", "From")
    assert (_md(page).data or {})["geldt_voor"] == "everyone in the bakery and the shop"


def test_a_dutch_memo_with_vraag_het_mij_and_a_signature() -> None:
    def build(document: Any) -> None:
        for line in [
            "Van: Maarten Kuipers, directeur", "Aan: alle medewerkers", "Beste collega's,",
            "Deze afspraken gelden voor iedereen die bij de brouwerij werkt, en gaan in op 1 februari 2027.",
            "Gebruik alleen Microsoft 365 Copilot met je werkaccount. Daarvoor hebben we een verwerkersovereenkomst"
            " met Microsoft.",
            "Zet nooit gegevens van klanten in een AI-tool.",
            "Twijfel je? Vraag het mij gewoon: maarten@goudenhop.example of 06 12 98 45 33.",
            "Proost,", "Maarten Kuipers", "Directeur, Brouwerij De Gouden Hop",
        ]:  # fmt: skip
            document.add_paragraph(line)

    data = _word(build).data or {}
    assert data["goedgekeurde_tools"] == [
        {"naam": "Microsoft 365 Copilot (werkaccount)", "verwerkersovereenkomst": "ja"}
    ]
    assert data["aanspreekpunt"]["naam"] == "Maarten Kuipers"
    assert data["aanspreekpunt"]["email"] == "maarten@goudenhop.example"
    assert data["geldt_voor"] == "iedereen die bij de brouwerij werkt"
    assert data["organisatie"] == "Brouwerij De Gouden Hop"  # the signature's "Directeur, X"


def test_daarvoor_gives_the_agreement_of_one_tool_only() -> None:
    page = "Gebruik alleen Microsoft 365 Copilot en DeepL Pro. Daarvoor hebben we een verwerkersovereenkomst.\n"
    tools = _tools(_md("# AI-afspraken\n\nVan: Jan\n\n" + page + "\nVragen? Bel Jan de Vries, 06 12 34 56 78.\n"))
    assert [tool.get("verwerkersovereenkomst") for tool in tools] == [None, None]  # "daarvoor" of two: unclear


# --- a contact after "bel dan even met" (NL 03) ---


@pytest.mark.parametrize(
    "sentence",
    [
        "Twijfel je, bel dan even met Peter van Dijk op 06 41 22 87 90.",
        "Bel gerust met Peter van Dijk: 06 41 22 87 90.",
    ],
)
def test_the_words_before_the_person_are_no_role(sentence: str) -> None:
    from aibeleid_check.source.tool_spec import contact_in_prose

    contact = contact_in_prose(sentence)
    assert contact["naam"] == "Peter van Dijk"
    assert "rol" not in contact


def test_a_role_before_the_person_stays_the_role() -> None:
    from aibeleid_check.source.tool_spec import contact_in_prose

    contact = contact_in_prose("Bel dan even met onze kantoormanager, Peter van Dijk, op 06 41 22 87 90.")
    assert contact["naam"] == "Peter van Dijk" and contact["rol"] == "kantoormanager"


# --- the organisation before or after a title's dash (EN chess club, EN locksmith) ---


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Oostpoort Locksmiths – AI do's and don'ts", "Oostpoort Locksmiths"),
        ("Bakkerij Van Dam – veelgestelde vragen over AI", "Bakkerij Van Dam"),
        ("Roeiclub Ons Genoegen – AI: FAQ", "Roeiclub Ons Genoegen"),
        ("Staff Guide – frequently asked questions", ""),  # not about AI: no organisation's title
    ],
)
def test_a_name_then_a_dash_and_the_kind_of_page_about_ai(title: str, name: str) -> None:
    from aibeleid_check.source.reading import organisation_in_title

    assert organisation_in_title(title) == name


def test_a_faq_title_that_names_the_club_gives_it() -> None:
    page = (
        "# AI at Leiden Go Club De Zwarte Steen – frequently asked questions\n\n"
        "These answers apply to all board members and volunteers of the club.\n\n"
        "### May I use AI to write the newsletter?\n\nYes, as a draft.\n"
    )
    assert (_md(page).data or {})["organisatie"] == "Leiden Go Club De Zwarte Steen"


def test_a_faq_title_without_a_name_still_names_none() -> None:
    page = "# Frequently asked questions\n\n### May I use AI to write the newsletter?\n\nYes, as a draft.\n"
    assert "organisatie" not in (_md(page).data or {})


# --- the version on the line under the title (EN eventtech, NL 09) ---


@pytest.mark.parametrize(
    ("line", "version"),
    [("Version 1.2 · Eindhoven", "1.2"), ("Versie 1.0 · vastgesteld door het bestuur op 12 november 2026", "1.0"),
     ("**Versie 2.1**", "2.1"), ("Version 3 (draft)", "3")],
)  # fmt: skip
def test_a_version_line_under_the_title_gives_the_version(line: str, version: str) -> None:
    data = _md(f"# AI-beleid Roeiclub De Amstel\n\n{line}\n\n## Dit mag\n\n- Teksten laten schrijven\n").data or {}
    assert data["versie"] == version
    assert "ingangsdatum" not in data  # ("vastgesteld … op 12 november 2026": adopted, not the start)


@pytest.mark.parametrize(
    "line",
    ["Version control is no task for AI.", "Versie 1.0 van dit beleid geldt vanaf 1 mei 2026 voor alle leden.",
     "Versions 1.2 and 1.3 replaced each other."],
)  # fmt: skip
def test_a_sentence_about_versions_gives_no_version(line: str) -> None:
    data = _md(f"# AI-beleid Roeiclub De Amstel\n\n{line}\n\n## Dit mag\n\n- Teksten laten schrijven\n").data or {}
    assert "versie" not in data


# --- a scope that ends in "B.V." keeps its dot (EN eventtech) ---


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("This policy applies to all employees and interns of StageLink Event Technology B.V.",
         "all employees and interns of StageLink Event Technology B.V."),
        ("Deze afspraken gelden voor alle leden van Coöperatie Noord U.A. en gaan in op 1 mei 2026.",
         "alle leden van Coöperatie Noord U.A."),
        ("This policy applies to all staff.", "all staff"),  # a full stop is no part of it
        ("This policy applies to all staff of Acme Ltd.", "all staff of Acme Ltd"),
    ],
)  # fmt: skip
def test_an_abbreviation_at_the_end_of_a_scope_keeps_its_dot(sentence: str, scope: str) -> None:
    from aibeleid_check.source.prose_fields import fields_in

    assert {field: value for field, value, _ in fields_in(sentence)}["geldt_voor"] == scope


# --- a tool with its account, then a note of its own; any "…account" compound (EN chess club, NL 06) ---


def test_the_sentence_after_a_tool_is_no_part_of_its_name() -> None:
    tool, _ = parse_tool("Microsoft Copilot with the club's Microsoft 365 account. Other tools only after asking.")
    assert tool == {"naam": "Microsoft Copilot (club's Microsoft 365 account)"}
    tool, _ = parse_tool("DeepL Pro. Verwerkersovereenkomst: ja")  # a second sentence with the details: read
    assert tool["verwerkersovereenkomst"] == "ja"


@pytest.mark.parametrize(
    ("line", "name"),
    [("Microsoft Copilot via het clubaccount", "Microsoft Copilot (clubaccount)"),
     ("ChatGPT Team met het kantooraccount van de praktijk", "ChatGPT Team (kantooraccount van de praktijk)"),
     ("Microsoft 365 Copilot met je werkaccount", "Microsoft 365 Copilot (werkaccount)"),
     ("Accountview AI", "Accountview AI")],
)  # fmt: skip
def test_an_account_compound_goes_in_brackets(line: str, name: str) -> None:
    assert parse_tool(line)[0]["naam"] == name
