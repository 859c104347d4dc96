"""Recognition by class of wording (issue 10.1): the classes real policies use, written from knowledge.

Each class is a way a Dutch or English policy states (or seems to state) one of the four rules: a rule as
a limit, as a consequence, as an organisation's duty, a decision named by what is decided, a verbless
principle, hedged force, vague or Flemish data words; and the hard negatives: auditing, "besluit" as a
verb, data minimisation, tool bans without data, negated facts, incidents, definitions, duties to write
a policy. These sentences were written by the recognition engineer from how advisors phrase such rules,
not copied from the corpus, so they test the word classes rather than particular sentences.
"""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids

PG = "geen-persoonsgegevens"
BG = "geen-bedrijfsgeheimen"
EB = "geen-eindbesluit"
AC = "altijd-controleren"

# (text, rules that must be recognised); the rules not listed must not be, unless marked in LOOSE
POSITIVE: list[tuple[str, set[str]]] = [
    # personal data, Dutch
    ("Voer geen persoonsgegevens in ChatGPT in.", {PG}),
    ("Deel nooit namen, adressen of telefoonnummers van cliënten met een AI-tool.", {PG}),
    ("Gebruik alleen geanonimiseerde gegevens.", {PG}),
    ("Zet geen BSN-nummers in een prompt.", {PG}),
    ("Plak geen e-mails van burgers in Copilot.", {PG}),
    ("Het is niet toegestaan om patiëntgegevens in te voeren in generatieve AI.", {PG}),
    ("Upload geen cv's of sollicitatiebrieven naar AI-tools.", {PG}),
    ("Medewerkers mogen geen gegevens van leerlingen invoeren.", {PG}),
    ("Wie cliëntinformatie in ChatGPT plakt, doorbreekt het beroepsgeheim.", {PG}),
    ("Bedrijven moeten ervoor zorgen dat medewerkers nooit persoonsgegevens in AI-tools invoeren.", {PG}),
    ("Anonimiseer gegevens voordat je ze in een AI-tool gebruikt.", {PG}),
    ("Vervang namen altijd door fictieve namen.", {PG}),
    ("Medische gegevens en gezondheidsinformatie zet je nooit in een chatbot.", {PG}),
    ("Gebruik geen echte namen in je prompts.", {PG}),
    ("Gegevens die tot een persoon herleidbaar zijn, voer je niet in.", {PG}),
    ("Dossiers van cliënten mogen niet worden geüpload.", {PG}),
    ("Persoonlijke informatie over collega's deel je niet met AI.", {PG}),
    ("Geen leerlinggegevens in AI-tools.", {PG}),
    ("Studentgegevens horen niet in ChatGPT thuis.", {PG}),
    ("Informatie over patiënten hoort niet in een AI-toepassing.", {PG}),
    ("Het is verstandig om geen klantgegevens in AI-tools te zetten.", {PG}),
    # personal data, English
    ("Do not enter personal data into ChatGPT.", {PG}),
    ("Never share names, addresses or phone numbers of clients with AI tools.", {PG}),
    ("Staff must not input any personally identifiable information into generative AI.", {PG}),
    ("Only use anonymised data.", {PG}),
    ("Remove all identifying details before using an AI tool.", {PG}),
    ("Patient information must never be uploaded to public AI services.", {PG}),
    ("Do not paste student records into chatbots.", {PG}),
    ("Avoid including any customer details in prompts.", {PG}),
    ("Personal information should be kept out of AI tools.", {PG}),
    ("Employee data, including HR records, may not be processed with AI tools.", {PG}),
    ("Health data must not be entered into generative AI.", {PG}),
    ("De-identify data before uploading it to an AI tool.", {PG}),
    ("Never upload information about individuals to a chatbot.", {PG}),
    # public limits: both data rules
    ("Voer niets in wat niet ook openbaar mag zijn.", {PG, BG}),
    ("Als je het niet op LinkedIn zou zetten, zet het dan ook niet in ChatGPT.", {PG, BG}),
    ("If you would not post it publicly, do not put it into an AI tool.", {PG, BG}),
    ("Only use publicly available information with AI tools.", {PG, BG}),
    # secrets, Dutch
    ("Deel geen bedrijfsgeheimen met AI-tools.", {BG}),
    ("Voer geen vertrouwelijke informatie in ChatGPT in.", {BG}),
    ("Interne documenten mogen niet in Copilot worden geplakt.", {BG}),
    ("Upload geen contracten of offertes naar een AI-tool.", {BG}),
    ("Financiële gegevens van het bedrijf horen niet in een chatbot.", {BG}),
    ("Confidentiële informatie mag niet gedeeld worden met AI-toepassingen.", {BG}),
    ("Voer geen cijfers van je bedrijf in.", {BG}),
    ("Gerubriceerde informatie gaat nooit een AI-tool in.", {BG}),
    ("Bedrijfsgevoelige informatie blijft binnen de organisatie.", {BG}),
    ("Gevoelige informatie hoort niet thuis in ChatGPT.", {BG}),
    ("Deel geen broncode met ChatGPT.", {BG}),
    # secrets, English
    ("Do not enter confidential information into generative AI tools.", {BG}),
    ("Never share trade secrets or proprietary code with ChatGPT.", {BG}),
    ("Internal documents must not be uploaded to public AI services.", {BG}),
    ("Do not paste contracts, pricing or financial statements into AI tools.", {BG}),
    ("Sensitive company information should never be entered into a chatbot.", {BG}),
    ("Classified material may not be processed using generative AI.", {BG}),
    ("Avoid sharing non-public business information with AI tools.", {BG, PG}),
    ("Keep company data out of public AI tools.", {BG}),
    # decisions, Dutch
    ("AI neemt nooit het eindbesluit.", {EB}),
    ("De uiteindelijke beslissing ligt altijd bij een mens.", {EB}),
    ("AI helpt, maar beslist niet.", {EB}),
    ("Laat AI niet bepalen of iemand wordt aangenomen.", {EB}),
    ("Een summatieve beoordeling wordt nooit door AI gedaan.", {EB}),
    ("Het laatste woord is altijd aan de docent.", {EB}),
    ("AI mag geen besluiten nemen over personen.", {EB}),
    ("Beslissingen over uitkeringen, vergunningen of boetes worden altijd door een medewerker genomen.", {EB}),
    ("Gebruik AI niet als enige basis voor een besluit.", {EB}),
    ("Laat AI geen cijfers geven.", {EB}),
    ("AI selecteert geen kandidaten.", {EB}),
    ("Een AI-tool mag nooit zelfstandig een sollicitant afwijzen.", {EB}),
    ("AI adviseert, de medewerker beslist.", {EB}),
    ("Een diagnose stel je nooit op basis van AI alleen.", {EB}),
    ("Of iemand wordt aangenomen, bepaalt altijd een mens.", {EB}),
    # decisions, English
    ("AI must not make final decisions about people.", {EB}),
    ("Humans remain the decision-makers.", {EB}),
    ("Do not use AI to decide who gets hired.", {EB}),
    ("Generative AI must not be used to determine grades.", {EB}),
    ("Final decisions on admissions, hiring or promotions must be made by a person.", {EB}),
    ("AI should never be the sole basis for a decision that affects an individual.", {EB}),
    ("Do not let ChatGPT approve or reject loan applications.", {EB}),
    ("A human must always make the final call.", {EB}),
    ("AI tools must not be used to make employment decisions.", {EB}),
    ("AI supports, people decide.", {EB}),
    ("Do not rely solely on AI to make decisions about students.", {EB}),
    # checking, Dutch
    ("Controleer altijd de output van AI.", {AC}),
    ("Neem antwoorden van ChatGPT nooit klakkeloos over.", {AC}),
    ("AI-adviezen niet blind volgen.", {AC}),
    ("Check feiten en bronnen voordat je een AI-tekst gebruikt.", {AC}),
    ("Lees een door AI gegenereerde tekst altijd zelf na.", {AC}),
    ("Menselijke controle van de uitkomsten is verplicht.", {AC}),
    ("Het is verstandig om de resultaten altijd te verifiëren.", {AC}),
    ("Kritisch kijken naar de uitkomst van AI blijft belangrijk.", {AC}),
    ("Ga er niet vanuit dat wat AI zegt klopt.", {AC}),
    ("AI kan fouten maken: controleer daarom altijd wat het genereert.", {AC}),
    ("Verifieer gegenereerde informatie met betrouwbare bronnen.", {AC}),
    ("Vertrouw niet blind op AI.", {AC}),
    ("Gebruik AI-output nooit ongezien.", {AC}),
    ("Beoordeel de uitkomst altijd kritisch.", {AC}),
    # checking, English
    ("Always check AI-generated content for accuracy.", {AC}),
    ("Review all outputs before use.", {AC}),
    ("Never accept AI output at face value.", {AC}),
    ("Fact-check everything the tool produces.", {AC}),
    ("You are responsible for verifying the accuracy of AI-generated material.", {AC}),
    ("Do not publish AI-generated text without human review.", {AC}),
    ("Treat AI outputs as a first draft.", {AC}),
    ("Double-check facts, figures and citations from AI.", {AC}),
    ("AI can hallucinate, so verify the results.", {AC}),
    ("Do not blindly trust the answers of a chatbot.", {AC}),
]

# A second set, written before the engine was changed for the first: longer sentences as policies write
# them. (text, rules that must be recognised, rules that may also be: a secret word beside personal data)
POSITIVE_LONG: list[tuple[str, set[str], set[str]]] = [
    ("Medewerkers voeren in openbare AI-tools zoals ChatGPT nooit gegevens in die herleidbaar zijn tot inwoners.", {PG}, set()),
    ("Let erop dat je geen namen van cliënten, geboortedata of andere identificerende kenmerken in de prompt opneemt.", {PG}, set()),
    ("Zorg dat teksten die je aan een chatbot voorlegt geen persoonsgegevens bevatten.", {PG}, set()),
    ("Gebruik in je vraag aan Copilot altijd verzonnen namen in plaats van echte.", {PG}, set()),
    ("Het invoeren van dossiergegevens van jongeren in AI-toepassingen is niet toegestaan.", {PG}, set()),
    ("Bijzondere persoonsgegevens, zoals gegevens over gezondheid of strafrechtelijke gegevens, mogen nooit in een AI-tool worden ingevoerd.", {PG}, set()),
    ("Wie gegevens van patiënten in een chatbot zet, schendt zijn geheimhoudingsplicht.", {PG}, {BG}),
    ("Informatie waarmee een leerling te identificeren is, hoort niet in ChatGPT.", {PG}, set()),
    ("Maak gegevens altijd eerst anoniem voordat je AI gebruikt.", {PG}, set()),
    ("Scholen moeten ervoor zorgen dat leraren nooit leerlinggegevens in AI-tools invoeren.", {PG}, set()),
    ("Deel geen privégegevens van jezelf of anderen met een taalmodel.", {PG}, set()),
    ("You must never enter confidential client information or personal details into ChatGPT or similar tools.", {PG}, {BG}),
    ("Under no circumstances should employees upload data that could identify a patient.", {PG}, set()),
    ("Make sure prompts do not contain names, email addresses or other personal identifiers.", {PG}, set()),
    ("Students' personal information must not be shared with third-party AI platforms.", {PG}, set()),
    ("Strip out any personally identifiable details before you paste text into an AI tool.", {PG}, set()),
    ("Information about pupils, including their names and grades, must never be entered into an AI system.", {PG}, set()),
    ("It is prohibited to input special category data, such as health or ethnicity data, into generative AI.", {PG}, set()),
    ("Voer geen interne of vertrouwelijke documenten in externe AI-tools in.", {BG}, set()),
    ("Bedrijfsgevoelige gegevens zoals offertes, prijzen en strategieën deel je niet met AI.", {BG}, set()),
    ("Plak nooit stukken die onder geheimhouding vallen in een chatbot.", {BG}, set()),
    ("Informatie die niet openbaar is, mag niet in publieke AI-tools worden ingevoerd.", {BG, PG}, set()),
    ("Gebruik geen vertrouwelijke bedrijfsinformatie in prompts.", {BG}, set()),
    ("De broncode van onze producten mag nooit in een AI-assistent worden geplakt.", {BG}, set()),
    ("Do not upload internal reports, strategy documents or unreleased financial results to AI tools.", {BG}, set()),
    ("Confidential or commercially sensitive information must not be entered into public generative AI.", {BG}, set()),
    ("Never put anything covered by a non-disclosure agreement into a chatbot.", {BG}, set()),
    ("Employees may not disclose trade secrets or other proprietary information to AI services.", {BG}, set()),
    ("Restricted information must not be used with generative AI tools.", {BG}, set()),
    ("Beslissingen over burgers worden nooit door een algoritme alleen genomen.", {EB}, set()),
    ("AI mag niet zelfstandig bepalen wie een uitkering krijgt.", {EB}, set()),
    ("De beoordeling van een tentamen blijft altijd in handen van de examinator.", {EB}, set()),
    ("Bij selectie van personeel beslist altijd een mens, niet de AI.", {EB}, set()),
    ("Een AI-tool mag nooit de doorslag geven bij een besluit over een cliënt.", {EB}, set()),
    ("Gebruik AI niet om te bepalen of iemand in aanmerking komt voor een toeslag.", {EB}, set()),
    ("AI geeft advies, maar het besluit neemt de professional.", {EB}, set()),
    ("Eindbeslissingen worden altijd door mensen genomen.", {EB}, set()),
    ("AI must not be used as the sole basis for decisions that affect individuals' rights.", {EB}, set()),
    ("Decisions about grades, admissions or disciplinary action must always be made by a human.", {EB}, set()),
    ("Do not use generative AI to evaluate job applicants or make hiring decisions.", {EB}, set()),
    ("A qualified person must make the final determination in any clinical decision.", {EB}, set()),
    ("Never allow an AI system to approve or deny benefits without human review.", {EB}, {AC}),
    ("Human judgment must remain central to all decisions affecting students and staff.", {EB}, set()),
    ("Controleer door AI gemaakte teksten altijd op juistheid voordat je ze gebruikt.", {AC}, set()),
    ("Neem de uitkomsten van een AI-tool nooit zonder controle over.", {AC}, set()),
    ("Blijf kritisch op wat ChatGPT je vertelt en check de bronnen.", {AC}, set()),
    ("De output van AI moet altijd door een medewerker worden beoordeeld.", {AC}, set()),
    ("Ga er nooit zomaar van uit dat een antwoord van AI juist is.", {AC}, set()),
    ("Lees alles wat AI voor je schrijft zorgvuldig na.", {AC}, set()),
    ("Gegenereerde teksten worden pas gebruikt na een inhoudelijke controle.", {AC}, set()),
    ("Verifieer feiten, cijfers en citaten uit AI-tools bij een betrouwbare bron.", {AC}, set()),
    ("Always review AI-generated content for accuracy and bias before sharing it.", {AC}, set()),
    ("Users must verify all information produced by generative AI.", {AC}, set()),
    ("Do not rely on AI output without checking it.", {AC}, set()),
    ("Check the facts: generative AI tools can produce inaccurate information.", {AC}, set()),
    ("Any AI-generated code must be reviewed by a developer before it is deployed.", {AC}, set()),
    ("Outputs should be checked by a human before being used in any official document.", {AC}, set()),
    ("Never present AI output as fact without verifying it yourself.", {AC}, set()),
]

NEGATIVE: list[str] = [
    # auditing and legality checks
    "Controleer of de tool voldoet aan de AVG.",
    "De afdeling Audit controleert jaarlijks het gebruik van AI-tools.",
    "Check that the tool complies with our data protection policy.",
    "Internal audit will review the use of AI annually.",
    "Controleer de instellingen van de tool voordat je begint.",
    "Review the terms of service before using any tool.",
    # besluit as a verb, decisions mentioned
    "De directie besluit de notulen voortaan met AI samen te vatten.",
    "Met AI kunnen medewerkers efficiënter besluiten nemen.",
    "AI kan helpen bij de besluitvorming.",
    "Het college besluit welke AI-tools zijn toegestaan.",
    "AI can help managers make better decisions faster.",
    "The board decides which AI tools are approved.",
    # data minimisation, tool bans, permissions
    "Upload alleen wat nodig is.",
    "Only upload what is necessary.",
    "Gebruik geen AI-tools die niet zijn goedgekeurd.",
    "Do not use unapproved AI tools.",
    "Je mag klantgegevens invoeren in de goedgekeurde Copilot-omgeving.",
    "You may use Copilot with internal data.",
    # negated facts, incidents, definitions
    "Er zijn geen studentgegevens geüpload.",
    "No student data was shared with the vendor.",
    "In 2023 plakte een medewerker klantgegevens in ChatGPT, wat tot een datalek leidde.",
    "Persoonsgegevens zijn alle gegevens over een geïdentificeerde of identificeerbare persoon.",
    "Personal data means any information relating to an identified or identifiable person.",
    # duties to set a rule, mentions
    "De organisatie stelt een beleid op over het gebruik van persoonsgegevens in AI.",
    "Managers must develop a policy on the use of personal data in AI.",
    "Voer een DPIA uit als je persoonsgegevens verwerkt met AI.",
    "De gemeente moet ervoor zorgen dat er een AI-beleid komt.",
    # other topics
    "Respecteer het auteursrecht en het intellectueel eigendom van anderen.",
    "Respect copyright and the intellectual property of others.",
    "Sluit geen langlopende contracten af met AI-leveranciers.",
    "Wees voorzichtig met AI.",
    "Be careful when using AI.",
    "Medewerkers volgen een training over AI-geletterdheid.",
    "Je blijft zelf verantwoordelijk voor de tekst.",
    "ChatGPT mag je gebruiken om teksten te herschrijven.",
    "Meld een datalek binnen 24 uur bij de privacy officer.",
    "Report any data breach to the IT service desk.",
    "Protect sensitive information.",
    "Assume anything you enter could be made public.",
    "Do not use chatbots to search for information about people.",
    "All AI use must comply with the GDPR.",
    "Beveilig je account met tweestapsverificatie.",
    "De functionaris gegevensbescherming controleert of de verwerking van persoonsgegevens rechtmatig is.",
    "Het college heeft besloten om Copilot organisatiebreed in te voeren.",
    "AI-systemen die besluiten nemen over burgers gelden onder de AI-verordening als hoog risico.",
    "Medewerkers moeten weten welke gegevens zij wel en niet mogen delen.",
    "Persoonsgegevens worden niet langer bewaard dan noodzakelijk.",
    "Het team besluit per project of AI een meerwaarde heeft.",
    "Bij twijfel over privacy kun je contact opnemen met de privacy officer.",
    "Deze richtlijn wordt jaarlijks geëvalueerd en waar nodig aangepast.",
    "Generatieve AI kan teksten, beelden en code maken op basis van een prompt.",
    "Leveranciers moeten aantonen dat zij vertrouwelijke informatie goed beveiligen.",
    "De AP controleert of organisaties zich aan de AVG houden.",
    "Vorig jaar werden bij een ziekenhuis per ongeluk patiëntgegevens in een chatbot ingevoerd.",
    "Onder persoonsgegevens verstaan we alle informatie over een geïdentificeerde of identificeerbare natuurlijke persoon.",
    "Wij onderzoeken hoe AI kan helpen om sneller en beter besluiten te nemen.",
    "Gebruik AI niet voor taken waarvoor het niet geschikt is.",
    "Microsoft Copilot is binnen onze omgeving veilig te gebruiken, ook met interne documenten.",
    "Docenten besluiten zelf of studenten AI mogen gebruiken bij een opdracht.",
    "Er is in deze pilot geen gebruik gemaakt van persoonsgegevens.",
    "De directie stelt regels op voor het gebruik van vertrouwelijke informatie in AI-tools.",
    "Het is niet toegestaan om zonder toestemming van de ICT-afdeling nieuwe AI-software te installeren.",
    "Controleer regelmatig of er updates van de software beschikbaar zijn.",
    "AI-tools kunnen fouten maken en vooroordelen bevatten.",
    "The data protection officer reviews every new AI tool before it is approved.",
    "We decided to roll out Copilot to all staff in 2024.",
    "Staff should understand what personal data is and why it matters.",
    "Last year, an employee pasted customer data into a chatbot, which led to a data breach.",
    "AI can support better and faster decision-making in our services.",
    "Personal data will be processed in accordance with the GDPR.",
    "Do not use AI tools that have not been approved by IT.",
    "Departments must create their own guidance on the use of confidential data in AI.",
    "You can use ChatGPT to brainstorm ideas or improve the structure of a text.",
    "Generative AI tools may produce biased or inaccurate results.",
    "No personal data was used to train this model.",
    "We check our suppliers' security certifications every year.",
    "Copilot can be used with internal data because it stays within our tenant.",
    "Decisions about AI procurement are made by the digital board.",
    "The policy will be reviewed annually.",
    "Be mindful of copyright when using images created by AI.",
    "Users are responsible for the content they create with AI.",
    "Minimise the amount of data you share with any AI tool.",
]


@pytest.mark.parametrize(("text", "rules"), POSITIVE)
def test_class_positive(text: str, rules: set[str]) -> None:
    assert recognised_ids(text) == rules


@pytest.mark.parametrize(("text", "rules", "also"), POSITIVE_LONG)
def test_class_positive_long(text: str, rules: set[str], also: set[str]) -> None:
    found = recognised_ids(text)
    assert rules <= found <= rules | also


@pytest.mark.parametrize("text", NEGATIVE)
def test_class_negative(text: str) -> None:
    assert recognised_ids(text) == frozenset()
