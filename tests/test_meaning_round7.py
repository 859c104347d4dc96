"""Round seven: the classes two engineers asked each other to fix, and the classes of the whole-policy tune
errors, each in fresh wording written from the class (not copied from the corpus), with near-misses that must
not count. First-sight scores are in the comment above each list."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from rule_ids import AC, EB, PG, SG

# The first wave, written before any change of this round: on first sight 9 of 20 positives had their rule
# and 1 of 20 near-misses counted (by class: separable decision verbs 2/9, an imperative after a short opener
# 5/6 (the miss: "haal … weg" after a four-word opener, whose "namen" was also read as a form of "nemen"),
# "Denk aan X:" before a rule 1/4; caution, domain content and a question list: none counted). One
# near-miss was dropped as ambiguous ("Extra controle is nodig voor medische teksten": a check with no AI
# named, which an AI policy may mean). Written after the first changes, against the engine before the
# round: two "Denk aan" rules (both missed), four example lists (none counted), three questions put to
# people (all three counted) and the three prompts (all recognised). (text, rules that must be recognised)
POSITIVE: list[tuple[str, set[str]]] = [
    # Dutch separable decision verbs: the particle stands apart ("kent … toe", "wijst … af", "keurt … goed")
    ("AI kent geen uitkeringen toe.", {EB}),
    ("De chatbot wijst geen aanvragen af.", {EB}),
    ("Copilot keurt geen aanvragen goed.", {EB}),
    ("Gebruik AI niet om cijfers toe te kennen.", {EB}),
    ("Laat ChatGPT nooit subsidies toekennen.", {EB}),
    ("Een algoritme keurt nooit zelf een declaratie af.", {EB}),
    ("Het systeem wijst geen woningen toe aan huurders; dat doet een medewerker.", {EB}),
    ("AI-tools mogen geen vergunningsaanvragen goed- of afkeuren.", {EB}),
    ("Laat een AI-tool geen bezwaarschriften afwijzen.", {EB}),
    # an imperative after a short opening clause (up to five words)
    ("Before sharing a document, remove the names of clients.", {PG}),
    ("Voordat je iets deelt met ChatGPT, haal namen van klanten weg.", {PG}),
    ("Voordat je iets deelt, haal alle namen weg.", {PG}),
    ("Before you paste a report into Copilot, delete all client details.", {PG}),
    ("When using a chatbot, check every answer yourself.", {AC}),
    ("Als je een tekst met AI hebt gemaakt, lees hem zelf na.", {AC}),
    # "Denk aan X:" opens a rule, not a list of examples, when a clause with its own force follows
    ("Denk aan privacy: voer geen namen in.", {PG}),
    ("Denk aan de privacy van cliënten: deel geen dossiers met AI-tools.", {PG}),
    ("Think of privacy: never paste client names into ChatGPT.", {PG}),
    ("Denk aan vertrouwelijkheid: plak geen interne stukken in een chatbot.", {SG}),
    ("Denk aan bronnen: controleer altijd wat de chatbot zegt.", {AC}),
    ("Denk aan privacy: geen klantnamen in prompts.", {PG}),
]

NEGATIVE: list[str] = [
    # deciding verbs about other things than a person's case
    "AI helpt bij het toekennen van tags aan documenten.",
    "Wij keuren nieuwe AI-tools goed via de IT-afdeling.",
    "Ken rollen toe aan gebruikers in Copilot.",
    "De medewerker wijst taken toe aan het team.",
    "AI mag geen tools goedkeuren.",
    # an opener before an imperative about something else
    "Before sharing a document, consider who will read it.",
    "Voordat je iets deelt, denk na over de lezer.",
    "When using a chatbot, keep your prompts short.",
    # example lists stay examples (a relative clause is part of a member)
    "Denk aan namen, adressen en BSN-nummers.",
    "Denk aan privacy: wat deel je met wie?",
    "Denk aan namen, adressen en BSN-nummers die je niet invoert.",
    "Denk bijvoorbeeld aan BSN-nummers, cv's of gegevens die niet openbaar zijn.",
    "Examples include client names, addresses and anything not public.",
    # caution is no rule (guide: "wees voorzichtig")
    "Think twice before entering client data into ChatGPT.",
    "Bedenk je twee keer voordat je klantgegevens in een chatbot invoert.",
    "Think carefully before sharing confidential documents with AI tools.",
    "Bedenk goed of je persoonsgegevens wilt invoeren.",
    # content and texts about a domain are no data about a person
    "Risicovolle toepassingen vereisen een review: medische content en juridische teksten.",
    "High-risk uses need a review: medical content and legal texts.",
    "Juridische documenten en medische informatie vragen om een extra review door een expert.",
    # questions put to people are a document, not a prompt
    "Gebruik geen AI voor het opstellen van kandidaatvragen.",
    "Geen klantnamen in examenvragen.",
    "Geen BSN in sollicitatievragen.",
    "Geen namen van leerlingen in toetsvragen.",
]

NOT: list[tuple[str, str]] = [
    ("Risicovolle toepassingen vereisen een review: medische content en juridische teksten.", PG),
    ("Check medical content and legal texts produced by AI before publishing.", PG),
    ("Controleer medische teksten die AI maakt altijd zelf.", PG),
]

# Questions a chatbot is asked stay prompts.
PROMPTS: list[str] = [
    "Geen klantnamen in je vragen aan ChatGPT.",
    "Geen klantnamen in je zoekvragen.",
    "Geen klantnamen in prompts.",
]

# The second wave, from the whole-policy tune errors, written before their changes and scored on the engine
# before the round: 17 of 17 positives had their rule (they guard the changes), 4 of 11 near-misses counted
# (a reviewer as the subject, a public source in an example of a task, content for peer review, a person
# deciding in a condition) and 4 of 5 wrong rules were given ("non-public personal information" as a
# business secret 2/3, a relative "who" as who is decided about, a reviewer as the check).
POSITIVE_2: list[tuple[str, set[str]]] = [
    ("Never enter non-public personal information of clients into ChatGPT.", {PG}),
    ("Voer geen niet-openbare persoonsgegevens in AI-tools in.", {PG}),
    ("Do not paste non-public information into chatbots.", {PG, SG}),
    ("Deel geen niet-openbare informatie met AI-tools.", {PG, SG}),
    ("AI never decides who gets a loan.", {EB}),
    ("Laat AI niet bepalen wie een uitkering krijgt.", {EB}),
    ("Do not let AI rank applicants or decide who is invited.", {EB}),
    ("Human reviewers must approve every AI-generated answer before it is sent.", {AC}),
    ("Controleurs moeten alle AI-output zelf controleren.", {AC}),
    ("Alle AI-teksten gaan langs een reviewer voordat ze worden verstuurd.", {AC}),
    ("AI output must be approved by a reviewer before publication.", {AC}),
    ("Use only public sources when prompting Copilot.", {PG, SG}),
    ("Voer uitsluitend openbare informatie in bij ChatGPT.", {PG, SG}),
    ("Use only public information, such as press releases, in ChatGPT.", {PG, SG}),
    ("Have a colleague peer review any code the chatbot writes.", {AC}),
    ("All AI-generated text must be peer-reviewed before publication.", {AC}),
    ("AI suggests, but the teacher decides the grade.", {EB}),
]

NEGATIVE_2: list[str] = [
    "Our newsroom is guided by leaders who prioritize ethics and rigour.",
    "AI pilots are run by managers who prioritize safety.",
    "Editors who select stories for the homepage may use AI for headlines.",
    "Reviewers are asked not to upload their own notes to the portal.",
    "Controllers should not use personal accounts for finance software.",
    "Reviewers should refrain from pasting any content from submissions into ChatGPT.",
    "AI is used exclusively for routine tasks, such as summarizing public reports and translating texts.",
    "Authors are responsible for the accuracy of content submitted for peer review.",
    "Manuscripts go through peer review before they are accepted.",
    "If we decide a clip has news value, we make clear that it was created with AI.",
    "Als je besluit een AI-tekst te gebruiken, vermeld dat dan.",
]

NOT_2: list[tuple[str, str]] = [
    ("Never enter non-public personal information of clients into ChatGPT.", SG),
    ("Voer geen niet-openbare persoonsgegevens in AI-tools in.", SG),
    ("Do not share non-public client data with AI tools.", SG),
    ("Our newsroom is guided by leaders who prioritize ethics and human review.", EB),
    ("Reviewers must not upload any content of the applications to an AI tool.", AC),
]


# The third wave, from the last whole-policy tune errors (parties in a list of modifiers, a vendor word that
# modifies the data, a data word only in the example clause of a headline), on the engine before the round:
# 4 of 6 positives had their rule, 1 of 5 near-misses counted.
POSITIVE_3: list[tuple[str, set[str]]] = [
    ("Entering client, vendor, or confidential information into an AI tool", {PG, SG}),
    ("Never paste supplier, customer or staff data into ChatGPT.", {PG}),
    ("Deel geen klant-, leveranciers- of medewerkersinformatie met AI-tools.", {PG}),
    ("Do not enter contractor, patient or financial data into chatbots.", {PG}),
    ("Client data, such as names and addresses", {PG}),
    ("Een AI-tool bepaalt nooit wie er wordt aangenomen.", {EB}),
]

NEGATIVE_3: list[str] = [
    "De leverancier mag klantgegevens niet gebruiken om modellen te trainen.",
    "Vendors must not use client data to train their models.",
    "Accessibility and transcription, such as captions or transcripts for meetings and events",
    "Drafting letters, such as letters to clients with their names",
    "Vertalen en samenvatten, zoals samenvattingen van gesprekken met cliënten",
]


@pytest.mark.parametrize(("text", "rules"), POSITIVE + POSITIVE_2 + POSITIVE_3)
def test_round7_positive(text: str, rules: set[str]) -> None:
    assert rules <= recognised_ids(text)


@pytest.mark.parametrize("text", NEGATIVE + NEGATIVE_2 + NEGATIVE_3)
def test_round7_negative(text: str) -> None:
    assert recognised_ids(text) == frozenset()


@pytest.mark.parametrize(("text", "rule"), NOT + NOT_2)
def test_round7_not(text: str, rule: str) -> None:
    assert rule not in recognised_ids(text)


@pytest.mark.parametrize("text", PROMPTS)
def test_round7_prompt_questions(text: str) -> None:
    assert PG in recognised_ids(text)
