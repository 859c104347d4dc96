"""Round six: classes of the third collection round's tune errors for geen-eindbesluit and altijd-controleren,
and the force of clauses, each in fresh wording written from the class (not copied from the corpus), with
near-misses that must not count. First-sight scores are in the comment above each class."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids

PG = "geen-persoonsgegevens"
EB = "geen-eindbesluit"
AC = "altijd-controleren"

# The first wave, written before any change of this round: on first sight 18 of 27 positives had their rule and
# 13 of 29 near-misses counted (by class: "critical that" 2/3 and 0/2; aims 2/2 and 3/3 counted; a non-AI
# basis 2/2 and 3/3; the user as decider 3/3 and 0/1; a check coordinated with an approval 1/4 and 0/2; an
# approved tool and a draft then reviewed 1/4 and 0/2; harmed decisions 3/3 counted; choosing a tool 0/4
# counted; documents, monitoring, uses and detecting AI use 3/8 counted; capacity 1/1 counted; the other
# near-misses 6/6). Three were added after the changes and failed on the engine before them as well: a basis
# "based on the output of the chatbot", a draft with Copilot then reviewed, a check beside monitoring a tool.
# Two "so"-variants were dropped with the change they tested (a clause after "so" no longer inherited a
# possibility's permission): benefit statements after "so" ("…, dus medewerkers besparen tijd bij het
# nakijken") then counted as checks, and no tune sentence needed it.
# (text, rules that must be recognised)
POSITIVE: list[tuple[str, set[str]]] = [
    # force: "it is critical/key/vital that/to …" is a duty
    ("It is critical that staff check every chatbot answer before they use it.", {AC}),
    ("Chatbots can invent sources, so it is critical that you verify any reference they give.", {AC}),
    ("It is key to review AI output before it is sent to a client.", {AC}),
    ("Het is van groot belang dat je de antwoorden van AI zelf controleert.", {AC}),
    # aims: a purpose in front of a rule keeps the rule; an aim in its own sentence does not take the next one
    ("To protect client privacy, never enter client names into ChatGPT.", {PG}),
    ("Our aim is simple. Staff must always check AI output before they use it.", {AC}),
    # a basis that is AI itself: the rule
    ("Students are not graded on the basis of AI output alone.", {EB}),
    ("Aanvragen worden nooit afgewezen op basis van alleen een algoritme.", {EB}),
    ("Applicants are not rejected based on the output of the chatbot.", {EB}),
    # the user as who decides
    ("Staff must be able to overrule AI suggestions, so decisions are made by the users, not the system.", {EB}),
    ("De gebruiker neemt de beslissing, niet de AI.", {EB}),
    ("Beslissingen worden genomen door de gebruiker, niet door het systeem.", {EB}),
    # a check coordinated with an approval, of a text or of everything, before it goes out or is used
    ("Every AI-drafted letter is reviewed and signed off by a caseworker before it is sent.", {AC}),
    ("Alle AI-teksten worden gecontroleerd en goedgekeurd door een medewerker voordat ze worden verstuurd.", {AC}),
    ("The clinician is responsible for reviewing and approving everything the tool drafts.", {AC}),
    ("Each public message is checked and approved by a human before it is published.", {AC}),
    # an approved tool is no check; a draft that someone then reviews is the check
    ("Your doctor uses an approved tool to write a draft letter, which they then review and sign.", {AC}),
    ("Staff use an approved chatbot to draft replies, which they then check.", {AC}),
    ("De arts gebruikt een goedgekeurde tool voor een conceptbrief, die zij daarna controleert.", {AC}),
    ("Drafting routine letters with Copilot, which are then subject to careful review.", {AC}),
    # near-misses of the exclusions below that must still count
    ("AI must not make decisions about residents.", {EB}),
    ("Never let a chatbot select applicants.", {EB}),
    ("AI does not choose which candidates are invited.", {EB}),
    # a tool word that qualifies its output is no tool chosen (found while writing the choosing class)
    ("Never simply approve AI recommendations about benefits.", {EB}),
    ("Evaluate chatbot advice on treatment with a clinician before acting on it.", {EB}),
    ("Always review AI outputs before you use them.", {AC}),
    ("Check whether the chatbot's answer is correct.", {AC}),
    ("High-risk outputs require review by a person.", {AC}),
    ("Always check AI outputs before you use them, and monitor the tool for errors.", {AC}),
]

# (text, rule that must not be recognised)
NOT: list[tuple[str, str]] = [
    # force: "critical" as important, a possibility followed by "so"
    ("Critical decisions about infrastructure are discussed by the board.", AC),
    ("It is critical that AI tools are bought through the IT department.", AC),
    # a benefit after "so": the clause takes the possibility's force and states no check
    ("ChatGPT kan teksten samenvatten, dus medewerkers besparen tijd bij het nakijken.", AC),
    # aims: a purpose statement is a mention (guide: "an aim")
    ("The purpose of this policy is to ensure that AI supports, not replaces, human decision-making.", EB),
    ("Het doel van deze richtlijn is dat AI de menselijke besluitvorming ondersteunt en niet vervangt.", EB),
    ("This guidance aims to make sure that AI never replaces the judgement of our staff in decisions.", EB),
    # decisions as what is harmed: their quality, not who takes them
    ("Leaders must ensure that AI does not have a negative effect on decisions about pupils.", EB),
    ("AI mag geen nadelige gevolgen hebben voor beslissingen over leerlingen.", EB),
    ("Ensure AI does not have a harmful effect on our outcomes, decisions or services.", EB),
    # choosing a tool
    ("We chose Copilot because it keeps the information of our staff safe.", EB),
    ("The school selected ChatGPT Edu for teachers and pupils.", EB),
    ("Wij kozen voor Copilot omdat het medewerkers helpt.", EB),
    ("Teams may choose a chatbot that suits their clients.", EB),
    # a decision on a basis that is not AI
    ("Students are not graded on their attendance.", EB),
    ("Leerlingen worden niet beoordeeld op basis van hun gedrag buiten de les.", EB),
    ("Applicants are never rejected on the basis of their age.", EB),
    # users choosing tools
    ("Users decide which AI tools they install.", EB),
    # approving tools and requests is a procedure
    ("New AI tools are reviewed and approved by the IT department before use.", AC),
    ("Requests to use AI are reviewed and approved by a manager.", AC),
    ("The draft budget is then reviewed by the board.", AC),
    ("Use an approved tool for your work.", AC),
    # reviewing a policy, monitoring over time, reviewing uses, detecting AI use
    ("All staff are required to read and review this policy.", AC),
    ("Review these guidelines before using Copilot.", AC),
    ("Continuously monitor and evaluate the outputs of AI systems against your standards.", AC),
    ("Periodically evaluate chatbot outputs for bias over time.", AC),
    ("High-risk uses of AI require review.", AC),
    ("Nieuwe toepassingen van AI vereisen vooraf een review.", AC),
    ("Teachers cannot verify whether students used ChatGPT for their homework.", AC),
    ("Controleer of leerlingen AI hebben gebruikt voor hun verslag.", AC),
    # capacity: being empowered to correct is a skill, "to correct" is no accuracy
    ("Schools should ensure staff are empowered to correct AI suggestions.", AC),
]


# A second wave, written after the changes above and run on the engine before this round (first sight 2 of 5
# positives; 3 of 7 near-misses counted): a headline of replacing judgement or decision-making (under a list
# of uses AI is not put to), a use or use case as what needs review (an approval procedure), detecting
# whether people used AI.
POSITIVE_2: list[tuple[str, set[str]]] = [
    ("Replacing professional judgement or decision-making.", {EB}),
    ("Substituting AI for professional judgement in decisions about clients.", {EB}),
    ("Menselijke besluitvorming vervangen door AI.", {EB}),
    ("Higher-risk outputs require review: clinical content and legal advice.", {AC}),
    ("Check whether the chatbot used reliable sources.", {AC}),
]

NOT_2: list[tuple[str, str]] = [
    ("Replacing manual data entry with AI.", EB),
    ("Replacing legacy systems before the decision deadline.", EB),
    ("Higher-risk uses require review: clinical content and customer letters.", AC),
    ("New use cases need review: chatbots, content generation and analytics.", AC),
    ("Risicovolle toepassingen vereisen een review: medische content en juridische teksten.", AC),
    ("Check whether students used ChatGPT for the essay.", AC),
    ("Je kunt niet nagaan of cursisten AI hebben gebruikt voor hun opdracht.", AC),
]


# A third wave: beside AI, deciding or approving what is published is the check before publishing (guide
# decision 9), not the decision rule; on the engine before this round 0 of 4 had the check (2 counted as the
# decision rule), 0 of 3 near-misses counted as a check.
POSITIVE_3: list[tuple[str, set[str]]] = [
    ("No chatbot decides which articles we publish.", {AC}),
    ("Een redacteur, niet de AI, bepaalt wat er op de website wordt gepubliceerd.", {AC}),
    ("AI wordt niet gebruikt voor de eindgoedkeuring van persberichten.", {AC}),
    ("We do not use AI for the final approval of posts.", {AC}),
    ("AI must not decide which residents receive a publication grant.", {EB}),
]

NOT_3: list[tuple[str, str]] = [
    ("We decide what to publish on social media.", AC),
    ("Our team decides which posts we publish on LinkedIn.", AC),
    ("No chatbot decides which articles we publish.", EB),
    ("We do not use AI for the final approval of posts.", EB),
]


# A fourth wave, from a batch of 37 made-up hard negatives in policy wording (2 counted on the engine before
# this round: a right to human review, and an aim that counted as a check): the right of a person affected to
# ask for review or to contest a decision is a right (guide: facts, risks and rights), not a rule for staff.
# On first sight 3 of 5 rights counted; the two near-misses had their rule (one with a check too many).
POSITIVE_4: list[tuple[str, set[str]]] = [
    ("AI never makes the final decision, and residents have the right to ask for a human review.", {EB}),
    ("Staff have the right to refuse AI tools, but AI output must always be checked before use.", {AC}),
]

NEGATIVE_4: list[str] = [
    "Residents have the right to request human review of an automated decision.",
    "Applicants have the right to ask for a human to review any decision made with AI.",
    "Inwoners hebben het recht om bezwaar te maken tegen een besluit dat met AI is voorbereid.",
    "You have the right to contest a decision based solely on automated processing.",
    "Cliënten hebben recht op menselijke tussenkomst bij een geautomatiseerd besluit.",
]


@pytest.mark.parametrize("text", NEGATIVE_4)
def test_round6_negative(text: str) -> None:
    assert recognised_ids(text) == frozenset()


def test_a_right_leaves_the_rule_beside_it() -> None:
    assert recognised_ids(POSITIVE_4[0][0]) == {EB}


@pytest.mark.parametrize(("text", "rules"), POSITIVE + POSITIVE_2 + POSITIVE_3 + POSITIVE_4)
def test_round6_positive(text: str, rules: set[str]) -> None:
    assert rules <= recognised_ids(text)


@pytest.mark.parametrize(("text", "rule"), NOT + NOT_2 + NOT_3)
def test_round6_not(text: str, rule: str) -> None:
    assert rule not in recognised_ids(text)
