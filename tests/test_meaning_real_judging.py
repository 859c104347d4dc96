"""Deciding and checking in the wording of real policies: the classes of the tune half's misses and false
positives of geen-eindbesluit and altijd-controleren (third collection round), each tested in fresh wording
written from the class, not copied from the corpus, with hard negatives beside the positives.

Also the clause-force classes asked for by the data rules (a hedge such as "where possible", a list of verbs,
a list of subjects whose last member carries the verb, "niet alleen").
"""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids

PG = "geen-persoonsgegevens"
BG = "geen-bedrijfsgeheimen"
EB = "geen-eindbesluit"
AC = "altijd-controleren"

# (text, rules that must be recognised, rules that may also be)
POSITIVE: list[tuple[str, set[str], set[str]]] = [
    # a person or role named as who decides beside AI that only suggests, whatever the role is called
    ("AI may only suggest; the dentist decides.", {EB}, set()),
    ("A dentist makes every treatment decision; AI may only suggest.", {EB}, set()),
    ("De apotheker beslist, de AI geeft alleen een signaal.", {EB}, set()),
    ("The software only flags cases; the inspector decides.", {EB}, set()),
    ("Our chatbot suggests a reply, and the underwriter makes the decision.", {EB}, set()),
    # the final approver, decider or decision-maker
    ("AI must never be the final approver of a refund.", {EB}, set()),
    ("Laat AI nooit de laatste beslisser zijn over een aanvraag.", {EB}, set()),
    # escalating decisions to a person; an imperative to take the final decision yourself
    ("Escalate decisions about refunds and complaints to a team lead.", {EB}, set()),
    ("Escaleer beslissingen over cliënten naar een behandelaar.", {EB}, set()),
    ("Take final decisions on claims and complaints.", {EB}, set()),
    # a list of uses AI is not put to, each with its own negation
    (
        "We zetten AI niet in voor de definitieve goedkeuring van subsidies, niet voor het schrijven van brieven "
        "en niet voor contact met inwoners.",
        {EB},
        set(),
    ),
    # a machine that decides on its own what is published: the check before publishing (guide decision 9;
    # read as the decision rule until round six)
    ("No automated system decides on its own what gets published.", {AC}, set()),
    ("Geen automatische afwijzing van een aanvraag zonder menselijke beoordeling.", {EB}, set()),
    # "without human review" qualifying a decision is the decision rule, not a check of output
    ("Never let AI reject an applicant without human review.", {EB}, set()),
    ("Make final promotion or dismissal decisions without human review", {EB}, set()),
    # checking everything; a bare check after the sentence that named what AI gives
    ("Verify everything.", {AC}, set()),
    ("Controleer alles.", {AC}, set()),
    ("Check everything a chatbot tells you.", {AC}, set()),
    ("Dus controleer.", {AC}, set()),
    # a person as who checks, named as the subject or in "with a person checking"
    ("Humans review, AI assists.", {AC}, set()),
    ("Mensen controleren, AI ondersteunt.", {AC}, set()),
    ("Translate the letter with AI, with a human checking the translation against the original.", {AC}, set()),
    # a check as the gate before a text goes out, stated as standing practice
    ("An editor reads every article before it is published.", {AC}, set()),
    ("Een jurist controleert alles wat we versturen.", {AC}, set()),
    ("You review before you send or publish.", {AC}, set()),
    ("De eindredactie leest elke tekst voordat die live gaat.", {AC}, set()),
    # AI itself called a draft or a starting point
    ("AI is a starting point.", {AC}, set()),
    ("ChatGPT is een eerste aanzet.", {AC}, set()),
    # not a source on its own; never assuming accuracy (nauwkeurigheid)
    ("Chatbot answers are never treated as a source on their own.", {AC}, set()),
    ("Ga er nooit van uit dat de nauwkeurigheid van AI-antwoorden gegarandeerd is.", {AC}, set()),
    # using what AI made as it is ("zomaar"); the accuracy of the end product
    ("Gebruik wat een chatbot schrijft niet zomaar.", {AC}, set()),
    ("Always check the accuracy of the final text that AI helped you write.", {AC}, set()),
    # information from AI tools is what AI gave
    ("Staff must verify information from chatbots before they use it in letters.", {AC}, set()),
    # clause force: a hedge keeps the duty, a list of verbs keeps the negation, list members take the verb's
    ("Replace client names with placeholders wherever possible.", {PG}, set()),
    ("Anonimiseer waar mogelijk alle namen van leerlingen.", {PG}, set()),
    ("Waar mogelijk: vervang de namen van cliënten door fictieve namen.", {PG}, set()),
    ("Where feasible, remove client names before you paste a text into a chatbot.", {PG}, set()),
    ("Never copy, paste, or upload pupil records to a chatbot.", {PG}, set()),
    ("Do not use AI to collect, store or disclose patient information.", {PG}, set()),
    (
        "Staff are expected to ensure that contracts, pupil records, and other internal files are not uploaded "
        "to AI tools.",
        {PG},
        {BG},
    ),
]

# (text, rule that must not be recognised)
NOT: list[tuple[str, str]] = [
    # a role beside AI only counts when AI is limited or negated; organisations deciding on AI use
    ("De directie besluit de notulen voortaan met AI samen te vatten.", EB),
    ("The board decides which AI tools we use.", EB),
    ("The algorithm decides who gets a loan.", EB),
    # the final say on an organisational matter; an imperative to decide without finality
    ("Make the final decision on the budget.", EB),
    ("Make decisions quickly.", EB),
    ("Escalate incidents to the IT helpdesk.", EB),
    # who checks is not who decides
    ("All AI output is reviewed by a staff member before it informs decisions about clients.", EB),
    # a decision word naming a kind of record
    ("Do not paste loan decision letters into ChatGPT.", EB),
    # the approval of a tool or a deployment
    ("Only use the approved enterprise deployment for client work.", EB),
    ("Gebruik geen tool die niet goedgekeurd is voor werk met cliëntgegevens.", EB),
    # final responsibility, and "niet alleen"
    ("De eindverantwoordelijkheid ligt altijd bij de medewerker.", EB),
    ("AI is niet alleen een hulpmiddel voor teksten, maar ook voor analyses.", EB),
    # decisions qualified by review: no check of output
    ("Never let AI reject an applicant without human review.", AC),
    ("Make final promotion or dismissal decisions without human review", AC),
    # critical as important, carefully without reading
    ("Critical decisions and financial records should never rely solely on AI output.", AC),
    ("We use generative AI carefully and responsibly.", AC),
    ("Critical infrastructure data must never be entered into AI tools.", AC),
    # a person's own things, a system going live, another object before sending
    ("People review their own calendars every week.", AC),
    ("Mensen controleren hun e-mail te vaak.", AC),
    ("Staff check everything twice.", AC),
    ("New use cases are reviewed before they go live.", AC),
    ("Check your calendar before you send the invitation.", AC),
    ("The committee reviews all proposals before they are published.", AC),
    # AI is a concept; AI is one source among many
    ("AI is een breed concept.", AC),
    ("Generatieve AI is een nieuwe versie van oude technologie.", AC),
    ("AI is niet de enige bron van informatie in onze organisatie.", AC),
    # accuracy of other things, a bare check of something else
    ("Werk nauwkeurig bij het invullen van je uren.", AC),
    ("Check in bij de receptie.", AC),
    # the prompt or the input; tools that make a check possible; features described
    ("Check eerst je prompt: is die duidelijk genoeg?", AC),
    ("Docenten krijgen functies om AI-output te controleren en bij te sturen.", AC),
    ("Output-validatie en contentfilters zijn actief.", AC),
    ("De chatbot antwoordt op basis van gecontroleerde bronnen.", AC),
    ("Our assistant answers questions from verified sources.", AC),
    # AI given the check as its task
    ("Staff may use AI to draft, summarise, translate, and review documents.", AC),
    # an opening phrase before a noun, not an imperative
    ("In 2023, use of personal data in AI tools doubled.", PG),
    # "zomaar" without what AI made
    ("Je kunt niet zomaar een nieuwe tool installeren.", AC),
]

# A second wave for the same classes, written after the changes above and run before the changes below
# (first sight 13 of 17 positives, 2 of 15 negatives counted; after 17/17, 0/15): referring a decision, what
# we publish ("wat we publiceren"), a starting point to treat answers as, text from ChatGPT copied, a team's
# review before sending, a starting point for someone.
POSITIVE_2: list[tuple[str, set[str], set[str]]] = [
    ("The radiologist decides; the model only highlights areas of concern.", {EB}, set()),
    ("Copilot proposes, the caseworker decides.", {EB}, set()),
    ("AI kan alleen adviseren; de docent bepaalt het cijfer.", {EB}, set()),
    ("The final sign-off always belongs to a named officer, never to an AI system.", {EB}, set()),
    ("AI must not act as the final decision-maker on benefit claims.", {EB}, set()),
    ("Refer any decision about a tenancy to the housing officer.", {EB}, set()),
    ("Leg beslissingen over toelating altijd voor aan de examencommissie.", {EB}, set()),
    ("Do not let a chatbot approve or deny refunds without a person looking at it.", {EB}, {AC}),
    ("Every AI-assisted answer is checked by a colleague before it goes to the customer.", {AC}, set()),
    ("Wat we publiceren, leest altijd eerst een redacteur.", {AC}, set()),
    ("Check it all.", {AC}, set()),
    ("Verifieer alles wat je overneemt.", {AC}, set()),
    ("AI-output is ruw materiaal, geen eindproduct.", {AC}, set()),
    ("Treat chatbot answers as a starting point.", {AC}, set()),
    ("Never assume the accuracy of an AI summary.", {AC}, set()),
    ("We do not consider AI output correct until a person has checked it.", {AC}, set()),
    ("Do not copy text from ChatGPT straight into a report.", {AC}, set()),
]

NEGATIVE_2: list[str] = [
    "The manager decides on the training budget; AI only drafts the plan.",
    "Our team decides which chatbot we buy.",
    "The council decides on the AI strategy next year.",
    "Critical thinking skills are part of our training offer.",
    "Critical systems are monitored around the clock.",
    "Employees check their email before meetings.",
    "The communications team reviews all press releases before they are sent.",
    "Escalate technical problems to the helpdesk.",
    "Make a decision about which tool to use.",
    "De kwaliteit van AI-tools verschilt sterk.",
    "Controleer of je de nieuwste versie van de app hebt voordat je een bericht verstuurt.",
    "Lees de handleiding voordat je de tool gebruikt.",
    "Wij verifiëren de identiteit van bellers voordat we informatie versturen.",
    "AI is a starting point for many organisations.",
    "Het besluit om Copilot in te voeren is genomen door de directie.",
]


# A third wave, in the wording of published policies (first sight 20 of 22 positives, 2 of 17 negatives
# counted; after 22/22, 1/17: "Managers approve leave requests in the HR system" still counts, a system named
# beside a decider): human oversight of AI-generated output, a Dutch selection verb after its object ("om
# sollicitanten te selecteren"), choosing an action ("besluit om medewerkers te trainen"), accuracy of another
# object ("facturen op juistheid"). Only the changed classes are kept here.
POSITIVE_3: list[tuple[str, set[str], set[str]]] = [
    ("Human oversight is required for all AI-generated communications to the public.", {AC}, set()),
    ("Menselijk toezicht op AI-output is verplicht.", {AC}, set()),
    ("Gebruik AI niet om sollicitanten te selecteren of af te wijzen.", {EB}, set()),
    ("AI mag niet besluiten om een aanvraag af te wijzen.", {EB}, set()),
    ("Laat een AI-tool nooit beslissen om iemand te ontslaan.", {EB}, set()),
    ("AI-generated content should always be validated by a subject matter expert.", {AC}, set()),
    ("Final decisions on hiring, promotion and termination must be made by people.", {EB}, set()),
]

NEGATIVE_3: list[str] = [
    "Human oversight of AI systems is part of our governance.",
    "De directie besluit om medewerkers te trainen in AI.",
    "We besluiten om aanvragen sneller af te handelen met AI.",
    "Wij controleren facturen op juistheid voordat we ze betalen.",
    "Check the accuracy of your timesheet before you submit it.",
    "Our chatbot checks your question against our knowledge base.",
    "De AI-tool controleert teksten op spelfouten.",
]


# A fourth wave, English wording of published policies, 25 decision and 20 checking sentences (first sight:
# 24 of 25 decisions and 18 of 20 checks had their rule, 2 got the other rule as well or instead): profiling of
# residents, approving an AI-written reply is its check (not a decision), using AI's content verbatim or
# "ongewijzigd", decisions "under human control" (the decision rule, not a check). The changed classes:
POSITIVE_4: list[tuple[str, set[str], set[str]]] = [
    ("AI must not be used for profiling of residents.", {EB}, set()),
    ("Make sure a person has read and approved any AI-written reply before it is sent.", {AC}, set()),
    ("Managers approve AI-generated summaries before they are shared.", {AC}, set()),
    ("Content from AI should never be used verbatim.", {AC}, set()),
    ("Neem AI-teksten nooit ongewijzigd over.", {AC}, set()),
    ("Decisions must remain under human control.", {EB}, set()),
    ("AI must not approve loan applications.", {EB}, set()),
]

NEGATIVE_4: list[str] = [
    # a fifth wave of hard negatives in policy wording (first sight 3 of 30 counted; after 1: "Results generated
    # by AI may need to be verified" still counts, a hedged duty): tools reviewed "regularly", knowing how to check
    "Our AI tools are regularly reviewed for accuracy and bias.",
    "Het is belangrijk dat medewerkers weten hoe ze AI-output kunnen controleren.",
    "Decisions about the use of AI in teaching are made by the faculty.",
    "Individuals have the right not to be subject to a decision based solely on automated processing.",
    "Besluiten over AI-projecten worden genomen door de stuurgroep.",
    "Algoritmes die beslissingen nemen over burgers staan in het algoritmeregister.",
    "Quote the source verbatim.",
    "Residents can ask questions to our chatbot.",
    "The chatbot answers questions from residents about waste collection.",
]


@pytest.mark.parametrize(("text", "rules", "also"), POSITIVE + POSITIVE_2 + POSITIVE_3 + POSITIVE_4)
def test_judging_positive(text: str, rules: set[str], also: set[str]) -> None:
    found = recognised_ids(text)
    assert rules <= found <= rules | also


@pytest.mark.parametrize(("text", "rule"), NOT)
def test_judging_not(text: str, rule: str) -> None:
    assert rule not in recognised_ids(text)


@pytest.mark.parametrize("text", NEGATIVE_2 + NEGATIVE_3 + NEGATIVE_4)
def test_judging_negative_2(text: str) -> None:
    assert recognised_ids(text) == frozenset()


def test_off_limits_is_a_prohibition() -> None:
    from aibeleid_check.meaning.force import Force, clause_forces
    from aibeleid_check.meaning.text import read

    assert clause_forces(read("Client files are off limits for AI tools."), None)[0][0] is Force.PROHIBITION
    assert clause_forces(read("Switch off limits on the account."), None)[0][0] is not Force.PROHIBITION


def test_critical_eye_still_checks() -> None:
    # Round 26 changed this: "Be critical of what a chatbot tells you." was here as a check. Being critical is an
    # attitude told, no act of checking (guide: "kritisch blijven in de toepassing van AI"; the tune half labels
    # "remain critical of results" []), and the Dutch "Blijf kritisch op wat AI zegt" already did not count; both
    # languages now agree (tests/test_meaning_round26.py). A critical eye or reading critically stays the check.
    assert AC not in recognised_ids("Be critical of what a chatbot tells you.")
    assert AC in recognised_ids("Read AI summaries carefully before you rely on them.")
    assert AC in recognised_ids("Kijk met een kritische blik naar AI-antwoorden.")
