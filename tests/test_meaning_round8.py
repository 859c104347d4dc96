"""Round eight: classes from the tune half of the fourth round of whole policies (evening of 1 December),
each in fresh wording written from the class after the change (no first-sight score), with near-misses."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from rule_ids import AC, EB, PG, SG

# (text, the rules it states, exactly)
EXACT: list[tuple[str, set[str]]] = [
    # "public" before a program or software is where the data goes (a public tool), not the limit to what is
    # public, which would state both data rules
    ("Don't share sensitive business information with public programs.", {SG}),
    ("Protect sensitive data: never paste confidential figures into public software.", {SG}),
    ("Voer geen klantgegevens in openbare programma's in.", {PG}),
    ("Only enter information that is already public into AI programs.", {PG, SG}),
    ("Voer alleen informatie die al openbaar is in AI-tools in.", {PG, SG}),
    ("Never paste client data into public AI tools.", {PG}),
    # special categories named by their kind of conviction are personal data, not business secrets, and
    # "beliefs" is no form of "believe" (which made "Do not share political beliefs" a rule to check)
    ("Do not share political beliefs with AI.", {PG}),
    ("Voer geen religieuze overtuigingen of politieke voorkeur van cliënten in.", {PG}),
    ("Do not use the chatbot to share health information, political beliefs or religious details.", {PG}),
    ("Do not enter political documents into ChatGPT.", {SG}),
    ("Don't blindly believe what AI tells you.", {AC}),
    # an approval gate on the act ("without prior approval") is no decision about the person the data is about
    ("Do not enter employee records into AI tools without prior approval.", {PG}),
    ("Voer zonder toestemming van de teamleider geen klantgegevens in Copilot in.", {PG}),
    ("Client files may only be uploaded to the chatbot after approval by the privacy officer.", {PG}),
    # ... while deciding on an approval stays a decision
    ("AI must not decide on the approval of benefit applications.", {EB}),
    ("Laat AI nooit beslissen over de goedkeuring van vergunningen.", {EB}),
    ("Do not use AI for the approval of loans to customers.", {EB}),
]


@pytest.mark.parametrize(("text", "rules"), EXACT)
def test_round8_exact(text: str, rules: set[str]) -> None:
    assert recognised_ids(text) == rules


# The data a Don't list keeps out, named alone ("What you must not upload into AI systems:" then "- health
# information;"). First sight, before the change: 0 of 10 positives under mag_niet and 0 of 8 near-misses
# counted; after it, "medication records" and "Contracten met leveranciers" are still missed (no person or
# secret word, and the counterparty is read as another party).
LISTED: list[tuple[str, set[str]]] = [
    ("health information;", {PG}),
    ("any identifiable client or carer information.", {PG}),
    ("Klantgegevens", {PG}),
    ("patiëntdossiers", {PG}),
    ("client names", {PG}),
    ("Personeelsdossiers", {PG}),
    ("Interne notulen", {SG}),
    ("Offertes en prijsafspraken", {SG}),
]
NOT_LISTED: list[str] = [
    "ChatGPT",
    "Generating images",
    "Deepfakes",
    "Beelden van collega's maken",
    "Personal accounts",
    "Free tools",
    "Contracten afsluiten",
    "Quote the source verbatim.",
    "Versleutel vertrouwelijke bestanden.",
    "Confidentiality clauses apply to all contractors.",
    "Names, roles and responsibilities",
    "Our values: privacy, trust and confidentiality",
    "Privacy, security and intellectual property",
    "Strategy, budget and governance",
]


@pytest.mark.parametrize(("text", "rules"), LISTED)
def test_data_named_alone_under_a_dont_list_is_kept_out(text: str, rules: set[str]) -> None:
    assert recognised_ids(text, "mag_niet") == rules
    assert recognised_ids(text) == set()  # on its own it is a heading, no rule


@pytest.mark.parametrize("text", NOT_LISTED)
def test_other_short_items_under_a_dont_list_name_no_data(text: str) -> None:
    assert not recognised_ids(text, "mag_niet") & {PG, SG}
