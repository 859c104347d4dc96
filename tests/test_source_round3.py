"""Reading what the third round of testers wrote (QA round 3, English and Dutch): the forms real authors use
for the four fields and the rule lists, each as a class with near misses that must not change.

Each test names the testers' policy that showed the class; the sentences here are written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from aibeleid_check.meaning import recognised_ids
from aibeleid_check.source import SourceKind
from documents import markdown as _md
from documents import unknown_headings as _unknown
from documents import word


def _data(page: str) -> dict[str, Any]:
    return _md(page).data or {}


def _word(build: Any) -> dict[str, Any]:
    return word(build).data or {}


# --- a two-column "field | value" table is the fields, not a tools table (EN 08, NL jeugdzorg, dierenkliniek) ---

FIELD_ROWS = [
    ("Approved tools", "Microsoft 365 Copilot (work account, processing agreement signed, no personal data)"),
    ("Contact person", "Anouk Jansen (privacy officer), privacy@example.org, 0344 61 70 70"),
    ("Applies to", "All counsellors, administrative staff, volunteers and interns"),
    ("Effective date", "1 February 2026"),
]
RULES_MD = "## Prohibited uses\n\n- Entering any client data into an AI tool.\n\n"


def _fields_ok(data: dict[str, Any]) -> None:
    # the account before the details stays with the name (round 5: "ChatGPT (free version, …)")
    assert [tool["naam"] for tool in data["goedgekeurde_tools"]] == ["Microsoft 365 Copilot (work account)"]
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


# --- a colon list ends where its items end; an e-mail's sign-off is no rule (EN 02, NL apotheek) ---

MAIL = [
    ("para", "From: Ingrid Vermeulen <ingrid@example.org>"),
    ("para", "To: All staff LinguaLink"),
    ("para", "Subject: New AI policy"),
    ("para", "Dear all,"),
    ("para", "From 1 February 2026 the following applies to all in-house translators and project managers."),
    ("para", "What you may not do:"),
    ("item", "upload client documents that contain personal data to any AI tool;"),
    ("item", "paste our price lists or client contracts into ChatGPT."),
    ("para", "And one thing I want to stress: never deliver machine output without a human check."),
    (
        "para",
        "The approved tools are DeepL Pro (processing agreement signed, personal data allowed) and Microsoft 365"
        " Copilot (processing agreement signed, no personal data).",
    ),
    ("para", "If you are unsure whether something is allowed, ask me directly: ingrid@example.org or 020 624 18 18."),
    ("para", "Kind regards,"),
    ("para", "Ingrid Vermeulen"),
    ("para", "Director, LinguaLink Vertalingen"),
]


def _mail_md(lines: list[tuple[str, str]]) -> str:
    return "".join(f"- {text}\n\n" if kind == "item" else f"{text}\n\n" for kind, text in lines)


def _mail_word(lines: list[tuple[str, str]]) -> Any:
    def build(document: Any) -> None:
        for kind, text in lines:
            document.add_paragraph(text, style="List Bullet" if kind == "item" else None)

    return build


@pytest.mark.parametrize("form", ["md", "docx"])
def test_the_list_under_a_plain_colon_lead_ends_with_its_items(form: str) -> None:
    data = _data(_mail_md(MAIL)) if form == "md" else _word(_mail_word(MAIL))
    assert data["regels"] == {
        "mag_niet": [
            "upload client documents that contain personal data to any AI tool;",
            "paste our price lists or client contracts into ChatGPT.",
        ]
    }
    assert [tool["naam"] for tool in data["goedgekeurde_tools"]] == ["DeepL Pro", "Microsoft 365 Copilot"]
    assert data["ingangsdatum"] == "1 February 2026"


@pytest.mark.parametrize("form", ["md", "docx"])
def test_an_email_is_read_as_its_writer_means_it(form: str) -> None:
    """The contact "ask me" is the writer (named in the signature or the From line); the scope is the mail's own
    sentence, not its To: line; the organisation is the signature's "Director, X"."""
    data = _data(_mail_md(MAIL)) if form == "md" else _word(_mail_word(MAIL))
    assert data["aanspreekpunt"] == {
        "naam": "Ingrid Vermeulen",
        "rol": "Director",
        "email": "ingrid@example.org",
        "telefoon": "020 624 18 18",
    }
    assert data["geldt_voor"] == "all in-house translators and project managers"
    assert data["organisatie"] == "LinguaLink Vertalingen"


def test_a_dutch_mail_whose_contact_is_the_writer_and_whose_channels_are_in_the_signature() -> None:
    page = _mail_md(
        [
            ("para", "Van: Marloes de Groot <m.degroot@example.nl>"),
            ("para", "Verzonden: maandag 12 januari 2026 09:14"),
            ("para", "Aan: Team Apotheek De Linde"),
            ("para", "Vanaf 1 februari 2026 geldt dit voor alle apothekers, assistenten en bezorgers."),
            ("para", "Wat echt niet mag:"),
            ("item", "Patiëntgegevens in ChatGPT zetten."),
            ("item", "Contracten met zorgverzekeraars delen."),
            ("para", "En: alles wat je van AI terugkrijgt controleer je zelf."),
            ("para", "Twijfel je? Loop even binnen of mail me."),
            ("para", "Hartelijke groet,"),
            ("para", "Marloes de Groot"),
            ("para", "Beherend apotheker, Apotheek De Linde"),
            ("para", "m.degroot@example.nl | 0543 51 22 33"),
        ]
    )
    doc = _md(page)
    assert _unknown(doc) == []  # "Verzonden" is the mail's header, not a typo of "Verboden"
    data = doc.data
    assert data["regels"] == {
        "mag_niet": ["Patiëntgegevens in ChatGPT zetten.", "Contracten met zorgverzekeraars delen."]
    }
    assert data["aanspreekpunt"] == {
        "naam": "Marloes de Groot",
        "rol": "Beherend apotheker",
        "email": "m.degroot@example.nl",
        "telefoon": "0543 51 22 33",
    }
    assert data["organisatie"] == "Apotheek De Linde"
    assert data["geldt_voor"] == "alle apothekers, assistenten en bezorgers"


def test_near_misses_a_headed_list_goes_on_and_a_to_line_without_a_scope_sentence_stays_the_scope() -> None:
    headed = _data("# AI-beleid X\n\n## Wat niet mag\n\n- Klantgegevens invoeren.\n\nDeel ook geen wachtwoorden.\n")
    assert headed["regels"]["mag_niet"] == ["Klantgegevens invoeren.", "Deel ook geen wachtwoorden."]
    memo = _data(
        "From: Jan de Boer\n\nTo: All staff\n\nWhat you may not do:\n\n- paste client data into ChatGPT.\n\n"
        "Questions? Ask Jan de Boer, jan@example.org.\n"
    )
    assert memo["geldt_voor"] == "All staff"
    assert memo["aanspreekpunt"]["naam"] == "Jan de Boer"
    # a name alone after a greeting is no organisation; "me" is never a name
    plain = _data(_mail_md([*MAIL[:-1]]))
    assert "organisatie" not in plain or plain["organisatie"] is None


# --- a line that states another field starts its own paragraph, and ends the field above it (EN 09, NL garage,
# NL theater) ---


def test_fields_on_the_lines_of_one_markdown_paragraph_are_each_read() -> None:
    data = _data(
        "# AI policy – Rijschool Van Dijk\n"
        "Never type pupils' names into ChatGPT. Always check an AI answer yourself.\n"
        "Approved tools: ChatGPT Plus (no processing agreement, no personal data).\n"
        "Questions? Ask Peter van Dijk, 06 41 22 87 53.\n"
        "Applies to all instructors and the office, from 1 January 2026.\n"
    )
    assert data["goedgekeurde_tools"] == [
        {"naam": "ChatGPT Plus", "verwerkersovereenkomst": "nee", "persoonsgegevens": "nee"}
    ]
    assert data["aanspreekpunt"] == {"naam": "Peter van Dijk", "telefoon": "06 41 22 87 53"}
    assert data["geldt_voor"] == "all instructors and the office"
    assert data["ingangsdatum"] == "1 January 2026"


def test_a_contact_sentence_after_a_tools_line_is_the_contact_not_a_tool() -> None:
    data = _data(
        "# AI-beleid Autobedrijf Van Dam\n\n## Dit niet\n\n- Zet nooit een kenteken in een AI-tool.\n\n"
        "Goedgekeurde tools: Microsoft 365 Copilot (zakelijk account) en ChatGPT Team (geen klantgegevens).\n\n"
        "Vragen over deze afspraken? Neem contact op met Henk van Dam (eigenaar) via henk@example.nl of 0318 45 67 89.\n"
    )
    assert [tool["naam"] for tool in data["goedgekeurde_tools"]] == [
        "Microsoft 365 Copilot (zakelijk account)",
        "ChatGPT Team",
    ]
    assert data["aanspreekpunt"] == {
        "naam": "Henk van Dam",
        "rol": "eigenaar",
        "email": "henk@example.nl",
        "telefoon": "0318 45 67 89",
    }


def test_allowed_only_a_tool_names_the_tool_and_the_lines_after_it_are_fields() -> None:
    data = _data(
        "# AI-beleid Theater De Schouw\n"
        "Geen gegevens van bezoekers of abonnementhouders in AI-tools.\n"
        "Toegestaan: alleen Microsoft 365 Copilot met je werkaccount.\n"
        "Geldt voor alle medewerkers en vrijwilligers vanaf 1 april 2026. Vragen: Joost Meijer, joost@example.nl.\n"
    )
    assert [tool["naam"] for tool in data["goedgekeurde_tools"]] == ["Microsoft 365 Copilot (werkaccount)"]
    assert data["geldt_voor"] == "alle medewerkers en vrijwilligers"
    assert data["ingangsdatum"] == "1 april 2026"
    assert data["aanspreekpunt"] == {"naam": "Joost Meijer", "email": "joost@example.nl"}
    assert "regels" not in data or not data["regels"].get("mag")


def test_a_contact_label_inside_the_answer_is_no_part_of_the_name() -> None:
    data = _data("# AI-beleid X\n\n## Aanspreekpunt\n\nBij twijfel: Karin Hofstede (directeur), karin@example.nl.\n")
    assert data["aanspreekpunt"] == {"naam": "Karin Hofstede", "rol": "directeur", "email": "karin@example.nl"}


def test_near_misses_wrapped_lines_and_a_second_tool_stay_where_they_were() -> None:
    wrapped = _data(
        "# AI policy X\n\n## Not allowed\n\n- Never paste client data into a tool that\napplies to all staff.\n"
    )
    assert wrapped["regels"]["mag_niet"] == ["Never paste client data into a tool that applies to all staff."]
    tools = _data(
        "# AI-beleid X\n\n## Goedgekeurde tools\n\nChatGPT Team (verwerkersovereenkomst: ja)\n\nDeepL Pro (verwerkersovereenkomst: ja)\n"
    )
    assert [tool["naam"] for tool in tools["goedgekeurde_tools"]] == ["ChatGPT Team", "DeepL Pro"]
    allowed = _data("# AI-beleid X\n\nToegestaan: alleen teksten laten herschrijven.\n")
    assert allowed["regels"]["mag"] == ["alleen teksten laten herschrijven."]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Goedgekeurd zijn Microsoft 365 Copilot (zakelijk account) en Good Tape (verwerkersovereenkomst aangevraagd).",
            ["Microsoft 365 Copilot (zakelijk account)", "Good Tape"],
        ),
        ("Approved are ChatGPT Team (DPA signed) and DeepL Pro (DPA signed).", ["ChatGPT Team", "DeepL Pro"]),
        (
            "We only use Microsoft 365 Copilot with our work account (processing agreement signed; no client data).",
            ["Microsoft 365 Copilot (work account)"],  # the account stays with the name, in brackets (round 5)
        ),
    ],
)
def test_a_tools_line_with_a_lead_in_gives_its_tools(line: str, names: list[str]) -> None:
    data = _data(f"# AI-beleid X\n\n## Dit niet\n\n- Geen klantgegevens invoeren.\n\n## Tools\n\n{line}\n")
    assert [tool["naam"] for tool in data["goedgekeurde_tools"]] == names


# --- a numbered list without headings holds the fields and the permissions too (EN 04, NL garage, EN 11) ---

NUMBERED = (
    "# Stadsschouwburg Velsenburg – AI policy\n\n"
    "1. This policy applies to all staff, volunteers and freelance technicians of the theatre, and takes effect on"
    " 1 March 2026.\n"
    "2. You may use AI to draft press releases and newsletters.\n"
    "3. Never enter the names of ticket buyers into an AI tool.\n"
    "4. Always check facts, names and dates in AI-generated text before it is published.\n"
    "5. The approved tools are Microsoft 365 Copilot (signed DPA, no personal data) and DeepL Pro (signed DPA, no"
    " personal data).\n"
    "6. Report any mistake with personal data to the privacy officer the same day.\n"
    "7. If you are unsure, ask our head of operations, Sanne Bakker, at s.bakker@example.org or on 0255 51 23 00.\n"
)


def test_fields_stated_in_the_items_of_a_list_without_headings_are_read() -> None:
    data = _data(NUMBERED)
    assert data["geldt_voor"] == "all staff, volunteers and freelance technicians of the theatre"
    assert data["ingangsdatum"] == "1 March 2026"
    assert [tool["naam"] for tool in data["goedgekeurde_tools"]] == ["Microsoft 365 Copilot", "DeepL Pro"]
    assert data["aanspreekpunt"]["naam"] == "Sanne Bakker"
    assert data["regels"] == {
        "mag": ["You may use AI to draft press releases and newsletters."],
        "mag_niet": ["Never enter the names of ticket buyers into an AI tool."],
        "moet": ["Always check facts, names and dates in AI-generated text before it is published."],
    }


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ("You may use image generators for mood boards and early sketches.", "mag"),
        ("Je mag AI vragen om een storingscode uit te leggen.", "mag"),
        ("Laat AI gerust een eerste versie van een woningtekst schrijven, maar lees hem zelf na.", "mag"),
        ("Laat AI gerust een mail opstellen, maar vertrouw je er niet blind op.", "mag"),
        ("Klantgegevens deel je nooit met een AI-tool.", "mag_niet"),
        ("You may not paste client files into a chatbot.", "mag_niet"),  # near misses: a "may not" forbids
        ("Je mag nooit klantgegevens invoeren.", "mag_niet"),
        ("Always check AI output yourself.", "moet"),
    ],
)
def test_an_item_that_allows_is_a_permission_under_a_grouping_heading(item: str, kind: str) -> None:
    data = _data(f"# AI policy X\n\n## Golden rules\n\n- Never share contracts with an AI tool.\n- {item}\n")
    assert item in data["regels"][kind]


# --- headings that ask for a field or hold a Q&A (EN 05, EN 06, NL vertaalbureau, dierenkliniek, apotheek) ---


@pytest.mark.parametrize(
    ("heading", "answer", "field", "value"),
    [
        ("Who can I ask if I am not sure?", "Mark de Boer, m.deboer@example.org", "aanspreekpunt", "Mark de Boer"),
        ("When does it start?", "This policy takes effect on 1 May 2026.", "ingangsdatum", "1 May 2026"),
        ("Wanneer gaat het in?", "Deze afspraken gaan in op 1 mei 2026.", "ingangsdatum", "1 mei 2026"),
        ("Bij wie kan ik terecht?", "Karin Hofstede, karin@example.nl", "aanspreekpunt", "Karin Hofstede"),
    ],
)
def test_a_heading_that_asks_for_a_field_opens_it(heading: str, answer: str, field: str, value: str) -> None:
    doc = _md(f"# AI policy X\n\n## Not allowed\n\n- Never paste client data.\n\n## {heading}\n\n{answer}\n")
    found = doc.data[field]
    assert (found["naam"] if isinstance(found, dict) else found) == value
    assert _unknown(doc) == []


def test_a_heading_that_names_two_fields_is_read_for_both_without_a_warning() -> None:
    doc = _md(
        "# AI policy X\n\n## Not allowed\n\n- Never paste client data.\n\n## Who and when\n\n"
        "This policy applies to all employees, interns and volunteers of De Brug, from 1 April 2026.\n"
    )
    assert doc.data["geldt_voor"] == "all employees, interns and volunteers of De Brug"
    assert doc.data["ingangsdatum"] == "1 April 2026"
    assert _unknown(doc) == []


@pytest.mark.parametrize(
    ("heading", "never"), [("What we do", "What we never do"), ("Wat wij doen", "Wat wij nooit doen")]
)
def test_what_we_do_is_the_counterpart_of_what_we_never_do(heading: str, never: str) -> None:
    """What we do with AI is allowed; what we always do or check is a duty (it counts as the check rule)."""
    doc = _md(
        f"# AI policy X\n\n## {heading}\n\n- We use AI to summarise public documents.\n"
        "- We always read and check an AI text ourselves before we send it.\n"
        "- Wij lezen en controleren elk stuk tekst dat AI maakt zelf.\n\n"
        f"## {never}\n\n- We never enter client names.\n"
    )
    assert doc.data["regels"] == {
        "mag": ["We use AI to summarise public documents."],
        "moet": [
            "We always read and check an AI text ourselves before we send it.",
            "Wij lezen en controleren elk stuk tekst dat AI maakt zelf.",
        ],
        "mag_niet": ["We never enter client names."],
    }
    assert _unknown(doc) == []


def test_wat_wel_mag_as_a_label_opens_the_permissions_of_that_line() -> None:
    data = _data(
        "# AI-beleid X\n\nWat wel mag: teksten laten opstellen en richtlijnen laten samenvatten.\n\n"
        "Wat echt niet mag:\n\n- Patiëntgegevens invoeren.\n\nWe gebruiken alleen Microsoft 365 Copilot.\n"
    )
    assert data["regels"] == {
        "mag": ["teksten laten opstellen en richtlijnen laten samenvatten."],
        "mag_niet": ["Patiëntgegevens invoeren."],
    }
    assert [tool["naam"] for tool in data["goedgekeurde_tools"]] == ["Microsoft 365 Copilot"]


def test_a_questions_and_answers_heading_is_no_contact() -> None:
    doc = _md(
        "# AI-beleid Vertaalbureau X\n\n## Vragen en antwoorden\n\n"
        "**Mag ik vertrouwelijke documenten door een AI-tool laten vertalen?**\n"
        "Nee. Vertrouwelijke klantdocumenten deel je niet met een AI-tool.\n\n"
        "**Waar mag ik AI wel voor gebruiken?**\nVoor terminologie opzoeken en om een zin te laten herformuleren.\n\n"
        "## Contact\n\nSanne Bakker (kwaliteitsmanager) · sanne@example.nl\n"
    )
    assert doc.data["aanspreekpunt"]["naam"] == "Sanne Bakker"
    assert not [p for p in doc.problems if p.kind is SourceKind.DUPLICATE_KEY]
    assert doc.data["regels"] == {
        "mag_niet": ["Vertrouwelijke klantdocumenten deel je niet met een AI-tool."],
        "mag": ["Voor terminologie opzoeken en om een zin te laten herformuleren."],
    }


def test_question_headings_are_answered_by_their_first_word() -> None:
    def build(document: Any) -> None:
        document.add_heading("Apotheek Zuiderpark – AI policy", level=1)
        for question, answer in (
            ("May I use AI at all?", "Yes. You may use AI to draft texts for the website."),
            ("May I enter patient details?", "No. Never enter patient names into an AI tool."),
            ("Can I trust what the AI says?", "Not without checking. Always check an AI answer first."),
            ("May I use AI to check a dose?", "AI may never decide about a patient's medication."),
        ):
            document.add_heading(question, level=2)
            document.add_paragraph(answer)

    data = _word(build)
    assert data["regels"] == {
        "mag": ["You may use AI to draft texts for the website."],
        "mag_niet": ["Never enter patient names into an AI tool."],
    }  # the others stay text outside the lists, counted by their meaning


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        ("# How we use AI at Jeugdhulp De Brug", "Jeugdhulp De Brug"),
        ("# Zo gaan wij om met AI – Dierenkliniek De Hoef", "Dierenkliniek De Hoef"),
        ("# Redactiestatuut AI – Dagblad De Heuvelrug", "Dagblad De Heuvelrug"),
        ("AI-afspraken Autobedrijf Van Dam", "Autobedrijf Van Dam"),
    ],
)
def test_the_organisation_a_title_without_a_policy_word_names(title: str, organisation: str) -> None:
    assert _data(f"{title}\n\n## Dit niet\n\n- Geen klantgegevens invoeren.\n")["organisatie"] == organisation


@pytest.mark.parametrize(
    "title", ["# Working with AI – tips for staff", "# How we use AI at work", "Afspraken over AI"]
)
def test_near_misses_titles_that_name_no_organisation(title: str) -> None:
    assert _data(f"{title}\n\n## Dit niet\n\n- Geen klantgegevens invoeren.\n").get("organisatie") is None


# --- more of what a list or a paragraph allows or forbids (EN 02, EN 05, NL garage) ---


def test_a_paragraph_outside_the_sections_that_allows_is_a_permission() -> None:
    data = _data(
        _mail_md(
            [
                MAIL[0],
                MAIL[4],
                ("para", "You may use DeepL Pro for a first draft. You may also use AI to brainstorm."),
                *MAIL[5:],
            ]
        )
    )
    assert data["regels"]["mag"] == ["You may use DeepL Pro for a first draft. You may also use AI to brainstorm."]
    near = _data(
        _mail_md(
            [
                MAIL[0],
                MAIL[4],
                ("para", "You may not use ChatGPT for client work."),
                ("para", "You can find the rules below."),
                ("para", "You may use this memo as a checklist."),
                *MAIL[5:],
            ]
        )
    )
    assert "mag" not in near["regels"]


def test_dutch_items_that_forbid_or_demand_after_their_object_are_rules_of_the_list() -> None:
    data = _data(
        "AI-afspraken Autobedrijf Van Dam\n\n"
        "1. Je mag AI vragen om een storingscode uit te leggen.\n"
        "2. Zet nooit een kenteken of naam van een klant in een AI-tool.\n"
        "3. Ook werkorders en facturen met klantgegevens gaan er niet in.\n"
        "4. Inkoopprijzen en kortingsafspraken met leveranciers deel je nooit met een AI-tool.\n"
        "5. Alles wat AI schrijft of uitrekent, lees en controleer je zelf voordat het naar een klant gaat.\n"
        "6. We bekijken deze afspraken elk jaar opnieuw.\n"
    )
    assert data["regels"] == {
        "mag": ["Je mag AI vragen om een storingscode uit te leggen."],
        "mag_niet": [
            "Zet nooit een kenteken of naam van een klant in een AI-tool.",
            "Ook werkorders en facturen met klantgegevens gaan er niet in.",
            "Inkoopprijzen en kortingsafspraken met leveranciers deel je nooit met een AI-tool.",
        ],
        "moet": ["Alles wat AI schrijft of uitrekent, lees en controleer je zelf voordat het naar een klant gaat."],
    }  # the last item is a note, no rule: it stays text


def test_a_scope_answer_loses_its_to_and_a_no_that_keeps_something_out_forbids() -> None:
    """ "No. Contracts … stay out of AI tools." forbids: under NOT ALLOWED the recognition counts a kept-out item
    by its own words (meaning round 15), so the answer reaches the list and the A4."""

    def build(document: Any) -> None:
        document.add_heading("Apotheek Zuiderpark – AI policy", level=1)
        document.add_heading("Who does this policy apply to?", level=2)
        document.add_paragraph("To all pharmacists, pharmacy assistants and interns of Apotheek Zuiderpark.")
        document.add_heading("May I share our purchasing agreements?", level=2)
        document.add_paragraph("No. Contracts with health insurers and our financial figures stay out of AI tools.")

    data = _word(build)
    assert data["geldt_voor"] == "all pharmacists, pharmacy assistants and interns of Apotheek Zuiderpark"
    assert data["regels"] == {
        "mag_niet": ["Contracts with health insurers and our financial figures stay out of AI tools."]
    }
    assert recognised_ids(data["regels"]["mag_niet"][0], "mag_niet") == {"geen-bedrijfsgeheimen"}


def test_a_no_that_neither_forbids_nor_keeps_out_stays_text() -> None:
    def build(document: Any) -> None:
        document.add_heading("Apotheek Zuiderpark – AI policy", level=1)
        document.add_heading("May I use AI on my phone?", level=2)
        document.add_paragraph("No. The work phones are managed by the IT department.")

    assert "regels" not in _word(build)


def test_what_follows_a_signature_is_text_again() -> None:
    page = _mail_md(
        [
            *MAIL,
            ("para", "0612345678"),
            ("para", "LinguaLink Vertalingen B.V."),
            ("para", "Keizersgracht 1"),
            ("para", "P.S. Never paste client contracts into ChatGPT."),
            ("item", "Nor into any other chatbot."),
        ]
    )
    doc = _md(page)
    assert [text for text, _, _ in doc.loose][-2:] == [
        "P.S. Never paste client contracts into ChatGPT.",
        "Nor into any other chatbot.",
    ]


@pytest.mark.parametrize("form", ["md", "docx"])
def test_a_bold_question_on_its_own_line_is_answered_by_the_paragraph_under_it(form: str) -> None:
    pairs = [
        ("Mag ik een machinevertaling zo doorsturen?", "Nee. Stuur nooit een machinevertaling zonder nalezen door."),
        ("Mag ik AI gebruiken voor terminologie?", "Ja. Je mag AI gebruiken om terminologie op te zoeken."),
        ("Wie is het aanspreekpunt?", "Sanne Bakker (kwaliteitsmanager) · sanne@example.nl"),
    ]
    if form == "md":
        data = _data("# AI-beleid X\n\n" + "".join(f"**{q}**\n\n{a}\n\n" for q, a in pairs))
    else:

        def build(document: Any) -> None:
            document.add_heading("AI-beleid X", level=1)
            for question, answer in pairs:
                document.add_paragraph().add_run(question).bold = True
                document.add_paragraph(answer)

        data = _word(build)
    assert data["regels"] == {
        "mag_niet": ["Stuur nooit een machinevertaling zonder nalezen door."],
        "mag": ["Je mag AI gebruiken om terminologie op te zoeken."],
    }
    assert data["aanspreekpunt"]["naam"] == "Sanne Bakker"
