"""Reading the structure the fifth round of testers wrote (QA round 5, English and Dutch): headings in the
author's own words, the unknown-heading warning when what is under it was read, rule tables and Word
layout, each as a class with near misses that must not change.

Each test names the testers' policy that showed the class; the sentences here are written for the test."""

from __future__ import annotations

from typing import Any

import pytest

from aibeleid_check.engine import RuleSet, check_document
from aibeleid_check.source import labels
from documents import markdown as _md
from documents import rules_of as _rules
from documents import unknown_headings as _unknown
from documents import word as _word


def _texts(doc: Any, kind: str) -> list[str]:
    return [item if isinstance(item, str) else item.get("tekst", "") for item in _rules(doc).get(kind) or []]


# --- headings in the author's own words (EN 06/07/09, NL 01/05/06/07/08) ---


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Our agreements", "~rules"),
        ("Onze afspraken", "~rules"),
        ("Our AI agreements", "~rules"),
        ("Onze AI-afspraken", "~rules"),
        ("In short", "~intro"),
        ("Samengevat", "~intro"),
        ("In het kort", "~intro"),
        ("At a glance", "~intro"),
        ("1. Why this policy", "~intro"),
        ("Waarom deze regels", "~intro"),
        ("Colophon", "~intro"),
        ("Colofon", "~intro"),
        ("5. Scope and start", "~intro"),
        ("Wie en ingang", "~intro"),
        ("Reikwijdte en ingang", "geldt_voor"),  # a scope heading reads a scope-and-date sentence as both
        ("Toepassingsgebied en doelgroep", "geldt_voor"),
        ("Article 8 – Entry into force", "ingangsdatum"),
        ("Artikel 9 – Inwerkingtreding", "ingangsdatum"),
        ("Ingang", "ingangsdatum"),
        ("Article 5 – Checking output", "moet"),
        ("Waarvoor gebruiken we AI?", "mag"),
        ("Waar AI ons wel mee helpt", "mag"),
        ("What we use AI for", "mag"),
        ("Wat wel en wat niet?", "~container"),
        ("What is and is not allowed", "~container"),
        ("Welke programma's?", "goedgekeurde_tools"),
        # near misses: what was read before stays so
        ("Afspraken", "~rules"),  # since the ninth testers' round: a bare "Afspraken" over rule bullets is the rules
        ("Overige afspraken", "afspraken"),
        ("Further agreements", "afspraken"),
        ("Onze regels", "~rules"),
        ("Waar gebruiken we AI níet voor?", "mag_niet"),
        ("Wat mag niet", "mag_niet"),
        ("Article 2 – Scope", "geldt_voor"),
        ("Artikel 6 – Toegestaan gebruik", "mag"),
        ("Why we use AI", None),
        ("Wat helpt bij twijfel?", "aanspreekpunt"),
        ("Help us improve this policy", None),
        ("Software die je nooit gebruikt", "mag_niet"),
    ],
)
def test_headings_in_the_authors_own_words(heading: str, kind: str | None) -> None:
    assert labels.classify(heading, heading=True) == kind


def test_we_sentences_under_our_agreements_reach_their_lists() -> None:
    doc = _md(
        "# AI-beleid Kerk De Ontmoeting\n\n## Our agreements\n\n"
        "- We use AI to help us with a first draft of a newsletter.\n"
        "- We never put names or addresses of members into an AI tool.\n"
        "- We always read and check what the AI has written before we print it.\n"
        "- Be open about it when a text was written with AI.\n"
    )
    assert not _unknown(doc)
    assert _texts(doc, "mag") == ["We use AI to help us with a first draft of a newsletter."]
    assert _texts(doc, "mag_niet") == ["We never put names or addresses of members into an AI tool."]
    assert _texts(doc, "moet") == [
        "We always read and check what the AI has written before we print it.",
        "Be open about it when a text was written with AI.",
    ]


def test_onze_afspraken_in_word_reach_their_lists() -> None:
    def build(document: Any) -> None:
        document.add_heading("AI-beleid Protestantse Gemeente Oosterhout", 0)
        document.add_heading("Onze afspraken", 1)
        document.add_paragraph("We zetten nooit namen van gemeenteleden in AI.", style="List Bullet")
        document.add_paragraph("We gebruiken AI graag om liederen te zoeken.", style="List Bullet")

    doc = _word(build)
    assert not _unknown(doc)
    assert _texts(doc, "mag") == ["We gebruiken AI graag om liederen te zoeken."]
    assert _texts(doc, "mag_niet") == ["We zetten nooit namen van gemeenteleden in AI."]


# --- a permission under "Golden rules" is a permission (EN 08: "Use AI for drafts …" under ALWAYS) ---


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        ("Use AI for drafts of newsletters and general explanations.", "mag"),
        ("Use ChatGPT to summarise a public report.", "mag"),
        ("Gebruik AI voor een eerste opzet van een nieuwsbrief.", "mag"),
        ("Gebruik Copilot om een vergadering samen te vatten.", "mag"),
        ("We use AI to find public information.", "mag"),
        # near misses: duties and prohibitions stay so
        ("Use only the approved tools.", "moet"),
        ("Use AI responsibly.", "moet"),
        ("Gebruik alleen de goedgekeurde tools.", "moet"),
        ("Check every AI text before it is sent.", "moet"),
        ("Never enter member names.", "mag_niet"),
        ("We always check what AI writes.", "moet"),
    ],
)
def test_items_under_golden_rules_by_their_words(item: str, kind: str) -> None:
    doc = _md(f"# AI-beleid FNV Regio Twente\n\n## Golden rules\n\n1. {item}\n")
    assert _texts(doc, kind) == [item]


@pytest.mark.parametrize("heading", ["5. Scope and start", "Reikwijdte en ingang"])
def test_a_scope_and_start_heading_gives_both_fields_without_a_warning(heading: str) -> None:
    def build(document: Any) -> None:
        document.add_heading("AI-beleid Hypotheekhuis Van Dijk", 0)
        document.add_heading("1. Allowed", 1)
        document.add_paragraph("Drafting a first version of a customer letter.", style="List Bullet")
        document.add_heading(heading, 1)
        document.add_paragraph(
            "This policy applies to all advisers, back-office staff and interns, and takes effect on 1 April 2026."
        )

    doc = _word(build)
    assert not _unknown(doc)
    assert doc.data["geldt_voor"] == "all advisers, back-office staff and interns"
    assert doc.data["ingangsdatum"] == "1 April 2026"


# --- a "Wel | Niet" table holds the rules (NL 05: all eight cells read as text outside the lists) ---


@pytest.mark.parametrize(
    ("left", "right"), [("Wel", "Niet"), ("✓", "✗"), ("Doen", "Niet doen"), ("Allowed", "Not allowed")]
)
def test_a_two_column_yes_no_table_gives_both_lists(left: str, right: str) -> None:
    doc = _md(
        "# Richtlijn AI-gebruik Stichting De Linge\n\n## Wat wel en wat niet?\n\n"
        f"| {left} | {right} |\n|---|---|\n"
        "| Lesideeën laten bedenken | Namen van leerlingen invoeren |\n"
        "| Een ouderbrief in concept laten schrijven | Begrotingen delen |\n"
    )
    assert not _unknown(doc)
    assert _texts(doc, "mag") == ["Lesideeën laten bedenken", "Een ouderbrief in concept laten schrijven"]
    assert _texts(doc, "mag_niet") == ["Namen van leerlingen invoeren", "Begrotingen delen"]


def test_near_miss_a_table_with_other_headers_under_a_grouping_heading_stays_text() -> None:
    doc = _md(
        "# AI-beleid Stichting De Linge\n\n## Wat wel en wat niet?\n\n"
        "| Onderwerp | Toelichting |\n|---|---|\n"
        "| Leerlingdossiers | Namen van leerlingen voer je nooit in een AI-tool in. |\n"
    )
    assert not _rules(doc)
    assert any("Namen van leerlingen" in text for text, _, _ in doc.loose)


def test_near_miss_a_single_wel_column_is_no_rules_table() -> None:
    doc = _md("# AI-beleid Stichting De Linge\n\n| Wel | Toelichting |\n|---|---|\n| Lesideeën | bedenken |\n")
    assert not _rules(doc).get("mag")


# --- a regulation's articles on a topic of their own hold rules (EN/NL 06: 'Article 3 – Use of data') ---


def test_articles_on_a_topic_of_their_own_give_their_rules_in_word() -> None:
    def build(document: Any) -> None:
        document.add_heading("Reglement AI-gebruik Dierenpark De Lage Venen", 0)
        document.add_heading("Artikel 1 – Begripsbepalingen", 2)
        document.add_paragraph(
            "In dit reglement wordt verstaan onder AI-tool: software die tekst maakt, zoals ChatGPT."
        )
        document.add_heading("Artikel 3 – Gebruik van gegevens", 2)
        document.add_paragraph("1. Het is verboden persoonsgegevens van bezoekers in te voeren in een AI-tool.")
        document.add_heading("Article 4 – Decisions", 2)
        document.add_paragraph(
            "AI tools may support employees, but decisions on animal welfare are always taken by a person."
        )
        document.add_heading("Artikel 6 – Klachten", 2)
        document.add_paragraph("Een klacht over de uitvoering van dit reglement dien je in bij de directie.")
        document.add_heading("Article 10 – Evaluation", 2)
        document.add_paragraph("This regulation shall be evaluated every year, in particular the use of AI tools.")
        document.add_heading("Artikel 8 – Aanspreekpunt", 2)
        document.add_paragraph("Sanne Bakker, privacy@delagevenen.example")

    doc = _word(build)
    assert not _unknown(doc)
    assert _texts(doc, "mag_niet") == ["Het is verboden persoonsgegevens van bezoekers in te voeren in een AI-tool."]
    assert _texts(doc, "moet") == [
        "AI tools may support employees, but decisions on animal welfare are always taken by a person."
    ]
    # a definition and a complaint, about no use of AI, stay text outside the lists
    assert not _texts(doc, "mag")
    assert any("klacht" in text for text, _, _ in doc.loose)
    assert any("evaluated" in text for text, _, _ in doc.loose)


@pytest.mark.parametrize("heading", ["Why we use AI", "Waarom AI?x", "Hoofdstuk 2 – Gebruik van gegevens"])
def test_near_miss_an_unknown_heading_without_an_article_number_is_no_article(heading: str) -> None:
    assert labels.classify(heading, heading=True) != "~article"


def test_the_sentence_after_a_start_date_sentence_is_no_part_of_the_date() -> None:
    doc = _md(
        "# AI-beleid DierenPark Amersfoort\n\n## Dit mag\n\n- Teksten laten opstellen.\n\n## Entry into force\n\n"
        "This regulation enters into force on 1 May 2026 and will be reviewed one year after that date.\n\n"
        "Adopted by the management team on 14 April 2026.\n"
    )
    assert doc.data["ingangsdatum"] == "1 May 2026"


# --- AIB104 says what under an unknown heading was read (EN 04/08, NL 01/05/08: "does not reach the A4") ---


def _aib104(doc: Any) -> Any:
    return [f for f in check_document(doc, RuleSet()).findings if f.rule == "AIB104"]


def test_an_unknown_heading_whose_sentence_gave_fields_says_so() -> None:
    doc = _md(
        "# AI-beleid Bakkerij De Vries\n\n## Dit mag\n\n- Teksten laten opstellen.\n\n## Praktische zaken\n\n"
        "Dit beleid geldt voor alle medewerkers van de bakkerij en gaat in op 1 maart 2026.\n\n## Dit niet\n\n"
        "- Klantgegevens invoeren.\n"
    )
    [finding] = _aib104(doc)
    assert "komt niet op het A4" not in finding.message.nl and "does not reach" not in finding.message.en
    assert "DIT BELEID GELDT VOOR" in finding.message.nl and "INGANGSDATUM" in finding.message.nl
    assert "APPLIES TO" in finding.message.en and "EFFECTIVE DATE" in finding.message.en
    assert doc.data["geldt_voor"] == "alle medewerkers van de bakkerij"


def test_near_miss_an_unknown_heading_over_text_that_gave_nothing_keeps_its_message() -> None:
    doc = _md(
        "# AI-beleid Bakkerij De Vries\n\nDit beleid geldt voor alle medewerkers.\n\n## Dit mag\n\n"
        "- Teksten laten opstellen.\n\n## Praktische zaken\n\nWe bespreken dit elk jaar in het overleg.\n\n"
        "## Ingangsdatum\n\n1 maart 2026\n"
    )
    [finding] = _aib104(doc)
    assert "komt niet op het A4" in finding.message.nl and "does not reach the A4" in finding.message.en


# --- Word layout: a text box's paragraphs and a one-cell table are paragraphs (EN 10, NL 10) ---

_VML_BOX = (
    '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml">'
    '<w:r><w:pict><v:shape id="tb1" type="#_x0000_t202"><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox>'
    "</v:shape></w:pict></w:r></w:p>"
)
_DRAWING_BOX = (
    '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml">'
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>{paras}'
    "</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
    "<w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
    "</w:r></w:p>"
)
_BOX_ITEMS = [
    "• Gegevens van schuldenaren invoeren: namen, adressen, dossiers.",
    "• Vertrouwelijke kantoorinformatie delen, zoals tarieven en contracten.",
    "• AI laten beslissen over een beslag of een ontruiming.",
]


@pytest.mark.parametrize("box", [_VML_BOX, _DRAWING_BOX])
def test_the_paragraphs_of_a_text_box_are_paragraphs_of_their_own(box: str) -> None:
    from docx.oxml import parse_xml

    def build(document: Any) -> None:
        document.add_paragraph("AI-beleid Gerechtsdeurwaarderskantoor Kuipers", style="Title")
        document.add_paragraph().add_run("Wat mag niet").bold = True
        paras = "".join(f"<w:p><w:r><w:t>{item}</w:t></w:r></w:p>" for item in _BOX_ITEMS)
        body = document.element.body
        body.insert(len(body) - 1, parse_xml(box.format(paras=paras)))
        document.add_paragraph().add_run("Goedgekeurde tools").bold = True
        document.add_paragraph("Microsoft 365 Copilot (verwerkersovereenkomst: ja)")

    doc = _word(build)
    assert _texts(doc, "mag_niet") == [item.removeprefix("• ") for item in _BOX_ITEMS]
    assert doc.data["goedgekeurde_tools"][0]["naam"] == "Microsoft 365 Copilot"


def test_near_miss_a_paragraph_with_a_link_keeps_all_its_text() -> None:
    from docx.oxml import parse_xml

    def build(document: Any) -> None:
        document.add_paragraph("AI-beleid Kuipers", style="Title")
        document.add_paragraph().add_run("Aanspreekpunt").bold = True
        link = (
            '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:r><w:t xml:space="preserve">'
            "Peter Kuipers, </w:t></w:r><w:hyperlink><w:r><w:t>p.kuipers@x.example</w:t></w:r></w:hyperlink></w:p>"
        )
        body = document.element.body
        body.insert(len(body) - 1, parse_xml(link))

    doc = _word(build)
    assert doc.data["aanspreekpunt"]["email"] == "p.kuipers@x.example"


def test_a_one_cell_table_under_a_rule_heading_gives_its_paragraphs_as_rules() -> None:
    def build(document: Any) -> None:
        document.add_paragraph("AI-beleid Gerechtsdeurwaarderskantoor Kuipers", style="Title")
        document.add_paragraph().add_run("Wat mag wel").bold = True
        cell = document.add_table(rows=1, cols=1).rows[0].cells[0]
        cell.paragraphs[0].text = "Conceptbrieven zonder persoonsgegevens laten schrijven."
        cell.add_paragraph("Openbare jurisprudentie laten samenvatten.")
        document.add_paragraph().add_run("Wat mag niet").bold = True
        document.add_paragraph("Klantgegevens invoeren.", style="List Bullet")

    doc = _word(build)
    assert _texts(doc, "mag") == [
        "Conceptbrieven zonder persoonsgegevens laten schrijven.",
        "Openbare jurisprudentie laten samenvatten.",
    ]


def test_near_miss_a_summary_box_at_the_top_is_not_counted_twice_nor_warned_about() -> None:
    def build(document: Any) -> None:
        document.add_paragraph("AI-beleid Van Dam Hypotheekadvies", style="Title")
        cell = document.add_table(rows=1, cols=1).rows[0].cells[0]
        cell.paragraphs[0].add_run("Samengevat").bold = True
        cell.add_paragraph("Geen klantgegevens in AI.", style="List Bullet")
        document.add_heading("Dit mag niet", 1)
        document.add_paragraph("Klantgegevens invoeren: namen en BSN.", style="List Bullet")

    doc = _word(build)
    assert not _unknown(doc)
    assert _texts(doc, "mag_niet") == ["Klantgegevens invoeren: namen en BSN."]


# --- an answer that does not stand on its own keeps its question (EN 03, NL 03: "Ja, als concept." on the A4) ---


@pytest.mark.parametrize("bold", [False, True])
def test_an_answer_that_leans_on_its_question_keeps_the_question(bold: bool) -> None:
    pairs = [
        ("Mag ik een klantmail laten opstellen?", "Ja, als concept. Je leest de mail daarna zelf na."),
        (
            "May AI decide whether an employee is entitled to a bonus?",
            "No. A payroll administrator always takes that decision and signs off on it.",
        ),
        # near misses: an answer that says it all stays as it was
        ("Mag ik AI gebruiken voor terminologie?", "Ja. Je mag AI gebruiken om terminologie op te zoeken."),
        ("May I enter patient details?", "No. Never enter patient names into an AI tool."),
    ]
    head = "**{}**" if bold else "### {}"
    doc = _md("# AI-beleid Loonwijzer\n\n" + "".join(f"{head.format(q)}\n\n{a}\n\n" for q, a in pairs))
    assert _texts(doc, "mag") == [
        "Mag ik een klantmail laten opstellen? Ja, als concept. Je leest de mail daarna zelf na.",
        "Je mag AI gebruiken om terminologie op te zoeken.",
    ]
    assert _texts(doc, "mag_niet") == [
        "May AI decide whether an employee is entitled to a bonus? No. A payroll administrator always takes that "
        "decision and signs off on it.",
        "Never enter patient names into an AI tool.",
    ]


def test_an_answer_in_the_same_paragraph_as_its_question_keeps_it_when_it_leans_on_it() -> None:
    doc = _md(
        "# AI-beleid Loonwijzer\n\n**Mag ik de WKR laten uitleggen?** Ja, dat mag, bijvoorbeeld de nieuwe regels.\n"
    )
    assert _texts(doc, "mag") == ["Mag ik de WKR laten uitleggen? Ja, dat mag, bijvoorbeeld de nieuwe regels."]


# --- "Did you mean …?" only for a near spelling (EN 09: "In short" -> "Did you mean 'EFFECTIVE DATE'?") ---


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("Verdicts", ""),
        ("In shorts", ""),
        ("Wat wel en wat nie", ""),
        # near misses: a typo is still named
        ("Dit mag nit", "mag_niet"),
        ("Ingangsdatun", "ingangsdatum"),
        ("Verder afgesprokn", "afspraken"),
        ("Goedgekeurde toolz", "goedgekeurde_tools"),
    ],
)
def test_the_nearest_section_is_named_only_for_a_near_spelling(heading: str, key: str) -> None:
    assert labels.nearest(heading) == key


# --- the paragraphs of a Word table cell under a rule column are rules of their own ---


def test_each_paragraph_of_a_rule_column_cell_is_its_own_rule_in_word() -> None:
    def build(document: Any) -> None:
        document.add_paragraph("AI-beleid Stichting De Linge", style="Title")
        table = document.add_table(rows=2, cols=2)
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Dit mag", "Dit mag niet"
        allowed, forbidden = table.rows[1].cells
        allowed.paragraphs[0].text = "Lesideeën laten bedenken."
        allowed.add_paragraph("Een ouderbrief in concept laten schrijven.", style="List Bullet")
        forbidden.paragraphs[0].text = "Namen van leerlingen invoeren."
        forbidden.add_paragraph("Begrotingen delen.", style="List Bullet")
        tools = document.add_table(rows=2, cols=2)
        tools.rows[0].cells[0].text, tools.rows[0].cells[1].text = "Tool", "Verwerkersovereenkomst"
        tools.rows[1].cells[0].paragraphs[0].text = "Microsoft 365 Copilot"
        tools.rows[1].cells[0].add_paragraph("(schoolaccount)")
        tools.rows[1].cells[1].text = "ja"

    doc = _word(build)
    assert _texts(doc, "mag") == ["Lesideeën laten bedenken.", "Een ouderbrief in concept laten schrijven."]
    assert _texts(doc, "mag_niet") == ["Namen van leerlingen invoeren.", "Begrotingen delen."]
    # near miss: a tool's name over two paragraphs of its cell stays one name
    assert doc.data["goedgekeurde_tools"][0]["naam"] == "Microsoft 365 Copilot (schoolaccount)"
