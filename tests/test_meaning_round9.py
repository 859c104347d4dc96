"""Round nine: the classes two testers found writing policies in their own words (1 December, /tmp/qa_en
group 6, /tmp/qa_nl item 6), each in fresh wording written from the class before the engine was changed,
with near-misses that must not count. First-sight scores are in the comment above each group: "positives
right" is how many positives gave exactly their rules, "near-misses right" how many near-misses did.
(list, text, the rules it states, exactly); the list is None for a sentence on its own (herken, the text
outside the sections) or the list it stands in."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from rule_ids import AC, EB, NOT, PG, SG

CASES: list[tuple[str | None, str, set[str]]] = [
    # A. Reading what AI wrote before it goes out (a newsletter, a page) or before use is the check
    # (first sight: positives 0 of 6 right, near-misses 5 of 5)
    (None, "Read whatever ChatGPT writes before it goes on the website.", {AC}),
    (None, "Read what the chatbot produces before it goes out to members.", {AC}),
    (None, "Lees alles wat AI schrijft voordat het in de nieuwsbrief komt.", {AC}),
    (None, "Lees wat ChatGPT schrijft eerst zelf voordat het online gaat.", {AC}),
    (None, "Always read what the AI writes yourself before you use it.", {AC}),
    (None, "Read everything the tool generates before it appears on Instagram.", {AC}),
    (None, "Read the newsletter before the meeting.", set()),
    (None, "Read our AI policy before you use any AI tool.", set()),
    (None, "Read what AI writes about privacy to learn more.", set()),
    (None, "Lees de nieuwsbrief voordat hij op Facebook verschijnt.", set()),
    (None, "AI writes the first version of the newsletter.", set()),
    # (two near-misses written after the change, which first counted them: reading first is no check)
    (None, "Lees eerst wat AI schrijft over het onderwerp.", set()),
    (None, "Read what ChatGPT writes first, then decide for yourself.", set()),
    # B. Publishing or sending AI's text without reading it is the negated check (not only "without
    # checking"); "zomaar" with text from AI is using it as it is
    # (first sight: positives 1 of 6 right, near-misses 4 of 4)
    (NOT, "Een antwoord van ChatGPT versturen zonder het eerst te lezen.", {AC}),
    (NOT, "Teksten van AI op de website zetten zonder ze door te lezen.", {AC}),
    (NOT, "Een tekst van AI zomaar op Facebook zetten.", {AC}),
    (None, "Never post text from ChatGPT without reading it yourself.", {AC}),
    (None, "Plaats nooit een tekst van AI zonder hem zelf te lezen.", {AC}),
    (None, "Don't send AI-generated emails without reading them first.", {AC}),
    (NOT, "Een tekst publiceren zonder hem te laten lezen door de voorzitter.", set()),
    (None, "Never sign a contract without reading it.", set()),
    (None, "Don't use ChatGPT without reading the terms of use.", set()),
    (None, "Zet nooit persoonsgegevens in AI zonder het privacybeleid te lezen.", {PG}),
    # C. The finances of the organisation (a club, a foundation) are its business information; a register of
    # people ("ledenadministratie") is personal data
    # (first sight: positives 0 of 7 right, near-misses 5 of 5)
    (None, "De financiën van de vereniging deel je niet met ChatGPT.", {SG}),
    (None, "Zet de financiën van de stichting nooit in een AI-tool.", {SG}),
    (None, "Never put the club's finances into ChatGPT.", {SG}),
    (None, "Do not share our finances with AI tools.", {SG}),
    (None, "De klantadministratie voer je niet in AI in.", {PG}),
    (None, "Deel de personeelsadministratie niet met AI.", {PG}),
    (None, "De leerlingadministratie en de financiën van de school gaan nooit in ChatGPT.", {PG, SG}),
    # (a second wave, written before its change: positives 0 of 4 right, near-misses 2 of 2)
    (None, "Deel de financiële administratie niet met AI.", {SG}),
    (None, "Zet de administratie van de vereniging niet in ChatGPT.", {SG}),
    (None, "Zet de boekhouding van de stichting niet in ChatGPT.", {SG}),
    (None, "Never put the club's bookkeeping into AI tools.", {SG}),
    (None, "De administratie controleert alle facturen.", set()),
    (None, "De vereniging gebruikt ChatGPT voor de nieuwsbrief.", set()),
    (None, "De penningmeester beheert de financiën van de club.", set()),
    (None, "De financiën van de club staan er goed voor.", set()),
    (None, "De ledenadministratie wordt door de secretaris bijgehouden.", set()),
    (None, "Finances are discussed at the annual meeting.", set()),
    (None, "Gebruik AI niet om je persoonlijke financiën te plannen.", set()),
    # D. "andere" / "other" before a noun is a determiner ("of andere vertrouwelijke informatie"), no other
    # party to share with ("met anderen"): the Don't list's item and herken now agree
    # (first sight: positives 1 of 5 right, near-misses 4 of 4)
    (NOT, "Prijzen, offertes met leveranciers of andere vertrouwelijke informatie delen.", {SG}),
    (NOT, "Klantnamen met adressen of andere persoonsgegevens invoeren.", {PG}),
    (NOT, "Tarieven, contracten met verladers of andere vertrouwelijke bedrijfsinformatie delen.", {SG}),
    (None, "Never share contracts with suppliers or other confidential material with ChatGPT.", {SG}),
    (NOT, "Contracten met leveranciers of andere gevoelige stukken uploaden.", {SG}),
    (None, "Deel nooit vertrouwelijke informatie met anderen.", set()),
    (None, "Wij delen geen klantgegevens met andere organisaties.", set()),
    (None, "Never share confidential information with others outside the company.", set()),
    (NOT, "Vertrouwelijke stukken met andere partijen delen.", set()),
    # (two near-misses written after the change, which first counted them: the parties are the destination)
    (None, "Share no contracts with vendors or partners.", set()),
    (None, "Deel geen contracten met leveranciers, klanten of partners.", set()),
    # E. A person's financial papers in a list of a client's data (bank statements, payslips) are personal
    # data, not the firm's secrets; the organisation's own statements stay secrets
    # (first sight: positives 0 of 5 right, near-misses 3 of 3)
    (NOT, "Upload customer names, tax returns or bank statements to ChatGPT.", {PG}),
    (None, "Never paste patient names, insurance numbers or bank statements into ChatGPT.", {PG}),
    (None, "Do not upload customer addresses, card numbers or bank statements to AI tools.", {PG}),
    (NOT, "Enter employee names, payslips or bank statements into a chatbot.", {PG}),
    (None, "Voer geen namen van klanten, BSN's of bankafschriften in AI-tools in.", {PG}),
    (None, "Never paste our bank statements or financial forecasts into ChatGPT.", {SG}),
    (None, "Do not upload the firm's financial statements to AI tools.", {SG}),
    (None, "Voer geen bankafschriften van het bedrijf in ChatGPT in.", {SG}),
    # (written after the change for class I, which covered the list's other members only: 0 of 1)
    (None, "Paste no salary data, bank statements or other staff information into ChatGPT.", {PG}),
    # F. AI's output copied into a client's work: the client word names where AI's text goes, no personal data
    # put into AI (first sight: positives 1 of 5 right, near-misses 4 of 4)
    (NOT, "Paste ChatGPT output into customer documents without reviewing it.", {AC}),
    (None, "Never copy AI text into client reports without checking it.", {AC}),
    (NOT, "AI-teksten in klantdossiers plakken zonder ze te controleren.", {AC}),
    (None, "Don't paste AI-generated content into student files unchecked.", {AC}),
    (NOT, "Copy AI answers into patient letters without checking them.", {AC}),
    (None, "Never copy client files into ChatGPT.", {PG}),
    (None, "Do not paste customer records into AI tools.", {PG}),
    (NOT, "Klantdossiers in ChatGPT plakken.", {PG}),
    (None, "Never paste client documents into ChatGPT.", {PG}),
    # G. What others entrust to us, said as a fact (a reason for the rules), is no rule: a subject, a verb and
    # "us"/"ons" make it a sentence, not a bare list of what is kept out
    # (first sight: positives 2 of 6 right, near-misses 4 of 4)
    (None, "Customers trust us with their pricing, their customer data and their strategy.", set()),
    (None, "Schools trust us with their pupil data, their budgets and their roadmaps.", set()),
    (None, "Klanten vertrouwen ons hun broncode, hun klantgegevens en hun roadmaps toe.", set()),
    (None, "Leden geven ons hun namen, hun adressen en hun bankgegevens.", set()),
    (None, "Patients trust us with their medical records, their addresses and their test results.", set()),
    (None, "Our customers give us their contracts, price lists and employee data.", set()),
    (None, "Client source code, customer data and roadmaps never go into AI tools.", {PG, SG}),
    (NOT, "Client source code, customer data and their roadmaps.", {PG, SG}),
    (None, "Our clients, their budgets, customer data and source code.", {PG, SG}),
    (None, "Customer names, addresses and phone numbers: never in ChatGPT.", {PG}),
    # H. An assessment or advice about a person that you take or give yourself is the decision (a judgement
    # named as the object of "neem", "geef", "make"), not a check of AI's output; it counted as both
    # (first sight: positives 5 of 7 right, near-misses 1 of 3; the two missed read what AI made, class A)
    (None, "Een beoordeling of een zorgbesluit neem je altijd zelf; AI mag daar niet over beslissen.", {EB}),
    (None, "Een schooladvies of een beoordeling geef je altijd zelf, AI beslist daar niet over.", {EB}),
    (None, "An assessment or a care decision about a pupil you always make yourself; AI does not decide.", {EB}),
    (None, "De beoordeling van een sollicitant neem je altijd zelf, AI mag daar niet over beslissen.", {EB}),
    (None, "Het advies of de beoordeling van een cliënt geef je zelf; laat AI daar nooit over beslissen.", {EB}),
    (None, "Een advies over een leerling of een beoordeling neem je altijd zelf; AI beslist daar niet over.", {EB}),
    (None, "Advice on a benefit claim or an assessment of a tenant you always give yourself, not AI.", {EB}),
    (None, "Een beoordeling van wat AI schrijft maak je altijd zelf voordat je het gebruikt.", {AC}),
    (None, "Beoordeel de output van AI altijd zelf; AI mag niet beslissen over leerlingen.", {AC, EB}),
    (None, "Lees en beoordeel wat ChatGPT maakt altijd zelf.", {AC}),
    # I. Documents listed as kinds of the client data that closes the list ("…, loonstroken of andere gegevens
    # van cliënten") are the clients' data, not the firm's business objects (qa_nl policy 06)
    # (first sight: positives 0 of 4 right, near-misses 3 of 3)
    (None, "Voer geen jaarrekeningen, loonstroken of andere gegevens van cliënten in.", {PG}),
    (None, "Never paste contracts, invoices or other customer data into ChatGPT.", {PG}),
    (None, "Deel geen offertes, facturen of andere klantgegevens met AI.", {PG}),
    (None, "Upload no tax returns, budgets or other personal data of clients to AI tools.", {PG}),
    (None, "Voer geen contracten, offertes of andere vertrouwelijke stukken in ChatGPT in.", {SG}),
    (None, "Deel geen klantgegevens, contracten of andere bedrijfsinformatie met AI.", {PG, SG}),
    (None, "Never paste client names, our contracts or other business information into ChatGPT.", {PG, SG}),
    # J. A bare headline read on its own (herken, text outside the lists) is kept to what the Don't list would
    # read in it: sharing with other parties, no AI named, is another topic either way
    # (first sight: positives 0 of 4 right, near-misses 3 of 3)
    (None, "Vertrouwelijke stukken met andere partijen delen.", set()),
    (None, "Klantgegevens met derden delen.", set()),
    (None, "Sharing client data with third parties.", set()),
    (None, "Contracten met de pers delen.", set()),
    (None, "Klantgegevens in ChatGPT plakken.", {PG}),
    (None, "Vertrouwelijke stukken met AI-tools delen.", {SG}),
    (None, "Sharing client data with ChatGPT.", {PG}),
    # K. "AI laten beslissen …" read on its own is the bare headline the Don't list reads in it (AI is the object
    # of "laten", the deciding its act); herken gave nothing (first sight: positives 0 of 5 right, near-misses
    # 3 of 3)
    (None, "AI laten beslissen over een uitkering.", {EB}),
    (None, "ChatGPT laten beslissen wie er wordt aangenomen.", {EB}),
    (None, "Een chatbot laten bepalen welke huurder een woning krijgt.", {EB}),
    (None, "AI laten besluiten over ontslag van een medewerker.", {EB}),
    (None, "Copilot laten beslissen over een vergunning.", {EB}),
    (None, "Laten we AI gebruiken om besluiten voor te bereiden.", set()),
    (None, "AI laten helpen bij het voorbereiden van besluiten.", set()),
    (None, "AI laten beslissen welke tools we gebruiken.", set()),
    # L. A check AI is made to do ("laat Copilot je tekst nakijken") is a task given to AI, as "use AI to check"
    # already was, not a person's check of what AI made (first sight: positives 2 of 4 right, near-misses 3
    # of 3)
    (None, "ChatGPT laten controleren of een tekst klopt.", set()),
    (None, "Laat Copilot je tekst nakijken op spelfouten.", set()),
    (None, "Laat de chatbot je verslag controleren op taalfouten.", set()),
    (None, "AI laten checken of de spelling klopt.", set()),
    (None, "Laat AI-teksten altijd door een collega nakijken.", {AC}),
    (None, "Laat wat ChatGPT schrijft altijd door een mens controleren.", {AC}),
    (None, "Laat een collega de output van AI controleren.", {AC}),
    # (two near-misses written after the change, which first lost them: a person's check follows AI's)
    (None, "Let AI review your code, then check it yourself.", {AC}),
    (None, "Laat ChatGPT je tekst nakijken en controleer het resultaat daarna zelf.", {AC}),
]


@pytest.mark.parametrize(("kind", "text", "rules"), CASES)
def test_round9(kind: str | None, text: str, rules: set[str]) -> None:
    assert recognised_ids(text, kind) == rules
