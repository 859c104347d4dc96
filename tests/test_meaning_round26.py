"""Round 26: the testers' wrong answers and the tune half's false counts, fixed as classes. Each class has the
tester's or the tune half's sentence, at least three wordings made up for the class (Dutch and English where it
applies) and near-misses that must stay as they are; none of the made-up sentences is copied from the corpus."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from rule_ids import AC
from rule_ids import EB as GE
from rule_ids import PG as PD
from rule_ids import SG as BG


# 1. A piece of work in the question someone decides ("Which quotes we send is decided by Yara, not by AI") is the
#    matter of the decision rule, not a business secret put into AI; a person set against AI decides it.
@pytest.mark.parametrize(
    "text",
    [
        "Which quotes we send is decided by Yara, not by AI.",  # tester: counted geen-bedrijfsgeheimen too
        "Whether a quote goes out is decided by me or Yara, not by AI.",  # tester
        "Whether an invoice is sent is decided by our bookkeeper, not by AI.",
        "Yara decides which quotes we send, not AI.",
        "We decide whether a quote goes out, not AI.",
        "Welke offertes we versturen, beslist Yara, niet de AI.",
        "Of een offerte de deur uitgaat, beslissen ik of Yara, niet AI.",
    ],
)
def test_work_in_a_decided_question_is_the_decision_only(text: str) -> None:
    assert recognised_ids(text) == {GE}


@pytest.mark.parametrize(
    "text",
    ["Never send quotes to ChatGPT.", "Stuur nooit offertes naar ChatGPT.", "Offertes gaan nooit de chatbot in."],
)
def test_work_sent_to_ai_stays_a_business_secret(text: str) -> None:
    assert recognised_ids(text) == {BG}


def test_choosing_tools_against_a_person_is_no_decision() -> None:
    assert GE not in recognised_ids("The director decides which AI tools we use, not the IT team.")


# 2. Work that may not go out unread ("Geen offerte gaat de deur uit zonder dat een collega hem heeft gelezen") is
#    the check of work going out, no business secret kept from AI.
@pytest.mark.parametrize(
    "text",
    [
        "Geen offerte gaat de deur uit zonder dat een collega hem heeft gelezen.",  # tester: counted bg, no ac
        "No quote goes out without a colleague reading it first.",
        "Geen brief gaat de deur uit zonder dat iemand hem heeft gelezen.",
        "Niets gaat naar de klant zonder dat een collega het heeft gelezen.",
        "No letter goes out to a client without someone reading it.",
    ],
)
def test_work_going_out_unread_is_the_check(text: str) -> None:
    assert recognised_ids(text) == {AC}


@pytest.mark.parametrize(
    "text",
    [
        "Geen pakket gaat de deur uit zonder dat het is gewogen.",  # a parcel is no piece of work
        "No parcel goes out without being weighed.",
        "Geen medewerker gaat de deur uit zonder dat hij zijn laptop heeft vergrendeld.",
    ],
)
def test_other_things_going_out_are_no_check(text: str) -> None:
    assert recognised_ids(text) == frozenset()


@pytest.mark.parametrize("text", ["Geen offerte gaat naar ChatGPT.", "No quote goes into ChatGPT."])
def test_work_going_into_ai_stays_a_business_secret(text: str) -> None:
    assert BG in recognised_ids(text)


def test_work_going_out_without_a_signature_is_no_secret() -> None:
    assert BG not in recognised_ids("Geen offerte gaat de deur uit zonder handtekening.")


# 3. The figures of the business ("de omzet en de marges van de zaak", "de cijfers van de winkel") are its business
#    secrets, also when the Dutch imperative and its particle stand far apart ("Voer … nooit in ChatGPT in").
@pytest.mark.parametrize(
    "text",
    [
        "Voer de omzet en de marges van de zaak nooit in ChatGPT in.",  # tester: counted nothing
        "Voer de cijfers van de zaak nooit in ChatGPT in.",
        "Voer de omzet van het bedrijf nooit in ChatGPT in.",
        "Plak de cijfers van de winkel nooit in ChatGPT.",
        "Never paste the figures of the shop into ChatGPT.",
        "Never paste the shop's figures into ChatGPT.",
    ],
)
def test_figures_of_the_business_are_secrets(text: str) -> None:
    assert recognised_ids(text) == {BG}


@pytest.mark.parametrize(
    "text", ["De cijfers van de zaak staan in de kluis.", "Vul de cijfers van de zaak elke maand in."]
)
def test_figures_of_the_business_without_ai_are_no_rule(text: str) -> None:
    assert recognised_ids(text) == frozenset()


# 4. Pasting into an AI tool is input: "assessment results" pasted into ChatGPT are no AI output taken over, and a
#    judging noun before a record noun names the record ("assessment results"), no act of checking.
@pytest.mark.parametrize(
    "text",
    [
        "Never paste assessment results into ChatGPT.",  # tester: counted altijd-controleren
        "Never paste test results into ChatGPT.",
        "Never copy the results into a chatbot.",
        "Kopieer nooit de uitkomsten van een toets naar ChatGPT.",
        "Share assessment results only with the pupil's parents.",
    ],
)
def test_results_put_into_ai_are_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)
    assert AC not in recognised_ids(text, "mag_niet")


@pytest.mark.parametrize(
    "text",
    [
        "Never paste AI results into reports without checking them.",
        "Kopieer AI-antwoorden nooit zomaar in een e-mail.",
        "Always review results before you paste them into a report.",
        "Do not copy-paste outputs.",
    ],
)
def test_ai_output_taken_over_stays_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


# 5. Reading a piece of work yourself before it goes out is the check whatever the verb of going out ("before it
#    goes out" as "before it is sent"), when it is told to the reader; a description or another object is not.
@pytest.mark.parametrize(
    "text",
    [
        "Always read the newsletter text yourself before it goes out.",  # tester: was not counted
        "Always read the newsletter text yourself before it is sent.",  # tester: counted
        "Lees de nieuwsbrief altijd zelf voordat hij verstuurd wordt.",
        "Lees de tekst van de nieuwsbrief altijd zelf voordat die de deur uitgaat.",
        "Read every letter yourself before it is sent.",
        "Read every quote yourself before it goes out to the customer.",
    ],
)
def test_reading_work_before_it_goes_out_is_the_check(text: str) -> None:
    assert recognised_ids(text) == {AC}


@pytest.mark.parametrize(
    "text",
    [
        "Staff read the newsletter before it is posted.",  # described, not told (round 20)
        "Staff read the newsletter before it goes out.",
        "Always read your e-mail before you go out.",  # the reader goes out
        "Always check the postage before a parcel goes out.",
    ],
)
def test_reading_described_or_before_leaving_is_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)


# 6. Decided by the labelling guide: being or staying critical ("Be critical of what a chatbot tells you", "Blijf
#    kritisch op wat AI zegt", "Wees kritisch op de uitkomst") is an attitude told, like "kritisch blijven in de
#    toepassing van AI" (guide: responsibility, caution or attitude without the act), and the tune half labels
#    "remain critical of results" []. Both languages now agree; reading, looking or judging critically is the act.
@pytest.mark.parametrize(
    "text",
    [
        "Be critical of what a chatbot tells you",  # tester: counted, where the Dutch did not
        "Blijf kritisch op wat AI zegt",
        "Wees kritisch op de uitkomst",
        "Be critical of AI output.",
        "Wees kritisch op alles wat ChatGPT schrijft.",
        "Be sceptical of chatbot answers.",
    ],
)
def test_being_critical_is_an_attitude(text: str) -> None:
    assert AC not in recognised_ids(text)
    assert AC not in recognised_ids(text, "moet")


@pytest.mark.parametrize(
    "text",
    [
        "Be critical and verify.",
        "Wees kritisch en controleer.",
        "Kijk met een kritische blik naar AI-antwoorden.",
        "Read everything ChatGPT writes critically before you use it.",
        "Beoordeel de uitkomst altijd kritisch.",
        "Wees kritisch bij het lezen van AI-output.",
    ],
)
def test_a_critical_act_is_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


# 7. What the organisation is exploring, piloting or considering is a plan about it, no rule told (tune: "We are
#    exploring use of AI to create initial draft content for review, …" counted altijd-controleren).
@pytest.mark.parametrize(
    "text",
    [
        "We are exploring use of AI to create initial draft content for review, generate case studies, and summarise "
        "content such as text, images, audio and video.",
        "We are piloting Copilot to draft letters that staff review before sending.",
        "We are trialling an AI tool that drafts replies for human review.",
        "Wij verkennen het gebruik van AI voor conceptteksten die altijd door een mens worden gecontroleerd.",
    ],
)
def test_what_is_explored_is_no_rule(text: str) -> None:
    assert recognised_ids(text) == frozenset()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("We review every AI draft before it goes out.", AC),
        ("We are committed to reviewing every AI draft before it goes out.", AC),
        ("Exploring new tools is fine, but never enter client data into them.", PD),
    ],
)
def test_standing_practice_and_rules_beside_exploring_still_count(text: str, rule: str) -> None:
    assert rule in recognised_ids(text)


# 8. Intellectual property policies or rules are rules about the topic, no property put into AI (tune: "… the
#    project's intellectual property policies …" counted geen-bedrijfsgeheimen).
@pytest.mark.parametrize(
    "text",
    [
        "Contributors should ensure that the terms and conditions of the generative AI tool do not place any "
        "contractual restrictions on how the tool's output can be used that are inconsistent with the project's "
        "intellectual property policies.",
        "Do not use AI in ways that conflict with our intellectual property policy.",
        "Gebruik AI niet op een manier die ingaat tegen ons beleid voor intellectueel eigendom.",
    ],
)
def test_rules_about_intellectual_property_are_no_secret(text: str) -> None:
    assert BG not in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Never paste our intellectual property into ChatGPT.",
        "Voer nooit intellectueel eigendom van de organisatie in AI-tools in.",
    ],
)
def test_own_intellectual_property_into_ai_stays_a_secret(text: str) -> None:
    assert BG in recognised_ids(text)


# 9. People's work that must not contain AI's work ("students' work should not contain content produced by … AI") is
#    about what the work holds (academic integrity), no personal data put into AI (tune: counted geen-persoonsgegevens).
@pytest.mark.parametrize(
    "text",
    [
        "This means students' work should not contain content that has been produced by another person, website, "
        "software or Artificial intelligence (AI) tool (except where AI use is explicitly permitted).",
        "Students' essays must not contain text generated by ChatGPT.",
        "Patient letters must not contain wording produced by a chatbot.",
        "Client reports may not contain unverified AI content.",
    ],
)
def test_work_holding_ai_content_is_no_personal_data(text: str) -> None:
    assert PD not in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prompts must not contain client names.",
        "Een prompt mag nooit namen van cliënten bevatten.",
        "Documents you upload to ChatGPT must not contain personal data.",
        "Prompts must not contain client names or anything ChatGPT wrote about them.",
    ],
)
def test_prompts_holding_personal_data_stay_the_rule(text: str) -> None:
    assert PD in recognised_ids(text)


# 10. A check of AI's work that asks only whether it breaks someone's rights (copyright, a licence, a trademark) is a
#     question of the law, not of the work being right (tune: the bar's "critically assess whether content generated
#     by LLMs might violate intellectual property rights" counted altijd-controleren); with errors or accuracy named
#     beside it, or the rights only as the reason, it is the check.
@pytest.mark.parametrize(
    "text",
    [
        "Barristers should critically assess whether content generated by LLMs might violate intellectual property "
        "rights.",
        "Check whether AI-generated images infringe copyright before you use them.",
        "Controleer of door AI gemaakte teksten geen auteursrecht schenden.",
        "Verify that AI output does not violate any licence.",
        "Check AI-generated code for licence violations.",
    ],
)
def test_a_check_for_rights_only_is_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Check AI output for errors and copyright problems before you use it.",
        "Controleer AI-teksten op fouten en auteursrecht.",
        "Always check AI output before using it, because it may infringe copyright.",
        "Controleer AI-teksten altijd, want ze kunnen auteursrecht schenden.",
    ],
)
def test_a_check_for_accuracy_beside_rights_is_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


# 11. AI's text passed off in a role ("as comments or review responses", "as your own review") is a ban on using AI
#     for that task; the review there is a record or a role, no act of checking (tune: counted altijd-controleren).
@pytest.mark.parametrize(
    "text",
    [
        "Do not paste AI-generated text as comments or review responses.",
        "Never paste ChatGPT output as your own review of a colleague's code.",
        "Do not submit AI summaries as review comments.",
    ],
)
def test_ai_text_in_a_role_is_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Do not copy AI output as is.",
        "Treat AI output as a draft that needs your review.",
        "Use AI output only as a first draft and review it yourself.",
        "Zie AI-output als een concept dat je altijd zelf controleert.",
    ],
)
def test_as_is_and_a_draft_to_review_stay_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


# 12. A risk said to exist ("there is a risk that outputs are adopted without review") is a statement of risk, no
#     rule (tune: counted altijd-controleren); a rule beside it keeps its own force.
@pytest.mark.parametrize(
    "text",
    [
        "Without clear rules, there is a risk that confidential information is disclosed to third-party providers, "
        "outputs are adopted without review, or unapproved tools are used.",
        "There is a risk that AI output is published without anyone checking it.",
        "Er is een risico dat AI-teksten zonder controle worden verstuurd.",
    ],
)
def test_a_risk_said_to_exist_is_no_rule(text: str) -> None:
    assert recognised_ids(text) == frozenset()


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("There is a risk that AI output is wrong, so always check it before use.", AC),
        ("Er is een risico op fouten, dus controleer AI-output altijd.", AC),
        ("Never paste client data into ChatGPT: there is a risk that it is stored.", PD),
    ],
)
def test_a_rule_beside_a_risk_still_counts(text: str, rule: str) -> None:
    assert rule in recognised_ids(text)


# 13. A review paired with approval ("without review and approval") is the gate of a use or a tool, unless what AI
#     made is what is reviewed (tune: "It must not be used outside its intended purpose without review and approval"
#     counted altijd-controleren).
@pytest.mark.parametrize(
    "text",
    [
        "It must not be used outside its intended purpose without review and approval.",
        "New AI tools may not be used without review and approval by IT.",
        "Nieuwe AI-toepassingen worden niet ingezet zonder toetsing en goedkeuring.",
        "A new use of Copilot may not start without review and approval by the privacy officer.",
    ],
)
def test_review_and_approval_of_a_use_is_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "AI output must not be published without review and approval by an editor.",
        "AI-generated letters are never sent without review and approval by a lawyer.",
        "Never publish AI-generated text without review.",
    ],
)
def test_review_and_approval_of_ai_work_is_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


# 14. Test cases, test plans and test scenarios are artifacts AI may make, no act of testing (tune: "(writing, test
#     cases, documentation, code, etc.), their output is the responsibility of the human" counted the check, which
#     responsibility alone is not: guide decision 6); running them, or testing AI's code, is the check.
@pytest.mark.parametrize(
    "text",
    [
        "That is, human judgement remains firmly in the loop: even if or as an LLM is generating an artifact that we "
        "will use (writing, test cases, documentation, code, etc.), their output is the responsibility of the human "
        "using them.",
        "Developers remain responsible for AI output such as test cases and code.",
        "The developer who uses Copilot owns its output, test cases included.",
        "AI-generated test scenarios are the responsibility of the team that uses them.",
    ],
)
def test_test_cases_are_artifacts_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Run the test suite on every AI-generated change.",
        "Always run the test cases on code that Copilot wrote.",
        "Test AI-generated code before you merge it.",
    ],
)
def test_running_tests_on_ai_work_is_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


# 15. Sources named by the check they lack ("content zonder redactionele controle gebruiken wij niet als bron"), with no
#     AI named, say which sources to use, no check of AI's work (tune: counted altijd-controleren); sources from AI,
#     or an article published without a check, stay the check.
@pytest.mark.parametrize(
    "text",
    [
        "Affiliate-sites, SEO-farms en content zonder redactionele controle gebruiken wij niet als bron.",
        "We never cite websites without editorial review as sources.",
        "Gebruik geen bronnen zonder redactionele controle.",
    ],
)
def test_sources_without_editorial_control_are_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Never use sources from ChatGPT without checking them.",
        "Gebruik geen bronnen die AI noemt zonder ze te controleren.",
        "Geen enkel artikel verschijnt op de site zonder menselijke controle.",
    ],
)
def test_sources_from_ai_or_articles_published_unchecked_stay_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


# 16. (A miss of the tune half.) Not assuming that what "it" gives is correct ("We cannot assume that the information
#     it delivers is correct"): the pronoun before a verb of giving or saying stands for the AI of the sentence before,
#     as "AI output" would; a thing no tool gives, or a person, is no check.
@pytest.mark.parametrize(
    "text",
    [
        "We cannot assume that the information it delivers is correct.",
        "Never assume that what it tells you is true.",
        "Ga er nooit van uit dat wat het zegt klopt.",
        "Do not assume that the answer it gives is accurate.",
    ],
)
def test_not_assuming_what_it_gives_is_correct_is_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


@pytest.mark.parametrize(
    "text", ["Never assume that your colleague is correct.", "Do not assume the figures are correct."]
)
def test_assuming_others_correct_is_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)
