"""Reading what the seventh testers' own policies showed (readers' round 8): the start date after "starting", a
role before the contact's name, the organisation in a FAQ title, a signature and a bold Word title, DIT MAG in a
heading of its own words, FAQ questions that are no unknown headings and whose answers are the rules, a note under
a list, an article about "Gegevens", tool sentences (an agreement in brackets, a second sentence about one tool,
the vendor for its product, a description of which tools), a field stated under DIT NIET, a heading that asks
which tools are not approved, and curly apostrophes. Each with the near misses that must not change."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from docx.shared import Pt

from aibeleid_check.engine import RuleSet, Settings, check_document
from aibeleid_check.source import Document
from aibeleid_check.source.negation import NEGATED, SAYS_ABSENT
from documents import markdown as _md
from documents import rules_of, unknown_headings
from documents import word as _word


def _codes(doc: Document) -> set[str]:
    result = check_document(doc, RuleSet(settings=Settings(today=date(2026, 12, 1))))
    return {finding.rule for finding in result.findings}


def _recognised(doc: Document) -> set[str]:
    result = check_document(doc, RuleSet(settings=Settings(today=date(2026, 12, 1))))
    return {str(item["rule"]) for item in result.recognised}


def _tools(doc: Document) -> list[dict[str, Any]]:
    return (doc.data or {}).get("goedgekeurde_tools") or []


def _loose(doc: Document) -> list[str]:
    return [text for text, _, _ in doc.loose]


_TITLE = "# AI-beleid Bakkerij Jansen\n\n"
_RULES = _TITLE + "**DIT NIET**\n\n- Voer nooit klantgegevens in.\n\n"


# --- 1. the start date after "starting" and the other words that lead a start date in ---


@pytest.mark.parametrize(
    "cue",
    [
        "starting",
        "starting on",
        "starting from",
        "beginning",
        "commencing",
        "from",
        "as of",
        "effective",
        "with effect from",
        "per",
        "vanaf",
        "met ingang van",
        "ingaande",
    ],
)
def test_a_scope_sentence_gives_the_start_date_after_its_cue(cue: str) -> None:
    sentence = f"These agreements apply to all volunteers, coaches and board members, {cue} 1 January 2027."
    doc = _md(_TITLE + sentence + "\n\n**DIT NIET**\n\n- Voer nooit klantgegevens in.\n")
    assert doc.data is not None
    assert doc.data["ingangsdatum"] == "1 January 2027"
    assert doc.data["geldt_voor"] == "all volunteers, coaches and board members"


@pytest.mark.parametrize(
    "sentence",
    [
        "Starting 1 January 2027, these agreements apply to all volunteers and coaches.",
        "Met ingang van 1 januari 2027 gelden deze afspraken voor alle vrijwilligers.",
    ],
)
def test_a_sentence_that_opens_with_the_start_date_gives_it(sentence: str) -> None:
    doc = _md(_TITLE + sentence + "\n\n**DIT NIET**\n\n- Voer nooit klantgegevens in.\n")
    assert doc.data is not None and doc.data["ingangsdatum"] in ("1 January 2027", "1 januari 2027")


@pytest.mark.parametrize(
    "sentence",
    [
        "These agreements apply to all volunteers, starting with the board members.",  # no date
        "This policy is valid until 1 January 2027 for all volunteers.",  # an end, not a start
        "We started using ChatGPT on 1 January 2025 for all newsletters.",  # when something began, no cue
    ],
)
def test_a_sentence_without_a_start_date_gives_none(sentence: str) -> None:
    doc = _md(_TITLE + sentence + "\n\n**DIT NIET**\n\n- Voer nooit klantgegevens in.\n")
    assert doc.data is not None and doc.data.get("ingangsdatum") is None


# --- 2. a role with a possessive before the contact's name ("Our CTO, Sanne Bakker, …") ---


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("Our CTO, Sanne Bakker, sanne@quillstack.example or +31 20 555 0142.", "Sanne Bakker", "CTO"),
        ("Onze directeur, Jan de Vries, jan@bakkerij.example", "Jan de Vries", "directeur"),
        ("Our privacy officer, Priya Lim, priya@firm.example", "Priya Lim", "privacy officer"),
        ("Onze office manager, Lotte Visser, 020 555 0199", "Lotte Visser", "office manager"),
        ("My office manager, Lotte Visser, lotte@studio.example", "Lotte Visser", "office manager"),
    ],
)
def test_a_role_with_a_possessive_before_the_name_is_the_role(line: str, name: str, role: str) -> None:
    doc = _md(_RULES + "## Who can I ask if I am not sure?\n\n" + line + "\n")
    contact = (doc.data or {})["aanspreekpunt"]
    assert (contact["naam"], contact["rol"]) == (name, role), contact


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sanne Bakker, CTO, sanne@x.example", {"naam": "Sanne Bakker", "rol": "CTO", "email": "sanne@x.example"}),
        (
            "de privacy officer, Jan Bakker, jan@x.example",
            {"rol": "de privacy officer", "naam": "Jan Bakker", "email": "jan@x.example"},
        ),
        ("ICT-servicedesk, 024 361 11 11", {"naam": "ICT-servicedesk", "telefoon": "024 361 11 11"}),
        ("Our IT Service Desk, 024 361 11 11", {"naam": "Our IT Service Desk", "telefoon": "024 361 11 11"}),
    ],
)
def test_a_contact_line_in_the_usual_order_is_read_as_before(line: str, expected: dict[str, str]) -> None:
    doc = _md(_RULES + "**Contact:** " + line + "\n")
    assert (doc.data or {})["aanspreekpunt"] == expected


# --- 3. the organisation: a FAQ title, a signature, a bold Word title ---


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        ("Quillstack – AI at work: frequently asked questions", "Quillstack"),
        ("Quillstack – AI at work", "Quillstack"),
        ("Bakkerij Jansen – AI op het werk", "Bakkerij Jansen"),
        ("Bakkerij Jansen – AI in de praktijk: veelgestelde vragen", "Bakkerij Jansen"),
        ("Acme Ltd – generative AI in our work", "Acme Ltd"),
    ],
)
def test_a_name_before_the_dash_of_a_title_about_ai_at_work_is_the_organisation(title: str, organisation: str) -> None:
    doc = _md(f"# {title}\n\n## Can I paste customer data into ChatGPT?\n\nNo. Customer data never goes into AI.\n")
    assert doc.data is not None and doc.data.get("organisatie") == organisation
    assert "AIB103" not in _codes(doc)


@pytest.mark.parametrize(
    "title",
    [
        "AI at work – FAQ",  # the page's kind, no name
        "Staff Guide – AI at work",  # what the page is, not whose
        "Richtlijn – AI op het werk",
    ],
)
def test_a_title_about_ai_at_work_without_a_name_names_no_organisation(title: str) -> None:
    doc = _md(f"# {title}\n\n## Can I paste customer data into ChatGPT?\n\nNo. Customer data never goes into AI.\n")
    assert doc.data is not None and doc.data.get("organisatie") is None


def _memo(signature: list[str], sender: str = "From: Mark Evans, Chair") -> Document:
    def build(document: Any) -> None:
        for text in [sender, "To: All volunteers and coaches", "Subject: Using AI tools at the club", ""]:
            document.add_paragraph(text)
        document.add_paragraph("Hi all,")
        document.add_paragraph("Never put members' details in – no names, dates of birth or phone numbers.")
        document.add_paragraph("These agreements apply to all volunteers and coaches, starting 1 January 2027.")
        document.add_paragraph("Any questions, ask me directly: mark.evans@hollowayrfc.example or 07700 900123.")
        for text in ["Cheers,", *signature]:
            document.add_paragraph(text)

    return _word(build)


@pytest.mark.parametrize(
    ("role", "organisation"),
    [
        ("Chair", "Holloway Rugby Football Club"),
        ("Voorzitter", "Rugbyclub Holloway"),
        ("Bestuur", "Rugbyclub Holloway"),
        ("Secretary", "Holloway Rugby Football Club"),
        ("Director", "Holloway Rugby Football Club"),
    ],
)
def test_a_signature_of_a_first_name_then_role_and_club_names_the_organisation(role: str, organisation: str) -> None:
    doc = _memo(["Mark", f"{role}, {organisation}"])
    assert doc.data is not None and doc.data.get("organisatie") == organisation
    assert doc.data["aanspreekpunt"]["naam"] == "Mark Evans"


def test_a_signature_of_a_full_name_then_role_and_club_still_names_it() -> None:
    doc = _memo(["Mark Evans", "Chair, Holloway Rugby Football Club"])
    assert doc.data is not None and doc.data.get("organisatie") == "Holloway Rugby Football Club"


def test_a_role_and_club_line_in_the_memos_body_names_no_organisation() -> None:
    def build(document: Any) -> None:
        document.add_paragraph("From: Mark Evans, Chair")
        document.add_paragraph("Hi all,")
        document.add_paragraph("Never put members' details in – no names, dates of birth or phone numbers.")
        document.add_paragraph("Chair, Holloway Rugby Football Club")
        document.add_paragraph("These agreements apply to all volunteers and coaches, starting 1 January 2027.")
        document.add_paragraph("Any questions, ask me directly: mark.evans@hollowayrfc.example or 07700 900123.")

    doc = _word(build)
    assert doc.data is not None and doc.data.get("organisatie") is None


def _bold_first(text: str, *, bold: bool = True, size: int | None = 18) -> Document:
    def build(document: Any) -> None:
        run = document.add_paragraph().add_run(text)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        document.add_paragraph("We use AI as a sketchbook, not as an architect.")
        document.add_paragraph().add_run("Not allowed").bold = True
        document.add_paragraph("Putting client details into AI tools.", style="List Bullet")

    return _word(build)


@pytest.mark.parametrize(
    ("bold", "size"),
    [(True, 18), (True, None), (False, 18)],
)
def test_a_word_title_made_bold_or_large_is_the_title(bold: bool, size: int | None) -> None:
    doc = _bold_first("Studio Veld Architects – AI policy", bold=bold, size=size)
    assert doc.data is not None and doc.data.get("organisatie") == "Studio Veld Architects"
    assert unknown_headings(doc) == []
    assert not {"AIB103", "AIB104"} & _codes(doc)


def test_a_markdown_title_in_bold_is_the_title() -> None:
    doc = _md("**Studio Veld Architects – AI policy**\n\n**Not allowed**\n\n- Putting client details into AI tools.\n")
    assert doc.data is not None and doc.data.get("organisatie") == "Studio Veld Architects"
    assert unknown_headings(doc) == []


def test_a_bold_first_label_that_opens_a_section_still_opens_it() -> None:
    def build(document: Any) -> None:
        document.add_paragraph().add_run("DIT NIET").bold = True
        document.add_paragraph("Voer nooit klantgegevens in.", style="List Bullet")

    doc = _word(build)
    assert rules_of(doc)["mag_niet"] == ["Voer nooit klantgegevens in."]
    assert doc.data is not None and doc.data.get("organisatie") is None


@pytest.mark.parametrize(("bold", "size"), [(True, None), (False, 16)])
def test_a_word_title_without_a_name_made_bold_or_large_is_the_pages_own_title(bold: bool, size: int | None) -> None:
    doc = _bold_first("Afspraken over AI", bold=bold, size=size)
    assert unknown_headings(doc) == []
    assert doc.data is not None and doc.data.get("organisatie") is None


def test_a_bold_paragraph_under_the_title_is_still_an_unknown_heading() -> None:
    def build(document: Any) -> None:
        document.add_heading("AI-beleid Bakkerij Jansen", level=0)
        document.add_paragraph().add_run("Belangrijke zaken").bold = True
        document.add_paragraph("DIT NIET")
        document.add_paragraph("Voer nooit klantgegevens in.")

    assert unknown_headings(_word(build)) == ["Belangrijke zaken"]


@pytest.mark.parametrize(
    "first",
    [
        "Lees dit eerst goed door.",  # a sentence in bold, no title
        "INGANGSDATUM 1 maart 2026",  # the template's label with its answer typed in its bold
    ],
)
def test_a_bold_first_paragraph_that_is_a_sentence_or_a_field_is_no_title(first: str) -> None:
    doc = _bold_first(first, size=None)
    assert doc.data is not None and doc.data.get("organisatie") is None
    if first.startswith("INGANGSDATUM"):
        assert doc.data["ingangsdatum"] == "1 maart 2026"
    else:
        assert first in _loose(doc)


# --- 4. DIT MAG in a heading of the author's own words ---


@pytest.mark.parametrize(
    "heading",
    [
        "Waar je AI voor mag gebruiken",
        "Waarvoor mag je AI gebruiken?",
        "Waar mag je AI voor gebruiken?",
        "What you can use AI for",
        "Waar je AI voor kunt gebruiken",
    ],
)
def test_a_heading_that_says_what_ai_may_be_used_for_is_dit_mag(heading: str) -> None:
    doc = _md(_TITLE + f"## {heading}\n\n- Ideeën opdoen voor lessen.\n\n## Wat niet mag\n\n- Voer nooit namen in.\n")
    assert rules_of(doc)["mag"] == ["Ideeën opdoen voor lessen."]
    assert unknown_headings(doc) == []
    assert "AIB402" not in _codes(doc)


@pytest.mark.parametrize("heading", ["Waar je AI niet voor mag gebruiken", "What you cannot use AI for"])
def test_a_heading_that_says_what_ai_may_not_be_used_for_is_dit_niet(heading: str) -> None:
    doc = _md(_TITLE + f"## {heading}\n\n- Namen van leerlingen invoeren.\n")
    assert rules_of(doc)["mag_niet"] == ["Namen van leerlingen invoeren."]


# --- 5. FAQ questions: no unknown heading, and the answer is the rule ---

_FAQ = "# Groenjuweel – veelgestelde vragen over AI\n\n"


@pytest.mark.parametrize(
    ("question", "answer", "rule"),
    [
        (
            "What about our code and roadmap?",
            "Our source code, investor updates, contracts and revenue numbers are confidential. Don't paste them "
            "into any AI tool.",
            "Our source code, investor updates, contracts and revenue numbers are confidential. Don't paste them "
            "into any AI tool.",
        ),
        (
            "En onze inkoopprijzen of het contract met de kweker?",
            "Ook niet. Inkoopprijzen, marges en contracten met kwekers zijn vertrouwelijk en gaan niet in een AI-tool.",
            "Inkoopprijzen, marges en contracten met kwekers zijn vertrouwelijk en gaan niet in een AI-tool.",
        ),
        (
            "And what about client contracts?",
            "Those stay out of AI tools too: never paste a contract into ChatGPT.",
            # (an answer that opens with a word for the thing asked about keeps the question on the A4)
            "And what about client contracts? Those stay out of AI tools too: never paste a contract into ChatGPT.",
        ),
        (
            "Hoe zit het met de salarisadministratie?",
            "Die deel je nooit met een AI-tool.",
            "Hoe zit het met de salarisadministratie? Die deel je nooit met een AI-tool.",
        ),
    ],
)
def test_a_question_about_a_thing_is_answered_by_the_prohibition_under_it(
    question: str, answer: str, rule: str
) -> None:
    for layout in (f"### {question}\n\n{answer}\n", f"**{question}**\n\n{answer}\n", f"{question}\n\n{answer}\n"):
        doc = _md(_FAQ + layout)
        assert rules_of(doc).get("mag_niet") == [rule], (layout, doc.data)
        assert unknown_headings(doc) == []


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What about training?", "We organise a session for everyone in March."),  # says nothing forbidden
        ("En de kosten?", "Die betaalt de praktijk."),
    ],
)
def test_a_question_about_a_thing_answered_without_a_rule_gives_no_rule(question: str, answer: str) -> None:
    doc = _md(_FAQ + f"### {question}\n\n{answer}\n\n### Mag ik klantnamen invoeren?\n\nNee. Nooit.\n")
    assert "mag_niet" not in rules_of(doc) or answer not in str(rules_of(doc))
    assert unknown_headings(doc) == []
    assert answer in " ".join(_loose(doc))


def test_a_no_that_goes_on_with_the_rule_prints_the_rule_not_the_question() -> None:
    question = "Kan ik een productbeschrijving van ChatGPT meteen online zetten?"
    answer = (
        "Nee, lees hem eerst zelf na en controleer de plantnamen, maten en verzorgingstips. Je neemt nooit een "
        "antwoord over zonder het te controleren."
    )
    rule = (
        "Lees hem eerst zelf na en controleer de plantnamen, maten en verzorgingstips. Je neemt nooit een antwoord "
        "over zonder het te controleren."
    )
    for layout in (f"### {question}\n\n{answer}\n", f"**{question}** {answer}\n", f"{question}\n\n{answer}\n"):
        doc = _md(_FAQ + layout)
        assert rules_of(doc).get("mag_niet") == [rule], (layout, doc.data)
        assert "altijd-controleren" in _recognised(doc)


@pytest.mark.parametrize(
    ("answer", "rule"),
    [
        ("No, never enter patient names or dates of birth.", "Never enter patient names or dates of birth."),
        ("Nee, deel nooit klantgegevens met een AI-tool.", "Deel nooit klantgegevens met een AI-tool."),
    ],
)
def test_a_no_then_a_prohibition_of_its_own_is_that_prohibition(answer: str, rule: str) -> None:
    doc = _md(_FAQ + f"### May I enter patient details into ChatGPT?\n\n{answer}\n")
    assert rules_of(doc).get("mag_niet") == [rule]


@pytest.mark.parametrize(
    ("question", "answer", "item"),
    [
        (
            "Mag ik ChatGPT gebruiken om een mail op te stellen?",
            "Ja, als concept.",
            "Mag ik ChatGPT gebruiken om een mail op te stellen? Ja, als concept.",
        ),
        ("Mag ik ChatGPT gebruiken voor openbare informatie?", "Ja, alleen voor openbare bronnen.", None),
        ("Mag ik klantgegevens invoeren?", "Nee, dat mag niet.", "Mag ik klantgegevens invoeren? Nee, dat mag niet."),
    ],
)
def test_an_answer_that_leans_on_its_question_keeps_it(question: str, answer: str, item: str | None) -> None:
    doc = _md(_FAQ + f"### {question}\n\n{answer}\n")
    items = rules_of(doc).get("mag") or rules_of(doc).get("mag_niet")
    assert items == [item or f"{question} {answer}"]


def test_a_plain_question_line_in_word_is_answered_as_a_heading_is() -> None:
    def build(document: Any) -> None:
        document.add_heading("Groenjuweel – veelgestelde vragen over AI", level=1)
        document.add_paragraph("Mag ik een klantmail in ChatGPT plakken?")
        document.add_paragraph("Nee. Klantgegevens blijven buiten ChatGPT: geen namen of adressen.")
        document.add_paragraph("En onze inkoopprijzen?")
        document.add_paragraph("Ook niet. Inkoopprijzen en marges zijn vertrouwelijk en gaan niet in een AI-tool.")

    doc = _word(build)
    assert rules_of(doc)["mag_niet"] == [
        "Klantgegevens blijven buiten ChatGPT: geen namen of adressen.",
        "Inkoopprijzen en marges zijn vertrouwelijk en gaan niet in een AI-tool.",
    ]
    assert unknown_headings(doc) == []


def test_an_indirect_question_whether_ai_is_ok_is_answered_by_its_yes() -> None:
    text = (
        "A few of you asked whether AI is OK for club work. Yes, for newsletters, training schedules and match "
        "reports. A few agreements:"
    )
    doc = _memo(["Mark", "Chair, Holloway Rugby Football Club"])
    assert "mag" not in rules_of(doc)  # (the memo without that paragraph allows nothing)

    def build(document: Any) -> None:
        document.add_paragraph("From: Mark Evans, Chair")
        document.add_paragraph("Hi all,")
        document.add_paragraph(text)
        document.add_paragraph("Never put members' details in – no names or phone numbers.", style="List Bullet")
        document.add_paragraph("These agreements apply to all volunteers and coaches, starting 1 January 2027.")
        document.add_paragraph("Any questions, ask me directly: mark.evans@hollowayrfc.example or 07700 900123.")

    doc = _word(build)
    assert rules_of(doc)["mag"] == [
        "A few of you asked whether AI is OK for club work. Yes, for newsletters, training schedules and match reports."
    ]
    assert "AIB402" not in _codes(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Some of you asked whether we will pay for the licences. Yes, from January.",  # not whether AI may be used
        "A few of you asked whether AI is OK for club work. We will talk about it at the next meeting.",  # no yes
    ],
)
def test_an_indirect_question_that_asks_no_permission_or_is_not_answered_gives_no_rule(text: str) -> None:
    doc = _md(_RULES + text + "\n")
    assert "mag" not in rules_of(doc)


# --- 6. a note under a rule list ("Let op: …") is no rule of the list ---


@pytest.mark.parametrize("lead", ["Let op:", "Note:", "NB:", "N.B.", "Tip:", "Please note:", "Opmerking:"])
def test_a_note_under_a_rule_list_is_no_item_of_it(lead: str) -> None:
    note = f"{lead} AI maakt ook fouten. Blijf dus zelf nadenken."
    doc = _md(_TITLE + "## Wat niet mag\n\n- Gegevens van leerlingen voer je nooit in.\n\n" + note + "\n")
    assert rules_of(doc)["mag_niet"] == ["Gegevens van leerlingen voer je nooit in."]
    assert note in _loose(doc)


def test_a_note_in_word_after_the_bullets_is_no_prohibition() -> None:
    def build(document: Any) -> None:
        document.add_heading("AI op De Regenboog – afspraken voor het team", level=1)
        document.add_heading("Wat niet mag", level=2)
        document.add_paragraph("Gegevens van leerlingen voer je nooit in.", style="List Bullet")
        document.add_paragraph("Let op: AI maakt ook fouten. Blijf dus zelf nadenken.")
        document.add_paragraph("Deel geen contracten met een AI-tool.", style="List Bullet")

    doc = _word(build)
    assert rules_of(doc)["mag_niet"] == [
        "Gegevens van leerlingen voer je nooit in.",
        "Deel geen contracten met een AI-tool.",
    ]
    assert "altijd-controleren" not in _recognised(doc)


def test_a_paragraph_rule_under_a_rule_list_stays_a_rule() -> None:
    doc = _md(_TITLE + "## Wat niet mag\n\n- Voer nooit namen in.\n\nDeel nooit contracten met een AI-tool.\n")
    assert rules_of(doc)["mag_niet"] == ["Voer nooit namen in.", "Deel nooit contracten met een AI-tool."]


def test_a_note_label_inside_a_list_item_stays_the_item() -> None:
    doc = _md(_TITLE + "## Wat niet mag\n\n- Let op: voer nooit namen van leerlingen in.\n")
    assert rules_of(doc)["mag_niet"] == ["Let op: voer nooit namen van leerlingen in."]


# --- 7. an article whose topic is "Gegevens" is an article, not the fields' container ---


def _articles(topic: str, sentences: list[str]) -> Document:
    def build(document: Any) -> None:
        document.add_heading("Reglement AI-gebruik Notariskantoor De Wit", level=1)
        document.add_heading("Artikel 1 – Reikwijdte", level=2)
        document.add_paragraph("Dit reglement geldt voor alle medewerkers van het kantoor.")
        document.add_heading(f"Artikel 3 – {topic}", level=2)
        for sentence in sentences:
            document.add_paragraph(sentence)

    return _word(build)


@pytest.mark.parametrize("topic", ["Gegevens", "Details", "Gegevens van cliënten"])
def test_an_article_about_data_puts_its_prohibition_under_dit_niet(topic: str) -> None:
    doc = _articles(
        topic,
        [
            "1. Het is verboden gegevens van cliënten, zoals namen en adressen, in een AI-tool in te voeren.",
            "2. Interne stukken, waaronder de kantoorfinanciën, worden niet met AI-tools gedeeld.",
        ],
    )
    assert rules_of(doc)["mag_niet"] == [
        "Het is verboden gegevens van cliënten, zoals namen en adressen, in een AI-tool in te voeren.",
        "Interne stukken, waaronder de kantoorfinanciën, worden niet met AI-tools gedeeld.",
    ]
    assert unknown_headings(doc) == []


def test_a_heading_gegevens_alone_still_holds_the_fields() -> None:
    doc = _md(_RULES + "## Gegevens\n\n**Ingangsdatum:** 1 maart 2026\n\n**Geldt voor:** alle medewerkers\n")
    assert doc.data is not None and doc.data["ingangsdatum"] == "1 maart 2026"
    assert unknown_headings(doc) == []


# --- 8. tools written in sentences ---


@pytest.mark.parametrize(
    ("line", "tool"),
    [
        (
            "Microsoft Copilot met je schoolaccount (de stichting heeft een verwerkersovereenkomst met Microsoft).",
            {"naam": "Microsoft Copilot (schoolaccount)", "verwerkersovereenkomst": "ja"},
        ),
        (
            "ChatGPT Team (the school has a data processing agreement with OpenAI).",
            {"naam": "ChatGPT Team", "verwerkersovereenkomst": "ja"},
        ),
        (
            "Microsoft Copilot (de stichting heeft geen verwerkersovereenkomst met Microsoft).",
            {"naam": "Microsoft Copilot", "verwerkersovereenkomst": "nee"},
        ),
        (
            "ChatGPT Team via het winkelaccount (met OpenAI hebben we een verwerkersovereenkomst)",
            {"naam": "ChatGPT Team (winkelaccount)", "verwerkersovereenkomst": "ja"},
        ),
    ],
)
def test_an_agreement_stated_in_brackets_after_the_tool_is_its_agreement(line: str, tool: dict[str, str]) -> None:
    doc = _md(_RULES + "**Goedgekeurde tools:** " + line + "\n")
    assert _tools(doc) == [tool]


@pytest.mark.parametrize(
    ("line", "tool"),
    [
        (
            "DeepL Pro (verwerkersovereenkomst aangevraagd)",
            {"naam": "DeepL Pro", "verwerkersovereenkomst": "aangevraagd"},
        ),
        (
            "Copilot (er is een verwerkersovereenkomst via SIVON)",
            {"naam": "Copilot", "verwerkersovereenkomst": "ja"},
        ),
        (
            "Microsoft 365 Copilot (business licence) — DPA: yes",
            {"naam": "Microsoft 365 Copilot (business licence)", "verwerkersovereenkomst": "yes"},
        ),
    ],
)
def test_a_tool_with_its_details_in_brackets_is_read_as_before(line: str, tool: dict[str, str]) -> None:
    assert _tools(_md(_RULES + "**Goedgekeurde tools:** " + line + "\n")) == [tool]


def test_a_later_sentence_under_the_tools_label_gives_one_tool_its_details() -> None:
    text = (
        "ChatGPT Team via het winkelaccount (met OpenAI hebben we een verwerkersovereenkomst) en Canva voor beelden. "
        "Voor Canva hebben we geen verwerkersovereenkomst, dus daar gaan geen klantgegevens in."
    )
    doc = _md(_RULES + "### Welke AI-tools mogen we gebruiken?\n\n" + text + "\n")
    assert _tools(doc) == [
        {"naam": "ChatGPT Team (winkelaccount)", "verwerkersovereenkomst": "ja"},
        {"naam": "Canva", "verwerkersovereenkomst": "nee", "persoonsgegevens": "nee"},
    ]
    assert "AIB302" not in _codes(doc)


def test_a_note_after_the_tools_under_their_label_is_no_tool() -> None:
    doc = _md(_RULES + "**Goedgekeurde tools:** ChatGPT Team en Canva. Andere tools alleen na overleg met Lotte.\n")
    assert [tool["naam"] for tool in _tools(doc)] == ["ChatGPT Team", "Canva"]


@pytest.mark.parametrize(
    ("tool", "vendor"),
    [
        ("Microsoft 365 Copilot met je werkaccount van de praktijk", "Microsoft"),
        ("Microsoft Copilot", "Microsoft"),
        ("Copilot", "Microsoft"),
        ("ChatGPT Team", "OpenAI"),
        ("Gemini", "Google"),
        ("Claude Team", "Anthropic"),
    ],
)
def test_a_sentence_about_the_vendor_gives_its_product_the_agreement(tool: str, vendor: str) -> None:
    text = f"Alleen {tool}. Met {vendor} hebben we een verwerkersovereenkomst; patiëntgegevens gaan er toch niet in."
    doc = _md(_RULES + "## Welke tools?\n\n" + text + "\n")
    found = _tools(doc)
    assert len(found) == 1 and found[0]["verwerkersovereenkomst"] == "ja", found
    assert found[0]["persoonsgegevens"] == "nee"


def test_a_vendor_sentence_in_a_memo_gives_its_product_the_agreement() -> None:
    doc = _md(
        _TITLE + "Gebruik alleen Microsoft Copilot met je werkaccount. Met Microsoft hebben we een "
        "verwerkersovereenkomst.\n\n**DIT NIET**\n\n- Voer nooit klantgegevens in.\n"
    )
    assert _tools(doc) == [{"naam": "Microsoft Copilot (werkaccount)", "verwerkersovereenkomst": "ja"}]


@pytest.mark.parametrize(
    ("tools", "sentence"),
    [
        ("ChatGPT Team", "Met Google hebben we een verwerkersovereenkomst."),  # another vendor's
        ("GitHub Copilot Business", "Met Microsoft hebben we een verwerkersovereenkomst."),  # GitHub's product
        ("ChatGPT Team en ChatGPT Enterprise", "Met OpenAI hebben we een verwerkersovereenkomst."),  # which one?
    ],
)
def test_a_vendor_sentence_gives_nothing_to_another_vendors_tool_or_to_one_of_two(tools: str, sentence: str) -> None:
    doc = _md(_RULES + "## Welke tools?\n\n" + f"Alleen {tools}. {sentence}\n")
    assert all("verwerkersovereenkomst" not in tool for tool in _tools(doc)), _tools(doc)


@pytest.mark.parametrize(
    "line",
    [
        "Gebruik alleen de programma's die ICT heeft goedgekeurd.",
        "Use only the tools that IT has approved.",
        "Alleen de door ICT goedgekeurde programma's.",
        "All tools approved by the IT department.",
        "De tools op het intranet.",
    ],
)
def test_a_description_of_which_tools_names_no_tool(line: str) -> None:
    doc = _md(_RULES + "**Tools**\n\n" + line + "\n")
    assert doc.data is not None and doc.data["goedgekeurde_tools"] is None
    assert "AIB201" in _codes(doc)  # the tools field is empty
    assert line in _loose(doc)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Gebruik alleen Microsoft 365 Copilot met je werkaccount.", ["Microsoft 365 Copilot (werkaccount)"]),
        ("ChatGPT Team en DeepL Pro", ["ChatGPT Team", "DeepL Pro"]),
        ("the free version of DeepL", ["the free version of DeepL"]),  # a tool named in lower case stays
    ],
)
def test_a_tool_under_the_label_is_still_a_tool(line: str, names: list[str]) -> None:
    assert [tool["naam"] for tool in _tools(_md(_RULES + "**Tools**\n\n" + line + "\n"))] == names


# --- 10. a paragraph under DIT NIET that states a field gives the field ---


@pytest.mark.parametrize(
    ("paragraph", "field", "value"),
    [
        (
            "Vragen? Mail Sanne de Wit, sanne@knip.example.",
            "aanspreekpunt",
            {"naam": "Sanne de Wit", "email": "sanne@knip.example"},
        ),
        ("Dit beleid geldt voor alle medewerkers en stagiairs.", "geldt_voor", "alle medewerkers en stagiairs"),
        ("Deze afspraken gaan in op 1 maart 2026.", "ingangsdatum", "1 maart 2026"),
    ],
)
def test_a_field_stated_under_dit_niet_is_the_field_not_a_rule(paragraph: str, field: str, value: Any) -> None:
    doc = _md(_RULES + paragraph + "\n")
    assert rules_of(doc)["mag_niet"] == ["Voer nooit klantgegevens in."]
    assert doc.data is not None and doc.data[field] == value


@pytest.mark.parametrize(
    "paragraph",
    [
        "Deel nooit klantgegevens; dit geldt voor alle medewerkers.",  # a rule that says whom it binds
        "Je mag vanaf 1 maart 2026 Copilot gebruiken voor concepten.",  # a permission with its start
    ],
)
def test_a_rule_that_also_names_a_field_stays_a_rule(paragraph: str) -> None:
    heading = "**DIT MAG**" if paragraph.startswith("Je mag") else "**DIT NIET**"
    doc = _md(_TITLE + heading + "\n\n" + paragraph + "\n")
    assert paragraph in str(rules_of(doc))


# --- 11. a heading that asks which tools are not approved names no approved tools ---


@pytest.mark.parametrize(
    "layout",
    [
        "## Welke tools mogen we niet gebruiken?\n\n- ChatGPT Free\n- Gemini\n",
        "**Welke tools mogen we niet gebruiken?**\n\n- ChatGPT Free\n- Gemini\n",
        "## Which tools can’t we use?\n\n- ChatGPT Free\n- Gemini\n",
        "Which tools can’t we use? ChatGPT Free and Gemini.\n",
    ],
)
def test_a_question_for_the_tools_that_are_not_approved_names_no_approved_tool(layout: str) -> None:
    doc = _md(_RULES + layout)
    assert _tools(doc) == [], doc.data


def test_a_question_for_the_approved_tools_as_a_heading_still_gives_them() -> None:
    doc = _md(_RULES + "## Welke tools mogen we gebruiken?\n\n- ChatGPT Team\n- Copilot\n")
    assert [tool["naam"] for tool in _tools(doc)] == ["ChatGPT Team", "Copilot"]


# --- 12. the negation words with Word's curly apostrophe ---


@pytest.mark.parametrize("word", ["can’t", "don’t", "mustn’t", "shouldn’t", "can't", "don't"])
def test_the_negation_words_match_either_apostrophe(word: str) -> None:
    assert NEGATED.search(f"You {word} paste it.") and SAYS_ABSENT.search(f"You {word} paste it.")


def test_a_no_whose_negation_has_a_curly_apostrophe_forbids() -> None:
    doc = _md(_FAQ + "### May I use ChatGPT for client letters?\n\nNo. Client names and addresses can’t go into it.\n")
    assert rules_of(doc).get("mag_niet") == ["Client names and addresses can’t go into it."]


def test_a_word_with_an_apostrophe_of_its_own_is_no_negation() -> None:
    assert not NEGATED.search("The client’s notes and the team’s plans.")


# --- an unknown heading right over the fields' labels with their values only groups them ("Praktisch") ---


def test_an_unknown_heading_over_labelled_fields_groups_them() -> None:
    doc = _md(
        _RULES + "## Praktisch\n\n**Goedgekeurde tools:** Microsoft Copilot\n\n**Geldt voor:** alle leerkrachten\n"
    )
    assert unknown_headings(doc) == []
    assert doc.data is not None and doc.data["geldt_voor"] == "alle leerkrachten"


def test_an_unknown_heading_over_a_paragraph_or_a_bold_remark_is_still_unknown() -> None:
    assert unknown_headings(_md(_RULES + "## Praktisch\n\nWe bespreken dit in de teamvergadering.\n")) == ["Praktisch"]
    assert "Praktisch" in unknown_headings(_md(_RULES + "## Praktisch\n\n**Tip:** bespreek het in het team.\n"))
