"""Reading what the tenth testers found (readers' round 12): the headings "Wat niet kan" / "Dit kan" over the
rule lists, and "Who to talk to" / "Bij twijfel" over the contact. Each with the near miss that must not change."""

from __future__ import annotations

from typing import Any

import pytest

from aibeleid_check.source import Document
from documents import markdown as _md
from documents import rules_of, unknown_headings
from documents import word as _word

_TITLE = "# Bakkerij Zoet en Zout – AI-afspraken\n\n"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [("Wat niet kan", "mag_niet"), ("Dit kan niet", "mag_niet"), ("Dit kan", "mag"), ("Wat kan wel", "mag")],
)
def test_can_and_cannot_headings_hold_the_rule_lists(heading: str, kind: str) -> None:
    doc = _md(f"{_TITLE}## {heading}\n\n- Namen van klanten in ChatGPT zetten.\n")
    assert unknown_headings(doc) == []
    assert len(rules_of(doc).get(kind) or []) == 1


def _contact(doc: Document) -> dict[str, Any]:
    return (doc.data or {}).get("aanspreekpunt") or {}


_GRACE = "Grace Mensah, Registered Manager – grace.mensah@willowcourt.example – 01632 960 771"


def _word_heading(heading: str) -> Document:
    def build(document: Any) -> None:
        document.add_heading("Willow Court Care Home – AI policy", level=0)
        document.add_heading(heading, level=1)
        document.add_paragraph(_GRACE)

    return _word(build)


@pytest.mark.parametrize(
    "doc",
    [
        pytest.param(_word_heading("Who to talk to"), id="word"),
        pytest.param(_md(f"# Willow Court – AI policy\n\n## Who to talk to\n\n{_GRACE}\n"), id="markdown"),
        pytest.param(_md(f"{_TITLE}## Bij twijfel\n\n{_GRACE}\n"), id="bij-twijfel"),
    ],
)
def test_who_to_talk_to_is_the_contact(doc: Document) -> None:
    assert unknown_headings(doc) == []
    assert _contact(doc).get("email") == "grace.mensah@willowcourt.example"


_QUESTIONS = (
    "# Hartley's Bakery – AI policy\n\n## Questions?\n\nAsk Sarah Hartley (owner) – sarah@hartleys.example.\n\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "This policy applies to everyone who works at Hartley's, and takes effect on 3 March 2026.",
        "Applies to all employees, contractors and interns. Effective from 3 March 2026.",
    ],
)
def test_the_scope_and_date_under_the_contact_heading_are_those_fields(after: str) -> None:
    doc = _md(f"{_QUESTIONS}{after}\n")
    data = doc.data or {}
    assert _contact(doc).get("naam") == "Sarah Hartley"
    assert data.get("geldt_voor") and data.get("ingangsdatum") == "3 March 2026"


def test_a_second_contact_paragraph_stays_the_contact() -> None:
    doc = _md(f"{_QUESTIONS}Or call the shop on 01423 555 019.\n")
    assert _contact(doc).get("naam") == "Sarah Hartley"
    assert not (doc.data or {}).get("geldt_voor")
