"""Round 21a (personal data and secrets): fresh-wording probes and the classes added for them.

The probes (``tests/data/recognition/probes_round21_data.yaml``) were written and labelled by the corpus
labelling guide before the engine was read; the floors are the numbers after the round minus one sentence.
"""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from probes import assert_floors, assert_labelled_by_the_guide, load_probes

SP = "geen-persoonsgegevens"
SG = "geen-bedrijfsgeheimen"
FAMILY = frozenset((SP, SG))
PROBES = "probes_round21_data.yaml"

FLOORS = {  # (language, what): at least this many found, or at most this many others counted
    ("nl", SP): 41,
    ("nl", SG): 19,
    ("en", SP): 24,
    ("en", SG): 14,
}
MOST_OTHERS_COUNTED = {"nl": 1, "en": 1}


def test_probe_file_is_labelled_by_the_guide() -> None:
    assert_labelled_by_the_guide(load_probes(PROBES))


def test_probe_floors() -> None:
    assert_floors(load_probes(PROBES), FAMILY, FLOORS, MOST_OTHERS_COUNTED)


CASES = [
    # personal records named by their kind
    ("Ziekmeldingen en verzuimgegevens van collega's voer je niet in bij AI-tools.", {SP}),
    ("Voer geen beoordelingsgesprekken in bij een AI-tool.", {SP}),
    ("Meld je ziekmelding voor negen uur bij je leidinggevende.", set()),
    # initials and made-up stand-ins instead of the person's own data
    ("Gebruik initialen in plaats van volledige namen in je prompt.", {SP}),
    ("Werk met nepnamen of placeholders in plaats van echte klantnamen.", {SP}),
    ("Use initials rather than full names.", {SP}),
    ("ChatGPT verzint soms namen in plaats van echte bronnen.", set()),
    ("We write today with initial guidelines on the use of generative AI tools.", set()),
    # the participle of voeden
    ("AI-tools mogen niet worden gevoed met persoonsgegevens.", {SP}),
    ("Copilot mag niet gevoed worden met klantgegevens.", {SP}),
    # data named by the privacy law that covers it
    ("In AI-tools worden geen gegevens verwerkt die vallen onder de AVG.", {SP}),
    ("Gegevens die onder de AVG vallen, voer je niet in.", {SP}),
    ("Do not enter information covered by HIPAA into AI tools.", {SP}),
    ("Gebruik alleen AI-tools die voldoen aan de AVG.", set()),
    # undoing the anonymising, and removal left to the reader's judgement of need (guide decision 8)
    ("Do not attempt to re-identify individuals from anonymised datasets.", set()),
    ("Je mag geen pogingen doen om geanonimiseerde gegevens weer herleidbaar te maken.", set()),
    ("Anonymise datasets before you use them with AI tools.", {SP}),
    ("Verwijder namen als je denkt dat dat nodig is.", set()),
    ("Verwijder namen voordat je de tekst in ChatGPT plakt.", {SP}),
    # an attributive 'not yet published' before one kind of document is the secrets rule only
    ("Strategische plannen en nog niet gepubliceerde cijfers worden niet met AI-tools gedeeld.", {SG}),
    ("Plak geen nog niet gepubliceerde onderzoeksresultaten in ChatGPT.", {SG}),
    ("Deel geen niet gepubliceerde informatie met AI-tools.", {SP, SG}),
    # 'anything confidential' is the organisation's; about a client it is the client's too
    ("Do not put anything confidential into an AI tool.", {SG}),
    ("Nothing confidential goes into ChatGPT.", {SG}),
    ("Do not share anything confidential about a client with AI tools.", {SP, SG}),
    # an AI environment as the only place for the data (guide decision 2)
    ("Gebruik voor persoonsgegevens alleen de AI-omgeving die de gemeente heeft goedgekeurd.", {SP}),
    ("Persoonsgegevens verwerk je alleen in de Copilot-omgeving van de school.", {SP}),
    ("Gebruik alleen goedgekeurde AI-tools.", set()),
    # a purpose of processing with no AI named is another privacy rule
    ("Wij gebruiken geen persoonsgegevens voor marketing.", set()),
    ("Gebruik geen persoonsgegevens in ChatGPT.", {SP}),
    # a limit that asks only care is a permission with a vague condition (tenth testers' round)
    (
        "Gegevens van leerlingen gebruik je in AI alleen met de nodige voorzichtigheid: gebruik bijvoorbeeld alleen"
        " een voornaam.",
        set(),
    ),
    ("Klantgegevens mag je alleen met gepaste zorg in Copilot invoeren.", set()),
    ("Klantgegevens mogen alleen in Copilot met de verwerkersovereenkomst.", {SP}),
]


@pytest.mark.parametrize(("text", "rules"), CASES)
def test_round21_data_classes(text: str, rules: set[str]) -> None:
    assert FAMILY & recognised_ids(text) == rules
