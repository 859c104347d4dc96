"""The two data rules by class of wording, for the classes of the larger tune half's errors (issue 10.4).

Each class was found in the misses and false positives of ``geen-persoonsgegevens`` and
``geen-bedrijfsgeheimen`` on the real tune sentences; the sentences here are fresh variants of the class
(positives and hard negatives), written for this file, not copied from the corpus. Only the two data
rules are checked: a sentence may state a decision or checking rule as well.

First sight: the first 28 positives and 23 negatives were run on the engine before any change for them:
14 of 28 positives had exactly their data rules, 13 of 23 negatives counted one. The later groups (dangling
compound parts, one matter's information, risk tiers, exchanges, own systems, records systems, exceptions,
necessity and training words, the law a tool meets) were written with their change, no first-sight score;
a second batch over all the classes (20 positives, 25 negatives) scored 18 of 20 and 3 of 25 on first sight,
a third (15 positives, 25 negatives) 14 of 15 and 1 of 25 (that one is a positive by the documented decision),
a fourth (12 positives, 15 negatives) 10 of 12 and 0 of 15, a fifth (9, 13) 7 of 9 and 1 of 13,
a sixth (8, 10) 7 of 8 and 0 of 10.
"""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids

PG = "geen-persoonsgegevens"
BG = "geen-bedrijfsgeheimen"
DATA_RULES = {PG, BG}

# (text, the data rules it states); the other data rule must not be recognised
POSITIVE: list[tuple[str, set[str]]] = [
    # a limit to what is public, by a place of publication or the organisation's walls
    ("Don't type anything into an AI tool that you wouldn't post on social media.", {PG, BG}),
    ("Wat je niet op sociale media zou zetten, plak je ook niet in ChatGPT.", {PG, BG}),
    ("Voer niets in een chatbot in wat je niet publiekelijk zou delen.", {PG, BG}),
    ("If it shouldn't leave the organisation, don't paste it into an AI tool.", {PG, BG}),
    ("Wat het bedrijf niet mag verlaten, hoort niet in een chatbot.", {PG, BG}),
    ("Use of generative AI is limited to publicly available information.", {PG, BG}),
    ("Input into these tools is restricted to public data.", {PG, BG}),
    ("Only publicly available information may be used in AI tools.", {PG, BG}),
    ("Information that should stay within the organisation must not be entered into AI tools.", {PG, BG}),
    ("Informatie die binnen de organisatie moet blijven, hoort niet in ChatGPT.", {PG, BG}),
    ("The use of AI tools is limited to non-confidential information.", {BG}),
    # a secret word that qualifies data about people is personal data
    ("Confidential information about clients must never be entered into AI tools.", {PG}),
    ("Deel geen vertrouwelijke informatie over cliënten met een chatbot.", {PG}),
    ("Sensitive details of employees should not be pasted into ChatGPT.", {PG}),
    ("Plak nooit gevoelige gegevens van leerlingen in een AI-tool.", {PG}),
    ("Confidential information about our pricing must never be entered into AI tools.", {BG}),
    # the organisation's information, a noun phrase kept whole
    ("Do not paste company financial data into AI tools.", {BG}),
    ("Internal process documents must not be uploaded to chatbots.", {BG}),
    # sending, in Dutch
    ("Verstuur geen klantgegevens naar een chatbot.", {PG}),
    ("Persoonsgegevens worden nooit naar externe AI-diensten verzonden.", {PG}),
    ("Stuur geen vertrouwelijke offertes door naar ChatGPT.", {BG}),
    # a list of dangling compound parts before one data word
    ("Geen cliënt-, leveranciers- of personeelsdata in een niet-goedgekeurde chatbot.", {PG}),
    ("Plak geen patiënt-, of zorgdata in ChatGPT.", {PG}),
    # the information of one matter, and data classified by risk
    ("Deel geen projectspecifieke informatie met ChatGPT.", {BG}),
    ("Do not enter case-specific details into AI tools.", {BG}),
    ("Zet geen dossierspecifieke of vertrouwelijke gegevens in een chatbot.", {BG}),
    ("Never put high risk data into ChatGPT.", {PG, BG}),
    ("Staff may not use moderate-risk or high-risk information with public AI tools.", {PG, BG}),
    # e-mails and other exchanges with people, in their spellings
    ("Do not paste emails into ChatGPT.", {PG}),
    ("Kopieer nooit e-mailwisselingen met cliënten in ChatGPT.", {PG}),
    ("Correspondence with patients must not be entered into AI tools.", {PG}),
    ("Do not summarise customer complaints with ChatGPT.", {PG}),
    ("Use ChatGPT to draft emails, but never include client names.", {PG}),
    ("Klantcorrespondentie mag niet in ChatGPT worden geplakt.", {PG}),
    ("Plak geen verslagen van klantgesprekken in Copilot.", {PG}),
    ("Zet geen hoog-risico gegevens in ChatGPT.", {PG, BG}),
    # kept on the organisation's own systems
    ("University data must remain on University systems.", {BG}),
    ("Remember Acme data must stay on Acme systems.", {BG}),
    ("Client data must stay on our own servers.", {PG}),
    ("Personal data must stay within the organisation and must not be entered into AI tools.", {PG}),
    # a system of record that holds data about people
    ("Copying information from Epic or other clinical systems into AI tools is not permitted.", {PG}),
    ("Plak niets uit het EPD of andere klinische systemen in een chatbot.", {PG}),
    # an exception ('unless necessary') does not take the rule away
    ("Never submit direct identifiers (e.g., names, addresses) unless absolutely necessary.", {PG}),
    ("Voer geen namen van cliënten in een AI-tool in, tenzij dit strikt noodzakelijk is.", {PG}),
    # private data in a Dutch compound
    ("Plak geen privé-informatie in ChatGPT.", {PG}),
    ("Er worden geen privéklantgegevens naar AI-systemen gestuurd.", {PG}),
    # a necessity or training word beside the plain rule
    ("Never enter client data into a tool that requires a login.", {PG}),
    ("Do not enter personal data, as it may be used to train models.", {PG}),
    ("Het is noodzakelijk dat je geen persoonsgegevens in ChatGPT invoert.", {PG}),
    # anonymising before AI, with a modal in the 'before' clause
    ("Gegevens worden eerst geanonimiseerd voordat ze in een AI-tool mogen worden ingevoerd.", {PG}),
    ("Medewerkers pseudonimiseren gegevens voordat die aan een AI-toepassing gegeven mogen worden.", {PG}),
    # the plain rules the negatives below stand beside
    ("Do not include client names in prompts.", {PG}),
    ("Replace client names with placeholders such as Client A before using AI.", {PG}),
    ("Do not enter the names of clients into AI tools.", {PG}),
    ("Voer geen medische gegevens in ChatGPT in.", {PG}),
    ("Gebruik AI alleen zonder patiëntgegevens.", {PG}),
    ("Zet niets in een chatbot wat je niet op de website van de gemeente zou zetten.", {PG, BG}),
    # a second batch of fresh variants over all these classes (first sight 18 of 20)
    ("Medewerkers voeren geen gegevens van cliënten in bij ChatGPT.", {PG}),
    ("Customer lists must never be uploaded to AI tools.", {PG}),
    ("Het delen van vertrouwelijke bedrijfsinformatie met AI-tools is niet toegestaan.", {BG}),
    ("Keep client names out of your prompts.", {PG}),
    ("Strip out any personal details before you paste text into Copilot.", {PG}),
    ("Do not input any information that is not already public.", {PG, BG}),
    ("Niets invoeren wat niet openbaar is.", {PG, BG}),
    ("Proprietary code must not be pasted into public chatbots.", {BG}),
    ("Avoid using real student names in prompts; use pseudonyms instead.", {PG}),
    ("Gebruik in prompts nooit de naam van een patiënt.", {PG}),
    ("Never give an AI tool access to your mailbox or to shared drives with client files.", {PG}),
    ("Upload geen offertes, contracten of prijsafspraken naar ChatGPT.", {BG}),
    ("Do not paste meeting minutes from the board into AI tools.", {BG}),
    ("Enter only anonymised case descriptions into the chatbot.", {PG}),
    ("Laat de namen van leerlingen weg voordat je een tekst in een AI-tool plakt.", {PG}),
    ("Financial forecasts and budgets stay out of public AI tools.", {BG}),
    ("Don't share anything about a patient with ChatGPT.", {PG}),
    ("Geen bedrijfsgevoelige informatie in gratis AI-tools.", {BG}),
    ("Staff must not upload HR files, disciplinary records or sick notes to generative AI.", {PG}),
    ("Confidential or personal information must never be entered into any AI system.", {PG, BG}),
    # a third batch (first sight 14 of 15; the last one was written as a negative and is the limit of the
    # documented decision: 'teksten die geen persoonsgegevens bevatten' counts)
    ("Wat vertrouwelijk is, blijft buiten ChatGPT.", {BG}),
    ("Voer in AI-tools nooit informatie in die tot een klant te herleiden is.", {PG}),
    ("No names, addresses or case numbers in prompts.", {PG}),
    ("Het is verboden om patiëntinformatie te uploaden naar openbare AI-diensten.", {PG}),
    ("Don't paste internal emails or strategy documents into ChatGPT.", {BG}),
    ("Gebruik geen echte klantdossiers om AI-tools uit te proberen.", {PG}),
    ("Employees shall not disclose trade secrets or proprietary information to generative AI tools.", {BG}),
    ("Delen van bedrijfsgeheimen met AI is uit den boze.", {BG}),
    ("Before using AI, remove all information that could identify a student.", {PG}),
    ("Only enter data into Copilot that you would be comfortable sharing publicly.", {PG, BG}),
    ("Geen privacygevoelige of vertrouwelijke gegevens in AI-tools zonder verwerkersovereenkomst.", {PG, BG}),
    ("Never include donor or member details in a prompt.", {PG}),
    ("Gebruik voor AI alleen geanonimiseerde of fictieve casussen.", {PG}),
    ("Personal information about residents must not be typed into chatbots.", {PG}),
    ("Unpublished research data must not be uploaded to AI tools.", {BG}),
    ("Medewerkers mogen Copilot gebruiken voor interne documenten die geen persoonsgegevens bevatten.", {PG}),
    # a fourth batch (first sight 10 of 12: 'salarisgegevens' is both rules, as in test_meaning's regression set,
    # and was written as personal data only; 'draft contracts' was read as a thing AI writes)
    ("Please refrain from sharing student records with any chatbot.", {PG}),
    ("Client confidential information should never be pasted into AI tools.", {PG}),
    ("Deel geen informatie over dossiers van cliënten met AI.", {PG}),
    ("Treat every prompt as if it will be published on the front page.", {PG, BG}),
    ("Paste only text that is already on our public website.", {PG, BG}),
    ("Geef geen bedrijfsinformatie prijs aan AI-chatbots.", {BG}),
    # (credentials are the organisation's confidential information: README decision 11, 2026-12-01)
    ("Do not enter passwords, API keys or other credentials into AI tools.", {BG}),
    ("Upload geen salarisgegevens naar ChatGPT.", {PG, BG}),  # a person's salary and the firm's figures
    ("Personal health information must never be entered into AI chatbots.", {PG}),
    ("Draft contracts should not be reviewed using public AI tools.", {BG}),
    ("Internal reports and memos must not be shared with external AI services.", {BG}),
    ("Voer nooit BSN's of geboortedata in.", {PG}),
    # a fifth batch, Dutch and Flemish (first sight 7 of 9: the separable 'voer … in waarmee', 'interne nota's')
    ("Voer geen gegevens in waarmee een burger herkenbaar is.", {PG}),
    ("Plak nooit teksten uit een cliëntdossier in een AI-tool.", {PG}),
    ("Deel geen vertrouwelijke stukken van het college met ChatGPT.", {BG}),
    ("Geef AI-tools geen toegang tot je mailbox.", {PG}),
    ("Het invoeren van persoonsgegevens in gratis AI-tools is niet toegelaten.", {PG}),
    ("Zet geen interne nota's of adviezen in een chatbot.", {BG}),
    ("Vermijd het ingeven van klantgegevens in ChatGPT.", {PG}),
    ("Anonimiseer altijd eerst, voordat je iets in een AI-tool zet.", {PG}),
    ("Gebruik enkel publiek beschikbare informatie in AI-toepassingen.", {PG, BG}),
    # a sixth batch, limits and lists in English (first sight 7 of 8; the eighth, 'off limits for AI tools', waits
    # for its force marker and is not here)
    ("Use only information that is already in the public domain when you prompt an AI tool.", {PG, BG}),
    ("Only share with AI what you would be happy to see published.", {PG, BG}),
    ("Limit what you enter into chatbots to public information.", {PG, BG}),
    ("Input into generative AI should be restricted to non-sensitive, publicly available information.", {PG, BG}),
    ("Never paste customer data, employee data or company secrets into public AI tools.", {PG, BG}),
    ("Sensitive company information should never be uploaded to an AI platform.", {BG}),
    ("Strategic plans and unpublished financial results must not be entered into ChatGPT.", {BG}),
]

NEGATIVE: list[str] = [
    # the organisation or a figure word that is not the modifier of the data word
    "If the security of the data cannot be guaranteed, do not upload it.",
    "Only use AI tools approved by the council, to ensure appropriate data governance.",
    "Staff must not weaken the security of our data when using chatbots.",
    # data as the modifier of another noun
    "The AI tool must not be used without a data processing agreement.",
    "Do not start using a chatbot before the data protection officer has been consulted.",
    # restricted to people, not to public data
    "Access to the tool is restricted to staff members.",
    # social media and leaving the building without AI
    "Do not post on social media on behalf of the school without approval.",
    "Deel geen berichten van de organisatie op sociale media zonder overleg.",
    # what relies on AI, not what goes into it
    "Financial reports should never rely solely on AI output.",
    "Legal documents should never depend only on what an AI tool suggests.",
    # a use limited to something public that is no information, with no AI
    "Public meeting rooms should be used for general events only, not for confidential discussions.",
    # data minimisation: no more than needed
    "Avoid entering more personal data than the task requires.",
    "Voer niet meer persoonsgegevens in dan nodig is.",
    "Do not include client names in prompts where this is not necessary.",
    "Upload alleen de persoonsgegevens die strikt noodzakelijk zijn.",
    # medical consequences, not medical data
    "AI neemt geen beslissingen met medische gevolgen voor patiënten.",
    # a story about one person or organisation
    "Medewerker B plakt geen klantgegevens in ChatGPT, omdat zij weet dat het risicovol is.",
    "Employee A does not paste customer data into ChatGPT because she knows the risks.",
    # the name of a thing, not of a person
    "Vul de bestandsnaam in en upload het document daarna naar de AI-tool.",
    "Je kunt de tool alleen gebruiken als je de projectnaam invult.",
    "Only use the app name and version number when you report a problem with the AI tool.",
    # this website is the tool, not a public place
    "We hebben geen afspraken met de aanbieder, waardoor informatie die je op deze website zet niet veilig is.",
    # what a service passes on, only as much as needed
    "We only pass on the booking details needed for the appointment, without the patient's name or phone number.",
    # what the model is trained on, a promise about the tool
    "Klantgegevens worden nooit gebruikt om AI-modellen te trainen.",
    "Customer data will not be used to train the vendor's models.",
    # a sensitive act, no information
    "Never let an AI agent carry out sensitive actions, such as deleting records, on its own.",
    # risk named, no data classified by it
    "Do not use AI for high-risk data processing without a DPIA.",
    "High-risk AI systems must not be used by staff.",
    "Never share anything on social media that you would not want your manager to read.",
    "Customer data must not leave the company.",
    "Staff must remain within the building during the AI training.",
    "Wij vermijden het doorgeven van onnodige persoonsgegevens aan AI-diensten.",
    "Do not paste unnecessary personal details into prompts.",
    # the law a tool meets, a definition that lists, protection from risk
    "Claims that an AI tool is HIPAA compliant do not mean it is approved.",
    "Sensitive information includes, but is not limited to, patron records and personnel records.",
    "Use of AI must not expose personal data about patients to unnecessary risks.",
    "Keep AI output on our systems for the audit.",
    # what AI writes is no data put into it
    "Do not use AI to draft e-mails to customers.",
    "Gebruik AI niet om e-mails aan klanten te schrijven zonder controle.",
    "Handle complaints about AI decisions within two weeks.",
    # private use is no private data
    "Privégebruik van AI-tools op werkapparaten is niet toegestaan.",
    # a second batch of fresh variants: mentions, facts about tools, what AI makes (first sight 3 of 25 counted)
    "This policy applies to all staff who handle personal data.",
    "The privacy officer is responsible for the protection of personal data.",
    "Confidential information is defined as any information not intended for the public.",
    "AI tools can help summarise large amounts of information.",
    "Microsoft does not use customer data to train its models.",
    "We take the protection of client data seriously.",
    "Persoonsgegevens worden verwerkt conform de AVG.",
    "Bij twijfel over vertrouwelijke informatie neem je contact op met de FG.",
    "De gemeente verwerkt gegevens van inwoners voor haar wettelijke taken.",
    "Employees should report any data breach involving AI tools immediately.",
    "Copilot has access to the same documents you have access to in Microsoft 365.",
    "Generative AI tools may produce inaccurate information about people.",
    "Contracts with AI vendors must include data processing terms.",
    "Only staff with a business need may access confidential information.",
    "When you use ChatGPT, OpenAI may store your prompts.",
    "Sensitive decisions about staff should be discussed with HR.",
    "Do not leave confidential documents on your desk.",
    "Public information about the university can be found on our website.",
    "AI can make mistakes when it summarises customer feedback.",
    "De AI-tool slaat geen gesprekken met klanten op.",
    "Our AI assistant does not have access to your personal files.",
    "Wij gebruiken AI om klantvragen sneller te beantwoorden.",
    "Students may use AI to improve the grammar of their own essays.",
    "Use AI to create fictional case studies for training.",
    "Staff can use Copilot to summarise public reports.",
    # a third batch: definitions, incidents, roles, rights, permissions (first sight 0 of 24 counted)
    "Onder persoonsgegevens verstaan we alle informatie over een geïdentificeerde of identificeerbare persoon.",
    "Personal data means any information relating to an identified or identifiable natural person.",
    "De functionaris gegevensbescherming houdt toezicht op de verwerking van persoonsgegevens.",
    "Heb je per ongeluk klantgegevens in ChatGPT gezet? Meld dit dan direct bij de servicedesk.",
    "If you accidentally entered client data into an AI tool, report it to the privacy team.",
    "Een datalek met persoonsgegevens moet binnen 72 uur worden gemeld.",
    "AI can help staff find information in large collections of public documents.",
    "Wij sluiten met elke leverancier een verwerkersovereenkomst.",
    "The council publishes its contracts with suppliers on its website.",
    "Medewerkers volgen een training over informatiebeveiliging en privacy.",
    "Deze richtlijn gaat over het gebruik van AI bij het verwerken van persoonsgegevens.",
    "Examples of confidential information include financial forecasts and legal advice.",
    "Vertrouwelijkheid is een kernwaarde van ons kantoor.",
    "Students own the intellectual property of the work they submit.",
    "AI-tools kunnen helpen om grote hoeveelheden openbare informatie te doorzoeken.",
    "The tool encrypts all data in transit and at rest.",
    "Public sector bodies must publish information about their use of algorithms.",
    "Openbare informatie mag je vrij gebruiken in AI-tools.",
    "Clients have the right to know when AI was used in their case.",
    "Klanten hebben recht op inzage in hun gegevens.",
    "Uploading documents to the intranet requires approval from the communications team.",
    "Our website uses cookies to collect information about visitors.",
    "Vraag bij twijfel of informatie vertrouwelijk is altijd je leidinggevende.",
    "Do not use AI to write performance reviews of colleagues.",
    # a fourth batch: principles, registers, licences, vendors, permissions (first sight 0 of 15 counted)
    "Staff should be aware that AI tools may reveal personal information about public figures.",
    "Our AI principles are fairness, transparency and respect for privacy.",
    "De AVG is van toepassing op alle verwerkingen van persoonsgegevens, ook met AI.",
    "AI-systemen worden ingezet om meldingen van inwoners sneller te verwerken.",
    "The university has a licence for Copilot that protects institutional data.",
    "Use of Copilot Chat with your university login keeps your data within the university tenant.",
    "Medewerkers zijn zelf verantwoordelijk voor de bescherming van vertrouwelijke informatie.",
    "Departments must keep a register of AI tools that process personal data.",
    "Vendors must delete customer data at the end of the contract.",
    "Je kunt ChatGPT gebruiken om een openbare brief van de gemeente samen te vatten.",
    "Confidential information remains confidential when you use AI.",
    "A data protection impact assessment is needed before AI processes personal data.",
    "Ask your manager before sharing anything on social media.",
    "Gevoelige onderwerpen zoals religie en politiek vragen om extra zorgvuldigheid in communicatie.",
    "Staff may paste public press releases into ChatGPT to draft social media posts.",
    # a fifth batch, Dutch and Flemish (first sight 1 of 13 counted: what a page contains)
    "Wij werken met een AI-assistent die op onze eigen servers draait.",
    "Vertrouwelijke informatie wordt opgeslagen in een beveiligde omgeving.",
    "Leerlingen leren in de les hoe ze hun persoonsgegevens kunnen beschermen.",
    "Onze leverancier garandeert dat klantgegevens binnen de EU blijven.",
    "Het college heeft besloten om Copilot in te voeren voor alle medewerkers.",
    "De privacyverklaring beschrijft welke persoonsgegevens wij verwerken.",
    "Bij het gebruik van AI houden we ons aan de Baseline Informatiebeveiliging Overheid.",
    "Klanten kunnen bezwaar maken tegen het gebruik van hun gegevens.",
    "Vraag de FG om advies als je twijfelt over het gebruik van persoonsgegevens.",
    "Deze pagina bevat geen vertrouwelijke informatie.",
    "Ouders worden geïnformeerd over het gebruik van AI op school.",
    "Medewerkers gebruiken AI om openbare beleidsstukken samen te vatten.",
    "In de toekomst willen we AI ook inzetten voor het beantwoorden van vragen van inwoners.",
    # a sixth batch: tool rules, sharing without data, reliance (first sight 0 of 10 counted)
    "Publicly available AI tools can be used for general tasks such as brainstorming.",
    "Only approved AI tools may be used for university business.",
    "Staff are encouraged to share their experiences with AI tools with colleagues.",
    "Our newsletter shares stories about how teams use AI.",
    "AI-generated images of real people must be labelled as such.",
    "The AI tool must only be used by staff who have completed the training.",
    "Limit the time you spend on AI experiments to one hour a week.",
    "Information about the AI pilot will be published on the intranet.",
    "Do not rely on AI for legal advice.",
    "Never assume that information produced by AI is correct.",
]


@pytest.mark.parametrize(("text", "rules"), POSITIVE)
def test_data_rule_positive(text: str, rules: set[str]) -> None:
    assert recognised_ids(text) & DATA_RULES == rules


@pytest.mark.parametrize("text", NEGATIVE)
def test_data_rule_negative(text: str) -> None:
    assert not recognised_ids(text) & DATA_RULES
