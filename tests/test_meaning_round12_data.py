"""Round twelve, the two data rules: classes named from the tune errors of geen-persoonsgegevens and
geen-bedrijfsgeheimen after 216 new real sentences from 48 new sources were added to the tune half (1 December,
evening). Each class was written in fresh wording before the engine was changed, with near-misses that must not
count; the first-sight score (right answers of the engine before the change) is in the comment above each group.
(list, text, the rules it states, exactly); the list is None for a sentence on its own."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids

PG = "geen-persoonsgegevens"
SG = "geen-bedrijfsgeheimen"
NOT = "mag_niet"

CASES: list[tuple[str | None, str, set[str]]] = [
    # B. Manuscripts under review are confidential documents: uploading them to AI tools is the secrets rule.
    # A manuscript sent to a journal, or written by its authors, is no sharing with AI.
    # First sight: 5 of 9.
    (None, "Reviewers must never upload a manuscript they are reviewing to an AI tool.", {SG}),
    (None, "Do not paste submitted manuscripts into ChatGPT or similar services.", {SG}),
    (None, "Referees may not share manuscripts under review with generative AI tools.", {SG}),
    (None, "Editors should not submit manuscripts to AI tools for an assessment.", {SG}),
    (None, "Authors may use AI to polish the language of their manuscript.", set()),
    (None, "Do not submit manuscripts written by AI.", set()),
    (None, "Authors must disclose any use of AI in their manuscript.", set()),
    (None, "Manuscripts should be submitted through the journal's online system.", set()),
    (None, "Do not upload manuscripts to the journal site before the deadline.", set()),
    # C. Ingesting is putting into a tool ("Ingesting confidential content into AI tools" as a Don't item);
    # a system that ingests data is what it does.
    # First sight: 3 of 5.
    (None, "Ingesting confidential documents into AI tools.", {SG}),
    (None, "Ingesting patient records into a chatbot.", {PG}),
    (None, "Never ingest customer data into an AI model.", {PG}),
    (None, "The platform ingests data from the finance system every night.", set()),
    (None, "Ingesting large files can take several minutes.", set()),
    # D. Bank or financial details listed only beside what points to a person (names, addresses, contact details)
    # are that person's: the personal-data rule, not the organisation's secrets; beside a business word, or as a
    # category of its own beside PII (adjudicated in the corpus), it is both.
    # First sight: 4 of 7.
    (None, "Voer geen namen, adressen of bankgegevens in AI-tools in.", {PG}),
    (None, "Remove PII and financial information before using any AI product.", {PG, SG}),
    (None, "Geen telefoonnummers of bank- en contactgegevens delen met een chatbot.", {PG}),
    (None, "Never paste client names, addresses or financial details into ChatGPT.", {PG}),
    (None, "Do not enter customer names, contracts or financial details into AI tools.", {PG, SG}),
    (None, "Voer geen klantgegevens of financiele cijfers van het bedrijf in AI-tools in.", {PG, SG}),
    (None, "Never share financial information with AI tools.", {SG}),
    # E. An incident told in the past tense ('Een medewerker voerde … in', 'A colleague pasted …') is a story,
    # not a rule; an instruction that names what someone shared keeps its rule.
    # First sight: 4 of 6.
    (None, "Vorig jaar plakte een collega, zich niet bewust van het risico, klantgegevens in ChatGPT.", set()),
    (None, "A staff member, not aware of the risks, uploaded confidential contracts to a chatbot.", set()),
    (None, "Een medewerker voerde, zonder het te weten, vertrouwelijke offertes in een AI-tool in.", set()),
    (None, "Do not paste client files a customer shared with you into ChatGPT.", {PG}),
    (None, "Voer nooit gegevens van klanten in ChatGPT in.", {PG}),
    (None, "Never share confidential documents with AI tools.", {SG}),
    # F. 'Zonder noodzaak', 'without a clear need' is 'onnodig' in other words: data minimisation, the user judges the
    # need (guide decision 8); an exception of approval keeps the rule, and so does anonymising 'where possible'
    # (three tune sentences labelled so).
    # First sight: 4 of 7.
    (None, "Deel geen klantgegevens met AI-tools zonder noodzaak.", set()),
    (None, "Do not enter personal data into AI tools without a clear need.", set()),
    (None, "Zonder noodzaak voer je geen gegevens van leerlingen in een chatbot in.", set()),
    (None, "Anonymise data before you use AI.", {PG}),
    (None, "Deel geen klantgegevens met AI-tools zonder toestemming van de FG.", {PG}),
    (None, "Always use anonymised data with AI tools.", {PG}),
    (None, "Use anonymised data with AI tools where possible.", {PG}),
]


@pytest.mark.parametrize(("kind", "text", "rules"), CASES)
def test_round12_data(kind: str | None, text: str, rules: set[str]) -> None:
    assert recognised_ids(text, kind) == rules
