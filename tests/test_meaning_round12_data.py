"""Round twelve, the two data rules: classes named from the tune errors of geen-persoonsgegevens and
geen-bedrijfsgeheimen after 216 new real sentences from 48 new sources were added to the tune half (1 December,
evening). Each class was written in fresh wording before the engine was changed, with near-misses that must not
count; the first-sight score (right answers of the engine before the change) is in the comment above each group.
(list, text, the rules it states, exactly); the list is None for a sentence on its own."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from rule_ids import PG, SG

CASES: list[tuple[str | None, str, set[str]]] = [
    # B. Manuscripts under review are confidential documents: uploading them to AI tools is the secrets rule.
    # A manuscript sent to a journal, or written by its authors, is no sharing with AI.
    # First sight: 5 of 9.
    (None, "Reviewers must never upload a manuscript they are reviewing to an AI tool.", {SG}),
    (None, "Do not paste submitted manuscripts into ChatGPT or similar services.", {SG}),
    (None, "Referees may not share manuscripts under review with generative AI tools.", {SG}),
    (None, "Editors should not submit manuscripts to AI tools.", {SG}),
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
    # G. 'Without compromising X' names what is protected, an aim (generic protection), not data kept out.
    # First sight: 4 of 6.
    (None, "Use AI tools safely, without compromising personal or confidential information.", set()),
    (None, "Werk met AI zonder de privacy van cliënten in gevaar te brengen.", set()),
    (None, "This guidance helps staff use AI without endangering sensitive data.", set()),
    (None, "Write the letter with AI, without client names.", {PG}),
    (None, "Gebruik AI-tools zonder vertrouwelijke stukken.", {SG}),
    (None, "Prompts must be written without patient details.", {PG}),
    # H. A limit whose condition is not named ('only under specific conditions', 'alleen onder voorwaarden') is a
    # permission with a vague condition; a named condition is the limit.
    # First sight: 3 of 6.
    (None, "Confidential data may only be processed by AI systems under certain conditions.", set()),
    (None, "Persoonsgegevens mogen alleen onder voorwaarden in AI-systemen worden verwerkt.", set()),
    (None, "Sensitive data may only be used with such tools under specific circumstances.", set()),
    (None, "Confidential data may only be entered into approved AI systems.", {SG}),
    (None, "Persoonsgegevens mogen alleen geanonimiseerd in AI-tools.", {PG}),
    (None, "Client data may only be used with AI under a signed processing agreement.", {PG}),
    # I. Identification numbers and pictures of people are personal data ('employee ID numbers', 'student
    # pictures'); 'a number of', a ticket's number and pictures of things are not.
    # First sight: 4 of 8.
    (None, "Do not put student ID numbers into AI tools.", set()),  # one identifier alone (round 19, class G)
    (None, "Never upload pictures of pupils to an AI app.", {PG}),
    (None, "Never submit student pictures to AI products.", {PG}),
    (None, "Do not enter identification numbers into ChatGPT.", {PG}),
    (None, "Do not upload a number of files to ChatGPT at once.", set()),
    (None, "Never upload pictures of the office to AI tools without permission.", set()),
    (None, "Do not paste the ticket ID number into the chatbot.", set()),
    (None, "Upload pictures of the products to the AI tool.", set()),
    # J. What identifies a person stated of 'anything' ('anything that is patient identifiable', 'niets wat
    # herleidbaar is tot een leerling'); identifiable as AI-made is no person.
    # First sight: 4 of 5.
    (None, "Never include anything that is client identifiable.", {PG}),
    (None, "Type nothing into a chatbot that is traceable to a patient.", {PG}),
    (None, "Voer niets in wat herleidbaar is tot een leerling.", {PG}),
    (None, "Make sure anything you publish is identifiable as AI-generated.", set()),
    (None, "Anything that is published must carry the name of its author.", set()),
    # K. 'This includes …' after a rule lists its examples and states nothing on its own (guide): a negation in a
    # relative clause of a member ('research that is not yet published') is no prohibition; with its own act and
    # negation the sentence states the rule.
    # First sight: 3 of 6.
    (None, "This includes student records, staff addresses and research that is not yet published.", set()),
    (None, "This includes patient data and any findings that have not been made public.", set()),
    (None, "Dit omvat namen van cliënten en rapporten die nog niet openbaar zijn.", set()),
    (None, "This includes personally identifiable employee data and HIPAA-covered patient data.", set()),
    (None, "This includes not entering student ID numbers or home addresses in your prompts.", {PG}),
    (None, "This includes never pasting client names into ChatGPT.", {PG}),
    # L. AI as no substitute for secure systems that handle data names what AI is, no rule on the data; AI as no
    # safe place for the data is the rule.
    # First sight: 3 of 5.
    (None, "GenAI is not a substitute for secure systems for handling sensitive data.", set()),
    (None, "AI is geen vervanging voor het beveiligde systeem voor cliëntgegevens.", set()),
    (None, "Copilot does not replace the secure case system for client records.", set()),
    (None, "ChatGPT is not a safe place for client data.", {PG}),
    (None, "A chatbot is no place for confidential documents.", {SG}),
    # M. 'Only' that limits the tasks AI may do, with a secret word only inside an example of a task, limits no
    # data; a limit on the data itself counts.
    # First sight: 2 of 5.
    (None, "Staff may use AI only for small tasks, such as tidying up their own confidential notes.", set()),
    (
        None,
        "Je mag AI alleen gebruiken voor eenvoudige taken, zoals het ordenen van je eigen vertrouwelijke aantekeningen.",
        set(),
    ),
    (
        None,
        "Reviewers may use AI tools only for limited help (such as organising their own confidential notes).",
        set(),
    ),
    (None, "AI may only be used with confidential documents in the approved environment.", {SG}),
    (None, "Use only public information with AI tools.", {PG, SG}),
    # N. A report or notes of a conversation with a person ('verslagen van pastorale gesprekken', 'notes of
    # counselling sessions') is personal data, as 'gespreksverslag' is; minutes of a meeting are the organisation's.
    # First sight: 1 of 5.
    (None, "Voer geen verslagen van pastorale gesprekken in een AI-tool in.", {PG}),
    (None, "Do not paste notes of counselling sessions into ChatGPT.", {PG}),
    (None, "Upload geen verslagen van intakegesprekken naar Copilot.", {PG}),
    (None, "Voer geen notulen van vergaderingen in AI-tools in.", {SG}),
    (None, "Do not paste minutes of board meetings into ChatGPT.", {SG}),
    # O. Notes of a treatment, a therapy or a consultation ('psychotherapy notes', 'clinical notes',
    # 'behandelnotities', 'consultverslagen') are notes about a patient or client; lecture and release notes are not.
    # First sight: 3 of 7.
    (None, "Do not paste therapy notes into ChatGPT.", {PG}),
    (None, "Never upload clinical notes to an AI tool.", {PG}),
    (None, "Voer geen consultverslagen of behandelnotities in een chatbot in.", {PG}),
    (None, "Do not paste counselling notes into Copilot.", {PG}),
    (None, "Do not paste your lecture notes into ChatGPT.", set()),
    (None, "Release notes are published with every version of the AI tool.", set()),
    (None, "Do not upload the training session notes to public AI tools.", set()),
    # P. The act named as a breach after the object ('Manuscripts under review are confidential documents, and
    # uploading them to such tools constitutes a breach of confidentiality', 'Het delen van … is een schending van het
    # beroepsgeheim'): the act breaks a duty (guide decision 4); a breach as a risk or an event is no rule.
    # First sight: 5 of 7.
    (None, "Het delen van patiëntgegevens met AI-tools is een schending van het beroepsgeheim.", {PG}),
    (None, "Contracts are confidential, and pasting them into AI tools breaches our agreements.", {SG}),
    (None, "Uploading client files to ChatGPT is a breach of professional secrecy.", {PG}),
    (None, "Sharing confidential documents with an AI tool constitutes a violation of this policy.", {SG}),
    (None, "A data breach involving client data must be reported within 72 hours.", set()),
    (None, "Breaches of confidentiality are handled by the privacy officer.", set()),
    (None, "Sharing client data with AI tools may lead to a breach.", set()),
    # Q. Secret words listed as modifiers of one person's data ('confidential, sensitive or identifying client
    # information', 'vertrouwelijke of gevoelige klantgegevens') qualify that data: the personal-data rule only
    # (guide decision 3); beside a category of its own ('confidential, sensitive, or personally identifiable
    # information', 'confidential or client information') they stay both.
    # First sight: 4 of 8.
    (None, "Do not enter confidential, sensitive or identifying client information into AI tools.", {PG}),
    (None, "Voer geen vertrouwelijke of gevoelige klantgegevens in AI-tools in.", {PG}),
    (None, "Never paste confidential or sensitive patient data into ChatGPT.", {PG}),
    (None, "Deel geen gevoelige, vertrouwelijke of persoonlijke gegevens van leerlingen met een chatbot.", {PG}),
    (
        None,
        "Users must not input confidential, sensitive, or personally identifiable information into AI tools.",
        {PG, SG},
    ),
    (None, "Do not enter confidential or client information into AI tools.", {PG, SG}),
    (None, "Never paste confidential documents or patient data into ChatGPT.", {PG, SG}),
    (
        None,
        "No private, secret, proprietary, pupil files or otherwise sensitive data may be put into AI tools.",
        {PG, SG},
    ),
    # R. The examples of 'sensitive data' may stand after the AI destination ('never enter sensitive data into AI
    # tools, including student records, employee information, or any personally identifiable details'): defined by
    # people's data only it is the personal-data rule (guide decision 3), by both kinds both, by no data neither.
    # First sight: 3 of 5.
    (
        None,
        "Never enter sensitive data into AI tools, including student records, staff details or any personally "
        "identifiable information.",
        {PG},
    ),
    (None, "Voer nooit gevoelige gegevens in AI-tools in, zoals leerlingdossiers of adressen van ouders.", {PG}),
    (None, "Never enter sensitive data into AI tools, including contracts, student records or budgets.", {PG, SG}),
    (None, "Never enter sensitive data into AI tools, including tools that are approved.", {SG}),
    (None, "Do not share sensitive information with chatbots, such as patient files or client addresses.", {PG}),
    # S. A person's financial details: a person word right before the financial word ('customer financial data',
    # 'client bank details') or beside an identifying number ('your personal ID numbers, financial info') makes them
    # the person's, the personal-data rule only; the organisation's finances beside them stay both.
    # First sight: 3 of 6.
    (None, "Never use AI tools directly with customer financial data.", {PG}),
    (None, "Do not paste client bank details into ChatGPT.", {PG}),
    (None, "Never put your personal ID numbers, financial info, or private health details into a prompt.", {PG}),
    (None, "Do not paste customer financial records or the company's budget into ChatGPT.", {PG, SG}),
    (None, "Never share financial data with AI tools.", {SG}),
    (None, "Do not enter the firm's financial results into AI tools.", {SG}),
    # T. Data 'within AI platforms' is where it is processed, not kept out ('Personal data processed within AI
    # platforms will always remain secure'), and processing only 'where there is a lawful basis' is a legal basis, a
    # mention; keeping data within the organisation, or out of AI, is the rule.
    # First sight: 3 of 6.
    (None, "Personal data handled within AI platforms will always remain secure.", set()),
    (None, "Klantgegevens die binnen AI-platforms worden verwerkt, blijven altijd veilig.", set()),
    (None, "The council will only process your personal data in AI tools where it has a lawful basis.", set()),
    (None, "Client data must remain within our own systems and never go into AI tools.", {PG}),
    (None, "Klantgegevens blijven buiten AI-tools.", {PG}),
    (None, "Personal data must only be entered into approved AI tools.", {PG}),
    # U. De-identification as a topic: a definition ('De-identification involves removing or masking personal
    # information') or a process to have in place ('ensure proper de-identification processes are in place') tells
    # no one to de-identify before using AI.
    # First sight: 2 of 7.
    (
        None,
        "De-identification involves removing or masking personal information so that no one can be identified.",
        set(),
    ),
    (None, "Anonimisering houdt in dat je namen en adressen uit een tekst haalt.", set()),
    (None, "Ensure proper de-identification processes are in place.", set()),
    (None, "When you use AI tools, manage personal data well and ensure anonymisation procedures are in place.", set()),
    (None, "Zorg dat er een anonimiseringsprocedure is.", set()),
    (None, "Ensure data is de-identified before it is entered into AI tools.", {PG}),
    (None, "Anonimiseer gegevens voordat je ze in een AI-tool invoert.", {PG}),
    # V. Letting AI transcribe something gives it to AI ('Never let Copilot transcribe privileged communications',
    # 'laat AI geen vertrouwelijke overleggen transcriberen'); what a tool can do is no rule. (The tune sentence
    # 'Never have Copilot record or transcribe …' still reads 'never have' as a perfect tense, in force.py.)
    # First sight: 2 of 4.
    (None, "Never let Copilot transcribe privileged communications.", {SG}),
    (None, "Laat AI geen vertrouwelijke overleggen transcriberen.", {SG}),
    (None, "Do not let AI tools transcribe confidential board discussions.", {SG}),
    (None, "Copilot can transcribe meetings and summarise them.", set()),
    # W. Generic protection from disclosure ('use of AI tools must not expose University data to unauthorized
    # disclosure') names no act of putting data into AI, as protection from risk does not.
    # First sight: 1 of 4.
    (None, "Use of AI tools must not expose institutional data to unauthorised disclosure.", set()),
    (None, "AI use must never expose client data to misuse or loss.", set()),
    (None, "AI-gebruik mag vertrouwelijke gegevens niet blootstellen aan ongeoorloofde openbaarmaking.", set()),
    (None, "Do not expose confidential data to public AI tools.", {SG}),
    # X. Intellectual property named as someone else's ('another's intellectual property', 'someone else's
    # intellectual property'), protected as a topic ('Protecting intellectual property: …') or in an exception ('…
    # unless it is your own intellectual property') is no business secret put into AI; one's own IP is.
    # First sight: 1 of 6.
    (None, "Do not upload any data to an AI system that may be considered another's intellectual property.", set()),
    (None, "Never paste someone else's intellectual property into ChatGPT.", set()),
    (None, "Do not upload other people's intellectual property to AI tools.", set()),
    (None, "Do not upload our intellectual property to AI tools.", {SG}),
    (None, "Do not upload a book or an article to AI tools, unless it is your own intellectual property.", set()),
    (None, "Protecting intellectual property: do not upload material that belongs to someone else to AI tools.", set()),
    # Y. A permission for non-confidential work ('may use AI tools for non-confidential tasks', 'mag AI gebruiken voor
    # niet-vertrouwelijke taken') is limited by its own condition (guide decision 1); the word alone is no limit.
    # First sight: 2 of 4.
    (None, "Staff may use AI tools for non-confidential tasks, such as drafting general emails.", {SG}),
    (None, "Medewerkers mogen AI gebruiken voor niet-vertrouwelijke taken.", {SG}),
    (None, "Non-confidential documents are stored on the shared drive.", set()),
    (None, "Use only non-confidential information with AI tools.", {SG}),
    # Z. A contract as the condition of using a tool ('only use a tool if the University has a contract with the
    # supplier') frames the rule; 'false quotes' and 'quotes from sources' are quotations, not price quotes.
    # First sight: 3 of 6.
    (None, "Only use an AI tool if the school has a contract with the supplier.", set()),
    (None, "Gebruik een AI-tool alleen als de gemeente er een contract voor heeft afgesloten.", set()),
    (None, "AI must not be used to invent sources or create false quotes.", set()),
    (None, "Do not let AI make up quotes from experts.", set()),
    (None, "Do not paste contracts or quotes for clients into ChatGPT.", {SG}),
    (None, "Never share supplier quotes with AI tools.", {SG}),
    # AA. What could happen to data ('Sensitive or personal information could be stored or shared if not handled
    # properly', 'might be used to train models') is a risk (guide: facts and risks), not a rule; 'may not be shared'
    # and 'must not be stored' forbid.
    # First sight: 5 of 8 (the two with 'that could' added after a first try broke them).
    (None, "Privacy risks: client data could be stored or shared if it is not handled properly.", set()),
    (None, "Confidential information might be used to train models if you are not careful.", set()),
    (None, "Sensitive or personal information could be leaked when it is not protected.", set()),
    (None, "Client data must not be shared with AI tools.", {PG}),
    (None, "Confidential documents may not be uploaded to ChatGPT.", {SG}),
    (None, "Personal data could never be entered into our chatbot, as it is blocked.", set()),
    (None, "Never type in anything that could be used to trace a pupil.", {PG}),
    (None, "Do not use AI with documents that could be considered confidential.", {SG}),
    # AB. What a tool does, with a first verb of respecting or following ('Copilot respects the user's permissions
    # and does not use University information for its models'), is a fact about the tool; a rule after it counts.
    # First sight: 1 of 3.
    (None, "Copilot respects your permissions and does not use company data for its models.", set()),
    (None, "The assistant follows our access rights and does not store confidential documents.", set()),
    (None, "Copilot respects permissions, so never paste client data into it.", {PG}),
    # AC. Advice against the act ('we would always advise against uploading any sensitive or personal data',
    # 'recommends against entering student records') forbids it, as 'wij raden af' does; advice against something
    # that is no data rule names none. (The same reading belongs in force.py for every rule; here for the data
    # rules only.)
    # First sight: 2 of 6.
    (None, "We advise against uploading personal data to AI tools.", {PG}),
    (None, "We would always advise against pasting confidential documents into ChatGPT.", {SG}),
    (None, "The university recommends against entering student records into chatbots.", {PG}),
    (None, "We advise against using AI for every task.", set()),
    (None, "We would always advice against uploading sensitive files to AI tools.", {SG}),  # the policy's own typo
    (None, "We advise staff to share client files only through the secure portal.", set()),
    # AD. Data given to train a model ('Staff will not provide intellectual property, including learners' work, to be
    # used to train Generative AI models') is the training topic (guide decision 7), not data put into a tool at
    # work; 'as it may be used to train models' is the reason of a rule that still counts.
    # First sight: 4 of 6.
    (None, "Staff will not provide learners' work to be used to train AI models.", set()),
    (None, "Wij leveren geen klantgegevens aan om er AI-modellen mee te trainen.", set()),
    (None, "We do not hand over pupil records to be used to train models.", set()),
    (None, "Do not enter client data into ChatGPT, as it may be used to train models.", {PG}),
    (None, "Voer geen klantgegevens in ChatGPT in, want die worden gebruikt om modellen te trainen.", {PG}),
    (
        None,
        "Geef geen vertrouwelijke stukken in en kies een account waarbij de invoer niet gebruikt wordt om het model "
        "te trainen.",
        {SG},
    ),
    # AE. Clinical content, data, notes or records are the patients' ('tasks that do not involve clinical content'),
    # as medical records are; clinical judgement, decisions and risks are no data.
    # First sight: 3 of 6.
    (None, "I may use AI for administrative tasks that do not involve clinical content.", {PG}),
    (None, "Never paste clinical data into ChatGPT.", {PG}),
    (None, "Upload geen klinische gegevens naar een chatbot.", {PG}),
    (None, "Clinical guidelines for the use of AI are published on the intranet.", set()),
    (None, "Higher-risk uses require review: clinical content, legal content and automated actions.", set()),
    (None, "Using a tool outside its intended use can create clinical risks.", set()),
    # AF. A statement that raises concerns ('…, raising concerns about transparency and data privacy, as well as
    # issues around users sharing information that does not belong to them, such as company data') describes a
    # risk; a rule given because of the concerns counts.
    # First sight: 2 of 5.
    (
        None,
        "Some tools collect user data, raising concerns about users sharing company data that is not theirs.",
        set(),
    ),
    (None, "Dit roept zorgen op over het delen van klantgegevens die niet van jou zijn met AI.", set()),
    (None, "AI raises concerns about staff sharing client files that are not anonymised.", set()),
    (None, "Because of privacy concerns, do not share client files with AI tools.", {PG}),
    (None, "Given these concerns, never paste confidential documents into ChatGPT.", {SG}),
    # AG. Found by a stress test of made-up non-rules after the round: anonymised data named in what was done (a
    # past auxiliary: 'The AI tool was evaluated on anonymised test data', 'werd getest met geanonimiseerde dossiers')
    # is a fact, no duty to anonymise; asked or limited it is the rule.
    # First sight: 3 of 5.
    (None, "The AI tool was evaluated on anonymised test data before launch.", set()),
    (None, "Het model werd getest met geanonimiseerde dossiers.", set()),
    (None, "Only anonymised data may be entered into AI tools.", {PG}),
    (None, "Anonymised data must be used with AI.", {PG}),
    (None, "Names were removed, so the anonymised text may now go into Copilot.", set()),
    # AH. Letters of a person ('a patient's discharge letter', 'letters to clients') are personal data, as 'brieven'
    # are; a letter AI drafts is what AI makes.
    # First sight: 2 of 4.
    (None, "Never paste a patient's discharge letter into ChatGPT.", {PG}),
    (None, "Do not upload letters from clients to AI tools.", {PG}),
    (None, "Use AI to draft letters to clients.", set()),
    (None, "Letters are posted every afternoon.", set()),
    # AI. Board or committee papers are the organisation's confidential documents, as 'stukken' are.
    # First sight: 2 of 4.
    (None, "Keep board papers out of chatbots.", {SG}),
    (None, "Never upload committee papers to an AI tool.", {SG}),
    (None, "Board papers are published a week before the meeting.", set()),
    (None, "Keep board papers in the locked cabinet.", set()),
    # AJ. A second stress test: the Dutch plural 'loonstroken' is a person's payslips, as 'loonstrook' is; minutes of
    # a management team or board are notulen, not a time ('within 30 minutes of the board meeting').
    # First sight: 2 of 5.
    (None, "Laat AI geen loonstroken analyseren.", {PG}),
    (None, "Loonstroken staan in het personeelsportaal.", set()),
    (None, "Never share the minutes of the management team with an AI tool.", {SG}),
    (None, "Do not paste the minutes of the board into ChatGPT.", {SG}),
    (None, "Upload the file to the AI tool within 30 minutes of the board meeting.", set()),
    # AK. A third stress test: AI as the one that anonymises ('We use AI to anonymise large datasets', 'Onze AI-tool
    # anonimiseert automatisch namen') is a task given to AI or what a tool does, no duty to anonymise before AI.
    # First sight: 3 of 6.
    (None, "We use AI to anonymise large datasets for research.", set()),
    (None, "Onze AI-tool anonimiseert automatisch namen in documenten.", set()),
    (None, "The chatbot pseudonymises customer names before it stores a conversation.", set()),
    (None, "Anonimiseer gegevens voordat je AI gebruikt.", {PG}),
    (None, "Use anonymised data with AI tools.", {PG}),
    (None, "Before using AI tools, remember to anonymise client data.", {PG}),
]


@pytest.mark.parametrize(("kind", "text", "rules"), CASES)
def test_round12_data(kind: str | None, text: str, rules: set[str]) -> None:
    assert recognised_ids(text, kind) == rules
