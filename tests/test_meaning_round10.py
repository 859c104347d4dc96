"""Round ten: the classes a second round of testers found (1 December, /tmp/qa2_en and /tmp/qa2_nl), each in
fresh wording written from the class before the engine was changed, with near-misses that must not count.
First-sight scores are in the comment above each group: "positives right" is how many positives gave exactly
their rules, "near-misses right" how many near-misses did. (list, text, the rules it states, exactly); the
list is None for a sentence on its own (herken, the text outside the sections) or the list it stands in."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from rule_ids import EB, NOT, PG, SG

CASES: list[tuple[str | None, str, set[str]]] = [
    # A. Confidential agreements with partners are the organisation's own confidential agreements: the party
    # after an agreement that is marked confidential is its counterparty, not another party the data goes to
    # (first sight: positives 2 of 6 right, near-misses 6 of 6)
    (None, "Deel geen vertrouwelijke afspraken met partners.", {SG}),
    (NOT, "Vertrouwelijke afspraken met partners delen.", {SG}),
    (None, "Never share confidential agreements with partners.", {SG}),
    (None, "Deel geen geheime afspraken met leveranciers.", {SG}),
    (NOT, "Uploading confidential arrangements with suppliers.", {SG}),
    (
        None,
        "Deel geen ongepubliceerde onderzoeksdata, subsidieaanvragen of vertrouwelijke afspraken met opdrachtgevers.",
        {SG},
    ),
    (None, "Deel vertrouwelijke informatie nooit met partners.", set()),
    (None, "Never share confidential information with partners.", set()),
    (None, "Vertrouwelijke stukken met partners delen.", set()),
    (None, "Maak afspraken met partners over AI-gebruik.", set()),
    (None, "Maak vertrouwelijke afspraken met partners.", set()),
    (None, "Share no contracts with vendors.", set()),
    # B. The organisation's prices and licensing documents (a fee schedule, a price list, licensing documents) are
    # its business information; staff pay is the staff's personal data
    # (first sight: positives 0 of 8 right, near-misses 6 of 6)
    (NOT, "Sharing our fee schedule with AI", {SG}),
    (None, "Never put our price list into ChatGPT.", {SG}),
    (None, "Do not share licensing documents with AI tools.", {SG}),
    (None, "Deel onze prijslijst niet met ChatGPT.", {SG}),
    (None, "Zet de tarieflijst nooit in een AI-tool.", {SG}),
    (None, "Never paste staff pay into AI tools.", {PG}),
    (None, "Do not enter employee pay into ChatGPT.", {PG}),
    (NOT, "Sharing our fee schedule, staff pay or licensing documents with AI", {SG, PG}),
    (None, "Our fee schedule is on the website.", set()),
    (None, "Pay for ChatGPT Plus with the company card.", set()),
    (None, "Staff pay for their own subscriptions.", set()),
    (None, "Gebruik alleen tools met een licentieovereenkomst.", set()),
    (None, "Read the licensing terms of every AI tool.", set()),
    (None, "Use AI to draft a new price list.", set()),
    # C. Choosing whom we hire ('pick which freelancer we hire', 'welke zzp'er we inhuren') is a decision about
    # people (first sight: positives 0 of 6 right, near-misses 5 of 5)
    (NOT, "Let AI pick which freelancer we hire.", {EB}),
    (NOT, "Let AI pick which candidate gets the job.", {EB}),
    (None, "Never let ChatGPT pick which applicant we hire.", {EB}),
    (NOT, "AI laten kiezen welke freelancer we inhuren.", {EB}),
    (None, "Laat AI niet bepalen welke zzp'er we inhuren.", {EB}),
    (NOT, "Let AI pick which freelancer we hire or which client budget gets cut.", {EB}),
    (NOT, "Let AI pick which font we use.", set()),
    (NOT, "Let AI pick which photo goes in the newsletter.", set()),
    (None, "Pick the AI tool that suits your task.", set()),
    (None, "We hire freelancers for design work.", set()),
    (None, "We huren een freelancer in voor de website.", set()),
    # D. AI deciding whether a person gets care: the need in the question after the deciding verb ('of een kind
    # extra zorg nodig heeft') is what is decided, not the sentence's force
    # (first sight: positives 0 of 6 right, near-misses 5 of 5)
    (None, "AI laten bepalen of een kind extra zorg nodig heeft.", {EB}),
    (NOT, "AI laten bepalen of een kind extra zorg of een doorverwijzing nodig heeft.", {EB}),
    (None, "AI laten beslissen of een cliënt zorg krijgt.", {EB}),
    (None, "Een chatbot laten bepalen of een patiënt behandeling nodig heeft.", {EB}),
    (None, "AI laten beoordelen of een leerling extra ondersteuning nodig heeft.", {EB}),
    (NOT, "Letting AI decide whether a child needs extra care.", {EB}),
    (None, "AI laten bepalen of een tekst klaar is.", set()),
    (None, "AI laten bepalen of een nieuwsbrief een foto nodig heeft.", set()),
    (None, "Gebruik AI om te bepalen welke zorg beschikbaar is in de regio.", set()),
    (None, "Zorg dat je weet of een tool een verwerkersovereenkomst heeft.", set()),
    (None, "Bepaal zelf of een tekst extra uitleg nodig heeft.", set()),
    # (near-misses written after the changes, all right: each class reads only its construction)
    (None, "We maken vertrouwelijke afspraken met leveranciers over AI.", set()),
    (None, "Deel onze prijslijst niet met derden.", set()),
    (None, "Staff pay is set by the board.", set()),
    (None, "AI picks the best photo of our staff for the website.", set()),
    (None, "You may let AI pick which staff members get a Copilot licence.", set()),
    (None, "Decide whether you need AI at all.", set()),
]


@pytest.mark.parametrize(("kind", "text", "rules"), CASES)
def test_round10(kind: str | None, text: str, rules: set[str]) -> None:
    assert recognised_ids(text, kind) == rules
