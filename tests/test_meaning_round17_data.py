"""Round seventeen, the two data rules: classes named from the tune errors of geen-persoonsgegevens and
geen-bedrijfsgeheimen after the seventh collection round added 296 real English sentences from 60 sources to the
tune half (2 December). Each class was written in fresh wording before the engine was changed, with near-misses
that must not count; the first-sight score (right answers of the engine before the change) is in the comment above
each group. (list, text, the rules it states, exactly); the list is None for a sentence on its own."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from rule_ids import PG, SG

CASES: list[tuple[str | None, str, set[str]]] = [
    # A. An AI tool not to be used *for* a person's information ('must not use public AI tools for case information
    # about children', 'Gebruik ChatGPT niet voor cliëntinformatie'): the people word owns the information, so the
    # tool is given it, as with 'for client data' (which counted); information *about* people, or a topic
    # ('for medical information'), is what one asks AI for, and a use for a task is no data.
    # First sight: 6 of 10.
    (None, "Staff must not use public AI tools for client information.", {PG}),
    (None, "Do not use ChatGPT for patient information.", {PG}),
    (None, "Never use free chatbots for pupil information or case information.", {PG}),
    (None, "Gebruik ChatGPT niet voor cliëntinformatie.", {PG}),
    (None, "Do not use ChatGPT for medical information.", set()),
    (None, "Do not use ChatGPT for information about customers.", set()),
    (None, "Do not use AI tools for advice to clients.", set()),
    (None, "Gebruik AI niet voor informatie over klanten.", set()),
    (None, "Staff may use AI tools for general information about our services.", set()),
    (None, "Do not use public AI tools for client data.", {PG}),
    # B. An imperative to restrict the act itself, named as a noun ('Restrict the entry of client records into
    # public AI tools', 'restrict the uploading of confidential files to chatbots'), keeps the data out of the tool,
    # as 'avoid the entry of …' already did; restricting what AI is used for, access, or a fact that agreements
    # restrict something is no such rule, and limiting an amount is data minimisation (guide decision 8).
    # First sight: 6 of 10.
    (None, "Restrict the entry of client records into public AI tools.", {PG}),
    (None, "Restrict the uploading of confidential files to chatbots.", {SG}),
    (None, "Staff should restrict the input of personal data into generative AI tools.", {PG}),
    (None, "Restrict the sharing of proprietary information with external AI services.", {SG}),
    (None, "Restrict the use of AI tools to drafting and summarising.", set()),
    (None, "Restrict access to the AI tool to trained staff.", set()),
    (None, "Our agreements restrict the use of licensed content in AI tools.", set()),
    (None, "Limit the amount of personal data you enter into AI tools.", set()),
    (None, "Restrict the entry of prompts to ten per day.", set()),
    (None, "Avoid the entry of personal data into AI tools.", {PG}),
    # C. 'data protection' is a field of law and a standard, not the data ('AI tools that meet strict safety,
    # privacy, and data protection standards'): 'privacy' took the 'data' of 'data protection' as its head, and a
    # tool's standard read as a limit on personal data. Data named beside the standard keeps the rule.
    # First sight: 7 of 10.
    (None, "We only use AI tools that meet strict privacy and data protection standards.", set()),
    (None, "Only use AI tools that meet our privacy and data protection requirements.", set()),
    (None, "Only use chatbots that meet privacy and data protection rules.", set()),
    (None, "Respect privacy and data protection in all AI work.", set()),
    (None, "Gebruik alleen AI-tools die voldoen aan privacy- en gegevensbeschermingseisen.", set()),
    (None, "Do not enter personal data into AI tools, as data protection law requires.", {PG}),
    (None, "Never upload personal or client data to AI tools that lack data protection agreements.", {PG}),
    (
        None,
        "Voer geen persoonsgegevens in AI-tools in die niet aan de privacy- en gegevensbeschermingsregels voldoen.",
        {PG},
    ),
    (None, "Only use AI tools with privacy and data protection safeguards for client data.", {PG}),
    (None, "Only use approved AI tools for personal and health data.", {PG}),
    # D. A limit on what AI writes ('The system … is only used to help produce the clinical notes', 'Copilot may
    # only be used to draft patient letters'): the data named is AI's product, no data put into it; a limit on the
    # data entered, or an act of putting it in before the product, keeps the rule.
    # First sight: 6 of 10.
    (None, "The AI scribe is only used to help produce the clinical notes.", set()),
    (None, "Copilot may only be used to draft patient letters.", set()),
    (None, "AI is used only to write summaries of client meetings.", set()),
    (None, "AI wordt alleen gebruikt om verslagen van cliëntgesprekken te schrijven.", set()),
    (None, "De AI-tool wordt alleen gebruikt om cliëntbrieven te schrijven.", set()),
    (None, "Only enter patient notes into the approved AI tool.", {PG}),
    (None, "Client data may only be used in the approved AI tool.", {PG}),
    (None, "Patiëntgegevens mogen alleen in de goedgekeurde AI-tool worden ingevoerd.", {PG}),
    (None, "Only paste client notes into AI to produce a summary.", {PG}),
    (None, "AI may only be used to summarise client files in the approved tool.", {PG}),
    # E. Data kept 'within approved systems' ('Sensitive student and institutional data must remain protected
    # within approved systems') stays in the approved ones, the same rule as 'only in approved tools' (guide
    # decision 2): 'approved' before the system word is no AI platform the data is handled in. No data named,
    # a fact about storage, or a tool that keeps data is no such rule.
    # First sight: 7 of 10.
    (None, "Client data must stay within approved systems.", {PG}),
    (None, "Confidential documents must remain within approved systems.", {SG}),
    (None, "Persoonsgegevens moeten binnen goedgekeurde systemen blijven.", {PG}),
    (None, "Client data must stay within our own systems.", {PG}),
    (None, "Staff must remain within approved systems when working remotely.", set()),
    (None, "Data must remain within approved systems.", set()),
    (None, "Client data is stored within approved systems.", set()),
    (None, "Word counts must remain within approved limits.", set()),
    (None, "Our AI tool keeps client data within approved systems.", set()),
    (None, "Client data is processed within approved AI platforms.", set()),
]


@pytest.mark.parametrize(("kind", "text", "rules"), CASES)
def test_round17_data(kind: str | None, text: str, rules: set[str]) -> None:
    assert recognised_ids(text, kind) == rules
