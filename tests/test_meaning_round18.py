"""Round eighteen: misses and a false pass that fresh testers found in policies they wrote themselves (not corpus
material). Each class is written in fresh wording with near-misses that must not count; the first-sight score
(how many cases of the group the engine answered right before the change) is in the comment above it. (list,
text, the rules it states, exactly); the list is None for a sentence on its own."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from aibeleid_check.meaning.text import read
from rule_ids import AC, EB, NOT, PG, SG

CASES: list[tuple[str | None, str, set[str]]] = [
    # A. A question answered by a rule in the answer's own words ('Klantgegevens? Die deel je ook niet met AI.',
    # 'Moet ik de tekst nakijken? Lees hem altijd zelf na.', an FAQ item whose answer names the deciders 'never by
    # AI'): what the question names is what the answer forbids or asks, so the question takes the answer's force,
    # as it takes 'Nee.'. A question answered by a plain statement or a permission states no rule (testers' misses
    # 2, 3, 4; first sight 5/12)
    (None, "Klantgegevens? Die deel je ook niet met AI.", {PG}),
    (NOT, "Klantgegevens? Die deel je ook niet met AI.", {PG}),
    (None, "Client files? You must never upload those to ChatGPT.", {PG}),
    (None, "Moet ik de tekst nog nakijken? Lees de tekst daarna altijd zelf na en controleer de feiten.", {AC}),
    (None, "Do I need to check what ChatGPT writes? Read it yourself afterwards and always check the facts.", {AC}),
    (
        None,
        "Can AI decide on grades? Decisions about grades are made by the teacher, the exam board or the director, "
        "never by AI.",
        {EB},
    ),
    (None, "Wie beslist over een toelating? De docent, de examencommissie of de directeur, nooit AI.", {EB}),
    (None, "Wie beslist over cijfers? De docent.", set()),
    (None, "Klantgegevens? Die mag je in Copilot gebruiken.", set()),
    (None, "Moet ik AI-teksten laten nakijken? Dat kan, als je tijd hebt.", set()),
    (None, "Heb je per ongeluk een klantdossier in ChatGPT geplakt? Meld het dan bij Marieke.", set()),
    (None, "Who decides on refunds? The shop owner.", set()),
    # B. A decision named by what is decided in the question after a weaker deciding verb: whether a person (a
    # participant, a member, a learner) passes, is admitted or stays ('AI laten bepalen of een cursist slaagt'), as
    # 'bepalen of een student wordt toegelaten' already was; a question about a text or a campaign, and people who
    # decide about their own use of AI, are no decision about people (testers' miss 1; first sight 5/10)
    (NOT, "AI laten bepalen of een cursist slaagt", {EB}),
    (NOT, "AI laten beoordelen of een deelnemer wordt toegelaten", {EB}),
    (NOT, "AI laten bepalen of je slaagt", {EB}),
    (None, "Laat AI nooit bepalen of een lid mag blijven.", {EB}),
    (None, "Do not let AI determine whether a learner passes.", {EB}),
    (NOT, "AI laten bepalen of een tekst vlot leest", set()),
    (NOT, "AI laten bepalen of een campagne slaagt", set()),
    (None, "Cursisten bepalen zelf of ze AI gebruiken.", set()),
    ("mag", "AI laten bepalen of een cursist extra oefenstof nodig heeft", set()),
    (None, "Volunteers decide for themselves whether they use AI.", set()),
    # C. What a bare headline states on its own it states under a DIT NIET heading too ('Een eindbesluit laten
    # nemen over het rooster' counted alone, not as a DIT NIET item, where the list's prohibition asked for a
    # person or AI to be named); choosing tools, and a headline under DIT MAG, stay out (testers' miss 5; first
    # sight 5/8)
    (NOT, "Een eindbesluit laten nemen over het rooster", {EB}),
    (None, "Een eindbesluit laten nemen over het rooster", {EB}),
    (NOT, "Besluiten laten nemen over de vakantieplanning", {EB}),
    (NOT, "De eindbeslissing laten nemen over de dienstindeling", {EB}),
    (NOT, "Een besluit nemen over de inkoop van nieuwe software", set()),
    ("mag", "Een eindbesluit laten voorbereiden met een samenvatting van AI", set()),
    ("mag", "Een eindbesluit laten nemen over het rooster, na overleg met het team", set()),
    (NOT, "Een eindbesluit over het rooster", set()),
    # D. An example list between commas ends with its member joined by and/or ('…, including names, addresses and
    # phone numbers, into ChatGPT'), and the part after it goes on with the clause only when it does not open a
    # clause of its own ('…, such as letters, provided you check them yourself' keeps its condition) (testers'
    # miss 6; first sight 4/7)
    ("mag", "AI may be used for routine texts, such as letters, provided you check them yourself.", {AC}),
    ("mag", "Je mag AI gebruiken voor teksten, zoals brieven, mits je ze daarna zelf nakijkt.", {AC}),
    ("mag", "You may use ChatGPT for texts, including letters, as long as you check them yourself.", {AC}),
    (None, "Do not enter customer data, including names, addresses and phone numbers, into ChatGPT.", {PG}),
    ("mag", "AI may be used for routine texts, such as letters, reports and minutes.", set()),
    ("mag", "AI may be used for routine texts, such as letters, which saves time.", set()),
    (None, "Our newsletter covers many topics, including events, courses and prices, every month.", set()),
    # E. A classification marking listed beside another kind ('classified or personal information', 'gerubriceerde
    # of persoonlijke gegevens van burgers') is a category of its own, the organisation's classified information,
    # and no qualifier of the people's data: both rules; 'classified patient information', and a sensitivity word
    # beside personal data about people, stay personal data only (testers' miss 7; first sight 3/7)
    (None, "Do not enter classified or personal information about students into AI tools.", {PG, SG}),
    (None, "Do not enter classified or personal client information into AI tools.", {PG, SG}),
    (None, "Voer geen gerubriceerde of persoonlijke gegevens van burgers in AI-tools in.", {PG, SG}),
    (None, "Never paste classified, sensitive or personal customer data into ChatGPT.", {PG, SG}),
    (None, "Do not enter classified patient information into AI tools.", {PG}),
    (None, "Do not enter confidential or personal information about students into AI tools.", {PG}),
    ("mag", "Classified or personal information may be entered in our own on-premise model.", set()),
    # F. The *as* of 'such as' and 'as well as', and Dutch 'als' for 'if', is no treating of AI's work as a draft
    # ('Use AI for drafts, ideas and translations of texts such as excise rules' lists uses, with examples); 'use AI
    # output as a draft' and 'treat them as drafts' stay the rule (testers' false pass 8; first sight 3/8)
    (None, "Use AI for drafts, ideas and translations of texts such as excise rules", set()),
    ("mag", "Use AI for drafts, ideas and translations of texts such as excise rules", set()),
    (None, "Use AI for drafts as well as translations.", set()),
    ("mag", "Use Copilot for texts such as drafts and letters.", set()),
    (None, "Gebruik AI voor concepten als je weinig tijd hebt.", set()),
    (None, "Use AI output as a draft.", {AC}),
    (None, "Treat everything it produces as a first draft.", {AC}),
    ("mag", "Use AI for drafts such as letters, and treat them as drafts.", {AC}),
]


@pytest.mark.parametrize(("kind", "text", "rules"), CASES)
def test_round18(kind: str | None, text: str, rules: set[str]) -> None:
    assert recognised_ids(text, kind) == rules


def _aside_and_main(text: str) -> tuple[list[str], list[str]]:
    reading = read(text)
    main = [w.text for clause in reading.clauses if clause.host < 0 for w in clause.words]
    aside = [w.text for clause in reading.clauses if clause.host >= 0 for w in clause.words]
    return aside, main


def test_an_including_list_keeps_its_joined_last_member() -> None:
    aside, main = _aside_and_main(
        "Do not enter customer data, including names, addresses and phone numbers, into ChatGPT."
    )
    assert aside == ["including", "names", "addresses", "and", "phone", "numbers"]
    assert main == ["do", "not", "enter", "customer", "data", "into", "chatgpt"]


def test_a_list_that_leads_on_stays_one_member_long() -> None:
    aside, main = _aside_and_main("Upload geen vertrouwelijke stukken, zoals notulen, naar AI-diensten.")
    assert aside == ["zoals", "notulen"]
    assert main == ["upload", "geen", "vertrouwelijke", "stukken", "naar", "ai-diensten"]
