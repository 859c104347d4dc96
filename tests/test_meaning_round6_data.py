"""The two data rules, sixth round: classes from the tune half's misses and false positives of the third
collection round, each written here in fresh wording (other words, other order, both languages), with
near-misses beside them that must not count. Only the two data rules are checked.

First sight (the engine before the change for the class), for the first groups: the necessity of a consent
1 of 4, an agreement as the frame 0 of 4, removing identifiers 0 of 4, only public material 2 of 4, AI used for
confidential matters 0 of 4, bare lists 0 of 5; their near-misses 6 of 20 counted (minimisation, retention,
public things, places that are no AI, training) and 0 of 6. The later groups give their own score in the
comment above them; the waves written after a change are checks of it, not first sight.
"""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from aibeleid_check.meaning.text import read

PG = "geen-persoonsgegevens"
BG = "geen-bedrijfsgeheimen"
DATA_RULES = {PG, BG}

# (text, the data rules it states, exactly)
POSITIVE: list[tuple[str, set[str]]] = [
    # a necessity word that belongs to a consent, an approval or advice, not to the data: no minimisation
    ("Never paste customer records into public chatbots without a signed agreement and consent where required.", {PG}),
    ("Do not disclose personal data to AI tools; ask the privacy officer for advice where needed.", {PG}),
    ("Deel geen vertrouwelijke stukken met AI-diensten, en vraag waar nodig toestemming aan je leidinggevende.", {BG}),
    ("Staff must not expose client files to external AI services unless a contract is in place where required.", {PG}),
    # an agreement or a contract as the frame of the rule, not its object
    ("Outside of our contracts with approved vendors, staff must not enter pupil data into AI tools.", {PG}),
    ("Under the terms of our agreement with Microsoft, never paste client files into other chatbots.", {PG}),
    ("Buiten de afspraken in onze overeenkomst om voer je geen leerlinggegevens in AI-tools in.", {PG}),
    ("Staff may not input student data into AI tools not covered by a contract.", {PG}),
    # removing identifiers is anonymising, also when AI is not named in the sentence
    ("Remove all personal information, such as names and dates of birth.", {PG}),
    ("Strip out names, addresses and phone numbers first.", {PG}),
    ("Verwijder alle namen en adressen uit de tekst.", {PG}),
    ("Haal herleidbare gegevens weg, zoals namen en klantnummers.", {PG}),
    # only public material, as the organisation's own practice
    ("Staff only share information that is already publicly available.", {PG, BG}),
    ("We gebruiken alleen informatie die al openbaar is.", {PG, BG}),
    ("Use only material that has already been published.", {PG, BG}),
    ("Only publicly available data may be used.", {PG, BG}),
    # using AI for confidential matters is putting them into it
    ("Do not use ChatGPT for confidential matters.", {BG}),
    ("AI-tools gebruiken we niet voor vertrouwelijke dossiers.", {PG}),  # client files (guide decision 3)
    ("Never use generative AI for commercially sensitive work.", {BG}),
    ("Gebruik Copilot niet voor gerubriceerde stukken.", {BG}),
    # a bare list of data categories, as a Don't list writes its items
    ("Customer names, phone numbers and home addresses", {PG}),
    ("Klantnamen, BSN-nummers of medische gegevens", {PG}),
    ("Trade secrets, unreleased product plans or pricing", {BG}),
    ("Interne memo's, offertes en jaarcijfers", {BG}),
    ("PHI: diagnoses, medical record numbers, treatment notes.", {PG}),
    # a second wave, written after the changes over all these classes (10 of 14 on first sight)
    ("Employee names, home addresses, bank details", {PG}),
    ("Board papers, draft budgets, or merger plans", {BG}),
    ("Confidential: source code, roadmaps, supplier contracts.", {BG}),
    ("Never put confidential client files into a chatbot without the consent of the client where needed.", {PG}),
    ("Outside the terms of our enterprise contract, do not upload internal reports to AI tools.", {BG}),
    ("Verwijder namen, adressen en geboortedata uit het verslag.", {PG}),
    ("Alleen openbare informatie wordt gebruikt.", {PG, BG}),
    ("Do not use Copilot for classified documents.", {BG}),
    ("Never use ChatGPT for client records.", {PG}),
    ("We gebruiken AI niet voor vertrouwelijke bedrijfsinformatie.", {BG}),
    # an agreement that makes what it covers secret is no frame
    ("Never upload documents covered by a non-disclosure agreement to ChatGPT.", {BG}),
    ("Nothing covered by an NDA goes into a chatbot.", {BG}),
    # a person's identifier numbers are personal data, not the firm's figures
    ("Social security numbers, payroll and health records", {PG}),
    ("Never enter credit card numbers into ChatGPT.", set()),  # and alone, one identifier is no rule (round 19)
    # "onder geen beding", "at no time": a negated noun that means never, not another object's determiner
    # (0 of 2 on first sight; the three after them written with the change)
    ("At no time may employees paste customer details into a chatbot.", {PG}),
    ("Onder geen beding mogen persoonsgegevens in een chatbot worden ingevoerd.", {PG}),
    ("In no case may staff upload client files to ChatGPT.", {PG}),
    ("In geen geval mag je vertrouwelijke stukken in Copilot plakken.", {BG}),
    ("On no account may confidential data be shared with AI tools.", {BG}),
    # what is above public, and a postcard as a public place (0 of 7 on first sight)
    ("AI tools are not to be used with any data classified above PUBLIC.", {PG, BG}),
    ("Gegevens met een hogere classificatie dan openbaar mogen niet in AI-tools.", {PG, BG}),
    ("Never enter information rated higher than public into a chatbot.", {PG, BG}),
    ("Do not put any data other than public data into ChatGPT.", {PG, BG}),
    ("Don't give AI tools information you wouldn't put on a postcard.", {PG, BG}),
    ("Zet niets in een chatbot wat je niet op een ansichtkaart zou schrijven.", {PG, BG}),
    ("Type nothing into ChatGPT that you would not write on a postcard.", {PG, BG}),
    ("Zet nooit iets in ChatGPT wat je niet op internet zou zetten.", {PG, BG}),
    # a Dutch wave in office wording (25 of 30 on first sight; the misses are the classes after it)
    ("Voer in Copilot geen informatie in over individuele inwoners.", {PG}),
    ("Het is niet de bedoeling dat je gegevens van klanten in ChatGPT zet.", {PG}),
    ("Neem geen persoonlijke informatie op in je prompt.", {PG}),
    ("Persoonlijke informatie van collega's hoort niet in een AI-tool.", {PG}),
    ("Gebruik nooit echte namen in een chatbot.", {PG}),
    ("Zorg ervoor dat je prompts vrij zijn van persoonsgegevens.", {PG}),
    ("Maak gegevens eerst anoniem voordat je ze in een AI-tool stopt.", {PG}),
    ("Laat persoonsgegevens weg uit je vraag aan ChatGPT.", {PG}),
    ("Je mag ChatGPT niet gebruiken voor het verwerken van persoonsgegevens.", {PG}),
    ("Upload geen documenten met persoonsgegevens naar AI-tools.", {PG}),
    ("Kopieer geen teksten uit dossiers naar een chatbot.", {PG}),
    ("Stop geen privacygevoelige informatie in AI.", {PG}),
    ("Gegevens over gezondheid, geloof of afkomst mogen nooit in een AI-tool terechtkomen.", {PG}),
    ("Deel nooit gegevens waarmee iemand te herkennen is met AI.", {PG}),
    ("AI-tools zijn niet bedoeld voor het verwerken van cliëntgegevens.", {PG}),
    ("Het gebruik van persoonsgegevens in ChatGPT is niet toegestaan.", {PG}),
    ("Vul nooit het BSN van een inwoner in bij een AI-toepassing.", set()),  # one identifier alone (round 19)
    ("Voorkom dat persoonsgegevens in AI-tools terechtkomen.", {PG}),
    ("Ga niet met klantgegevens aan de slag in ChatGPT.", {PG}),
    ("Er mogen geen persoonsgegevens in de prompt staan.", {PG}),
    ("Geef de chatbot geen informatie over leerlingen.", {PG}),
    ("Plaats geen foto's van leerlingen in AI-apps.", {PG}),
    ("Vertrouwelijke bedrijfsinformatie deel je niet met ChatGPT.", {BG}),
    ("Zet geen interne documenten in gratis AI-tools.", {BG}),
    ("Voorkom dat vertrouwelijke informatie van de organisatie in AI-tools belandt.", {BG}),
    ("Informatie die onder geheimhouding valt, gaat nooit een chatbot in.", {BG}),
    ("Offertes, prijzen en contracten horen niet in ChatGPT thuis.", {BG}),
    ("Het is verboden om broncode van de organisatie in AI-tools te plakken.", {BG}),
    ("Gebruik AI niet voor stukken die nog niet openbaar zijn.", {BG}),
    ("Bedrijfsgevoelige gegevens: nooit in AI.", {BG}),
    # identifying someone, a person not named by kind (0 of 2 on first sight)
    ("Do not enter information that could identify someone.", {PG}),
    # preventing it, when asked (0 of 4 on first sight)
    ("Prevent client data from ending up in AI tools.", {PG}),
    ("Make sure to prevent confidential information from being entered into chatbots.", {BG}),
    ("Staff must prevent personal data from being shared with chatbots.", {PG}),
    # documents that are not public are one kind, business information only (0 of 3: both rules read)
    ("Do not upload reports that are not yet public to ChatGPT.", {BG}),
    ("Plak geen notulen die niet openbaar zijn in een chatbot.", {BG}),
    ("Gebruik geen gegevens die niet openbaar zijn in ChatGPT.", {PG, BG}),
    ("Wij voeden AI niet met informatie of stukken die niet openbaar zijn.", {PG, BG}),  # any kind beside
    ("Do not paste data or reports that are not yet public into ChatGPT.", {PG, BG}),
    ("Free AI accounts may not be used for work that involves non-public information.", {PG, BG}),
    # "over" past the particle of a separable verb (0 of 1; the others written with the change)
    ("Voer geen gegevens in over patiënten.", {PG}),
    ("Vul in ChatGPT niets in over cliënten.", {PG}),
    ("Typ in de chatbot niets in over je collega's.", {PG}),
    # an English wave in public-sector wording (17 of 20 on first sight; two misses left, "exempt from
    # disclosure" and "information obtained in the course of your duties", and people's matters, below)
    ("Employees must not input constituent information into publicly available AI systems.", {PG}),
    ("Do not include PII, PHI, CJI or FTI in any prompt.", {PG}),
    ("Staff must never use generative AI with data that is classified as Confidential or Restricted.", {BG}),
    ("Refrain from entering anything that would be protected under FERPA.", {PG}),
    ("Never share login details, access codes or security configurations with an AI chatbot.", set()),
    ("Do not paste source code, API keys or internal architecture diagrams into public models.", {BG}),
    (
        "Users should assume that anything entered into a public AI tool could become public, and must not enter sensitive data.",
        {PG, BG},
    ),
    ("Law enforcement sensitive information must not be processed with commercial AI tools.", {BG}),
    ("Do not enter case details, witness statements or evidence into AI tools.", {PG}),
    ("Sharing employee performance data with AI tools is prohibited.", {PG}),
    ("Personal data of children must never be put into AI applications.", {PG}),
    ("Ensure no identifiable patient information is included in prompts.", {PG}),
    ("Avoid putting anything into ChatGPT that you would not want to see on the front page of a newspaper.", {PG, BG}),
    (
        "The use of Generative AI with non-public data is forbidden unless the tool has been approved by the CIO.",
        {PG, BG},
    ),
    ("Prompts must be free of confidential information.", {BG}),
    ("Only de-identified information should be used in generative AI prompts.", {PG}),
    ("Confidential material, including draft policy, is not to be shared with AI tools.", {BG}),
    ("Sensitive HR matters, such as grievances or disciplinaries, should not be discussed with AI chatbots.", {PG}),
    # the matters of people: "client matters", "HR matters" (0 of 2 on first sight)
    ("Do not enter client matters into ChatGPT.", {PG}),
    # examples of a secret word in an aside (parenthesis, commas) say what is meant, as inline ones do (guide
    # decision 3; 4 of 11 on first sight: the aside was read apart from the word it follows)
    ("Do not share sensitive information (such as student records) with AI tools.", {PG}),
    ("Do not share sensitive information, such as student records, with AI tools.", {PG}),
    ("Gevoelige informatie (zoals leerlinggegevens) deel je niet met AI.", {PG}),
    ("Confidential information (e.g. client names and addresses) must not be entered into ChatGPT.", {PG}),
    ("Restricted data (patient records, home addresses, dates of birth) must never be entered into AI tools.", {PG}),
    ("Vertrouwelijke informatie (klantnamen, BSN, adressen) hoort niet in ChatGPT.", {PG}),
    ("Sensitive information (student grades, health records) must not be shared with chatbots.", {PG}),
    ("Confidential information (client names, pricing, contracts) must not be pasted into AI tools.", {PG, BG}),
    ("Deel geen vertrouwelijke informatie, zoals offertes of klantnamen, met ChatGPT.", {PG, BG}),
    ("Never enter sensitive data (for example pricing or unreleased plans) into AI tools.", {BG}),
    ("Do not paste confidential information (such as internal memos) into chatbots.", {BG}),
    # rules this round's own near-miss fixes must keep (written as a check of them; 5 of 9 held when written:
    # a passive after "kan alleen", "the public" as an audience, a verbless "only public" item, documents uploaded)
    ("ChatGPT kan alleen gebruikt worden met openbare informatie.", {PG, BG}),
    ("AI-tools kunnen alleen worden gebruikt met geanonimiseerde gegevens.", {PG}),
    ("Deel niets met AI wat niet voor het publiek bestemd is.", {PG, BG}),
    ("Do not enter information into AI tools that is not intended for the public.", {PG, BG}),
    ("Uitsluitend openbare gegevens.", {PG, BG}),
    ("Only public data.", {PG, BG}),
    ("Alleen openbare informatie in AI-tools.", {PG, BG}),
    ("Geen persoonsgegevens in documenten die je uploadt.", {PG}),
    ("Geen klantgegevens in bestanden die je met Copilot deelt.", {PG}),
    # a Dutch battery of 53 personal-data rules (47 right when written; three of the misses below, three left:
    # "Werk met nepnamen", "Denk aan privacy: …" read as examples, "wees dus voorzichtig en voer ze niet in")
    ("Klantgegevens invoeren is onverstandig.", {PG}),
    ("Persoonsgegevens delen met ChatGPT is een slecht idee.", {PG}),
    ("Geen namen in de chat.", {PG}),
    ("Geen persoonsgegevens in je opdracht.", {PG}),
    ("Gebruik ChatGPT niet voor vertrouwelijke cliëntinformatie.", {PG}),
    ("Persoonsgegevens worden pas ingevoerd na akkoord van de privacy officer.", {PG}),
    ("Deel geen informatie waarmee iemand herkend kan worden.", {PG}),
    ("No information that could identify a pupil may be entered into AI tools.", {PG}),
    ("Verwijder altijd namen en adressen.", {PG}),
    ("Vervang namen door initialen.", {PG}),
    ("Klantnamen, adressen, telefoonnummers", {PG}),
    # an English battery of the same 52 rules (47 right when written; the misses are here)
    ("No data that can be traced back to a person.", {PG}),
    ("Do not enter anything that can be traced back to a client.", {PG}),
    ("Replace names with initials.", {PG}),
    ("Always remove names and addresses.", {PG}),
    ("Do not use ChatGPT for confidential client information.", {PG}),
    ("Customer names, addresses, phone numbers", {PG}),
    # what is not public, kept out of AI (0 of 4 on first sight)
    ("Niet-openbare informatie blijft buiten ChatGPT.", {PG, BG}),
    ("Informatie die niet openbaar is, blijft buiten AI-tools.", {PG, BG}),
    ("Alles wat niet openbaar is, houd je buiten AI.", {PG, BG}),
    ("Keep anything that is not public out of AI tools.", {PG, BG}),
    # taking names out of any text is anonymising; only a list, a register or a system is no text (0 of 7 when
    # written: the texts were a closed list)
    ("Verwijder namen uit de notulen.", {PG}),
    ("Haal namen uit de brief.", {PG}),
    ("Verwijder namen uit het dossier voordat je het deelt.", {PG}),
    ("Haal persoonsgegevens uit gespreksverslagen.", {PG}),
    ("Remove names from case notes.", {PG}),
    ("Remove identifiers from the dataset.", {PG}),
    ("Geen persoonsgegevens in Teams-chats.", {PG}),
    # this round's own changes checked against the engine before them on 12 Dutch rules of the same classes
    # (written to look for what they broke: 4 had been lost and are kept again here)
    ("Wat je in de krant niet zou willen lezen, voer je niet in bij ChatGPT.", {PG, BG}),
    ("Informatie die niet openbaar is, is taboe voor AI.", {PG, BG}),
    ("Geen klantgegevens in Grammarly.", {PG}),
    ("Geen persoonsgegevens in je zoekvraag.", {PG}),
    ("Vertrouwelijke informatie blijft binnen de organisatie en gaat dus niet naar ChatGPT.", {BG}),  # one kind
    # the plain rules beside the near-misses below
    ("Upload geen klantgegevens naar online vertaaldiensten.", {PG}),
    ("Voer geen persoonsgegevens in bij tools op internet.", {PG}),
    ("Prompts must not identify a pupil: whatever is entered counts as released to the internet.", {PG, BG}),
    ("Use AI for public documents only.", {PG, BG}),
    ("Only material in the public domain may be entered into AI tools.", {PG, BG}),
    ("Use anonymised data in AI tools.", {PG}),
    ("Alleen geanonimiseerde gegevens gaan de AI-tool in.", {PG}),
    ("Only public information may be entered into AI tools.", {PG, BG}),
    ("AI tools may only be used with public information.", {PG, BG}),
    ("Do not paste personal emails into ChatGPT.", {PG}),
    ("Do not paste emails into ChatGPT.", {PG}),
    ("Keep confidential information out of AI tools.", {BG}),
    ("Houd klantgegevens buiten ChatGPT.", {PG}),
    ("Never use ChatGPT to summarise confidential reports.", {BG}),
    ("Do not use AI tools to analyse patient records.", {PG}),
    ("The chatbot stores every prompt, so never type client names into it.", {PG}),
    ("Personal email addresses must not be entered into AI tools.", {PG}),
    ("Klantgegevens invoeren", {PG}),
    ("Vertrouwelijke documenten uploaden naar ChatGPT", {BG}),
    ("Remove client names when you paste text into ChatGPT.", {PG}),
    ("Wanneer je ChatGPT gebruikt, verwijder dan eerst alle namen.", {PG}),
    ("Use anonymised data when you prompt an AI tool.", {PG}),
    ("Anonimiseer gegevens voordat je ze in een AI-tool invoert.", {PG}),
    ("No PII in prompts.", {PG}),
    ("Geen klantgegevens in ChatGPT.", {PG}),
    ("Do not upload contracts to ChatGPT.", {BG}),
]

NEGATIVE: list[str] = [
    # minimisation stays a mention
    "Only enter client data where strictly necessary.",
    "Leave out names where they are not needed.",
    "Deel niet meer klantgegevens met de chatbot dan nodig is.",
    # deleting data is retention, not anonymising
    "Verwijder persoonsgegevens na afloop van het project.",
    "Delete personal data when it is no longer needed.",
    "Customers can ask us to remove their personal data.",
    "Remove access rights for staff who leave the organisation.",
    "Remove names from the mailing list when people unsubscribe.",
    # public, but no information
    "We only use public transport for business travel.",
    "Only public Wi-Fi networks with a VPN may be used.",
    "Public website forms should be used for general inquiries only.",
    # AI used for something that is no information
    "Do not use AI for sensitive decisions about staff.",
    "Do not use AI to draft confidentiality agreements.",
    # data kept out of a place that is no AI
    "Geen klantnamen in de nieuwsbrief.",
    "No personal data in email subject lines.",
    "Geen BSN in de onderwerpregel van een e-mail.",
    "No client names on the whiteboard.",
    # a heading, a scale of classes or topics, not a list of data to keep out
    "Personal data",
    "Public, internal, confidential and highly confidential information",
    "Openbare, interne en vertrouwelijke documenten",
    "Privacy, security and intellectual property",
    "Customer service, sales and marketing teams",
    "Werken met klantgegevens en vertrouwelijke stukken vraagt om zorgvuldigheid.",
    # the second wave's near-misses (0 of 15 counted on first sight)
    "Data classification: public, internal, restricted",
    "Klanten, leveranciers en partners",
    "Customer satisfaction, revenue growth and market share",
    "Our values: privacy, trust and confidentiality",
    "Delete customer records after seven years.",
    "Staff may ask IT to remove their names from the directory.",
    "Remove the old logo from all templates.",
    "Only public holidays are paid days off.",
    "Use only public roads for the school trip.",
    "No names in the file title.",
    "Geen persoonsgegevens in de bestandsnaam.",
    "The model was trained on pseudonymised patient records.",
    "Do not use AI for images of real pupils.",
    "Write down names, dates and figures clearly.",
    "Financial statements, annual reports and budgets are published on our website.",
    # a third wave of realistic mentions and other duties about the same words (2 of 40 counted on first sight:
    # a Dutch participle in -en read as a headline's infinitive, a deletion after 30 days as keeping data out)
    "We process personal data in accordance with the GDPR and our privacy statement.",
    "Staff must complete data protection training every year.",
    "Report any suspected data breach to the Data Protection Officer within 24 hours.",
    "Confidential waste must be placed in the locked bins.",
    "Personal data is stored on servers within the European Union.",
    "Medewerkers gaan zorgvuldig om met persoonsgegevens van cliënten.",
    "De gemeente bewaart persoonsgegevens niet langer dan nodig.",
    "Wij verkopen uw gegevens nooit aan derden.",
    "Vertrouwelijke documenten worden versleuteld verzonden.",
    "AI tools may produce outputs that include personal data about public figures.",
    "Our Copilot licence ensures that prompts and responses are not used to train the underlying models.",
    "Data entered into the enterprise version stays within our Microsoft 365 tenant.",
    "Users should be aware that free AI tools may store the information you enter.",
    "Employees must not share their login credentials with anyone.",
    "Never leave confidential printouts on the printer.",
    "Do not discuss confidential matters in public places.",
    "Student records are managed in the student information system.",
    "The DPO can advise on whether a DPIA is needed for a new AI tool that processes personal data.",
    "A data protection impact assessment must be completed before any AI system that processes personal data is deployed.",
    "Klantgegevens mogen alleen worden gebruikt voor het doel waarvoor ze zijn verzameld.",
    "Persoonsgegevens worden alleen verwerkt als daar een wettelijke grondslag voor is.",
    "Do not send personal data by unencrypted email.",
    "Confidential information must be labelled in accordance with the classification policy.",
    "Access to HR records is restricted to authorised staff.",
    "We never sell customer data.",
    "AI-generated content must not contain discriminatory language.",
    "Do not use AI to create deepfakes of colleagues.",
    "Sensitive topics should be handled with care in communications.",
    "Personal information collected through the chatbot is deleted after 30 days.",
    "The chatbot does not collect personal information from website visitors.",
    "Ensure that AI vendors comply with our data protection requirements.",
    "Staff should lock their screens to protect confidential information.",
    "Gebruik een VPN als je op afstand met vertrouwelijke gegevens werkt.",
    "Wij delen geen persoonsgegevens met derden zonder uw toestemming.",
    "Informatie over het gebruik van AI staat op het intranet.",
    "Be careful with personal data.",
    "All staff are responsible for protecting confidential information.",
    "Customer data, employee data and financial data are classified as confidential.",
    "Confidential, internal and public are the three classification levels.",
    "Our privacy policy explains how we collect names, email addresses and phone numbers.",
    # an auxiliary makes the verb a participle of a description (1 of 4 counted on first sight; 3 of 5 more)
    "Klantgegevens worden via een beveiligde verbinding gedeeld.",
    "Persoonsgegevens worden in het zaaksysteem ingevoerd.",
    "Contracten worden digitaal ondertekend en opgeslagen.",
    "Vertrouwelijke stukken worden opgenomen in het archief.",
    "Klantgegevens zijn ingegeven in het CRM.",
    # deleting after a time is retention, AI named or not (2 of 3 counted on first sight)
    "Chat histories containing client data are removed from Copilot after 90 days.",
    "Verwijder gesprekken met klantgegevens uit ChatGPT na afloop van het project.",
    # a public place as the destination of sharing, not the standard of what goes into AI
    "Never share anything on the internet.",
    "Deel nooit iets op internet.",
    "Do not share anything on LinkedIn about clients.",
    "Never share anything on a public noticeboard.",
    "Do not use public AI tools other than Copilot.",
    "Do not enter anything other than your question into the public chatbot.",
    # a fourth wave (16 of 21 counted on first sight), by class:
    # what a tool does or can do, with a place or "only" after the tool (3 of 5 counted on first sight)
    "AI tools can only access public information on our website.",
    "The chatbot only answers questions using information from our public website.",
    "The assistant only uses information from our public website.",
    "Onze chatbot gebruikt alleen openbare informatie van de gemeente.",
    "Copilot can only see documents you already have access to.",
    # e-mails as such, with no AI (2 of 4)
    "Do not forward chain emails.",
    "Never open emails from unknown senders.",
    "Stuur geen e-mails door naar je privéadres.",
    "Beantwoord geen e-mails waarin om je wachtwoord wordt gevraagd.",
    # "keep … secret" with no AI is general confidentiality (3 of 3)
    "Keep your passwords secret.",
    "Houd je pincode geheim.",
    "Keep the launch date secret until the announcement.",
    # a data word that modifies an account (1 of 3)
    "Do not use personal email accounts for work.",
    "Gebruik geen privé-mailaccount voor werk.",
    "Never sign up for AI tools with your personal email account.",
    # used to store, with no AI: a storage rule (3 of 3)
    "Personal devices must not be used to store confidential information.",
    "USB sticks may not be used to save client files.",
    "Privételefoons mogen niet worden gebruikt om cliëntgegevens op te slaan.",
    # the tool does, with a place after the subject (3 of 3)
    "De chatbot op onze website slaat geen persoonsgegevens op.",
    "The assistant in Teams does not store your conversations with clients.",
    "De AI-assistent van de gemeente bewaart geen gesprekken met inwoners.",
    # a fifth wave of mentions beside AI (2 of 40 counted on first sight: a verb "processes" in a relative
    # clause read as internal process documents, an anonymisation tool read as anonymising before AI)
    "Our AI register lists every AI system that processes personal data.",
    "The register shows which systems process customer data.",
    "Each department keeps a list of tools that handle client information.",
    "Anonymisation tools are available on the intranet.",
    "Anonimiseringssoftware is beschikbaar via de servicedesk.",
    "Pseudonymisation software can be requested from IT.",
    "Some AI tools store the prompts you enter on servers outside the EU.",
    "Gratis AI-tools gebruiken de ingevoerde gegevens vaak om hun modellen te verbeteren.",
    "Microsoft 365 Copilot respects your existing permissions and sensitivity labels.",
    "In het algoritmeregister staat welke algoritmes persoonsgegevens verwerken.",
    "AI can be used to redact personal data from documents before publication.",
    "Wij onderzoeken of AI kan helpen bij het anonimiseren van documenten.",
    "Confidential information is any information that is not public.",
    "Staff who breach this policy by sharing confidential data may face disciplinary action.",
    "De leverancier verwerkt persoonsgegevens uitsluitend in opdracht van de gemeente.",
    "Your conversation with our chatbot is not stored after the session ends.",
    "Our chatbot will never ask you for personal details such as your bank account number.",
    "Publicly available AI tools are not covered by our data processing agreements.",
    # describing a measure that prevents it, and "voorkomen" as to occur
    "This prevents personal data from reaching the AI tool.",
    "Dit voorkomt dat klantgegevens in ChatGPT terechtkomen.",
    "Persoonsgegevens die in het document voorkomen, worden door de AI-tool gemarkeerd.",
    "Never share your password with anyone.",
    "Do not give information to someone you do not know.",
    "Voer de gegevens in op de website over het project.",
    "Customer service matters are handled by the AI chatbot.",
    "Staff matters are discussed in the team meeting.",
    # a document's header lines, not a list of data (1 of 8 counted on first sight: a contact line)
    "Contact details: privacy@example.org, 020 123 4567",
    "Data Protection Officer: Jane Smith, dpo@example.org",
    "Version 2.1, approved by the Board, March 2024",
    "Owner: Information Governance; Review date: 2025",
    "Scope: all staff, contractors and volunteers",
    "Related policies: Data Protection Policy, Information Security Policy, Records Management Policy",
    "Bijlage 2: overzicht van verwerkingen van persoonsgegevens",
    "Klachten, meldingen en incidenten",
    # near-misses of this round's own classes, written after them (9 of 19 counted when first run: headings of
    # two things, removal from a list, "openbare" read as the act "openbaren", public information on social media)
    # bare lists that are no Don't items: headings of two things, roles, definitions
    "Names, roles and responsibilities",
    "Roles and responsibilities of the data protection officer",
    "Definitions: personal data, processing, controller, processor",
    "Personal data and confidentiality",
    "Privacy, confidentiality and data protection",
    "Strategy, budget and governance",
    "Contracts and procurement",
    "Budgetten, contracten en inkoop",
    "Naam, functie en afdeling",
    "Student records and learning analytics",
    # removal without AI that is no anonymising
    "Remove your name from the mailing list at any time.",
    "Remove the staff member's name from the rota.",
    "Verwijder je naam uit de presentielijst als je niet aanwezig kunt zijn.",
    "Delete names of former members from the register.",
    # only public, no information limit
    "We only use publicly available tools that meet our security standards.",
    "Only public documents are published on the website.",
    "We alleen gebruiken openbare wifi-netwerken met een VPN.",
    "Staff may only share public information on social media.",
    # using AI for things
    "Do not use AI for confidential HR investigations without approval from HR.",
    "Keep public information out of the newsletter.",
    "The package can be traced back to the sender.",
    "Houd openbare informatie buiten de vergadering.",
    "Remove personal data from the server.",
    # the internet as a destination of sharing is no AI tool (1 of 30 such duties beside other rules counted
    # on first sight by this class; "Do not use AI to screen CVs" and a duty to teach pupils still count)
    "Leerlingen mogen geen persoonlijke gegevens op internet zetten.",
    "Never post personal details of colleagues on the internet.",
    "Always check AI output before you send it to a client.",
    "Controleer AI-teksten altijd voordat je ze naar een klant stuurt.",
    "Check that AI summaries of client meetings are accurate.",
    "Verify the identity of a caller before sharing any information.",
    "Only share personal data with colleagues who need it.",
    "Deel geen vertrouwelijke informatie via WhatsApp.",
    "Bespreek geen cliënten in de lift.",
    # "the public" is people, not a public place; public transport is no information
    "Only public transport.",
    "Alleen openbaar vervoer.",
    "AI will not be combined with programs that are understood as a higher risk to the public.",
    "The public will not interact with a chatbot when contacting us.",
    "AI will not be used in ways that pose a risk to the public due to its scale.",
    # training on anonymised data is a fact about the model
    "Our models are trained on anonymised data only.",
    "We gebruiken synthetische data om AI-modellen te trainen.",
    "The vendor trains its model on de-identified records.",
]


@pytest.mark.parametrize(("text", "rules"), POSITIVE)
def test_data_rule_positive(text: str, rules: set[str]) -> None:
    assert recognised_ids(text) & DATA_RULES == rules


@pytest.mark.parametrize("text", NEGATIVE)
def test_data_rule_negative(text: str) -> None:
    assert not recognised_ids(text) & DATA_RULES


def test_an_aside_knows_the_word_it_follows() -> None:
    """The examples in a parenthesis or between commas are read after the sentence, but remember the word they
    follow, so that they can say what that word means."""
    for text in (
        "Share no sensitive information (such as student records) with AI.",
        "Share no sensitive information, such as student records, with AI.",
    ):
        words = read(text).words
        after = {w.text: w.after for w in words}
        information = next(w.index for w in words if w.text == "information")
        assert after["student"] == after["records"] == information
        assert after["share"] == -1
