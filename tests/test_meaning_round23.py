"""Round 23: one table for "The same goes for …", the last testers' round's misses and false counts, and the
classes the tune half's errors showed; one class per test, each with a close sentence that must not count."""

from __future__ import annotations

import pytest

from aibeleid_check.meaning import recognised_ids
from aibeleid_check.meaning.antecedents import opens_same_rule, same_goes_for
from aibeleid_check.meaning.text import read

PD = "geen-persoonsgegevens"
BG = "geen-bedrijfsgeheimen"
GE = "geen-eindbesluit"
AC = "altijd-controleren"


# 1. "The same goes for …" is one table of openers: a sentence skipped when read on its own is the sentence read
#    again with the one before it, and a sentence that is not skipped is not rewritten.
_OPENERS = [
    "The same is true of draft committee reports and tender documents.",
    "The same holds for draft committee reports and tender documents.",
    "That goes for draft committee reports and tender documents too.",
    "This also applies to draft committee reports and tender documents.",
    "Hetzelfde gaat op voor interne notulen en offertes.",
    "Dit geldt eveneens voor interne notulen en offertes.",
    "Datzelfde geldt ook voor interne notulen en offertes.",
]
_NO_OPENERS = [
    "The same goes, of course, for draft committee reports.",
    "The same is expected of every team.",
    "This goes to the heart of our work.",
    "Dat geldt voor alle medewerkers.",
    "Dit voor de volledigheid.",
]


@pytest.mark.parametrize("sentence", _OPENERS + _NO_OPENERS)
def test_a_sentence_is_skipped_exactly_when_it_is_read_with_the_one_before(sentence: str) -> None:
    skipped = opens_same_rule(read(sentence).words)
    rewritten = same_goes_for(sentence) is not None
    assert skipped == rewritten == (sentence in _OPENERS)


def test_what_the_opener_names_is_given_as_written() -> None:
    assert same_goes_for("- The same holds true for: Tender Documents.") == "Tender Documents"
    assert same_goes_for("Hetzelfde geldt ook voor de notulen!") == "de notulen"


@pytest.mark.parametrize(
    "text",
    [
        "Client names must never go into Copilot. The same is true of draft committee reports and tender documents.",
        "Client names must never go into Copilot. That goes for draft committee reports and tender documents too.",
        "Klantgegevens mogen nooit in Copilot. Dit geldt eveneens voor interne notulen en offertes.",
    ],
)
def test_each_opener_of_the_table_takes_the_rule_before(text: str) -> None:
    assert BG in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Client names must never go into Copilot. The same is expected of draft committee reports.",
        "Client names may go into Copilot once anonymised. The same holds for draft committee reports.",
    ],
)
def test_no_opener_or_an_allowed_rule_before_gives_no_secret_rule(text: str) -> None:
    assert BG not in recognised_ids(text)


# 2. A check before a piece of work goes out ("before a quote goes out", "voordat een offerte de deur uitgaat") is the
#    gate of sending it; the figures and names it reads are what the check reads in that work, not data handled.
@pytest.mark.parametrize(
    "text",
    [
        "Always double-check figures and names before a quote goes out.",
        "Check the figures and client names before the invoice goes out the door.",
        "Controleer cijfers en namen altijd voordat een offerte de deur uitgaat.",
        "Kijk cijfers en namen altijd na voordat een brief de deur uit gaat.",
        "Loop cijfers en namen altijd na voordat een offerte verstuurd wordt.",
        "Always check figures and names before publishing.",
    ],
)
@pytest.mark.parametrize("kind", [None, "moet"])
def test_a_check_of_figures_and_names_before_the_work_goes_out_counts(text: str, kind: str | None) -> None:
    assert AC in recognised_ids(text, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Always check the postage before a parcel goes out.",  # a parcel is no piece of work
        "Controleer de adressen altijd voordat een pakket de deur uitgaat.",
        "Check that no client names are in the quote before it goes out.",  # what the work holds: data handling
        "Controleer altijd of er geen klantnamen in de offerte staan voordat die de deur uitgaat.",
        "Check customer data before sending it to ChatGPT.",  # sending into AI is no sending out
        "The newsletter goes out every Friday; always check the dates.",
    ],
)
def test_a_check_of_another_thing_or_of_data_handling_before_sending_is_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)


# 3. A deciding verb with no object of its own after a choosing verb's question ("AI never chooses which font we use
#    …; the partners decide") decides that question: fonts and colours are about no one, a supplier's contract is.
@pytest.mark.parametrize(
    "text",
    [
        "AI never chooses which supplier gets the contract; the partners decide.",
        "AI never chooses which template we use or which client gets a discount; the director decides.",
        "ChatGPT kiest nooit welke leverancier de opdracht krijgt; de partners beslissen.",
        "Een AI-tool kiest nooit welke sollicitant we uitnodigen; dat besluiten de partners.",
        "AI never decides; the partners decide.",
    ],
)
def test_the_partners_decide_what_a_question_about_someone_asks(text: str) -> None:
    assert GE in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "AI never chooses which font we use or which colour the flyer gets; the partners decide.",
        "AI never chooses which template we use or which colour the slides get; the director decides.",
        "ChatGPT kiest nooit welk lettertype we gebruiken of welke kleur de folder krijgt; de partners beslissen.",
        "Een AI-tool kiest nooit welk lettertype we gebruiken; dat besluiten de partners.",
    ],
)
def test_the_partners_decide_a_question_about_no_one_is_no_decision(text: str) -> None:
    assert GE not in recognised_ids(text)


# 4. Checking words in another role: an agent noun of copying or publishing ("publishers", "copywriters") is who,
#    not the act; a ban on publishing what AI made is a ban on using it, no check; a check done by AI ("edited by
#    generative AI", "door AI nagekeken") is AI's task, no person's check.
@pytest.mark.parametrize(
    "text",
    [
        "To keep AI-generated text out of a novel, publishers should not use AI to edit it.",
        "Copywriters should not use AI-generated slogans for clients.",
        "We will not publish content that is written, edited or otherwise created by generative AI.",
        "Do not publish AI-generated text.",
        "We never publish texts that were only edited by ChatGPT.",
        "Teksten die door AI zijn nagekeken, publiceren we niet.",
    ],
)
def test_checking_words_as_who_or_as_what_ai_did_are_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Publishers should not copy AI-generated text into a manuscript.",
        "We will not publish AI-generated content without checking it.",
        "Texts produced by AI are always checked by our editors.",
        "Door AI gemaakte teksten worden altijd door een redacteur nagekeken.",
        "You are expected to verify any information provided by an AI tool.",
    ],
)
def test_copying_unchecked_or_a_person_checking_what_ai_made_is_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


# 5. A judgement AI does not replace ("AI tools … do not replace human judgement", "AI vervangt geen menselijk oordeel")
#    names no decision, as the guide's "AI should support, not replace, human judgment" states no rule, and a check
#    listed after what a person brings ("the judgement, editing or accountability of our staff") is no duty to check;
#    decision-making, the final decision or a judgement said to be about someone AI does not replace is the rule.
@pytest.mark.parametrize(
    "text",
    [
        "AI tools support our staff and do not replace human judgement.",
        "But these tools do not replace the judgement, editing or accountability of our staff.",
        "AI-tools ondersteunen medewerkers en vervangen geen menselijk oordeel.",
        "AI vervangt niet het oordeel of de redactie van onze medewerkers.",
        "AI should support, not replace, human judgment.",
    ],
)
def test_what_ai_does_not_replace_is_no_rule(text: str) -> None:
    assert not recognised_ids(text) & {GE, AC}


@pytest.mark.parametrize(
    "text",
    [
        "AI must not replace human decision-making about patients.",
        "It does not replace design expertise, creative thinking or decision-making.",
        "AI does not replace the final decision on a claim.",
        "Do not let AI replace the teacher's judgement on grades.",
        "AI may inform, but must never replace, clinical judgement.",
    ],
)
def test_a_decision_ai_must_not_replace_is_the_rule(text: str) -> None:
    assert GE in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our AI assistant does not replace human review of every letter.",
        "De chatbot vervangt geen menselijke controle van de antwoorden.",
    ],
)
def test_the_check_ai_does_not_replace_named_first_is_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


# 6. Interpreting what AI gives is understanding it ("interpret its answers clearly", "use your judgment when
#    interpreting … recommendations"); weighed with care or critically before use it is the check.
@pytest.mark.parametrize(
    "text",
    [
        "Staff must understand how the chatbot works and interpret its answers clearly.",
        "Use your own judgment when interpreting and acting on AI-generated recommendations.",
        "Medewerkers moeten de uitkomsten van AI goed kunnen interpreteren.",
    ],
)
def test_interpreting_what_ai_gives_is_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Interpret AI-generated figures critically before you put them in a report.",
        "Always interpret what Copilot writes with care before you send it.",
    ],
)
def test_interpreting_with_care_before_use_is_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


# 7. Removing identifiers "when the task does not require them" leaves the need to the user: data minimisation (guide
#    decision 8), as "you think are not needed" does; removing them before AI is used is the rule.
@pytest.mark.parametrize(
    "text",
    [
        "Redact names and account numbers when the task does not require them.",
        "Remove client names if the task doesn't need them.",
    ],
)
def test_removing_what_the_task_does_not_need_is_minimisation(text: str) -> None:
    assert PD not in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Redact names and account numbers before you paste a text into ChatGPT.",
        "Laat namen van klanten altijd weg voordat je een tekst in ChatGPT plakt.",
    ],
)
def test_removing_identifiers_before_ai_is_the_rule(text: str) -> None:
    assert PD in recognised_ids(text)


# 8. "Personal" before what one owns or does ("personal accounts", "persoonlijke accounts", "personal use") makes it
#    one's own, no data about a person; "personal details", "persoonlijke gegevens" stay personal data.
@pytest.mark.parametrize(
    "text",
    [
        "No personal accounts for work content.",
        "Gebruik geen persoonlijke accounts voor werkdocumenten in AI-tools.",
    ],
)
def test_personal_accounts_are_no_personal_data(text: str) -> None:
    assert PD not in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "No personal details of clients in prompts.",
        "Gebruik geen persoonlijke gegevens van leerlingen in AI-tools.",
    ],
)
def test_personal_details_are_personal_data(text: str) -> None:
    assert PD in recognised_ids(text)


# 9. The *to* after a word of duty ("be sure to review", "remember to check", "expected to have read") is the reader's
#    task, not a task given to the AI used before it; "use AI to … and to proofread" still gives AI the check.
@pytest.mark.parametrize(
    "text",
    [
        "Use Copilot as a starting point, but be sure to review and edit the text before you click send.",
        "Use AI for ideas but remember to check the result before you publish it.",
        "If you used AI to write code, you are expected to have read it critically and tested it.",
    ],
)
def test_a_duty_to_check_after_using_ai_is_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    ["Use AI to draft replies and to proofread them.", "We use AI to translate and check our newsletters."],
)
def test_a_check_given_to_ai_is_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)


# 10. Submitting work is sending it out: a check "before submitting" or of "every line … submitted" is gated as one
#     before sending is; a check of another thing before a form is submitted is not.
@pytest.mark.parametrize(
    "text",
    [
        "You must have personally reviewed all changes before submitting.",
        "Always proofread all changes before submitting.",
        "Certify that you have read every line of text submitted.",
    ],
)
def test_a_check_before_submitting_is_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Verify your identity before submitting the form.",
        "Check the opening hours before submitting a holiday request.",
        "Reports are submitted to the board every month and reviewed there.",
    ],
)
def test_a_check_of_another_thing_before_submitting_is_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)


# 11. Holding what AI gives to a reference is checking it: comparing it with a source, looking it up ("look up",
#     "zoek je zelf op"), laying it beside the manual ("naast de handleiding leggen"); "advice from AI against the
#     manual" is the advice compared, no advice against anything.
@pytest.mark.parametrize(
    "text",
    [
        "Leg een advies van Copilot altijd naast de handleiding voordat je ermee aan de slag gaat.",
        "Compare every figure ChatGPT gives you with the original report before you use it.",
        "Look up every law and ruling an AI tool mentions before you quote it.",
        "Elk artikel dat ChatGPT noemt, zoek je zelf op voordat je het citeert.",
    ],
)
def test_holding_what_ai_gives_to_a_reference_is_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Zoek het telefoonnummer op in het klantsysteem.",
        "Compare the prices of AI tools before you buy one.",
        "Zoek informatie op internet voordat je een AI-tool gebruikt.",
        "Look up the opening hours on the website.",
    ],
)
def test_looking_up_or_comparing_another_thing_is_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)


def test_advice_from_ai_checked_against_a_manual_is_a_duty_not_a_ban() -> None:
    from aibeleid_check.meaning import Force, recognise

    found = [
        r for r in recognise("Check the advice from ChatGPT against the manual before you act on it.") if r.rule == AC
    ]
    assert found and found[0].force is Force.OBLIGATION and "advice" not in found[0].markers


# 12. A verbless list of two kinds of data or more is an item of a Don't list in words of its own ("Our purchase prices,
#     supplier contracts or the shop's turnover figures", "Anything from a pupil's file: names, reports, test
#     results"): the list gives the act; a decision noun or "test results" among them is data. On its own or under
#     DIT MAG it stays what it was, and a list of topics ("Strategy, budget and governance") names no data.
@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Our purchase prices, supplier contracts or the shop's turnover figures.", BG),
        ("Anything from a pupil's file: names, reports, test results.", PD),
        ("Clients' names, addresses, diagnoses or anything from the treatment file.", PD),
    ],
)
def test_a_list_of_data_under_a_dont_list_states_the_rule(text: str, rule: str) -> None:
    found = recognised_ids(text, "mag_niet")
    assert rule in found and not found & {GE, AC}
    assert not recognised_ids(text, "mag")


@pytest.mark.parametrize(
    "text",
    [
        "Anything from a pupil's file: names, reports, test results.",
        "Clients' names, addresses, diagnoses or anything from the treatment file.",
    ],
)
def test_a_list_of_data_on_its_own_stays_a_heading(text: str) -> None:
    assert not recognised_ids(text)


@pytest.mark.parametrize("text", ["Strategy, budget and governance", "Fonts, colours and layouts."])
def test_a_list_of_topics_under_a_dont_list_names_no_data(text: str) -> None:
    assert not recognised_ids(text, "mag_niet")


# 13. A Dutch decision fronted as the object of a verb of taking ("Een diagnose of een behandelkeuze maakt altijd de
#     tandarts …, nooit een AI-programma", "Een diagnose stelt altijd de dierenarts") has its subject after the verb:
#     whoever it is called, set against AI, is who decides; an appointment made is no decision.
@pytest.mark.parametrize(
    "text",
    [
        "Een diagnose of een behandelkeuze maakt altijd de tandarts of de mondhygiënist, nooit een AI-programma.",
        "Een diagnose stelt altijd de dierenarts, nooit een AI-tool.",
        "Het eindoordeel velt altijd de examinator, niet de chatbot.",
    ],
)
def test_a_fronted_decision_taken_by_a_person_set_against_ai_counts(text: str) -> None:
    assert GE in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Een afspraak maakt altijd de tandarts, nooit de AI-assistent.",
        "De tandarts maakt altijd een afspraak, nooit de AI-assistent.",
        "Een diagnose of een behandelkeuze maakt altijd de tandarts.",  # nothing set against AI: a description
    ],
)
def test_an_appointment_or_no_contrast_with_ai_is_no_decision_rule(text: str) -> None:
    assert GE not in recognised_ids(text)


# 14. Remaining critical ("Blijf kritisch op wat AI maakt", "remain critical of results") is an attitude (guide:
#     "kritisch blijven"), no act of checking; reading critically, or a check beside it, is the check.
@pytest.mark.parametrize(
    "text",
    [
        "Blijf kritisch op alles wat een chatbot schrijft.",
        "You should stay critical of AI results while learning what the tools can do.",
    ],
)
def test_remaining_critical_is_an_attitude(text: str) -> None:
    assert AC not in recognised_ids(text, "moet")


@pytest.mark.parametrize(
    "text",
    [
        "Lees kritisch na wat een chatbot schrijft.",
        "Blijf kritisch en controleer alles wat een chatbot schrijft.",
        "Read everything ChatGPT writes critically before you use it.",
    ],
)
def test_reading_critically_or_checking_beside_it_is_the_check(text: str) -> None:
    assert AC in recognised_ids(text, "moet")


# 15. Pay as a line of the organisation's accounts ("our salary budget", "de salariskosten") is its business
#     information, no one's personal data; salaries as such, or of staff, stay personal data (the tune half labels
#     every listed "salaries" so).
@pytest.mark.parametrize(
    "text", ["Never paste our salary budget into ChatGPT.", "Voer de salariskosten nooit in ChatGPT in."]
)
def test_a_salary_budget_is_business_information(text: str) -> None:
    assert recognised_ids(text) == {BG}


@pytest.mark.parametrize(
    "text", ["Never paste salaries into ChatGPT.", "Voer nooit salarissen van medewerkers in ChatGPT in."]
)
def test_salaries_are_personal_data(text: str) -> None:
    assert PD in recognised_ids(text)


# 16. Answering for a list of decisions ("responsible for all classroom decisions, assessment judgements and contact
#     with pupils") is accountability (guide decision 6), however long the list; a decision of its own after it
#     ("…, and that decision must reflect their own judgement") or deciding set against AI is the rule.
@pytest.mark.parametrize(
    "text",
    [
        "Teachers stay responsible for all classroom decisions, assessment judgements and contact with pupils and parents.",
        "Coaches remain responsible for all team decisions, player assessments and communication with members.",
    ],
)
def test_answering_for_a_list_of_decisions_is_no_decision_rule(text: str) -> None:
    assert GE not in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "A reviewer is always accountable for their decision, and that decision must reflect their own judgement of the work.",
        "The responsibility for final decisions about clients lies with staff, not with AI.",
    ],
)
def test_a_decision_of_its_own_beside_the_accountability_is_the_rule(text: str) -> None:
    assert GE in recognised_ids(text)


# 17. Being responsible for ensuring the accuracy of content, no AI named, is answering for it (guide decision 6);
#     spell-checking and grammar-checking are a tool's features ("use AI for spell-checking"), no check of AI output.
@pytest.mark.parametrize(
    "text",
    [
        "Users are responsible for ensuring the accuracy and completeness of content.",
        "Using AI for spell-checking or light grammar correction needs no disclosure.",
    ],
)
def test_answering_for_accuracy_or_a_spell_checker_is_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Staff are responsible for checking that AI output is accurate before they use it.",
        "Ensure that AI output is accurate before you use it.",
        "Gebruik de spellingscontrole gerust; AI-teksten lees je altijd zelf na.",
    ],
)
def test_checking_or_ensuring_what_ai_made_is_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


# 18. AI as the sole basis of judging ("the sole basis for approving or rejecting a contribution", "de enige
#     grondslag voor het afwijzen") names the decision whatever is judged; AI as the basis of a report judges no one.
@pytest.mark.parametrize(
    "text",
    [
        "AI must never be the sole basis for accepting or rejecting a pull request.",
        "AI mag nooit de enige grondslag zijn voor het afwijzen van een aanvraag.",
    ],
)
def test_ai_as_the_sole_basis_of_judging_is_the_decision_rule(text: str) -> None:
    assert GE in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "AI output is the sole basis for our monthly newsletter.",
        "We do not use AI; the sole basis for approving a contribution is the maintainers' review.",
    ],
)
def test_ai_as_the_basis_of_something_else_is_no_decision_rule(text: str) -> None:
    assert GE not in recognised_ids(text)


# 19. The data goes into AI only through the office that guards it, named as the step before ("Before you put client
#     files into an AI tool, ask the privacy officer for approval", "Overleg met de FG voordat je klantgegevens in een
#     AI-tool zet"): an approval gate (guide decision 2); a licence, a form or a partner is no such gate.
@pytest.mark.parametrize(
    "text",
    [
        "Before you put client files into an AI tool, ask the privacy officer for approval.",
        "Before using patient data in AI platforms, please reach out to the Privacy Office.",
        "Overleg met de FG voordat je klantgegevens in een AI-tool zet.",
    ],
)
def test_an_office_consulted_before_data_goes_into_ai_is_the_gate(text: str) -> None:
    assert PD in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Before using ChatGPT, request a licence from IT.",
        "Before entering client data in a form, contact the office.",
        "Before sharing client data with a partner, ask for their consent.",
        "Contact the privacy office before you buy an AI tool.",
    ],
)
def test_a_step_before_something_else_is_no_gate(text: str) -> None:
    assert PD not in recognised_ids(text)


# 20. After using AI for a piece of work, reading it through ("read through everything", "read through all of it")
#     is checking it, also when the work is minutes or a letter (no data check); the clause after "use Copilot to
#     draft minutes," is the reader's own. Reading something else through ("read through the policy") is not.
@pytest.mark.parametrize(
    "text",
    [
        "Even if you use an LLM to write a release note, you are expected to read through everything yourself.",
        "When you use Copilot to draft minutes, read through all of it before you share them.",
    ],
)
def test_reading_through_what_was_made_with_ai_is_the_check(text: str) -> None:
    assert AC in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you use AI at work, read through the policy once a year.",
        "Reviewers must not use AI tools to develop their review feedback.",
    ],
)
def test_reading_something_else_or_a_review_by_ai_is_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)


# 21. (Twelfth testers' round.) "uitmaken" decides ("AI laten uitmaken of een cursist klaar is"); a negation before a
#     topic spells out the one before it ("AI beslist nergens over: niet over een klant, niet over een prijs"); the
#     "mag" of the question after a deciding verb ("… of iemand lid mag worden") is what is decided, no permission.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("AI laten uitmaken of een cursist klaar is voor de eindtoets.", "mag_niet"),
        ("Een chatbot maakt nooit uit of een klant een lening krijgt.", None),
        ("AI beslist nergens over: niet over een klant, niet over een prijs, niet over een risico.", None),
        ("AI decides nothing: not on a client, not on a fee, not on a risk.", None),
        ("AI laten beslissen of iemand een korting krijgt of lid mag blijven.", "mag_niet"),
    ],
)
def test_deciding_words_and_negations_of_the_twelfth_round(text: str, kind: str | None) -> None:
    assert GE in recognised_ids(text, kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Het maakt niet uit welke tool je gebruikt.", None),
        ("Je mag AI laten beslissen of iemand lid mag worden van de nieuwsbrief.", "mag"),
        ("AI mag bepalen welke lettertypes we gebruiken.", None),
    ],
)
def test_no_decision_or_an_allowed_one_of_the_twelfth_round(text: str, kind: str | None) -> None:
    assert GE not in recognised_ids(text, kind)


# 22. A passive present with a negation between the auxiliary and the participle ("Our client agreements … are not
#     shared with AI") is the organisation's standing practice, no story told in the past; a past act of a person
#     ("A colleague uploaded our client agreements to ChatGPT last year") stays a story.
@pytest.mark.parametrize(
    "text",
    [
        "Our supplier contracts and price lists are confidential and are not shared with AI either.",
        "Our client agreements are never uploaded to AI tools.",
    ],
)
def test_a_passive_standing_practice_with_our_is_the_rule(text: str) -> None:
    assert BG in recognised_ids(text)


def test_a_past_act_of_a_colleague_stays_a_story() -> None:
    assert BG not in recognised_ids("A colleague uploaded our client agreements to ChatGPT last year.")


# 23. (Twelfth testers' round, class 8.) What AI wrote put into a file ("Een tekst van AI … in het dossier zetten") is
#     AI's text moved into the record, no data put into AI; a judging noun before a record noun in a list of data
#     ("… references or assessment results") names the record, no check ("Review reports of …" still checks).
@pytest.mark.parametrize(
    "text",
    [
        "Een antwoord van ChatGPT zomaar doorsturen of in het cliëntdossier zetten.",
        "Zet een tekst van AI nooit ongelezen in het dossier.",
    ],
)
def test_ai_text_put_into_a_file_is_no_personal_data_rule(text: str) -> None:
    assert PD not in recognised_ids(text, "mag_niet")


def test_data_put_from_a_file_into_ai_is_the_rule() -> None:
    assert PD in recognised_ids("Zet nooit gegevens uit het cliëntdossier in een AI-tool.")


def test_assessment_results_in_a_list_of_data_are_no_check() -> None:
    assert AC not in recognised_ids(
        "We never use AI for CVs, names, salary expectations, references or test scores or assessment results."
    )


def test_reviewing_reports_of_ai_content_is_the_check() -> None:
    assert AC in recognised_ids("Review reports of AI-generated content before use.")


def test_vets_are_veterinarians_not_a_check() -> None:
    from aibeleid_check.meaning.check_objects import check_words

    assert not check_words(read("Our vets use AI for summaries.").words)
    assert check_words(read("All AI output is vetted by a colleague.").words)


# 24. "correct it" after "and"/"then" is the verb of fixing a text, a check, and a text that "goes to the owner" goes
#     out as one that goes to a client does ("Read it through and correct it before it goes to the owner").
def test_correcting_it_before_it_goes_to_the_owner_is_the_check() -> None:
    assert AC in recognised_ids("Read the AI summary through and then correct it before it goes to the owner.")


@pytest.mark.parametrize(
    "text", ["The answer is correct.", "Make sure the invoice is correct and goes to the owner on time."]
)
def test_correct_as_an_adjective_is_no_check(text: str) -> None:
    assert AC not in recognised_ids(text)


# 25. A sentence that only sets one thing against the one before it ("… beslist altijd de apotheker of de
#     assistent. Nooit het programma.") is read as that sentence's last clause for the decision rule; the sentence
#     before must state the rule with it ("De apotheker bestelt de medicijnen. Nooit het programma." does not).
@pytest.mark.parametrize(
    "text",
    [
        "Of een recept wordt meegegeven, beslist altijd de apotheker of de assistent. Nooit het programma.",
        "The pharmacist decides on the dose. Not the chatbot.",
    ],
)
def test_a_contrast_in_a_sentence_of_its_own_completes_the_decision_rule(text: str) -> None:
    assert GE in recognised_ids(text)


@pytest.mark.parametrize(
    "text",
    ["De apotheker bestelt de medicijnen. Nooit het programma.", "We use AI for drafts. Never the final version."],
)
def test_a_contrast_after_no_decision_is_no_decision_rule(text: str) -> None:
    assert GE not in recognised_ids(text)
