"""Reading what the last testers found (readers' round 13): organisations in titles of their own, a
"Goedgekeurd:" line that names tools or who approved the policy, an extension as the contact's channel, an
agreement's status in brackets or with who signed it, a start date before the scope in one sentence, a heading
about what AI cannot do, and "Label – value" lines. Each with the near miss that must not change."""

from __future__ import annotations

from typing import Any

import pytest

from aibeleid_check import catalogue
from aibeleid_check.model import build
from aibeleid_check.source import Document
from aibeleid_check.source.catalogue_names import names_catalogue_tool
from documents import markdown as _md
from documents import rules_of, unknown_headings
from documents import word as _word

_TITLE = "# Bakkerij Jansen – AI-beleid\n\n"
_RULES = "\n## DIT NIET\n\n- Klantgegevens in ChatGPT zetten.\n"


def _data(doc: Document) -> dict[str, Any]:
    return doc.data or {}


def _tools(doc: Document) -> list[Any]:
    return _data(doc).get("goedgekeurde_tools") or []


def _contact(doc: Document) -> Any:
    return _data(doc).get("aanspreekpunt")


def _agreements(doc: Document) -> list[str | None]:
    model = build(doc)
    assert model is not None
    return [tool.verwerkersovereenkomst for tool in model.policy.goedgekeurde_tools]


# --- 1. the organisation in a title of its own words ---


def _word_title(title: str) -> Document:
    def build_document(document: Any) -> None:
        document.add_paragraph(title, style="Title")
        document.add_paragraph("We gebruiken AI voor concepten.")

    return _word(build_document)


@pytest.mark.parametrize(
    ("doc", "organisation"),
    [
        pytest.param(_md(f"# AI op OBS De Vlinder – onze afspraken\n{_RULES}"), "OBS De Vlinder", id="ai-op-x"),
        pytest.param(_md(f"# Harbour Café – AI memo\n{_RULES}"), "Harbour Café", id="x-ai-memo"),
        pytest.param(_word_title("Bakkerij Jansen — AI-afspraken"), "Bakkerij Jansen", id="word-title"),
        pytest.param(_word_title("Bakkerij Jansen—AI-afspraken"), "Bakkerij Jansen", id="word-title-unspaced"),
        pytest.param(_md(f"# Bakkerij Jansen — afspraken over AI\n{_RULES}"), "Bakkerij Jansen", id="x-afspraken-over"),
    ],
)
def test_the_organisation_in_a_title_of_its_own(doc: Document, organisation: str) -> None:
    assert _data(doc).get("organisatie") == organisation
    assert unknown_headings(doc) == []


@pytest.mark.parametrize(
    "title",
    ["AI-beleid", "Onze afspraken over AI", "AI op het werk – onze afspraken", "AI op school – AI memo", "AI memo"],
)
def test_a_generic_title_names_no_organisation(title: str) -> None:
    assert "organisatie" not in _data(_md(f"# {title}\n{_RULES}"))


# --- 2. "Goedgekeurd:" names the tools, or who and when approved the policy ---

_APPROVED_TOOLS = "Goedgekeurd: ChatGPT Team (met verwerkersovereenkomst), Copilot"


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(f"{_TITLE}## Tools\n\n{_APPROVED_TOOLS}\n{_RULES}", id="under-tools-heading"),
        pytest.param(f"{_TITLE}{_APPROVED_TOOLS}\n{_RULES}", id="alone"),
        pytest.param(f"{_TITLE}Versie: 1.0\n{_APPROVED_TOOLS}\n{_RULES}", id="line-under-a-field"),
    ],
)
def test_an_approved_line_of_catalogue_tools_gives_the_tools(page: str) -> None:
    assert _tools(_md(page)) == [{"naam": "ChatGPT Team", "verwerkersovereenkomst": "ja"}, {"naam": "Copilot"}]


@pytest.mark.parametrize(
    "line",
    [
        "Goedgekeurd: 3 maart 2026 door het MT",
        "Goedgekeurd door: directie",
        "Goedgekeurd: directie en MR",
        "Goedgekeurd op: 3 maart 2026",
        "Approved on: 3 March 2026",
    ],
)
@pytest.mark.parametrize("heading", ["", "## Tools\n\n- Copilot\n\n"])
def test_who_or_when_approved_the_policy_is_no_tool(line: str, heading: str) -> None:
    doc = _md(f"{_TITLE}{heading}{line}\n{_RULES}")
    assert [tool.get("naam") for tool in _tools(doc)] == (["Copilot"] if heading else [])
    assert unknown_headings(doc) == []


def test_every_catalogue_name_is_a_tool_of_the_reader() -> None:
    entries = catalogue.load().entries
    names = [name for entry in entries for name in (*entry.namen, *entry.product.split(" / "))]
    assert names and all(names_catalogue_tool(name) for name in names)
    assert not any(
        names_catalogue_tool(text) for text in ("directie en MR", "het MT", "3 maart 2026", "de ICT-afdeling")
    )


# --- 3. an extension is the contact's channel ---

_PRIYA = "Vragen? Bel Priya, ext. 4417"


def _word_paragraphs(*paragraphs: str) -> Document:
    def build_document(document: Any) -> None:
        document.add_heading("Bakkerij Jansen – AI-beleid", level=0)
        document.add_heading("DIT NIET", level=1)
        document.add_paragraph("Klantgegevens in ChatGPT zetten.", style="List Bullet")
        for text in paragraphs:
            document.add_paragraph(text)

    return _word(build_document)


@pytest.mark.parametrize(
    "doc",
    [
        pytest.param(_md(f"{_TITLE}{_PRIYA}\n{_RULES}"), id="markdown"),
        pytest.param(_md(f"{_TITLE}{_PRIYA}.\n{_RULES}"), id="markdown-full-stop"),
        pytest.param(_md(f"{_TITLE}## Contact\n\nPriya, ext. 4417\n{_RULES}"), id="markdown-contact-heading"),
        pytest.param(_word_paragraphs(_PRIYA), id="word"),
        pytest.param(_word_paragraphs("Questions? Call Priya, ext. 4417."), id="word-english"),
    ],
)
def test_an_extension_is_the_contacts_phone(doc: Document) -> None:
    assert _contact(doc) == {"naam": "Priya", "telefoon": "ext. 4417"}


def test_a_sentence_after_an_abbreviation_of_its_own_is_still_a_sentence() -> None:
    doc = _md(f"{_TITLE}Vragen? Mail Priya, priya@jansen.example. Zij beantwoordt ze binnen een dag.\n{_RULES}")
    assert _contact(doc) == {"naam": "Priya", "email": "priya@jansen.example"}


# --- 4. and 5. an agreement's status in brackets, and who signed it ---


@pytest.mark.parametrize(
    "line",
    [
        "ChatGPT Team (verwerkersovereenkomst getekend met OpenAI).",
        "ChatGPT Team (verwerkersovereenkomst getekend met OpenAI)",
        "ChatGPT Team (DPA signed by the trust)",
        "ChatGPT Team (DPA signed by the board)",
        "ChatGPT Team (verwerkersovereenkomst getekend door de directie)",
        "ChatGPT Team (verwerkersovereenkomst met OpenAI getekend)",
    ],
)
def test_an_agreements_status_with_its_party_is_yes(line: str) -> None:
    doc = _md(f"{_TITLE}## Goedgekeurde tools\n\n- {line}\n{_RULES}")
    assert [tool["naam"] for tool in _tools(doc)] == ["ChatGPT Team"]
    assert ")" not in str(_tools(doc)[0].get("verwerkersovereenkomst"))
    assert _agreements(doc) == ["ja"]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("signed by the trust", "ja"), ("getekend door de directie", "ja"), ("not signed by the board", "nee")],
)
def test_an_agreement_cell_that_says_who_signed_it(cell: str, expected: str) -> None:
    table = f"| Tool | Verwerkersovereenkomst |\n|---|---|\n| ChatGPT Team | {cell} |\n"
    assert _agreements(_md(f"{_TITLE}## Goedgekeurde tools\n\n{table}{_RULES}")) == [expected]


def test_an_agreement_that_is_only_a_party_is_still_unclear() -> None:
    table = "| Tool | Verwerkersovereenkomst |\n|---|---|\n| ChatGPT Team | by the board |\n"
    model = build(_md(f"{_TITLE}## Goedgekeurde tools\n\n{table}{_RULES}"))
    assert model is not None and "goedgekeurde_tools" in str(model.invalid_fields)


# --- 6. a start date before the scope in one sentence ---


def _scope_and_date_word(heading: str, sentence: str) -> Document:
    def build_document(document: Any) -> None:
        document.add_heading("Harbour Café – AI policy", level=0)
        document.add_heading("Prohibited", level=1)
        document.add_paragraph("Client data in ChatGPT.", style="List Bullet")
        document.add_heading(heading, level=1)
        document.add_paragraph(sentence)

    return _word(build_document)


_EN_SCOPE = "These rules apply from 1 June 2026 to all staff and volunteers."


@pytest.mark.parametrize(
    ("doc", "scope", "date"),
    [
        pytest.param(
            _md(f"{_TITLE}Deze afspraken gelden vanaf 1 juni 2026 voor alle medewerkers en vrijwilligers.\n{_RULES}"),
            "alle medewerkers en vrijwilligers",
            "1 juni 2026",
            id="dutch",
        ),
        pytest.param(_md(f"{_TITLE}{_EN_SCOPE}\n{_RULES}"), "all staff and volunteers", "1 June 2026", id="english"),
        pytest.param(
            _scope_and_date_word("7. Scope and effective date", _EN_SCOPE),
            "all staff and volunteers",
            "1 June 2026",
            id="word-heading",
        ),
    ],
)
def test_a_start_date_before_the_scope_gives_both(doc: Document, scope: str, date: str) -> None:
    assert _data(doc).get("geldt_voor") == scope
    assert _data(doc).get("ingangsdatum") == date


def test_a_date_before_things_is_no_scope() -> None:
    doc = _md(f"{_TITLE}Deze afspraken gelden vanaf 1 juni 2026 voor nieuwsbrieven en offertes.\n{_RULES}")
    assert "geldt_voor" not in _data(doc)
    assert _data(doc).get("ingangsdatum") == "1 juni 2026"


# --- 7. what AI cannot do is a description, not a prohibition ---

_LIMITS = "- AI kan geen feiten controleren.\n- AI weet niet wat er in je klantdossier staat.\n"


@pytest.mark.parametrize(
    "heading",
    ["Wat AI niet kan", "Wat AI (nog) niet kan", "What AI can't do", "Wat kan AI niet?", "Beperkingen van AI"],
)
def test_what_ai_cannot_do_is_no_rule_list(heading: str) -> None:
    doc = _md(f"{_TITLE}## {heading}\n\n{_LIMITS}{_RULES}")
    assert rules_of(doc).get("mag_niet") == ["Klantgegevens in ChatGPT zetten."]
    assert unknown_headings(doc) == []


@pytest.mark.parametrize("heading", ["Wat niet mag", "Wat niet kan", "Waarvoor gebruiken we AI niet"])
def test_what_may_not_be_done_stays_the_prohibitions(heading: str) -> None:
    doc = _md(f"{_TITLE}## {heading}\n\n- Klantgegevens in ChatGPT zetten.\n")
    assert rules_of(doc).get("mag_niet") == ["Klantgegevens in ChatGPT zetten."]


# --- 8. "Label – value" lines ---


def _dash_word(*paragraphs: str) -> Document:
    def build_document(document: Any) -> None:
        document.add_heading("Bakkerij Jansen – AI-beleid", level=0)
        for text in paragraphs:
            document.add_paragraph(text)
        document.add_heading("DIT NIET", level=1)
        document.add_paragraph("Klantgegevens in ChatGPT zetten.", style="List Bullet")

    return _word(build_document)


_SANNE = "Aanspreekpunt – Sanne de Vries, sanne@jansen.example"
_TOOLS_LINE = "Tools — ChatGPT Team, Copilot"


@pytest.mark.parametrize(
    "doc",
    [
        pytest.param(_md(f"{_TITLE}{_SANNE}\n\n{_TOOLS_LINE}\n{_RULES}"), id="markdown"),
        pytest.param(_md(f"{_TITLE}{_SANNE}\n{_TOOLS_LINE}\n{_RULES}"), id="markdown-lines"),
        pytest.param(_md(f"{_TITLE}- {_SANNE}\n- {_TOOLS_LINE}\n{_RULES}"), id="markdown-items"),
        pytest.param(_dash_word(_SANNE, _TOOLS_LINE), id="word"),
        pytest.param(
            _md(
                f"{_TITLE}**Aanspreekpunt** – Sanne de Vries, sanne@jansen.example\n\n**Tools** — ChatGPT Team, Copilot\n"
            ),
            id="bold-label",
        ),
    ],
)
def test_a_label_and_its_value_after_a_dash(doc: Document) -> None:
    assert _contact(doc) == {"naam": "Sanne de Vries", "email": "sanne@jansen.example"}
    assert _tools(doc) == [{"naam": "ChatGPT Team"}, {"naam": "Copilot"}]
    assert doc.loose == []


@pytest.mark.parametrize(
    "line",
    [
        "Bakkerij Jansen – AI-beleid voor het hele team",
        "Contact – dat doen we altijd persoonlijk.",
        "Tools – wat zijn dat?",
    ],
)
def test_a_dash_after_other_words_is_no_label(line: str) -> None:
    doc = _md(f"{_TITLE}{_RULES}\n{line}\n")
    assert "aanspreekpunt" not in _data(doc) and "goedgekeurde_tools" not in _data(doc)


# --- the eleventh testers' round: "Wel" / "Niet" headings, a symbol before a heading ---

_WEL_NIET = "- Teksten laten voorschrijven.\n\n{niet}\n\n- Klantnamen in ChatGPT typen.\n"


@pytest.mark.parametrize(
    ("wel", "niet"),
    [("## Wel", "## Niet"), ("**Wel:**", "**Niet:**"), ("Wel:", "Niet:"), ("## ✅ Wel", "## ❌ Niet")],
)
def test_wel_and_niet_headings_open_the_lists(wel: str, niet: str) -> None:
    doc = _md(f"# AI-afspraken Bakkerij Jansen\n\n{wel}\n\n" + _WEL_NIET.format(niet=niet))
    assert rules_of(doc) == {"mag": ["Teksten laten voorschrijven."], "mag_niet": ["Klantnamen in ChatGPT typen."]}
    assert unknown_headings(doc) == []


def test_a_wel_column_beside_another_is_still_no_rule_table() -> None:
    doc = _md(f"{_TITLE}| Wel | Toelichting |\n|---|---|\n| Lesideeën | bedenken |\n{_RULES}")
    assert "mag" not in rules_of(doc)


@pytest.mark.parametrize(
    ("heading", "kind"), [("🟢 Green", "mag"), ("🔴 Red", "mag_niet"), ("🟠 Orange", "mag"), ("🔴Rood", "mag_niet")]
)
def test_a_traffic_light_heading_with_its_emoji(heading: str, kind: str) -> None:
    doc = _md(f"# Lindenhof – AI at work\n\n## {heading}\n\n- Residents' names in ChatGPT.\n")
    assert rules_of(doc) == {kind: ["Residents' names in ChatGPT."]}
    assert unknown_headings(doc) == []


def test_a_symbol_before_an_unknown_heading_leaves_it_unknown() -> None:
    doc = _md(f"{_TITLE}## 🙂 Tips en trucs\n\nVraag AI om een tweede versie.\n{_RULES}")
    assert unknown_headings(doc) == ["🙂 Tips en trucs"]


# --- the eleventh testers' round: the tools a rule or a memo's sentence names ---

_GEMEENTE = (
    "De afdeling werkt uitsluitend met Microsoft 365 Copilot binnen de gemeentelijke omgeving "
    "(verwerkersovereenkomst: ja; persoonsgegevens: nee)."
)
_COPILOT = {
    "naam": "Microsoft 365 Copilot (gemeentelijke omgeving)",
    "verwerkersovereenkomst": "ja",
    "persoonsgegevens": "nee",
}


@pytest.mark.parametrize("heading", ["## Artikel 5 – Toegestane toepassingen", "## Toegestaan"])
def test_a_permission_that_names_the_only_tool_gives_the_tool_too(heading: str) -> None:
    doc = _md(f"# Regeling AI-gebruik – Gemeente Waterland-Oost\n\n{heading}\n\n{_GEMEENTE}\n{_RULES}")
    assert _tools(doc) == [_COPILOT]
    assert rules_of(doc)["mag"] == [_GEMEENTE]  # still the permission it states


def test_a_tools_label_still_gives_the_tools_over_a_rule() -> None:
    doc = _md(f"{_TITLE}## Toegestaan\n\n{_GEMEENTE}\n\n## Goedgekeurde tools\n\n- DeepL Pro\n{_RULES}")
    assert _tools(doc) == [{"naam": "DeepL Pro"}]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "We gebruiken hiervoor alleen ChatGPT Team via het clubaccount (verwerkersovereenkomst getekend).",
            [{"naam": "ChatGPT Team (clubaccount)", "verwerkersovereenkomst": "getekend"}],
        ),
        ("Het team werkt alleen met Canva en DeepL Pro.", [{"naam": "Canva"}, {"naam": "DeepL Pro"}]),
        ("We gebruiken hiervoor alleen AI voor concepten.", []),
        ("We gebruiken alleen AI voor concepten.", []),
        ("De afdeling werkt uitsluitend met vaste formats.", []),
    ],
)
def test_the_only_tools_a_memo_sentence_names(sentence: str, expected: list[dict[str, str]]) -> None:
    assert _tools(_md(f"{_TITLE}{sentence}\n{_RULES}")) == expected


# --- the eleventh testers' round: the scope of a guide ---


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        (
            "This guide is for all employees, students and volunteers at Lindenhof, starting 1 June 2026.",
            "all employees, students and volunteers at Lindenhof",
        ),
        ("This guide applies to all staff.", "all staff"),
        ("Deze handleiding is voor alle medewerkers.", "alle medewerkers"),
        ("Dit protocol geldt voor alle medewerkers en vrijwilligers.", "alle medewerkers en vrijwilligers"),
    ],
)
def test_a_guide_says_whom_it_is_for(sentence: str, scope: str) -> None:
    assert _data(_md(f"{_TITLE}{sentence}\n{_RULES}")).get("geldt_voor") == scope


def test_a_guide_for_a_purpose_names_no_one() -> None:
    assert "geldt_voor" not in _data(_md(f"{_TITLE}This guide is for information only.\n{_RULES}"))


# --- the eleventh testers' round: contacts and organisations of memos and titles ---


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "The team's privacy champion, Noor Bakker, n.bakker@westerveen.example, 0523 678 900.",
            {"naam": "Noor Bakker", "rol": "privacy champion", "email": "n.bakker@westerveen.example"},
        ),
        (
            "Twijfel je? Bel of app dan even met Kees Jansen (secretaris), 06 98 76 54 32.",
            {"naam": "Kees Jansen", "rol": "secretaris", "telefoon": "06 98 76 54 32"},
        ),
    ],
)
def test_a_contacts_role_beside_the_person(line: str, expected: dict[str, str]) -> None:
    contact = _contact(_md(f"{_TITLE}## Contact\n\n{line}\n{_RULES}"))
    assert {key: contact.get(key) for key in expected} == expected


def test_a_person_after_a_possessive_name_stays_the_person() -> None:
    contact = _contact(_md(f"{_TITLE}## Contact\n\nSanne's Bakery, Sanne de Vries, sanne@jansen.example\n{_RULES}"))
    assert contact.get("email") == "sanne@jansen.example" and "privacy" not in str(contact)


_MEMO_BODY = (
    "**Aan:** alle vrijwilligers en trainers\n\nHoi allemaal,\n\n- Deel nooit ledengegevens met een AI-programma.\n\n"
    "Twijfel je? Mail me: mark@club.example.\n\nDeze afspraken gaan in op 1 oktober 2026.\n\nSportieve groet,\n\nMark\n"
)


@pytest.mark.parametrize(
    ("sender", "organisation", "role"),
    [
        ("Mark Visser, chair, Amstel Hockey Club", "Amstel Hockey Club", "chair"),
        ("Bestuur TC De Smash", "TC De Smash", None),
        ("Mark Visser, voorzitter", None, "voorzitter"),
    ],
)
def test_a_memos_from_line_names_the_organisation(sender: str, organisation: str | None, role: str | None) -> None:
    doc = _md(f"**Van:** {sender}\n{_MEMO_BODY}")
    assert _data(doc).get("organisatie") == organisation
    if role:
        assert _contact(doc).get("rol") == role


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        ("Afspraken over AI op OBS De Klimop", "OBS De Klimop"),
        ("Regels voor AI op OBS De Klimop", "OBS De Klimop"),
        ("Architectenbureau Lijn & Licht — zo gaan we om met AI", "Architectenbureau Lijn & Licht"),
        ("Afspraken over AI op school", None),
        ("Afspraken over AI op het werk", None),
    ],
)
def test_the_organisation_after_op_or_before_how_we_use_ai(title: str, organisation: str | None) -> None:
    assert _data(_md(f"# {title}\n{_RULES}")).get("organisatie") == organisation


# --- the eleventh testers' round: a yes on a condition, a question about things ---

_ZORG = "# AI bij Zorgcentrum Het Baken – veelgestelde vragen\n\n"


@pytest.mark.parametrize(
    "answer",
    ["Ja, dat mag, zolang er geen namen van bewoners in staan.", "Ja, dat kan, zolang er geen namen in staan."],
)
def test_a_yes_in_words_on_a_condition_permits(answer: str) -> None:
    doc = _md(f"{_ZORG}**Mag ik AI gebruiken voor de nieuwsbrief aan familie?**\n{answer}\n")
    assert list(rules_of(doc)) == ["mag"]


def test_a_yes_that_states_a_duty_stays_the_duty() -> None:
    doc = _md(f"{_ZORG}**Moet ik nakijken wat de AI schrijft?**\nJa. Lees elke tekst na voordat je hem verstuurt.\n")
    assert list(rules_of(doc)) == ["moet"]


@pytest.mark.parametrize(
    "question", ["En roosters, personeelszaken of de cijfers van het zorgcentrum?", "En klantgegevens?"]
)
def test_a_question_about_things_is_answered_in_the_answers_words(question: str) -> None:
    answer = "Die blijven binnen Het Baken. Roosters en contracten zet je niet in een AI-programma."
    doc = _md(f"{_ZORG}**Mag ik ChatGPT gebruiken?**\nJa, voor concepten.\n\n**{question}**\n{answer}\n")
    assert rules_of(doc).get("mag_niet") == [f"{question} {answer}"]  # ("Die …": with the question it answers)


def test_and_then_asks_about_nothing() -> None:
    doc = _md(f"{_ZORG}**Mag ik ChatGPT gebruiken?**\nJa, voor concepten.\n\n**En dan?**\nDan lees je het na.\n")
    assert "mag_niet" not in rules_of(doc)


# --- the eleventh testers' round: a heading over rules in their own words ---


@pytest.mark.parametrize("heading", ["Who decides", "Wie beslist", "Wie beslist?"])
def test_who_decides_reads_its_sentences_as_rules(heading: str) -> None:
    sentence = "Een AI-tool geeft nooit het advies aan een cliënt; dat doet de behandelend advocaat."
    doc = _md(f"{_TITLE}## {heading}\n\n{sentence}\n")
    assert rules_of(doc).get("mag_niet") == [sentence]
    assert unknown_headings(doc) == []


def test_a_sentence_about_no_ai_under_who_decides_stays_text() -> None:
    doc = _md(f"{_TITLE}## Wie beslist\n\nDe directie beslist over vakantierooster en budget.\n{_RULES}")
    assert rules_of(doc) == {"mag_niet": ["Klantgegevens in ChatGPT zetten."]}


@pytest.mark.parametrize("heading", ["## Niet", "## ALTIJD"])
def test_the_only_tools_in_a_paragraph_under_dit_niet_are_the_tools_not_a_rule(heading: str) -> None:
    sentence = "We gebruiken hiervoor alleen ChatGPT Team via het clubaccount (verwerkersovereenkomst getekend)."
    doc = _md(f"{_TITLE}{heading}\n\n- Ledengegevens in ChatGPT zetten.\n\n{sentence}\n")
    assert _tools(doc) == [{"naam": "ChatGPT Team (clubaccount)", "verwerkersovereenkomst": "getekend"}]
    assert sentence not in str(rules_of(doc))


def test_an_order_that_names_the_tool_and_forbids_stays_its_rule() -> None:
    sentence = "Gebruik alleen ChatGPT Team, nooit een privé-account."
    doc = _md(f"{_TITLE}## Niet\n\n- Ledengegevens in ChatGPT zetten.\n\n{sentence}\n")
    assert sentence in rules_of(doc)["mag_niet"]


# --- Document.headings: every heading the reader saw, for the rule that names where a loose sentence stands ---

_HEADINGS_PAGE = (
    "# Bakkerij Jansen – AI-afspraken\n\n## Onze afspraken\n\nWe delen nooit klantnamen.\n\n**Wat mag**\n\n"
    "- Concepten.\n\nDIT NIET\n\n- Klantgegevens.\n\nWat niet mag:\n\n- Recepten.\n\nVersie: 1.0\n\n"
    "**Contact:** Sanne, sanne@jansen.example\n\n## Onbekend kopje\n\nTekst.\n"
)


def test_every_heading_is_recorded_with_its_position() -> None:
    assert _md(_HEADINGS_PAGE).headings == [
        (1, 3, "Bakkerij Jansen – AI-afspraken"),
        (3, 4, "Onze afspraken"),
        (7, 1, "Wat mag"),
        (11, 1, "DIT NIET"),
        (15, 1, "Wat niet mag:"),
        (23, 4, "Onbekend kopje"),
    ]  # ("Versie: 1.0" and "**Contact:** Sanne …" are labels with their values, no headings)


def test_every_heading_of_a_word_document_is_recorded() -> None:
    def build_document(document: Any) -> None:
        document.add_heading("Bakkerij Jansen – AI-afspraken", level=0)
        document.add_heading("Onze afspraken", level=1)
        document.add_paragraph("We delen nooit klantnamen.")
        document.add_paragraph().add_run("Wat mag").bold = True
        document.add_paragraph("Concepten.", style="List Bullet")
        document.add_heading("Praktisch", level=2)
        document.add_paragraph("Versie: 1.0")

    assert [(line, text) for line, _, text in _word(build_document).headings] == [
        (1, "Bakkerij Jansen – AI-afspraken"),
        (2, "Onze afspraken"),
        (4, "Wat mag"),
        (6, "Praktisch"),
    ]


# --- the twelfth testers' round ---

_NUMBERED = (
    "# AI Policy – Hendriks & Walsh Accountants\n\nThis page sets out how our staff may use AI tools.\n\n"
    "1. Never enter client data into ChatGPT.\n"
    "2. Approved tools: Microsoft 365 Copilot (firm account, DPA in place) and CCH Tagetik AI (DPA in place).\n"
    "3. Questions? Contact our compliance officer, Priya Nair, on 010 444 5566 or priya@hendrikswalsh.example.\n"
    "4. This policy applies to all partners, staff and trainees from 1 March 2026.\n"
)


def test_a_numbered_field_item_ends_with_its_value() -> None:
    doc = _md(_NUMBERED)
    assert [tool["naam"] for tool in _tools(doc)] == ["Microsoft 365 Copilot (firm account)", "CCH Tagetik AI"]
    assert _contact(doc)["naam"] == "Priya Nair"
    assert _data(doc)["ingangsdatum"] == "1 March 2026"


def test_a_real_scope_replaces_the_pages_description_of_its_readers() -> None:
    assert _data(_md(_NUMBERED))["geldt_voor"] == "all partners, staff and trainees"
    alone = _md(
        _NUMBERED.replace("4. This policy applies to all partners, staff and trainees from 1 March 2026.\n", "")
    )
    assert _data(alone)["geldt_voor"] == "our staff"  # (with no other scope, the description is the scope)


def test_a_tools_label_over_its_own_list_still_reads_the_list() -> None:
    doc = _md(f"{_TITLE}Goedgekeurde tools:\n\n- ChatGPT Team\n- Copilot\n{_RULES}")
    assert _tools(doc) == [{"naam": "ChatGPT Team"}, {"naam": "Copilot"}]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "We use ChatGPT Team under the company account (DPA signed, no client data).",
            [{"naam": "ChatGPT Team (company account)", "verwerkersovereenkomst": "signed", "persoonsgegevens": "nee"}],
        ),
        ("We use AI for drafts and summaries.", []),
        ("We use Canva for our posters.", []),  # (no tool of the catalogue: a sentence about our work)
    ],
)
def test_we_use_a_catalogue_tool_names_it(sentence: str, expected: list[dict[str, str]]) -> None:
    assert _tools(_md(f"{_TITLE}{sentence}\n{_RULES}")) == expected


def test_we_work_with_two_tools_under_the_tools_heading() -> None:
    line = (
        "We werken met DeepL Pro (verwerkersovereenkomst getekend, geen persoonsgegevens) en Microsoft 365 Copilot "
        "(zakelijk account, verwerkersovereenkomst getekend)."
    )
    assert _tools(_md(f"{_TITLE}## Tools\n\n{line}\n{_RULES}")) == [
        {"naam": "DeepL Pro", "verwerkersovereenkomst": "getekend", "persoonsgegevens": "nee"},
        {"naam": "Microsoft 365 Copilot (zakelijk account)", "verwerkersovereenkomst": "getekend"},
    ]


_NEVER = (
    "# AI at Welcome Home Relocation\n\nA few rules though:\n\n"
    "**Never** paste anything about our clients into an AI tool: no names or addresses.\n"
    "Don't share our landlord contracts or our fee agreements.\n"
    "AI does not choose which apartment a family gets.\n\n"
    "We use ChatGPT Team under the company account (DPA signed, no client data).\n"
    "If in doubt, ask me: Marco Bianchi, marco@welcomehome.example, 06 2345 6789.\n"
)


def test_a_bold_first_word_is_part_of_its_rule_and_each_line_is_a_rule() -> None:
    doc = _md(_NEVER)
    assert rules_of(doc)["mag_niet"] == [
        "Never paste anything about our clients into an AI tool: no names or addresses.",
        "Don't share our landlord contracts or our fee agreements.",
        "AI does not choose which apartment a family gets.",
    ]
    assert _tools(doc)[0]["naam"] == "ChatGPT Team (company account)"
    assert _contact(doc) == {"naam": "Marco Bianchi", "email": "marco@welcomehome.example", "telefoon": "06 2345 6789"}


def test_a_bold_label_over_its_value_stays_the_label() -> None:
    doc = _md(f"{_TITLE}**DIT NIET** Klantgegevens invoeren.\n\n**Nooit:** recepten delen.\n")
    assert rules_of(doc)["mag_niet"] == ["Klantgegevens invoeren.", "recepten delen."]


def test_a_rule_and_its_explanation_on_the_next_line_stay_one_rule() -> None:
    doc = _md(f"{_TITLE}## DIT NIET\n\nNever paste client data.\nThat would be a data breach.\n")
    assert rules_of(doc)["mag_niet"] == ["Never paste client data. That would be a data breach."]


@pytest.mark.parametrize(
    "sentence", ["Deze afspraak geldt voor alle apothekers.", "Deze werkafspraak geldt voor alle apothekers."]
)
def test_one_agreement_says_whom_it_is_for(sentence: str) -> None:
    assert _data(_md(f"{_TITLE}{sentence}\n{_RULES}")).get("geldt_voor") == "alle apothekers"


def test_dit_doen_we_wel_is_what_we_do() -> None:
    doc = _md(
        f"{_TITLE}## Dit doen we wel\n\n- Vakliteratuur laten samenvatten.\n\n## Dit doen we niet\n\n- Klantnamen invoeren.\n"
    )
    assert rules_of(doc) == {"mag": ["Vakliteratuur laten samenvatten."], "mag_niet": ["Klantnamen invoeren."]}
    assert unknown_headings(doc) == []


def test_an_unknown_heading_over_field_labels_names_those_fields() -> None:
    fields = (
        "**Welke tools:** Microsoft 365 Copilot\n\n**Voor wie:** alle fysiotherapeuten.\n\n**Vanaf:** 1 februari 2026\n"
    )
    doc = _md(f"{_TITLE}{_RULES}\n## Praktisch\n\n{fields}")
    [problem] = [p for p in doc.problems if p.found == "Praktisch"]
    assert set(problem.reason.split(",")) == {"goedgekeurde_tools", "geldt_voor", "ingangsdatum"}


def test_an_unknown_label_with_its_value_names_only_what_it_gave() -> None:
    doc = _md(f"{_TITLE}{_RULES}\nIngangsdatun: 1 maart 2026\n\n**Voor wie:** alle fysiotherapeuten.\n")
    assert [p.reason for p in doc.problems if p.found == "Ingangsdatun"] == [""]


_NIET_DOEN = "## Niet doen\n\n- Klantgegevens invoeren.\n- Onze inkoopprijzen in een AI-tool plakken.\n\n"


def test_a_remark_after_the_prohibitions_items_is_no_prohibition() -> None:
    remark = "Voor een nieuwe tool die persoonsgegevens van klanten verwerkt, doen we eerst een DPIA."
    doc = _md(f"{_TITLE}{_NIET_DOEN}{remark}\n")
    assert rules_of(doc)["mag_niet"] == ["Klantgegevens invoeren.", "Onze inkoopprijzen in een AI-tool plakken."]
    assert any(text == remark for text, _, _ in doc.loose)


@pytest.mark.parametrize(
    "paragraph", ["Deel nooit wachtwoorden met een AI-tool.", "Licentiesleutels horen niet in ChatGPT."]
)
def test_a_prohibition_after_the_items_is_still_one(paragraph: str) -> None:
    assert paragraph in rules_of(_md(f"{_TITLE}{_NIET_DOEN}{paragraph}\n"))["mag_niet"]


@pytest.mark.parametrize(
    ("details", "expected"),
    [
        ("verwerkersovereenkomst via het bestuur, geen leerlinggegevens", "ja"),
        ("verwerkersovereenkomst, onderdeel van het leerlingvolgsysteem", "ja"),
        ("DPA through the trust", "ja"),
        ("verwerkersovereenkomst via het bestuur aangevraagd", "aangevraagd"),
    ],
)
def test_an_agreement_arranged_through_someone_else_is_there(details: str, expected: str) -> None:
    doc = _md(f"{_TITLE}## Goedgekeurde tools\n\n- Microsoft 365 Copilot ({details})\n{_RULES}")
    assert _agreements(doc) == [expected]
