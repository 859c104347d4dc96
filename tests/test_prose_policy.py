"""A policy written as a few paragraphs: the contact after a short question and the tools a permission names.

From a five-line policy ("Bij Kapsalon Knip mag iedereen ChatGPT Team gebruiken voor teksten … Vragen? Sanne de
Wit, sanne@knip.example."): its tools and its contact were both reported missing (AIB201).
"""

from __future__ import annotations

import pytest

from aibeleid_check.source.prose_reading import answered_sentences
from aibeleid_check.source.tool_spec import tools_in_sentence
from documents import markdown

POLICY = (
    "# AI bij Kapsalon Knip\n\n"
    "Bij Kapsalon Knip mag iedereen ChatGPT Team gebruiken voor teksten op de website. Zet nooit namen van "
    "klanten in een AI-tool.\n\n"
    "Vragen? Sanne de Wit, sanne@knip.example. Dit geldt voor alle medewerkers, vanaf 1 januari 2027.\n"
)


def test_the_tools_and_the_contact_of_a_policy_in_paragraphs_are_read():
    data = markdown(POLICY).data
    assert data["goedgekeurde_tools"] == [{"naam": "ChatGPT Team"}]
    assert data["aanspreekpunt"] == {"naam": "Sanne de Wit", "email": "sanne@knip.example"}


@pytest.mark.parametrize(
    ("sentence", "tools"),
    [
        ("Bij Knip mag iedereen ChatGPT Team gebruiken voor teksten.", ["ChatGPT Team"]),
        (
            "Medewerkers mogen Microsoft 365 Copilot en DeepL Pro gebruiken voor concepten.",
            ["Microsoft 365 Copilot", "DeepL Pro"],
        ),
        ("Staff may use Microsoft 365 Copilot and DeepL Pro for drafts.", ["Microsoft 365 Copilot", "DeepL Pro"]),
        ("You may use ChatGPT Team to write texts.", ["ChatGPT Team"]),
        ("Iedereen mag Copilot (werkaccount) gebruiken.", ["Copilot (werkaccount)"]),
        ("Jullie mogen ChatGPT gebruiken, maar nooit met namen.", ["ChatGPT"]),  # the limit comes after
        # near misses: AI in general, a negated permission, no product
        ("You may use AI for drafts.", []),
        ("Je mag AI gebruiken voor teksten.", []),
        ("Medewerkers mogen geen ChatGPT gebruiken.", []),
        ("You may not use ChatGPT for client work.", []),
        ("You may use your own judgement.", []),
        ("In Teams you may use the Copilot button.", []),
    ],
)
def test_a_permission_names_the_tools_it_allows(sentence: str, tools: list[str]):
    assert [name for name, _ in tools_in_sentence(sentence)] == tools


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Vragen? Sanne de Wit, sanne@knip.example. Dit geldt voor iedereen.",
            ["Vragen? Sanne de Wit, sanne@knip.example.", "Dit geldt voor iedereen."],
        ),
        ("Questions? Ask our office manager.", ["Questions? Ask our office manager."]),
        # a long question stands alone: it is a rule's question, not a field's
        (
            "Mag ik ChatGPT gebruiken voor klantmails als ik alles zelf nalees? Nee.",
            ["Mag ik ChatGPT gebruiken voor klantmails als ik alles zelf nalees?", "Nee."],
        ),
        ("Een.  Twee.", ["Een.", "Twee."]),
        ("", []),
    ],
)
def test_a_short_question_keeps_its_answer(text: str, sentences: list[str]):
    assert answered_sentences(text) == sentences
