"""Reading what the seventh round of testers wrote (QA round 7): a page titled only by its kind ("AI – FAQ")
names no organisation. Each with the near misses that must not change."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from aibeleid_check.engine import RuleSet, Settings, check_document
from aibeleid_check.source import Document
from documents import markdown as _md
from documents import word as _word


def _codes(doc: Document) -> set[str]:
    result = check_document(doc, RuleSet(settings=Settings(today=date(2026, 12, 1))))
    return {finding.rule for finding in result.findings}


_FAQ_BODY = (
    "**Mag ik ChatGPT gebruiken voor een eerste versie van een mail?** Ja, als concept.\n\n"
    "**Mag ik klantgegevens in ChatGPT plakken?** Nee. Voer nooit klantgegevens in.\n\n"
    "**Ingangsdatum:** 1 maart 2026\n"
)


# --- a title that is only the document's kind names no organisation (NL/EN FAQ pages) ---


@pytest.mark.parametrize(
    "title",
    [
        "AI – FAQ",
        "AI-beleid – FAQ",
        "AI: veelgestelde vragen",
        "AI: Veelgestelde Vragen",
        "AI-beleid: FAQ",
        "AI-beleid – Veelgestelde vragen",
        "AI – Frequently Asked Questions",
        "AI – FAQs",
        "AI-beleid — Vragen en antwoorden",
        "AI – Q&A",
    ],
)
def test_a_title_that_is_only_the_pages_kind_names_no_organisation(title: str) -> None:
    doc = _md(f"# {title}\n\n{_FAQ_BODY}")
    assert doc.data is not None and doc.data.get("organisatie") is None, doc.data
    assert "AIB103" in _codes(doc)  # the organisation rule says it is missing


def test_a_word_title_that_is_only_the_pages_kind_names_no_organisation() -> None:
    def build(document: Any) -> None:
        document.add_heading("AI – FAQ", level=0)
        document.add_paragraph("DIT NIET")
        document.add_paragraph("Voer nooit klantgegevens in.")

    doc = _word(build)
    assert doc.data is not None and doc.data.get("organisatie") is None, doc.data


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        ("AI at Bakkerij Jansen – FAQ", "Bakkerij Jansen"),
        ("AI-beleid van Bakkerij Jansen – FAQ", "Bakkerij Jansen"),
        ("AI-beleid Bakkerij Jansen: veelgestelde vragen", "Bakkerij Jansen"),
        ("Bakkerij Jansen – AI FAQ", "Bakkerij Jansen"),
        ("AI at Bakkerij Jansen – frequently asked questions", "Bakkerij Jansen"),
        ("Veelgestelde vragen: AI bij Bakkerij Jansen", "Bakkerij Jansen"),
        ("AI Policy – Acme Ltd", "Acme Ltd"),
    ],
)
def test_a_title_with_a_name_beside_the_pages_kind_names_it(title: str, organisation: str) -> None:
    doc = _md(f"# {title}\n\n{_FAQ_BODY}")
    assert doc.data is not None and doc.data.get("organisatie") == organisation
