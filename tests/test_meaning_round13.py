"""Round thirteen: changes to the shared reading (force, finding, the list pass of ``explain``) asked for by the
round-twelve engineers. Each class is written in fresh wording before the engine was changed, with near-misses
that must not count; the first-sight score (how many cases of the group the engine answered right before the
change) is in the comment above it. (list, text, the rules it states, exactly); the list is None for a sentence
on its own."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from rule_ids import AC, EB, PG, SG

CASES: list[tuple[str | None, str, set[str]]] = [
    # A. 'nooit alleen op …' / 'never only …' is 'never solely': a prohibition; only with 'maar ook' / 'but also'
    # after it is it 'not only' (first sight 7/9)
    (None, "Baseer een beschuldiging van fraude nooit alleen op een AI-detector.", {EB}),
    (None, "Neem een besluit over een cliënt nooit alleen op basis van AI.", {EB}),
    (None, "Never rely only on AI output; always check it yourself.", {AC}),
    (None, "Decisions about applicants are never based only on an AI score.", {EB}),
    (None, "AI helpt niet alleen bij teksten maar ook bij planning.", set()),
    (None, "AI is not only a risk but also an opportunity for our clients.", set()),
    (None, "Het gaat niet alleen om techniek, maar ook om mensen.", set()),
    (None, "Not only teachers but also students use AI tools.", set()),
    (None, "AI is nooit alleen een risico maar ook een kans voor besluiten over cliënten.", set()),
    # B. English 'advise / recommend / warn / caution against' the act is a negation for every rule, as 'wij
    # raden af' is (first sight 7/9)
    (None, "We advise against letting AI decide on job applications.", {EB}),
    (None, "The university recommends against using chatbots to decide on admissions.", {EB}),
    (None, "We strongly advise against uploading client files to ChatGPT.", {PG}),
    (None, "IT warns against pasting source code into public AI tools.", {SG}),
    (None, "We recommend always checking AI output before you publish it.", {AC}),
    (None, "The report warns against the hype around AI.", set()),
    (None, "We advise staff on the use of AI tools.", set()),
    (None, "Experts argued against the new AI law last year.", set()),
    (None, "We recommend ChatGPT for drafting newsletters.", set()),
]


@pytest.mark.parametrize(("kind", "text", "rules"), CASES)
def test_round13(kind: str | None, text: str, rules: set[str]) -> None:
    assert recognised_ids(text, kind) == rules
