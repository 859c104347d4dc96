"""Round fourteen: classes of misses and false counts found on the way (testers' and reviewers' sentences, not
corpus sentences). Each class is written in fresh wording with near-misses that must not count; the first-sight score
(how many cases of the group the engine answered right before the change) is in the comment above it.
(list, text, the rules it states, exactly); the list is None for a sentence on its own."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from aibeleid_check.meaning.decision_kinds import sole_basis
from aibeleid_check.meaning.text import read
from rule_ids import AC, EB, NOT, PG, SG

CASES: list[tuple[str | None, str, set[str]]] = [
    # A. AI named as the only ground of what is decided ('never base a grade only on an AI detector', 'do not
    # base hiring decisions on AI alone'): the decision rule; a basis that is not AI, or AI's own basis, is no
    # rule (first sight 6/13)
    (None, "Never base a grade only on an AI detector.", {EB}),
    (None, "A grade must never be based only on an AI detector.", {EB}),
    (None, "Do not base hiring decisions on AI alone.", {EB}),
    (None, "Baseer een beoordeling nooit alleen op een AI-detector.", {EB}),
    (None, "Beoordelingen baseren we nooit alleen op AI.", {EB}),
    (None, "Cijfers worden nooit alleen op AI gebaseerd.", {EB}),
    (None, "Never base a diagnosis solely on a chatbot's answer.", {EB}),
    (None, "Do not base decisions about tenants purely on an AI score.", {EB}),
    (None, "The board decides on AI tools.", set()),
    (None, "We base our choice of tools only on the AI register.", set()),
    (None, "Our grades are based on the national exam only.", set()),
    (None, "AI detectors are based on statistics only.", set()),
    (None, "The AI course is based only on public material.", set()),
    # B. Medical results: 'uitslagen' (and 'labuitslagen') of patients are their data; 'test results' of a
    # person is a medical test, no check (first sight 4/9; the English 'test results of patients' is still
    # not read as personal data: 'results' is also the verb 'to result')
    (None, "Patient test results stay out of AI tools.", set()),
    (None, "Uitslagen van patiënten blijven buiten AI-tools.", {PG}),
    (None, "Voer nooit uitslagen van cliënten in ChatGPT in.", {PG}),
    (None, "Labuitslagen van patiënten mogen niet in AI-tools worden ingevoerd.", {PG}),
    (None, "Test the results of the AI tool before you use them.", {AC}),
    (None, "Test results of the AI tool must be checked.", {AC}),
    (None, "Patients trust us with their test results.", set()),
    (None, "De uitslagen van de verkiezing worden gepubliceerd.", set()),
    (None, "Test results for students are published in the portal.", set()),
    # C. A tool's aside beside its agreement ('Copilot (signed DPA, no personal data)') says what the tools list
    # says of the tool, not a rule for staff: a third-round tester's policy passed without its personal-data
    # rule on it (first sight 4/8)
    (
        None,
        "The approved tools are Microsoft 365 Copilot (signed DPA, no personal data) and DeepL Pro (signed DPA, no personal data).",
        set(),
    ),
    (None, "Approved tools: ChatGPT Team (DPA signed, no personal data).", set()),
    (None, "Goedgekeurde tools: Copilot (verwerkersovereenkomst getekend, geen persoonsgegevens).", set()),
    (None, "We gebruiken DeepL Pro (verwerkersovereenkomst ondertekend, geen klantgegevens).", set()),
    (None, "Never paste client data (names, addresses) into ChatGPT.", {PG}),
    (None, "Do not enter personal data into tools without a DPA (data processing agreement).", {PG}),
    (None, "Geen persoonsgegevens in Copilot, ook niet met een verwerkersovereenkomst.", {PG}),
    (None, "No personal data in ChatGPT.", {PG}),
    # D. What AI does not do ('AI does not check facts', 'it cannot verify its sources') is a fact about it, no
    # rule for staff, unless they are told after it ('so you must'); a tester's policy passed without its check
    # rule on this sentence (first sight 5/10)
    (
        None,
        "AI can save time, but it does not check facts, and it does not carry responsibility for what we publish: we do.",
        set(),
    ),
    (None, "AI does not check facts.", set()),
    (None, "ChatGPT does not verify its sources.", set()),
    (None, "AI controleert geen feiten.", set()),
    (None, "Een chatbot kan zijn eigen antwoorden niet controleren.", set()),
    (None, "AI tools do not check their own output, so you must.", {AC}),
    (None, "AI checkt geen bronnen; dat doe jij.", {AC}),
    (None, "Copilot kan geen bronnen verifiëren, dus controleer ze zelf.", {AC}),
    (None, "Do not publish AI text without checking it.", {AC}),
    (None, "Een redacteur, niet de AI, bepaalt wat er op de website wordt gepubliceerd.", {AC}),
    # E. Bank statements of clients are their data, a company's are its secrets (first sight 2/4)
    (None, "Voer geen bankafschriften van cliënten in AI-tools in.", {PG}),
    (NOT, "Cliëntgegevens invoeren, zoals namen, BSN, inkomen, schuldenoverzichten of bankafschriften.", {PG}),
    (None, "Geen bankafschriften van de zaak in ChatGPT.", {SG}),
    (None, "Bankafschriften van ons bedrijf horen niet in AI-tools.", {SG}),
    # F. 'We cannot trust X, because …' is a judgement with its reason, like 'we cannot yet rely on it' (a tune
    # sentence of the sixth round; first sight 3/5)
    (
        None,
        "We cannot trust the accuracy of the tools' statements, because we can't rely on what they were trained on.",
        set(),
    ),
    (None, "We can't trust chatbot answers, since the models make things up.", set()),
    (None, "We cannot trust AI output blindly, so always check it.", {AC}),
    (None, "Because AI makes mistakes, we cannot rely on its answers without checking them.", {AC}),
    (None, "You cannot trust AI answers: check them.", {AC}),
    # G. English 'be' told with a check attitude ('Be skeptical and verify'), as Dutch 'wees' is, and the bare
    # check after it (a tune sentence of the sixth round; first sight 4/7)
    (None, "Be skeptical and verify.", {AC}),
    (None, "Our mantra: be skeptical and verify.", {AC}),
    (None, "Be critical and verify.", {AC}),
    (None, "Wees kritisch en controleer.", {AC}),
    (None, "Be kind and verify.", set()),
    (None, "Be skeptical and creative.", set()),
    (None, "Our view: be kind and verify.", set()),
]


@pytest.mark.parametrize(("kind", "text", "rules"), CASES)
def test_round14(kind: str | None, text: str, rules: set[str]) -> None:
    assert recognised_ids(text, kind) == rules


@pytest.mark.parametrize(
    ("text", "position", "sole"),
    [
        ("Never base a grade only on an AI detector.", 3, True),
        ("Never base a grade on an AI detector.", 3, False),
        ("Never base a grade only on the exam.", 3, False),
        ("Never grade only on an AI detector.", 1, False),
    ],
)
def test_sole_basis_needs_basing_only_and_ai(text: str, position: int, sole: bool) -> None:
    assert sole_basis(read(text).words, position) is sole
