"""Word headers and footers: a field written there ("Ingangsdatum: 1 maart 2026" in the footer) is read when
the body does not give it; page numbers and titles in the margins change nothing."""

from __future__ import annotations

import datetime

from aibeleid_check.engine import RuleSet, Settings, check_document
from aibeleid_check.source import parse_bytes
from test_docx import _bytes, filled_template

TODAY = Settings(today=datetime.date(2026, 6, 1))


def _without_start_date():
    document = filled_template()
    last = document.paragraphs[-1]
    assert last.text.startswith("INGANGSDATUM")
    last._element.getparent().remove(last._element)
    return document


def _check(document):
    doc = parse_bytes(_bytes(document), path="beleid.docx")
    return doc, check_document(doc, RuleSet(settings=TODAY))


def test_a_start_date_in_the_footer_is_the_policys_start_date():
    document = _without_start_date()
    document.sections[0].footer.paragraphs[0].text = "Ingangsdatum: 1 maart 2026"
    document.sections[0].footer.add_paragraph("Pagina 1 van 1")
    document.sections[0].header.paragraphs[0].text = "Versie: 1.2"
    _, result = _check(document)
    assert [f.rule for f in result.findings if f.severity.value != "info"] == []
    assert result.policy.ingangsdatum == datetime.date(2026, 3, 1) and result.policy.versie == "1.2"


def test_without_it_the_start_date_is_missing():
    document = _without_start_date()
    document.sections[0].footer.paragraphs[0].text = "Pagina 1 van 1"
    _, result = _check(document)
    assert "AIB201" in [f.rule for f in result.findings]


def test_a_wrong_date_in_the_footer_is_found_on_the_footers_paragraph():
    document = _without_start_date()
    document.sections[0].footer.paragraphs[0].text = "Ingangsdatum: 31 februari 2026"
    doc, result = _check(document)
    [wrong] = [f for f in result.findings if f.rule == "AIB202"]
    body_paragraphs = len(document.paragraphs) + sum(len(table.rows) for table in document.tables)
    assert wrong.line > body_paragraphs and doc.lines[wrong.line - 1] == "Ingangsdatum: 31 februari 2026"


def test_the_body_wins_and_a_footer_repeating_a_field_is_no_duplicate():
    document = filled_template()
    document.sections[0].footer.paragraphs[0].text = "Ingangsdatum: 1 januari 2020"
    _, result = _check(document)
    assert "AIB002" not in [f.rule for f in result.findings]
    assert result.policy.ingangsdatum == datetime.date(2026, 3, 1)


def test_titles_page_numbers_and_rules_in_the_margins_change_nothing():
    plain = _check(filled_template())[1]
    document = filled_template()
    document.sections[0].header.paragraphs[0].text = "AI-gebruiksbeleid Bakkerij De Vries"
    document.sections[0].footer.paragraphs[0].text = "Pagina 1 · DIT MAG: alles"
    decorated = _check(document)[1]
    assert [f.rule for f in decorated.findings] == [f.rule for f in plain.findings]
    assert decorated.policy == plain.policy


def test_several_fields_on_one_footer_line_are_each_read():
    """ "Ingangsdatum: 1 maart 2026 · Versie 1.0" was one date that could not be read."""
    document = _without_start_date()
    document.sections[0].footer.paragraphs[0].text = "Ingangsdatum: 1 maart 2026 · Versie 1.0"
    _, result = _check(document)
    assert [f.rule for f in result.findings if f.severity.value != "info"] == []
    assert result.policy.ingangsdatum == datetime.date(2026, 3, 1) and result.policy.versie == "1.0"
