"""Reading the structure the sixth round of testers wrote (QA round 6, English and Dutch): numbered rule
paragraphs under a rules heading, the template's privacy paragraph in English, and what ``convert`` says
it cannot carry over; each as a class with near misses that must not change.

Each test names the testers' policy that showed the class; the sentences here are written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from aibeleid_check.commands.convert import _loose_rules
from documents import markdown as _md
from documents import rules_of as _rules
from documents import word as _word


def _texts(doc: Any, kind: str) -> list[str]:
    return [item if isinstance(item, str) else item.get("tekst", "") for item in _rules(doc).get(kind) or []]


# --- convert: a rule the sections already carry is not lost (NL 07, a Word table plus a sentence under it) ---


def test_convert_names_no_loss_for_a_rule_a_section_already_states():
    doc = _md(
        "# AI-beleid Bakkerij Jansen\n\n## DIT NIET\n\n- Namen of adressen van klanten invoeren.\n\n"
        "## Praktisch\n\nPersoonsgegevens gaan er nooit in.\n"
    )
    assert "Praktisch" not in str(_rules(doc))
    assert [rule for _line, rule in _loose_rules(doc)] == []


def test_convert_still_names_a_rule_only_text_outside_the_sections_states():
    doc = _md(
        "# AI-beleid Bakkerij Jansen\n\n## DIT NIET\n\n- Bedrijfsgeheimen of contracten delen.\n\n"
        "## Praktisch\n\nPersoonsgegevens gaan er nooit in.\n"
    )
    assert [rule for _line, rule in _loose_rules(doc)] == ["geen-persoonsgegevens"]


# --- numbered paragraphs under a rules heading (EN 04: "## 4. Rules" then "4.1 You may use AI for …") ---

_NUMBERED = (
    "# AI-beleid Podiumtechniek Noord\n\n## 4. Regels\n\n"
    "4.1 Je mag AI gebruiken voor concepten van offertes en mails.\n\n"
    "4.2 Voer nooit namen of telefoonnummers van klanten in.\n\n"
    "4.3) Controleer altijd zelf wat AI schrijft voordat je het gebruikt.\n\n"
    "5. Deel geen contracten of offertes met AI-tools.\n"
)


def test_numbered_paragraphs_under_a_rules_heading_are_its_rules_without_their_numbers():
    doc = _md(_NUMBERED)
    assert _texts(doc, "mag") == ["Je mag AI gebruiken voor concepten van offertes en mails."]
    assert _texts(doc, "mag_niet") == [
        "Voer nooit namen of telefoonnummers van klanten in.",
        "Deel geen contracten of offertes met AI-tools.",
    ]
    assert _texts(doc, "moet") == ["Controleer altijd zelf wat AI schrijft voordat je het gebruikt."]
    assert not doc.loose


def test_numbered_paragraphs_in_a_word_file_are_its_rules_too():
    def build(document: Any) -> None:
        document.add_heading("AI usage policy StageLink", level=0)
        document.add_heading("4. Rules", level=1)
        document.add_paragraph("4.1 You may use AI for drafts of emails and proposals.")
        document.add_paragraph("4.2 You must never enter personal data of clients into an AI tool.")
        document.add_paragraph("4.3 Always check AI output yourself before you use it.")

    doc = _word(build)
    assert _texts(doc, "mag") == ["You may use AI for drafts of emails and proposals."]
    assert _texts(doc, "mag_niet") == ["You must never enter personal data of clients into an AI tool."]
    assert _texts(doc, "moet") == ["Always check AI output yourself before you use it."]


@pytest.mark.parametrize(
    "page",
    [
        # not numbered: a paragraph under the rules heading stays text read by its meaning
        "# AI-beleid Podiumtechniek Noord\n\n## Regels\n\nVoer nooit namen van klanten in.\n",
        # numbered, but under a heading that is no rules heading: text as before
        "# AI-beleid Podiumtechniek Noord\n\n## 1. Doel\n\n1.1 Voer nooit namen van klanten in.\n",
        # a number that is a count, not a paragraph's number
        "# AI-beleid Podiumtechniek Noord\n\n## Regels\n\n3 medewerkers voeren nooit namen van klanten in.\n",
    ],
)
def test_other_paragraphs_stay_text(page: str):
    doc = _md(page)
    assert not _rules(doc)
    assert doc.loose


# --- the template's privacy paragraph in English (EN 07: "**GDPR in short.** Always know where …") ---

_GDPR = (
    "Always know where a tool sends your data. Only use tools with a processing agreement for personal data. "
    "In doubt: no personal data, full stop."
)


@pytest.mark.parametrize("label", ["GDPR in short.", "GDPR in brief.", "AVG in het kort."])
def test_the_templates_privacy_paragraph_under_its_own_words_is_skipped(label: str):
    page = f"# AI-beleid Stichting Groen\n\n## DIT NIET\n\n- Bedrijfsgeheimen delen.\n\n**{label}** {_GDPR}\n"
    assert _texts(_md(page), "mag_niet") == ["Bedrijfsgeheimen delen."]

    def build(document: Any) -> None:
        document.add_heading("AI-beleid Stichting Groen", level=0)
        document.add_paragraph().add_run("DIT NIET").bold = True
        document.add_paragraph("Bedrijfsgeheimen delen.", style="List Bullet")
        paragraph = document.add_paragraph()
        paragraph.add_run(label).bold = True
        paragraph.add_run(" " + _GDPR)

    assert _texts(_word(build), "mag_niet") == ["Bedrijfsgeheimen delen."]


def test_a_privacy_rule_under_a_label_of_its_own_still_counts():
    page = "# AI-beleid Stichting Groen\n\n## DIT NIET\n\n- Bedrijfsgeheimen delen.\n\n**Privacy.** " + _GDPR + "\n"
    assert _texts(_md(page), "mag_niet") == ["Bedrijfsgeheimen delen.", "Privacy. " + _GDPR]


# --- a duty in the Do column of a Do | Don't table (EN 08, NL 11): under ALWAYS, not with a ✓ ---


@pytest.mark.parametrize(
    ("header", "duty"),
    [
        ("| Doen | Niet doen |", "Vertalingen van AI altijd zelf controleren voordat je ze gebruikt."),
        ("| Do | Don't |", "Always read and check AI output before you use it."),
        ("| Wel doen | Niet doen |", "Controleer elk antwoord van AI op namen en data."),
    ],
)
def test_a_duty_in_the_do_column_goes_to_always(header: str, duty: str):
    page = (
        f"# AI-beleid Taleninstituut Babel\n\n{header}\n|---|---|\n"
        f"| Lesideeën laten bedenken, die je daarna altijd zelf nakijkt. | Namen van cursisten invoeren. |\n"
        f"| {duty} | Contracten delen. |\n"
    )
    doc = _md(page)
    assert _texts(doc, "mag") == ["Lesideeën laten bedenken, die je daarna altijd zelf nakijkt."]
    assert _texts(doc, "moet") == [duty]
    assert _texts(doc, "mag_niet") == ["Namen van cursisten invoeren.", "Contracten delen."]


def test_a_duty_in_the_do_column_of_a_word_table_goes_to_always():
    def build(document: Any) -> None:
        document.add_heading("AI policy Helder Zicht", level=0)
        table = document.add_table(rows=3, cols=2)
        for row, (left, right) in enumerate(
            [
                ("Do", "Don't"),
                ("Use AI for drafts of newsletters.", "Enter customer names."),
                ("Always read and check AI output before you use it.", "Share contracts."),
            ]
        ):
            table.cell(row, 0).text, table.cell(row, 1).text = left, right

    doc = _word(build)
    assert _texts(doc, "mag") == ["Use AI for drafts of newsletters."]
    assert _texts(doc, "moet") == ["Always read and check AI output before you use it."]


def test_under_an_allowed_column_the_authors_list_stands():
    page = (
        "# AI-beleid Taleninstituut Babel\n\n| Dit mag | Dit mag niet |\n|---|---|\n"
        "| Altijd zelf controleren wat AI schrijft. | Namen van cursisten invoeren. |\n"
    )
    assert _texts(_md(page), "mag") == ["Altijd zelf controleren wat AI schrijft."]


# --- an answer that refers back with "such" keeps its question (EN 03: "No. Such decisions are always …") ---


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("May AI decide who is selected for the first team?", "No. Such decisions are always taken by people."),
        ("Mag AI bepalen wie er in het eerste team speelt?", "Nee. Zulke beslissingen neemt altijd het bestuur."),
        ("Mag AI bepalen wie er in het eerste team speelt?", "Nee. Zo'n besluit neemt altijd het bestuur."),
    ],
)
def test_an_answer_that_says_such_keeps_its_question(question: str, answer: str):
    doc = _md(f"# AI-beleid Schaakclub\n\n### {question}\n\n{answer}\n")
    assert _texts(doc, "mag_niet") == [f"{question} {answer}"]


def test_an_answer_that_says_it_all_still_stands_alone():
    doc = _md(
        "# AI-beleid Schaakclub\n\n### May AI decide who is selected?\n\n"
        "No. Selections are always made by the team captain, never by AI.\n"
    )
    assert _texts(doc, "mag_niet") == ["Selections are always made by the team captain, never by AI."]


# --- a rule under a rules heading that forbids later in its sentence (EN 04: "… must not be shared with AI") ---


def test_a_rule_that_forbids_after_its_subject_goes_to_not_allowed():
    doc = _md(
        "# AI policy StageLink\n\n## Rules\n\n"
        "- Client contracts and budgets are confidential and must not be shared with AI tools.\n"
        "- Decisions about hiring crew are made by a person, never by AI.\n"
        "- Klantcontracten mogen niet in een AI-tool.\n"
        "- Always check AI output yourself before you use it.\n"
        "- Check every AI answer, and never publish it unchecked.\n"
    )
    assert _texts(doc, "mag_niet") == [
        "Client contracts and budgets are confidential and must not be shared with AI tools.",
        "Decisions about hiring crew are made by a person, never by AI.",
        "Klantcontracten mogen niet in een AI-tool.",
    ]
    assert _texts(doc, "moet") == [
        "Always check AI output yourself before you use it.",
        "Check every AI answer, and never publish it unchecked.",
    ]
