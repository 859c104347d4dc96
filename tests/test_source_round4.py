"""Reading what the fourth round of testers wrote (QA round 4, English and Dutch): the headings, bold run-in
labels, titles and answers real authors use, each as a class with near misses that must not change.

Each test names the testers' policy that showed the class; the sentences here are written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from aibeleid_check.source import labels
from documents import markdown as _md
from documents import rules_of as _rules
from documents import unknown_headings as _unknown
from documents import word as _word

# --- a heading that says no one may is the prohibitions (EN 09: "What none of you may do" read as ALLOWED) ---


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("What none of you may do", "mag_niet"),
        ("What no one may do", "mag_niet"),
        ("Wat niemand mag doen", "mag_niet"),
        ("Wat geen van jullie mag", "mag_niet"),
        ("What all of you must do", "moet"),
        ("What you must do", "moet"),
        ("Wat jullie altijd moeten doen", "moet"),
        ("Wat jullie wel kunnen doen", "mag"),
        # near misses: what was read before stays so
        ("What you can all do", "mag"),
        ("What you may do", "mag"),
        ("What you must not do", "mag_niet"),
        ("Wat mag niet", "mag_niet"),
    ],
)
def test_a_heading_that_says_who_may_or_must_names_its_list(heading: str, kind: str) -> None:
    assert labels.classify(heading, heading=True) == kind


def test_items_under_what_none_of_you_may_do_are_prohibitions_in_word() -> None:
    def build(document: Any) -> None:
        document.add_heading("AI policy of Practice De Horizon", 0)
        document.add_heading("What you can all do", 2)
        document.add_paragraph("You may use AI to draft a newsletter.", style="List Bullet")
        document.add_heading("What none of you may do", 2)
        document.add_paragraph("None of you may enter client names into an AI tool.", style="List Bullet")
        document.add_heading("What all of you must do", 2)
        document.add_paragraph("Check every text AI writes before you use it.", style="List Bullet")

    doc = _word(build)
    rules = _rules(doc)
    assert rules["mag"] == ["You may use AI to draft a newsletter."]
    assert rules["mag_niet"] == ["None of you may enter client names into an AI tool."]
    assert rules["moet"] == ["Check every text AI writes before you use it."]
    assert _unknown(doc) == []


# --- a page's own slide numbering, and the one-word headings of a slide deck (EN 03) ---


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Slide 2 – Who?", "geldt_voor"),
        ("Slide 3 – Go ahead", "mag"),
        ("Slide 4 – Don't", "mag_niet"),
        ("Slide 6 – Tools", "goedgekeurde_tools"),
        ("Dia 6: Tools", "goedgekeurde_tools"),
        ("Slide 7 – Questions?", "aanspreekpunt"),
        ("Who?", "geldt_voor"),
        ("When?", "ingangsdatum"),
        ("Sinds wanneer geldt dit?", "ingangsdatum"),
        ("Slide 1 – Why this deck?", "~intro"),
        ("Waarom deze slides?", "~intro"),
        # near misses
        ("Slide 5", None),
        ("Why we never paste client data", "mag_niet"),
        ("Slideshow tips", None),
    ],
)
def test_slide_headings_are_read_without_their_numbering(heading: str, kind: str | None) -> None:
    assert labels.classify(heading, heading=True) == kind


def test_a_slide_deck_in_word_gives_its_scope_permissions_and_tools() -> None:
    def build(document: Any) -> None:
        document.add_heading("AI policy of Crescendo Music School", 0)
        document.add_heading("Slide 1 – Why this deck?", 1)
        document.add_paragraph("AI can help, if we use it well.", style="List Bullet")
        document.add_heading("Slide 2 – Who?", 1)
        document.add_paragraph("All teachers, office staff and volunteers", style="List Bullet")
        document.add_heading("Slide 3 – Go ahead", 1)
        document.add_paragraph("Drafting lesson letters", style="List Bullet")
        document.add_heading("Slide 6 – Tools", 1)
        document.add_paragraph("Gemini for Education (DPA signed)", style="List Bullet")

    doc = _word(build)
    assert doc.data["geldt_voor"] in (
        "All teachers, office staff and volunteers",
        ["All teachers, office staff and volunteers"],
    )
    assert _rules(doc)["mag"] == ["Drafting lesson letters"]
    assert [tool["naam"] for tool in doc.data["goedgekeurde_tools"]] == ["Gemini for Education"]
    assert _unknown(doc) == []


# --- bold run-in labels "**Who:**", "**When:**", "**May:**" (EN 05, NL 05) ---


def test_bold_run_in_labels_who_when_and_may_open_their_field_or_list() -> None:
    doc = _md(
        "# AI policy of Van Dalen Funeral Care\n\n"
        "**Who:** all funeral directors and office staff.\n\n"
        "**When:** effective from 1 March 2026.\n\n"
        "**May:** use AI to draft a thank-you letter.\n\n"
        "**Never:** enter personal data into an AI tool.\n"
    )
    assert doc.data["geldt_voor"].rstrip(".") == "all funeral directors and office staff"
    assert doc.data["ingangsdatum"] == "1 March 2026"
    assert _rules(doc)["mag"] == ["use AI to draft a thank-you letter."]
    assert _unknown(doc) == []


def test_dutch_bold_run_in_label_mag_opens_the_permissions() -> None:
    doc = _md(
        "# AI-beleid van Uitvaartcentrum Rustpunt\n\n"
        "**Mag:** teksten laten opstellen die je daarna zelf nakijkt.\n\n"
        "**Nooit:** gegevens van overledenen invoeren.\n"
    )
    assert _rules(doc)["mag"] == ["teksten laten opstellen die je daarna zelf nakijkt."]
    assert _unknown(doc) == []


def test_near_miss_a_sentence_starting_with_may_is_no_label() -> None:
    doc = _md("# AI policy of Example Ltd\n\n## Allowed\n\n- May is when the new rules start.\n")
    assert _rules(doc)["mag"] == ["May is when the new rules start."]


# --- "Our rules" / "Onze regels" group the rule lists like "Rules" (EN 04, NL 04) ---


@pytest.mark.parametrize("heading", ["Our rules", "Onze regels", "Our golden rules", "Onze spelregels", "Our AI rules"])
def test_our_rules_is_a_grouping_heading(heading: str) -> None:
    assert labels.classify(heading, heading=True) == "~rules"


@pytest.mark.parametrize("heading", ["Our tools", "Rules of thumb for prompts", "Our story"])
def test_near_misses_other_our_headings_are_not_rule_groups(heading: str) -> None:
    assert labels.classify(heading, heading=True) != "~rules"


def test_a_numbered_rules_table_under_our_rules_gives_the_lists_in_word() -> None:
    def build(document: Any) -> None:
        document.add_heading("AI policy of Dietitians Groen", 0)
        document.add_heading("Our rules", 1)
        table = document.add_table(rows=4, cols=3)
        for row, cells in zip(
            table.rows,
            [
                ("No.", "Rule", "Why"),
                ("1", "Never enter client data into an AI tool.", "Privacy"),
                ("2", "Always check what AI writes before you use it.", "Errors"),
                ("3", "You may use AI to write general recipes.", "Saves time"),
            ],
            strict=True,
        ):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text

    doc = _word(build)
    rules = _rules(doc)
    assert any("Never enter client data" in str(item) for item in rules.get("mag_niet", []))
    assert any("Always check" in str(item) for item in rules.get("moet", []))
    assert any("general recipes" in str(item) for item in rules.get("mag", []))
    assert _unknown(doc) == []


# --- FAQ pages: the FAQ title, questions about what AI may do, and "No." answers (EN 01, NL 01) ---


@pytest.mark.parametrize(
    "heading",
    [
        "Frequently asked questions about AI at Bloom & Stem",
        "Veelgestelde vragen over AI bij Bloemsierkunst Het Madeliefje",
    ],
)
def test_a_long_faq_heading_groups_the_questions(heading: str) -> None:
    assert labels.classify(heading, heading=True) == "~container"


@pytest.mark.parametrize(
    "heading",
    [
        "Can AI decide whether a customer gets a refund?",
        "Mag de AI bepalen of een klant zijn geld terugkrijgt?",
        "May I paste our price list into it?",
    ],
)
def test_a_question_whether_ai_may_do_something_is_answered(heading: str) -> None:
    assert labels.asks_whether(heading)


def test_near_miss_a_question_about_ai_that_asks_nothing_of_it_is_no_yes_no_question() -> None:
    assert not labels.asks_whether("What is AI?")


def test_no_answers_on_a_faq_page_go_in_the_list_their_words_say() -> None:
    doc = _md(
        "# AI policy – Test Shop\n\n## Frequently asked questions about AI at Test Shop\n\n"
        "### Can I paste our supplier price list into it?\n\n"
        "No. Our purchase prices are confidential and stay out of AI tools.\n\n"
        "### Can AI decide whether a customer gets a refund?\n\n"
        "No. AI must never make the final decision about refunds. A person decides.\n\n"
        "### Can I post what ChatGPT wrote straight away?\n\n"
        "No. Always read and check what AI gives you before you use it.\n\n"
        "### Mag ik de vertaling zo versturen?\n\n"
        "Nee. Elke vertaling wordt eerst nagelezen door een collega.\n"
    )
    rules = _rules(doc)
    assert rules["mag_niet"] == [
        "Our purchase prices are confidential and stay out of AI tools.",
        "AI must never make the final decision about refunds. A person decides.",
    ]
    assert rules["moet"] == ["Always read and check what AI gives you before you use it."]
    assert _unknown(doc) == []
    # near miss: a "No" whose sentence neither forbids nor obliges by its words stays text read by its meaning
    assert not any("Elke vertaling" in str(item) for items in rules.values() for item in items)


# --- the organisation from a title that names it around "AI" (EN 03, EN 12, NL 01, NL 05) ---


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        ("AI at Crescendo Music School", "Crescendo Music School"),
        ("AI bij Bakkerij De Vries", "Bakkerij De Vries"),
        ("Drukkerij Lindeboom – how we use AI", "Drukkerij Lindeboom"),
        ("Bakkerij De Vries – hoe wij AI gebruiken", "Bakkerij De Vries"),
        ("Veelgestelde vragen: AI bij Bloemsierkunst Het Madeliefje", "Bloemsierkunst Het Madeliefje"),
        ("Afspraken over AI – Uitvaartcentrum Rustpunt", "Uitvaartcentrum Rustpunt"),
        # near misses
        ("AI at work", ""),
        ("AI at school – what teachers need to know", ""),
        ("Staff – how we use AI", ""),
        ("Afspraken over AI – concept", ""),
    ],
)
def test_the_organisation_in_a_title_about_ai(title: str, organisation: str) -> None:
    doc = _md(f"# {title}\n\n## Not allowed\n\n- Never enter client data into an AI tool.\n")
    assert (doc.data or {}).get("organisatie", "") == organisation


# --- a scope sentence whose subject is the page or the 'reglement' (EN 02, NL 08) ---


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("Dit reglement geldt voor alle werknemers en ingehuurde monteurs.", "alle werknemers en ingehuurde monteurs"),
        ("Dit protocol geldt voor alle medewerkers.", "alle medewerkers"),
        ("This page applies to all office staff.", "all office staff"),
        (
            "This page tells all SparkleClean office staff and team leaders how we use AI tools.",
            "all SparkleClean office staff and team leaders",
        ),
        ("Deze pagina vertelt alle medewerkers hoe wij AI gebruiken.", "alle medewerkers"),
    ],
)
def test_a_scope_sentence_about_the_page_or_reglement_gives_the_scope(sentence: str, scope: str) -> None:
    doc = _md(f"# AI policy of Example Ltd\n\n{sentence}\n\n## Not allowed\n\n- Never enter client data.\n")
    assert doc.data.get("geldt_voor") == scope


@pytest.mark.parametrize(
    "sentence",
    ["This page tells you how to log in to ChatGPT.", "This page explains how AI tools work."],
)
def test_near_miss_a_page_that_tells_no_people_gives_no_scope(sentence: str) -> None:
    doc = _md(f"# AI policy of Example Ltd\n\n{sentence}\n\n## Not allowed\n\n- Never enter client data.\n")
    assert "geldt_voor" not in doc.data


def test_near_miss_a_rules_table_outside_a_grouping_heading_stays_text_outside_the_lists() -> None:
    table = "| No. | Rule | Why |\n|---|---|---|\n| 1 | Never enter client data into an AI tool. | Privacy |\n"
    doc = _md(f"# AI policy of Example Ltd\n\n## Our background\n\n{table}")
    assert not _rules(doc)
    assert any("Never enter client data" in text for text, _, _ in doc.loose)
    grouped = _md(f"# AI policy of Example Ltd\n\n## Our rules\n\n{table}")
    assert _rules(grouped)["mag_niet"] == ["Never enter client data into an AI tool."]


# --- a tools sentence: a second sentence is a note, and "Jullie gebruiken alleen …" leads the tools (EN 01, NL 09) ---


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Only ChatGPT Team (our company workspace) and Canva Magic Write. Nothing on your personal account.",
            ["ChatGPT Team", "Canva Magic Write"],
        ),
        ("Jullie gebruiken alleen Microsoft 365 Copilot (verwerkersovereenkomst getekend).", ["Microsoft 365 Copilot"]),
        ("You only use DeepL Pro (DPA signed) and Microsoft Copilot.", ["DeepL Pro", "Microsoft Copilot"]),
        # near misses: as before
        ("Microsoft Copilot (zakelijk account) en DeepL Pro.", ["Microsoft Copilot", "DeepL Pro"]),
        ("We use only Copilot (DPA signed) and DeepL Pro (DPA signed).", ["Copilot", "DeepL Pro"]),
    ],
)
def test_a_tools_sentence_gives_only_its_tools(line: str, names: list[str]) -> None:
    doc = _md(f"# AI policy of Example Ltd\n\n## Which AI tools may I use?\n\n{line}\n")
    assert [tool["naam"].split(" (")[0] for tool in doc.data["goedgekeurde_tools"]] == names
    assert all("account" != tool.get("persoonsgegevens") for tool in doc.data["goedgekeurde_tools"])


# --- under a scope heading, a sentence that states the scope and the start date gives both (NL 08) ---


def test_a_scope_and_date_sentence_under_the_scope_heading_gives_both_fields() -> None:
    def build(document: Any) -> None:
        document.add_heading("AI-reglement Installatiebedrijf Warmtewerk B.V.", 0)
        document.add_heading("6. Reikwijdte en inwerkingtreding", 1)
        document.add_paragraph("Dit reglement geldt voor alle werknemers en treedt in werking op 1 mei 2026.")
        document.add_paragraph("Namens de directie,")
        document.add_paragraph("Datum: 10 april 2026")

    doc = _word(build)
    assert doc.data["geldt_voor"] == "alle werknemers"
    assert doc.data["ingangsdatum"] == "1 mei 2026"


def test_near_miss_a_scope_heading_over_a_plain_answer_keeps_the_answer() -> None:
    doc = _md("# AI-beleid van Bakkerij X\n\n## Reikwijdte\n\nAlle medewerkers en stagiairs.\n")
    assert doc.data["geldt_voor"] == "Alle medewerkers en stagiairs."


# --- a "No" to a question whether AI may do something forbids it (NL 01: "Mag de AI bepalen …?" "Nee. …") ---


@pytest.mark.parametrize("bold", [False, True])
def test_a_no_to_a_question_about_what_ai_may_do_is_a_prohibition(bold: bool) -> None:
    question = "Mag de AI bepalen of een klant zijn geld terugkrijgt?"
    head = f"**{question}**" if bold else f"### {question}"
    doc = _md(
        f"# AI-beleid van Bloemsierkunst Het Madeliefje\n\n{head}\n\n"
        "Nee. Over terugbetalingen en klachten beslist altijd een mens.\n\n"
        "### Mag ik de vertaling zo versturen?\n\nNee. Elke vertaling wordt eerst nagelezen door een collega.\n"
    )
    rules = _rules(doc)
    assert rules["mag_niet"] == ["Over terugbetalingen en klachten beslist altijd een mens."]
    assert "Elke vertaling" not in str(rules)  # near miss: a "No" to a question of mine stays text


def test_near_miss_a_yes_to_a_question_about_ai_is_still_a_permission() -> None:
    doc = _md("# AI policy of Example Ltd\n\n### Can AI help me write a newsletter?\n\nYes. Drafts are fine.\n")
    assert _rules(doc)["mag"] == ["Drafts are fine."]


# --- a heading per tool over known sub-sections groups them; it is no unknown heading (EN 07, NL 07) ---


def test_a_heading_per_tool_over_do_and_dont_labels_gives_no_warning() -> None:
    doc = _md(
        "# AI policy of Fietsenmakerij De Spaak\n\n## ChatGPT\n\n**Do's**\n\n- Use it to write product texts.\n\n"
        "**Don'ts**\n\n- Never enter customer names.\n\n## Copilot\n\n### Wel doen\n\n- Use it for e-mails.\n"
    )
    assert _unknown(doc) == []
    assert _rules(doc)["mag"] == ["Use it to write product texts.", "Use it for e-mails."]
    assert _rules(doc)["mag_niet"] == ["Never enter customer names."]


def test_near_misses_an_unknown_heading_over_text_or_a_sibling_heading_keeps_its_warning() -> None:
    over_text = _md("# AI policy of Example Ltd\n\n## ChatGPT\n\nWe like it.\n\n**Do's**\n\n- Use it for e-mails.\n")
    assert _unknown(over_text) == ["ChatGPT"]
    sibling = _md("# AI policy of Example Ltd\n\n## Our story\n\n## Do's\n\n- Use it for e-mails.\n")
    assert _unknown(sibling) == ["Our story"]


# --- the organisation on the line under a title about AI that names no one (NL 03, NL 09) ---


@pytest.mark.parametrize(
    ("line", "organisation"),
    [
        ("Muziekschool De Notenbalk · teamvergadering januari 2026", "Muziekschool De Notenbalk"),
        ("Psychologenpraktijk De Luisterlijn", "Psychologenpraktijk De Luisterlijn"),
        # near misses: a line that is no name
        ("Voor alle medewerkers", None),
        ("Versie 1.0", None),
        ("Section I: Instructional Goals", None),
        ("Beste collega's, jullie hebben gevraagd om afspraken. Hier zijn ze.", None),
    ],
)
def test_the_organisation_on_the_line_under_a_title_about_ai(line: str, organisation: str | None) -> None:
    def build(document: Any) -> None:
        document.add_heading("Hoe gaan jullie om met AI?", 0)
        document.add_paragraph(line)
        document.add_heading("Wat niet mag", 2)
        document.add_paragraph("Voer nooit cliëntgegevens in.", style="List Bullet")

    assert _word(build).data.get("organisatie") == organisation


def test_near_miss_a_title_not_about_ai_takes_no_name_from_the_line_under_it() -> None:
    doc = _md("# Werken bij ons\n\nMuziekschool De Notenbalk\n\n## Wat niet mag\n\n- Voer nooit klantgegevens in.\n")
    assert doc.data.get("organisatie") is None


# --- a contact sentence that sends a message, and an answer to "Bij wie …?" (NL 12, NL 01) ---


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        (
            "Twijfel je, stuur dan een bericht aan onze CTO, Lotte Brouwer, via lotte@pixelvos.example of bel 06 98 76 54 32.",
            "Lotte Brouwer",
            "CTO",
        ),
        ("Send a message to Mark Lowe, Managing Partner, at mlowe@example.com.", "Mark Lowe", "Managing Partner"),
        ("Bij Sanne Verbeek (eigenaar), sanne@madeliefje.example, 06 12 34 56 78.", "Sanne Verbeek", "eigenaar"),
        # near misses: a name that starts like a preposition, and a plain contact line
        ("Bijenhof Zorg (secretariaat), info@bijenhof.example", "Bijenhof Zorg", "secretariaat"),
        ("Marieke de Vries (directeur), marieke@example.nl", "Marieke de Vries", "directeur"),
    ],
)
def test_a_contact_line_gives_its_name_and_role(line: str, name: str, role: str) -> None:
    doc = _md(f"# AI-beleid van Pixelvos\n\n## Aanspreekpunt\n\n{line}\n")
    assert doc.data["aanspreekpunt"]["naam"] == name
    assert doc.data["aanspreekpunt"]["rol"] == role


# --- the lines of a signature block to fill in are no headings (EN 08) ---


def test_fill_in_lines_of_a_signature_block_give_no_unknown_heading() -> None:
    def build(document: Any) -> None:
        document.add_heading("AI policy of Klimaattechniek Bosman B.V.", 0)
        document.add_heading("1. Prohibited use", 1)
        document.add_paragraph("Never enter customer data into an AI tool.", style="List Bullet")
        for label, blank in [("Employee agreement: ", "____________"), ("Name: ", "__________   Date: ______")]:
            paragraph = document.add_paragraph()
            paragraph.add_run(label).bold = True
            paragraph.add_run(blank)
        near_miss = document.add_paragraph()  # an unknown label with an answer stays a warning
        near_miss.add_run("Our story:").bold = True

    doc = _word(build)
    assert _unknown(doc) == ["Our story"]


# --- "Slide 8 – Start" over the date; a label "Start:" without a date is text (EN 03) ---


def test_a_start_heading_gives_the_date_and_a_start_label_without_one_is_text() -> None:
    doc = _md("# AI policy of Example Ltd\n\n## Slide 8 – Start\n\n- From 1 February 2026\n")
    assert doc.data["ingangsdatum"] == "1 February 2026"
    assert _unknown(doc) == []
    label = _md("# AI policy of Example Ltd\n\nStart: open ChatGPT Team with your work account.\n")
    assert "ingangsdatum" not in label.data


# --- under "Golden rules", "Keep … out of AI tools" is a prohibition (EN 12) ---


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ("Keep client artwork, our quotes and our price calculations out of AI tools.", "mag_niet"),
        ("Houd klantdossiers buiten AI-tools.", "mag_niet"),
        ("Keep a copy of every prompt you use for client work.", "moet"),  # near miss: nothing kept out
        ("Check every AI-generated text before it goes to print.", "moet"),
    ],
)
def test_a_golden_rule_that_keeps_something_out_is_a_prohibition(item: str, kind: str) -> None:
    doc = _md(f"# AI policy of Drukkerij Lindeboom\n\n## Golden rules\n\n1. {item}\n")
    assert list(_rules(doc)) == [kind]


# --- under a scope heading, a sentence that names the scope gives its people (EN 08) ---


def test_a_scope_sentence_under_the_scope_heading_gives_the_people() -> None:
    doc = _md("# AI policy of Example Ltd\n\n## Scope\n\nThis policy applies to all installers and office staff.\n")
    assert doc.data["geldt_voor"] == "all installers and office staff"


def test_a_scope_sentence_that_goes_on_to_a_list_of_examples_gives_the_people_only() -> None:
    doc = _md(
        "# AI policy of Example Ltd\n\n## Scope\n\n"
        "This policy applies to all personnel who use AI tools at work, including but not limited to:\n\n"
        "- ChatGPT\n- Claude\n"
    )
    assert doc.data["geldt_voor"] == "all personnel who use AI tools at work"


# --- "Jullie mogen …" allows like "Je mag …" (NL 09) ---


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ("Jullie mogen AI gebruiken om een nieuwsbrief op te stellen.", "mag"),
        ("Jullie kunnen AI vragen om een eerste opzet.", "mag"),
        ("Jullie mogen nooit cliëntnamen invoeren.", "mag_niet"),  # near miss: the 'nooit' forbids
    ],
)
def test_jullie_mogen_is_a_permission_under_a_grouping_heading(item: str, kind: str) -> None:
    doc = _md(f"# AI-beleid van Praktijk De Luisterlijn\n\n## Regels\n\n- {item}\n")
    assert list(_rules(doc)) == [kind]
