"""Whom a policy is for, read from a sentence that says what its people must do ("This chapter sets out what
every employee of Example Ltd must do when they use AI tools."), and only from such a sentence."""

from __future__ import annotations

import pytest

from aibeleid_check.source import parse_bytes
from aibeleid_check.source.prose_fields import fields_in

QA_POLICY = """\
# AI tools at Example Ltd

## Introduction

This chapter sets out what every employee of Example Ltd must do when they use AI tools.

## Don't

- Paste client names into public chatbots.
"""


def test_the_scope_in_a_chapters_opening_sentence_is_whom_it_applies_to():
    doc = parse_bytes(QA_POLICY.encode(), path="policy.md")
    assert doc.data["geldt_voor"] == "every employee of Example Ltd"
    assert doc.value_marks[("geldt_voor",)] == (5, 28)


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        (
            "This chapter sets out what every employee of Example Ltd must do when they use AI tools.",
            "every employee of Example Ltd",
        ),
        ("This policy describes what all staff must do before using generative AI.", "all staff"),
        ("The document sets out how all staff should use AI at work.", "all staff"),
        (
            "Dit hoofdstuk beschrijft wat iedere medewerker van Gemeente Oss moet doen als die AI gebruikt.",
            "iedere medewerker van Gemeente Oss",
        ),
        ("Dit beleid beschrijft wat alle medewerkers moeten doen.", "alle medewerkers"),
        ("Deze richtlijn legt vast wat medewerkers met AI-tools wel en niet mogen.", "medewerkers"),
    ],
)
def test_a_sentence_saying_what_its_people_must_do_gives_the_scope(sentence, scope):
    assert [(field, value) for field, value, _ in fields_in(sentence)] == [("geldt_voor", scope)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Every employee must check AI output.",  # names staff, but is a rule, no scope
        "Iedere medewerker moet AI-uitvoer controleren.",
        "This policy describes what AI tools must not be used for.",  # what, not whom
        "This chapter sets out what you must do.",
        "Staff describe what every employee must do.",  # not the document speaking of itself
        "This policy sets out what we expect: all staff must follow it.",
        "This policy sets out what the AI tools of all staff must not do.",
    ],
)
def test_a_sentence_that_names_staff_but_states_no_scope_gives_none(sentence):
    assert [field for field, _, _ in fields_in(sentence)] == []


def test_a_rule_naming_every_employee_gives_no_scope_in_a_policy():
    page = (
        "# AI policy\n\n## Introduction\n\nEvery employee must check AI output.\n\n## Don't\n\n- Paste client names.\n"
    )
    assert "geldt_voor" not in parse_bytes(page.encode(), path="policy.md").data
