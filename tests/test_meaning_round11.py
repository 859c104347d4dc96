"""Round eleven: false counts in the tune half of the real-policy files (tests/policy_eval.py --split tune
--show-errors, 1 December evening), each class written in fresh wording before the engine was changed, with
near-misses and positives that must keep their answer. First-sight scores are in the comment above each group.
(list, text, the rules it states, exactly); the list is None for a sentence on its own."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from rule_ids import AC, EB, NOT, PG, SG

CASES: list[tuple[str | None, str, set[str]]] = [
    # A. "decision maker" in two words names who decides, as "decision-maker" does; it is no deciding
    (None, "The AI decision maker is not generalised from a subset of individuals.", set()),
    (None, "Decision makers should not be overwhelmed by AI reports.", set()),
    (None, "AI must never be the decision maker about a client.", {EB}),
    (None, "People should always be the decision makers.", {EB}),
    # B. Choosing a tool ('select the appropriate tool') is tool choice, not a decision about people
    (None, "Employees must select the appropriate tool for the task at hand.", set()),
    (None, "Staff should choose the right AI tool for each job.", set()),
    (None, "Medewerkers kiezen zelf de juiste AI-tool voor hun taak.", set()),
    (None, "Do not let AI select which employees get a promotion.", {EB}),
    # C. What a tool 'may help' do or 'recommends' is a capability, not a duty on staff
    (None, "The service may help analyze alerts, prioritize risk and recommend remediation steps for users.", set()),
    (None, "Copilot can recommend next steps to employees.", set()),
    (
        None,
        "The platform includes capabilities that may help analyze security alerts, correlate activity across users, "
        "devices, email, cloud services, and identities, summarize incidents, prioritize risk, support phishing "
        "investigations, and recommend remediation steps.",
        set(),
    ),
    (None, "We recommend that staff review AI output before use.", {AC}),
    # D. 'support, not replace, design thinking': a design is no document shared
    (None, "AI is used as a tool to support, not replace, original design thinking.", set()),
    (None, "AI supports our designers; it does not replace them.", set()),
    (None, "Do not upload unreleased product designs to AI tools.", {SG}),
    # E. User control ('gebruikerscontrole') is a topic of an ethics charter, not checking output
    (None, "Ons charter beschrijft onze verplichtingen op het gebied van gebruikerscontrole en transparantie.", set()),
    (
        None,
        "Ons charter schetst onze verplichtingen op het gebied van gebruikerscontrole, bewustzijn, transparantie, "
        "privacy en verantwoord toezicht bij het integreren van AI-tools in ons platform.",
        set(),
    ),
    (None, "Our charter sets out our commitments on user control and transparency.", set()),
    (None, "Controleer altijd de output van AI.", {AC}),
    # F. A check named alone in a list of what AI may not be used for is a use of AI, not the check
    (NOT, "Fact-checking", set()),
    (NOT, "Fact\u2011checking", set()),  # a non-breaking hyphen, as Word and web pages write it
    (None, "Voer geen klant\u2011gegevens in ChatGPT in.", {PG}),
    (None, "Voer geen klant\u00adgegevens in ChatGPT in.", {PG}),  # a soft hyphen
    (NOT, "Proofreading", set()),
    (NOT, "Publishing AI output without checking it", {AC}),
    (NOT, "Blindly trusting AI answers", {AC}),
    # G. AI as the only source for important decisions, in a list of what it may not be used for
    (NOT, "The only source of information for important business decisions", {EB}),
    (None, "AI must not be the only source of information for important decisions.", {EB}),
    (None, "The intranet is the only source of information for staff.", set()),
]


@pytest.mark.parametrize(("kind", "text", "rules"), CASES)
def test_round11(kind: str | None, text: str, rules: set[str]) -> None:
    assert recognised_ids(text, kind) == rules
