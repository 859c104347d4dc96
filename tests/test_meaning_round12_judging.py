"""Round twelve, the judging rules (geen-eindbesluit, altijd-controleren): misses and false counts met in the
216 new tune sentences (tests/recognition_eval.py --split tune --show-errors, 1 December evening). Each class is
written in fresh wording before the engine was changed, with near-misses that must not count; the first-sight
score (how many cases of the group the engine answered right before the change) is in the comment above it.
(list, text, the rules it states, exactly); the list is None for a sentence on its own."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from rule_ids import AC, EB

CASES: list[tuple[str | None, str, set[str]]] = [
    # A. 'of' after an English decision noun is 'of', not the Dutch 'whether' that opens a choice of tools; a
    # decision of AI that staff must confirm ('unless confirmed by staff') is the decision rule, not a check
    # (first sight 3/6)
    (None, "AI systems must not be used where a decision of the system could harm a client.", {EB}),
    (None, "Never act on a decision of the model about a patient unless it is confirmed by a clinician.", {EB}),
    (None, "A decision of the chatbot about a benefit claim is never final unless confirmed by an officer.", {EB}),
    (None, "De directie besluit of AI-tools gebruikt mogen worden.", set()),
    (None, "The board will decide on the use of AI tools next year.", set()),
    (None, "Never publish AI output unless it is checked by an editor.", {AC}),
    # (added later: the noun before an English 'of' is what is judged, the tool after it its owner)
    ("mag_niet", "We will evaluate the performance of the chatbot after six months.", set()),
    ("mag_niet", "Assess the quality of the AI tool every year.", set()),
    # B. A parallel negation with 'nor' / 'noch' is one prohibition, as 'geen X, geen Y' is (first sight 3/6)
    (None, "We do not use AI to write reports, nor do we use it to make decisions about clients.", {EB}),
    (None, "Staff do not use chatbots for emails, nor do they let them decide on applications.", {EB}),
    (None, "AI wordt niet gebruikt voor verslagen, noch voor beslissingen over cliënten.", {EB}),
    (None, "We do not use AI for reports, nor for our newsletter.", set()),
    (None, "We do not use AI for reports, nor do we share it with clients.", set()),
    (None, "We do not use AI for translations, nor for images.", set()),
    # C. A concessive opening clause ('Although AI is a useful tool, …') is no definition of AI (first sight 2/5)
    (
        None,
        "Although AI technology is a helpful tool for clinical work, the final decision on a patient's treatment "
        "must be made by the clinician.",
        {EB},
    ),
    (None, "Hoewel AI een nuttige technologie is, neemt de arts altijd het besluit over de behandeling.", {EB}),
    (None, "While AI is a useful technology, decisions about applicants are always made by a person.", {EB}),
    (None, "AI is a technology that can support decisions about patients.", set()),
    (None, "Artificial intelligence is the capability of machines to make decisions.", set()),
    # D. A 'beschikking' is a decision about a person's case, whoever gives it (first sight 3/6)
    (None, "Geeft geen beschikkingen af", {EB}),
    (None, "De AI-assistent geeft geen beschikkingen.", {EB}),
    (None, "Laat de chatbot nooit een beschikking opstellen.", {EB}),
    (None, "De chatbot geeft geen indicatie van de wachttijd.", set()),
    (None, "Geeft geen adviezen over vakanties.", set()),
    (None, "De beschikking wordt per post verstuurd.", set()),
    # E. What AI 'has the potential to' do is a capability, not who decides (first sight 5/6)
    (None, "AI has the potential to speed up the assessment of student essays, according to teachers.", set()),
    (None, "Generative AI has the potential to transform hiring processes for recruiters.", set()),
    (None, "AI heeft de potentie om de beoordeling van aanvragen te versnellen voor medewerkers.", set()),
    (None, "AI has the potential to help, but teachers always decide on grades.", {EB}),
    (None, "AI must never decide on the assessment of students.", {EB}),
    (None, "Only people decide on job applications.", {EB}),
    # (added after the change: a duty beside the capability stays a rule)
    (None, "AI has the potential to harm applicants, so it must never decide on admissions.", {EB}),
    # F. A duty to tell people that AI is used for a decision is transparency, not who decides (first sight 4/6)
    (None, "Teachers must tell students if AI is used for grading.", set()),
    (None, "Recruiters should inform candidates when AI is used in recruitment.", set()),
    (None, "Docenten moeten studenten informeren als AI wordt gebruikt bij de beoordeling.", set()),
    (None, "Teachers must not use AI for grading.", {EB}),
    (None, "Do not use AI for recruitment decisions.", {EB}),
    (None, "Docenten gebruiken AI niet voor de beoordeling van studenten.", {EB}),
    # (added after the change: a rule after the telling stays a rule)
    (None, "Inform the patient if AI was used, and never let it decide on treatment.", {EB}),
    # G. Decision-making that must lead the selection and use of AI tools is tool governance (first sight 3/6)
    (None, "Human decision making must guide the selection and use of AI tools in our schools.", set()),
    (None, "Human oversight and decision-making should drive the adoption of AI tools.", set()),
    (None, "Menselijke besluitvorming moet leidend zijn bij de selectie en het gebruik van AI-tools.", set()),
    (None, "Human decision-making must remain in charge of decisions about students.", {EB}),
    (None, "Decisions about the selection of candidates must be made by people.", {EB}),
    (None, "Humans must always make the decisions about staff, not AI tools.", {EB}),
    # H. 'the choices people have' are their options, not a decision about them (first sight 4/6)
    (None, "The notice should explain how data is used and the choices people have.", set()),
    (None, "Tell residents about the choices they have.", set()),
    (None, "De brief beschrijft de keuzes die mensen hebben.", set()),
    (None, "AI must not make choices about people.", {EB}),
    (None, "AI may never make the choice about who gets a loan.", {EB}),
    (None, "Laat AI geen keuzes maken over cliënten.", {EB}),
    # I. A gerund that is the subject of a finite verb ('Providing this notice builds trust …') is no headline;
    # how AI affects decision-making is a topic (first sight 4/6)
    (None, "Providing this notice builds trust in how AI is affecting decision-making.", set()),
    (None, "Publishing the register shows how AI is influencing decision-making in councils.", set()),
    (None, "Explaining our tools helps residents see how AI shapes decisions.", set()),
    (None, "AI must not make decisions about residents.", {EB}),
    (None, "Decision-making about residents stays with people, not with AI.", {EB}),
    (None, "People, not AI, make the decisions that affect residents.", {EB}),
    # J. 'It is not the decision-maker': the pronoun stands for the AI of the sentence before (first sight 4/6)
    (None, "It is not the decision-maker.", {EB}),
    (None, "It is never the final decision-maker.", {EB}),
    (None, "Het is nooit de beslisser.", {EB}),
    (None, "The committee is not the decision-maker.", set()),
    (None, "The manager is the decision-maker.", set()),
    (None, "It is the decision-makers who must be trained.", set()),
    # K. An accusation against a person is a judgement of them: relying on AI alone for one is the decision rule
    # (first sight 3/6)
    (None, "Do not rely solely on AI detectors as the basis for accusations of cheating.", {EB}),
    (None, "Never accuse a student of plagiarism based only on an AI tool.", {EB}),
    (None, "Baseer een beschuldiging van fraude nooit uitsluitend op een AI-detector.", {EB}),
    # ("nooit alleen op een AI-detector", read as "not only" in round twelve: tests/test_meaning_round13.py, A)
    (None, "Report accusations of misconduct to HR.", set()),
    (None, "Do not rely solely on AI for your sources.", {AC}),
    (None, "Staff may be accused of misconduct when they breach this policy.", set()),
    # (added after the change, from a tune policy file: the basis named a few words after the accusation)
    (None, "Do not accuse a student of AI use based on writing style or fluency.", set()),
    (None, "Do not accuse a student of cheating based on AI detector scores.", {EB}),
    (
        None,
        "Using AI to rank students, applicants, employees, volunteers or other people based on their religion is "
        "prohibited.",
        set(),
    ),
    (None, "Do not let AI decide on loans, as such decisions must be based on a full file.", {EB}),
    # L. Judgement done by a person the policy speaks for ('performed by me', 'door ons'): the first-person
    # practice (first sight 4/8)
    (None, "All clinical judgement is performed by me.", {EB}),
    (None, "Every treatment decision is made by us.", {EB}),
    (None, "Clinical judgment is always exercised by us.", {EB}),
    (None, "Alle klinische oordelen worden door mij gevormd.", {EB}),
    (None, "This page was written by me.", set()),
    (None, "The summary is drafted by us.", set()),
    (None, "All bookings are handled by me.", set()),
    (None, "Chatbots can help with notes, but they do not replace clinical judgment.", set()),
    # M. A judgement that must be the person's own ('must reflect the assessor's own judgement') (first sight 4/6)
    (None, "Marking reports must reflect the examiner's own professional judgement.", {EB}),
    (None, "Feedback on theses should represent the supervisor's own judgement of the work.", {EB}),
    (None, "Een beoordeling moet het eigen oordeel van de docent weerspiegelen.", {EB}),
    (None, "Use your own judgement when you choose a tool.", set()),
    (None, "Our brochures reflect the team's own style.", set()),
    (None, "This page reflects our own judgement about which tools are safe.", set()),
    # N. Procedures to be put in place are a duty to make the rule, neither a check nor who decides (first
    # sight 3/6)
    (
        None,
        "Firms need procedures in place to ensure that staff review the AI output and make informed decisions.",
        set(),
    ),
    (None, "Organisations should have processes in place so that people review AI content.", set()),
    (None, "Schools must have procedures in place to ensure that teachers make decisions about grades.", set()),
    (None, "Ensure that staff review the AI output before they use it.", {AC}),
    (None, "Ensure that teachers, not AI, make decisions about grades.", {EB}),
    (None, "Staff must review AI content before it is sent.", {AC}),
    # O. 'interpretations' is what AI may generate, not the act of interpreting its output (first sight 4/6)
    (None, "AI tools must not be used to generate original content, interpretations or citations.", set()),
    (None, "Do not ask AI for content and interpretations of the law.", set()),
    (None, "Gebruik AI niet voor teksten en interpretaties van wetgeving.", set()),
    (None, "Always interpret AI output critically.", {AC}),
    (None, "Interpret what the chatbot writes with care before you use it.", {AC}),
    (None, "Interpreteer de uitkomsten van AI altijd kritisch.", {AC}),
    # P. Being accountable for one's own reviews or evaluations (nouns: what a reviewer writes) is
    # responsibility, not a check (guide decision 6) (first sight 5/6)
    (None, "Reviewers are fully accountable for the content of their reviews.", set()),
    (None, "Assessors remain responsible for the accuracy of their evaluations.", set()),
    (None, "Beoordelaars blijven verantwoordelijk voor de inhoud van hun beoordelingen.", set()),
    # (added after the first change: an evaluation is a reading word, not a check word)
    (None, "Assessors remain responsible for the content and recommendations in their evaluations.", set()),
    (None, "Reviewers must check any AI-generated text in their reviews.", {AC}),
    (None, "Reviewers are responsible for checking what the AI tool produces.", {AC}),
    (None, "Always review the AI output before you use it.", {AC}),
    # Q. Being responsible for reviewing and approving everything before it is recorded is the duty to check
    # (an approval of everything, not of a use) (first sight 5/8)
    (None, "Your doctor is responsible for reviewing and approving everything before it is saved in your file.", {AC}),
    (None, "Staff are responsible for reviewing and approving everything the assistant writes.", {AC}),
    (None, "The nurse is responsible for reviewing everything before it goes into the patient record.", {AC}),
    (None, "Verify that the AI tool does not keep patient records.", set()),
    (None, "Each editor reviews and approves everything before it is published.", {AC}),
    (None, "New AI tools must be reviewed and approved for the intended use.", set()),
    (None, "Projects are reviewed and approved by the board.", set()),
    (None, "The committee reviews and approves the budget.", set()),
    # R. Content reviewed and monitored regularly is oversight over time, not the check before use (first
    # sight 5/6)
    (None, "We ensure that all AI-generated content is regularly reviewed and monitored for accuracy.", set()),
    (None, "All AI-generated content is periodically reviewed and monitored for accuracy and fairness.", set()),
    (None, "We zorgen dat AI-gegenereerde inhoud regelmatig wordt gecontroleerd en gemonitord op juistheid.", set()),
    (None, "Ensure that all AI-generated content is accurate before use.", {AC}),
    (None, "All AI-generated content is reviewed for accuracy before publication.", {AC}),
    (None, "Zorg dat AI-gegenereerde inhoud juist is voordat je hem gebruikt.", {AC}),
    # S. A right to request a manual review belongs to the person affected, also after a clause that names
    # what AI made (first sight 6/7)
    (
        None,
        "All outputs made by AI tools are logged, and applicants have the right to request a manual review by staff.",
        set(),
    ),
    (
        None,
        "Decisions made by the system can be appealed, and residents have the right to ask for a human review.",
        set(),
    ),
    (None, "Content generated by AI is labelled, and users have the right to request a review by a person.", set()),
    (
        None,
        "All decisions made by the system are subject to human oversight, and clients have the right to request a "
        "manual review.",
        {EB},
    ),
    (None, "Content generated by AI is always reviewed by a person.", {AC}),
    (None, "Everything made by AI tools must be checked by staff.", {AC}),
    (None, "Applicants have the right to a decision, but AI output must always be checked.", {AC}),
    # T. A security or privacy review before use is an approval gate, not a check of what AI made (first sight
    # 3/6)
    (None, "The use of AI tools is prohibited without prior security and privacy review.", set()),
    (None, "New chatbots may not be used without a privacy review.", set()),
    (None, "AI-tools mogen niet worden gebruikt zonder voorafgaande security- en privacyreview.", set()),
    (None, "Do not publish AI output without prior review.", {AC}),
    (None, "Never send AI-generated text without a human review.", {AC}),
    (None, "Publiceer geen AI-teksten zonder controle.", {AC}),
    # U. 'beschouwd als' is regarding something as, not reading it (first sight 5/6)
    (None, "Dat kan werk besparen, mits AI verantwoord wordt gebruikt en als hulpmiddel wordt beschouwd.", set()),
    (None, "AI wordt bij ons als hulpmiddel beschouwd.", set()),
    (None, "Wij beschouwen AI als een nuttig hulpmiddel.", set()),
    (None, "Beschouw de output van AI kritisch.", {AC}),
    (None, "Beschouw wat AI schrijft altijd als een concept.", {AC}),
    (None, "Bekijk de AI-output altijd kritisch voordat je hem gebruikt.", {AC}),
    # V. A check told in the past tense is a story of one case, not a rule (first sight 4/7)
    (None, "The AI produced feedback, which our teachers then carefully reviewed and compared with their own.", set()),
    (None, "Last year our staff checked the summaries that the chatbot generated.", set()),
    (None, "Our editors verified every AI-generated caption in the pilot.", set()),
    (None, "The AI produces feedback, which our teachers then carefully review.", {AC}),
    (None, "Our editors verify every AI-generated caption before publication.", {AC}),
    (None, "AI-generated captions are verified by an editor.", {AC}),
    (None, "Only publish AI content that an editor reviewed.", {AC}),
    # W. AI treated as a drafting aid, not an authority: its output is a draft (first sight 4/7)
    (None, "GenAI should be treated as a drafting aid, not an authority.", {AC}),
    (None, "Treat the chatbot as a drafting assistant, never as an authority.", {AC}),
    (None, "AI moet worden behandeld als hulpmiddel bij het schrijven, niet als autoriteit.", {AC}),
    (None, "The policy team is the authority on AI use.", set()),
    (None, "Treat the style guide as the authority.", set()),
    (None, "The regulator is treated as an authority.", set()),
    (None, "The policy team is not an authority on AI tools.", set()),
    # X. A gerund item with its own review after the drafting ('Drafting …, which are then subject to review'),
    # the permission limited by its condition (guide decision 1) (first sight 3/6)
    (None, "Helping with the first drafting of routine letters, which are then subject to careful review.", {AC}),
    (None, "Drafting standard contracts, which are then reviewed by a lawyer.", {AC}),
    (None, "Preparing draft minutes, which are then checked by the secretary.", {AC}),
    (None, "Students write drafts, which teachers then discuss in class.", set()),
    (None, "Preparing the draft budget, which is then reviewed by the board.", set()),
    (None, "Drafting standard contracts for clients.", set()),
    # Y. What AI made that cannot be relied on or used 'as-is' is the duty to check it; reliance as a state with
    # a reason ('cannot be relied upon, as it may be wrong') stays a risk (first sight 4/6)
    (None, "AI-generated text can't be relied upon as-is, as it may be out of date.", {AC}),
    (None, "Never publish AI-generated content as-is.", {AC}),
    (None, "Chatbot answers should not be used as-is.", {AC}),
    (None, "AI output cannot be relied upon, as it may be wrong.", set()),
    (None, "The template can be used as-is.", set()),
    (None, "Our logo may not be changed and must be used as-is.", set()),
    # Z. A check that cannot be done is a fact ('kan niet worden nagekeken'), not a duty (first sight 4/7)
    (None, "Ingeleverd werk dat door AI is gemaakt, kan niet worden nagekeken.", set()),
    (None, "AI-generated sources often cannot be verified.", set()),
    (None, "Werk dat met AI is geschreven kan niet goed gecontroleerd worden.", set()),
    (None, "AI output may not be used unless it has been checked.", {AC}),
    (None, "Je mag AI-teksten niet gebruiken zonder ze te controleren.", {AC}),
    (None, "Controleer altijd wat AI schrijft.", {AC}),
    (None, "Content you cannot verify must not be used.", {AC}),
    # (added after the change: a second negation makes the unverifiable content forbidden)
    (None, "Content from AI that cannot be checked is not used.", {AC}),
    (None, "AI-teksten die we niet kunnen controleren, gebruiken we niet.", {AC}),
    # AA. The organisation's own practice in its own voice, a check of its texts gated before use or
    # publication ('our experts review our materials … before use'), even with no AI named (first sight 5/9)
    (None, "Our editors review every article before publication.", {AC}),
    (None, "In every case our lawyers check the documents for accuracy before use.", {AC}),
    (None, "Onze redacteuren controleren elk artikel voor publicatie.", {AC}),
    (None, "Our specialists review our leaflets to ensure accuracy before use.", {AC}),
    (None, "Our experts always review our brochures before publication.", {AC}),
    (None, "Our editors check every press release before it is used.", {AC}),
    (None, "Our teachers review homework every week.", set()),
    (None, "Our auditors review the accounts before the annual meeting.", set()),
    (None, "Our committee reviews new tools before use.", set()),
    # AB. A negation inside a purpose clause about harm ('to ensure it does not adversely impact …', 'zodat het
    # geen nadelige gevolgen heeft') forbids the harm, not AI's part in the decision (from a tune policy file)
    # (first sight 4/6)
    (
        None,
        "AI should be used with caution when screening job applicants to ensure it does not adversely affect anyone.",
        set(),
    ),
    (None, "Use AI carefully when ranking candidates so that it does not introduce bias.", set()),
    (
        None,
        "Wees voorzichtig met AI bij het selecteren van sollicitanten, zodat het geen nadelige gevolgen heeft.",
        set(),
    ),
    (None, "AI must not be used when screening job applicants.", {EB}),
    (None, "Do not use AI to screen job applicants.", {EB}),
    (None, "Gebruik AI niet bij het selecteren van sollicitanten.", {EB}),
    # The groups below come from the tune sentences added later the same evening (1679 in all).
    # AC. Reviewed and approved by a human is a person's check, not an approval procedure (first sight 4/7)
    (None, "Every recommendation that reaches a client is reviewed and approved by a human.", {AC}),
    (None, "Each answer that goes to a customer is checked and approved by a person.", {AC}),
    (None, "Elk advies dat een klant bereikt, wordt door een mens gecontroleerd en goedgekeurd.", {AC}),
    (None, "New AI tools are reviewed and approved by the board.", set()),
    (None, "Projects must be reviewed and approved before they start.", set()),
    (None, "Nieuwe toepassingen worden door de directie beoordeeld en goedgekeurd.", set()),
    (None, "Our standards rest on independent reporting and fact-checking, all done and verified by humans.", set()),
    # AD. 'internal controls' are the organisation's control framework, not a check (first sight 5/6)
    (None, "AI is used within defined internal controls and only in ways that strengthen human judgment.", set()),
    (None, "Our internal controls apply to every AI tool.", set()),
    (None, "AI wordt gebruikt binnen de interne controls en beheersmaatregelen.", set()),
    (None, "Always control the output of AI before you use it.", {AC}),
    (None, "Interne medewerkers controleren alle AI-teksten voor publicatie.", {AC}),
    (None, "Check internal documents made by AI before sending them.", {AC}),
    # AE. 'controleerbare', 'verifiable' describe the sources, they are no act of checking (first sight 3/6)
    (None, "Overnemen van AI-gegenereerde inhoud zonder controleerbare bronnen.", set()),
    (None, "Do not use AI content without verifiable references.", set()),
    (None, "Gebruik geen AI-teksten zonder verifieerbare bronvermelding.", set()),
    (None, "Overnemen van AI-gegenereerde inhoud zonder controle.", {AC}),
    (None, "Do not use AI content without verifying it.", {AC}),
    (None, "Gebruik geen AI-teksten zonder ze te verifiëren.", {AC}),
    # AF. Assessing the value of AI content to retain it is records management, not a check (first sight 3/6)
    (None, "Agencies must assess the value of content created by AI and retain it for the required period.", set()),
    (None, "Beoordeel de waarde van AI-gegenereerde documenten en bewaar ze volgens de archiefregels.", set()),
    (None, "Staff should evaluate the value of AI-generated records before archiving them.", set()),
    (None, "Agencies must assess the accuracy of content created by AI before it is used.", {AC}),
    (None, "Beoordeel AI-gegenereerde documenten kritisch voordat je ze verstuurt.", {AC}),
    (None, "Evaluate AI output carefully before you use it.", {AC}),
    # AG. Copying texts from the internet is copyright, not taking over AI output (first sight 4/6)
    (None, "Kopieer geen teksten van het internet waar copyright op rust.", set()),
    (None, "Do not copy texts from websites without permission.", set()),
    (None, "Never copy-paste content from the internet into your report.", set()),
    (None, "Kopieer geen teksten van ChatGPT zonder ze te lezen.", {AC}),
    (None, "Do not copy-paste outputs.", {AC}),
    (None, "Never copy AI answers straight into a letter.", {AC}),
    # AH. A definition 'X is where …' / 'X is wanneer …' is no rule (first sight 3/6)
    (
        None,
        "Automated decision-making is where a tool is used to make decisions about people without human input.",
        set(),
    ),
    (None, "Profiling is when a system is used to evaluate people automatically.", set()),
    (None, "Geautomatiseerde besluitvorming is wanneer een systeem zonder mens besluit over mensen.", set()),
    (None, "AI must not make decisions about people without human input.", {EB}),
    (None, "The rule is that a person decides on every application.", {EB}),
    (None, "Besluiten over mensen neemt altijd een mens.", {EB}),
    # AI. What a policy covers ('It covers … including automated decision-making') is its scope
    # (first sight 5/7)
    (
        None,
        "It covers AI applications affecting residents, businesses and employees, including automated "
        "decision-making and analytics.",
        set(),
    ),
    (None, "The policy covers tools used by teachers, pupils and staff, including automated grading.", set()),
    (None, "Het omvat AI voor medewerkers, inwoners en bedrijven, waaronder geautomatiseerde besluitvorming.", set()),
    (None, "This policy forbids automated decisions about staff.", {EB}),
    (None, "It covers one rule: AI never decides about residents.", {EB}),
    (None, "Dit beleid verbiedt geautomatiseerde besluiten over inwoners.", {EB}),
    (None, "Human oversight applies to every decision about a resident.", {EB}),
    # AJ. Being transparent when decisions are made by AI is transparency, not who decides (first sight 5/6)
    (
        None,
        "Be transparent in AI projects that might negatively impact members of staff, particularly when decisions "
        "are rendered fully by an AI system.",
        set(),
    ),
    (None, "Be open about tools that might affect employees, especially when decisions are made by AI alone.", set()),
    (None, "Wees transparant als besluiten over klanten door een AI-systeem worden genomen.", set()),
    (None, "Decisions about members must never be made by an AI system alone.", {EB}),
    (None, "Be transparent, and never let AI decide about members.", {EB}),
    (None, "Besluiten over klanten worden nooit door een AI-systeem genomen.", {EB}),
    # AK. Delegating 'the thinking' is no decision; delegating the decision is (first sight 5/6)
    (None, "We use AI to help us think, but we never delegate the thinking itself.", set()),
    (None, "Never delegate your creativity to AI.", set()),
    (None, "Delegeer nooit het schrijven zelf aan AI.", set()),
    (None, "Never delegate decisions about clients to AI.", {EB}),
    (None, "Never delegate the final judgement on a patient to AI.", {EB}),
    (None, "Delegeer nooit de beslissing over een aanvraag aan AI.", {EB}),
    # AL. Responsibility for decision-making beside AI limited to recommending is the deciding assigned to
    # people (guide decision 9: people, not the AI, decide) (first sight 4/6)
    (
        None,
        "AI can provide recommendations, but the responsibility for decision-making is still the responsibility of "
        "our staff.",
        {EB},
    ),
    (None, "AI may only suggest; responsibility for decisions about children lies with our staff.", {EB}),
    (None, "AI geeft alleen suggesties; de verantwoordelijkheid voor beslissingen ligt bij de medewerker.", {EB}),
    (None, "Staff remain accountable for decisions they make with AI.", set()),
    (None, "De eindverantwoordelijkheid voor beslissingen ligt bij de professional.", set()),
    (None, "Managers are responsible for decisions about budgets.", set()),
    # AM. Assessing submissions for peer review is judging people's work (guide decision 9) (first sight 3/6)
    (None, "AI should not be used to assess peer review material.", {EB}),
    (None, "Do not use AI to evaluate manuscripts submitted for review.", {EB}),
    (None, "Gebruik AI niet om ingediende manuscripten te beoordelen.", {EB}),
    (None, "Use AI to format your manuscript.", set()),
    (None, "Authors must disclose AI use in their manuscript.", set()),
    (None, "AI should not be used to assess the weather.", set()),
    # AN. The public impacted by AI without a human intervening is the decision rule, not a check (first
    # sight 3/6)
    (None, "We do not use AI where the public may be significantly impacted by it without human intervention.", {EB}),
    (None, "AI must not affect residents without a human intermediary.", {EB}),
    (None, "AI mag inwoners niet raken zonder menselijke tussenkomst.", {EB}),
    (None, "Never publish AI output without human intervention.", {AC}),
    (None, "AI output must not be sent to residents without human review.", {AC}),
    (None, "Zonder menselijke tussenkomst gaat er geen AI-tekst naar inwoners.", {AC}),
    # AO. A check of information 'therefore' / 'daarom' takes its object from the sentence before, which named what
    # AI made (from a tune policy file, en-tilburg-university-tilly) (first sight 5/8)
    (None, "Staff should therefore apply critical judgement and verify important information.", {AC}),
    (None, "Gebruikers moeten daarom belangrijke informatie verifiëren.", {AC}),
    (None, "Users should therefore always confirm essential information.", {AC}),
    (None, "Staff should therefore apply critical judgement and check key facts.", {AC}),
    (None, "Staff should therefore check their email daily.", set()),
    (None, "Verify important information about the event on our website.", set()),
    (None, "Critical judgement is a core skill for our students.", set()),
    (None, "Check your calendar before you send the invitation.", set()),
    # AP. AI as the subject of 'grade' after 'let' ('Do not let AI grade student work'), found by a stress test
    # (first sight 3/6)
    (None, "Do not let AI grade student work.", {EB}),
    (None, "Never let ChatGPT grade essays.", {EB}),
    (None, "Don't let the chatbot grade exams.", {EB}),
    (None, "AI grades are shown in the dashboard.", set()),
    (None, "Students may let AI grade their practice quizzes.", set()),
    (None, "The AI grade report is sent every week.", set()),
    # AQ. Assessing new AI applications or tools is tool governance, also after 'nieuwe' / 'new', found by a stress
    # test (first sight 4/6)
    (None, "De commissie beoordeelt nieuwe AI-toepassingen.", set()),
    (None, "The committee assesses new AI applications each quarter.", set()),
    (None, "Het team evalueert bestaande AI-tools.", set()),
    (None, "AI beoordeelt nooit nieuwe aanvragen van inwoners.", {EB}),
    (None, "Laat AI geen nieuwe sollicitanten beoordelen.", {EB}),
    (None, "Do not let AI assess new applicants.", {EB}),
    # AR. A verb of making ('maakt', 'schrijft', 'geeft') is what AI made only with AI as its maker: 'Controleer je
    # agenda voordat je een afspraak maakt' checks another object, found by a stress test (first sight 4/6)
    (None, "Controleer je agenda voordat je een afspraak maakt.", set()),
    (None, "Controleer het adres voordat je de envelop dichtmaakt.", set()),
    (None, "Check your calendar before the secretary writes the invitation.", set()),
    (None, "Controleer wat AI maakt.", {AC}),
    (None, "Controleer altijd wat ChatGPT schrijft.", {AC}),
    (None, "Check what the chatbot says before you act on it.", {AC}),
    # AS. AI's outcome that is not decisive in the assessment of people is the decision rule, no check of the
    # output, found by a stress test (first sight 3/6)
    (None, "Laat de uitkomst van AI nooit doorslaggevend zijn bij de beoordeling van leerlingen.", {EB}),
    (None, "AI output is never decisive in the assessment of candidates.", {EB}),
    (None, "De uitkomst van AI is niet bepalend bij de beoordeling van sollicitanten.", {EB}),
    (None, "Beoordeel de uitkomst van AI altijd kritisch.", {AC}),
    (None, "Lees de uitkomst van AI altijd zelf na.", {AC}),
    (None, "Assess AI output critically before you use it.", {AC}),
    # AT. 'What the AI does (not) do: verify facts' lists the AI's tasks, no person's check (first sight 4/6)
    (None, "Wat de AI niet doet: feiten verifiëren.", set()),
    (None, "What the AI does not do: verify facts or check sources.", set()),
    (None, "Wat de chatbot doet: teksten samenvatten en spelling controleren.", set()),
    (None, "Wat jij doet: de output van AI altijd controleren.", {AC}),
    (None, "What you do: always check what the AI writes.", {AC}),
    (None, "Wat je altijd doet: AI-teksten controleren.", {AC}),
]


@pytest.mark.parametrize(("kind", "text", "rules"), CASES)
def test_round12_judging(kind: str | None, text: str, rules: set[str]) -> None:
    assert recognised_ids(text, kind) == rules
